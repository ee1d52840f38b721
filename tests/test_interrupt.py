"""Ctrl-C that always lands (issue 28): SIGINT at any moment of a large run ends it with exit
code 130 and one line on stderr, whatever was written is valid JSONL up to its last
complete line, and ``-o`` is either the old file or the whole new one; with
``--n-process`` too (the signal sent to the whole process group, as a terminal does)."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sinorus_facts.cli import INTERRUPTED, interrupted, main, stopping_on_interrupt
from sinorus_facts.cli.progress import BatchStats, ProgressLine
from sinorus_facts.models import DocumentResult

OLD = '{"an": "earlier run"}\n'

# Sentences of news with figures, to make a corpus long enough to be mid-run when the
# signal comes.
TEMPLATES = (
    "Coal exports through the border crossing rose {p}% to {n},{m} tonnes in {month}, officials said.",
    "Imports of soybeans fell {p} percent year on year to ${n}.{d} million in the first quarter.",
    "The railway handled {n} freight trains carrying {m} tonnes of timber in {month}.",
    "Trade turnover between the two regions reached {n} million yuan, up {p}% from a year earlier.",
    "Gas deliveries are expected to reach {n} billion cubic metres next year, the company said.",
)
MONTHS = ("January", "March", "May", "July", "September", "November")


def _document(number: int) -> str:
    lines = []
    for line in range(6):
        k = number * 7 + line
        lines.append(
            TEMPLATES[k % len(TEMPLATES)].format(
                p=k % 40 + 1.5,
                n=k % 900 + 10,
                m=100 + k % 899,
                d=k % 9,
                month=MONTHS[k % len(MONTHS)],
            )
        )
    return " ".join(lines)


@pytest.fixture(autouse=True)
def ctrl_c_not_ignored() -> Iterator[None]:
    """Ctrl-C as at a terminal: a shell that starts the tests in the background hands them
    SIGINT ignored, and the CLI keeps an ignored SIGINT ignored (as Python itself does)."""
    before = signal.getsignal(signal.SIGINT)
    if before is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("interrupt") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number in range(4000):
            out.write(json.dumps({"id": f"d{number}", "text": _document(number)}) + "\n")
    return path


def _default_sigint() -> None:
    """In the child: Ctrl-C handled as by default (a shell may start it ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt(args: list[str], delay: float, *, group: bool) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "sinorus_facts", "extract", *args]
    child = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, which a terminal's Ctrl-C reaches
        preexec_fn=_default_sigint,  # noqa: PLW1509 - the test's point: Ctrl-C as by default
    )
    _library_loading(child.pid)
    time.sleep(delay)
    try:
        if group:
            os.killpg(child.pid, signal.SIGINT)
        else:
            child.send_signal(signal.SIGINT)
    except ProcessLookupError:  # it ended before
        pass
    out, err = child.communicate(timeout=300)
    return subprocess.CompletedProcess(command, child.returncode, out, err)


def _library_loading(pid: int) -> None:
    """Wait until the child has begun to load the library (numpy is in its memory): before
    that it is the interpreter starting up, which no program can answer (where /proc is not
    there, a second)."""
    maps = Path(f"/proc/{pid}/maps")
    if not maps.exists():
        time.sleep(1.0)
        return
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if "numpy" in maps.read_text(encoding="utf-8", errors="replace"):
                return
        except OSError:  # it ended
            return
        time.sleep(0.01)


def _valid_jsonl(text: str) -> bool:
    """Every complete line is a JSON object (a last line cut short may follow)."""
    lines = text.split("\n")[:-1]
    return all(isinstance(json.loads(line), dict) for line in lines)


# (seconds after the library began to load, extra arguments, signal the whole process
# group): while the library loads, while the model loads, in the analysis, in the worker
# processes.
CASES = [
    pytest.param(0.0, [], False, id="while-loading-the-library"),
    pytest.param(1.0, [], False, id="while-loading-the-model"),
    pytest.param(4.0, [], False, id="mid-run"),
    pytest.param(8.0, [], True, id="mid-run-process-group"),
    pytest.param(1.5, ["--n-process", "2"], True, id="workers-starting"),
    pytest.param(7.0, ["--n-process", "2"], True, id="workers-mid-run"),
]


@pytest.mark.slow
@pytest.mark.issue(28)
@pytest.mark.parametrize(("delay", "extra", "group"), CASES)
def test_sigint_at_any_moment_exits_130_with_one_line_and_keeps_the_output_whole(
    corpus: Path, tmp_path: Path, delay: float, extra: list[str], group: bool
) -> None:
    target = tmp_path / "claims.jsonl"
    target.write_text(OLD, encoding="utf-8")
    ended = _interrupt([str(corpus), "-o", str(target), *extra], delay, group=group)
    written = target.read_text(encoding="utf-8")
    whole = written == OLD or (_valid_jsonl(written) and written.endswith("\n"))
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part"))
    assert (ended.returncode, ended.stderr, whole, leftovers) == (130, INTERRUPTED + "\n", True, [])


@pytest.mark.slow
@pytest.mark.issue(28)
@pytest.mark.parametrize("delay", [2.0, 6.0], ids=["early", "later"])
def test_sigint_with_output_on_stdout_leaves_valid_jsonl(corpus: Path, delay: float) -> None:
    ended = _interrupt([str(corpus)], delay, group=True)
    assert (ended.returncode, ended.stderr, _valid_jsonl(ended.stdout)) == (
        130,
        INTERRUPTED + "\n",
        True,
    )


def _results(count: int) -> Iterator[DocumentResult]:
    from sinorus_facts.models import Claim, Evidence

    for number in range(count):
        claim = Claim(
            id=f"c{number}",
            doc_id=f"d{number}",
            value=5.0,
            unit="%",
            evidence=Evidence(
                sentence="Exports rose 5%.",
                sentence_start=0,
                sentence_end=16,
                quantity="5%",
                quantity_start=13,
                quantity_end=15,
            ),
            confidence=1.0,
        )
        yield DocumentResult(doc_id=f"d{number}", claims=(claim,), language="en")


def _swallowed_interrupt(*_: object, **__: object) -> Iterator[DocumentResult]:
    """Two results, then a Ctrl-C that some library code swallows, then more results."""
    results = _results(5)
    yield next(results)
    yield next(results)
    try:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.5)  # the handler runs here
    except KeyboardInterrupt:
        pass  # swallowed on the way
    yield from results


def _interrupt_in_move(when: str) -> object:
    real = os.replace

    def replace(source: str, target: str) -> None:
        if when == "after":
            real(source, target)
        raise KeyboardInterrupt

    return replace


@pytest.mark.issue(28)
@pytest.mark.parametrize(
    ("where", "expected"),
    [
        pytest.param("swallowed", OLD, id="an-interrupt-swallowed-on-the-way"),
        pytest.param("before", OLD, id="in-the-final-move-before-it"),
        pytest.param("after", "new", id="in-the-final-move-after-it"),
    ],
)
def test_an_interrupt_that_lands_anywhere_still_ends_the_run_with_130(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    where: str,
    expected: str,
) -> None:
    import sinorus_facts.api
    import sinorus_facts.outputs.output_files

    source = tmp_path / "in.txt"
    source.write_text("Exports rose 5%.", encoding="utf-8")
    target = tmp_path / "claims.jsonl"
    target.write_text(OLD, encoding="utf-8")
    if where == "swallowed":
        monkeypatch.setattr(sinorus_facts.api, "extract_many", _swallowed_interrupt)
    else:
        monkeypatch.setattr(sinorus_facts.api, "extract_many", lambda *a, **k: _results(3))
        monkeypatch.setattr(
            sinorus_facts.outputs.output_files.os, "replace", _interrupt_in_move(where)
        )
    before = signal.getsignal(signal.SIGINT)
    code = main(["extract", str(source), "-o", str(target), "--quiet"])
    written = target.read_text(encoding="utf-8")
    state = "new" if written != OLD and len(written.splitlines()) == 3 else written
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part"))
    assert (code, capsys.readouterr().err, state, leftovers, signal.getsignal(signal.SIGINT)) == (
        130,
        INTERRUPTED + "\n",
        expected,
        [],
        before,
    )


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.issue(28)
def test_the_message_of_ctrl_c_starts_a_line_of_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    progress = ProgressLine(terminal, enabled=True)
    progress.update(BatchStats(documents=3, claims=40), force=True)
    with stopping_on_interrupt():
        code = interrupted()
    drawn = terminal.getvalue()
    assert (code, drawn.split("\r")[-1], drawn.split("\r")[-2].strip()) == (
        130,
        INTERRUPTED + "\n",
        "",
    )
