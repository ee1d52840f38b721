"""ClaimSet: filters, exports and their round trips, building from folders and batch results."""

from __future__ import annotations

import csv
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from sinorus_facts.analysis.collection import (
    ClaimSet,
    PeriodQuery,
    collect,
    load_claims,
    period_range,
)
from sinorus_facts.errors import InputError, MissingExtraError
from sinorus_facts.outputs.export import CSV_COLUMNS, claim_row
from tests.claim_factory import make_claim

_TEXT = (
    "Trade between Russia and China hit $107bn in 2019, customs said, and oil shipments reached "
    "77 mln t, while Beijing aims for $200bn by 2024 and Rosneft expects 40 bcm of gas in 2025."
)
_CLAIMS = ClaimSet(
    [
        make_claim(
            _TEXT,
            "$107bn",
            value=107e9,
            unit="USD",
            category="trade",
            measure="Trade between Russia and China",
            entities=("Russia", "China"),
            period=("2019-01-01", "2019-12-31", "in 2019"),
        ),
        make_claim(
            _TEXT, "77 mln t", value=77e6, unit="t", category="energy", measure="oil shipments"
        ),
        make_claim(
            _TEXT,
            "$200bn",
            value=200e9,
            unit="USD",
            category="trade",
            modality="target",
            entities=("China",),
            period=("2024-01-01", "2024-12-31", "by 2024"),
        ),
        make_claim(
            _TEXT,
            "40 bcm",
            value=40e9,
            unit="m3",
            category="energy",
            modality="forecast",
            measure="gas",
            entities=("Rosneft",),
            period=("2025-01-01", "2025-12-31", "in 2025"),
        ),
    ]
)

# (id, filter arguments, the figures kept)
_FILTERS: list[tuple[str, dict[str, Any], list[str]]] = [
    ("category", {"category": "trade"}, ["$107bn", "$200bn"]),
    ("categories", {"category": ["energy", "politics"]}, ["77 mln t", "40 bcm"]),
    ("unit", {"unit": "USD"}, ["$107bn", "$200bn"]),
    ("modality", {"modality": ["forecast", "target"]}, ["$200bn", "40 bcm"]),
    ("entity-any-case", {"entity": "china"}, ["$107bn", "$200bn"]),
    ("entities", {"entity": ["Rosneft", "Russia"]}, ["$107bn", "40 bcm"]),
    ("measure-text", {"measure": "SHIPMENTS"}, ["77 mln t"]),
    ("period-year", {"period": "2019"}, ["$107bn"]),
    ("period-range", {"period": "2020/2024-06"}, ["$200bn"]),
    ("period-month", {"period": "2025-02"}, ["40 bcm"]),
    ("period-pair", {"period": (date(2018, 6, 1), "2024")}, ["$107bn", "$200bn"]),
    ("period-int", {"period": 2030}, []),
    (
        "all-conditions",
        {"category": "trade", "modality": "actual", "period": "2019-07-14"},
        ["$107bn"],
    ),
]


@pytest.mark.parametrize(
    ("arguments", "kept"), [f[1:] for f in _FILTERS], ids=[f[0] for f in _FILTERS]
)
def test_filter(arguments: dict[str, Any], kept: list[str]) -> None:
    assert [c.evidence.quantity for c in _CLAIMS.filter(**arguments)] == kept


# (query, first and last day)
_PERIODS: list[tuple[PeriodQuery, tuple[str, str]]] = [
    ("2018", ("2018-01-01", "2018-12-31")),
    ("2016-02", ("2016-02-01", "2016-02-29")),
    ("2018-04-30", ("2018-04-30", "2018-04-30")),
    ("2018-01 .. 2018-04", ("2018-01-01", "2018-04-30")),
    (("2017", "2018-06"), ("2017-01-01", "2018-06-30")),
    (2020, ("2020-01-01", "2020-12-31")),
]


@pytest.mark.parametrize(("query", "expected"), _PERIODS, ids=[str(p[0]) for p in _PERIODS])
def test_period_range(query: PeriodQuery, expected: tuple[str, str]) -> None:
    assert tuple(d.isoformat() for d in period_range(query)) == expected


@pytest.mark.parametrize("query", ["last year", "2018-13", "18/19"])
def test_period_query_that_cannot_be_read(query: str) -> None:
    with pytest.raises(InputError, match="cannot read the period"):
        period_range(query)


def test_sequence_behaviour() -> None:
    head = _CLAIMS[:2]
    assert (
        len(_CLAIMS),
        _CLAIMS[1].evidence.quantity,
        type(head).__name__,
        len(head + _CLAIMS[3:]),
        repr(_CLAIMS),
        _CLAIMS.dated() == [_CLAIMS[0], _CLAIMS[2], _CLAIMS[3]],
    ) == (4, "77 mln t", "ClaimSet", 3, "ClaimSet(4 claims from 1 documents)", True)


def test_jsonl_round_trip_of_the_seeds(seed_claims, tmp_path: Path) -> None:
    claims = ClaimSet(c for claims in seed_claims.values() for c in claims)
    count = claims.to_jsonl(tmp_path / "claims.jsonl")
    assert (count, load_claims(tmp_path / "claims.jsonl")) == (len(claims), claims)


def test_parquet_round_trip_of_the_seeds(seed_claims, tmp_path: Path) -> None:
    claims = ClaimSet(c for claims in seed_claims.values() for c in claims)
    count = claims.to_parquet(tmp_path / "claims.parquet")
    assert (count, ClaimSet.read(tmp_path / "claims.parquet")) == (len(claims), claims)


def test_parquet_round_trip_of_hand_made_claims(tmp_path: Path) -> None:
    _CLAIMS.to_parquet(tmp_path / "claims.parquet")
    assert load_claims(tmp_path / "claims.parquet") == _CLAIMS


def test_empty_set_round_trips(tmp_path: Path) -> None:
    ClaimSet().to_parquet(tmp_path / "none.parquet")
    ClaimSet().to_jsonl(tmp_path / "none.jsonl")
    assert (load_claims(tmp_path / "none.parquet"), load_claims(tmp_path / "none.jsonl")) == (
        ClaimSet(),
        ClaimSet(),
    )


def _as_csv_text(value: object) -> str:
    return "" if value is None else str(value)


def test_csv_rows_are_the_flat_rows(seed_claims, tmp_path: Path) -> None:
    claims = ClaimSet(seed_claims["002_f90369ab53388314.txt"])
    claims.to_csv(tmp_path / "claims.csv")
    with open(tmp_path / "claims.csv", encoding="utf-8", newline="") as rows:
        read = list(csv.DictReader(rows))
    assert read == [{k: _as_csv_text(v) for k, v in claim_row(c).items()} for c in claims]


def test_dataframe_has_the_csv_columns_and_dates(seed_claims) -> None:
    claims = ClaimSet(seed_claims["000_79b10f59d3d06036.txt"])
    frame = claims.to_pandas()
    first = claims[1]
    assert first.period is not None
    row = frame.iloc[1]
    assert (
        list(frame.columns),
        len(frame),
        frame["period_start"].dtype.kind,
        row["id"],
        float(row["value"]),
        row["period_start"].date(),
        row["period_end"].date(),
    ) == (
        list(CSV_COLUMNS),
        len(claims),
        "M",
        first.id,
        first.value,
        first.period.start,
        first.period.end,
    )


def test_a_folder_of_parts_reads_back_in_name_order(seed_claims, tmp_path: Path) -> None:
    claims = ClaimSet(c for claims in seed_claims.values() for c in claims)
    half = len(claims) // 2
    claims[half:].to_parquet(tmp_path / "part.1.parquet")
    claims[:half].to_jsonl(tmp_path / "part.0.jsonl")
    assert load_claims(tmp_path) == claims


def test_an_empty_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no \.jsonl or \.parquet files of claims in"):
        load_claims(tmp_path)


def test_jsonl_error_records_come_back_as_errors(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    _CLAIMS[:1].to_jsonl(path)
    with open(path, "a", encoding="utf-8") as out:
        out.write(
            '{"record": "error", "document": "bad.txt", "stage": "read", "reason": "empty file"}\n'
        )
    loaded = load_claims(path)
    assert (list(loaded), [e.document for e in loaded.errors]) == (list(_CLAIMS[:1]), ["bad.txt"])


# (file name, content, the error's message)
_BAD_FILES = [
    ("claims.jsonl", '{"id": "x"}\n', r"claims\.jsonl:1: not a claim record"),
    ("claims.jsonl", "not json\n", r"claims\.jsonl:1: not a claim record"),
    ("claims.xlsx", "", r"give a \.jsonl or \.parquet file"),
]


@pytest.mark.parametrize(
    ("name", "content", "message"), _BAD_FILES, ids=["not-a-claim", "not-json", "suffix"]
)
def test_bad_claim_files(tmp_path: Path, name: str, content: str, message: str) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_claims(tmp_path / name)


# (module hidden, the call, the message)
_EXTRAS = [
    ("pandas", lambda: _CLAIMS.to_pandas(), r"pip install 'sinorus-facts\[pandas\]'"),
    ("pyarrow", lambda: _CLAIMS.to_parquet("never.parquet"), r"needs the 'pyarrow' package"),
]


@pytest.mark.parametrize(("module", "call", "message"), _EXTRAS, ids=[e[0] for e in _EXTRAS])
def test_missing_extra_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, module: str, call: Any, message: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(MissingExtraError, match=message):
        call()


def test_collect_a_folder(nlp: Language, tmp_path: Path) -> None:
    (tmp_path / "wires").mkdir()
    (tmp_path / "wires" / "a.txt").write_text(
        "Russia's oil exports to China rose 7% in 2019.", encoding="utf-8"
    )
    (tmp_path / "wires" / "b.txt").write_text(
        "China bought 15.4 bcm of Russian gas in 2022.", encoding="utf-8"
    )
    (tmp_path / "wires" / "notes.md").write_text("Ignored: 5%.", encoding="utf-8")
    claims = collect(tmp_path / "wires", published="2023-01-10")
    assert [
        (c.doc_id, c.evidence.quantity, c.article.published if c.article else None) for c in claims
    ] == [("a.txt", "7%", date(2023, 1, 10)), ("b.txt", "15.4 bcm", date(2023, 1, 10))]


def test_collect_a_list_keeps_the_errors(nlp: Language) -> None:
    claims = collect(
        [
            {"id": "w1", "text": "Exports fell 3% in May.", "published": "2021-06-02"},
            {"id": "w2", "text": None},
        ]
    )
    assert (
        [(c.doc_id, c.value) for c in claims],
        [(e.document, e.stage) for e in claims.errors],
    ) == ([("w1", 3.0)], [("w2", "read")])


def test_from_results_of_extract_many(nlp: Language) -> None:
    import sinorus_facts

    results = list(sinorus_facts.extract_many(["Imports rose 4%.", "Exports fell 2%."]))
    assert ClaimSet.from_results(results) == [c for r in results for c in r.claims]


def test_collect_missing_folder() -> None:
    with pytest.raises(InputError, match="no such file or directory: 'no/such/folder'"):
        collect("no/such/folder")


def test_convert_a_set_leaving_out_other_units() -> None:
    converted = _CLAIMS.convert("bcm", drop=True)
    assert [(c.value, c.unit, c.evidence.quantity) for c in converted] == [(40.0, "bcm", "40 bcm")]


def test_convert_a_set_refuses_other_units() -> None:
    from sinorus_facts.analysis.convert import ConversionError

    with pytest.raises(
        ConversionError, match=r"cannot convert 'USD' \(currency:USD\) to 'bcm' \(volume\)"
    ):
        _CLAIMS.convert("bcm")
