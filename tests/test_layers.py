"""The folders are the pipeline: every import of the package runs down its layers.

A module may import from its own folder and from any layer below its own, never from one
above (imports inside functions count: a cycle hidden in a function is still a cycle).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "sinorus_facts"

# The layers, bottom first. The face of the package (``sinorus_facts/__init__.py`` and
# ``__main__.py``) re-exports from every layer and is no layer itself.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors", "models", "lexicons", "common"),
    ("ingest",),
    ("quantities",),
    ("periods",),
    ("claims",),
    ("context",),
    ("pipeline",),
    ("api",),
    ("outputs", "distributed"),
    ("views",),
    ("analysis",),
    ("cli",),
)
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def _part_of(module: str) -> str:
    """The part of the package a module (named inside it: ``claims.modality``) belongs
    to: its folder, or itself at the top."""
    return module.split(".")[0]


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import of the package in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if path.name == "__init__.py":
        package += ".__init__"
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: -node.level]
                base = ".".join([*parts, base] if base else parts)
            found.append((node.lineno, base))
    return [(line, name) for line, name in found if name.startswith("sinorus_facts.")]


def _modules() -> list[Path]:
    return sorted(
        p
        for p in PACKAGE.rglob("*.py")
        if p.relative_to(PACKAGE).as_posix() not in ("__init__.py", "__main__.py")
    )


def test_every_part_of_the_package_has_a_layer() -> None:
    parts = {_part_of(".".join(p.relative_to(PACKAGE).with_suffix("").parts)) for p in _modules()}
    assert sorted(parts - set(RANK)) == []


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_imports_run_down(path: Path) -> None:
    own = _part_of(".".join(path.relative_to(PACKAGE).with_suffix("").parts))
    upward = [
        f"line {line}: {name}"
        for line, name in _imports(path)
        if RANK.get(_part_of(name.split(".", 1)[1]), -1) > RANK[own]
    ]
    assert upward == []


# Modules that read Russian or Chinese text alone.
_OTHER_LANGUAGE_MODULES = (
    "sinorus_facts.pipeline.languages",
    "sinorus_facts.quantities.ru",
    "sinorus_facts.quantities.zh",
    "sinorus_facts.periods.ru",
    "sinorus_facts.periods.zh",
    "sinorus_facts.context.languages",
    "sinorus_facts.claims.languages",
)


def test_english_text_loads_no_module_of_another_language() -> None:
    """The pipelines of Russian and Chinese are loaded at the first document in those
    languages: an English corpus does not pay for them."""
    import subprocess
    import sys

    code = (
        "import sys, sinorus_facts\n"
        "sinorus_facts.extract('Exports rose 5% to $3 billion in 2019.', published='2020-01-01')\n"
        f"print(sorted(m for m in {_OTHER_LANGUAGE_MODULES!r} if m in sys.modules))\n"
        "sinorus_facts.extract('Товарооборот вырос на 5%.', published='2020-01-01')\n"
        "print('sinorus_facts.pipeline.languages' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    assert done.stdout.split("\n")[:2] == ["[]", "True"]
