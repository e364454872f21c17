"""Where graphkit finds its data files: ``schema/`` (rules, gazetteer, vocabulary) and ``queries/``.

graphkit runs from its checkout, installed in editable mode by ``scripts/bootstrap``, so both
folders sit beside the package. ``$GRAPHKIT_SCHEMA_DIR`` and ``$GRAPHKIT_QUERIES_DIR`` point
elsewhere (another layout, or edited copies of the rules).
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SCHEMA_ENV = "GRAPHKIT_SCHEMA_DIR"
QUERIES_ENV = "GRAPHKIT_QUERIES_DIR"


def schema_dir() -> Path:
    """The folder of rule and lexicon files: ``$GRAPHKIT_SCHEMA_DIR`` or ``<repo>/schema``."""
    return Path(os.environ.get(SCHEMA_ENV) or PROJECT_ROOT / "schema")


def schema_file(name: str) -> Path:
    """A file in :func:`schema_dir`, e.g. ``schema_file("event_types.yaml")``."""
    return schema_dir() / name


def queries_dir() -> Path:
    """The folder of named Cypher queries: ``$GRAPHKIT_QUERIES_DIR`` or ``<repo>/queries``."""
    return Path(os.environ.get(QUERIES_ENV) or PROJECT_ROOT / "queries")
