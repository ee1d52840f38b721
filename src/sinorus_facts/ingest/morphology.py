"""Russian morphology through pymorphy3 (the ``[ru]`` extra): what part of speech a word
is, its lemma, and a name or a body put into the nominative ("Главного таможенного
управления КНР" -> "Главное таможенное управление КНР").

Loaded once, on first use; without the extra, :func:`available` is False and the readers
of Russian say how to install it.

>>> nominative("Главного таможенного управления КНР")
'Главное таможенное управление КНР'
>>> nominative("Алексея Миллера"), nominative("Дмитриева", "gent")
('Алексей Миллер', 'Дмитриев')
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

__all__ = [
    "INSTALL_RU",
    "available",
    "is_noun",
    "lemma",
    "name_at_end",
    "nominative",
    "tags_of",
]

# The command that installs what Russian needs.
INSTALL_RU = 'pip install "sinorus-facts[ru]"'

# A word of Cyrillic letters (with inner hyphens: "торгово-промышленной").
CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")

# Cases a name stands in after the words that introduce a source ("по данным" + genitive,
# "в департаменте" + locative, "китайской стороной" instrumental).
OBLIQUE = ("gent", "loct", "datv", "ablt", "accs")


@cache
def _analyzer() -> Any:
    import pymorphy3  # the [ru] extra

    return pymorphy3.MorphAnalyzer()


@cache
def available() -> bool:
    """Whether pymorphy3 and its Russian dictionaries are installed."""
    try:
        _analyzer()
    except Exception:  # noqa: BLE001 - any failure to load means: not installed as it should be
        return False
    return True


@cache
def _parses(word: str) -> tuple[Any, ...]:
    return tuple(_analyzer().parse(word))


def tags_of(word: str) -> frozenset[str]:
    """The grammemes of the word's likeliest reading ("тонн": NOUN, plur, gent, ...)."""
    parses = _parses(word)
    return frozenset(parses[0].tag.grammemes) if parses else frozenset()


def lemma(word: str) -> str:
    """The word's likeliest lemma, lower-cased ("автомобилей" -> "автомобиль")."""
    parses = _parses(word)
    return str(parses[0].normal_form) if parses else word.lower()


def is_noun(word: str) -> bool:
    """Whether any likely reading of ``word`` is a noun (score above a third of the best)."""
    parses = _parses(word)
    if not parses:
        return False
    best = parses[0].score
    return any("NOUN" in p.tag and p.score >= best / 3 for p in parses)


def names_a_body(word: str) -> bool:
    """Whether a capitalised word names an organisation: the dictionary marks it one or an
    abbreviation ("Минфин", "Роснефть", "ФТС"), not a common noun at a sentence's start
    ("Товарооборот") nor a place ("Россия")."""
    if not word[:1].isupper():
        return False
    tags = tags_of(word)
    return ("Orgn" in tags or "Abbr" in tags) and "Geox" not in tags


def _reading(word: str, pos: str, case: str | None) -> Any | None:
    """The reading of ``word`` as ``pos`` in ``case`` (any case when None), if it has one."""
    for parse in _parses(word):
        if pos in parse.tag and (case is None or case in parse.tag):
            return parse
    return None


def _name_reading(word: str, case: str | None) -> Any | None:
    """The reading of a capitalised ``word`` as a first name, surname or patronymic."""
    if not word[:1].isupper():
        return None
    return (
        _reading(word, "Name", case) or _reading(word, "Surn", case) or _reading(word, "Patr", case)
    )


# A capitalised Cyrillic word, not an abbreviation ("Силуанов", not "РФПИ").
NAME_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")


def name_at_end(phrase: str) -> str | None:
    """The person's name that ends ``phrase`` after other words: a first name in the
    nominative, a patronymic if any, and a surname (any capitalised word: dictionaries
    miss many surnames); None when the phrase ends otherwise.

    >>> name_at_end("министр финансов Антон Силуанов") if available() else "Антон Силуанов"
    'Антон Силуанов'
    """
    words = phrase.split()
    if len(words) < 3 or not NAME_WORD.fullmatch(words[-1]):
        return None
    if _reading(words[-2], "Name", "nomn") is not None:
        return " ".join(words[-2:])
    if (
        len(words) > 3
        and _reading(words[-3], "Name", "nomn") is not None
        and _reading(words[-2], "Patr", "nomn") is not None
    ):
        return " ".join(words[-3:])
    return None


def _case_of(words: list[str]) -> str | None:
    """The oblique case the phrase's first noun stands in, if it is in one."""
    for word in words:
        for parse in _parses(word):
            if "NOUN" in parse.tag:
                for case in OBLIQUE:
                    if case in parse.tag:
                        return case
                return None
    return None


def _inflected(parse: Any, word: str) -> str:
    form = parse.inflect({"nomn"})
    if form is None:
        return word
    out = str(form.word)
    if word[:1].isupper():
        out = out[:1].upper() + out[1:]
    if word.isupper() and len(word) > 1:
        out = out.upper()
    return out


def nominative(phrase: str, case: str | None = None) -> str:
    """The phrase with its head put into the nominative: the adjectives before the first
    noun and that noun, or every word of a person's name; what follows the head (a noun in
    the genitive, a name in quotes) stays as written.

    >>> nominative("управлении внешней торговли Минпромторга")
    'управление внешней торговли Минпромторга'
    >>> nominative("китайских таможенников")
    'китайские таможенники'
    """
    words = phrase.split()
    if not words or not available():
        return phrase
    case = case or _case_of([w for w in words if CYRILLIC_WORD.fullmatch(w)])
    if case is None:
        return phrase
    first = words[0]
    name = _name_reading(first, case)
    if name is not None:
        out = [_inflected(name, first)]
        for word in words[1:]:
            more = _name_reading(word, case)
            if more is None or len(out) == len(words):
                break
            out.append(_inflected(more, word))
        return " ".join([*out, *words[len(out) :]])
    adjectives: list[Any] = []
    for i, word in enumerate(words):
        if not CYRILLIC_WORD.fullmatch(word):
            return phrase
        following = words[i + 1] if i + 1 < len(words) else ""
        adjective = _reading(word, "ADJF", case) or _reading(word, "PRTF", case)
        if adjective is not None and (
            _reading(following, "NOUN", case) or _reading(following, "ADJF", case)
        ):
            adjectives.append(adjective)
            continue
        noun = _reading(word, "NOUN", case)
        if noun is None:
            return phrase
        agree = {"nomn", "plur"} if "plur" in noun.tag else {"nomn", str(noun.tag.gender or "masc")}
        out = [_agreed(a, w, agree) for a, w in zip(adjectives, words, strict=False)]
        return " ".join([*out, _inflected(noun, word), *words[i + 1 :]])
    return phrase


def _agreed(parse: Any, word: str, grammemes: set[str]) -> str:
    form = parse.inflect(grammemes)
    if form is None:
        return _inflected(parse, word)
    out = str(form.word)
    return out[:1].upper() + out[1:] if word[:1].isupper() else out
