"""POLECAT weekly event files (Harvard Dataverse): tab-separated, one header row.

The columns graphkit reads, by their header names (:data:`POLECAT_COLUMNS` is the weekly
layout): the PLOVER ``Event Type`` and ``Event Mode`` (mapped through the ontology's
PLOVER codes, :meth:`~graphkit.imports.coding.Ontology.from_plover`), the actor and
recipient (``Actor Name``, ``Actor Country``, ``Wikipedia Actor ID``; ``Recipient …``),
``Event Date``, ``Intensity``, and the story: ``Story ID`` when the file has one (else the
event's own id), ``Source`` (the outlet) and ``Publication Date``. Each row becomes one
Event (``source`` ``polecat``, ``source_id`` its Event ID); a person is found by the
Wikipedia title POLECAT links, or by name, else the actor's country stands for it.

A row missing a column, or with a bad date or intensity, is a :class:`LoadError` naming
its line, and is skipped whole.
"""

from __future__ import annotations

from pathlib import Path

from graphkit.imports.coding import (
    ActorCoder,
    HeadedRow,
    Ontology,
    ReadResult,
    RowCoding,
    number,
    parse_day,
    read_headed_table,
)

SOURCE = "polecat"

POLECAT_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
    "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country",
    "Recipient COW", "Primary Recipient Sector", "Recipient Sectors", "Recipient Title",
    "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City", "District", "Province",
    "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type", "Source",
    "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language",
    "Version",
)
"""The columns of a POLECAT weekly file, in order."""

_REQUIRED = ("Event Type", "Actor Name", "Recipient Name")


def read_polecat(path: str | Path, *, ontology: Ontology | None = None,
                 actors: ActorCoder | None = None) -> ReadResult:
    """Read a POLECAT weekly file (plain or zipped) into extractions.

    Raises:
        LoadError: the file cannot be read, or its header lacks a column graphkit needs.

    Example:
        >>> read_polecat("ngec_coded_all_2024-01-07.txt").rows  # doctest: +SKIP
        9120
    """
    return read_headed_table(path, kind=SOURCE, label="a POLECAT event file",
                             required=_REQUIRED, code_row=_coded, ontology=ontology,
                             actors=actors)


def _coded(row: HeadedRow, ontology: Ontology, actors: ActorCoder) -> RowCoding:
    cells = row.cells
    category = cells["Event Type"].strip()
    if not category:
        raise ValueError("Event Type is empty")
    coding = ontology.from_plover(category, cells.get("Event Mode"))
    published = cells.get("Publication Date", "").strip()
    return RowCoding(
        coding=coding,
        source=actors.actor(cells["Actor Name"], cells.get("Actor Country", ""),
                            cells.get("Wikipedia Actor ID", "")),
        target=actors.actor(cells["Recipient Name"], cells.get("Recipient Country", ""),
                            cells.get("Wikipedia Recipient ID", "")),
        story=cells.get("Story ID", "").strip() or row.event_id,
        outlet=cells.get("Source", "").strip() or None,
        published=parse_day(published, "Publication Date") if published else row.day,
        evidence=(f"POLECAT event {row.event_id}: {cells['Actor Name']} -> "
                  f"{cells['Recipient Name']}, {coding.plover} {coding.plover_mode or ''}"
                  ).rstrip(),
        measures={"intensity": number(cells.get("Intensity", cells.get("Event Intensity", "")),
                                      "Intensity")})
