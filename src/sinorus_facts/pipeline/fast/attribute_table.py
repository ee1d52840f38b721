"""The model's attribute ruler, matched through a table: the same rules, the same results.

en_core_web_sm's ``attribute_ruler`` maps tags to parts of speech and morphology and fixes
a few lemmas, with some 180 token patterns that spaCy's ``Matcher`` tries at every token
of every Doc: a sixth of the time the whole model takes on news. Its patterns are fixed
sequences of token tests (a value, a set of values, a set of values excluded, a regular
expression) on four attributes. Here the one-token patterns of values and sets of values
are keys of a table, looked up once per token; the others (two tokens, an exclusion, a
regular expression: "gon" + "na") are tried only where their first token's value fits.
The matches are applied in the ruler's own order (a later rule wins), with spaCy's own
setter, so every token gets what the model's component would give it; a ruler with a pattern of
another kind (an operator, another attribute) is left as it is. It keeps the component's
name (``tests/test_attribute_table.py`` compares the two).

>>> from sinorus_facts.pipeline.loading import load_pipeline
>>> nlp = load_pipeline()
>>> type(nlp.get_pipe("attribute_ruler")).__name__, [t.pos_ for t in nlp("Gazprom has sold gas.")]
('AttributeTable', ['PROPN', 'AUX', 'VERB', 'NOUN', 'PUNCT'])
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

__all__ = ["AttributeTable", "can_tabulate"]

# The token attributes a pattern may test here, and how a token gives each.
READERS: dict[str, Callable[[Token], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}
ATTRIBUTES = tuple(READERS)

# The tests a pattern may make of a value: {"IN": [...]}, {"NOT_IN": [...]}, {"REGEX": "..."}.
TESTS = frozenset({"IN", "NOT_IN", "REGEX"})

Signature = tuple[str, ...]
Values = tuple[Any, ...]  # a token's values of ATTRIBUTES, in that order
Match = tuple[int, int, int, int]  # (rule number, match id, start, end): the ruler's own form


@dataclass(frozen=True)
class _Sequence:
    """A pattern tried token by token: per token, (attribute index, test, operand)."""

    number: int
    tokens: tuple[tuple[tuple[int, str, Any], ...], ...]

    def matches(self, values: list[Values], start: int) -> bool:
        if start + len(self.tokens) > len(values):
            return False
        return all(
            _passes(values[start + offset], tests) for offset, tests in enumerate(self.tokens)
        )


def _passes(values: Values, tests: tuple[tuple[int, str, Any], ...]) -> bool:
    for attribute, test, operand in tests:
        value = values[attribute]
        if test == "=" and value != operand:
            return False
        if test == "IN" and value not in operand:
            return False
        if test == "NOT_IN" and value in operand:
            return False
        if test == "REGEX" and not (isinstance(value, str) and operand.search(value)):
            return False
    return True


def can_tabulate(ruler: AttributeRuler) -> bool:
    """Whether every pattern of ``ruler`` is a fixed sequence of tests this table makes.

    >>> from sinorus_facts.pipeline.loading import _find_model
    >>> import spacy
    >>> can_tabulate(spacy.load(_find_model()).get_pipe("attribute_ruler"))
    True
    """
    return all(
        _known(token) for rule in ruler.patterns for pattern in _patterns(rule) for token in pattern
    )


def _patterns(rule: Any) -> list[list[dict[str, Any]]]:
    """The token patterns of one rule of an attribute ruler (typed loosely by spaCy)."""
    return cast("list[list[dict[str, Any]]]", rule["patterns"])


def _known(token: dict[str, Any]) -> bool:
    return all(
        key in READERS
        and (
            isinstance(value, str | bool)
            or (isinstance(value, dict) and len(value) == 1 and set(value) <= TESTS)
        )
        for key, value in token.items()
    )


class AttributeTable:
    """A drop-in for a trained ``AttributeRuler`` whose patterns :func:`can_tabulate`
    (:meth:`take_rules` copies its rules)."""

    def __init__(self, vocab: Vocab, name: str = "sinorus_attribute_table") -> None:
        self.name = name
        self.vocab = vocab
        self.ruler = AttributeRuler(vocab, name=name)
        self.table: list[
            tuple[tuple[int, ...], dict[Values, list[int]]]
        ] = []  # (attribute indexes, keys)
        self.anchored: dict[
            tuple[int, Any], list[_Sequence]
        ] = {}  # (attribute, value of the first token)
        self.unanchored: list[_Sequence] = []
        # per token values: the one-token rules that apply, the longer ones to try from there
        self._memo: dict[Values, tuple[tuple[int, ...], tuple[_Sequence, ...]]] = {}

    def take_rules(self, ruler: AttributeRuler) -> None:
        """Take the rules of ``ruler`` (in its order) and index them; ``ruler`` itself
        applies what matches."""
        self.ruler = ruler
        table: dict[Signature, dict[Values, list[int]]] = defaultdict(lambda: defaultdict(list))
        anchored: dict[tuple[int, Any], list[_Sequence]] = defaultdict(list)
        self.unanchored = []
        for number, rule in enumerate(self.ruler.patterns):
            for pattern in _patterns(rule):
                if len(pattern) == 1 and all(
                    isinstance(v, str | bool) or "IN" in v for v in pattern[0].values()
                ):
                    signature = tuple(sorted(pattern[0]))
                    choices = [
                        [v] if isinstance(v, str | bool) else v["IN"]
                        for v in (pattern[0][k] for k in signature)
                    ]
                    for key in itertools.product(*choices):
                        table[signature][key].append(number)
                    continue
                sequence = _Sequence(number, tuple(_tests(token) for token in pattern))
                anchor = _anchor(pattern[0])
                if anchor is None:
                    self.unanchored.append(sequence)
                else:
                    attribute, values = anchor
                    for value in values:
                        anchored[(attribute, value)].append(sequence)
        self._memo.clear()
        self.table = [
            (tuple(ATTRIBUTES.index(k) for k in signature), dict(keys))
            for signature, keys in table.items()
        ]
        self.anchored = dict(anchored)

    def _rules_of(self, token: Values) -> tuple[tuple[int, ...], tuple[_Sequence, ...]]:
        numbers = tuple(
            n
            for indexes, keys in self.table
            for n in keys.get(tuple(token[i] for i in indexes), ())
        )
        # (a sequence's first token is this one: only those whose first tests it passes)
        sequences = tuple(
            s
            for s in (
                *(s for i, value in enumerate(token) for s in self.anchored.get((i, value), ())),
                *self.unanchored,
            )
            if _passes(token, s.tokens[0])
        )
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        self._memo[token] = (numbers, sequences)
        return numbers, sequences

    def __call__(self, doc: Doc) -> Doc:
        """Set what the rules that match give each token, a later rule over an earlier one
        (as ``AttributeRuler.set_annotations`` does, one match at a time)."""
        attrs, indices = self.ruler.attrs, self.ruler.indices
        given: dict[int, dict[Any, Any]] = {}
        for number, start, end in self._matched(doc):
            index = indices[number]
            position = (start if index >= 0 else end) + index
            if not start <= position < end:
                raise ValueError(
                    f"attribute rule {number} sets token {index} of a match of {end - start} tokens"
                )
            given.setdefault(position, {}).update(attrs[number])
        for position, values in given.items():
            set_token_attrs(doc[position], values)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def match(self, doc: Doc) -> list[Match]:
        """The rules that apply to ``doc``, as ``AttributeRuler.match`` gives them."""
        strings = self.vocab.strings
        return [
            (number, strings[str(number)], start, end) for number, start, end in self._matched(doc)
        ]

    def _matched(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(rule number, start, end) of every match, in the rules' order."""
        values = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
        found: set[tuple[int, int, int]] = set()
        for start, token in enumerate(values):
            rules = self._memo.get(token)
            if rules is None:
                rules = self._rules_of(token)
            numbers, sequences = rules
            found.update((number, start, start + 1) for number in numbers)
            for sequence in sequences:
                if sequence.matches(values, start):
                    found.add((sequence.number, start, start + len(sequence.tokens)))
        return sorted(found)


MEMO_SIZE = (
    200_000  # token values remembered (a word with its tag and relation) before forgetting them all
)


def _tests(token: dict[str, Any]) -> tuple[tuple[int, str, Any], ...]:
    tests: list[tuple[int, str, Any]] = []
    for key, value in token.items():
        attribute = ATTRIBUTES.index(key)
        if isinstance(value, str | bool):
            tests.append((attribute, "=", value))
        else:
            ((test, operand),) = value.items()
            tests.append(
                (attribute, test, re.compile(operand) if test == "REGEX" else frozenset(operand))
            )
    return tuple(tests)


def _anchor(token: dict[str, Any]) -> tuple[int, list[Any]] | None:
    """An attribute of the first token whose values are known ("LOWER" is "gon"), to try
    the pattern only at tokens with one of them."""
    for key, value in token.items():
        if isinstance(value, str | bool):
            return ATTRIBUTES.index(key), [value]
        if "IN" in value:
            return ATTRIBUTES.index(key), list(value["IN"])
    return None
