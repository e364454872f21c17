"""Fixtures shared by the whole suite.

``shared_corpus``: the dev corpus in ../shared/corpus/dev. Tests that use it skip only when
that folder is absent (CI always has it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "dev"


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """The folder of real news pages with gold annotations."""
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"{SHARED_CORPUS} is absent")
    return SHARED_CORPUS


# --- Neo4j (section owned by tests/conftest neo4j fixture work) ---
