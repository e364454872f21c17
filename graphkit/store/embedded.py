"""The embedded store: the graph in a SQLite database in a folder, no server.

The store is a folder holding ``graph.db`` (SQLite from Python's standard library; the
tables and indexes are in :mod:`graphkit.store.tables`).

- Transactional and crash-safe: each :meth:`EmbeddedStore.write` is one SQLite transaction
  in write-ahead-log mode with ``synchronous=FULL``, so a write that fails, or a process
  killed in the middle of one, leaves the store as it was before it; a committed write
  survives a crash.
- Incremental: a write reads the stored events the resolution of its articles can reach
  (by family and date window, through the ``node_family`` index) and changes only the
  rows that differ; nothing else of the store is read or rewritten.
- Opening is cheap whatever the size: nothing is loaded until a query asks, and a query
  reads only what its indexes lead it to (:class:`SqliteView`), so memory follows what a
  query touches, not what the store holds.
- One writer at a time: a second writer waits up to ``lock_timeout`` seconds, then fails
  with :class:`StoreError`; readers never wait.
- A ``graph.json`` left by graphkit's first embedded format is migrated into ``graph.db``
  on first open and kept as ``graph.json.migrated`` (:mod:`graphkit.store.legacy`).

SQLite rather than an embedded graph database: LadybugDB (the successor of Kùzu) was
measured against it (``README.md``, "Speed"); the named queries' Cypher would need a
dialect layer there, and SQLite is in every Python.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.errors import StoreError
from graphkit.graph import (
    ACTOR,
    ARTICLE,
    EVENT,
    MENTIONED_IN,
    PARTICIPATED_IN,
    REFERS_TO,
    REPORTED,
    GraphRecords,
    records,
    relationship_key,
)
from graphkit.model import Extraction
from graphkit.store import tables
from graphkit.store.base import (
    NamedQuery,
    Rows,
    Store,
    WriteCounts,
    canonical_graph,
    empty_counts,
    label_conflicts,
)
from graphkit.store.legacy import JSON_FILE, MIGRATED_SUFFIX, read_json_graph
from graphkit.store.planner import StoredEvent, WritePlan, plan_write
from graphkit.store.tables import chunks, decode, encode, marks
from graphkit.store.view import LONGEST_PERIOD_DAYS, GraphView, days_before
from graphkit.store.windows import Window

DB_FILE = "graph.db"
DEFAULT_PATH = "./graphkit-data"
_RELATIONSHIPS = ((PARTICIPATED_IN, "participations", "actor_id", "event_id"),
                  (MENTIONED_IN, "mentions", "event_id", "article_id"),
                  (REPORTED, "reports", "actor_id", "event_id"))


def default_path() -> Path:
    """``$GRAPHKIT_STORE`` if set, else ``./graphkit-data``."""
    return Path(os.environ.get("GRAPHKIT_STORE") or DEFAULT_PATH)


class EmbeddedStore(Store):
    """A graph store in a folder on disk; nothing to install or run.

    Args:
        path: the store's folder (created on first use); default ``$GRAPHKIT_STORE`` or
            ``./graphkit-data``.
        lock_timeout: seconds a write waits for another process's write to finish.

    Raises:
        StoreError: the path is a file, ``graph.db`` is not a graphkit store, or a
            ``graph.json`` to migrate cannot be read.

    Example:
        >>> with EmbeddedStore(tmp_path / "kg") as store:   # doctest: +SKIP
        ...     store.write(extractions)
        ...     store.counts()["Event"]
    """

    def __init__(self, path: str | Path | None = None, lock_timeout: float = 30.0) -> None:
        self.path = Path(path) if path is not None else default_path()
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path} is a file; the embedded store is a folder "
                             f"(holding {DB_FILE}): pass its folder")
        self.file = self.path / DB_FILE
        self.lock_timeout = lock_timeout
        self._conn: sqlite3.Connection | None = None
        legacy = self.path / JSON_FILE
        if legacy.exists():
            self._migrate(legacy)

    # -- the connection -------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = self._connect()
        return self._conn

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.file, timeout=self.lock_timeout,
                                   isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the store {self.file}: {exc}") from exc
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=OFF")
            conn.execute("PRAGMA cache_size=-65536")  # 64 MB of page cache at most
            with _transaction(conn, self):
                for statement in tables.SCHEMA.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                found = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
                if found is None:
                    conn.execute("INSERT INTO meta VALUES ('schema', ?)",
                                 (tables.SCHEMA_VERSION,))
                elif found[0] != tables.SCHEMA_VERSION:
                    raise StoreError(f"{self.file} is a graphkit store of schema {found[0]}, "
                                     f"this graphkit reads schema {tables.SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{self.file} is not a readable graphkit store ({exc}); restore "
                             f"it from a backup, or move it away to start an empty store"
                             ) from exc
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _migrate(self, legacy: Path) -> None:
        """Copy a ``graph.json`` store into ``graph.db``, then rename it (kept)."""
        graph = read_json_graph(legacy)
        conn = self.conn
        with _transaction(conn, self):
            if conn.execute("SELECT value FROM meta WHERE key='migrated_from'").fetchone():
                return  # (another process migrated it first)
            nodes = [(n, dict(a)) for n, a in graph.nodes(data=True)]
            tables.upsert_nodes(conn, (tables.node_row(
                n, a.pop("label"), {k: v for k, v in a.items() if k != "id"}) for n, a in nodes))
            tables.upsert_edges(conn, (
                (s, t, k, a["type"], encode({x: v for x, v in a.items() if x != "type"}))
                for s, t, k, a in graph.edges(keys=True, data=True)))
            tables.refresh_participation(conn, [n for n, a in graph.nodes(data="label")
                                                if a == EVENT])
            tables.refresh_actor_names(conn, ({"id": n, **a} for n, a in nodes
                                              if graph.nodes[n].get("label") == ACTOR))
            conn.execute("INSERT INTO meta VALUES ('migrated_from', ?)", (str(legacy),))
        legacy.replace(legacy.with_name(legacy.name + MIGRATED_SUFFIX))

    # -- writing -------------------------------------------------------------------------

    def write(self, extractions: Sequence[Extraction]) -> WriteCounts:
        """Merge ``extractions`` into the store, all or nothing.

        Raises:
            StoreError: another writer held the store past ``lock_timeout``, an id would
                get two labels, or a value cannot be stored; the store is unchanged.
        """
        rows = records(extractions)
        conflict = label_conflicts(rows)
        if conflict:
            raise StoreError(f"cannot write to {self.path}: {conflict}")
        conn = self.conn
        try:
            with _transaction(conn, self):
                plan = plan_write(
                    extractions,
                    lambda windows, ids: _stored_events(conn, windows, ids),
                    lambda label, ids: _nodes_of_label(conn, label, ids))
                return _apply_plan(conn, plan)
        except (ValueError, TypeError) as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc

    # -- reading -------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        counts = empty_counts()
        with _reading(self):
            for label, n in self.conn.execute("SELECT label, count(*) FROM node GROUP BY label"):
                counts[label] = n
            for rel_type, n in self.conn.execute(
                    "SELECT type, count(*) FROM edge GROUP BY type"):
                counts[rel_type] = n
        return counts

    def actors(self) -> list[dict[str, Any]]:
        with _reading(self):
            return [{"id": node_id, **decode(props)} for node_id, props in self.conn.execute(
                "SELECT id, props FROM node WHERE label = ? ORDER BY id", (ACTOR,))]

    def find_actors(self, *, ids: Sequence[str] = (), names: Sequence[str] = (),
                    countries: Sequence[str] = ()) -> list[dict[str, Any]]:
        with _reading(self):
            return tables.find_actors(self.conn, ids, names, countries)

    def run_named(self, query: NamedQuery, params: dict[str, Any]) -> Rows:
        params = query.bind(params)
        with _reading(self):
            return query.twin(SqliteView(self.conn), params)

    def view(self) -> SqliteView:
        """The :class:`GraphView` the named queries' twins read."""
        return SqliteView(self.conn)

    def to_networkx(self) -> nx.MultiDiGraph:
        with _reading(self):
            return self.view().whole()

    def __repr__(self) -> str:
        return f"EmbeddedStore({str(self.path)!r})"


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection, store: EmbeddedStore) -> Iterator[None]:
    """One write transaction (``BEGIN IMMEDIATE``: taken at once, so reads inside it see
    what the write will change); rolled back on any error."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreError(f"another graphkit process is writing to {store.path}; wait "
                             f"for it to finish and retry") from exc
        raise StoreError(f"cannot write to {store.file}: {exc}") from exc
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise StoreError(f"cannot write to {store.file}: {exc}") from exc


@contextlib.contextmanager
def _reading(store: EmbeddedStore) -> Iterator[None]:
    """One read transaction: the reads of a query see one state of the store."""
    conn = store.conn
    try:
        conn.execute("BEGIN")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{store.file} is not a readable graphkit store ({exc})") from exc
    try:
        yield
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read {store.file}: {exc}") from exc
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("COMMIT")


# -- what a write reads ---------------------------------------------------------------------

def _nodes_of_label(conn: sqlite3.Connection, label: str, ids: list[str]) -> list[dict[str, Any]]:
    return [{"id": i, **props} for i, (found, props) in tables.fetch_nodes(conn, ids).items()
            if found == label]


def _window_event_ids(conn: sqlite3.Connection, windows: Sequence[Window]) -> list[str]:
    """The events of each (family, first, last) window (see graphkit.store.windows): by
    the family-and-start index, and the family's implied contacts overlapping it."""
    found: list[str] = []
    for family, first, last in windows:
        found.extend(i for (i,) in conn.execute(
            "SELECT id FROM node WHERE resolution_key = ? AND date_start BETWEEN ? AND ? "
            "UNION SELECT id FROM node WHERE resolution_key = ? AND modality = "
            "'implied_prior' AND date_end >= ? AND date_start <= ?",
            (family, first, last, family, first, last)))
    return found


def _stored_events(conn: sqlite3.Connection, windows: Sequence[Window], ids: list[str]
                   ) -> list[StoredEvent]:
    """The Events of ``windows`` or with ``ids``, with every relationship they have."""
    nodes = tables.fetch_nodes(conn, [*_window_event_ids(conn, windows), *ids])
    events = {i: props for i, (label, props) in nodes.items() if label == EVENT}
    edges: dict[str, list[tuple[str, str, str, dict[str, Any]]]] = {i: [] for i in events}
    for source, target, _, rel_type, props in tables.fetch_edges(conn, sorted(events)):
        for end in {source, target} & events.keys():
            edges[end].append((source, target, rel_type, props))
    return [StoredEvent({"id": i, **events[i]}, edges[i]) for i in sorted(events)]


# -- what a write changes -------------------------------------------------------------------

def _check_labels(conn: sqlite3.Connection, rows: GraphRecords) -> None:
    wanted = {props["id"]: label for label, nodes in ((ARTICLE, rows.articles),
                                                       (ACTOR, rows.actors),
                                                       (EVENT, rows.events))
              for props in nodes}
    for node_id, (label, _) in tables.fetch_nodes(conn, sorted(wanted)).items():
        if label != wanted[node_id]:
            raise ValueError(f"id {node_id!r} is already a {label}")


def _set(props: dict[str, Any], row: dict[str, Any], skip: Iterable[str] = ("id",)) -> None:
    """``SET x += row``: None removes the property."""
    skipped = set(skip)
    for name, value in row.items():
        if name in skipped:
            continue
        if value is None:
            props.pop(name, None)
        else:
            props[name] = value


def _write_nodes(conn: sqlite3.Connection, label: str, rows: list[dict[str, Any]],
                 replace: bool = False) -> None:
    stored = {} if replace else tables.fetch_nodes(conn, [r["id"] for r in rows])
    out = []
    for row in rows:
        props = dict(stored[row["id"]][1]) if row["id"] in stored else {}
        _set(props, row)
        out.append(tables.node_row(row["id"], label, props))
    tables.upsert_nodes(conn, out)
    if label == ACTOR:
        tables.refresh_actor_names(conn, ({"id": row[0], **decode(row[2])} for row in out))


def _apply_plan(conn: sqlite3.Connection, plan: WritePlan) -> WriteCounts:
    """Carry out a resolution plan, as Neo4jStore does in Cypher."""
    rows = plan.rows
    _check_labels(conn, rows)
    touched = {e["id"] for e in rows.events}
    conn.executemany("DELETE FROM edge WHERE source=? AND target=? AND key=?",
                     [(s, t, relationship_key(rel_type, props))
                      for s, t, rel_type, props in plan.deleted_edges])
    touched.update(end for s, t, _, _ in plan.deleted_edges for end in (s, t))
    for part in chunks(plan.stale_events):
        conn.execute(f"DELETE FROM node WHERE id IN ({marks(len(part))})", part)
        conn.execute(f"DELETE FROM edge WHERE source IN ({marks(len(part))}) "
                     f"OR target IN ({marks(len(part))})", (*part, *part))
        conn.execute(f"DELETE FROM participation WHERE event_id IN ({marks(len(part))})", part)
    _write_nodes(conn, ARTICLE, rows.articles)
    _write_nodes(conn, ACTOR, rows.actors)
    _write_nodes(conn, EVENT, rows.events, replace=True)  # SET n = row
    for rel_type, field, src, dst in _RELATIONSHIPS:
        rels = getattr(rows, field)
        # A planned relationship is new, or replaces one the plan deleted: no stored
        # properties to merge with (Neo4jStore CREATEs them likewise).
        tables.upsert_edges(conn, (
            (r[src], r[dst], relationship_key(rel_type, r), rel_type,
             encode({k: v for k, v in r.items() if k not in (src, dst) and v is not None}))
            for r in rels))
        if rel_type == PARTICIPATED_IN:
            touched.update(r[dst] for r in rels)
    tables.upsert_edges(conn, ((r["event_id"], r["prior_id"], REFERS_TO, REFERS_TO, "{}")
                               for r in plan.refers))
    tables.refresh_participation(conn, touched - set(plan.stale_events))
    return WriteCounts(**plan.counts)


# -- what a query reads ---------------------------------------------------------------------

class SqliteView(GraphView):
    """The embedded store's :class:`GraphView`: each subgraph read through an index."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def around(self, actor_ids: Iterable[str], *, partners: Iterable[str] | None = None,
               types: Iterable[str] = (), modalities: Iterable[str] = (),
               date_from: str | None = None, date_to: str | None = None,
               before: str | None = None, newest: int | None = None) -> nx.MultiDiGraph:
        actors = sorted(set(actor_ids))
        if not actors:
            return self.subgraph([])
        where = [f"p.actor_id IN ({marks(len(actors))})"]
        args: list[Any] = [*actors]
        _filter(where, args, "p", types, modalities)
        if before is not None:
            where.append("p.date_start < ?")
            args.append(before)
        if date_to is not None:
            where.append("p.date_start <= ?")
            args.append(date_to)
        if date_from is not None:
            # an event overlapping the range starts at most a year before it: a bounded
            # index range on (actor_id, date_start), not a scan of the actor's past
            where.append("p.date_start >= ? AND p.date_end >= ?")
            args += [days_before(date_from, LONGEST_PERIOD_DAYS), date_from]
        if partners is not None:
            others = sorted(set(partners))
            where.append(f"EXISTS (SELECT 1 FROM participation q WHERE q.event_id = "
                         f"p.event_id AND q.actor_id <> p.actor_id AND q.actor_id IN "
                         f"({marks(len(others))}))")
            args += others
        sql = f"SELECT DISTINCT p.event_id, p.date_start FROM participation p WHERE {' AND '.join(where)}"
        if newest is not None:
            sql += " ORDER BY p.date_start DESC, p.event_id LIMIT ?"
            args.append(newest)
        return self.subgraph([i for i, _ in self.conn.execute(sql, args)])

    def of_article(self, article_id: str) -> nx.MultiDiGraph:
        ids = [i for (i,) in self.conn.execute(
            "SELECT source FROM edge WHERE target = ? AND type = ?", (article_id, MENTIONED_IN))]
        graph = self.subgraph(ids)
        if article_id not in graph:
            found = tables.fetch_nodes(self.conn, [article_id])
            if article_id in found:
                label, props = found[article_id]
                graph.add_node(article_id, label=label, id=article_id, **props)
        return graph

    def events(self, *, types: Iterable[str] = (), modalities: Iterable[str] = (),
               dated: bool = False) -> nx.MultiDiGraph:
        where, args = ["n.label = ?"], [EVENT]
        _filter(where, args, "n", types, modalities)
        if dated:
            where.append("n.date_start IS NOT NULL")
        return self.subgraph([i for (i,) in self.conn.execute(
            f"SELECT n.id FROM node n WHERE {' AND '.join(where)}", args)])

    def whole(self) -> nx.MultiDiGraph:
        nodes = [(i, {"label": label, "id": i, **decode(props)})
                 for i, label, props in self.conn.execute("SELECT id, label, props FROM node")]
        edges = [(s, t, k, {"type": rel_type, **decode(props)}) for s, t, k, rel_type, props
                 in self.conn.execute("SELECT source, target, key, type, props FROM edge")]
        return canonical_graph(nodes, edges)

    def subgraph(self, event_ids: Sequence[str]) -> nx.MultiDiGraph:
        """``event_ids`` with their neighbourhood (see :class:`GraphView`), sorted."""
        edges = tables.fetch_edges(self.conn, event_ids)
        ends = {*event_ids, *(end for s, t, *_ in edges for end in (s, t))}
        nodes = tables.fetch_nodes(self.conn, sorted(ends))
        return canonical_graph(
            [(i, {"label": label, "id": i, **props}) for i, (label, props) in nodes.items()],
            [(s, t, k, {"type": rel_type, **props}) for s, t, k, rel_type, props in edges])


def _filter(where: list[str], args: list[Any], alias: str, types: Iterable[str],
            modalities: Iterable[str]) -> None:
    for column, values in (("type", sorted(set(types))), ("modality", sorted(set(modalities)))):
        if values:
            where.append(f"{alias}.{column} IN ({marks(len(values))})")
            args.extend(values)

