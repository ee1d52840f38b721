"""Shared fixtures: the model is loaded once for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline (model + sinorus components), loaded once."""
    from sinorus_facts import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_claims(nlp: Language):
    """Claims of every seed file, by file name."""
    from sinorus_facts import extract_file

    return {path.name: extract_file(path) for path in sorted(SEEDS.glob("*.txt"))}
