"""Every lexicon loads through its schema; a broken file fails with its name and entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import sinorus_facts.lexicons
from sinorus_facts.errors import LexiconError
from sinorus_facts.lexicons import (
    LEXICON_SCHEMAS,
    clear_lexicon_cache,
    load_lexicon,
    reload_lexicons,
)
from sinorus_facts.quantities.finder import find_quantities

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
    (
        "bounds",
        {"id": "bad", "words": ["over"], "bound": "about"},
        r"bounds\.json: entry 'bad': bound",
    ),
    (
        "scale_words",
        {"id": "bad", "scale": 1000, "colour": "red"},
        r"scale_words\.json: entry 'bad': colour",
    ),
    (
        "categories",
        {"id": "bad", "label": "trade", "regex": "(unclosed"},
        r"categories\.json: entry 'bad': regex",
    ),
]


@pytest.fixture
def lexicon_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SINORUS_LEXICON_DIR", str(tmp_path))
    clear_lexicon_cache()
    yield tmp_path
    monkeypatch.delenv("SINORUS_LEXICON_DIR")
    clear_lexicon_cache()


@pytest.mark.parametrize(("name", "entry", "message"), _BROKEN, ids=[b[0] for b in _BROKEN])
def test_broken_entry_is_reported_with_file_and_id(
    lexicon_dir: Path, name: str, entry: dict, message: str
) -> None:  # type: ignore[type-arg]
    (lexicon_dir / f"{name}.json").write_text(
        json.dumps({"_notes": "test", "entries": [entry]}), encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=message):
        load_lexicon(name)


def test_duplicate_ids_are_refused(lexicon_dir: Path) -> None:
    entries = [
        {"id": "k", "scale": 1000, "words": ["k"]},
        {"id": "k", "scale": 1000, "words": ["thou"]},
    ]
    (lexicon_dir / "scale_words.json").write_text(
        json.dumps({"_notes": "n", "entries": entries}), encoding="utf-8"
    )
    with pytest.raises(LexiconError, match="'k' appears twice"):
        load_lexicon("scale_words")


def test_user_lexicon_dir_overrides_a_file(lexicon_dir: Path) -> None:
    entries = [{"id": "lakh_only", "scale": 100000, "words": ["lakh"]}]
    (lexicon_dir / "scale_words.json").write_text(
        json.dumps({"_notes": "n", "entries": entries}), encoding="utf-8"
    )
    assert [e.id for e in load_lexicon("scale_words").entries] == ["lakh_only"]


def test_unknown_lexicon_name_is_an_error() -> None:
    with pytest.raises(LexiconError, match="no lexicon named 'colours'"):
        load_lexicon("colours")


def _units_without(words: set[str]) -> dict:  # type: ignore[type-arg]
    """The units lexicon with every alias in ``words`` taken out of its entries."""
    data = json.loads(
        (Path(sinorus_facts.lexicons.__file__).parent / "units.json").read_text(encoding="utf-8")
    )
    for entry in data["entries"]:
        for key in ("before", "after", "symbols"):
            if key in entry:
                entry[key] = [w for w in entry[key] if w.lower() not in words]
    return data  # type: ignore[no-any-return]


def test_reload_forgets_everything_worked_out_from_a_lexicon(lexicon_dir: Path) -> None:
    # a unit read once, its alias then removed from a lexicon in SINORUS_LEXICON_DIR:
    # after reload_lexicons() the compiled unit matchers no longer know it
    before = [(q.text, q.unit) for q in find_quantities("Exports reached 5 bcm.")]
    (lexicon_dir / "units.json").write_text(
        json.dumps(_units_without({"bcm", "bcm of gas"})), encoding="utf-8"
    )
    reload_lexicons()
    after = [(q.text, q.unit) for q in find_quantities("Exports reached 5 bcm.")]
    assert (before, after) == ([("5 bcm", "m3")], [("5", None)])
