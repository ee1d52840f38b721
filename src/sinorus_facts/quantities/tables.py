"""Figures in the cells of a table, whose unit and scale its header gives once per column.

A statistics page lays its figures out as a table: "| Crude oil | 16.9 | +8.2 |" under the
header "| Commodity | Value, $ bn | Change, % |". Read alone, "16.9" and "+8.2" are bare
numbers; the header says the first is billions of dollars and the second a change in
percent. Tables reach the library as the Markdown that HTML pages are read into (a header
row, a row of dashes, then the rows), or as such text in a file.

>>> text = "| Item | Value, $ bn | Change, % |\\n|---|---|---|\\n| Crude oil | 16.9 | +8.2 |"
>>> [(c.start, c.end, c.unit, c.multiplier, c.change) for c in table_columns(text)]
[(62, 68, 'USD', Decimal('1000000000'), None), (69, 75, '%', Decimal('1'), 'signed')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from sinorus_facts.lexicons import CueEntry, lexicon_cache, load_lexicon
from sinorus_facts.quantities.finder import find_quantities
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["TableCell", "in_table_cells", "row_label", "table_columns"]

# A row of a Markdown table: "| Crude oil | 16.9 | +8.2 |" (its cells between the bars).
TABLE_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*\|)[ \t]*$", re.MULTILINE)

# The line under a table's header: "|---|:---:|---|".
HEADER_RULE = re.compile(r"^[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$")

# One cell of a row, without its bars: " 16.9 " in "| Crude oil | 16.9 |".
CELL = re.compile(r"[^|]*")

# The unit part of a header cell: what follows its last comma, or what its brackets hold
# ("Value, $ bn", "Volume (mln t)", "Change, %").
HEADER_UNIT = re.compile(r"\((?P<bracketed>[^()]+)\)\s*$|,\s*(?P<after_comma>[^,]+)$")

# A currency sign that a header writes before its scale word ("$ bn", "US$ mln", "€ m").
CURRENCY_SIGN = re.compile(r"^(?P<sign>US\$|\$|€|£|¥|₽)\s*")


@dataclass(frozen=True)
class TableCell:
    """A cell of a table row, from ``start`` to ``end`` in the text, and what its column's
    header says of its figures: the unit and the scale, and whether they are changes
    (``change`` "signed": the sign says up or down)."""

    start: int
    end: int
    unit: str
    unit_kind: str | None
    multiplier: Decimal
    change: str | None


@dataclass(frozen=True)
class _Column:
    unit: str
    unit_kind: str | None
    multiplier: Decimal
    change: str | None


@lexicon_cache(maxsize=1)
def _change_words() -> frozenset[str]:
    """The words of a header cell whose column holds changes ("Change, %", "y/y, %")."""
    return frozenset(
        w.lower()
        for e in load_lexicon("changes").entries
        if isinstance(e, CueEntry) and e.label == "table_change_header"
        for w in e.words
    )


def _column(header: str) -> _Column | None:
    """What a header cell says of its column's figures: "Value, $ bn" is billions of
    dollars, "Change, %" changes in percent; None where it names no unit."""
    found = HEADER_UNIT.search(header.strip())
    part = (
        (found.group("bracketed") or found.group("after_comma")).strip()
        if found
        else header.strip()
    )
    sign = CURRENCY_SIGN.match(part)
    probe = f"{sign.group('sign')}1 {part[sign.end() :]}" if sign else f"1 {part}"
    mentions = find_quantities(probe.strip())
    if (
        len(mentions) != 1
        or mentions[0].unit is None
        or mentions[0].value != mentions[0].multiplier
    ):
        return None
    mention = mentions[0]
    if mention.unit is None:
        return None
    lowered = header.lower()
    change = "signed" if any(w in lowered for w in _change_words()) else None
    return _Column(mention.unit, mention.unit_kind, mention.multiplier, change)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the cells of the row ``text[start:end]`` (between its bars)."""
    row = text[start:end]
    first = row.index("|") + 1
    spans = []
    position = first
    for part in row[first:].split("|")[:-1]:
        spans.append((start + position, start + position + len(part)))
        position += len(part) + 1
    return spans


def table_columns(text: str) -> list[TableCell]:
    """Every cell of ``text``'s Markdown tables whose column's header names a unit."""
    found: list[TableCell] = []
    rows = list(TABLE_ROW.finditer(text))
    index = 0
    while index + 1 < len(rows):
        header, rule = rows[index], rows[index + 1]
        next_line = text.find("\n", header.end()) + 1
        if rule.start() != next_line or not HEADER_RULE.match(rule.group(0)):
            index += 1
            continue
        columns = [_column(text[s:e]) for s, e in _cells(text, header.start(), header.end())]
        index += 2
        line_end = rule.end()
        while index < len(rows) and rows[index].start() == line_end + 1:
            row = rows[index]
            for column, (start, end) in zip(
                columns, _cells(text, row.start(), row.end()), strict=False
            ):  # a row may have more or fewer cells than its header
                if column is not None:
                    found.append(
                        TableCell(
                            start,
                            end,
                            column.unit,
                            column.unit_kind,
                            column.multiplier,
                            column.change,
                        )
                    )
            line_end = row.end()
            index += 1
    return found


def in_table_cells(
    mentions: list[QuantityMention], offset: int, cells: list[TableCell]
) -> list[QuantityMention]:
    """``mentions`` of a text that starts at ``offset`` in the document, each bare number
    that fills a cell of ``cells`` given its column's unit, scale and change: "16.9" under
    "Value, $ bn" is $16.9 billion, "-12.5" under "Change, %" a fall of 12.5%."""
    if not cells:
        return mentions
    out = []
    for mention in mentions:
        start, end = offset + mention.start, offset + mention.end
        cell = next((c for c in cells if c.start <= start and end <= c.end), None)
        if cell is None or mention.unit is not None:
            out.append(mention)
            continue
        value = mention.value
        change = None
        if cell.change == "signed":
            change = "decrease" if value < 0 else "increase"
            value = abs(value)
        out.append(
            mention.with_(
                value=value * cell.multiplier,
                unit=cell.unit,
                unit_kind=cell.unit_kind,
                multiplier=cell.multiplier,
                scaled=cell.multiplier != 1,
                change=change,
                flags=(*(f for f in mention.flags if f != "signed"), "table_cell"),
            )
        )
    return out


def row_label(text: str, mention: QuantityMention) -> str | None:
    """The first cell of the table row that holds ``mention`` (a figure of
    :func:`in_table_cells`; offsets into ``text``, the row): what its figures measure.

    >>> row = "| Crude oil | 16.9 | +8.2 |"
    >>> row_label(row, find_quantities(row)[0].with_(flags=("table_cell",)))
    'Crude oil'
    """
    if "table_cell" not in mention.flags:
        return None
    first = text.find("|")
    second = text.find("|", first + 1)
    if first < 0 or second < 0 or second > mention.start:
        return None
    return text[first + 1 : second].strip() or None
