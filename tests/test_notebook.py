"""The walkthrough notebook runs top to bottom on the seeds, and shows what it says it shows.

It is executed with nbclient in a python3 kernel (this interpreter) with matplotlib's inline
backend, which draws PNGs without a display. A probe cell added at the end reports what the
plot drew, from the notebook's own variables.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "walkthrough.ipynb"

# Reports, from the notebook's variables, the claims of the series, its points, the lines the
# figure holds and the claims whose evidence it shows.
_PROBE = """
import json
from sinorus_facts.analysis.timeseries import CONFLICT_COLOUR
print(json.dumps({
    "trade": [[c.doc_id, c.value, c.unit, c.modality, c.period.start.isoformat(), c.period.end.isoformat()]
              for c in trade],
    "points": [[p.period_start.isoformat(), p.period_end.isoformat(), p.modality, p.value, sorted(p.values),
                p.conflict, sorted({s.doc_id for s in p.sources})] for p in points],
    "lines": [[line.get_color(), line.get_linestyle(), line.get_marker(), line.get_fillstyle(),
               [x.isoformat() for x in line.get_xdata()], [float(y) for y in line.get_ydata()]]
              for ax in figure.axes for line in ax.get_lines()],
    "conflict_colour": CONFLICT_COLOUR,
    "evidence": [c.evidence.quantity for c in disputed],
    "page": [c.evidence.quantity for c in first],
}))
"""

# How the plot must draw each modality: (line style, marker, fill)
_STYLES = {
    "actual": ["-", "o", "full"],
    "forecast": ["--", "o", "none"],
    "target": [":", "^", "none"],
}
WIRES = ["wire-customs", "wire-ministry", "wire-tass"]


@pytest.fixture(scope="module")
def executed() -> Any:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(_PROBE, metadata={"tags": ["probe"]}))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
        client = nbclient.NotebookClient(
            notebook,
            timeout=600,
            kernel_name="python3",
            resources={"metadata": {"path": str(NOTEBOOK.parent)}},
        )
        client.execute()
    return notebook


def _outputs(notebook: Any, tag: str) -> list[Any]:
    return [
        out
        for cell in notebook.cells
        if tag in cell.metadata.get("tags", [])
        for out in cell.get("outputs", [])
    ]


def _probe(notebook: Any) -> Any:
    return json.loads(
        "".join(out["text"] for out in _outputs(notebook, "probe") if out.get("name") == "stdout")
    )


def test_notebook_is_stored_without_outputs() -> None:
    nbformat = pytest.importorskip("nbformat")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert (
        [c.outputs for c in code if c.outputs],
        [c.execution_count for c in code if c.execution_count],
    ) == ([], [])


# (cell tag, output type, text that output must hold)
_SHOWN = [
    ("extract", "text/plain", "ClaimSet("),
    ("dataframe", "text/html", "<table"),
    ("wires", "text/html", "wire-ministry"),
    ("timeseries", "text/html", "bn USD"),
    ("conflicts", "text/html", "wire-ministry"),
    ("plot", "image/png", ""),
    ("evidence-sentences", "text/html", '<mark class="sf-claim sf-actual"'),
    ("evidence", "text/html", '<mark class="sf-claim sf-actual"'),
    ("convert", "text/html", "mln t"),
    ("repeats", "text/html", "headline"),
    ("seed-conflicts", "text/plain", "Empty DataFrame"),
]


@pytest.mark.parametrize(("tag", "mime", "needle"), _SHOWN, ids=[s[0] for s in _SHOWN])
def test_cell_shows(executed: Any, tag: str, mime: str, needle: str) -> None:
    shown = [out["data"][mime] for out in _outputs(executed, tag) if mime in out.get("data", {})]
    assert [needle in text for text in shown] == [True]


def test_no_cell_wrote_an_error_or_a_warning(executed: Any) -> None:
    assert [
        (out.get("output_type"), out.get("name"))
        for cell in executed.cells
        if cell.cell_type == "code"
        for out in cell.outputs
        if out.get("output_type") == "error" or out.get("name") == "stderr"
    ] == []


def test_the_series_is_one_measure_of_the_seeds_and_the_wires(executed: Any, seed_claims) -> None:
    seeds = [
        [
            c.doc_id,
            c.value,
            c.unit,
            c.modality,
            c.period.start.isoformat(),
            c.period.end.isoformat(),
        ]
        for claims in seed_claims.values()
        for c in claims
        if c.category == "trade" and c.unit == "USD" and c.period is not None
    ]
    trade = _probe(executed)["trade"]
    assert (
        [row for row in trade if row[0] not in WIRES],
        sorted({row[0] for row in trade if row[0] in WIRES}),
        len(seeds) >= 2,
    ) == (seeds, WIRES, True)


def test_the_series_has_a_point_a_period_with_its_sources_and_its_conflict(executed: Any) -> None:
    probe = _probe(executed)
    seeded = {(row[4], row[5], row[3]): row[0] for row in probe["trade"] if row[0] not in WIRES}
    points = probe["points"]
    assert (
        [(p[0], p[1], p[2]) for p in points if not p[5]],
        [p[6] for p in points if p[5]],
        [p[4] for p in points if p[5]],
        [p[6] for p in points if not p[5]],
    ) == (sorted(seeded), [WIRES], [[107.0, 107.06, 110.0]], [[seeded[k]] for k in sorted(seeded)])


def test_the_plot_draws_each_point_over_its_period_in_its_style_and_conflicts_apart(
    executed: Any,
) -> None:
    probe = _probe(executed)
    drawn = [
        [line[4], line[5][0], line[1:4], line[0] == probe["conflict_colour"]]
        for line in probe["lines"]
    ]
    wanted = [[[p[0], p[1]], p[3], _STYLES[p[2]], p[5]] for p in probe["points"]]
    assert (drawn, {p[2] for p in probe["points"]} >= {"actual", "forecast"}) == (wanted, True)


def test_the_evidence_is_that_of_the_disputed_figure_and_of_one_figure_in_its_page(
    executed: Any,
) -> None:
    probe = _probe(executed)
    assert (probe["evidence"], probe["page"]) == (
        ["107 billion U.S. dollars", "$107.06bn", "$110bn"],
        ["31.2 billion U.S. dollars"],
    )
