"""The records that leave the library keep to the claims contract (CONTRACT.md)."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from sinorus_facts.models import Claim, Evidence

# Every field of CONTRACT.md with the JSON types it may take.
_CONTRACT = [
    ("id", {"string"}),
    ("doc_id", {"string"}),
    ("value", {"number"}),
    ("high", {"number", "null"}),
    ("unit", {"string", "null"}),
    ("bound", {"string"}),
    ("change", {"string", "null"}),
    ("from_value", {"number", "null"}),
    ("category", {"string"}),
    ("measure", {"string", "null"}),
    ("period", {"object", "null"}),
    ("modality", {"string"}),
    ("attribution", {"string", "null"}),
    ("evidence", {"object"}),
    ("article", {"object", "null"}),
    ("confidence", {"number"}),
]

_ENUMS = [
    ("bound", {"=", "~", ">", ">=", "<", "<="}),
    ("change", {"increase", "decrease", "from_to", "factor"}),
    ("modality", {"actual", "forecast", "target"}),
    (
        "category",
        {
            "trade",
            "energy",
            "pipeline",
            "investment",
            "finance",
            "price",
            "economy",
            "resources",
            "tourism",
            "demographics",
            "infrastructure",
            "geography",
            "military",
            "politics",
            "event",
            "other",
        },
    ),
]

_EVIDENCE_KEYS = [
    "sentence",
    "sentence_start",
    "sentence_end",
    "quantity",
    "quantity_start",
    "quantity_end",
]
_PERIOD_KEYS = ["start", "end", "text"]
_ARTICLE_KEYS = ["title", "published", "start", "end"]


def _types(schema: dict, prop: dict) -> set[str]:  # type: ignore[type-arg]
    if "$ref" in prop:
        return {"object"}
    if "anyOf" in prop:
        return set().union(*(_types(schema, p) for p in prop["anyOf"]))
    kind = prop.get("type")
    if kind == "integer":
        return {"number"}
    if kind is None and "enum" in prop:
        return {"string"}
    return {kind}


def _enum_values(schema: dict, prop: dict) -> set[str]:  # type: ignore[type-arg]
    found: set[str] = set()
    for option in prop.get("anyOf", [prop]):
        if "$ref" in option:
            option = schema["$defs"][option["$ref"].split("/")[-1]]
        found.update(option.get("enum", []))
    return found


@pytest.mark.parametrize(("name", "types"), _CONTRACT, ids=[n for n, _ in _CONTRACT])
def test_claim_schema_has_contract_field(name: str, types: set[str]) -> None:
    schema = Claim.model_json_schema()
    assert _types(schema, schema["properties"][name]) == types


@pytest.mark.parametrize(("name", "values"), _ENUMS, ids=[n for n, _ in _ENUMS])
def test_claim_schema_allows_exactly_the_contract_vocabulary(name: str, values: set[str]) -> None:
    schema = Claim.model_json_schema()
    assert _enum_values(schema, schema["properties"][name]) == values


@pytest.mark.parametrize(
    ("path", "keys"),
    [("evidence", _EVIDENCE_KEYS), ("period", _PERIOD_KEYS), ("article", _ARTICLE_KEYS)],
    ids=["evidence", "period", "article"],
)
def test_nested_records_carry_contract_keys(seed_claims, path: str, keys: list[str]) -> None:
    dumped = [c.model_dump(mode="json") for claims in seed_claims.values() for c in claims]
    with_part = next(d for d in dumped if d[path] is not None)
    assert [k for k in keys if k not in with_part[path]] == []


def test_claim_json_round_trips(seed_claims) -> None:
    claim = seed_claims["000_79b10f59d3d06036.txt"][1]
    again = Claim.model_validate(json.loads(json.dumps(claim.model_dump(mode="json"))))
    assert again == claim


def test_claims_are_frozen(seed_claims) -> None:
    claim = seed_claims["000_79b10f59d3d06036.txt"][0]
    with pytest.raises(ValidationError, match="frozen"):
        claim.value = 1.0  # type: ignore[misc]


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Evidence(
            sentence="s",
            sentence_start=0,
            sentence_end=1,
            quantity="s",
            quantity_start=0,
            quantity_end=1,
            colour="red",
        )  # type: ignore[call-arg]


def test_ids_are_stable_across_runs(seed_claims) -> None:
    from sinorus_facts import extract_file
    from tests.conftest import SEEDS

    again = extract_file(SEEDS / "000_79b10f59d3d06036.txt")
    assert [c.id for c in again] == [c.id for c in seed_claims["000_79b10f59d3d06036.txt"]]
