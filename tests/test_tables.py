"""Figures in the cells of a table take their unit, scale and change from the column's header
("| Coal | 2.4 | -12.5 |" under "| Item | Value, $ bn | Change, % |" is $2.4 billion and a
fall of 12.5%), and their measure from the row's first cell. Each row: a page of our own,
then (figure as written, value, unit, change, measure) of every claim of its table."""

from __future__ import annotations

from pathlib import Path

import pytest

import sinorus_facts as sf

PUBLISHED = "2024-05-02"

Row = tuple[str, float, str | None, str | None, str | None]

_TABLES: list[tuple[str, str, list[Row]]] = [
    (
        "dollars-and-a-signed-change",
        (
            "Exports to China in the first quarter, by item:\n"
            "| Item | Value, $ bn | Change, % |\n|---|---|---|\n"
            "| Crude oil | 15.2 | +6.1 |\n| Coal | 2.7 | -9.4 |\n"
        ),
        [
            ("15.2", 15.2e9, "USD", None, "Crude oil"),
            ("+6.1", 6.1, "%", "increase", "Crude oil"),
            ("2.7", 2.7e9, "USD", None, "Coal"),
            ("-9.4", 9.4, "%", "decrease", "Coal"),
        ],
    ),
    (
        "tonnes-in-brackets-and-a-share",
        (
            "Grain shipments by port:\n"
            "| Port | Volume (thousand tonnes) | Share of total, % |\n|---|---|---|\n"
            "| Zabaikalsk | 412 | 38 |\n"
        ),
        [("412", 412e3, "t", None, "Zabaikalsk"), ("38", 38.0, "%", None, "Zabaikalsk")],
    ),
    (
        "a-column-without-a-unit-stays-bare",
        (
            "Top buyers:\n| Rank | Buyer | Value, mln yuan |\n|---|---|---|\n"
            "| 1 | Heilongjiang | 940 |\n"
        ),
        [("940", 940e6, "CNY", None, "1")],
    ),
    (
        "year-on-year-header",
        ("Car sales:\n| Brand | Units | y/y, % |\n|---|---|---|\n| Chery | 41,000 | 17 |\n"),
        [("17", 17.0, "%", "increase", "Chery")],
    ),
    (
        "no-rule-under-the-header-is-no-table",
        "| Item | Value, $ bn |\n| Coal | 2.7 |\n",
        [],
    ),
]


def _rows(claims: list[sf.Claim]) -> list[Row]:
    return [
        (c.evidence.quantity, c.value, c.unit, c.change, c.measure)
        for c in claims
        if c.evidence.sentence.lstrip().startswith("|")
    ]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _TABLES], ids=[r[0] for r in _TABLES]
)
def test_cells_take_their_columns_unit(text: str, expected: list[Row]) -> None:
    assert _rows(sf.extract(text, published=PUBLISHED)) == expected


def test_a_table_of_an_html_page(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Timber exports to China, 2023</title>\n"
        '<meta name="date" content="2024-02-10"></head><body>\n'
        "<h1>Timber exports to China, 2023</h1>\n"
        "<p>Russian timber exports to China fell in 2023, the customs service said. The table "
        "gives the main kinds.</p>\n<table>\n"
        "<tr><th>Kind</th><th>Volume, mln cubic metres</th><th>Change, %</th></tr>\n"
        "<tr><td>Sawn wood</td><td>18.3</td><td>-4.2</td></tr>\n</table>\n"
        '<p class="caption">Photo: logs at a rail yard in Zabaikalsk.</p>\n</body></html>\n',
        encoding="utf-8",
    )
    assert _rows(sf.extract_file(page, published=PUBLISHED)) == [
        ("18.3", 18.3e6, "m3", None, "Sawn wood"),
        ("-4.2", 4.2, "%", "decrease", "Sawn wood"),
    ]
