"""The review tool (issue 27): ``sinorus-facts review PATH... --html`` writes one offline page
for a corpus; a reviewer's decisions, exported as JSONL, come back through
``apply_review`` and ``sinorus-facts review-to-gold`` (a gold file that
``../shared/eval/score.py`` reads). Checked on documents and claims made by hand (with
field evidence and rejected numbers, which the pipeline does not fill yet), and driven
with the keyboard in headless Chromium through Selenium (marked slow; skipped, saying why,
where the browser or its driver cannot be started)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import sinorus_facts
from sinorus_facts.analysis.review import read_decisions, review_to_gold
from sinorus_facts.cli.commands import main
from sinorus_facts.errors import InputError
from sinorus_facts.models import (
    Article,
    Claim,
    Document,
    FieldEvidence,
    RejectedNumber,
    Sentence,
)
from sinorus_facts.views.formats import period_code
from sinorus_facts.views.review_corpus import ReviewDocument, corpus_review_page, page_data
from tests.claim_factory import make_claim
from tests.conftest import SEEDS, SHARED

# -- two documents of our own, with claims that carry field evidence ---------------------------

TEXT_A = (
    "Trade hits a record\n\nMay 31, 2018\n\n"
    "Trade between the two countries grew by more than 12 percent to $120bn in 2021, Li Wei said. "
    "Both sides expect it to reach $200bn next year.\nSubscribe"
)
TEXT_B = (
    "Gas deliveries rose 9.6% to 38 bcm, Gazprom said on Monday. "
    "Some 300 engineers worked on the line in 2020.\n"
)


def _at(text: str, words: str, after: str = "") -> tuple[int, int]:
    start = text.index(words, text.index(after) if after else 0)
    return start, start + len(words)


def _field(text: str, name: str, words: str, rule: str, after: str = "") -> FieldEvidence:
    start, end = _at(text, words, after)
    return FieldEvidence(field=name, start=start, end=end, text=words, rule=rule)


def _sentences(text: str, *sentences: str) -> tuple[Sentence, ...]:
    return tuple(
        Sentence(start=text.index(s), end=text.index(s) + len(s), paragraph=0) for s in sentences
    )


SENTENCE_A = (
    "Trade between the two countries grew by more than 12 percent to $120bn in 2021, Li Wei said."
)
SENTENCE_B = "Some 300 engineers worked on the line in 2020."


TITLE_A = Article(
    title="Trade hits a record",
    published=date(2018, 5, 31),
    start=0,
    end=len(TEXT_A),
    title_start=0,
    title_end=19,
)
DOC_A = Document(
    doc_id="wire-a.txt",
    text=TEXT_A,
    articles=(TITLE_A,),
    sentences=_sentences(
        TEXT_A,
        "Trade hits a record",
        "May 31, 2018",
        SENTENCE_A,
        "Both sides expect it to reach $200bn next year.",
        "Subscribe",
    ),
    boilerplate=((TEXT_A.index("Subscribe"), len(TEXT_A)),),
)
DOC_B = Document(
    doc_id="wire-b.txt",
    text=TEXT_B,
    sentences=_sentences(
        TEXT_B, "Gas deliveries rose 9.6% to 38 bcm, Gazprom said on Monday.", SENTENCE_B
    ),
)


def _with_fields(claim: Claim, *fields: FieldEvidence) -> Claim:
    return claim.model_copy(
        update={"evidence": claim.evidence.model_copy(update={"fields": fields})}
    )


def _spoken(text: str, name: str) -> dict[str, Any]:
    start, end = _at(text, name)
    return {"attribution": name, "attribution_start": start, "attribution_end": end}


def _claims() -> list[Claim]:
    a, b = "wire-a.txt", "wire-b.txt"
    return [
        _with_fields(
            make_claim(
                TEXT_A,
                "12 percent",
                doc_id=a,
                value=12.0,
                unit="%",
                bound=">",
                change="increase",
                category="trade",
                period=("2021-01-01", "2021-12-31", "in 2021"),
                article=TITLE_A,
                **_spoken(TEXT_A, "Li Wei"),
            ),
            _field(TEXT_A, "bound", "more than", "bounds.more_than"),
            _field(TEXT_A, "change", "grew by", "changes.grew_by"),
            _field(TEXT_A, "category", "Trade", "categories.trade", after="2018"),
        ),
        make_claim(
            TEXT_A,
            "$120bn",
            doc_id=a,
            value=120e9,
            unit="USD",
            category="trade",
            period=("2021-01-01", "2021-12-31", "in 2021"),
            article=TITLE_A,
            **_spoken(TEXT_A, "Li Wei"),
        ),
        _with_fields(
            make_claim(
                TEXT_A,
                "$200bn",
                doc_id=a,
                value=200e9,
                unit="USD",
                category="trade",
                modality="forecast",
                confidence=0.6,
                period=("2019-01-01", "2019-12-31", "next year"),
                article=TITLE_A,
            ),
            _field(TEXT_A, "modality", "expect", "modality.expect"),
        ),
        make_claim(
            TEXT_B,
            "9.6%",
            doc_id=b,
            value=9.6,
            unit="%",
            change="increase",
            category="energy",
            **_spoken(TEXT_B, "Gazprom"),
        ),
        make_claim(
            TEXT_B,
            "38 bcm",
            doc_id=b,
            value=38e9,
            unit="m3",
            category="energy",
            confidence=0.7,
            period=("2019-06-03", "2019-06-03", "on Monday"),
            **_spoken(TEXT_B, "Gazprom"),
        ),
    ]


def _rejected() -> list[RejectedNumber]:
    def number(doc: Document, words: str, reason: str, rule: str) -> RejectedNumber:
        start, end = _at(doc.text, words)
        return RejectedNumber(
            doc_id=doc.doc_id, text=words, start=start, end=end, reason=reason, rule=rule
        )

    return [
        number(DOC_A, "May 31, 2018", "date", "dates.dateline"),
        number(DOC_A, "two", "incidental_count", "worthiness.incidental_count"),
        number(DOC_B, "300", "incidental_count", "worthiness.incidental_count"),
    ]


def _items() -> list[ReviewDocument]:
    claims, rejected = _claims(), _rejected()
    return [
        ReviewDocument(
            doc.doc_id,
            doc,
            tuple(c for c in claims if c.doc_id == doc.doc_id),
            tuple(r for r in rejected if r.doc_id == doc.doc_id),
        )
        for doc in (DOC_A, DOC_B)
    ]


def _embedded(page: str) -> dict[str, Any]:
    found = re.search(
        r'<script type="application/json" id="rv-data">(.*?)</script>', page, re.DOTALL
    )
    assert found is not None
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def _summary(data: dict[str, Any]) -> list[tuple[str, str, list[str], list[tuple[str, int, int]]]]:
    return [
        (
            d["id"],
            d["title"],
            [c["claim"]["evidence"]["quantity"] for c in d["claims"]],
            [(r["text"], r["sentence_start"], r["sentence_end"]) for r in d["rejected"]],
        )
        for d in data["documents"]
    ]


# -- the page, read without a browser --------------------------------------------------------


def test_page_carries_documents_claims_and_rejected_numbers() -> None:
    first, dated, some = TEXT_A.index(SENTENCE_A), TEXT_A.index("May 31"), TEXT_B.index("Some")
    assert _summary(_embedded(corpus_review_page(_items()))) == [
        (
            "wire-a.txt",
            "Trade hits a record",
            ["12 percent", "$120bn", "$200bn"],
            [("May 31, 2018", dated, dated + 12), ("two", first, first + len(SENTENCE_A))],
        ),
        ("wire-b.txt", "wire-b.txt", ["9.6%", "38 bcm"], [("300", some, some + len(SENTENCE_B))]),
    ]


def test_claims_and_numbers_that_do_not_fit_the_text_are_left_out() -> None:
    moved = make_claim(TEXT_A.replace("$120bn", "$1.2bn"), "$1.2bn", doc_id="wire-a.txt")
    other = make_claim(TEXT_A, "$120bn", doc_id="wire-b.txt")
    wrong = RejectedNumber(
        doc_id="wire-a.txt", text="77", start=0, end=2, reason="date", rule="dates.year"
    )
    item = ReviewDocument("wire-a.txt", DOC_A, (moved, other), (wrong,))
    assert _summary(page_data([item])) == [("wire-a.txt", "Trade hits a record", [], [])]


def test_page_is_one_file_that_needs_no_network() -> None:
    hostile = Document(doc_id="x.txt", text="Trade rose 5%. </script><script>alert(1)</script>")
    page = corpus_review_page([*_items(), ReviewDocument("x.txt", hostile)])
    outside = re.sub(r'<script type="application/json".*?</script>', "", page, flags=re.DOTALL)
    assert (
        [n for n in ("http://", "https://", "src=", "<link", "@import", "url(") if n in outside],
        page.count("<script"),
        _embedded(page)["documents"][2]["text"],
    ) == ([], 2, hostile.text)


def test_corpus_key_follows_the_texts() -> None:
    key = page_data(_items())["corpus"]
    changed = [ReviewDocument("wire-a.txt", DOC_A.model_copy(update={"text": TEXT_A + " "}))]
    assert (page_data(_items())["corpus"] == key, page_data(changed)["corpus"] == key) == (
        True,
        False,
    )


# -- apply_review and review-to-gold, on decisions written by hand ------------------------------


def _decision(action: str, quantity: str, doc: str = "wire-a.txt", **extra: Any) -> dict[str, Any]:
    text = TEXT_A if doc == "wire-a.txt" else TEXT_B
    start, end = _at(text, quantity)
    row: dict[str, Any] = {"action": action, "doc_id": doc, "quantity": quantity}
    row |= {"start": start, "end": end}
    if action != "promote":
        row["claim_id"] = f"c-{doc}-{start}"
    return row | extra


def _shown(claims: Any) -> list[tuple[str, str, float, str | None, str, str | None, str | None]]:
    return [
        (
            c.doc_id,
            c.evidence.quantity,
            c.value,
            c.unit,
            c.modality,
            period_code(c.period),
            c.attribution,
        )
        for c in claims
    ]


_ORIGINAL = [
    ("wire-a.txt", "12 percent", 12.0, "%", "actual", "2021", "Li Wei"),
    ("wire-a.txt", "$120bn", 120e9, "USD", "actual", "2021", "Li Wei"),
    ("wire-a.txt", "$200bn", 200e9, "USD", "forecast", "2019", None),
    ("wire-b.txt", "9.6%", 9.6, "%", "actual", None, "Gazprom"),
    ("wire-b.txt", "38 bcm", 38e9, "m3", "actual", "2019-06-03", "Gazprom"),
]
_PROMOTED = {
    "value": 300,
    "unit": "person",
    "category": "energy",
    "period": "2020",
}
_SENTENCE_B = {
    "sentence": SENTENCE_B,
    "sentence_start": TEXT_B.index(SENTENCE_B),
    "sentence_end": TEXT_B.index(SENTENCE_B) + len(SENTENCE_B),
}

# (id, decisions, the claims after them)
_APPLIED = [
    ("none-all-kept", [], _ORIGINAL),
    (
        "accept-keeps-reject-drops",
        [_decision("accept", "12 percent"), _decision("reject", "$120bn")],
        [_ORIGINAL[0], *_ORIGINAL[2:]],
    ),
    (
        "edit-replaces-fields",
        [_decision("edit", "$200bn", fields={"modality": "target", "period": "2022-01/2022-06"})],
        [
            *_ORIGINAL[:2],
            ("wire-a.txt", "$200bn", 200e9, "USD", "target", "2022-01/2022-06", None),
            *_ORIGINAL[3:],
        ],
    ),
    (
        "edit-source-and-no-period",
        [_decision("edit", "38 bcm", "wire-b.txt", fields={"attribution": "", "period": None})],
        [*_ORIGINAL[:4], ("wire-b.txt", "38 bcm", 38e9, "m3", "actual", None, None)],
    ),
    (
        "promote-adds-in-text-order",
        [_decision("promote", "300", "wire-b.txt", fields=_PROMOTED, **_SENTENCE_B)],
        [*_ORIGINAL, ("wire-b.txt", "300", 300.0, "person", "actual", "2020", None)],
    ),
    (
        "last-decision-holds",
        [_decision("reject", "9.6%", "wire-b.txt"), _decision("accept", "9.6%", "wire-b.txt")],
        _ORIGINAL,
    ),
]


@pytest.mark.parametrize(
    ("decisions", "expected"), [a[1:] for a in _APPLIED], ids=[a[0] for a in _APPLIED]
)
def test_apply_review(decisions: list[dict[str, Any]], expected: list[tuple[Any, ...]]) -> None:
    assert _shown(sinorus_facts.apply_review(_claims(), decisions)) == expected


def test_an_edit_drops_the_evidence_of_the_fields_it_replaced() -> None:
    edited = sinorus_facts.apply_review(
        _claims(), [_decision("edit", "12 percent", fields={"bound": "=", "unit": "pp"})]
    )[0]
    assert (
        edited.bound,
        edited.unit,
        [f.field for f in edited.evidence.fields],
        edited.attribution_start,
    ) == ("=", "pp", ["change", "category"], TEXT_A.index("Li Wei"))


def test_a_promoted_number_is_a_whole_claim() -> None:
    made = sinorus_facts.apply_review(
        _claims(), [_decision("promote", "300", "wire-b.txt", fields=_PROMOTED, **_SENTENCE_B)]
    )[-1]
    assert (
        TEXT_B[made.evidence.quantity_start : made.evidence.quantity_end],
        TEXT_B[made.evidence.sentence_start : made.evidence.sentence_end],
        made.evidence.sentence,
        made.category,
        made.confidence,
        made.id.startswith("c-"),
    ) == ("300", _SENTENCE_B["sentence"], _SENTENCE_B["sentence"], "energy", 1.0, True)


# (id, decision rows, the error)
_BAD = [
    (
        "unknown-field",
        [_decision("edit", "$200bn", fields={"colour": "red"})],
        "decision 1: fields that cannot be edited: colour",
    ),
    (
        "promote-without-value",
        [_decision("promote", "300", "wire-b.txt", fields={"unit": "person"})],
        "decision 1: a promoted number needs a value in 'fields'",
    ),
    (
        "reject-without-claim",
        [{"action": "reject", "doc_id": "d", "quantity": "5", "start": 0, "end": 1}],
        "decision 1: an 'reject' decision needs the claim_id it is about",
    ),
    (
        "unknown-action",
        [_decision("approve", "$200bn")],
        "decision 1: action: Input should be 'accept', 'reject', 'edit' or 'promote'",
    ),
]


@pytest.mark.parametrize(("rows", "message"), [b[1:] for b in _BAD], ids=[b[0] for b in _BAD])
def test_bad_decisions_are_refused_with_the_reason(
    rows: list[dict[str, Any]], message: str
) -> None:
    with pytest.raises(InputError) as caught:
        read_decisions(rows)
    assert str(caught.value) == message


def test_a_bad_period_in_an_edit_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        sinorus_facts.apply_review(
            _claims(), [_decision("edit", "$200bn", fields={"period": "May"})]
        )
    assert str(caught.value) == (
        f"the edit of claim c-wire-a.txt-{TEXT_A.index('$200bn')}: cannot read the period 'May'; "
        "write 2018, 2018-04, 2018-04-30 or 2018-01/2018-04"
    )


_GOLD_DECISIONS = [
    _decision("accept", "12 percent"),
    _decision("reject", "$120bn"),
    _decision("edit", "$200bn", fields={"modality": "target", "period": "2022"}),
    _decision("accept", "9.6%", "wire-b.txt"),
    _decision("promote", "300", "wire-b.txt", fields=_PROMOTED, **_SENTENCE_B),
]

# (id, keep undecided, rows (kind, doc, quote, period), summary)
_GOLDS = [
    (
        "decided-only",
        False,
        [
            ("article", "wire-a.txt", "Trade hits a record", None),
            ("claim", "wire-a.txt", "12 percent", "2021"),
            ("negative", "wire-a.txt", "$120bn", None),
            ("claim", "wire-a.txt", "$200bn", "2022"),
            ("claim", "wire-b.txt", "9.6%", None),
            ("claim", "wire-b.txt", "300", "2020"),
        ],
        "4 claims, 1 negatives, 1 articles of 2 documents; 1 claims without a decision left out",
    ),
    (
        "undecided-kept",
        True,
        [
            ("article", "wire-a.txt", "Trade hits a record", None),
            ("claim", "wire-a.txt", "12 percent", "2021"),
            ("negative", "wire-a.txt", "$120bn", None),
            ("claim", "wire-a.txt", "$200bn", "2022"),
            ("claim", "wire-b.txt", "9.6%", None),
            ("claim", "wire-b.txt", "38 bcm", "2019-06-03"),
            ("claim", "wire-b.txt", "300", "2020"),
        ],
        "5 claims, 1 negatives, 1 articles of 2 documents",
    ),
]


@pytest.mark.parametrize(
    ("keep", "rows", "summary"), [g[1:] for g in _GOLDS], ids=[g[0] for g in _GOLDS]
)
def test_review_to_gold(keep: bool, rows: list[tuple[Any, ...]], summary: str) -> None:
    gold = review_to_gold(_GOLD_DECISIONS, _claims(), keep_undecided=keep)
    assert (
        [(r["kind"], r["doc"], r["quote"], r.get("period")) for r in gold.rows],
        gold.summary(),
    ) == (rows, summary)


def test_gold_rows_have_the_fields_of_the_shared_gold() -> None:
    gold = review_to_gold(_GOLD_DECISIONS, _claims())
    keys = {r["kind"]: sorted(r) for r in gold.rows}
    claim = next(r for r in gold.rows if r["quote"] == "12 percent")
    assert (keys, claim) == (
        {
            "article": ["doc", "end", "kind", "published", "quote", "start"],
            "claim": sorted(
                [
                    "attribution",
                    "bound",
                    "category",
                    "change",
                    "core",
                    "doc",
                    "end",
                    "from_value",
                    "high",
                    "kind",
                    "modality",
                    "period",
                    "quote",
                    "start",
                    "unit",
                    "value",
                ]
            ),
            "negative": ["doc", "end", "kind", "quote", "start"],
        },
        {
            "kind": "claim",
            "doc": "wire-a.txt",
            "quote": "12 percent",
            "start": TEXT_A.index("12 percent"),
            "end": TEXT_A.index("12 percent") + 10,
            "value": 12.0,
            "high": None,
            "unit": "%",
            "bound": ">",
            "change": "increase",
            "from_value": None,
            "category": "trade",
            "period": "2021",
            "modality": "actual",
            "attribution": "Li Wei",
            "core": True,
        },
    )


def test_decisions_without_their_claims_need_claims_given() -> None:
    with pytest.raises(InputError) as caught:
        review_to_gold([_decision("accept", "12 percent")])
    assert str(caught.value) == (
        "1 decisions are about claims neither they nor --claims carry (first: "
        f"c-wire-a.txt-{TEXT_A.index('12 percent')} in wire-a.txt); give the claims the page was made of"
    )


# -- the command line ------------------------------------------------------------------------


def _write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text(
        "".join(
            (r.model_dump_json() if hasattr(r, "model_dump_json") else json.dumps(r)) + "\n"
            for r in rows
        ),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The two documents as a JSONL corpus, their claims and their ledger beside it."""
    folder = tmp_path / "work"
    folder.mkdir()
    _write_jsonl(
        folder / "docs.jsonl",
        [{"id": "wire-a.txt", "text": TEXT_A}, {"id": "wire-b.txt", "text": TEXT_B}],
    )
    _write_jsonl(folder / "claims.jsonl", _claims())
    ledger = [r.model_dump(mode="json") for r in _rejected()]
    _write_jsonl(folder / "rejected.jsonl", [{"doc": r.pop("doc_id"), **r} for r in ledger])
    return folder


def test_cli_review_says_what_it_left_out(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    only_a = corpus / "only-a.jsonl"
    _write_jsonl(only_a, [{"id": "wire-a.txt", "text": TEXT_A}])
    claims = str(corpus / "claims.jsonl")
    code = main(["review", str(only_a), "--claims", claims, "--html", str(corpus / "a.html")])
    assert (code, capsys.readouterr().err) == (
        0,
        (
            f"sinorus-facts: review page of 1 documents, 3 claims to {corpus / 'a.html'}; "
            "2 claims of documents not given left out\n"
        ),
    )


def test_cli_review_of_given_claims(corpus: Path) -> None:
    out = corpus / "review.html"
    code = main(
        [
            "review",
            str(corpus / "docs.jsonl"),
            "--claims",
            str(corpus / "claims.jsonl"),
            "--rejected",
            str(corpus / "rejected.jsonl"),
            "--html",
            str(out),
            "-q",
        ]
    )
    data = _embedded(out.read_text(encoding="utf-8"))
    assert (code, [(d, c, [r[0] for r in rs]) for d, _, c, rs in _summary(data)]) == (
        0,
        [
            ("wire-a.txt", ["12 percent", "$120bn", "$200bn"], ["May 31, 2018", "two"]),
            ("wire-b.txt", ["9.6%", "38 bcm"], ["300"]),
        ],
    )


# (id, arguments after "review", exit code, what stderr says)
_REVIEW_ERRORS = [
    ("missing-path", ["no/such/dir", "--html", "{tmp}/x.html"], 2, "no such file or directory"),
    (
        "rejected-without-claims",
        ["{tmp}/docs.jsonl", "--rejected", "{tmp}/rejected.jsonl"],
        2,
        "--rejected goes with --claims",
    ),
    (
        "page-over-its-input",
        ["{tmp}/docs.jsonl", "--claims", "{tmp}/claims.jsonl", "--html", "{tmp}/docs.jsonl"],
        2,
        "is one of the inputs",
    ),
]


@pytest.mark.parametrize(
    ("arguments", "code", "said"),
    [e[1:] for e in _REVIEW_ERRORS],
    ids=[e[0] for e in _REVIEW_ERRORS],
)
def test_cli_review_errors(
    corpus: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], code: int, said: str
) -> None:
    given = [a.replace("{tmp}", str(corpus)) for a in arguments]
    result = main(["review", *given])
    assert (result, said in capsys.readouterr().err) == (code, True)


def test_cli_review_extracts_a_folder(seed_claims: dict[str, list[Claim]], tmp_path: Path) -> None:
    out = tmp_path / "seeds.html"
    assert main(["review", str(SEEDS), "--html", str(out), "-q"]) == 0
    data = _embedded(out.read_text(encoding="utf-8"))
    assert [(d["id"], [c["claim"]["id"] for c in d["claims"]]) for d in data["documents"]] == [
        (
            name,
            [
                c.id
                for c in sorted(
                    claims, key=lambda c: (c.evidence.quantity_start, c.evidence.quantity_end)
                )
            ],
        )
        for name, claims in sorted(seed_claims.items())
    ]


SCORE = SHARED / "eval" / "score.py"


def _score(gold: Path, pred: Path) -> dict[str, Any]:
    if not SCORE.is_file():
        pytest.skip(f"{SCORE} is not beside the project")
    done = subprocess.run(
        [sys.executable, str(SCORE), "--gold", str(gold), "--pred", str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


_FIGURES = ("gold_claims", "predicted", "matched", "precision", "recall", "f1")
_MORE = ("full_claim_f1", "negatives_hit", "negatives_total")


def test_cli_review_to_gold_is_read_by_score_py(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    decisions = _write_jsonl(corpus / "decisions.jsonl", _GOLD_DECISIONS)
    gold, kept = corpus / "gold.jsonl", corpus / "gold-kept.jsonl"
    claims = str(corpus / "claims.jsonl")
    codes = [
        main(["review-to-gold", str(decisions), "--claims", claims, "-o", str(gold)]),
        main(
            [
                "review-to-gold",
                str(decisions),
                "--claims",
                claims,
                "--keep-undecided",
                "-o",
                str(kept),
                "-q",
            ]
        ),
    ]
    said = capsys.readouterr().err
    corrected = corpus / "corrected.jsonl"
    sinorus_facts.apply_review(sinorus_facts.load_claims(claims), decisions).to_jsonl(corrected)
    figures = [
        {k: v for k, v in _score(g, p).items() if k in _FIGURES + _MORE}
        for g, p in ((gold, corpus / "claims.jsonl"), (kept, corrected))
    ]
    assert (codes, said, figures) == (
        [0, 0],
        (
            "sinorus-facts: gold of 4 claims, 1 negatives, 1 articles of 2 documents; "
            "1 claims without a decision left out\n"
        ),
        [
            # the library's claims against the reviewer's gold: the rejected figure is a
            # false claim and hits a negative; the promoted number is a claim it missed
            {
                "gold_claims": 4,
                "predicted": 5,
                "matched": 3,
                "precision": 0.6,
                "recall": 0.75,
                "f1": 0.667,
                "full_claim_f1": 0.444,
                "negatives_hit": 1,
                "negatives_total": 1,
            },
            # the corrected claims against the gold of the same decisions: all right
            {
                "gold_claims": 5,
                "predicted": 5,
                "matched": 5,
                "precision": 1.0,
                "recall": 1.0,
                "f1": 1.0,
                "full_claim_f1": 1.0,
                "negatives_hit": 0,
                "negatives_total": 1,
            },
        ],
    )


def test_cli_review_to_gold_errors(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = corpus / "bad.jsonl"
    bad.write_text('{"action": "accept"\n', encoding="utf-8")
    codes = [
        main(["review-to-gold", str(corpus / "none.jsonl")]),
        main(["review-to-gold", str(bad)]),
        main(["review-to-gold", str(bad), "--keep-undecided"]),
    ]
    lines = capsys.readouterr().err.splitlines()
    assert (codes, [line.split(":")[1].strip() for line in lines]) == (
        [2, 2, 2],
        [
            "no such file or directory",
            str(bad),
            "--keep-undecided needs --claims (the claims the page was made of)",
        ],
    )


# -- in a real browser, with the keyboard -----------------------------------------------------


def _browser_or_skip(downloads: Path) -> Any:
    """Headless Chromium through Selenium and Debian's chromedriver; skips, saying why,
    where any of them is missing or the browser does not start. Nothing is downloaded."""
    try:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip("selenium is not installed (pip install -e '.[test]')")
    browser = next(
        (
            shutil.which(n)
            for n in ("chromium", "chromium-browser", "google-chrome")
            if shutil.which(n)
        ),
        None,
    )
    driver = shutil.which("chromedriver") or (
        "/usr/lib/chromium/chromedriver"
        if os.path.exists("/usr/lib/chromium/chromedriver")
        else None
    )
    if browser is None or driver is None:
        pytest.skip(
            "headless Chromium and its driver are not installed "
            "(apt-get install -y chromium chromium-driver)"
        )
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not fetch anything
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=1600,1000",
    ):
        options.add_argument(argument)
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    try:
        return webdriver.Chrome(service=Service(driver), options=options)
    except WebDriverException as exc:
        pytest.skip(f"headless Chromium did not start: {str(exc).splitlines()[0]}")


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(downloads: Path) -> Iterator[Any]:
    driver = _browser_or_skip(downloads)
    try:
        yield driver
    finally:
        driver.quit()


class _Page:
    """The review page in the browser: keys, clicks, and what it shows."""

    def __init__(self, driver: Any, path: Path) -> None:
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.by import By

        self.driver, self.by, self.chains = driver, By, ActionChains
        driver.get(path.resolve().as_uri())

    def keys(self, keys: str) -> None:
        for key in keys:
            self.chains(self.driver).send_keys(key).perform()

    def find(self, css: str) -> Any:
        return self.driver.find_element(self.by.CSS_SELECTOR, css)

    def js(self, script: str) -> Any:
        return self.driver.execute_script(script)

    def type_into(self, element_id: str, text: str) -> None:
        field = self.driver.find_element(self.by.ID, element_id)
        field.clear()
        field.send_keys(text)

    def choose(self, element_id: str, value: str) -> None:
        from selenium.webdriver.support.ui import Select

        Select(self.driver.find_element(self.by.ID, element_id)).select_by_value(value)

    def current(self) -> str:
        return str(self.find("tr.rv-current .rv-quote").text.splitlines()[0])

    def rows(self) -> list[tuple[str, str]]:
        return [
            (
                r.find_element(self.by.CSS_SELECTOR, ".rv-quote").text.splitlines()[0],
                r.get_attribute("data-status"),
            )
            for r in self.driver.find_elements(self.by.CSS_SELECTOR, "#rv-rows tr.rv-row")
        ]

    def evidence(self) -> dict[str, str]:
        """The words marked in the text for the selected claim, by field."""
        return dict(
            self.js(
                "var out = {}; document.querySelectorAll('#rv-text [data-ev]').forEach(function (e) {"
                " e.getAttribute('data-ev').split(' ').forEach(function (f) {"
                " out[f] = (out[f] || '') + e.textContent; }); }); return out;"
            )
        )

    def rules(self) -> dict[str, str]:
        """The evidence column of the selected claim's fields: words and rule."""
        return {
            r.get_attribute("data-field"): r.find_elements(self.by.TAG_NAME, "td")[-1].text
            for r in self.driver.find_elements(self.by.CSS_SELECTOR, "#rv-detail tr[data-field]")
            if r.find_elements(self.by.TAG_NAME, "td")[-1].text
        }

    def shown(self) -> list[str]:
        return list(self.js("return window.sinorusReview.shown()"))


def _page_file(folder: Path, name: str, items: list[ReviewDocument] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(corpus_review_page(items if items is not None else _items()), encoding="utf-8")
    return path


def _downloaded(folder: Path, name: str) -> Path:
    target = folder / name
    for _ in range(100):
        if target.is_file() and not list(folder.glob("*.crdownload")):
            return target
        time.sleep(0.1)
    raise AssertionError(f"no download {name} in {sorted(p.name for p in folder.iterdir())}")


@pytest.mark.slow
def test_review_in_chromium_round_trip(browser: Any, downloads: Path, tmp_path: Path) -> None:
    page = _page_file(tmp_path, "round-trip.html")
    shown = _Page(browser, page)
    # the first claim is open, with the evidence of its fields marked in the text
    opened = (
        shown.js("return document.getElementById('rv-text').textContent"),
        shown.current(),
        shown.evidence(),
        shown.rules(),
    )
    shown.keys("ax")  # accept "12 percent", reject "$120bn"; each moves on
    shown.keys("e")  # edit "$200bn": the form opens on its value
    focused = shown.driver.switch_to.active_element.get_attribute("id")
    shown.choose("rv-edit-modality", "target")
    shown.type_into("rv-edit-period", "2022\n")
    edited = (shown.current(), shown.rows())
    shown.keys("ja")  # the next document: accept "9.6%", move to "38 bcm"
    shown.keys("x")  # reject it ...
    rejected = shown.rows()
    shown.keys("u")  # ... and undo that
    undone = (shown.current(), shown.rows())
    shown.keys("J")  # the next number not made a claim: "300"
    number = shown.evidence()
    shown.keys("p")
    shown.type_into("rv-edit-unit", "person")
    shown.choose("rv-edit-category", "energy")
    shown.type_into("rv-edit-period", "2020\n")
    promoted = shown.rows()
    progress = shown.find("#rv-progress").text
    shown.find("#rv-export").click()
    exported = _downloaded(downloads, "round-trip.decisions.jsonl")
    lines = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    # decisions are kept in the browser: a new visit shows them
    again = _Page(browser, page)
    kept = (again.find("#rv-progress").text, again.js("return window.sinorusReview.exportLines()"))
    applied = sinorus_facts.apply_review(_claims(), exported)
    gold = review_to_gold(exported)
    assert (
        opened,
        focused,
        edited,
        rejected,
        undone,
        number,
        promoted,
        progress,
        [(r["action"], r["doc_id"], r["quantity"], r["fields"]) for r in lines],
        kept,
        _shown(applied),
        [(r["kind"], r["quote"], r.get("period"), r.get("modality")) for r in gold.rows],
    ) == (
        (
            TEXT_A,
            "12 percent",
            {
                "value": "12 percent",
                "bound": "more than",
                "change": "grew by",
                "category": "Trade",
                "period": "in 2021",
                "attribution": "Li Wei",
            },
            {
                "value": "12 percent quantity",
                "bound": "more than bounds.more_than",
                "change": "grew by changes.grew_by",
                "category": "Trade categories.trade",
                "period": "in 2021 period.words",
                "attribution": "Li Wei source.words",
            },
        ),
        "rv-edit-value",
        ("$200bn", [("12 percent", "accepted"), ("$120bn", "rejected"), ("$200bn", "edited")]),
        [("9.6%", "accepted"), ("38 bcm", "rejected")],
        ("38 bcm", [("9.6%", "accepted"), ("38 bcm", "undecided")]),
        {"number": "300"},
        [("9.6%", "accepted"), ("38 bcm", "undecided"), ("300", "promoted")],
        "5 of 6 claims decided",
        [
            ("accept", "wire-a.txt", "12 percent", {}),
            ("reject", "wire-a.txt", "$120bn", {}),
            ("edit", "wire-a.txt", "$200bn", {"modality": "target", "period": "2022"}),
            ("accept", "wire-b.txt", "9.6%", {}),
            (
                "promote",
                "wire-b.txt",
                "300",
                {
                    "value": 300,
                    "high": None,
                    "unit": "person",
                    "bound": "=",
                    "change": None,
                    "from_value": None,
                    "category": "energy",
                    "measure": None,
                    "period": "2020",
                    "modality": "actual",
                    "attribution": None,
                },
            ),
        ],
        ("5 of 6 claims decided", exported.read_text(encoding="utf-8")),
        [
            ("wire-a.txt", "12 percent", 12.0, "%", "actual", "2021", "Li Wei"),
            ("wire-a.txt", "$200bn", 200e9, "USD", "target", "2022", None),
            ("wire-b.txt", "9.6%", 9.6, "%", "actual", None, "Gazprom"),
            ("wire-b.txt", "38 bcm", 38e9, "m3", "actual", "2019-06-03", "Gazprom"),
            ("wire-b.txt", "300", 300.0, "person", "actual", "2020", None),
        ],
        [
            ("article", "Trade hits a record", None, None),
            ("claim", "12 percent", "2021", "actual"),
            ("negative", "$120bn", None, None),
            ("claim", "$200bn", "2022", "target"),
            ("claim", "9.6%", None, "actual"),
            ("claim", "300", "2020", "actual"),
        ],
    )


# (id, how the filter is set, the claims that pass it)
_FILTERS: list[tuple[str, list[tuple[str, str, str]], list[str]]] = [
    ("category", [("choose", "rv-f-category", "energy")], ["wire-b.txt:9.6%", "wire-b.txt:38 bcm"]),
    ("modality", [("choose", "rv-f-modality", "forecast")], ["wire-a.txt:$200bn"]),
    ("unit", [("choose", "rv-f-unit", "USD")], ["wire-a.txt:$120bn", "wire-a.txt:$200bn"]),
    (
        "confidence-below",
        [("type", "rv-f-confidence", "0.8\n")],
        ["wire-a.txt:$200bn", "wire-b.txt:38 bcm"],
    ),
    ("period-missing", [("click", "rv-f-noperiod", "")], ["wire-b.txt:9.6%"]),
    ("source-missing", [("click", "rv-f-nosource", "")], ["wire-a.txt:$200bn"]),
    ("search-with-slash", [("keys", "/", "gazprom\n")], ["wire-b.txt:9.6%", "wire-b.txt:38 bcm"]),
    (
        "two-at-once",
        [("choose", "rv-f-category", "trade"), ("click", "rv-f-nosource", "")],
        ["wire-a.txt:$200bn"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("steps", "expected"), [f[1:] for f in _FILTERS], ids=[f[0] for f in _FILTERS]
)
def test_review_filters_in_chromium(
    browser: Any, tmp_path: Path, steps: list[tuple[str, str, str]], expected: list[str]
) -> None:
    shown = _Page(browser, _page_file(tmp_path, "filters.html"))
    before = shown.shown()
    for how, target, value in steps:
        if how == "choose":
            shown.choose(target, value)
        elif how == "type":
            shown.type_into(target, value)
        elif how == "click":
            shown.driver.find_element(shown.by.ID, target).click()
        else:
            shown.keys(target)
            shown.driver.switch_to.active_element.send_keys(value)
    after = shown.shown()
    shown.keys("j" * 5)  # j goes through the claims that pass, and stops at the last
    assert (len(before), after, shown.js("return window.sinorusReview.open()")) == (
        5,
        expected,
        expected[-1],
    )


@pytest.mark.slow
def test_offsets_after_characters_beyond_the_basic_plane_in_chromium(
    browser: Any, tmp_path: Path
) -> None:
    # offsets count code points (as Python does); the page must not count UTF-16 units
    text = "🇨🇳🇷🇺 Trade 📈 rose 7% to $90bn in 2019 𝕏.\n"
    doc = Document(doc_id="emoji.txt", text=text)
    claims = (
        make_claim(text, "7%", doc_id="emoji.txt", value=7.0, unit="%"),
        make_claim(text, "$90bn", doc_id="emoji.txt", value=90e9, unit="USD"),
    )
    shown = _Page(
        browser, _page_file(tmp_path, "emoji.html", [ReviewDocument("emoji.txt", doc, claims)])
    )
    first = (shown.js("return document.getElementById('rv-text').textContent"), shown.evidence())
    shown.keys("j")
    assert (first, shown.evidence()) == ((text, {"value": "7%"}), {"value": "$90bn"})


def _many_documents(count: int) -> list[ReviewDocument]:
    """``count`` copies of the two documents under other names, with their claims."""
    made = []
    for number in range(count // 2):
        for item in _items():
            doc_id = f"{number:03d}-{item.doc_id}"
            made.append(
                ReviewDocument(
                    doc_id,
                    item.document.model_copy(update={"doc_id": doc_id}) if item.document else None,
                    tuple(
                        c.model_copy(update={"doc_id": doc_id, "id": f"{c.id}-{number}"})
                        for c in item.claims
                    ),
                    tuple(r.model_copy(update={"doc_id": doc_id}) for r in item.rejected),
                )
            )
    return made


@pytest.mark.slow
def test_review_of_a_hundred_documents_stays_quick(browser: Any, tmp_path: Path) -> None:
    shown = _Page(browser, _page_file(tmp_path, "hundred.html", _many_documents(100)))
    elapsed = shown.js(
        "var t = performance.now();"
        "for (var i = 0; i < 60; i++) document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j'}));"
        "return performance.now() - t;"
    )
    docs = len(shown.driver.find_elements(shown.by.CSS_SELECTOR, ".rv-docitem"))
    # 60 claims on: 12 documents of 5 claims each, the 61st claim open
    assert (docs, shown.find("#rv-doc-head h2").text, len(shown.shown()), elapsed < 6000) == (
        100,
        "Trade hits a record",
        250,
        True,
    ), f"60 keys took {elapsed:.0f} ms"


def test_evidence_offsets_fit_the_text() -> None:
    fields = [(f.field, f.text) for c in _claims() for f in c.evidence.fields]
    text = {"wire-a.txt": TEXT_A, "wire-b.txt": TEXT_B}
    assert [
        (f.field, text[c.doc_id][f.start : f.end]) for c in _claims() for f in c.evidence.fields
    ] == fields
