"""Warnings: a page without a date, a file skipped, a text cut, a text not in English each
say so, on ``DocumentResult.warnings`` in Python and in the CLI's summary and --errors file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from sinorus_facts import extract_many
from sinorus_facts.cli.commands import main
from sinorus_facts.models import Article, Document, DocumentWarning
from sinorus_facts.pipeline.notices import date_warnings
from tests.claim_factory import make_claim

UNRESOLVED = (
    "relative periods ('this year', 'last month') are left without a period; "
    "give the date with --published or published="
)


def _inferred(day: str) -> str:
    return (
        f"relative periods ('this year', 'last month') are resolved against {day}, the date the article's "
        "own text makes plain (its latest dated event); their periods say origin 'inferred'"
    )


CUT = (
    "text cut: 1 sentence longer than 1,000 characters was analysed in pieces, "
    "so a figure across a cut may be missed"
)
SUPPORTED = "the library reads .txt, .html and .jsonl files"

_LONG = (
    "Grain exports to the east rose 9% in 2019, the ministry said on Monday, "
    + "and the harvest of the southern regions was larger than in any year before it " * 14
)
_LONG_RUN = (
    "Car sales rose 6% in 2019, the agency said, "
    + "7" * 600
    + " and the rest of it was lost" * 20
    + "."
)

# (id, the document as given, the warnings of its result: kind and message)
_DOCUMENTS: list[tuple[str, dict[str, str], list[tuple[str, str]]]] = [
    (
        "no-date-relative-period",
        {"id": "a", "text": "Grain exports rose 9% this year, the ministry said."},
        [("no_date", f"no publication date found: {UNRESOLVED}")],
    ),
    (
        "no-date-a-year-in-the-text",
        {"id": "a", "text": "Pipeline gas deliveries reached 15 bcm in 2021."},
        [("no_date", f"no publication date found: {_inferred('2022-01-31')}")],
    ),
    (
        "date-given",
        {"id": "a", "text": "Grain exports rose 9% this year.", "published": "2019-04-02"},
        [],
    ),
    (
        "date-in-the-text",
        {"id": "a", "text": "Grain deal\n\nMay 31, 2018\n\nGrain exports rose 9% this year."},
        [],
    ),
    (
        "no-figure-no-warning",
        {"id": "a", "text": "The two leaders met in Beijing and talked about trade."},
        [],
    ),
    ("long-sentence", {"id": "a", "text": _LONG, "published": "2020-01-01"}, [("text_cut", CUT)]),
    (
        "long-run-left-out",
        {"id": "a", "text": _LONG_RUN, "published": "2020-01-01"},
        [("text_cut", f"{CUT}; 1 run of 500 or more characters without a blank left out")],
    ),
    (
        "not-english",
        {
            "id": "a",
            "text": "Το εμπόριο μεταξύ Ρωσίας και Κίνας αυξήθηκε κατά 15 τοις εκατό πέρυσι.",
        },
        [("not_english", "the text looks other, not English: no claims were extracted")],
    ),
]


@pytest.mark.parametrize(
    ("document", "expected"), [d[1:] for d in _DOCUMENTS], ids=[d[0] for d in _DOCUMENTS]
)
def test_document_warnings(
    nlp: Language, document: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    result = next(extract_many([document]))
    assert list(result.warnings) == [
        DocumentWarning(document="a", kind=k, message=m) for k, m in expected
    ]


_PAGE = "First report. Trade rose 5% this year. Second report. Exports rose 7% this year."
_FIRST = Article(
    title="First report",
    published=date(2018, 5, 31),
    start=0,
    end=38,
    reference_date=date(2018, 5, 31),
)
_SECOND = Article(
    title="Second report",
    published=None,
    start=39,
    end=len(_PAGE),
    reference_date=date(2018, 5, 31),
    reference_inferred=True,
)
_COMMENT = _SECOND.model_copy(update={"is_comment": True, "title": None})
_NEIGHBOUR = (
    "no publication date found for 'Second report': relative periods ('this year', 'last month') "
    "are resolved against 2018-05-31, the date of a neighbouring article on the page"
)

# (id, articles of the page, the article of each claim, the warnings' messages)
_PAGES = [
    (
        "undated-article-falls-back-on-its-neighbour",
        (_FIRST, _SECOND),
        [_FIRST, _SECOND],
        [_NEIGHBOUR],
    ),
    ("one-warning-an-article", (_FIRST, _SECOND), [_SECOND, _SECOND], [_NEIGHBOUR]),
    ("reader-comments-need-no-date", (_FIRST, _COMMENT), [_FIRST, _COMMENT], []),
    ("every-article-dated", (_FIRST,), [_FIRST, _FIRST], []),
]


@pytest.mark.parametrize(
    ("articles", "of_claims", "messages"), [p[1:] for p in _PAGES], ids=[p[0] for p in _PAGES]
)
def test_undated_articles_of_a_page(
    articles: tuple[Article, ...], of_claims: list[Article], messages: list[str]
) -> None:
    document = Document(doc_id="page", text=_PAGE, articles=articles)
    claims = [
        make_claim(_PAGE, figure, doc_id="page", article=article)
        for figure, article in zip(["5%", "7%"], of_claims, strict=True)
    ]
    assert date_warnings(document, claims) == [
        DocumentWarning(document="page", kind="no_date", message=m) for m in messages
    ]


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """A folder of files the library does not read, one it does, and hidden ones."""
    folder = tmp_path / "office"
    (folder / ".git").mkdir(parents=True)
    (folder / ".git" / "index").write_bytes(b"DIRC\x00\x00\x00\x02")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (folder / "annual report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    (folder / "brief.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00")
    (folder / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "export").write_bytes(b"PK\x03\x04\x14\x00")
    (folder / "figures.txt").write_text("Rail freight rose 12% in 2019.", encoding="utf-8")
    return folder


def _skipped(folder: Path, name: str, what: str) -> str:
    return f"skipped '{folder / name}': not supported ({what}); {SUPPORTED}"


def test_files_of_other_formats_are_skipped_with_a_warning(nlp: Language, office: Path) -> None:
    results = list(extract_many([office], published="2020-01-01"))
    assert [
        (r.doc_id, len(r.claims), [(w.kind, w.message) for w in r.warnings]) for r in results
    ] == [
        ("annual report.pdf", 0, [("skipped_file", _skipped(office, "annual report.pdf", "PDF"))]),
        ("brief.docx", 0, [("skipped_file", _skipped(office, "brief.docx", "Word document"))]),
        ("chart.png", 0, [("skipped_file", _skipped(office, "chart.png", "image (PNG)"))]),
        ("export", 0, [("skipped_file", _skipped(office, "export", "archive"))]),
        ("figures.txt", 1, []),
    ]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(argv)
    return code, capsys.readouterr().err.splitlines()


def test_cli_says_which_files_it_skipped(
    nlp: Language, office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (office / "figures.txt").unlink()
    assert _run(["extract", str(office), "-o", str(office.parent / "out.jsonl")], capsys) == (
        0,
        [
            "sinorus-facts: 0 claims from 0 documents; 4 files skipped (not supported)",
            f"sinorus-facts: warning: 4 files skipped (first: {_skipped(office, 'annual report.pdf', 'PDF')})",
        ],
    )


def test_cli_counts_documents_without_figures(
    nlp: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, text in [
        ("a.txt", "Exports rose 5% in 2019."),
        ("b.txt", "Imports fell 2% in 2019."),
        ("c.txt", "Rail freight rose 12% in 2019."),
        ("d.txt", "The leaders met."),
        ("e.txt", ""),
    ]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert _run(
        ["extract", str(tmp_path), "--published", "2020-01-01", "-o", str(tmp_path / "o.jsonl")],
        capsys,
    ) == (0, ["sinorus-facts: 3 claims from 5 documents, 2 without figures"])


def test_cli_warns_of_a_cut_text_and_a_missing_date(
    nlp: Language,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "long.txt").write_text(_LONG, encoding="utf-8")
    errors = tmp_path / "warnings.jsonl"
    code, err = _run(
        [
            "extract",
            str(tmp_path / "long.txt"),
            "-o",
            str(tmp_path / "o.jsonl"),
            "--errors",
            str(errors),
        ],
        capsys,
    )
    records = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert (code, err, records) == (
        0,
        [
            "sinorus-facts: 1 claim from 1 document",
            (
                f"sinorus-facts: warning: 1 document without a publication date (first: long.txt: no publication date "
                f"found: {_inferred('2020-01-31')})"
            ),
            f"sinorus-facts: warning: 1 text cut (first: long.txt: {CUT})",
        ],
        [
            {"record": "warning", "document": "long.txt", "kind": "text_cut", "message": CUT},
            {
                "record": "warning",
                "document": "long.txt",
                "kind": "no_date",
                "message": f"no publication date found: {_inferred('2020-01-31')}",
            },
        ],
    )


def test_quiet_says_nothing_of_warnings(
    nlp: Language, office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["extract", str(office), "-q", "-o", str(office.parent / "out.jsonl")], capsys) == (
        0,
        [],
    )


# (id, what is called, the exception classes it must be an instance of)
_ERRORS = [
    (
        "missing-file-read",
        lambda: __import__("sinorus_facts").read(Path("no/such/file.txt")),
        FileNotFoundError,
    ),
    (
        "missing-file-extract",
        lambda: __import__("sinorus_facts").extract_file("no/such/file.txt"),
        FileNotFoundError,
    ),
    ("text-of-bytes", lambda: __import__("sinorus_facts").extract(b"Exports rose 5%."), TypeError),
    ("read-a-number", lambda: __import__("sinorus_facts").read(5), TypeError),
]


@pytest.mark.parametrize(("call", "also"), [e[1:] for e in _ERRORS], ids=[e[0] for e in _ERRORS])
def test_input_errors_are_also_the_builtin_errors(call, also: type[Exception]) -> None:
    from sinorus_facts import InputError

    with pytest.raises(also) as caught:
        call()
    assert isinstance(caught.value, InputError)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import ROOT

    tomllib = pytest.importorskip("tomllib")

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    assert (stop.value.code, capsys.readouterr().out) == (0, f"sinorus-facts {version}\n")


def test_warnings_are_the_same_with_two_processes(nlp: Language, office: Path) -> None:
    (office / "undated.txt").write_text(
        "Grain exports rose 9% this year, the ministry said.", encoding="utf-8"
    )
    one = [(r.doc_id, r.warnings) for r in extract_many([office])]
    two = [(r.doc_id, r.warnings) for r in extract_many([office], n_process=2)]
    assert (two, sorted({w.kind for _, ws in one for w in ws})) == (
        one,
        ["no_date", "skipped_file"],
    )


@pytest.mark.issue(29)
def test_russian_without_its_extra_says_what_to_install(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "sinorus_facts.pipeline.languages.language_available", lambda language: False
    )
    result = next(extract_many([{"id": "a", "text": "Экспорт угля вырос на 7 процентов за год."}]))
    assert (result.language, result.claims, [w.message for w in result.warnings]) == (
        "cyrillic",
        (),
        [
            (
                "the text looks cyrillic, not English: no claims were extracted "
                '(to read it: pip install "sinorus-facts[ru]")'
            )
        ],
    )


def test_a_link_to_a_missing_file_is_an_error_and_a_link_to_a_folder_is_not(
    nlp: Language, tmp_path: Path
) -> None:
    folder = tmp_path / "links"
    (folder / "kept").mkdir(parents=True)
    (folder / "kept" / "rail.txt").write_text("Rail freight rose 12% in 2019.", encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (folder / "elsewhere").symlink_to(folder / "kept")  # a link to a folder: not followed
    results = list(extract_many([folder], published="2020-01-01"))
    assert [(r.doc_id, len(r.claims), r.error and r.error.reason) for r in results] == [
        (
            "gone.txt",
            0,
            f"cannot read '{folder / 'gone.txt'}': a link to '{tmp_path / 'deleted.txt'}', which does not exist",
        ),
        ("kept/rail.txt", 1, None),
    ]
