"""The embedded store: the graph in a SQLite database in a folder, no server.

The store is a folder holding ``graph.db`` (SQLite from Python's standard library; the
tables and indexes are in :mod:`graphkit.store.tables`).

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
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
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
    relationship_key,
)
from graphkit.model import DEFAULT_SOURCE, Extraction
from graphkit.store import tables
from graphkit.store.base import (
    NamedQuery,
    Rows,
    Store,
    WriteCounts,
    canonical_graph,
    empty_counts,
    extraction_label_conflicts,
)
from graphkit.store.legacy import JSON_FILE, MIGRATED_SUFFIX, read_json_graph
from graphkit.store.planner import (
    EventSummary,
    StoredEvent,
    WritePlan,
    paused_collection,
    plan_write,
)
from graphkit.store.tables import CHUNK, chunks, decode, encode, marks
from graphkit.store.view import LONGEST_PERIOD_DAYS, EventRow, GraphView, days_before
from graphkit.store.windows import Window

DB_FILE = "graph.db"
DEFAULT_PATH = "./graphkit-data"
CHECKPOINT_PAGES = 30_000  # (pages of the write-ahead log, ~120 MB, before it is copied back)
# (the edge rows a write makes; PARTICIPATED_IN are participation rows)
_RELATIONSHIPS = ((MENTIONED_IN, "mentions", "event_id", "article_id"),
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
        """Merge ``extractions`` into the store, all or nothing.

        Raises:
            StoreError: another writer held the store past ``lock_timeout``, an id would
                get two labels, or a value cannot be stored; the store is unchanged.
        """
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
                    count_dated=lambda queries: tables.count_dated_many(conn, queries))
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
            return self.writes, self.conn.execute("PRAGMA data_version").fetchone()[0]
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


def _schema_version(conn: sqlite3.Connection) -> str | None:
    """The store's schema version, or None for a new (empty) database."""
    try:
        found = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    return found[0] if found else None


# -- what a write reads ---------------------------------------------------------------------

# What a write has read of the nodes it writes: id -> (label, properties as stored JSON
# text, or None when only the label was read), None where no node has the id. The
# planner reads the write's articles and actors (to merge them with what is stored) and
# looks up the id of each of its reports (nearly all new events); the label check and
# the node writes after it take them from here instead of looking each id up again (each
# of those look-ups found nothing). Nothing a write does before its label check changes a
# node, nor before it writes them an article's or an actor's row (it deletes events only).
Known = dict[str, tuple[str, str | None] | None]


def _nodes_of_label(conn: sqlite3.Connection, label: str, ids: list[str],
                    known: Known | None = None) -> list[dict[str, Any]]:
    found = tables.fetch_node_texts(conn, ids)
    if known is not None:
        known.update(dict.fromkeys(ids))
        known.update(found)
    return [{"id": i, **decode(props)} for i, (got, props) in found.items() if got == label]


def _window_event_ids(conn: sqlite3.Connection, windows: Sequence[Window]) -> list[str]:
    """The events of each (family, first, last) window (see graphkit.store.windows): those
    of the family with a report whose days meet the window, by the ``report_span`` index."""
    return tables.events_with_reports_within(conn, windows)


def _stored_events(conn: sqlite3.Connection, windows: Sequence[Window], ids: list[str]
                   ) -> list[StoredEvent]:
    """The Events of ``windows`` or with ``ids``, with every relationship they have."""
    nodes = tables.fetch_nodes(conn, [*_window_event_ids(conn, windows), *ids])
    events = {i: props for i, (label, props) in nodes.items() if label == EVENT}
    edges: dict[str, list[tuple[str, str, str, dict[str, Any]]]] = {i: [] for i in events}
    for source, target, _, rel_type, props in tables.fetch_edges(conn, sorted(events),
                                                                 actors=False):
        for end in {source, target} & events.keys():
            edges[end].append((source, target, rel_type, props))
    return [StoredEvent({"id": i, **events[i]}, edges[i]) for i in sorted(events)]


def _event_summaries(conn: sqlite3.Connection, windows: Sequence[Window], ids: list[str],
                     known: Known | None = None) -> list[EventSummary]:
    """The :class:`EventSummary` of the events :func:`_stored_events` would give, read
    without decoding their properties or their relationships' (only the few fields a
    summary holds are cut out in SQL): a write reads a year of each family it touches,
    and then only the events it may change whole. ``known``: the labels read, and the
    ids no node has, are added to it (:data:`Known`: the write's first read looks up the
    id of each of its reports, nearly all new events, which the label check would look
    up again)."""
    event_ids = sorted(set(_window_event_ids(conn, windows)) | set(ids))
    props: dict[str, dict[str, Any]] = {}
    known = {} if known is None else known
    for part in chunks(event_ids):
        for node_id, label, *row in conn.execute(
                "SELECT id, label, resolution_key, modality, CASE WHEN label = ? THEN "
                "json_extract(props, '$.date') END, date_precision FROM node WHERE id IN "
                f"({marks(len(part))})", (EVENT, *part)):
            if known.get(node_id) is None:  # (its text, if read, kept)
                known[node_id] = (label, None)
            if label == EVENT:
                props[node_id] = {k: v for k, v in zip(_SUMMARY_FIELDS, (node_id, *row),
                                                       strict=True) if v is not None}
        known.update((i, None) for i in part if i not in known)
    found = sorted(props)
    # (built as the rows come, without a StoredEvent's edge list between)
    summaries = {i: EventSummary(props[i], [], [], 0, False) for i in found}
    seen: set[tuple[str, str, str]] = set()
    for part in chunks(found, CHUNK // 3):
        # (a relationship's properties only where a summary reads them: a report's
        # mention id and date, a REFERS_TO's own)
        for source, target, key, rel_type, mention, when, precision, refers in conn.execute(
                "SELECT source, target, key, type, json_extract(props, '$.mention_id'), "
                "json_extract(props, '$.date'), json_extract(props, '$.date_precision'), "
                f"NULL FROM edge WHERE type = ? AND {tables.seqs_of(len(part))} "
                "UNION ALL SELECT source, target, key, type, NULL, NULL, NULL, "
                "CASE WHEN type = ? THEN props END FROM edge WHERE (type <> ? AND "
                f"{tables.seqs_of(len(part))}) OR target IN ({marks(len(part))})",
                (MENTIONED_IN, *part, REFERS_TO, MENTIONED_IN, *part, *part)):
            if (source, target, key) in seen:
                continue
            seen.add((source, target, key))
            rel_props = (decode(refers) if refers is not None else
                         {"mention_id": mention, "date": when, "date_precision": precision}
                         if rel_type == MENTIONED_IN and source in props else {})
            for end in {source, target} & props.keys():
                summaries[end].add(source, target, rel_type, rel_props)
        # (a PARTICIPATED_IN only counts: its rows are not read)
        for event_id, n in tables.participation_counts(conn, part):
            summaries[event_id].n_rels += n
    return list(summaries.values())


# The Event properties a summary holds (graphkit.store.planner.EventSummary).
_SUMMARY_FIELDS = ("id", "resolution_key", "modality", "date", "date_precision")


# -- what a write changes -------------------------------------------------------------------

def _check_labels(conn: sqlite3.Connection, rows: GraphRecords, known: Known) -> set[str]:
    """Raise if a row's id is stored under another label; return the ids stored. The
    labels of the ids in ``known`` are not read again; those read now that no node has
    are added to it."""
    wanted = {props["id"]: label for label, nodes in ((ARTICLE, rows.articles),
                                                       (ACTOR, rows.actors),
                                                       (EVENT, rows.events))
              for props in nodes}
    stored = {i: entry[0] for i in wanted if (entry := known.get(i)) is not None}
    unread = sorted(i for i in wanted if i not in known)
    found = tables.fetch_labels(conn, unread)
    stored.update(found)
    known.update((i, None) for i in unread if i not in found)
    for node_id, label in sorted(stored.items()):
        if label != wanted[node_id]:
            raise ValueError(f"id {node_id!r} is already a {label}")
    return set(stored)


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
                 replace: bool = False, first_articles: dict[str, str | None] | None = None,
                 known: Known | None = None) -> dict[str, dict[str, Any]]:
    """Write ``rows`` (``SET n += row``; ``replace``: ``SET n = row``); return id ->
    properties as written. ``first_articles``: of new events, their ``first_article``.
    ``known``: nodes this write has read (:data:`Known`), not read again."""
    stored: dict[str, tuple[str, dict[str, Any]]] = {}
    if not replace:
        known = known or {}
        unread = []
        for i in {r["id"] for r in rows}:
            if i not in known:
                unread.append(i)
            elif (entry := known[i]) is not None:
                if entry[1] is None:  # (only its label read)
                    unread.append(i)
                else:
                    stored[i] = (entry[0], decode(entry[1]))
        stored.update(tables.fetch_nodes(conn, unread))
    first = first_articles or {}
    out, written = [], {}
    for row in rows:
        found = stored.get(row["id"])
        if found is None:  # (what ``_set`` gives on no properties)
            props = _properties(row, "id")
        else:
            props = dict(found[1])
            _set(props, row)
        written[row["id"]] = props
        out.append(tables.node_row(row["id"], label, props, first.get(row["id"])))
    tables.upsert_nodes(conn, out)
    if label == ACTOR:
        tables.refresh_actor_names(conn, ({"id": row[0], **decode(row[2])} for row in out))
    return written


def _properties(row: dict[str, Any], *ends: str) -> dict[str, Any]:
    """``row`` without ``ends`` and None values, its keys in the same order (so the same
    JSON text). A copy and a deletion per end are C loops; a comprehension tested every
    key (resolved rows rarely hold a None: those are filtered only when there is one)."""
    props = dict(row)
    for end in ends:
        props.pop(end, None)
    if None in props.values():
        props = {k: v for k, v in props.items() if v is not None}
    return props


def _apply_plan(conn: sqlite3.Connection, plan: WritePlan, known: Known | None = None
                ) -> WriteCounts:
    """Carry out a resolution plan, as Neo4jStore does in Cypher. ``known``: the nodes
    the plan read (:data:`Known`)."""
    rows = plan.rows
    known = {} if known is None else known
    # (events stored by no earlier write: no row of theirs to read back or delete)
    new = {e["id"] for e in rows.events} - _check_labels(conn, rows, known)
    touched = {e["id"] for e in rows.events}
    conn.executemany("DELETE FROM edge WHERE seq = (SELECT rowid FROM node WHERE id = ?) AND "
                     "target = ? AND key = ?",
                     [(s, t, relationship_key(rel_type, props))
                      for s, t, rel_type, props in plan.deleted_edges
                      if rel_type != PARTICIPATED_IN])
    # (PARTICIPATED_IN are participation rows: see graphkit.store.tables)
    removed = [(s, t, props.get("role")) for s, t, rel_type, props in plan.deleted_edges
               if rel_type == PARTICIPATED_IN]
    touched.update(end for s, t, _, _ in plan.deleted_edges for end in (s, t))
    tables.delete_derived(conn, plan.stale_events)  # (by their nodes: before them)
    for part in chunks(plan.stale_events):  # (their edges too: found by their seqs)
        conn.execute(f"DELETE FROM edge WHERE {tables.seqs_of(len(part))} "
                     f"OR target IN ({marks(len(part))})", (*part, *part))
        conn.execute(f"DELETE FROM node WHERE id IN ({marks(len(part))})", part)
    articles = _write_nodes(conn, ARTICLE, rows.articles, known=known)
    _write_nodes(conn, ACTOR, rows.actors, known=known)
    mentions = _by_event(rows.mentions, new)
    first = _first_articles(conn, mentions, articles)
    (top,) = conn.execute("SELECT max(rowid) FROM node").fetchone()
    _write_nodes(conn, EVENT, rows.events, replace=True, first_articles=first)  # SET n = row
    # (each event's seq, read once for both tables: the new ones from the table's last
    # rowids, where SQLite put them; the others, if any, by id in event_seqs)
    seqs: dict[str, int] = dict(conn.execute("SELECT id, rowid FROM node WHERE rowid > ?",
                                             (top or 0,)))
    for rel_type, field, src, dst in _RELATIONSHIPS:
        # A planned relationship is new, or replaces one the plan deleted: no stored
        # properties to merge with (Neo4jStore CREATEs them likewise).
        tables.upsert_edges(conn, (
            (r[src], r[dst], relationship_key(rel_type, r), rel_type,
             encode(_properties(r, src, dst))) for r in getattr(rows, field)), seqs)
    tables.upsert_edges(conn, ((r["event_id"], r["prior_id"], REFERS_TO, REFERS_TO, "{}")
                               for r in plan.refers), seqs)
    stale = set(plan.stale_events)
    added = [(r["actor_id"], r["event_id"], r["role"]) for r in rows.participations
             if r["event_id"] not in stale]
    touched.update(event_id for _, event_id, _ in added)
    tables.refresh_participation(
        conn, touched - stale, added=added, removed=removed,
        written={e["id"]: tables.event_columns(e) for e in rows.events}, new=new, seqs=seqs)
    reported = {*touched, *plan.stale_events, *(m["event_id"] for m in rows.mentions),
                *(s for s, _, rel_type, _ in plan.deleted_edges if rel_type == MENTIONED_IN)}
    family = {e["id"]: e.get("resolution_key") for e in rows.events}
    tables.refresh_report_spans(conn, reported, new={
        i: [(family[i], m.get("date"), m.get("date_precision")) for m in reports]
        for i, reports in mentions.items()}, seqs=seqs)
    tables.refresh_first_articles(conn, reported - set(plan.stale_events) - first.keys())
    return WriteCounts(**plan.counts)


def _first_articles(conn: sqlite3.Connection, mentions: dict[str, list[dict[str, Any]]],
                    articles: dict[str, dict[str, Any]]) -> dict[str, str | None]:
    """The ``first_article`` of each new event (all its ``MENTIONED_IN`` are the write's
    own ``mentions``), from the articles as written and the others' stored ``published``:
    its node is then written once, not written and updated. An event whose articles'
    dates are not all text is left to :func:`tables.refresh_first_articles` (SQL's order
    of mixed types)."""
    published = {i: props.get("published") for i, props in articles.items()}
    published.update(tables.published_of(conn, [
        m["article_id"] for reports in mentions.values() for m in reports
        if m["article_id"] not in published]))
    out: dict[str, str | None] = {}
    for event_id, reports in mentions.items():
        if len(reports) == 1:  # (most events: what first_article gives one article)
            article_id = reports[0]["article_id"]
            value = published.get(article_id)
            if value is None or isinstance(value, str):
                out[event_id] = article_id if article_id in published else None
            continue
        ids = [m["article_id"] for m in reports]
        if all(isinstance(published.get(a), str | None) for a in ids):
            out[event_id] = tables.first_article(ids, published)
    return out


def _by_event(mentions: Iterable[dict[str, Any]], events: Collection[str]
              ) -> dict[str, list[dict[str, Any]]]:
    """The ``MENTIONED_IN`` rows of each of ``events`` (each event, even with none), one
    per article and relationship key (the last, as the edge table keeps it)."""
    out: dict[str, dict[tuple[str, str], dict[str, Any]]] = {i: {} for i in events}
    for m in mentions:
        if m["event_id"] in out:
            out[m["event_id"]][m["article_id"], relationship_key(MENTIONED_IN, m)] = m
    return {i: list(rows.values()) for i, rows in out.items()}


# -- what a query reads ---------------------------------------------------------------------

class SqliteView(GraphView):
    """The embedded store's :class:`GraphView`: each subgraph read through an index."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # actors read while the view answers one query (a view lives for one query)
        self._actor_cache: dict[str, dict[str, Any]] = {}

    def around(self, actor_ids: Iterable[str], *, partners: Iterable[str] | None = None,
               types: Iterable[str] = (), modalities: Iterable[str] = (),
               date_from: str | None = None, date_to: str | None = None,
               before: str | None = None, newest: int | None = None) -> nx.MultiDiGraph:
        sql, args = _matching(self._years, actor_ids, partners, types, modalities, date_from,
                              date_to, before)
        if newest is not None:
            sql = f"SELECT event_id FROM ({sql}) ORDER BY date_start DESC, event_id LIMIT ?"
            args.append(newest)
        return self.subgraph([row[0] for row in self.conn.execute(sql, args)], actors=False)

    def event_rows(self, actor_ids: Iterable[str], *, partners: Iterable[str] | None = None,
                   types: Iterable[str] = (), modalities: Iterable[str] = (),
                   date_from: str | None = None, date_to: str | None = None,
                   before: str | None = None, sources: Iterable[str] = (),
                   participants: bool = False, fields: Iterable[str] | None = None,
                   limit: int | None = None, offset: int = 0,
                   newest_first: bool = False) -> list[EventRow]:
        hits, args = _matching(self._years, actor_ids, partners, types, modalities, date_from,
                               date_to, before)
        direction = " DESC" if newest_first else ""

        def order(alias: str) -> str:  # (undated last, then by id, either way)
            return (f"{alias}date_start IS NULL, {alias}date_start{direction}, "
                    f"{alias}event_id")

        # the page is cut from the index rows (event id and start) before any event is
        # read, so a page of a leader's thousands of events reads only its own events
        coded, coded_args = "", []
        wanted = sorted(set(sources))
        if wanted:
            coded = ("WHERE EXISTS (SELECT 1 FROM node s, json_each(coalesce(nullif("
                     "json_extract(s.props, '$.sources'), '[]'), json_array(?))) c "
                     f"WHERE s.id = h.event_id AND c.value IN ({marks(len(wanted))}))")
            coded_args = [DEFAULT_SOURCE, *wanted]
        page = (f"WITH hit AS ({hits}), page AS (SELECT h.event_id, h.date_start FROM hit h "
                f"{coded} ORDER BY {order('h.')} LIMIT ? OFFSET ?)")
        page_args = [*args, *coded_args, -1 if limit is None else limit, offset]
        # the fields asked for are cut out in SQL (with their JSON type: a list comes back
        # as JSON text) rather than every event's properties decoded in Python
        names = None if fields is None else list(fields)
        columns = "n.props" if names is None else ", ".join(
            ["json_extract(n.props, ?), json_type(n.props, ?)"] * len(names) or ["NULL"])
        paths = [] if names is None else [f"$.{name}" for name in names for _ in (0, 1)]
        rows = self.conn.execute(
            f"{page} SELECT n.id, n.first_article, {columns} FROM page p "
            f"CROSS JOIN node n ON n.id = p.event_id ORDER BY {order('p.')}",
            [*page_args, *paths]).fetchall()
        involved: dict[str, list[tuple[str, str]]] = {}
        if participants:
            for part in chunks([row[0] for row in rows]):
                for event_id, actor_id, role in self.conn.execute(
                        "SELECT event_id, actor_id, role FROM participation "
                        f"WHERE {tables.seqs_of(len(part))}", part):
                    involved.setdefault(event_id, []).append((actor_id, role))
        out = []
        for event_id, article_id, *values in rows:
            if names is None:
                event = {"id": event_id, **decode(values[0])}
            else:
                event = {"id": event_id}
                for name, value, kind in zip(names, values[::2], values[1::2], strict=True):
                    event[name] = decode(value) if kind in ("array", "object") else value
            out.append(EventRow(event, article_id, self._participants(involved.get(event_id, ()))))
        return out

    def _years(self, table: str, low: str | None, high: str | None) -> list[str]:
        return tables.years(self.conn, table, low, high)

    def _participants(self, involved: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
        """{name, country, role} of (actor id, role) pairs, sorted as Cypher's ``ORDER BY
        p.name, r.role, p.id`` (nulls last)."""
        if not involved:
            return []
        people = self._actors(sorted({a for a, _ in involved}))
        found = sorted(((people[a].get("name") is None, people[a].get("name") or "",
                         role, a) for a, role in involved if a in people))
        return [{"name": people[a].get("name"), "country": people[a].get("country"),
                 "role": role} for _, _, role, a in found]

    def _actors(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        cache = self._actor_cache
        missing = [i for i in ids if i not in cache]
        if missing:
            cache.update((i, props) for i, (_, props)
                         in tables.fetch_nodes(self.conn, missing).items())
        return cache

    def node(self, node_id: str) -> dict[str, Any]:
        found = tables.fetch_nodes(self.conn, [node_id])
        if node_id not in found:
            return {}
        label, props = found[node_id]
        return {"label": label, "id": node_id, **props}

    def of_article(self, article_id: str) -> nx.MultiDiGraph:
        ids = [i for (i,) in self.conn.execute(
            "SELECT source FROM edge WHERE target = ? AND type = ?", (article_id, MENTIONED_IN))]
        graph = self.subgraph(ids, actors=False)
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
            f"SELECT n.id FROM node n WHERE {' AND '.join(where)}", args)], actors=False)

    def whole(self) -> nx.MultiDiGraph:
        nodes = [(i, {"label": label, "id": i, **decode(props)})
                 for i, label, props in self.conn.execute("SELECT id, label, props FROM node")]
        edges = [(s, t, k, {"type": rel_type, **decode(props)}) for s, t, k, rel_type, props
                 in self.conn.execute("SELECT source, target, key, type, props FROM edge")]
        edges += [(s, t, f"{PARTICIPATED_IN}:{role}", {"type": PARTICIPATED_IN, "role": role})
                  for s, t, role in self.conn.execute(
                      "SELECT actor_id, event_id, role FROM participation")]
        return canonical_graph(nodes, edges)

    def subgraph(self, event_ids: Sequence[str], *, actors: bool = True) -> nx.MultiDiGraph:
        """``event_ids`` with their neighbourhood (see :class:`GraphView`), sorted
        (``actors=False``: the ids are events only, as this view's own reads give them)."""
        edges = tables.fetch_edges(self.conn, event_ids, actors=actors)
        ends = {*event_ids, *(end for s, t, *_ in edges for end in (s, t))}
        nodes = tables.fetch_nodes(self.conn, sorted(ends))
        return canonical_graph(
            [(i, {"label": label, "id": i, **props}) for i, (label, props) in nodes.items()],
            [(s, t, k, {"type": rel_type, **props}) for s, t, k, rel_type, props in edges])


# How many partners of a dyad read are sought pair by pair in ``dyad_date`` (see _matching).
_SOUGHT_PARTNERS = 4


def _matching(years: Callable[[str, str | None, str | None], list[str]],
              actor_ids: Iterable[str], partners: Iterable[str] | None,
              types: Iterable[str], modalities: Iterable[str], date_from: str | None,
              date_to: str | None, before: str | None = None) -> tuple[str, list[Any]]:
    """A ``SELECT event_id, date_start`` of the events one of ``actor_ids`` takes part in
    that pass the filters of :meth:`GraphView.around`, exactly, each once; and its
    arguments.

    Read through ``participation``, or for a dyad (``partners``) through ``dyad``, whose
    rows are the pair's events only: each pair is one row there, its ids in order, so the
    pair is looked up both ways (an actor first, then a partner first). A lower date bound
    is two index ranges: events that start at most a year before it (a day, a month or a
    year overlapping it do), and the few longer ones (``participation_long``,
    ``dyad_long``). ``participation_span`` and ``dyad_date`` begin with the year an event
    starts (schema 12): the first range is sought in each year it may hold
    (``years(table, low, high)``: :func:`graphkit.store.tables.years`).
    """
    actors = sorted(set(actor_ids))
    if partners is None:
        table, sides = "participation", [(f"actor_id IN ({marks(len(actors))})", actors)]
    else:
        others = sorted(set(partners))
        table = "dyad"
        # (a few partners are sought as pairs, year by year; more, as sets of a country's
        # officials: each actor's year is read and its partners kept, "+" keeping the
        # planner from a seek per actor, partner and year, 13 x 16 x 16 for two countries)
        sides = [(f"actor_id IN ({marks(len(first))}) AND "
                  f"{'+' if len(second) > _SOUGHT_PARTNERS else ''}other_id IN "
                  f"({marks(len(second))})", [*first, *second])
                 for first, second in ((actors, others), (others, actors))]
    where: list[str] = []
    args: list[Any] = []
    for column, values in (("type", sorted(set(types))), ("modality", sorted(set(modalities)))):
        if values:
            where.append(f"{column} IN ({marks(len(values))})")
            args.extend(values)
    for clause, value in (("date_start < ?", before), ("date_start <= ?", date_to),
                          ("date_end >= ?", date_from)):
        if value is not None:
            where.append(clause)
            args.append(value)
    low = None if date_from is None else days_before(date_from, LONGEST_PERIOD_DAYS)
    highs = [value for value in (before, date_to) if value is not None]
    eras = years(table, low, min(highs) if highs else None)
    in_eras = f"{tables.ERA} IN ({marks(len(eras))})"
    selects: list[str] = []
    select_args: list[Any] = []
    for side, side_args in sides:
        condition = " AND ".join([side, *where])
        select = f"SELECT event_id, date_start FROM {table} WHERE {in_eras} AND {condition}"
        if date_from is None:
            selects.append(select)
            select_args.extend([*eras, *side_args, *args])
            continue
        # (the planner would rather scan all of an actor's events before the range in the
        # covering index than read the few long ones by their partial index)
        selects.extend((f"{select} AND date_start >= ?", f"SELECT event_id, date_start FROM "
                        f"{table} INDEXED BY {table}_long WHERE {condition} AND "
                        f"{tables.LONG}"))
        select_args.extend([*eras, *side_args, *args, low, *side_args, *args])
    if date_from is None:
        return (f"SELECT DISTINCT event_id, date_start FROM ({' UNION ALL '.join(selects)})",
                select_args)
    return " UNION ".join(selects), select_args


def _filter(where: list[str], args: list[Any], alias: str, types: Iterable[str],
            modalities: Iterable[str]) -> None:
    for column, values in (("type", sorted(set(types))), ("modality", sorted(set(modalities)))):
        if values:
            where.append(f"{alias}.{column} IN ({marks(len(values))})")
            args.extend(values)
