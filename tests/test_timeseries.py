"""timeseries(): one row per period of a chosen measure, every source behind it; the timeline plot."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from sinorus_facts.analysis.convert import ExchangeRates
from sinorus_facts.analysis.timeseries import plot_timeline, series_points, timeseries
from sinorus_facts.errors import MissingExtraError
from sinorus_facts.models import Claim
from tests.claim_factory import make_claim

Doc = tuple[str, str, str | None]  # (doc_id, text, published)


def _extract(docs: list[Doc]) -> list[Claim]:
    import sinorus_facts

    return [
        c
        for doc_id, text, published in docs
        for c in sinorus_facts.extract(text, doc_id=doc_id, published=published)
    ]


_TRADE: list[Doc] = [
    ("y2019", "Trade between China and Russia reached $107bn in 2019, customs said.", "2020-01-14"),
    (
        "y2019b",
        "MOSCOW, Feb 3 -- Russian-Chinese trade turnover totalled $110bn in 2019, the ministry said.",
        "2020-02-03",
    ),
    (
        "y2020",
        "Trade between China and Russia slipped to $108bn in 2020, customs data showed.",
        "2021-01-14",
    ),
    (
        "y2021",
        "China-Russia trade reached a record $147bn in 2021, while gas supplies rose to 16 bcm.",
        "2022-01-14",
    ),
    (
        "plan",
        "The two countries aim to lift trade to $200bn by 2024, the leaders said.",
        "2019-06-05",
    ),
]

Point = tuple[str, str, str, str | None, float, tuple[float, ...], int, bool]

# (id, documents, arguments, points as (start, end, modality, unit, value, values, sources, conflict))
_SERIES: list[tuple[str, list[Doc], dict[str, Any], list[Point]]] = [
    (
        "trade-in-dollars",
        _TRADE,
        {"measure": "trade", "unit": "USD"},
        [
            ("2019-01-01", "2019-12-31", "actual", "USD", 107e9, (107e9, 110e9), 2, True),
            ("2020-01-01", "2020-12-31", "actual", "USD", 108e9, (108e9,), 1, False),
            ("2021-01-01", "2021-12-31", "actual", "USD", 147e9, (147e9,), 1, False),
            ("2024-01-01", "2024-12-31", "target", "USD", 200e9, (200e9,), 1, False),
        ],
    ),
    (
        "billions",
        _TRADE[:1],
        {"unit": "bn USD"},
        [
            ("2019-01-01", "2019-12-31", "actual", "bn USD", 107.0, (107.0,), 1, False),
        ],
    ),
    (
        "gas-in-bcm",
        [
            ("a", "Russia shipped 16 bcm of gas to China in 2021.", "2022-01-10"),
            (
                "b",
                "Gas deliveries to China totalled 16 billion cubic meters in 2021, Gazprom said.",
                "2022-01-12",
            ),
            ("c", "Gas exports to China rose to 22.7 bcm in 2022.", "2023-01-09"),
        ],
        {"unit": "bcm"},
        [
            ("2021-01-01", "2021-12-31", "actual", "bcm", 16.0, (16.0,), 2, False),
            ("2022-01-01", "2022-12-31", "actual", "bcm", 22.7, (22.7,), 1, False),
        ],
    ),
    (
        "barrels-a-day-as-a-year",
        [
            (
                "a",
                "Russia pumped 1.6 million barrels per day of crude to China in 2020.",
                "2021-01-20",
            )
        ],
        {"unit": "mln bbl/yr"},
        [
            ("2020-01-01", "2020-12-31", "actual", "mln bbl/yr", 584.0, (584.0,), 1, False),
        ],
    ),
]


@pytest.mark.parametrize(
    ("docs", "arguments", "expected"), [s[1:] for s in _SERIES], ids=[s[0] for s in _SERIES]
)
def test_series_points(
    nlp: Language, docs: list[Doc], arguments: dict[str, Any], expected: list[Point]
) -> None:
    points = series_points(_extract(docs), **arguments)
    assert [
        (
            p.period_start.isoformat(),
            p.period_end.isoformat(),
            p.modality,
            p.unit,
            p.value,
            p.values,
            p.n_sources,
            p.conflict,
        )
        for p in points
    ] == expected


_RATES = ExchangeRates(base="USD", rates={"CNY": 7.0}, by_year={2019: {"CNY": 6.9}})


def _yuan_and_dollars() -> list[Claim]:
    text = "Investment reached 69 billion yuan in 2019 and $10bn in 2020."
    return [
        make_claim(
            text,
            "69 billion yuan",
            value=69e9,
            unit="CNY",
            category="investment",
            measure="Investment",
            period=("2019-01-01", "2019-12-31", "in 2019"),
        ),
        make_claim(
            text,
            "$10bn",
            value=10e9,
            unit="USD",
            category="investment",
            measure="Investment",
            period=("2020-01-01", "2020-12-31", "in 2020"),
        ),
    ]


def test_currencies_join_a_series_only_with_the_users_rates() -> None:
    without = [
        (p.period_start.year, p.value) for p in series_points(_yuan_and_dollars(), unit="bn USD")
    ]
    with_rates = [
        (p.period_start.year, p.value)
        for p in series_points(_yuan_and_dollars(), unit="bn USD", rates=_RATES)
    ]
    assert (without, with_rates) == ([(2020, 10.0)], [(2019, 10.0), (2020, 10.0)])


def test_undated_claims_are_left_out() -> None:
    text = "Trade reached $107bn."
    assert (
        series_points([make_claim(text, "$107bn", value=107e9, unit="USD", measure="Trade")]) == []
    )


def test_timeseries_frame() -> None:
    frame = timeseries(_yuan_and_dollars(), measure="invest")
    assert (
        list(frame.columns),
        frame["period_start"].dt.year.tolist(),
        frame["unit"].tolist(),
        frame["sources"].tolist(),
    ) == (
        [
            "period_start",
            "period_end",
            "period_text",
            "modality",
            "unit",
            "change",
            "value",
            "high",
            "bound",
            "values",
            "n_sources",
            "sources",
            "claim_ids",
            "conflict",
        ],
        [2019, 2020],
        ["CNY", "USD"],
        ["doc · body", "doc · body"],
    )


def _timeline_claims() -> list[Claim]:
    text = "Trade hit $107bn in 2019, is seen at $120bn in 2020 and should reach $200bn by 2024; oil rose 5% in 2019."
    return [
        make_claim(
            text,
            "$107bn",
            value=107e9,
            unit="USD",
            category="trade",
            period=("2019-01-01", "2019-12-31", "in 2019"),
        ),
        make_claim(
            text,
            "$120bn",
            value=120e9,
            unit="USD",
            category="trade",
            modality="forecast",
            period=("2020-01-01", "2020-12-31", "in 2020"),
        ),
        make_claim(
            text,
            "$200bn",
            value=200e9,
            unit="USD",
            category="trade",
            modality="target",
            period=("2024-01-01", "2024-12-31", "by 2024"),
        ),
        make_claim(
            text,
            "5%",
            value=5.0,
            unit="%",
            change="increase",
            category="energy",
            period=("2019-01-01", "2019-12-31", "in 2019"),
        ),
        make_claim(
            text, "$107bn", value=107e9, unit="USD", category="trade"
        ),  # no period: not drawn
    ]


def test_plot_draws_each_period_with_the_style_of_its_modality() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure = plot_timeline(_timeline_claims(), title="Trade")
    drawn: list[tuple[str, list[tuple[Any, ...]]]] = [
        (
            ax.get_ylabel(),
            [
                (
                    tuple(line.get_xdata()),
                    tuple(line.get_ydata()),  # type: ignore[arg-type]
                    line.get_linestyle(),
                    line.get_marker(),
                    line.get_fillstyle(),
                )
                for line in ax.get_lines()
            ],
        )
        for ax in figure.axes
    ]
    labels = [[t.get_text() for t in ax.texts] for ax in figure.axes]
    plt.close(figure)
    year = date
    assert (drawn, labels) == (
        [
            ("%", [((year(2019, 1, 1), year(2019, 12, 31)), (5.0, 5.0), "-", "o", "full")]),
            (
                "USD",
                [
                    ((year(2019, 1, 1), year(2019, 12, 31)), (107e9, 107e9), "-", "o", "full"),
                    ((year(2020, 1, 1), year(2020, 12, 31)), (120e9, 120e9), "--", "o", "none"),
                    ((year(2024, 1, 1), year(2024, 12, 31)), (200e9, 200e9), ":", "^", "none"),
                ],
            ),
        ],
        [["+5"], ["107 bn", "120 bn", "200 bn"]],
    )


def test_plot_needs_matplotlib(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'sinorus-facts\[notebook\]'"):
        plot_timeline(_timeline_claims())


def test_timeseries_needs_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"timeseries\(\) needs the 'pandas' package"):
        timeseries(_timeline_claims())
