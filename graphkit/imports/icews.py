"""ICEWS coded event files (Harvard Dataverse): tab-separated, one header row.

The columns, in the Dataverse layout, are :data:`ICEWS_COLUMNS`; they are read by their
header names, so a file with the columns in another order reads the same. Each row becomes
one Event (``source`` ``icews``, ``source_id`` its Event ID), typed by its CAMEO Code, its
Source the source actor and its Target the target (a person the gazetteer knows by Source
Name, else the Source Country, which ICEWS writes as a name), dated by its Event Date,
keeping its Intensity. ICEWS gives no URLs: the Article is the story (``Story ID``), its
outlet the Publisher.

A row missing a column, or with a bad date, code or intensity, is a :class:`LoadError`
naming its line, and is skipped whole.
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
    read_headed_table,
)

SOURCE = "icews"

ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
)
"""The 20 columns of an ICEWS coded event file, in the Dataverse order."""

_REQUIRED = ("Source Name", "Source Country", "CAMEO Code",
             "Target Name", "Target Country")


def read_icews(path: str | Path, *, ontology: Ontology | None = None,
               actors: ActorCoder | None = None) -> ReadResult:
    """Read an ICEWS coded event file (``events.2024.tab``, plain or zipped) into extractions.

    Raises:
        LoadError: the file cannot be read, or its header lacks a column graphkit needs.

    Example:
        >>> read_icews("events.2024.tab").rows  # doctest: +SKIP
        4210
    """
    return read_headed_table(path, kind=SOURCE, label="an ICEWS coded event file",
                             required=_REQUIRED, code_row=_coded, ontology=ontology,
                             actors=actors)


def _coded(row: HeadedRow, ontology: Ontology, actors: ActorCoder) -> RowCoding:
    cells = row.cells
    coding = ontology.from_cameo(cells["CAMEO Code"])
    text = cells.get("Event Text", "").strip() or f"CAMEO {coding.cameo}"
    return RowCoding(
        coding=coding,
        source=actors.actor(cells["Source Name"], cells["Source Country"]),
        target=actors.actor(cells["Target Name"], cells["Target Country"]),
        story=cells.get("Story ID", "").strip() or row.event_id,
        outlet=cells.get("Publisher", "").strip() or None, published=row.day,
        evidence=f"ICEWS event {row.event_id}: {cells['Source Name']} -> "
                 f"{cells['Target Name']}, {text}",
        measures={"intensity": number(cells.get("Intensity", ""), "Intensity")})
