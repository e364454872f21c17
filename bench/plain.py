"""The plain loaders: the baseline a resolving store is measured against.

One row per extracted node and relationship (:func:`graphkit.graph.records`), no event
resolution, one transaction per batch of articles:

- :class:`PlainSqlite`: ``executemany`` of ``INSERT … ON CONFLICT`` into two keyed tables
  (``node``, ``edge``) with the embedded store's pragmas (WAL, ``synchronous=FULL``), and
  as its ``baseline`` says, the indexes and entries graphkit's embedded queries read
  (:class:`PlainSqlite`'s docstring);
- :class:`PlainNeo4j`: ``UNWIND $rows MERGE … SET`` per kind. Its nodes carry the labels
  ``label_prefix`` + ``Article``/``Actor``/``Event`` (default no prefix: graphkit's own
  labels, under graphkit's constraints); with a prefix it creates the same uniqueness
  constraints for its own labels, so a plain graph can grow beside graphkit's in one
  database (bench/scale.py) and :meth:`PlainNeo4j.drop` removes it.

How much of graphkit's Neo4j schema a prefixed loader keeps is its ``baseline``
(:data:`BASELINES`; the SQLite loader's are the same three, on graphkit's embedded schema):

- ``ids``: the uniqueness constraints on ``id`` only (what MERGE needs);
- ``indexes``: also every node index graphkit's queries read, from
  ``schema/constraints.cypher`` relabelled (:func:`query_index_statements`: the full-text
  name index included). Not the indexes on the family key (``resolution_key``:
  ``event_family_*``): only cross-article resolution reads them, and what resolution costs
  is what the comparison measures (the loader's rows carry no ``resolution_key`` either,
  so such an index would hold none of them);
- ``entries``: also the query entries graphkit's write keeps for the date-ordered queries
  (``TIMELINE_ENTRY`` / ``PAIR_CONTACT`` of :mod:`graphkit.store.neo4j_index`, made by its
  ``REFRESH`` for the events of each batch, in the same transaction) and their
  relationship indexes, relabelled: a plain graph that answers the same named queries
  the same way graphkit's does.

Names are relabelled by prefix: labels ``Plain`` + ``Event``, index names ``plain_`` +
graphkit's, relationship types ``PLAIN_`` + ``TIMELINE_ENTRY`` (graphkit's own index
relationships must not hold the loader's: its queries seek them by actor id).

Used by bench/bench.py and bench/scale.py.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from graphkit.graph import PARTICIPATED_IN, GraphRecords, records, relationship_key
from graphkit.model import Extraction
from graphkit.store import tables
from graphkit.store.base import schema_name, schema_statements
from graphkit.store.neo4j_index import INDEX_RELATIONSHIP_TYPES, INDEXES, REFRESH, refresh_params

BASELINES = ("ids", "indexes", "entries")
"""How much of graphkit's schema a :class:`PlainSqlite` or a :class:`PlainNeo4j` keeps (the
module docstring)."""

# (relationship type, GraphRecords field, source field, target field)
RELATIONSHIPS = (("PARTICIPATED_IN", "participations", "actor_id", "event_id"),
                 ("MENTIONED_IN", "mentions", "event_id", "article_id"),
                 ("REPORTED", "reports", "actor_id", "event_id"))


def _props(row: dict[str, Any], *skip: str) -> str:
    return json.dumps({k: v for k, v in row.items() if k not in skip and v is not None},
                      sort_keys=True)


SQLITE_QUERY_INDEXES = ("node_by_label", "node_actor_country", "edge_target", "actor_name",
                        "actor_name_actor")
"""The statements of graphkit's embedded schema (:data:`graphkit.store.tables.SCHEMA`, by
the name each creates) a plain SQLite loader keeps from ``indexes`` on: the indexes and the
name table graphkit's embedded queries find actors and events by (see :class:`PlainSqlite`)."""

SQLITE_ENTRIES = ("participation", "participation_span", "participation_long", "dyad",
                  "dyad_date", "dyad_long", "participation_gone")
"""The statements of graphkit's embedded schema the ``entries`` loader also keeps: the
per-actor and per-pair date-ordered entries (tables, their indexes, the trigger that drops
a participant's pairs with it)."""

SQLITE_RESOLUTION_ONLY = ("node_family_dated", "report_span", "report_span_seq")
"""The statements of graphkit's embedded schema no plain loader keeps: only the resolved
write reads them (the family's period counts, the report windows of cross-article
resolution), as the ``event_family_*`` indexes on Neo4j."""

SQLITE_OWN = ("meta", "node", "edge")
"""graphkit's embedded tables the loader has its own of (``node``, ``edge``: keyed by id
and by (source, target, key), not by rowid) or needs none of (``meta``)."""

# (the loader's own index by date, from ``indexes`` on: graphkit's embedded store reads an
# event's date through its entries, a plain graph through the events' own rows; the label
# first, so SQLite's planner, with no statistics, takes it over ``node_by_label`` for a
# label and a date range)
PLAIN_EVENT_DATE = ("CREATE INDEX IF NOT EXISTS plain_event_date ON node(label, date_start) "
                    "WHERE label = 'Event'")


def sqlite_schema_name(statement: str) -> str | None:
    """The name a ``CREATE TABLE/INDEX/TRIGGER`` statement creates (after its comment
    lines), else None."""
    found = re.match(r"(?:\s*--[^\n]*\n)*\s*CREATE\s+(?:TABLE|INDEX|TRIGGER)\s+"
                     r"(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", statement, re.IGNORECASE)
    return found.group(1) if found else None


def graphkit_sqlite_statements(names: Sequence[str]) -> list[str]:
    """The statements of graphkit's embedded schema that create ``names``, in its order
    (a table before its indexes)."""
    found = [s for s in tables.statements(tables.SCHEMA) if sqlite_schema_name(s) in names]
    missing = set(names) - {sqlite_schema_name(s) for s in found}
    if missing:
        raise ValueError(f"not in graphkit's embedded schema: {sorted(missing)}")
    return found


class PlainSqlite:
    """A plain SQLite graph in ``path``/plain.db, written a batch per transaction; how much
    it keeps for graphkit's queries is its ``baseline`` (:data:`BASELINES`):

    - ``ids``: ``node(id, label, props)`` keyed by id and ``edge(source, target, key, type,
      props)`` keyed by (source, target, key), one row per extracted node and relationship,
      and nothing else (the loader of every earlier measure): it finds a node by id and a
      node's outgoing relationships, nothing by name or by date;
    - ``indexes``: the same rows, ``node`` with its events' ``date_start`` as a column, and
      the indexes graphkit's embedded queries read that fit these rows, graphkit's own
      statements (:data:`SQLITE_QUERY_INDEXES`): ``node_by_label`` (every event or actor,
      ``counts``), ``node_actor_country`` (the actors of a country), ``edge_target`` (an
      event's participants, an article's events), the ``actor_name`` table of every
      actor's normalised names, aliases and surnames (:func:`graphkit.store.tables.
      refresh_actor_names`: what a loose name is looked up by; SQLite has no index on a
      list of aliases, so it is a table, as Neo4j's full-text index is an index), and
      ``plain_event_date`` (the events of a date range: graphkit reads dates through its
      entries, so this one is the loader's own);
    - ``entries``: also the date-ordered entries graphkit's embedded queries read an
      actor's and a pair's events by, graphkit's own tables, indexes and trigger
      (:data:`SQLITE_ENTRIES`): each ``PARTICIPATED_IN`` of the batch a ``participation``
      row instead of an ``edge`` row (as graphkit's store keeps them since its schema 7:
      one row per relationship still, not two), carrying its event's type, modality and
      dates and keyed by the event's node rowid, and a ``dyad`` row per pair of different
      participants of an event (graphkit's insert-select); the batch's events' entries
      made again in its transaction (as graphkit's write and the Neo4j ``entries`` loader
      do), so graphkit's own reads (:func:`graphkit.store.embedded_reads._matching`) answer on
      the loader's file.

    Every baseline writes the loader's unresolved rows (:func:`graphkit.graph.records`: one
    event per extracted event, none merged); none keeps what only resolution reads
    (:data:`SQLITE_RESOLUTION_ONLY`). Re-loading a batch changes nothing.
    """

    def __init__(self, path: Path, baseline: str = "ids") -> None:
        if baseline not in BASELINES:
            raise ValueError(f"baseline must be one of {BASELINES}, not {baseline!r}")
        self.baseline = baseline
        path.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(path / "plain.db", isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        dated = baseline != "ids"
        self.conn.execute("CREATE TABLE IF NOT EXISTS node (id TEXT PRIMARY KEY, label TEXT, "
                          f"props TEXT{', date_start TEXT' if dated else ''})")
        self.conn.execute("CREATE TABLE IF NOT EXISTS edge (source TEXT, target TEXT, key TEXT,"
                          " type TEXT, props TEXT, PRIMARY KEY (source, target, key))")
        names = (*SQLITE_QUERY_INDEXES, *SQLITE_ENTRIES) if baseline == "entries" else (
            SQLITE_QUERY_INDEXES if dated else ())
        for statement in [*graphkit_sqlite_statements(names), *([PLAIN_EVENT_DATE] * dated)]:
            self.conn.execute(statement)
        self._node = ("INSERT INTO node VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                      "props = excluded.props, date_start = excluded.date_start" if dated else
                      "INSERT INTO node VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                      "props = excluded.props")

    def write(self, batch: Sequence[Extraction]) -> None:
        self.write_records(records(batch))

    def write_records(self, rows: GraphRecords) -> None:
        """One batch's rows in one transaction (:meth:`write`'s, or a resolution's:
        bench/write_floor.py)."""
        conn = self.conn
        dated = self.baseline != "ids"
        conn.execute("BEGIN IMMEDIATE")
        for label, nodes in (("Article", rows.articles), ("Actor", rows.actors),
                             ("Event", rows.events)):
            conn.executemany(self._node, [
                (n["id"], label, _props(n, "id"), n.get("date_start")) for n in nodes]
                if dated else [(n["id"], label, _props(n, "id")) for n in nodes])
        for rel_type, field, src, dst in RELATIONSHIPS:
            if rel_type == PARTICIPATED_IN and self.baseline == "entries":
                continue  # (its participation rows: :meth:`_entries`)
            conn.executemany(
                "INSERT INTO edge VALUES (?, ?, ?, ?, ?) ON CONFLICT (source, target, key) "
                "DO UPDATE SET props = excluded.props",
                [(r[src], r[dst], relationship_key(rel_type, r), rel_type, _props(r, src, dst))
                 for r in getattr(rows, field)])
        if dated:
            tables.refresh_actor_names(conn, rows.actors)
        if self.baseline == "entries":
            self._entries(rows)
        conn.execute("COMMIT")

    def _entries(self, rows: GraphRecords) -> None:
        """The batch's events' ``participation`` and ``dyad`` rows, made again."""
        conn = self.conn
        columns = {e["id"]: tables.event_columns(e) for e in rows.events}
        seq_of = tables.event_seqs(conn, sorted(columns))
        seqs = sorted(seq_of.values())
        for part in tables.chunks(seqs):  # (the trigger drops their pairs with them)
            conn.execute(f"DELETE FROM participation WHERE seq IN ({tables.marks(len(part))})",
                         part)
        conn.executemany(
            f"INSERT OR REPLACE INTO participation({tables.PARTICIPATION_COLUMNS}) "
            "VALUES (?,?,?,?,?,?,?,?)",
            sorted((seq_of[p["event_id"]], p["actor_id"], p["event_id"], p["role"],
                    *columns[p["event_id"]]) for p in rows.participations))
        for part in tables.chunks(seqs):
            conn.execute(f"INSERT INTO dyad({tables.DYAD_COLUMNS}) {tables.PAIRS} "
                         f"WHERE p.seq IN ({tables.marks(len(part))})", part)

    def close(self) -> None:
        self.conn.close()


_NODE = "UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row"
_RELS = {
    "PARTICIPATED_IN": ("UNWIND $rows AS row MATCH (a:{Actor} {{id: row.actor_id}}), "
                        "(e:{Event} {{id: row.event_id}}) "
                        "MERGE (a)-[:PARTICIPATED_IN {{role: row.role}}]->(e)"),
    "MENTIONED_IN": ("UNWIND $rows AS row MATCH (e:{Event} {{id: row.event_id}}), "
                     "(a:{Article} {{id: row.article_id}}) MERGE (e)-[r:MENTIONED_IN]->(a) "
                     "SET r += row.props"),
    "REPORTED": ("UNWIND $rows AS row MATCH (a:{Actor} {{id: row.actor_id}}), "
                 "(e:{Event} {{id: row.event_id}}) "
                 "MERGE (a)-[:REPORTED {{article_id: row.article_id}}]->(e)"),
}
_LABELS = ("Article", "Actor", "Event")


def neo4j_rows(rows: GraphRecords) -> list[tuple[str, list[dict[str, Any]]]]:
    """(kind, rows) of one batch, in the order they are written."""
    mentions = [{"event_id": m["event_id"], "article_id": m["article_id"],
                 "props": {k: v for k, v in m.items()
                           if k not in ("event_id", "article_id") and v is not None}}
                for m in rows.mentions]
    clean = [[{k: v for k, v in r.items() if v is not None} for r in nodes]
             for nodes in (rows.articles, rows.actors, rows.events)]
    return [("Article", clean[0]), ("Actor", clean[1]), ("Event", clean[2]),
            ("PARTICIPATED_IN", rows.participations), ("MENTIONED_IN", mentions),
            ("REPORTED", rows.reports)]


RESOLUTION_KEY = "resolution_key"
"""The family key: an index on it serves resolution only, not the queries."""


def query_index_statements() -> list[str]:
    """The statements of ``schema/constraints.cypher`` that create a node index graphkit's
    queries read: every ``CREATE … INDEX`` but those on :data:`RESOLUTION_KEY` (the
    uniqueness constraints are the loader's own, in every baseline)."""
    return [s for s in schema_statements()
            if re.match(r"CREATE\s+(\w+\s+)?INDEX\b", s) and RESOLUTION_KEY not in s]


def relabel(text: str, label_prefix: str) -> str:
    """``text`` (a schema statement or a query) on a prefixed loader's names: node labels
    ``label_prefix`` + label, the index relationship types ``PREFIX_`` + type, and a
    schema statement's name ``prefix_`` + name."""
    if not label_prefix:
        return text
    name = schema_name(text)
    if name is not None:
        text = re.sub(rf"\b{re.escape(name)}\b", f"{label_prefix.lower()}_{name}", text,
                      count=1)
    text = re.sub(rf":({'|'.join(_LABELS)})\b", rf":{label_prefix}\1", text)
    return re.sub(rf"\b({'|'.join(INDEX_RELATIONSHIP_TYPES)})\b",
                  rf"{label_prefix.upper()}_\1", text)


class PlainNeo4j:
    """``UNWIND … MERGE`` loader over one driver session (see the module docstring)."""

    def __init__(self, driver: Any, label_prefix: str = "", baseline: str = "ids") -> None:
        if baseline not in BASELINES:
            raise ValueError(f"baseline must be one of {BASELINES}, not {baseline!r}")
        self.driver = driver
        self.baseline = baseline
        self.labels = {label: f"{label_prefix}{label}" for label in _LABELS}
        self.queries = {label: _NODE.format(label=name) for label, name in self.labels.items()}
        self.queries.update({kind: q.format(**self.labels) for kind, q in _RELS.items()})
        self.refresh = relabel(REFRESH, label_prefix) if baseline == "entries" else None
        # (the schema statements of this baseline, graphkit's relabelled)
        self.schema: list[str] = []
        if baseline != "ids":
            self.schema = [relabel(s, label_prefix) for s in query_index_statements()]
        if baseline == "entries":
            self.schema += [relabel(f"CREATE INDEX {name} IF NOT EXISTS {spec}", label_prefix)
                            for name, spec in INDEXES.items()]
        if label_prefix:
            with self._session() as session:
                for name in self.labels.values():
                    session.run(f"CREATE CONSTRAINT {name.lower()}_id IF NOT EXISTS "
                                f"FOR (n:{name}) REQUIRE n.id IS UNIQUE").consume()
                for statement in self.schema:
                    session.run(statement).consume()
                if self.schema:
                    session.run("CALL db.awaitIndexes(300)").consume()

    def _session(self) -> Any:
        # (no notifications, as graphkit's store asks: the server does not make them)
        return self.driver.session(notifications_min_severity="OFF")

    def write(self, batch: Sequence[Extraction]) -> None:
        rows = records(batch)
        parts = neo4j_rows(rows)
        ids = [e["id"] for e in rows.events]

        def write(tx: Any) -> None:
            for kind, kind_rows in parts:
                if kind_rows:
                    tx.run(self.queries[kind], rows=kind_rows).consume()
            if self.refresh is not None and ids:
                tx.run(self.refresh, refresh_params(ids)).consume()

        with self._session() as session:
            session.execute_write(write)

    def drop(self, constraints: bool = True) -> None:
        """Delete this loader's relationships, then its nodes (in transactions of 10,000:
        a node of a million-event graph can hold more relationships than one transaction's
        memory pool takes), and with ``constraints`` its constraints and indexes (a
        schema change empties the server's query cache: every statement is planned again
        after it)."""
        with self._session() as session:
            for name in self.labels.values():
                session.run(f"MATCH (:{name})-[r]->() CALL (r) {{ DELETE r }} "
                            "IN TRANSACTIONS OF 10000 ROWS").consume()
            for name in self.labels.values():
                session.run(f"MATCH (n:{name}) CALL (n) {{ DELETE n }} "
                            "IN TRANSACTIONS OF 10000 ROWS").consume()
                if constraints and name not in _LABELS:
                    session.run(f"DROP CONSTRAINT {name.lower()}_id IF EXISTS").consume()
            if constraints and self.labels["Event"] != "Event":
                for statement in self.schema:
                    session.run(f"DROP INDEX {schema_name(statement)} IF EXISTS").consume()
