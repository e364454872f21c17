"""The rules of cross-article resolution (``schema/resolution.yaml``) and the name key.

Both :mod:`graphkit.resolve.actors` and :mod:`graphkit.resolve.events` read these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from graphkit.model import slugify
from graphkit.resources import load_yaml

RULES_FILE = "resolution.yaml"  # in graphkit.resources.schema_dir()

Row = dict[str, Any]


@dataclass(frozen=True)
class ResolutionRules:
    """The rules of ``schema/resolution.yaml`` (see that file for each field)."""

    merge_types: frozenset[str] = frozenset({"CALL", "MEET"})
    merge_modalities: frozenset[str] = frozenset({"asserted", "implied_prior"})
    directed_types: frozenset[str] = frozenset()
    day_window: int = 1
    exact_date_rules: frozenset[str] = frozenset({"explicit"})
    implied_prior_refers_to: bool = True
    name_folds: tuple[tuple[str, str], ...] = ()

    @classmethod
    def load(cls, path: str | Path | None = None) -> ResolutionRules:
        """Read the rules; the default file is cached."""
        from graphkit.resources import schema_file

        return _load_rules(str(path or schema_file(RULES_FILE)))


@cache
def _load_rules(path: str) -> ResolutionRules:
    data = load_yaml(Path(path).read_text(encoding="utf-8")) or {}
    return ResolutionRules(
        merge_types=frozenset(data.get("merge_types", ())),
        merge_modalities=frozenset(data.get("merge_modalities", ())),
        directed_types=frozenset(data.get("directed_types", ())),
        day_window=int(data.get("day_window", 1)),
        exact_date_rules=frozenset(data.get("exact_date_rules", ())),
        implied_prior_refers_to=bool(data.get("implied_prior_refers_to", True)),
        name_folds=tuple((str(a), str(b)) for a, b in data.get("name_folds", ())),
    )


def name_key(name: str, rules: ResolutionRules) -> str:
    """The folded key of a name: ``"Sergey Ivanov"`` and ``"Sergei Ivanov"`` -> ``sergei-ivanov``."""
    return _name_key(name, rules)


@lru_cache(maxsize=1 << 16)  # (names repeat across articles)
def _name_key(name: str, rules: ResolutionRules) -> str:
    words = slugify(name).split("-")
    for pattern, repl in rules.name_folds:
        words = [re.sub(pattern, repl, w) for w in words]
    return "-".join(w for w in words if w)
