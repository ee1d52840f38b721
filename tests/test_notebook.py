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
ENERGY = ("energy", "pipeline", "price")

# Reports, from the notebook's variables, the claims it plotted and the lines the figure holds.
_PROBE = """
import json
print(json.dumps({
    "plotted": [[c.category, c.modality, c.value, c.unit, c.period.start.isoformat(), c.period.end.isoformat()]
                for c in trade_energy.dated()],
    "lines": [[ax.get_ylabel(), line.get_linestyle(), line.get_marker(), line.get_fillstyle(),
               [x.isoformat() for x in line.get_xdata()], [float(y) for y in line.get_ydata()]]
              for ax in figure.axes for line in ax.get_lines()],
}))
"""

# How the plot must draw each modality: (line style, marker, fill)
_STYLES = {"actual": ["-", "o", "full"], "forecast": ["--", "o", "none"], "target": [":", "^", "none"]}


@pytest.fixture(scope="module")
def executed() -> Any:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(_PROBE, metadata={"tags": ["probe"]}))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
        client = nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                         resources={"metadata": {"path": str(NOTEBOOK.parent)}})
        client.execute()
    return notebook


def _outputs(notebook: Any, tag: str) -> list[Any]:
    return [out for cell in notebook.cells if tag in cell.metadata.get("tags", []) for out in cell.get("outputs", [])]


def _probe(notebook: Any) -> Any:
    return json.loads("".join(out["text"] for out in _outputs(notebook, "probe") if out.get("name") == "stdout"))


def test_notebook_is_stored_without_outputs() -> None:
    nbformat = pytest.importorskip("nbformat")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert ([c.outputs for c in code if c.outputs], [c.execution_count for c in code if c.execution_count]) == ([], [])


# (cell tag, output type, text that output must hold)
_SHOWN = [
    ("extract", "text/plain", "ClaimSet("),
    ("dataframe", "text/html", "<table"),
    ("plot", "image/png", ""),
    ("plotted", "text/html", "forecast"),
    ("timeseries", "text/html", "bn USD"),
    ("convert", "text/html", "mln t"),
    ("repeats", "text/html", "headline"),
    ("seed-conflicts", "text/plain", "Empty DataFrame"),
    ("conflicts", "text/html", "wire-ministry"),
    ("evidence", "text/html", '<mark class="sf-claim sf-actual"'),
    ("evidence-sentences", "text/html", '<mark class="sf-claim sf-forecast"'),
]


@pytest.mark.parametrize(("tag", "mime", "needle"), _SHOWN, ids=[s[0] for s in _SHOWN])
def test_cell_shows(executed: Any, tag: str, mime: str, needle: str) -> None:
    shown = [out["data"][mime] for out in _outputs(executed, tag) if mime in out.get("data", {})]
    assert [needle in text for text in shown] == [True]


def test_no_cell_wrote_an_error_or_a_warning(executed: Any) -> None:
    assert [(out.get("output_type"), out.get("name")) for cell in executed.cells if cell.cell_type == "code"
            for out in cell.outputs if out.get("output_type") == "error" or out.get("name") == "stderr"] == []


def test_plot_shows_the_seeds_trade_and_energy_figures_with_their_periods(executed: Any, seed_claims) -> None:  # type: ignore[no-untyped-def]
    expected = [[c.category, c.modality, c.value, c.unit, c.period.start.isoformat(), c.period.end.isoformat()]
                for claims in seed_claims.values() for c in claims
                if c.category in ("trade", *ENERGY) and c.period is not None and c.period.start is not None]
    plotted = _probe(executed)["plotted"]
    categories = {"trade" if row[0] == "trade" else "energy" for row in plotted}
    assert (plotted, categories) == (expected, {"trade", "energy"})


def test_plot_draws_each_figure_over_its_period_in_the_style_of_its_modality(executed: Any) -> None:
    probe = _probe(executed)
    drawn = sorted([line[4], line[5][0], line[1:4]] for line in probe["lines"])
    wanted = sorted([[row[4], row[5]], row[2], _STYLES[row[1]]] for row in probe["plotted"])
    assert (drawn, {row[1] for row in probe["plotted"]} >= {"actual", "forecast"}) == (wanted, True)
