"""Small helpers over spaCy parses shared by the claim modules."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["head_of_mention", "span_of", "tree_distance"]


def span_of(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering characters ``start:end`` (expanded to whole tokens)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def head_of_mention(doc: Doc, mention: QuantityMention) -> Token | None:
    """The token that stands for the figure in the parse: the root of its number and
    unit tokens ("dollars" in "31.2 billion U.S. dollars", "tonnes" in "5.4 thousand tonnes")."""
    span = span_of(doc, mention.number_start, mention.end)
    if span is None:
        return None
    return span.root


def _ancestors_with_self(token: Token) -> list[Token]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one parse (a large number across sentences)."""
    up_a = _ancestors_with_self(a)
    up_b = {t.i: depth for depth, t in enumerate(_ancestors_with_self(b))}
    for depth, token in enumerate(up_a):
        if token.i in up_b:
            return depth + up_b[token.i]
    return 99
