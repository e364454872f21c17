"""Small helpers shared by the extractor tests in this folder.

``from extract.helpers import _events`` (``tests/`` is on ``sys.path``, as for
``store.samples``).
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from graphkit.extract import Extractor
from graphkit.extract.learned import EventDetector
from graphkit.model import Article, Event
from graphkit.resources import schema_dir
from graphkit.training_labels import TYPES

PUBLISHED = date(2025, 3, 14)  # a Friday


def _events(extractor: Extractor, text: str, published: date = PUBLISHED) -> list[Event]:
    """The events the extractor finds in ``text`` published on ``published``."""
    article = Article(id="test", text=text, published=published)
    return list(extractor.extract(article).events)


def _of_type(events: list[Event], type_: str, modality: str = "asserted") -> list[Event]:
    """The events of one type and modality."""
    return [e for e in events if e.type == type_ and e.modality == modality]


def _asserted(events: list[Event], type_: str) -> list[Event]:
    """The asserted events of one type."""
    return _of_type(events, type_)


def _modalities(extractor: Extractor, text: str, type_: str) -> set[str]:
    """The modalities of the events of one type the extractor finds in ``text``."""
    return {e.modality for e in _events(extractor, text) if e.type == type_}


def _countries(event: Event) -> set[str | None]:
    """The countries of an event's actors."""
    return {a.country for a in event.actors}


def _first_statement_parties(extractor: Extractor, text: str) -> list[str]:
    """The names of the parties of the first asserted STATEMENT found in ``text`` (the
    test fails when there is none)."""
    statements = _asserted(_events(extractor, text), "STATEMENT")
    assert statements, "no statement found"
    return [a.name for a in statements[0].actors]


def _roles(event: Event) -> dict[str | None, str]:
    """Each participant's country with its role (source, target, ...)."""
    return {p.actor.country: p.role for p in event.participants}


def _schema_with(tmp_path: Path, file: str, key: str, value: object) -> Path:
    """A copy of the schema folder where ``key`` of ``file`` is ``value``."""
    folder = tmp_path / "schema"
    shutil.copytree(schema_dir(), folder)
    data = yaml.safe_load((folder / file).read_text(encoding="utf-8"))
    assert key in data, f"{file} has no setting {key}"
    data[key] = value
    (folder / file).write_text(yaml.safe_dump(data), encoding="utf-8")
    return folder


def _with_setting(extractor: Extractor, tmp_path: Path, file: str, key: str, value: object,
                  **options: Any) -> Extractor:
    """An extractor on ``extractor``'s pipeline over a copy of the schema folder where
    ``key`` of ``file`` is ``value`` (``options``: more arguments of :class:`Extractor`)."""
    return Extractor(nlp=extractor.nlp, schema_dir=_schema_with(tmp_path, file, key, value), **options)


def _adding(type_name: str) -> EventDetector:
    """A detector that adds ``type_name`` to every sentence and vetoes nothing (with no
    words of its own it anchors on the sentence's root)."""
    bias = np.full(len(TYPES), -6.0)
    bias[list(TYPES).index(type_name)] = 6.0
    return EventDetector(TYPES, [], np.zeros((len(TYPES), 0), dtype=np.float32), bias,
                         dict.fromkeys(TYPES, 0.5), dict.fromkeys(TYPES, 0.0))


def _word_detector(weights: dict[tuple[str, str], float]) -> EventDetector:
    """A hand-made detector: ``weights`` maps (feature, type) to a weight ("w:talk",
    "MEET"); it adds a type where a weighted word stands and vetoes nothing."""
    features = sorted({f for f, _ in weights})
    matrix = np.zeros((len(TYPES), len(features)), dtype=np.float32)
    for (feature, type_name), weight in weights.items():
        matrix[TYPES.index(type_name), features.index(feature)] = weight
    return EventDetector(TYPES, features, matrix, np.full(len(TYPES), -6.0),
                         dict.fromkeys(TYPES, 0.5), dict.fromkeys(TYPES, 0.0))
