"""A batch of 1,000 documents with empty, binary, mis-encoded, huge and malformed ones mixed
in (all made here): exactly one record per document, the good documents' claims unchanged,
the same with two processes, and the command line reads it to the end."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from spacy.language import Language

from sinorus_facts import extract_many
from sinorus_facts.cli.commands import main
from sinorus_facts.models import Claim, DocumentResult

pytestmark = pytest.mark.slow

# News-wire sentences with figures, written for this test; good documents combine them.
_NEWS_WIRE = [
    "Rail freight between the two countries grew 14% to 21 million tonnes last year.",
    "The joint venture will invest $1.2 billion in a new fertiliser plant, the company said.",
    "Tourist arrivals fell by a third in the first quarter, to 310,000 visitors.",
    "The central bank cut its key rate by 50 basis points to 7.25 percent on Friday.",
    "Gas deliveries are expected to reach 38 billion cubic meters a year by 2025.",
    "Soybean imports from the north more than doubled in 2019.",
    "The bridge, 1,080 meters long, cost about 19 billion rubles to build.",
    "Some 4,500 workers were hired for the project, according to the regional governor.",
    "Bilateral trade stood at 107.06 billion U.S. dollars in 2018, up 27.1 percent.",
    "Pork exports jumped to 26,000 tons in the first half from 9,000 tons a year earlier.",
    "The yuan traded at 9.8 rubles on Tuesday, its highest level in three months.",
    "Electricity exports are set to rise to 3.3 billion kilowatt-hours this year.",
    "Investment in the border zone totaled 600 million dollars over five years.",
    "The airline plans to add 12 weekly flights between the two capitals from June.",
    "Timber shipments dropped 8 percent to 15 million cubic meters, customs data showed.",
    "Grain deliveries could exceed 1 million tonnes by 2024, the ministry forecast.",
]

# Sentences without figures, to pad documents.
_FILLER = [
    "Officials from both sides met in the border city to review the talks.",
    "Analysts say the relationship has grown closer in recent years.",
    "The talks continued late into the evening, according to people familiar with them.",
]

GOOD_DOCUMENTS = 974


def _good_text(number: int) -> str:
    sentences = [_NEWS_WIRE[number % 16], _FILLER[number % 3], _NEWS_WIRE[(number * 7 + 3) % 16]]
    return f"Trade report {number}\n\n" + " ".join(sentences[: 2 + number % 2]) + "\n"


def _nasty_files(folder: Path) -> dict[str, bytes]:
    """Files a scraped corpus meets, by name (they sort after the good documents)."""
    noise = random.Random(7)
    filler = " ".join(_FILLER) + "\n\n"
    return {
        "x01-empty.txt": b"",
        "x02-blank.txt": b" \n\n\t\n   \n",
        "x03-binary-image.txt": b"\x89PNG\r\n\x1a\n"
        + bytes(noise.randrange(256) for _ in range(20_000)),
        "x04-binary-archive.txt": b"PK\x03\x04\x14\x00\x00\x00\x08\x00"
        + bytes(noise.randrange(256) for _ in range(5_000)),
        "x05-cp1251.txt": "Объём торговли России и Китая увеличился на 12 процентов, сообщила таможня.".encode(
            "cp1251"
        ),
        "x06-utf16-no-bom.txt": _NEWS_WIRE[0].encode("utf-16-le"),
        "x07-broken-utf8.txt": _NEWS_WIRE[1].encode() + b" \xff\xfe\x80 " + _NEWS_WIRE[2].encode(),
        "x08-huge.txt": (filler * 9000 + _NEWS_WIRE[3] + "\n").encode(),
        "x09-ten-thousand-digits.txt": (
            "The figure was " + "7" * 10_000 + " dollars. " + _NEWS_WIRE[4]
        ).encode(),
        "x10-one-long-line.txt": ("ab" * 100_000 + " " + _NEWS_WIRE[5]).encode(),
        "x11-dots.txt": ("." * 100_000).encode(),
        "x12-html-fragment.txt": f"<div class='story'><p>{_NEWS_WIRE[6]}</p><br/><p>{_NEWS_WIRE[8]}</p></div>".encode(),
        "x13-chinese.txt": "中俄两国去年的双边贸易额增长了百分之十五，达到一千亿美元。海关总署周一公布了这些数据。".encode(),
        "x14-nul-bytes.txt": _NEWS_WIRE[8].encode().replace(b" ", b"\x00"),
        "x15-numbers-table.txt": (
            " ".join(str(noise.randrange(10**6)) for _ in range(3_000))
        ).encode(),
        "x16-latin1.txt": "The café chain's sales rose 4% to £30 million — a record.".encode(
            "latin-1", "replace"
        ),
    }


# Lines of a JSONL corpus: good ones and malformed ones.
_CORPUS_LINES = [
    json.dumps({"id": "wire-a", "text": _NEWS_WIRE[9], "published": "2019-08-01"}),
    "this line is not JSON",
    json.dumps(["a", "list", "not", "an", "object"]),
    json.dumps({"id": "wire-b", "title": "no text here"}),
    json.dumps({"id": "wire-c", "text": 12345}),
    json.dumps({"id": "wire-d", "text": _NEWS_WIRE[10], "published": "yesterday"}),
    json.dumps({"id": "wire-e", "text": _NEWS_WIRE[11], "published": "2020-02-30"}),
    '{"id": "wire-f", "text": "cut off in the mid',
    json.dumps({"id": "wire-g", "text": ""}),
    json.dumps({"id": "wire-h", "text": _NEWS_WIRE[12], "published": "2017-03-15"}),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for number in range(GOOD_DOCUMENTS):
        (folder / f"good-{number:04d}.txt").write_text(_good_text(number), encoding="utf-8")
    for name, data in _nasty_files(folder).items():
        (folder / name).write_bytes(data)
    (folder / "z-corpus.jsonl").write_text("\n".join(_CORPUS_LINES) + "\n\n", encoding="utf-8")
    return folder


def _expected_ids() -> list[str]:
    good = [f"good-{n:04d}.txt" for n in range(GOOD_DOCUMENTS)]
    nasty = sorted(_nasty_files(Path()))
    corpus = [
        "wire-a",
        "z-corpus.jsonl:2",
        "z-corpus.jsonl:3",
        "z-corpus.jsonl:4",
        "z-corpus.jsonl:5",
        "z-corpus.jsonl:6",
        "z-corpus.jsonl:7",
        "z-corpus.jsonl:8",
        "wire-g",
        "wire-h",
    ]
    return good + nasty + corpus


@pytest.fixture(scope="module")
def results(nlp: Language, corpus: Path) -> list[DocumentResult]:
    return list(extract_many([corpus]))


def test_the_batch_has_a_thousand_documents() -> None:
    assert len(_expected_ids()) == 1000


def test_every_document_gives_exactly_one_record(results: list[DocumentResult]) -> None:
    assert [r.doc_id for r in results] == _expected_ids()


def test_bad_documents_give_error_records_with_their_stage(results: list[DocumentResult]) -> None:
    assert {r.doc_id: r.error.stage for r in results if r.error is not None} == {
        "x03-binary-image.txt": "decode",
        "x04-binary-archive.txt": "decode",
        "x14-nul-bytes.txt": "decode",
        "z-corpus.jsonl:2": "read",
        "z-corpus.jsonl:3": "read",
        "z-corpus.jsonl:4": "read",
        "z-corpus.jsonl:5": "read",
        "z-corpus.jsonl:6": "read",
        "z-corpus.jsonl:7": "read",
        "z-corpus.jsonl:8": "read",
    }


@pytest.mark.issue(29)
def test_russian_and_chinese_texts_are_read_in_their_language(
    results: list[DocumentResult],
) -> None:
    assert {
        r.doc_id: (r.language, len(r.claims), r.error)
        for r in results
        if r.language not in ("en", None)
    } == {
        "x05-cp1251.txt": ("ru", 1, None),
        "x13-chinese.txt": ("zh", 2, None),
    }


def test_the_good_documents_claims_are_unchanged(
    nlp: Language, corpus: Path, results: list[DocumentResult]
) -> None:
    good = sorted(corpus.glob("good-*.txt"))
    alone = {r.doc_id: r.claims for r in extract_many(good)}
    assert {r.doc_id: r.claims for r in results if r.doc_id.startswith("good-")} == alone


# Odd documents that hold news-wire sentences: they give the claims of those sentences,
# nothing more (no figures made of noise), nothing less.
_EMBEDDED = {
    "x06-utf16-no-bom.txt": [0],
    "x08-huge.txt": [3],
    "x09-ten-thousand-digits.txt": [4],
    "x10-one-long-line.txt": [5],
    "x12-html-fragment.txt": [6, 8],
    "wire-a": [9],
    "wire-h": [12],
}


def test_odd_documents_give_the_claims_of_their_news_sentences(
    nlp: Language, results: list[DocumentResult]
) -> None:
    from sinorus_facts import extract

    found = {
        r.doc_id: [c.evidence.quantity for c in r.claims] for r in results if r.doc_id in _EMBEDDED
    }
    alone = {
        doc_id: [c.evidence.quantity for n in numbers for c in extract(_NEWS_WIRE[n])]
        for doc_id, numbers in _EMBEDDED.items()
    }
    assert found == alone


def test_documents_of_noise_give_no_claims(results: list[DocumentResult]) -> None:
    noise = ("x01-empty.txt", "x02-blank.txt", "x11-dots.txt", "x15-numbers-table.txt", "wire-g")
    assert {
        r.doc_id: (len(r.claims), r.error) for r in results if r.doc_id in noise
    } == dict.fromkeys(noise, (0, None))


def test_every_offset_indexes_the_text_as_read(corpus: Path, results: list[DocumentResult]) -> None:
    from sinorus_facts.api import read

    texts = {
        name: read(corpus / name).text
        for name in ("x07-broken-utf8.txt", "x08-huge.txt", "x16-latin1.txt")
    }
    wrong = [
        (c.doc_id, c.evidence.quantity)
        for r in results
        if r.doc_id in texts
        for c in r.claims
        if texts[c.doc_id][c.evidence.quantity_start : c.evidence.quantity_end]
        != c.evidence.quantity
    ]
    assert wrong == []


def test_two_processes_give_the_same_records(
    nlp: Language, corpus: Path, results: list[DocumentResult]
) -> None:
    assert list(extract_many([corpus], n_process=2)) == results


def test_the_command_line_reads_the_batch_to_the_end(
    nlp: Language,
    corpus: Path,
    tmp_path: Path,
    results: list[DocumentResult],
    capsys: pytest.CaptureFixture[str],
) -> None:
    out, errors = tmp_path / "claims.jsonl", tmp_path / "errors.jsonl"
    code = main(["extract", str(corpus), "-o", str(out), "--errors", str(errors), "-q"])
    claims = [
        Claim.model_validate_json(line) for line in out.read_text(encoding="utf-8").splitlines()
    ]
    records = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    failed = [r for r in records if r["record"] == "error"]  # the others are warnings
    assert (code, claims, len(failed), capsys.readouterr().err.count("\n")) == (
        1,
        [c for r in results for c in r.claims],
        10,
        1,
    )
