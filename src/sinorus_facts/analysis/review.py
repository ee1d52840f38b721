"""A reviewer's decisions, as the review page exports them (``sinorus-facts review``,
:mod:`sinorus_facts.views.review_corpus`), applied to claims (:func:`apply_review`) and
turned into a gold file that ``../shared/eval/score.py`` reads (:func:`review_to_gold`,
``sinorus-facts review-to-gold``).

A decision is one JSON line: ``action`` ``accept`` (the claim is right), ``reject`` (it
is no claim: the text asserts no such figure), ``edit`` (``fields`` holds the fields the
reviewer replaced) or ``promote`` (a number the library read and made no claim of is a
claim: ``fields`` holds all its fields); ``doc_id``, ``claim_id`` (null for a promoted
number), the figure's words and offsets (``quantity``, ``start``, ``end``), ``claim`` the
claim as the page showed it, and for a promoted number its sentence and why the library
had left it out (``reason``, ``rule``). A period is written as the gold writes it
(``2018``, ``2018-04``, ``2018-01/2018-04``). Where one claim has several decisions the
last one holds.

>>> row = {"action": "reject", "doc_id": "a", "claim_id": "c-1", "quantity": "2", "start": 0, "end": 1}
>>> [d.action for d in read_decisions([row])]
['reject']
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Union

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from sinorus_facts.analysis.collection import ClaimSet, period_range
from sinorus_facts.common.ids import claim_id
from sinorus_facts.errors import InputError, InputNotFoundError
from sinorus_facts.models import Article, Claim, Evidence, Period
from sinorus_facts.views.formats import period_code

__all__ = [
    "CORE_CATEGORIES",
    "EDITABLE_FIELDS",
    "GoldFile",
    "ReviewDecision",
    "apply_review",
    "gold_rows",
    "read_decisions",
    "review_to_gold",
]

# The fields a reviewer may replace (the page's edit form), in the order the page shows them.
EDITABLE_FIELDS = (
    "value",
    "high",
    "unit",
    "bound",
    "change",
    "from_value",
    "category",
    "measure",
    "period",
    "modality",
    "attribution",
)
# The categories the annotation guidelines call central (gold rows' ``core``).
CORE_CATEGORIES = frozenset(
    {
        "trade",
        "energy",
        "pipeline",
        "investment",
        "finance",
        "price",
        "resources",
        "tourism",
        "economy",
    }
)

Action = Literal["accept", "reject", "edit", "promote"]


class ReviewDecision(BaseModel):
    """One decision of a reviewer on one claim or one number not made a claim."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    record: Literal["review"] = "review"
    action: Action
    doc_id: str
    claim_id: str | None = None
    quantity: str
    start: int
    end: int
    fields: dict[str, Any] = {}
    claim: Claim | None = None
    sentence: str | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None
    reason: str | None = None
    rule: str | None = None
    time: str | None = None

    @model_validator(mode="after")
    def _complete(self) -> ReviewDecision:
        unknown = sorted(set(self.fields) - set(EDITABLE_FIELDS))
        if unknown:
            raise ValueError(f"fields that cannot be edited: {', '.join(unknown)}")
        if self.action == "promote":
            if self.fields.get("value") is None:
                raise ValueError("a promoted number needs a value in 'fields'")
        elif self.claim_id is None:
            raise ValueError(f"an '{self.action}' decision needs the claim_id it is about")
        return self

    @property
    def key(self) -> str:
        """What the decision is about: a claim's id, or a promoted number's place."""
        if self.claim_id is not None:
            return self.claim_id
        return f"promote:{self.doc_id}:{self.start}:{self.end}"


# What decisions may be given as: the JSONL file the page exports, or its records.
DecisionSource = Union[str, os.PathLike[str], Iterable[Union[ReviewDecision, Mapping[str, Any]]]]  # noqa: UP007


def _lines(path: Path) -> Iterator[tuple[str, object]]:
    if not path.is_file():
        raise InputNotFoundError(f"no such file: '{path}'")
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    yield f"{path}:{number}", json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{number}: not JSON ({exc})") from exc


def read_decisions(source: DecisionSource) -> list[ReviewDecision]:
    """The decisions of a JSONL file (exported by the review page), or of records or
    dicts given, the last one for each claim or number (in the order of their first).

    >>> read_decisions([{"action": "edit", "doc_id": "a", "claim_id": "c-1", "quantity": "2",
    ...                  "start": 0, "end": 1, "fields": {"colour": "red"}}])
    Traceback (most recent call last):
    ...
    sinorus_facts.errors.InputError: decision 1: fields that cannot be edited: colour
    """
    if isinstance(source, (str, os.PathLike)):
        rows: Iterable[tuple[str, object]] = _lines(Path(source))
    else:
        rows = ((f"decision {n}", item) for n, item in enumerate(source, 1))
    last: dict[str, ReviewDecision] = {}
    for where, item in rows:
        if isinstance(item, ReviewDecision):
            decision = item
        else:
            try:
                decision = ReviewDecision.model_validate(item)
            except ValidationError as exc:
                reasons = "; ".join(
                    f"{'.'.join(str(p) for p in e['loc']) + ': ' if e['loc'] else ''}"
                    f"{e['msg'].removeprefix('Value error, ')}"
                    for e in exc.errors()
                )
                raise InputError(f"{where}: {reasons}") from None
        last[decision.key] = decision
    return list(last.values())


def _period(value: object) -> Period | None:
    """A period as the reviewer wrote it: the gold's ``2018-01/2018-04``, or a period
    record; None for none."""
    if value is None or value == "":
        return None
    if isinstance(value, Period):
        return value
    if isinstance(value, Mapping):
        return Period.model_validate(value)
    text = str(value).strip()
    start, end = period_range(text)
    parts = text.split("/")
    grain: Literal["day", "month", "year", "range"] = (
        "range" if len(parts) > 1 else ("year", "month", "day")[len(text.split("-")) - 1]
    )
    return Period(start=start, end=end, granularity=grain)


def _values(fields: Mapping[str, Any]) -> dict[str, Any]:
    values = {k: v for k, v in fields.items() if k in EDITABLE_FIELDS}
    if "period" in values:
        values["period"] = _period(values["period"])
    for name in ("unit", "measure", "attribution", "change"):
        if name in values and values[name] == "":
            values[name] = None
    if "attribution" in values:  # the source's words no longer name it
        values |= {"attribution_start": None, "attribution_end": None, "attribution_origin": None}
    return values


def _edited(claim: Claim, decision: ReviewDecision) -> Claim:
    """``claim`` with the fields the reviewer replaced; the evidence of those fields goes
    (the words no longer decided them)."""
    try:
        values = _values(decision.fields)
        evidence = claim.evidence.model_copy(
            update={"fields": tuple(f for f in claim.evidence.fields if f.field not in values)}
        )
        return Claim.model_validate(claim.model_dump() | values | {"evidence": evidence})
    except (ValidationError, InputError) as exc:
        raise InputError(f"the edit of claim {claim.id}: {exc}") from None


def _article(claims: Iterable[Claim], doc_id: str, at: int) -> Article | None:
    for claim in claims:
        article = claim.article
        if claim.doc_id == doc_id and article is not None and article.start <= at < article.end:
            return article
    return None


def _promoted(decision: ReviewDecision, article: Article | None) -> Claim:
    """The claim a reviewer made of a number the library had left out (confidence 1.0:
    a person read it)."""
    try:
        values = _values(decision.fields)
        start, end = decision.start, decision.end
        evidence = Evidence(
            sentence=decision.sentence if decision.sentence is not None else decision.quantity,
            sentence_start=decision.sentence_start
            if decision.sentence_start is not None
            else start,
            sentence_end=decision.sentence_end if decision.sentence_end is not None else end,
            quantity=decision.quantity,
            quantity_start=start,
            quantity_end=end,
        )
        return Claim.model_validate(
            {
                "id": claim_id(decision.doc_id, start, end, float(values["value"])),
                "doc_id": decision.doc_id,
                "evidence": evidence,
                "confidence": 1.0,
                "article": article,
            }
            | values
        )
    except (ValidationError, InputError, TypeError, ValueError) as exc:
        raise InputError(
            f"the number promoted at {decision.doc_id}:{decision.start}: {exc}"
        ) from None


def apply_review(claims: Iterable[Claim], decisions: DecisionSource) -> ClaimSet:
    """The claims as a reviewer corrected them: accepted ones kept, rejected ones dropped,
    edited fields replaced, promoted numbers added as claims (in their document, in text
    order; confidence 1.0); claims without a decision kept as they are. ``decisions`` is
    the JSONL file the review page exports, or its records.

    >>> import sinorus_facts
    >>> claims = sinorus_facts.extract("Exports rose 5% to $3 billion, the ministry said.", doc_id="memo")
    >>> five, three = claims
    >>> decisions = [
    ...     {"action": "reject", "doc_id": "memo", "claim_id": five.id, "quantity": "5%",
    ...      "start": 13, "end": 15},
    ...     {"action": "edit", "doc_id": "memo", "claim_id": three.id, "quantity": "$3 billion",
    ...      "start": 19, "end": 29, "fields": {"period": "2018", "attribution": "customs"}}]
    >>> [(c.value, c.period.start.isoformat(), c.attribution)
    ...  for c in sinorus_facts.apply_review(claims, decisions)]
    [(3000000000.0, '2018-01-01', 'customs')]
    """
    given = list(claims)
    decided = read_decisions(decisions)
    by_key = {d.key: d for d in decided}
    out: list[Claim] = []
    for claim in given:
        decision = by_key.get(claim.id)
        if decision is None or decision.action == "accept":
            out.append(claim)
        elif decision.action == "edit":
            out.append(_edited(claim, decision))
        elif decision.action == "promote":
            out.append(claim)
    for decision in sorted(
        (d for d in decided if d.action == "promote"), key=lambda d: (d.start, d.end)
    ):
        made = _promoted(decision, _article(given, decision.doc_id, decision.start))
        if any(c.id == made.id for c in out):
            continue
        mine = [n for n, c in enumerate(out) if c.doc_id == made.doc_id]
        later = [n for n in mine if out[n].evidence.quantity_start > made.evidence.quantity_start]
        at = later[0] if later else (mine[-1] + 1 if mine else len(out))
        out.insert(at, made)
    errors = claims.errors if isinstance(claims, ClaimSet) else ()
    return ClaimSet(out, errors=errors)


def gold_rows(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """Gold claim rows (the format of ``../shared/gold/*/gold.jsonl``) of claims taken as right.

    >>> import sinorus_facts
    >>> [(r["quote"], r["value"], r["period"], r["core"]) for r in gold_rows(
    ...     sinorus_facts.extract("Exports rose to $3 billion in 2017.", published="2018-01-10"))]
    [('$3 billion', 3000000000.0, '2017', True)]
    """
    return [
        {
            "kind": "claim",
            "doc": c.doc_id,
            "quote": c.evidence.quantity,
            "start": c.evidence.quantity_start,
            "end": c.evidence.quantity_end,
            "value": c.value,
            "high": c.high,
            "unit": c.unit,
            "bound": c.bound,
            "change": c.change,
            "from_value": c.from_value,
            "category": c.category,
            "period": period_code(c.period),
            "modality": c.modality,
            "attribution": c.attribution,
            "core": c.category in CORE_CATEGORIES,
        }
        for c in claims
    ]


@dataclass
class GoldFile:
    """What :func:`review_to_gold` made: the gold rows, and what they count."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    documents: int = 0
    undecided: int = 0

    def count(self, kind: str) -> int:
        """The rows of one kind: ``claim``, ``negative`` or ``article``."""
        return sum(1 for r in self.rows if r["kind"] == kind)

    def summary(self) -> str:
        """One line: what was written, and what was left out."""
        left = f"; {self.undecided} claims without a decision left out" if self.undecided else ""
        return (
            f"{self.count('claim')} claims, {self.count('negative')} negatives, "
            f"{self.count('article')} articles of {self.documents} documents{left}"
        )

    def write(self, path: str | os.PathLike[str]) -> int:
        """Write the rows as JSONL; the number written."""
        with open(path, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in self.rows)
        return len(self.rows)


_KIND_ORDER = {"article": 0, "claim": 1, "negative": 2}


def review_to_gold(
    decisions: DecisionSource,
    claims: Iterable[Claim] | None = None,
    *,
    keep_undecided: bool = False,
) -> GoldFile:
    """A gold file of the documents a reviewer worked on (those with at least one
    decision): accepted, edited and promoted claims as ``claim`` rows, rejected claims as
    ``negative`` rows (the text asserts no such figure), the articles' titles as
    ``article`` rows. Decisions carry the claims they are about; ``claims`` (those the page
    was made of) stands for the claims a decision does not carry, and with
    ``keep_undecided`` the claims of those documents without a decision count as right.

    >>> import sinorus_facts
    >>> claims = sinorus_facts.extract("Exports rose 5% to $3 billion.", doc_id="memo")
    >>> gold = review_to_gold([{"action": "reject", "doc_id": "memo", "claim_id": claims[0].id,
    ...     "quantity": "5%", "start": 13, "end": 15}], claims, keep_undecided=True)
    >>> [(r["kind"], r["quote"]) for r in gold.rows], gold.summary()
    ([('negative', '5%'), ('claim', '$3 billion')], '1 claims, 1 negatives, 0 articles of 1 documents')
    """
    decided = read_decisions(decisions)
    given = list(claims) if claims is not None else []
    known = {c.id for c in given}
    reviewed: dict[str, None] = {}
    for claim in given:
        if any(d.doc_id == claim.doc_id for d in decided):
            reviewed.setdefault(claim.doc_id)
    for decision in decided:
        reviewed.setdefault(decision.doc_id)
    base = [c for c in given if c.doc_id in reviewed]
    base += [d.claim for d in decided if d.claim is not None and d.claim.id not in known]
    missing = [
        d
        for d in decided
        if d.action in ("accept", "edit") and all(c.id != d.claim_id for c in base)
    ]
    if missing:
        raise InputError(
            f"{len(missing)} decisions are about claims neither they nor --claims carry "
            f"(first: {missing[0].claim_id} in {missing[0].doc_id}); give the claims the page was made of"
        )
    keys = {d.key for d in decided}
    undecided = [c for c in base if c.id not in keys]
    if not keep_undecided:
        base = [c for c in base if c.id in keys]
    corrected = apply_review(base, decided)
    rows: list[dict[str, Any]] = gold_rows(corrected)
    rows += [
        {"kind": "negative", "doc": d.doc_id, "quote": d.quantity, "start": d.start, "end": d.end}
        for d in decided
        if d.action == "reject"
    ]
    seen: set[tuple[str, int]] = set()
    for claim in [*base, *(d.claim for d in decided if d.claim is not None)]:
        article = claim.article
        if article is None or article.title is None or article.title_start is None:
            continue
        if (claim.doc_id, article.title_start) in seen:
            continue
        seen.add((claim.doc_id, article.title_start))
        rows.append(
            {
                "kind": "article",
                "doc": claim.doc_id,
                "quote": article.title,
                "start": article.title_start,
                "end": article.title_end,
                "published": article.published.isoformat() if article.published else None,
            }
        )
    order = {doc: n for n, doc in enumerate(reviewed)}
    rows.sort(key=lambda r: (order.get(r["doc"], len(order)), r["start"], _KIND_ORDER[r["kind"]]))
    return GoldFile(
        rows, documents=len(reviewed), undecided=0 if keep_undecided else len(undecided)
    )
