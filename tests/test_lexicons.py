"""Every lexicon loads through its schema; a broken file fails with its name and entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sinorus_facts.errors import LexiconError
from sinorus_facts.lexicons import LEXICON_SCHEMAS, clear_lexicon_cache, load_lexicon

LEXICON_DIR = Path(__file__).resolve().parent.parent / "src" / "sinorus_facts" / "lexicons"
NAMES = sorted(p.stem for p in LEXICON_DIR.glob("*.json"))


def test_every_lexicon_file_has_a_schema() -> None:
    assert [n for n in NAMES if n not in LEXICON_SCHEMAS] == []


@pytest.mark.parametrize("name", NAMES)
def test_lexicon_loads_with_notes_and_entries(name: str) -> None:
    lexicon = load_lexicon(name)
    assert (bool(lexicon.notes.strip()), len(lexicon.entries) > 0) == (True, True)


_BROKEN = [
    ("units", {"id": "bad", "unit": "X", "kind": "not-a-kind"}, r"units\.json: entry 'bad': kind"),
    ("bounds", {"id": "bad", "words": ["over"], "bound": "about"}, r"bounds\.json: entry 'bad': bound"),
    ("scale_words", {"id": "bad", "scale": 1000, "colour": "red"}, r"scale_words\.json: entry 'bad': colour"),
    ("categories", {"id": "bad", "label": "trade", "regex": "(unclosed"}, r"categories\.json: entry 'bad': regex"),
]


@pytest.fixture
def lexicon_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SINORUS_LEXICON_DIR", str(tmp_path))
    clear_lexicon_cache()
    yield tmp_path
    monkeypatch.delenv("SINORUS_LEXICON_DIR")
    clear_lexicon_cache()


@pytest.mark.parametrize(("name", "entry", "message"), _BROKEN, ids=[b[0] for b in _BROKEN])
def test_broken_entry_is_reported_with_file_and_id(lexicon_dir: Path, name: str, entry: dict, message: str) -> None:  # type: ignore[type-arg]
    (lexicon_dir / f"{name}.json").write_text(json.dumps({"_notes": "test", "entries": [entry]}), encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        load_lexicon(name)


def test_duplicate_ids_are_refused(lexicon_dir: Path) -> None:
    entries = [{"id": "k", "scale": 1000, "words": ["k"]}, {"id": "k", "scale": 1000, "words": ["thou"]}]
    (lexicon_dir / "scale_words.json").write_text(json.dumps({"_notes": "n", "entries": entries}), encoding="utf-8")
    with pytest.raises(LexiconError, match="'k' appears twice"):
        load_lexicon("scale_words")


def test_user_lexicon_dir_overrides_a_file(lexicon_dir: Path) -> None:
    entries = [{"id": "lakh_only", "scale": 100000, "words": ["lakh"]}]
    (lexicon_dir / "scale_words.json").write_text(json.dumps({"_notes": "n", "entries": entries}), encoding="utf-8")
    assert [e.id for e in load_lexicon("scale_words").entries] == ["lakh_only"]


def test_unknown_lexicon_name_is_an_error() -> None:
    with pytest.raises(LexiconError, match="no lexicon named 'colours'"):
        load_lexicon("colours")
