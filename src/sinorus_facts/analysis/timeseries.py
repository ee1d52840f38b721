"""Figures lined up in time: one row per period for a chosen measure, every source behind it,
and a plot that draws actual figures, forecasts and targets differently.

>>> import sinorus_facts
>>> claims = (sinorus_facts.extract("Trade reached $107bn in 2019.", doc_id="a", published="2020-01-20")
...           + sinorus_facts.extract("Trade hit $107 billion in 2019 and $108bn in 2020.", doc_id="b",
...                                   published="2021-01-20"))
>>> [(p.period_start.year, p.value, p.n_sources) for p in series_points(claims, measure="trade")]
[(2019, 107000000000.0, 2), (2020, 108000000000.0, 1)]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from sinorus_facts.analysis.conflicts import Fact, Source, conflicts, facts
from sinorus_facts.analysis.convert import ExchangeRates, can_convert, convert
from sinorus_facts.analysis.measures import measure_terms, text_terms
from sinorus_facts.errors import MissingExtraError
from sinorus_facts.models import Bound, Change, Claim, Modality, Period
from sinorus_facts.views.formats import number_text

if TYPE_CHECKING:
    import pandas
    from matplotlib.figure import Figure

__all__ = [
    "CONFLICT_COLOUR",
    "SeriesPoint",
    "plot_series",
    "plot_timeline",
    "series_points",
    "timeseries",
]


class SeriesPoint(BaseModel):
    """One period of a series: the figure most sources give, every figure given, the sources.

    ``conflict`` is true when a figure of the point is in a :class:`~sinorus_facts.analysis.conflicts.Conflict`.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    period_start: date
    period_end: date
    period_text: str | None
    modality: Modality
    unit: str | None
    change: Change | None
    value: float
    high: float | None
    bound: Bound
    values: tuple[float, ...]
    n_sources: int
    sources: tuple[Source, ...]
    conflict: bool


def _select(
    claims: Iterable[Claim], measure: str | None, unit: str | None, rates: ExchangeRates | None
) -> list[Claim]:
    chosen = []
    wanted = text_terms(measure) if measure is not None else frozenset()
    for claim in claims:
        if claim.period is None or claim.period.start is None or claim.period.end is None:
            continue
        if (
            measure is not None
            and measure.lower() not in (claim.measure or "").lower()
            and not (wanted and wanted <= measure_terms(claim))
        ):
            continue
        if unit is not None:
            if not can_convert(claim.unit, unit, rates=rates):
                continue
            claim = convert(claim, unit, rates=rates)
        chosen.append(claim)
    return chosen


def _days(period: Period | None) -> tuple[date, date]:
    if period is None or period.start is None or period.end is None:
        raise ValueError("only dated claims have a place in time")
    return period.start, period.end


def _point(members: list[Fact], disputed: set[int]) -> SeriesPoint:
    lead = max(members, key=lambda f: len(f.claims))  # the figure most sources give; first on ties
    start, end = _days(lead.period)
    sources = tuple(s for f in members for s in f.sources)
    return SeriesPoint(
        period_start=start,
        period_end=end,
        period_text=lead.period.text if lead.period else None,
        modality=lead.modality,
        unit=lead.unit,
        change=lead.change,
        value=lead.value,
        high=lead.high,
        bound=lead.bound,
        values=tuple(sorted({f.value for f in members})),
        n_sources=len(sources),
        sources=sources,
        conflict=any(id(f) in disputed for f in members),
    )


def series_points(
    claims: Iterable[Claim],
    *,
    measure: str | None = None,
    unit: str | None = None,
    rates: ExchangeRates | None = None,
) -> list[SeriesPoint]:
    """The dated claims as points in time; with ``measure``, those whose measure contains that
    text or has its terms (see :func:`~sinorus_facts.analysis.conflicts.measure_terms`).

    One point per period, and per modality, unit and kind of change: a forecast, a figure in
    another unit or a growth rate make other series. With ``unit``, figures that convert to it
    are converted (currencies only with ``rates``) and the others left out. Repeats count once,
    with all their sources.
    """
    found = facts(_select(claims, measure, unit, rates))
    disputed = {id(f) for c in conflicts(found) for f in c.facts}
    groups: dict[tuple[object, ...], list[Fact]] = {}
    for fact in found:
        key = (*_days(fact.period), fact.modality, fact.unit or "", fact.change or "")
        groups.setdefault(key, []).append(fact)
    return [
        _point(groups[key], disputed)
        for key in sorted(groups, key=lambda k: tuple(str(p) for p in k))
    ]


_COLUMNS = [
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
]


def _row(point: SeriesPoint) -> dict[str, Any]:
    row = point.model_dump(exclude={"sources"})
    row["sources"] = "; ".join(s.label for s in point.sources)
    row["claim_ids"] = ", ".join(s.claim_id for s in point.sources)
    return row


def timeseries(
    claims: Iterable[Claim],
    *,
    measure: str | None = None,
    unit: str | None = None,
    rates: ExchangeRates | None = None,
) -> pandas.DataFrame:
    """:func:`series_points` as a DataFrame (dates as ``datetime64``), one row per point.

    >>> import sinorus_facts
    >>> claims = sinorus_facts.extract("Gas supplies reached 38 bcm in 2021.", published="2022-01-10")
    >>> timeseries(claims, unit="bcm")[["value", "unit", "n_sources"]].values.tolist()
    [[38.0, 'bcm', 1]]
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingExtraError("timeseries()", "pandas", "pandas") from exc
    points = series_points(claims, measure=measure, unit=unit, rates=rates)
    frame = pd.DataFrame.from_records([_row(p) for p in points], columns=_COLUMNS)
    for column in ("period_start", "period_end"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


# How each modality is drawn: actual figures solid and filled, forecasts dashed and hollow,
# targets dotted with a hollow triangle.
_STYLES: dict[str, dict[str, Any]] = {
    "actual": {"linestyle": "-", "marker": "o", "fillstyle": "full"},
    "forecast": {"linestyle": "--", "marker": "o", "fillstyle": "none"},
    "target": {"linestyle": ":", "marker": "^", "fillstyle": "none"},
}
_CHANGE_SIGNS = {"increase": "+", "decrease": "−", "factor": "×", "from_to": "", None: ""}


def _label(claim: Claim) -> str:
    bound = "" if claim.bound == "=" else claim.bound + " "
    start = (
        f"{number_text(claim.from_value)} → "
        if claim.change == "from_to" and claim.from_value is not None
        else ""
    )
    return f"{bound}{start}{_CHANGE_SIGNS[claim.change]}{number_text(claim.value)}"


def plot_timeline(claims: Iterable[Claim], *, title: str | None = None) -> Figure:
    """Draw every dated claim as a segment over its period at its value: one panel per unit,
    a colour per category, actual figures solid, forecasts dashed, targets dotted.

    Returns the matplotlib figure (in Jupyter it shows inline).
    """
    try:
        import matplotlib.pyplot as plt
        from matplotlib.lines import Line2D
        from matplotlib.ticker import FuncFormatter
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingExtraError("plot_timeline()", "notebook", "matplotlib") from exc
    dated = [
        c
        for c in claims
        if c.period is not None and c.period.start is not None and c.period.end is not None
    ]
    units = sorted({c.unit or "(no unit)" for c in dated})
    rows = max(1, len(units))
    figure, axes = plt.subplots(rows, 1, figsize=(9, 2.4 * rows), squeeze=False, sharex=True)
    categories = sorted({c.category for c in dated})
    colours = {cat: plt.get_cmap("tab10")(n % 10) for n, cat in enumerate(categories)}
    for ax, unit in zip(axes[:, 0], units, strict=False):
        mine = [c for c in dated if (c.unit or "(no unit)") == unit]
        for claim in mine:
            style = _STYLES[claim.modality]
            start, end = _days(claim.period)
            ax.plot(
                [start, end],
                [claim.value, claim.value],
                color=colours[claim.category],
                linewidth=2,
                markevery=[1],
                markersize=7,
                **style,
            )
            ax.annotate(
                _label(claim),
                (end, claim.value),
                textcoords="offset points",
                xytext=(4, 4),
                fontsize=8,
            )
        values = [abs(c.value) for c in mine if c.value]
        if values and max(values) / min(values) > 1000:
            ax.set_yscale("log")
        elif values and min(c.value for c in mine) >= 0:
            ax.set_ylim(bottom=0, top=max(values) * 1.25)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: number_text(v)))
        ax.set_ylabel(unit)
        ax.grid(alpha=0.3)
    handles = [Line2D([], [], color=colours[c], linewidth=2, label=c) for c in categories]
    handles += [Line2D([], [], color="grey", label=m, **s) for m, s in _STYLES.items()]
    axes[0, 0].legend(handles=handles, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    return figure


# The colours of a series' points: agreed, and in conflict (two sources disagree).
SERIES_COLOUR = "#1f5fa8"
CONFLICT_COLOUR = "#d0342c"


def _sources_label(point: SeriesPoint) -> str:
    names = sorted({s.doc_id for s in point.sources})
    label = f"{'' if point.bound == '=' else point.bound + ' '}{number_text(point.value)} · {', '.join(names)}"
    if point.conflict:
        label += "\nsources disagree: " + " / ".join(
            number_text(v) for v in sorted(set(point.values))
        )
    return label


def plot_series(points: Sequence[SeriesPoint], *, title: str | None = None) -> Figure:
    """One measure over time on one axis (see :func:`series_points`): each point a segment
    over its period at the figure most sources give, in the style of its modality, labelled
    with its sources; a point whose sources disagree is drawn in :data:`CONFLICT_COLOUR`, the
    other figures given for it as crosses.

    >>> import sinorus_facts
    >>> claims = sinorus_facts.extract("Trade reached $107bn in 2019.", doc_id="a", published="2020-01-20")
    >>> figure = plot_series(series_points(claims, measure="trade"))
    >>> [(line.get_xdata()[0].year, float(line.get_ydata()[0])) for line in figure.axes[0].get_lines()]
    [(2019, 107000000000.0)]
    """
    try:
        import matplotlib.dates as mdates
        import matplotlib.pyplot as plt
        from matplotlib.lines import Line2D
        from matplotlib.ticker import FuncFormatter
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingExtraError("plot_series()", "notebook", "matplotlib") from exc
    figure, ax = plt.subplots(figsize=(10, 4))
    for point in points:
        colour = CONFLICT_COLOUR if point.conflict else SERIES_COLOUR
        start, end = point.period_start, point.period_end
        days: Any = [start, end]  # matplotlib takes dates where its stubs say numbers
        ax.plot(
            days,
            [point.value, point.value],
            color=colour,
            linewidth=2.5,
            markevery=[1],
            markersize=7,
            **_STYLES[point.modality],
        )
        others = sorted(set(point.values) - {point.value})
        if others:
            ax.scatter(days[1:] * len(others), others, color=colour, marker="x", s=50, zorder=3)
        ax.annotate(
            _sources_label(point),
            (start, point.value),
            textcoords="offset points",
            xytext=(0, 6),
            fontsize=8,
            color=colour,
            va="bottom",
        )
    units = sorted({p.unit or "(no unit)" for p in points})
    ax.set_ylabel(", ".join(units))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: number_text(v)))
    top = max((max(p.values) for p in points), default=1.0)
    ax.set_ylim(bottom=0, top=top * 1.35)
    locator = mdates.AutoDateLocator(maxticks=8)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    ax.grid(alpha=0.3)
    handles = [Line2D([], [], color="grey", label=m, **s) for m, s in _STYLES.items()]
    handles.append(Line2D([], [], color=CONFLICT_COLOUR, linewidth=2.5, label="sources disagree"))
    ax.legend(handles=handles, fontsize=8, loc="lower right")
    if title:
        ax.set_title(title)
    figure.tight_layout()
    return figure
