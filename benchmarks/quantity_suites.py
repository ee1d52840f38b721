"""The quantity layer on quantulum3's own English test cases, inside the domain of news.

quantulum3 ships its English test cases inside the installed package
(``quantulum3/_lang/en_US/tests/quantities.json`` and ``quantities.ambiguity.json``). This
script reads them from there at run time (nothing of them is copied into the repository),
keeps the cases whose every expected unit lies in the domain of news figures, and scores:

- **every value**: the share of cases (with at least one expected quantity) where each
  expected value is found among ours (one to one);
- **value+unit**: the same, with our unit equal to the expected one once mapped;
- **no spurious**: the share of cases expecting nothing where we find nothing.

The same is printed for quantulum3 itself, scored in its own unit names (the baseline).

The domain and the unit mapping are data: ``quantity_suites_units.json`` beside this file.
A case is in the domain when every expected unit has a mapping there (its dimension one of
``domain``); units listed with ``excluded`` (particle physics, radiation doses, angles,
astronomical time, kitchen measures, compound physics units, frequencies, binary prefixes)
put their case outside it, and the counts by reason are printed.

Conventions mapped here, not in the library: quantulum3 gives a range ("8 to 16 m") or a
change ("from 44 to 50") as its midpoint; ours are the low end with ``high`` (or the new
value with ``from_value``), so an expected value matches our value, our high end, our
starting value, or the midpoint of the two. A figure we read as a fall by its minus sign
("-$5 million": value 5e6, change "decrease", flag "signed") is negative, as in
``newsquant_vocabulary``. Cents and dimes are scaled into dollars (our
values are in the main unit), dozens into counts.

This is development data: the rules of the quantity layer were tuned while looking at its
failures, so its figure is no held-out measure.

    python benchmarks/quantity_suites.py [--errors] [--no-baseline]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MAPPING = HERE / "quantity_suites_units.json"
SUITE_FILES = ("quantities.json", "quantities.ambiguity.json")


def suite_dir() -> Path:
    """Where the installed quantulum3 keeps its English test cases."""
    import quantulum3

    return Path(quantulum3.__file__).resolve().parent / "_lang" / "en_US" / "tests"


@dataclass(frozen=True)
class Case:
    text: str
    expected: tuple[tuple[float, str], ...]  # (value, quantulum3 unit name)


def load_cases(folder: Path | None = None) -> list[Case]:
    folder = folder or suite_dir()
    cases = []
    for name in SUITE_FILES:
        for row in json.loads((folder / name).read_text(encoding="utf-8")):
            cases.append(
                Case(row["req"], tuple((float(r["value"]), r["unit"]) for r in row["res"]))
            )
    return cases


def load_mapping(path: Path = MAPPING) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def in_domain(case: Case, mapping: dict[str, Any]) -> tuple[bool, str]:
    """Whether every expected unit is inside the domain, and the reason when not."""
    units = mapping["units"]
    for _, unit in case.expected:
        entry = units.get(unit)
        if entry is None:
            return False, f"unmapped unit {unit!r}"
        if "excluded" in entry:
            return False, entry["excluded"]
        if entry["dimension"] not in mapping["domain"]:
            return False, f"dimension {entry['dimension']}"
    return True, ""


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _our_values(m: Any) -> list[float]:
    """The values one mention of ours may stand for in quantulum3's terms."""
    sign = -1 if "signed" in m.flags and m.change == "decrease" else 1  # "-$5m": a signed fall
    values = [sign * float(m.value)]
    other = m.high if m.high is not None else m.from_value
    if other is not None:
        values += [sign * float(other), sign * (float(m.value) + float(other)) / 2]
    return values


def _unit_ok(m: Any, entry: dict[str, Any]) -> bool:
    wanted = entry["unit"] if isinstance(entry["unit"], list) else [entry["unit"]]
    if m.unit not in wanted:
        return False
    return (entry.get("per") or None) == (m.per or None) or ("per" not in entry and m.per is None)


def ours_found(case: Case, mentions: list[Any], mapping: dict[str, Any], with_unit: bool) -> bool:
    free = list(mentions)
    for value, unit in case.expected:
        entry = mapping["units"][unit]
        target = value * entry.get("scale", 1)
        for m in free:
            if any(_close(v, target) for v in _our_values(m)) and (
                not with_unit or _unit_ok(m, entry)
            ):
                free.remove(m)
                break
        else:
            return False
    return True


def theirs_found(case: Case, quantities: list[Any], with_unit: bool) -> bool:
    free = list(quantities)
    for value, unit in case.expected:
        for q in free:
            if _close(float(q.value), value) and (not with_unit or q.unit.name == unit):
                free.remove(q)
                break
        else:
            return False
    return True


def _rates(results: Iterable[tuple[bool, bool]]) -> tuple[float, float]:
    results = list(results)
    n = len(results) or 1
    return sum(v for v, _ in results) / n, sum(u for _, u in results) / n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--suite",
        type=Path,
        default=None,
        help="folder of the test files (default: the installed quantulum3's)",
    )
    parser.add_argument("--errors", action="store_true", help="print the in-domain cases we miss")
    parser.add_argument("--no-baseline", action="store_true", help="do not run quantulum3 itself")
    args = parser.parse_args(argv)

    from sinorus_facts.quantities.reader import read_quantities

    mapping = load_mapping()
    cases = load_cases(args.suite)
    kept, reasons = [], Counter()
    for case in cases:
        ok, why = in_domain(case, mapping)
        if ok:
            kept.append(case)
        else:
            reasons[why] += 1
    with_values = [c for c in kept if c.expected]
    empty = [c for c in kept if not c.expected]
    found = list(read_quantities(c.text for c in kept))
    by_text = {c.text: f for c, f in zip(kept, found, strict=True)}
    ours = [
        (
            ours_found(c, by_text[c.text], mapping, False),
            ours_found(c, by_text[c.text], mapping, True),
        )
        for c in with_values
    ]
    value_rate, unit_rate = _rates(ours)
    clean = sum(not by_text[c.text] for c in empty)

    print(
        f"cases: {len(cases)} in the suite, {len(kept)} in the domain ({len(with_values)} with quantities, {len(empty)} expecting none)"
    )
    for why, n in reasons.most_common():
        print(f"  excluded {n:3d}: {why}")
    print(
        f"sinorus-facts  every value {value_rate:.3f}  value+unit {unit_rate:.3f}  no spurious {clean}/{len(empty)}"
    )
    if not args.no_baseline:
        from quantulum3 import parser as q3

        theirs = []
        clean3 = 0
        for c in kept:
            parsed = q3.parse(c.text)
            if c.expected:
                theirs.append((theirs_found(c, parsed, False), theirs_found(c, parsed, True)))
            else:
                clean3 += not parsed
        v3, u3 = _rates(theirs)
        print(
            f"quantulum3     every value {v3:.3f}  value+unit {u3:.3f}  no spurious {clean3}/{len(empty)}"
        )
    if args.errors:
        for c, (v, u) in zip(with_values, ours, strict=True):
            if not (v and u):
                got = [
                    (m.text, str(m.value), m.high and str(m.high), m.unit, m.per)
                    for m in by_text[c.text]
                ]
                print(
                    f"\n{'VALUE' if not v else 'UNIT '} {c.text}\n  expected {list(c.expected)}\n  ours     {got}"
                )
        for c in empty:
            if by_text[c.text]:
                print(f"\nSPURIOUS {c.text}\n  ours {[m.text for m in by_text[c.text]]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
