"""Ad-hoc Cypher's answer as plain values: the rows kept, the columns, how many there were.

The driver hands back nodes, relationships and paths as objects; its own ``Record.data()``
turns a relationship into ``[{}, "TYPE", {}]``, its properties lost. Here every graph value
becomes a plain map that JSON, CSV and a table can show:

- a node: ``{"labels": [...], "properties": {...}}``;
- a relationship: ``{"type": ..., "start": ..., "end": ..., "properties": {...}}``, its
  ends named by the graph's own ``id`` property (``elementId`` for a node without one);
- a path: ``{"nodes": [...], "relationships": [...]}`` in the path's order;
- any other map (a map literal, ``properties(n)``): its keys sorted.

A relationship returned without its end nodes carries only their element ids: the ``id``
properties of those are read in the same transaction (:func:`endpoint_ids`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from neo4j import ManagedTransaction, Record, ResultSummary
from neo4j.graph import Node, Path, Relationship

_ENDPOINT_IDS = ("MATCH (n) WHERE elementId(n) IN $ids "
                 "RETURN elementId(n) AS element, n.id AS id")


class CypherRows(list):  # type: ignore[type-arg]
    """The rows of an ad-hoc Cypher query (a list of dicts, column to value, in the
    query's column order), with ``columns`` (the RETURN columns, known with no row) and
    ``total`` (how many rows the query gave: more than the list holds when a ``limit``
    kept only the first ones).

    Example:
        >>> rows = CypherRows([{"n": 1}], columns=["n"], total=3)
        >>> rows, rows.columns, rows.total, rows.truncated
        ([{'n': 1}], ['n'], 3, True)
    """

    def __init__(self, rows: Iterable[dict[str, Any]] = (), columns: Sequence[str] = (),
                 total: int | None = None) -> None:
        super().__init__(rows)
        self.columns = list(columns)
        self.total = len(self) if total is None else total

    @property
    def truncated(self) -> bool:
        """Whether the query gave more rows than the list holds."""
        return self.total > len(self)


def read_rows(tx: ManagedTransaction, query: str, params: dict[str, Any],
              limit: int | None = None) -> tuple[CypherRows, ResultSummary]:
    """Run ``query`` in ``tx``: its first ``limit`` rows (every row when None) as plain
    values, counting the rest, and the server's summary of it (its notices).

    The rows past ``limit`` are read from the server and counted, not converted.
    """
    result = tx.run(query, params)
    columns = list(result.keys())
    kept: list[Record] = []
    total = 0
    for record in result:
        total += 1
        if limit is None or total <= limit:
            kept.append(record)
    summary = result.consume()
    ids = endpoint_ids(tx, kept)
    rows = [{key: plain_value(value, ids) for key, value in zip(columns, record.values(),
                                                                 strict=True)}
            for record in kept]
    return CypherRows(rows, columns, total), summary


def endpoint_ids(tx: ManagedTransaction, records: Sequence[Record]) -> dict[str, Any]:
    """The ``id`` property of every relationship end in ``records``, by element id (read
    in ``tx`` for ends the records do not hold with their properties)."""
    ends: dict[str, Node] = {}
    for record in records:
        for value in record.values():
            for rel in _relationships(value):
                for node in (rel.start_node, rel.end_node):
                    if node is not None:
                        ends[node.element_id] = node
    ids = {element: node.get("id") for element, node in ends.items() if "id" in node}
    missing = sorted(set(ends) - set(ids))
    if missing:
        for row in tx.run(_ENDPOINT_IDS, ids=missing):
            if row["id"] is not None:
                ids[row["element"]] = row["id"]
    return ids


_PLAIN = (str, int, float, bool, type(None))


def _relationships(value: Any) -> Iterable[Relationship]:
    if isinstance(value, _PLAIN):
        return
    if isinstance(value, Relationship):
        yield value
    elif isinstance(value, Path):
        yield from value.relationships
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _relationships(item)
    elif isinstance(value, Mapping) and not isinstance(value, Node):
        for item in value.values():
            yield from _relationships(item)


def plain_value(value: Any, ids: Mapping[str, Any] | None = None) -> Any:
    """``value`` with every node, relationship and path in it as a plain map (see the
    module's docstring); ``ids`` gives relationship ends' ``id`` by element id."""
    if isinstance(value, _PLAIN):  # (most values: the answer of a large query is rows of them)
        return value
    ids = ids or {}
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), "properties": _sorted_map(value, ids)}
    if isinstance(value, Relationship):
        return {"type": value.type, "start": _end_id(value.start_node, ids),
                "end": _end_id(value.end_node, ids), "properties": _sorted_map(value, ids)}
    if isinstance(value, Path):
        return {"nodes": [plain_value(node, ids) for node in value.nodes],
                "relationships": [plain_value(rel, ids) for rel in value.relationships]}
    if isinstance(value, (list, tuple)):
        return [plain_value(item, ids) for item in value]
    if isinstance(value, Mapping):
        return _sorted_map(value, ids)
    return value


def _sorted_map(value: Mapping[str, Any], ids: Mapping[str, Any]) -> dict[str, Any]:
    """A map (or an entity's properties) with its keys sorted: Neo4j gives them in an
    order of its own, not the query's (as :func:`~graphkit.store.base.canonical_rows`)."""
    return {key: plain_value(value[key], ids) for key in sorted(value)}


def _end_id(node: Node | None, ids: Mapping[str, Any]) -> Any:
    if node is None:
        return None
    return ids.get(node.element_id, node.element_id)
