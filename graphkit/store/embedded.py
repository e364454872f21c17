"""The embedded store: the graph in a SQLite database in a folder, no server.

The store is a folder holding ``graph.db`` (SQLite from Python's standard library; the
tables and indexes are in :mod:`graphkit.store.tables`). This module opens it, migrates and
upgrades it, and holds :class:`EmbeddedStore`; what a write reads and changes is in
:mod:`graphkit.store.embedded_write`, what a query reads in
:mod:`graphkit.store.embedded_reads`.

- Transactional and crash-safe: each :meth:`EmbeddedStore.write` is one SQLite transaction
  in write-ahead-log mode with ``synchronous=FULL``, so a write that fails, or a process
  killed in the middle of one, leaves the store as it was before it; a committed write
  survives a crash.
- Incremental: a write reads the stored events the resolution of its articles can reach
  (by family and the days of their reports, through the ``report_span`` index) and
  changes only the
  rows that differ; nothing else of the store is read or rewritten.
- Opening is cheap whatever the size: nothing is loaded until a query asks, and a query
  reads only what its indexes lead it to (:class:`SqliteView`), so memory follows what a
  query touches, not what the store holds.
- One writer at a time: a second writer waits up to ``lock_timeout`` seconds, then fails
  with :class:`StoreError`; readers never wait.
- Only a write (or :meth:`EmbeddedStore.create`) makes a store: a read of a folder holding
  none (a mistyped ``--store``) raises :class:`StoreError` and leaves no folder or file
  behind.
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
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.errors import StoreError
from graphkit.graph import ACTOR, ARTICLE, EVENT, PARTICIPATED_IN
from graphkit.model import Extraction
from graphkit.store import tables
from graphkit.store.base import (
    NamedQuery,
    Rows,
    Store,
    WriteCounts,
    article_named,
    canonical_rows,
    empty_counts,
    extraction_label_conflicts,
)
from graphkit.store.embedded_reads import SqliteView
from graphkit.store.embedded_write import (
    Known,
    _actor_sources,
    _apply_plan,
    _event_summaries,
    _nodes_of_label,
    _stored_events,
    _stored_readings,
)
from graphkit.store.legacy import JSON_FILE, MIGRATED_SUFFIX, read_json_graph
from graphkit.store.planner import paused_collection, plan_write
from graphkit.store.tables import decode, encode

DB_FILE = "graph.db"
DEFAULT_PATH = "./graphkit-data"
CHECKPOINT_PAGES = 30_000  # (pages of the write-ahead log, ~120 MB, before it is copied back)


def default_path() -> Path:
    """``$GRAPHKIT_STORE`` if set, else ``./graphkit-data``."""
    return Path(os.environ.get("GRAPHKIT_STORE") or DEFAULT_PATH)


class EmbeddedStore(Store):
    """A graph store in a folder on disk; nothing to install or run.

    Args:
        path: the store's folder (created by the first write); default ``$GRAPHKIT_STORE``
            or ``./graphkit-data``.
        lock_timeout: seconds a write waits for another process's write to finish.

    Raises:
        StoreError: the path is a file, ``graph.db`` is not a graphkit store, or a
            ``graph.json`` to migrate cannot be read. Reads raise it when the folder holds
            no store (nothing written there yet, or a mistyped path); they create nothing.

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
        """The connection writes use: the store is created if the folder holds none."""
        if self._conn is None:
            self._conn = self._connect()
        return self._conn

    @property
    def read_conn(self) -> sqlite3.Connection:
        """The connection reads use: a folder holding no store raises, and is not created.

        Raises:
            StoreError: no ``graph.db`` in the folder (or no folder).
        """
        if self._conn is None and not self.file.is_file():
            raise StoreError(self._no_store())
        return self.conn

    def create(self) -> None:
        """Make an empty store in the folder now, if it holds none (a write does it anyway).

        Raises:
            StoreError: the folder or ``graph.db`` cannot be made.
        """
        _ = self.conn

    def _no_store(self) -> str:
        where = ("no such folder" if not self.path.exists()
                 else f"the folder holds no {DB_FILE}")
        return (f"no graphkit store at {self.path} ({where}): check the folder (--store, "
                f"$GRAPHKIT_STORE), or ingest articles to create a store there")

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
            # Copy the log back into the database every ~120 MB, not SQLite's 4 MB: a
            # 200-article write at 100k events logs thousands of pages (10-15 per event),
            # so the default copied back after every write, the same index pages again
            # and again. Crash safety is the log's; the last connection's close empties it.
            conn.execute(f"PRAGMA wal_autocheckpoint={CHECKPOINT_PAGES}")
            found = _schema_version(conn)
            if found != tables.SCHEMA_VERSION:
                if found is not None and found not in tables.UPGRADES:
                    raise StoreError(f"{self.file} is a graphkit store of schema {found}, "
                                     f"this graphkit reads schema {tables.SCHEMA_VERSION}")
                self._apply_schema(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{self.file} is not a readable graphkit store ({exc}); restore "
                             f"it from a backup, or move it away to start an empty store"
                             ) from exc
        except BaseException:
            conn.close()
            raise
        return conn

    def _apply_schema(self, conn: sqlite3.Connection) -> None:
        """Create the tables of a new store, or bring an older one up to date (once: a
        store of the current version is opened without a write)."""
        with _transaction(conn, self):
            found = _schema_version(conn)
            # (an older store's tables get their seq indexes once they have the column;
            # its node table gets the column node_family_dated reads first)
            schema = tables.SCHEMA if found in (None, tables.SCHEMA_VERSION) else \
                tables.SCHEMA.replace(tables.SEQ_INDEXES, "")
            if found is not None and found in tables.UPGRADES:
                tables.add_precision_column(conn)
            for statement in tables.statements(schema):
                conn.execute(statement)
            if found is None:
                conn.execute("INSERT INTO meta VALUES ('schema', ?)", (tables.SCHEMA_VERSION,))
            elif found in tables.UPGRADES:  # (else another process upgraded it first)
                for step in tables.UPGRADES[found]:
                    if callable(step):
                        step(conn)
                    else:
                        conn.execute(step)
                conn.execute("UPDATE meta SET value = ? WHERE key = 'schema'",
                             (tables.SCHEMA_VERSION,))

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
                for s, t, k, a in graph.edges(keys=True, data=True)
                if a["type"] != PARTICIPATED_IN))
            events = [n for n, a in graph.nodes(data="label") if a == EVENT]
            tables.refresh_participation(conn, events, added=[
                (s, t, a.get("role")) for s, t, a in graph.edges(data=True)
                if a["type"] == PARTICIPATED_IN])
            tables.refresh_report_spans(conn, events)
            tables.refresh_first_articles(conn, events)
            tables.refresh_actor_names(conn, ({"id": n, **a} for n, a in nodes
                                              if graph.nodes[n].get("label") == ACTOR))
            conn.execute("INSERT INTO meta VALUES ('migrated_from', ?)", (str(legacy),))
        legacy.replace(legacy.with_name(legacy.name + MIGRATED_SUFFIX))

    # -- writing -------------------------------------------------------------------------

    def write(self, extractions: Sequence[Extraction]) -> WriteCounts:
        """Merge ``extractions`` into the store, all or nothing (an article read again
        withdraws what only its earlier reading told: :mod:`graphkit.store.withdrawals`).

        Raises:
            StoreError: another writer held the store past ``lock_timeout``, an id would
                get two labels, or a value cannot be stored; the store is unchanged.
        """
        return self._write(extractions, ())

    def forget(self, article_ids: Sequence[str]) -> WriteCounts:
        """Take the articles ``article_ids`` out of the store, in one transaction.

        Raises:
            StoreError: the store could not be written; it is unchanged.
        """
        return self._write((), article_ids)

    def _write(self, extractions: Sequence[Extraction], forget: Sequence[str]) -> WriteCounts:
        conflict = extraction_label_conflicts(extractions)
        if conflict:
            raise StoreError(f"cannot write to {self.path}: {conflict}")
        conn = self.conn
        known: Known = {}
        try:
            with paused_collection(), _transaction(conn, self):
                plan = plan_write(
                    extractions,
                    lambda windows, ids: _stored_events(conn, windows, ids),
                    lambda label, ids: _nodes_of_label(conn, label, ids, known),
                    fetch_summaries=lambda windows, ids: _event_summaries(conn, windows, ids,
                                                                          known),
                    count_dated=lambda queries: tables.count_dated_many(conn, queries),
                    fetch_readings=lambda reading, forgotten: _stored_readings(
                        conn, reading, forgotten, known),
                    forget=forget,
                    fetch_actor_sources=lambda wanted, left_out: _actor_sources(
                        conn, wanted, left_out))
                return _apply_plan(conn, plan, known)
        except (ValueError, TypeError) as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc
        finally:
            self.note_write()

    # -- reading -------------------------------------------------------------------------

    def version(self) -> tuple[int, int]:
        """This object's writes and SQLite's ``data_version`` (which another connection's
        commit changes): a few microseconds, no disk read."""
        try:
            return self.writes, self.read_conn.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read {self.file}: {exc}") from exc

    def counts(self) -> dict[str, int]:
        counts = empty_counts()
        with _reading(self):
            for label, n in self.conn.execute("SELECT label, count(*) FROM node GROUP BY label"):
                counts[label] = n
            for rel_type, n in self.conn.execute(
                    "SELECT type, count(*) FROM edge GROUP BY type"):
                counts[rel_type] = n
            (counts[PARTICIPATED_IN],) = self.conn.execute(
                "SELECT count(*) FROM participation").fetchone()
        return counts

    def actors(self) -> list[dict[str, Any]]:
        with _reading(self):
            return [{"id": node_id, **decode(props)} for node_id, props in self.conn.execute(
                "SELECT id, props FROM node WHERE label = ? ORDER BY id", (ACTOR,))]

    def find_actors(self, *, ids: Sequence[str] = (), names: Sequence[str] = (),
                    countries: Sequence[str] = ()) -> list[dict[str, Any]]:
        with _reading(self):
            return tables.find_actors(self.conn, ids, names, countries)

    def articles_named(self, names: Sequence[str], ids_only: bool = False) -> list[dict[str, Any]]:
        with _reading(self):
            if ids_only:
                found = [{"id": i, **tables.node_props(text)} for i, text in tables.select_in(
                    self.conn, "SELECT id, props FROM node WHERE label = ? AND id IN", names,
                    ARTICLE)]
            else:
                rows = self.conn.execute("SELECT id, props FROM node WHERE label = ?", (ARTICLE,))
                found = [{"id": i, **props} for i, text in rows
                         if article_named(i, props := tables.node_props(text), names)]
        return sorted(found, key=lambda a: a["id"])

    def missing_events(self, event_ids: Sequence[str]) -> list[str]:
        with _reading(self):
            found = tables.fetch_labels(self.conn, sorted(set(event_ids)))
        return sorted(i for i in set(event_ids) if found.get(i) != EVENT)

    def run_named(self, query: NamedQuery, params: dict[str, Any]) -> Rows:
        params = query.bind(params)
        with _reading(self):
            return canonical_rows(query.twin(SqliteView(self.conn), params))

    def view(self) -> SqliteView:
        """The :class:`GraphView` the named queries' twins read."""
        return SqliteView(self.read_conn)

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
    """One read transaction: the reads of a query see one state of the store (which must
    exist: reads create none)."""
    conn = store.read_conn
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


def _schema_version(conn: sqlite3.Connection) -> str | None:
    """The store's schema version, or None for a new (empty) database."""
    try:
        found = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    return found[0] if found else None
