"""The lexicons of Russian and Chinese: validated on load (an unknown label fails with the
file and the entry), replaced through SINORUS_LEXICON_DIR like the English ones."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from sinorus_facts.errors import LexiconError
from sinorus_facts.lexicons import reload_lexicons
from sinorus_facts.lexicons.languages import language_lexicon
from sinorus_facts.quantities.ru import find_quantities

pytest.importorskip("pymorphy3")


@pytest.fixture
def lexicon_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    (tmp_path / "ru").mkdir()
    monkeypatch.setenv("SINORUS_LEXICON_DIR", str(tmp_path))
    reload_lexicons()
    yield tmp_path
    monkeypatch.delenv("SINORUS_LEXICON_DIR")
    reload_lexicons()


def _write(folder: Path, entries: list[dict[str, object]]) -> None:
    data = {"_notes": "a test's units", "entries": entries}
    (folder / "ru" / "units.json").write_text(
        json.dumps(data, ensure_ascii=False), encoding="utf-8"
    )


def test_a_unit_file_of_the_same_name_replaces_the_units(lexicon_dir: Path) -> None:
    _write(
        lexicon_dir,
        [{"id": "pood", "label": "unit", "words": ["пуд*"], "unit": "pood", "kind": "mass"}],
    )
    assert [(q.text, q.unit) for q in find_quantities("Продано 40 пудов зерна.")] == [
        ("40 пудов", "pood")
    ]


def test_an_unknown_label_fails_with_the_file_and_the_entry(lexicon_dir: Path) -> None:
    _write(lexicon_dir, [{"id": "pood", "label": "weight", "words": ["пуд*"]}])
    with pytest.raises(
        LexiconError, match=r"ru/units\.json: entry 'pood': label 'weight' not one of"
    ):
        language_lexicon("ru", "units")
