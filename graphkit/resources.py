"""Where graphkit finds its data files: ``schema/`` (rules, gazetteer, vocabulary) and ``queries/``.

Both are package data: in a checkout they sit at the top (``schema/``, ``queries/``) and
``graphkit/schema`` and ``graphkit/queries`` are symlinks to them; a wheel (``pip install .``)
carries them inside the package. Either way they are found beside this module, so graphkit
works from any folder. ``$GRAPHKIT_SCHEMA_DIR`` and ``$GRAPHKIT_QUERIES_DIR`` point
elsewhere (edited copies of the rules).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any

import yaml

# libyaml's parser when PyYAML was built with it: the same data as ``yaml.safe_load``
# (checked on every schema file), about 7 times faster (~0.4 s of every start, once).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent  # the checkout, when graphkit runs from one
SCHEMA_ENV = "GRAPHKIT_SCHEMA_DIR"
QUERIES_ENV = "GRAPHKIT_QUERIES_DIR"


def schema_dir() -> Path:
    """The folder of rule and lexicon files: ``$GRAPHKIT_SCHEMA_DIR`` or the package's."""
    return Path(os.environ.get(SCHEMA_ENV) or PACKAGE_DIR / "schema")


def schema_file(name: str) -> Path:
    """A file in :func:`schema_dir`, e.g. ``schema_file("event_types.yaml")``."""
    return schema_dir() / name


def load_yaml(source: str | IO[str]) -> Any:
    """``yaml.safe_load(source)``, by libyaml when available (raises ``yaml.YAMLError``)."""
    return yaml.load(source, Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader


def queries_dir() -> Path:
    """The folder of named Cypher queries: ``$GRAPHKIT_QUERIES_DIR`` or the package's."""
    return Path(os.environ.get(QUERIES_ENV) or PACKAGE_DIR / "queries")
