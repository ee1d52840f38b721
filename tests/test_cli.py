"""The command line: exit codes, clear one-line errors, claims-only output, error records,
--strict, --quiet, and the progress line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from spacy.language import Language

from sinorus_facts.cli.commands import main
from sinorus_facts.cli.progress import BatchStats, ProgressLine
from sinorus_facts.models import Claim, DocumentError, DocumentResult, DocumentWarning

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder with two good files, an empty one, a binary one and a corpus with a bad line."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.txt").write_text("Grain exports rose 9% to 4 million tonnes.", encoding="utf-8")
    (folder / "b.bin.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "c.txt").write_text("", encoding="utf-8")
    (folder / "d.jsonl").write_text(
        '{"id": "d1", "text": "Car sales fell 6%."}\n{"id": "d2"\n', encoding="utf-8"
    )
    return folder


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], list[str]]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err.splitlines()


# (what is wrong, arguments, the one line on stderr)
_USAGE_ERRORS = [
    (
        "missing path",
        ["extract", "no/such/folder"],
        "sinorus-facts: no such file or directory: 'no/such/folder'",
    ),
    (
        "unknown format",
        ["extract", str(SEEDS), "--format", "xml"],
        "sinorus-facts: unknown --format 'xml'; use one of: jsonl, csv, table",
    ),
    (
        "date that is not one",
        ["extract", str(SEEDS), "--published", "31/05/2018"],
        "sinorus-facts: --published: 'published' must be a date as YYYY-MM-DD, not '31/05/2018'",
    ),
    (
        "output in a missing folder",
        ["extract", str(SEEDS), "-o", "no/such/dir/out.jsonl"],
        "sinorus-facts: cannot write 'no/such/dir/out.jsonl': No such file or directory",
    ),
]


@pytest.mark.parametrize(
    ("argv", "message"), [r[1:] for r in _USAGE_ERRORS], ids=[r[0] for r in _USAGE_ERRORS]
)
def test_a_usage_error_is_one_line_and_exit_code_2(
    nlp: Language,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    assert _run(argv, capsys) == (2, [], [message])


def test_an_unreadable_folder_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sinorus_facts.cli.commands.os.access", lambda path, mode: False)
    assert _run(["extract", str(tmp_path)], capsys) == (
        2,
        [],
        [f"sinorus-facts: cannot read directory '{tmp_path}': permission denied"],
    )


def test_a_bad_process_count_is_refused_by_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit, match="2"):
        main(["extract", str(SEEDS), "--n-process", "zero"])


def test_failed_documents_give_error_lines_a_summary_and_exit_code_1(
    nlp: Language,
    mixed: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _run(["extract", str(mixed)], capsys)
    claims = [Claim.model_validate_json(line) for line in out]
    assert (code, [(c.doc_id, c.evidence.quantity) for c in claims], err) == (
        1,
        [
            ("a.txt", "9%"),
            ("a.txt", "4 million tonnes"),
            ("d1", "6%"),
        ],
        [
            f"sinorus-facts: error: b.bin.txt: decode: '{mixed / 'b.bin.txt'}' is not text: it looks like a binary file",
            "sinorus-facts: error: d.jsonl:2: read: not a JSON object (Expecting ',' delimiter: line 2 column 1 (char 12))",
            (
                "sinorus-facts: 3 claims from 5 documents, 1 without figures; 2 failed (first: b.bin.txt: decode: "
                f"'{mixed / 'b.bin.txt'}' is not text: it looks like a binary file)"
            ),
            (
                "sinorus-facts: warning: 2 documents without a publication date (first: a.txt: no publication date "
                "found: relative periods ('this year', 'last month') are left without a period; give the date with "
                "--published or published=)"
            ),
        ],
    )


def test_errors_file_gets_the_error_records(
    nlp: Language,
    mixed: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    errors = tmp_path / "errors.jsonl"
    code, _, err = _run(["extract", str(mixed), "--errors", str(errors), "-q"], capsys)
    lines = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    records = [
        DocumentError.model_validate(r)
        if r["record"] == "error"
        else DocumentWarning.model_validate(r)
        for r in lines
    ]
    assert (
        code,
        [(r.document, r.stage if isinstance(r, DocumentError) else r.kind) for r in records],
        len(err),
    ) == (
        1,
        [("a.txt", "no_date"), ("b.bin.txt", "decode"), ("d1", "no_date"), ("d.jsonl:2", "read")],
        1,
    )


def test_strict_stops_at_the_first_failed_document(
    nlp: Language, mixed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(["extract", str(mixed), "--strict", "-q"], capsys)
    assert (code, len(out), err) == (
        1,
        2,
        [
            (
                "sinorus-facts: stopped at the first failed document (--strict): 2 claims from 2 documents; 1 failed "
                f"(first: b.bin.txt: decode: '{mixed / 'b.bin.txt'}' is not text: it looks like a binary file)"
            )
        ],
    )


def test_a_clean_run_exits_0_and_quiet_says_nothing(
    nlp: Language, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(["extract", str(SEEDS), "-q"], capsys)
    assert (code, len(out) > 0, err) == (0, True, [])


def test_the_summary_says_how_many_texts_were_not_english(
    nlp: Language,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "el.txt").write_text(
        "Το εμπόριο μεταξύ Ρωσίας και Κίνας αυξήθηκε κατά 15 τοις εκατό πέρυσι, σύμφωνα με τα τελωνεία.",
        encoding="utf-8",
    )
    (tmp_path / "ru.txt").write_text(
        "Объём торговли России и Китая увеличился на 12 процентов за год.", encoding="utf-8"
    )
    (tmp_path / "en.txt").write_text("Trade between the two rose 15% in a year.", encoding="utf-8")
    assert _run(["extract", str(tmp_path), "--published", "2020-01-01"], capsys)[0::2] == (
        0,
        ["sinorus-facts: 2 claims from 3 documents; 1 not in English (no claims)"],
    )


def test_two_processes_write_the_same_output(
    nlp: Language, capsys: pytest.CaptureFixture[str]
) -> None:
    one = _run(["extract", str(SEEDS), "-q"], capsys)
    two = _run(["extract", str(SEEDS), "-q", "--n-process", "2"], capsys)
    assert two == one


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _clock(times: list[float]) -> object:
    moments = iter(times)
    return lambda: next(moments)


def test_progress_line_redraws_in_place_on_a_terminal() -> None:
    stream = _Terminal()
    progress = ProgressLine(stream, enabled=True, clock=_clock([0.0, 1.0, 1.1, 2.0]))  # type: ignore[arg-type]
    stats = BatchStats()
    for claims in (3, 0):
        stats.add(DocumentResult(doc_id="x", claims=(), language="en"))
        stats.claims += claims
        progress.update(stats)
    progress.close(stats)
    assert stream.getvalue() == (
        "\r1 documents, 3 claims, 0 failed, 1.0 documents/s"
        "\r2 documents, 3 claims, 0 failed, 1.0 documents/s\n"
    )


def test_no_progress_line_when_stderr_is_not_a_terminal(
    nlp: Language, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, err = _run(["extract", str(SEEDS / "000_79b10f59d3d06036.txt")], capsys)
    assert [line for line in err if "\r" in line or "documents/s" in line] == []


def test_claims_output_holds_claims_only(
    nlp: Language,
    mixed: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "claims.jsonl"
    main(["extract", str(mixed), "-o", str(out), "-q"])
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [sorted(set(row) - set(Claim.model_fields)) for row in rows] == [[], [], []]
