"""The words of a phrase in the text's order, as a measure gives them: without relative
clauses, appositions, the figure itself or leading articles, cut at a comma or dash.

>>> import spacy
>>> phrase_text(spacy.blank("en")("exports")[0])
'exports'
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["phrase_text"]

# Longest measure kept, in words.
MAX_WORDS = 12

# Children whose words are not part of a noun's measure: relative and adverbial clauses,
# appositions ("Mohe, the northernmost point of China"), punctuation.
DROPPED_CHILDREN = frozenset({"relcl", "appos", "advcl", "parataxis"})

# Words dropped from the front of a measure: articles, "even", possessive pronouns.
LEADING_DROPPED = frozenset({"det", "predet", "cc", "advmod", "preconj", "mark"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your", "whose"})


def phrase_text(token: Token, figure: Span | None = None) -> str | None:
    """The words of ``token``'s phrase (without ``figure``'s tokens and any phrase that
    holds them).

    >>> import spacy
    >>> phrase_text(spacy.blank("en")("trade")[0])
    'trade'
    """
    inside = set(range(figure.start, figure.end)) if figure is not None else set()
    skip = set(inside)
    for child in token.children:
        below = {t.i for t in child.subtree}
        if child.dep_ in DROPPED_CHILDREN or below & inside:
            skip.update(below)  # the figure, with its own brackets, or a phrase that holds it
        elif (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(
                t.like_num and any(c.isdigit() for c in t.text) and not _in_a_name(t)
                for t in child.subtree
            )
        ):
            skip.update(
                below
            )  # "a net profit of 1.5 billion yuan": another figure, not the measure
    kept = [t for t in token.subtree if t.i not in skip]
    kept = _cut_at_breaks(kept, token)[:MAX_WORDS]
    while (
        kept
        and kept[0].i != token.i
        and (kept[0].dep_ in LEADING_DROPPED or kept[0].lower_ in POSSESSIVE_PRONOUNS)
    ):
        kept = kept[1:]
    while (
        kept
        and kept[-1].i != token.i
        and (kept[-1].dep_ in ("punct", "cc", "prep", "case", "det") or kept[-1].is_punct)
    ):
        kept = kept[:-1]
    if not kept:
        return None
    text = "".join(t.text_with_ws for t in kept).strip(" ,.;:\"“”()‘’'")
    return " ".join(text.split()) or None


def _in_a_name(token: Token) -> bool:
    """Whether a number is part of a name, right after a capitalised proper noun: the "2" of
    "the Power of Siberia 2 pipeline", "Arctic LNG 2", "Nord Stream 2" (no figure)."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.tag_ in ("NNP", "NNPS") and before.text[:1].isupper()


def _cut_at_breaks(kept: list[Token], token: Token) -> list[Token]:
    """The contiguous run of ``kept`` around ``token``, ending at a comma, dash or bracket."""
    out: list[Token] = []
    for t in kept:
        if t.i < token.i:
            if t.is_punct and t.text in ",–—(;":
                out = []
                continue
            out.append(t)
        elif t.i == token.i:
            out.append(t)
        else:
            if t.is_punct and t.text in ",–—(;:":
                break
            out.append(t)
    return out
