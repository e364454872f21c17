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


class _UniqueKeyLoader(_SAFE_LOADER):  # type: ignore[misc,valid-type]
    """The safe loader refusing a mapping that holds one key twice (plain YAML keeps the
    last, silently dropping the first's value)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_yaml(source: str | IO[str]) -> Any:
    """``yaml.safe_load(source)``, by libyaml when available, refusing a mapping that holds
    one key twice (raises ``yaml.YAMLError``): every data file graphkit reads is a lexicon
    or a rule set, where a second key would silently drop the first's words."""
    return yaml.load(source, Loader=_UniqueKeyLoader)  # noqa: S506 - a safe loader


def queries_dir() -> Path:
    """The folder of named Cypher queries: ``$GRAPHKIT_QUERIES_DIR`` or the package's."""
    return Path(os.environ.get(QUERIES_ENV) or PACKAGE_DIR / "queries")
