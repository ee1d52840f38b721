"""The terminal table: sized to the terminal, measure and speaker in columns of their own,
long cells wrapped onto a second line and cut there with an ellipsis."""

from __future__ import annotations

import io
import os

import pytest
from spacy.language import Language

from sinorus_facts.cli.commands import main
from sinorus_facts.models import Claim
from sinorus_facts.views.table import cells, fit, write_table
from tests.claim_factory import make_claim

_WIRE = (
    "MOSCOW, March 2 -- Trade between Russia and China rose 29% to $146.9bn in 2021, "
    "said Yevgeny Ivanovich Kuznetsov-Sokolovsky, the first deputy head of the customs service."
)

# (id, the claim, its cells: figure, change, period, category, modality, measure, speaker)
_CELLS: list[tuple[str, Claim, list[str]]] = [
    (
        "dollars-with-speaker",
        make_claim(
            _WIRE,
            "$146.9bn",
            value=146.9e9,
            unit="USD",
            category="trade",
            measure="trade",
            attribution="Yevgeny Kuznetsov",
            period=("2021-01-01", "2021-12-31", "in 2021"),
        ),
        ["146.9 bn USD", "", "2021", "trade", "actual", "trade", "Yevgeny Kuznetsov"],
    ),
    (
        "change-and-bound",
        make_claim(
            _WIRE, "29%", value=29.0, unit="%", bound=">", change="increase", category="trade"
        ),
        ["> 29 %", "up", "", "trade", "actual", "“29%”", ""],
    ),
    (
        "from-to-range-of-months",
        make_claim(
            _WIRE,
            "$146.9bn",
            value=146.9e9,
            from_value=107e9,
            unit="USD",
            change="from_to",
            modality="forecast",
            period=("2021-01-01", "2021-04-30", "in 2021"),
        ),
        [
            "107 bn → 146.9 bn USD",
            "from→to",
            "2021-01 – 2021-04",
            "other",
            "forecast",
            "“$146.9bn”",
            "",
        ],
    ),
]


@pytest.mark.parametrize(("claim", "expected"), [c[1:] for c in _CELLS], ids=[c[0] for c in _CELLS])
def test_cells(claim: Claim, expected: list[str]) -> None:
    assert cells(claim) == expected


# (id, text, width, lines, what it becomes)
_FIT = [
    ("fits", "Li Wei", 10, 2, ["Li Wei"]),
    ("wraps-at-a-blank", "bilateral trade volume", 16, 2, ["bilateral trade", "volume"]),
    (
        "cut-with-an-ellipsis",
        "bilateral trade volume of China and Russia",
        16,
        2,
        ["bilateral trade", "volume of China…"],
    ),
    ("one-line-cut", "Yevgeny Kuznetsov-Sokolovsky", 12, 1, ["Yevgeny Kuz…"]),
    ("a-long-word-broken", "Kuznetsov-Sokolovsky", 8, 2, ["Kuznetso", "v-Sokol…"]),
    ("empty", "", 8, 2, [""]),
]


@pytest.mark.parametrize(
    ("text", "width", "lines", "expected"), [f[1:] for f in _FIT], ids=[f[0] for f in _FIT]
)
def test_fit(text: str, width: int, lines: int, expected: list[str]) -> None:
    assert fit(text, width, lines) == expected


_LONG = make_claim(
    _WIRE,
    "$146.9bn",
    value=146.9e9,
    unit="USD",
    category="trade",
    measure="trade between Russia and China in goods and services, by the customs count, "
    "of the two countries and their free ports and special zones in the Far East, the "
    "Arctic and the Baltic, without the trade in arms, gas by pipeline and electricity",
    attribution="Yevgeny Ivanovich Kuznetsov-Sokolovsky, first deputy head of the customs service",
    period=("2021-01-01", "2021-12-31", "in 2021"),
)


@pytest.mark.parametrize("width", [80, 100, 120, 160, 200])
def test_rows_fit_the_width_and_keep_measure_and_speaker_apart(width: int) -> None:
    out = io.StringIO()
    write_table([_LONG], out, width=width)
    lines = out.getvalue().splitlines()
    header, first, second = lines[2], lines[3], lines[4]
    measure_at, speaker_at = header.index("measure"), header.index("speaker")
    assert (
        len(lines),
        max(len(line) for line in lines) < width,
        first[measure_at:speaker_at].startswith("trade"),
        first[speaker_at:].startswith("Yevgeny"),
        second[speaker_at:].endswith("…"),
        second[measure_at:speaker_at].rstrip().endswith("…"),
    ) == (5, True, True, True, True, True)


def test_the_table_is_as_wide_as_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        "sinorus_facts.views.table.shutil.get_terminal_size",
        lambda fallback: os.terminal_size((90, 30)),
    )
    out = io.StringIO()
    write_table([_LONG], out)
    assert 80 <= max(len(line) for line in out.getvalue().splitlines()) <= 89


def test_one_header_a_document(capsys: pytest.CaptureFixture[str]) -> None:
    claims = [
        make_claim(_WIRE, "29%", doc_id="a"),
        make_claim(_WIRE, "$146.9bn", doc_id="a"),
        make_claim(_WIRE, "29%", doc_id="b"),
    ]
    out = io.StringIO()
    count = write_table(claims, out, width=120)
    lines = out.getvalue().splitlines()
    assert (
        count,
        [line for line in lines if line and not line.startswith(" ")],
        sum(
            line.split()
            == ["figure", "change", "period", "category", "modality", "measure", "speaker"]
            for line in lines
        ),
    ) == (3, ["a", "b"], 2)


def test_cli_table(nlp: Language, capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    (tmp_path / "wire.txt").write_text(_WIRE, encoding="utf-8")
    main(
        [
            "extract",
            str(tmp_path / "wire.txt"),
            "--format",
            "table",
            "--published",
            "2022-03-02",
            "-q",
        ]
    )
    lines = capsys.readouterr().out.splitlines()
    assert (lines[1], lines[2].split()[0], len(lines) >= 5) == ("wire.txt", "figure", True)
