"""The README stays true: its Python runs, its commands are the ones CI runs."""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")

# A fenced block of the README: ```lang\n...\n```
FENCE = re.compile(r"```(?P<lang>\w*)\n(?P<body>.*?)```", re.DOTALL)

BASH_BLOCKS = [m.group("body").strip() for m in FENCE.finditer(README) if m.group("lang") == "bash"]
PYTHON_BLOCKS = [m.group("body") for m in FENCE.finditer(README) if m.group("lang") == "python"]


def test_readme_has_the_two_setup_commands() -> None:
    assert [b.split("&&")[-1].strip().split()[0] for b in BASH_BLOCKS[:2]] == [
        "sinorus-facts",
        "python",
    ]


def test_ci_runs_the_readmes_test_command() -> None:
    assert BASH_BLOCKS[1] in CI


@pytest.mark.parametrize("index", range(len(PYTHON_BLOCKS)))
def test_readme_python_runs(nlp: Language, index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    parser = doctest.DocTestParser()
    test = parser.get_doctest(PYTHON_BLOCKS[index], {}, f"README block {index}", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test, out=lambda _: None)
    assert (runner.failures, runner.tries > 0) == (0, True)


def test_readme_names_files_that_exist() -> None:
    named = set(
        re.findall(r"`((?:ingest|quantities|periods|claims|pipeline|lexicons)/[\w./]+)`", README)
    )
    missing = sorted(p for p in named if not (ROOT / "src" / "sinorus_facts" / p).exists())
    assert missing == []


def test_ci_script_is_executable() -> None:
    assert os.access(ROOT / ".ci" / "run", os.X_OK)


# The README's convention for measured figures: in "## Measured", every table that holds a
# digit and every paragraph that states a figure comes after a fenced block of the commands
# that reproduce it, within its own "###" subsection.
MEASURED_HEADING = "## Measured"

# A figure stated in prose: a decimal ("0.978", "94.8"), a grouped number ("1,150"), a
# percentage ("9%"), a ratio ("4.15×") or a count out of a total ("10 of 10").
FIGURE = re.compile(
    r"""\d+\.\d+            # 0.978
      | \d{1,3}(?:,\d{3})+   # 1,150
      | \d+\s?%              # 9%
      | \d+\s?×              # 2×
      | \d+\ of\ \d+         # 10 of 10
    """,
    re.VERBOSE,
)


def measured_section(markdown: str) -> str:
    """The text of the "## Measured" section, up to the next "## " heading."""
    if MEASURED_HEADING not in markdown:
        return ""
    rest = markdown.split(MEASURED_HEADING, 1)[1]
    return re.split(r"^## ", rest, maxsplit=1, flags=re.MULTILINE)[0]


def unreproduced(section: str) -> list[str]:
    """The first line of each table or paragraph of ``section`` that states a figure with no
    fenced command block before it in its subsection."""
    missing: list[str] = []
    has_command = in_fence = False
    block: list[str] = []

    def close() -> None:
        if block:
            table = block[0].startswith("|")
            states = (
                any(c.isdigit() for c in "".join(block))
                if table
                else bool(FIGURE.search(" ".join(block)))
            )
            if states and not has_command:
                missing.append(block[0])
            block.clear()

    for line in section.splitlines():
        if line.startswith("```"):
            close()
            if in_fence:
                has_command = True
            in_fence = not in_fence
        elif in_fence:
            continue
        elif line.startswith("#"):
            close()
            has_command = False
        elif not line.strip() or (block and block[0].startswith("|") != line.startswith("|")):
            close()
            if line.strip():
                block.append(line)
        else:
            block.append(line)
    close()
    return missing


def fenced_commands(section: str) -> list[str]:
    """Every line of the fenced blocks of ``section``."""
    return [
        line
        for m in FENCE.finditer(section)
        for line in m.group("body").splitlines()
        if line.strip()
    ]


# (id, a measured section, the lines it must report)
_SECTIONS = [
    (
        "table-after-its-command",
        "### A\n\n```\npython x.py\n```\n\n| a | b |\n| --- | --- |\n| F1 | 0.9 |\n",
        [],
    ),
    ("table-without-a-command", "### A\n\n| a | b |\n| --- | --- |\n| F1 | 0.9 |\n", ["| a | b |"]),
    (
        "command-of-another-subsection",
        "### A\n\n```\npython x.py\n```\n\n### B\n\n| F1 | 0.9 |\n",
        ["| F1 | 0.9 |"],
    ),
    (
        "prose-figure-without-a-command",
        "### A\n\nIt is 4.15× faster\non one core.\n",
        ["It is 4.15× faster"],
    ),
    (
        "prose-after-its-command",
        "### A\n\n```bash\nsinorus-facts extract seeds\n```\n\nF1 0.978.\n",
        [],
    ),
    ("prose-without-figures", "### A\n\nEight articles in the styles the library meets.\n", []),
    (
        "table-without-digits",
        "### A\n\n| step | where |\n| --- | --- |\n| read | `ingest/` |\n",
        [],
    ),
    (
        "a-command-after-the-table-is-too-late",
        "| F1 | 0.9 |\n\n```\npython x.py\n```\n",
        ["| F1 | 0.9 |"],
    ),
    (
        "count-out-of-a-total",
        "### A\n\nDates found in 10 of 10 articles.\n",
        ["Dates found in 10 of 10 articles."],
    ),
]


@pytest.mark.parametrize(
    ("section", "expected"), [s[1:] for s in _SECTIONS], ids=[s[0] for s in _SECTIONS]
)
def test_unreproduced_finds_figures_without_a_command(section: str, expected: list[str]) -> None:
    assert unreproduced(section) == expected


def test_every_measured_figure_has_its_command() -> None:
    section = measured_section(README)
    tables = [line for line in section.splitlines() if re.match(r"\|\s*-", line)]
    assert (unreproduced(section), len(tables) >= 3) == ([], True)


def test_measured_commands_run_scripts_that_exist() -> None:
    commands = fenced_commands(measured_section(README))
    scripts = [word for line in commands for word in line.split() if word.endswith(".py")]
    # a script of ../shared is checked where ../shared is beside the project (as in CI)
    beside = [
        s
        for s in scripts
        if not s.startswith("../") or (ROOT / "/".join(s.split("/")[:2])).is_dir()
    ]
    missing = [s for s in beside if not (ROOT / s).is_file()]
    assert (
        [
            line.split()[0]
            for line in commands
            if line.split()[0] not in ("python", "sinorus-facts")
        ],
        missing,
        len(scripts) >= 3,
    ) == ([], [], True)
