"""The README stays true: its Python runs, its commands are the ones CI runs."""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")

# A fenced block of the README: ```lang\n...\n```
FENCE = re.compile(r"```(?P<lang>\w*)\n(?P<body>.*?)```", re.DOTALL)

BASH_BLOCKS = [m.group("body").strip() for m in FENCE.finditer(README) if m.group("lang") == "bash"]
PYTHON_BLOCKS = [m.group("body") for m in FENCE.finditer(README) if m.group("lang") == "python"]


def test_readme_has_the_two_setup_commands() -> None:
    assert [b.split("&&")[-1].strip().split()[0] for b in BASH_BLOCKS[:2]] == ["sinorus-facts", "python"]


def test_ci_runs_the_readmes_test_command() -> None:
    assert BASH_BLOCKS[1] in CI


@pytest.mark.parametrize("index", range(len(PYTHON_BLOCKS)))
def test_readme_python_runs(nlp, index: int, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)
    parser = doctest.DocTestParser()
    test = parser.get_doctest(PYTHON_BLOCKS[index], {}, f"README block {index}", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test, out=lambda _: None)
    assert (runner.failures, runner.tries > 0) == (0, True)


def test_readme_names_files_that_exist() -> None:
    named = set(re.findall(r"`((?:ingest|quantities|periods|claims|pipeline|lexicons)/[\w./]+)`", README))
    missing = sorted(p for p in named if not (ROOT / "src" / "sinorus_facts" / p).exists())
    assert missing == []


def test_ci_script_is_executable() -> None:
    assert os.access(ROOT / ".ci" / "run", os.X_OK)
