"""The command line's files (issue 18): an output that is one of the inputs is refused
before anything is opened; outputs are written to a temporary name and moved into place
only when the run reaches its end, so a failed run leaves the old files as they were;
special files are refused as inputs and written directly as outputs."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from sinorus_facts.cli.commands import main
from sinorus_facts.models import Claim

OLD = '{"an": "earlier run"}\n'


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "Coal exports rose 8% to 12 million tonnes."})
        + "\n"
        + json.dumps({"id": "b"})
        + "\n",
        encoding="utf-8",
    )
    return path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(argv)
    return code, capsys.readouterr().err.splitlines()


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# (id, the arguments after "extract" with {c} the corpus and {d} its folder, the message)
_REFUSED = [
    (
        "output_is_the_corpus",
        ["{c}", "-o", "{c}"],
        "-o '{c}' is one of the inputs: it would be overwritten; write elsewhere",
    ),
    (
        "errors_file_is_the_corpus",
        ["{c}", "--errors", "{c}"],
        "--errors '{c}' is one of the inputs: it would be overwritten; write elsewhere",
    ),
    (
        "output_is_a_corpus_in_the_folder_given",
        ["{d}", "-o", "{c}"],
        "-o '{c}' is one of the inputs: it would be overwritten; write elsewhere",
    ),
    (
        "output_and_errors_are_one_file",
        ["{c}", "-o", "{d}/out.jsonl", "--errors", "{d}/out.jsonl"],
        "-o and --errors name the same file '{d}/out.jsonl'; give two files",
    ),
]


@pytest.mark.parametrize(
    ("argv", "message"), [r[1:] for r in _REFUSED], ids=[r[0] for r in _REFUSED]
)
def test_an_output_that_is_an_input_is_refused_before_anything_is_opened(
    corpus: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    before = corpus.read_bytes()
    names = {"c": str(corpus), "d": str(corpus.parent)}
    code, err = _run(["extract", *(a.format(**names) for a in argv), "-q"], capsys)
    assert (code, err, corpus.read_bytes(), _files(corpus.parent)) == (
        2,
        [f"sinorus-facts: {message.format(**names)}"],
        before,
        ["corpus.jsonl"],
    )


def test_a_bad_errors_path_leaves_the_output_as_it_was(
    nlp: Language,
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "claims.jsonl"
    out.write_text(OLD, encoding="utf-8")
    code, err = _run(
        ["extract", str(corpus), "-o", str(out), "--errors", str(tmp_path / "no" / "errors.jsonl")],
        capsys,
    )
    assert (code, err, out.read_text(encoding="utf-8"), _files(tmp_path)) == (
        2,
        [
            f"sinorus-facts: cannot write '{tmp_path / 'no' / 'errors.jsonl'}': No such file or directory"
        ],
        OLD,
        ["claims.jsonl", "corpus.jsonl"],
    )


def test_an_unknown_model_leaves_the_output_as_it_was_and_says_so(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "claims.jsonl"
    out.write_text(OLD, encoding="utf-8")
    code, err = _run(
        ["extract", str(corpus), "-o", str(out), "--model", "no_such_pipeline_xyz"], capsys
    )
    assert (
        code,
        len(err),
        "is neither an installed pipeline" in err[0],
        "is not installed" in err[0],
        out.read_text(encoding="utf-8"),
        _files(tmp_path),
    ) == (2, 1, True, False, OLD, ["claims.jsonl", "corpus.jsonl"])


def test_strict_stop_leaves_the_output_as_it_was(
    nlp: Language,
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "claims.jsonl"
    out.write_text(OLD, encoding="utf-8")
    code, err = _run(["extract", str(corpus), "-o", str(out), "--strict", "-q"], capsys)
    assert (
        code,
        err[-1].endswith(f"'{out}' left as they were"),
        out.read_text(encoding="utf-8"),
        _files(tmp_path),
    ) == (1, True, OLD, ["claims.jsonl", "corpus.jsonl"])


def test_ctrl_c_leaves_the_outputs_as_they_were(
    nlp: Language,
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sinorus_facts import api

    real = api.extract_many

    def interrupted(*args: object, **kwargs: object) -> Iterator[object]:
        for number, result in enumerate(real(*args, **kwargs)):  # type: ignore[arg-type]
            if number == 1:
                raise KeyboardInterrupt
            yield result

    monkeypatch.setattr(api, "extract_many", interrupted)
    out, errors = tmp_path / "claims.jsonl", tmp_path / "errors.jsonl"
    out.write_text(OLD, encoding="utf-8")
    code, err = _run(["extract", str(corpus), "-o", str(out), "--errors", str(errors)], capsys)
    assert (code, err, out.read_text(encoding="utf-8"), _files(tmp_path)) == (
        130,
        ["sinorus-facts: interrupted"],
        OLD,
        ["claims.jsonl", "corpus.jsonl"],
    )


def test_a_run_that_ends_replaces_the_outputs_and_leaves_no_temporary_file(
    nlp: Language,
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out, errors = tmp_path / "claims.jsonl", tmp_path / "errors.jsonl"
    out.write_text(OLD, encoding="utf-8")
    code, _ = _run(["extract", str(corpus), "-o", str(out), "--errors", str(errors), "-q"], capsys)
    claims = [
        Claim.model_validate_json(line).evidence.quantity
        for line in out.read_text(encoding="utf-8").splitlines()
    ]
    records = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    failed = [r["document"] for r in records if r["record"] == "error"]  # (warnings are there too)
    assert (code, claims, failed, _files(tmp_path)) == (
        1,
        ["8%", "12 million tonnes"],
        ["corpus.jsonl:2"],
        ["claims.jsonl", "corpus.jsonl", "errors.jsonl"],
    )


def test_a_special_output_file_is_written_directly(
    nlp: Language, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["extract", str(corpus), "-o", os.devnull, "-q"], capsys)[0] == 1


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_special_input_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = tmp_path / "feed.txt"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")
    assert _run(["extract", str(path)], capsys) == (
        2,
        [
            f"sinorus-facts: '{path}' is not a regular file (a pipe, socket or device): give a file or a folder"
        ],
    )
