"""The terminal table of ``sinorus-facts extract --format table``: one row a claim, grouped
by document, sized to the terminal; the measure and the speaker in columns of their own,
long cells wrapped onto a second line and cut there with an ellipsis.

>>> import io
>>> from sinorus_facts.models import Claim, Evidence
>>> evidence = Evidence(sentence="Trade hit $107bn.", sentence_start=0, sentence_end=17,
...                     quantity="$107bn", quantity_start=10, quantity_end=16)
>>> claim = Claim(id="c1", doc_id="wire", value=107e9, unit="USD", measure="trade", category="trade",
...               attribution="Li Wei", evidence=evidence, confidence=0.9)
>>> out = io.StringIO()
>>> write_table([claim], out, width=100)
1
>>> print(out.getvalue())
<BLANKLINE>
wire
  figure              change   period             category        modality  measure        speaker
  107 bn USD                                      trade           actual    trade          Li Wei
<BLANKLINE>
"""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Iterable
from typing import TextIO

from sinorus_facts.models import Claim
from sinorus_facts.views.formats import figure_text, period_text

__all__ = ["COLUMNS", "MAX_LINES", "cells", "fit", "write_table"]

# The columns of fixed width: (header, width, the narrowest it gets on a narrow terminal).
COLUMNS: tuple[tuple[str, int, int], ...] = (
    ("figure", 18, 12),
    ("change", 7, 6),
    ("period", 17, 10),
    ("category", 14, 9),
    ("modality", 8, 8),
)
# The lines a cell may take; what does not fit in them is cut with an ellipsis.
MAX_LINES = 2
# The narrowest the measure and the speaker columns get, and the widest the speaker gets.
MIN_MEASURE, MIN_SPEAKER, MAX_SPEAKER = 12, 8, 28
# Between two columns, and before the first.
GAP, INDENT = "  ", "  "
# The width when the output is not a terminal.
DEFAULT_WIDTH = 120

_CHANGES = {"increase": "up", "decrease": "down", "from_to": "from→to", "factor": "×"}


def fit(text: str, width: int, lines: int = MAX_LINES) -> list[str]:
    """``text`` wrapped at ``width`` into at most ``lines`` lines, the last cut with "…".

    >>> fit("bilateral trade volume of China and Russia", 16)
    ['bilateral trade', 'volume of China…']
    >>> fit("Zhang Hanhui", 8, lines=1)
    ['Zhang H…']
    """
    wrapped = textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]
    if len(wrapped) <= lines:
        return wrapped
    kept = wrapped[:lines]
    rest = " ".join([kept[-1], *wrapped[lines:]])
    kept[-1] = rest[: width - 1].rstrip() + "…"
    return kept


def cells(claim: Claim) -> list[str]:
    """A claim's cells, in the order of the header: figure, change, period, category,
    modality, measure, speaker."""
    figure = figure_text(claim)
    bound = "" if claim.bound == "=" else claim.bound + " "
    return [
        f"{bound}{figure} {claim.unit or ''}".rstrip(),
        _CHANGES.get(claim.change or "", ""),
        period_text(claim.period),
        claim.category,
        claim.modality,
        claim.measure or f"“{claim.evidence.quantity}”",
        claim.attribution or "",
    ]


def _widths(width: int) -> list[int]:
    """The width of each column for a line of at most ``width - 1`` characters: the fixed
    columns at their width (narrower, down to their least, on a narrow terminal), the rest
    shared by measure (three fifths) and speaker (two fifths, at most :data:`MAX_SPEAKER`)."""
    fixed = [w for _, w, _ in COLUMNS]
    least = MIN_MEASURE + MIN_SPEAKER + len(GAP)
    frame = len(INDENT) + len(GAP) * len(COLUMNS)
    for index in sorted(
        range(len(COLUMNS)), key=lambda i: COLUMNS[i][1] - COLUMNS[i][2], reverse=True
    ):
        over = frame + sum(fixed) + least - (width - 1)
        if over <= 0:
            break
        fixed[index] = max(COLUMNS[index][2], fixed[index] - over)
    free = max(width - 1 - frame - sum(fixed), least)
    speaker = max(MIN_SPEAKER, min(MAX_SPEAKER, (free - len(GAP)) * 2 // 5))
    return [*fixed, free - len(GAP) - speaker, speaker]


def _row(values: list[str], widths: list[int]) -> list[str]:
    columns = [fit(v, w) for v, w in zip(values, widths, strict=True)]
    height = max(len(c) for c in columns)
    return [
        (
            INDENT
            + GAP.join(
                (c[i] if i < len(c) else "").ljust(w) for c, w in zip(columns, widths, strict=True)
            )
        ).rstrip()
        for i in range(height)
    ]


def write_table(claims: Iterable[Claim], out: TextIO, *, width: int | None = None) -> int:
    """Write a table of ``claims`` as wide as ``width`` (the terminal's when not given);
    returns the number of claims written."""
    width = width or shutil.get_terminal_size((DEFAULT_WIDTH, 20)).columns
    widths = _widths(width)
    header = [name for name, _, _ in COLUMNS] + ["measure", "speaker"]
    count, current = 0, None
    for claim in claims:
        if claim.doc_id != current:
            current = claim.doc_id
            out.write(
                f"\n{fit(claim.doc_id, width - 1, 1)[0]}\n" + "\n".join(_row(header, widths)) + "\n"
            )
        out.write("\n".join(_row(cells(claim), widths)) + "\n")
        count += 1
    return count
