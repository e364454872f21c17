"""The event ontology's reference data: each event type's PLOVER quad class, read from
``schema/event_types.yaml``.

The quad classes (verbal cooperation, material cooperation, verbal conflict, material
conflict) say whether an event type is talk or action, and cooperative or conflictual:
``dyad_summary`` balances them and ``actor_network`` counts them. They are data, the
``quad_class`` field of each type in ``event_types.yaml``, so reclassifying a type never
means editing Python. A type without the field (``OTHER``) is unclassified.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from graphkit.errors import QueryError
from graphkit.resources import load_yaml, schema_file

QUAD_CLASSES = ("verbal cooperation", "material cooperation", "verbal conflict",
                "material conflict")


def _event_types_file() -> Path:
    return schema_file("event_types.yaml")


@cache
def quad_classes() -> dict[str, str]:
    """``{event type: quad class}`` for every type of ``event_types.yaml`` that has one.

    Raises:
        QueryError: the file is missing or malformed, or names an unknown class.

    Example:
        >>> quad_classes()["SANCTION"]  # doctest: +SKIP
        'material conflict'
    """
    path = _event_types_file()
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise QueryError(f"cannot read the event types' quad classes from {path}: {exc}") from exc
    classes = {}
    for name, spec in (data.get("types") or {}).items():
        value = (spec or {}).get("quad_class")
        if value is None:
            continue
        if value not in QUAD_CLASSES:
            raise QueryError(f"{path}: {name} has quad_class {value!r}, not one of "
                             f"{', '.join(QUAD_CLASSES)}")
        classes[str(name)] = value
    return classes
