"""CSV files for ``neo4j-admin database import full`` (bulk load into an empty database).

One file per node label and per relationship type in a folder, each with its header row::

    Actor.csv           id:ID(Actor),:LABEL,name,kind,country,...,aliases:string[]
    Event.csv           id:ID(Event),:LABEL,type,...,confidence:double,...
    Article.csv         id:ID(Article),:LABEL,title,outlet,url,published,source
    PARTICIPATED_IN.csv :START_ID(Actor),:END_ID(Event),:TYPE,role
    MENTIONED_IN.csv    :START_ID(Event),:END_ID(Article),:TYPE,evidence,start:long,...
    REPORTED.csv        :START_ID(Actor),:END_ID(Event),:TYPE,article_id

Each label is its own id space, and the ``id`` property is stored too, so the imported
database answers the same ``MATCH (a:Actor {id: ...})`` queries as one the store wrote.
Dates stay ISO strings, as the stores keep them. Arrays use neo4j-admin's default ``;``
delimiter (a ``;`` inside an alias becomes ``,``); evidence sentences may hold newlines, so
import with ``--multiline-fields=true``. The folder also gets ``import.args``, the
arguments for the import command (see :func:`import_arguments`)::

    neo4j-admin database import full --overwrite-destination @/path/OUT/import.args neo4j

Example::

    write_neo4j_csv(store.to_networkx(), "out/csv")
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.graph import (
    ACTOR,
    ARTICLE,
    EVENT,
    LABELS,
    MENTIONED_IN,
    PARTICIPATED_IN,
    REFERS_TO,
    RELATIONSHIP_TYPES,
    REPORTED,
)

ARRAY_DELIMITER = ";"
ARGS_FILE = "import.args"

# (start label, end label) of each relationship type, for the :START_ID/:END_ID id spaces.
ENDPOINTS = {
    PARTICIPATED_IN: (ACTOR, EVENT),
    MENTIONED_IN: (EVENT, ARTICLE),
    REFERS_TO: (EVENT, EVENT),
    REPORTED: (ACTOR, EVENT),
}


@dataclass(frozen=True)
class CsvFiles:
    """What :func:`write_neo4j_csv` wrote: file per label / type and the row counts."""

    nodes: dict[str, Path]
    relationships: dict[str, Path]
    node_rows: int
    relationship_rows: int


def _column_type(values: list[Any]) -> str:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, (list, tuple)) for v in present):
        return "string[]"
    if present and all(isinstance(v, bool) for v in present):
        return "boolean"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "long"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                       for v in present):
        return "double"
    return "string"


def _cell(value: Any, column_type: str) -> str:
    if value is None:
        return ""
    if column_type == "string[]":
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, ",") for v in value)
    if column_type == "boolean":
        return "true" if value else "false"
    return str(value)


def _columns(rows: list[dict[str, Any]], skip: set[str]) -> list[tuple[str, str]]:
    names: dict[str, None] = {}
    for row in rows:
        for name in row:
            if name not in skip:
                names.setdefault(name, None)
    return [(name, _column_type([row.get(name) for row in rows])) for name in names]


def _header(name: str, column_type: str) -> str:
    return name if column_type == "string" else f"{name}:{column_type}"


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def write_neo4j_csv(graph: nx.MultiDiGraph, folder: str | Path) -> CsvFiles:
    """Write ``graph`` as neo4j-admin import CSV files into ``folder`` (created if needed).

    Args:
        graph: a graph in graphkit's shape.
        folder: the output folder; existing files of the same names are replaced.

    Returns:
        The files written, by label and relationship type, with row counts.

    Raises:
        ValueError: a relationship joins nodes whose labels its type does not allow.
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    node_files: dict[str, Path] = {}
    node_rows = 0
    for label in LABELS:
        rows = [dict(data) for _, data in graph.nodes(data=True) if data.get("label") == label]
        columns = _columns(rows, {"id", "label"})
        header = [f"id:ID({label})", ":LABEL"] + [_header(n, t) for n, t in columns]
        body = [[str(row["id"]), label] + [_cell(row.get(n), t) for n, t in columns]
                for row in rows]
        node_files[label] = out / f"{label}.csv"
        _write(node_files[label], header, body)
        node_rows += len(body)

    rel_files: dict[str, Path] = {}
    rel_rows = 0
    for rel_type in RELATIONSHIP_TYPES:
        start_label, end_label = ENDPOINTS[rel_type]
        edges = [(u, v, dict(data)) for u, v, data in graph.edges(data=True)
                 if data.get("type") == rel_type]
        for u, v, _ in edges:
            if (graph.nodes[u].get("label"), graph.nodes[v].get("label")) != (start_label,
                                                                               end_label):
                raise ValueError(f"{rel_type} from {u!r} to {v!r} must join "
                                 f"{start_label} to {end_label}")
        columns = _columns([data for _, _, data in edges], {"type"})
        header = [f":START_ID({start_label})", f":END_ID({end_label})", ":TYPE"] + [
            _header(n, t) for n, t in columns]
        body = [[str(u), str(v), rel_type] + [_cell(data.get(n), t) for n, t in columns]
                for u, v, data in edges]
        rel_files[rel_type] = out / f"{rel_type}.csv"
        _write(rel_files[rel_type], header, body)
        rel_rows += len(body)

    files = CsvFiles(node_files, rel_files, node_rows, rel_rows)
    (out / ARGS_FILE).write_text("\n".join(import_arguments(files)) + "\n", encoding="utf-8")
    return files


def import_arguments(files: CsvFiles) -> list[str]:
    """The ``neo4j-admin database import full`` options that load ``files``.

    Paths are absolute, so the arguments work from any directory (and as an ``@argfile``).
    """
    args = [f"--nodes={path.resolve()}" for path in files.nodes.values()]
    args += [f"--relationships={path.resolve()}" for path in files.relationships.values()]
    return args + [f"--array-delimiter={ARRAY_DELIMITER}", "--multiline-fields=true"]
