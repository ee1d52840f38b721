"""Errors a user can act on: each message says what went wrong and what to do.

>>> raise InputError("no such file: 'x.txt'; give a .txt, .html or .jsonl path")
Traceback (most recent call last):
...
sinorus_facts.errors.InputError: no such file: 'x.txt'; give a .txt, .html or .jsonl path
"""

from __future__ import annotations


class SinorusError(Exception):
    """The base of every error this library raises on purpose."""


class InputError(SinorusError, ValueError):
    """The input cannot be used as given (a missing path, a bad JSONL line, a bad date)."""


class InputNotFoundError(InputError, FileNotFoundError):
    """A file or folder given does not exist (also a :class:`FileNotFoundError`).

    >>> try:
    ...     raise InputNotFoundError("no such file: 'x.txt'")
    ... except FileNotFoundError as exc:
    ...     str(exc)
    "no such file: 'x.txt'"
    """


class InputTypeError(InputError, TypeError):
    """An argument of the wrong kind (also a :class:`TypeError`): bytes for a text, a ``str``
    where an iterable of documents is expected, a number where a path is."""


class ModelNotFoundError(SinorusError):
    """The English spaCy model is not installed."""


class ModelMismatchError(ModelNotFoundError):
    """A package installed under the English model's name is not that model (another
    version, or other weights); the message says what to install."""


class LexiconError(SinorusError):
    """A lexicon file does not follow its schema; the message names the file and entry."""


class MissingExtraError(SinorusError, ImportError):
    """An optional feature needs a package that is not installed."""

    def __init__(self, feature: str, extra: str, package: str) -> None:
        super().__init__(
            f"{feature} needs the '{package}' package: pip install 'sinorus-facts[{extra}]'"
        )
