"""The fallback unit lexicon is what tools/build_fallback_units.py makes of quantulum3's
database, and the finder reads units through it without building quantulum3's table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sinorus_facts.quantities.finder import find_quantities
from sinorus_facts.quantities.units import quantulum_surfaces

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools"


def _same_quantulum() -> None:
    """Skip unless the installed quantulum3 is the one the lexicon was built from (its notes
    say which): another version may list its units otherwise, which the tool then fixes."""
    from importlib.metadata import version

    from sinorus_facts.lexicons import load_lexicon

    if f"from quantulum3 {version('quantulum3')}:" not in load_lexicon("fallback_units").notes:
        pytest.skip(
            f"quantulum3 {version('quantulum3')} is not the version the lexicon was built from"
        )


@pytest.fixture(scope="module")
def generated() -> dict[str, str]:
    _same_quantulum()
    sys.path.insert(0, str(TOOLS))
    try:
        from build_fallback_units import fallback_table
    finally:
        sys.path.remove(str(TOOLS))
    table: dict[str, str] = fallback_table()
    return table


def test_committed_lexicon_matches_the_generator_for_a_sample(generated: dict[str, str]) -> None:
    committed = quantulum_surfaces()
    sample = sorted(generated)[::17]
    assert (len(committed), {s: committed.get(s) for s in sample}) == (
        len(generated),
        {s: generated[s] for s in sample},
    )


def test_committed_lexicon_is_current_as_the_tool_checks_it() -> None:
    _same_quantulum()
    done = subprocess.run(
        [sys.executable, str(TOOLS / "build_fallback_units.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=300,
    )
    assert (done.returncode, done.stdout.strip().endswith("is current")) == (0, True)


FALLBACK_UNITS = [
    ("A field of 5 teslas was used in the scanner.", [("5", "tesla", "5 teslas")]),
    ("The load reached 40 kilonewtons on the axle.", [("40", "kilonewton", "40 kilonewtons")]),
    ("Workers took 3 sieverts in total, the agency said.", [("3", "sievert", "3 sieverts")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), FALLBACK_UNITS, ids=["tesla", "kilonewton", "sievert"]
)
def test_a_unit_word_the_lexicon_lacks_comes_from_the_fallback(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(str(q.value), q.unit, q.text) for q in find_quantities(text)] == expected
