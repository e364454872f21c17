"""The Neo4j store: the graph in a Neo4j 5 database, through the official driver.

On open it checks the server answers and the credentials work, then applies
``schema/constraints.cypher`` (idempotent). :meth:`Neo4jStore.write` resolves the new
extractions against the stored events of the families they touch
(:func:`graphkit.store.planner.plan_write`, the same planner as the embedded store's) and
writes only what changes: one statement (:data:`graphkit.store.neo4j_apply.APPLY`, run once
per ``batch_size`` rows, all lists together), all inside ONE write transaction, so a
failing statement rolls back the whole call. The same transaction refreshes the
date-ordered index entries of the events it touches (:mod:`graphkit.store.neo4j_index`),
which a store lacking them gets on open.
Named queries run ``queries/NAME.cypher``; user values only ever travel as parameters.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import threading
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any, TypeVar
from urllib.parse import urlsplit

import networkx as nx
from neo4j import READ_ACCESS, Driver, GraphDatabase, ManagedTransaction, Query, unit_of_work
from neo4j.exceptions import (
    AuthError,
    ClientError,
    CypherSyntaxError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from graphkit.errors import QueryError, StoreError, one_line, shorten
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
    GraphRecords,
    relationship_key,
)
from graphkit.model import Extraction
from graphkit.resolve import EVENT_FIELDS, MENTION_FIELDS, ResolutionRules
from graphkit.store.base import (
    LookupDone,
    NamedQuery,
    RefLookup,
    Rows,
    Store,
    WriteCounts,
    canonical_graph,
    empty_counts,
    extraction_label_conflicts,
    schema_name,
    schema_statements,
)
from graphkit.store.components import DatedQuery
from graphkit.store.cypher_notices import (
    NOTICE_SESSION,
    CypherNotice,
    deliver,
    driver_log_quiet,
    notices_of,
)
from graphkit.store.cypher_rights import refuse_admin_cypher
from graphkit.store.neo4j_apply import APPLY, APPLY_MERGING, delete_lists, rounds
from graphkit.store.neo4j_index import (
    ENTRY_FIELDS,
    INDEX_RELATIONSHIP_TYPES,
    INTERVAL_LABEL,
    LABEL_INTERVALS,
    REFRESH_EVENTS,
    build_missing,
    refresh_all,
    refresh_params,
)
from graphkit.store.neo4j_lookup import (
    FOUND,
    REFS,
    ROWS,
    collected_statement,
    find_actors_call,
    fused_params,
    fused_statement,
    placeholders_of,
    return_columns,
)
from graphkit.store.planner import (
    EventSummary,
    FirstRead,
    StoredEvent,
    WritePlan,
    paused_collection,
    plan_write,
)
from graphkit.store.tables import actor_found_by, normalise_name
from graphkit.store.windows import Window

DEFAULT_CONNECT_TIMEOUT = 3.0
"""Seconds to reach the server and finish the Bolt handshake (env NEO4J_CONNECT_TIMEOUT)."""
DEFAULT_QUERY_TIMEOUT = 120.0
"""Seconds the server lets a read or an ad-hoc query run (env NEO4J_QUERY_TIMEOUT)."""
_Row = TypeVar("_Row")
_URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_MAX_MESSAGE_CHARS = 300

# Planning a statement of a resolved write costs Neo4j 0.1-0.9 s (the candidate reads the
# most), running it a few ms: a one-article ingest at 100k events spent 0.7-2.2 s planning
# (bench/neo4j_phases.py; README "At scale"). Neo4j plans a statement again once the graph's
# statistics have changed enough (as after a bulk write), and caches a plan per size class
# of each list parameter (a one-article write's lists are not a 200-article batch's). So
# every statement of the write runs with the plan cached for it (each is anchored on a
# unique or composite index whatever the statistics) and gets its parameters as one map,
# ``$params``: one plan per statement, planned once per server.
_KEEP_PLAN = "CYPHER replan=skip "


@functools.cache
def _write_statement(query: str) -> str:
    """``query`` as a resolved write runs it: its cached plan kept, ``$name`` read from
    the one map parameter ``$params``."""
    return _KEEP_PLAN + re.sub(r"\$(\w+)", r"$params.\1", query)


# The composite indexes a write's window reads seek, named: left to itself, Neo4j's planner
# took the index on resolution_key alone (reading every event a family ever had: 5x the
# db hits for a dense pair at 100k events) and, once the graph held interval events, a
# scan of all of event_family_interval (a 200-article write's reads grew from 51 to 332 ms
# over a 100k build). The plans are kept once made (_KEEP_PLAN), so they must be right for
# any statistics: a plain USING INDEX is also met by a scan of the whole index, which
# Neo4j took when it planned on a young graph (index samples still empty, thousands of
# events: tests/store/test_neo4j_kept_plans.py), so every hint of a write says SEEK.
_BY_FAMILY_DATE = "USING INDEX SEEK e:Event(resolution_key, date_start)"
_BY_FAMILY_INTERVAL = f"USING INDEX SEEK e:{INTERVAL_LABEL}(resolution_key, date_end)"
# The stored Events of some windows (see graphkit.store.windows) or with some ids. A window
# w is [family, first day, last day, first candidate start, last candidate start]: the
# events of the family with a report whose days meet [first, last]. Every report of an
# event that is not an interval lies in its date's year (a day either side), so the
# candidates start in the years of the window (by the composite index event_family_date);
# an interval event is its one report (by event_interval_end, which holds only the events
# labelled INTERVAL_LABEL; its precision is checked too, as it was when the index held
# every event).
_WINDOW_EVENTS = (
    f"CALL {{ UNWIND $windows AS w MATCH (e:Event) {_BY_FAMILY_DATE} WHERE e.resolution_key = w[0] "
    "AND e.date_start >= w[3] AND e.date_start <= w[4] "
    f"AND any(m IN [(e)-[r:{MENTIONED_IN}]->() | [r.date, r.date_precision]] WHERE "
    "m[0] IS NOT NULL AND CASE m[1] "
    "WHEN 'day' THEN m[0] >= w[1] AND m[0] <= w[2] "
    "WHEN 'month' THEN m[0] >= substring(w[1], 0, 7) AND m[0] <= substring(w[2], 0, 7) "
    "WHEN 'year' THEN m[0] >= substring(w[1], 0, 4) AND m[0] <= substring(w[2], 0, 4) "
    "WHEN 'interval' THEN split(m[0], '/')[0] <= w[2] AND split(m[0], '/')[1] >= w[1] "
    "ELSE true END) RETURN e "
    f"UNION UNWIND $windows AS w MATCH (e:{INTERVAL_LABEL}) {_BY_FAMILY_INTERVAL} "
    "WHERE e.resolution_key = w[0] AND e:Event "
    "AND e.date_precision = 'interval' AND e.date_end >= w[1] AND e.date_start <= w[2] "
    "RETURN e "
    "UNION MATCH (e:Event) USING INDEX SEEK e:Event(id) WHERE e.id IN $ids RETURN e } ")
# How many events of a family and modality, of some date precisions, start in a range
# (graphkit.store.components counts the clusters of a month or year so).
_COUNT_DATED = (
    "UNWIND range(0, size($queries) - 1) AS i WITH i, $queries[i] AS q "
    f"CALL {{ WITH q MATCH (e:Event) {_BY_FAMILY_DATE} WHERE e.resolution_key = q[0] "
    "AND e.date_start >= q[3] AND e.date_start <= q[4] AND e.modality = q[1] "
    "AND e.date_precision IN q[2] RETURN count(e) AS n } RETURN i, n ORDER BY i")
# (the relationships graphkit.store.neo4j_index keeps for the named queries)
_INDEX_TYPES = ", ".join(f"'{t}'" for t in INDEX_RELATIONSHIP_TYPES)
# The stored Events of some windows or with some ids,
# each once with every relationship it has. Transfer dominates a resolved write, so the
# properties of an Event and of its MENTIONED_IN come back as lists of values in the order
# of $event_fields and $mention_fields (as a map when it holds any other property), and the
# other relationships graphkit writes in their shortest form.
_STORED_EVENTS = (
    f"{_WINDOW_EVENTS}"
    f"WITH e, properties(e) AS p, [(e)-[r:{MENTIONED_IN}]->(o) | [o.id, properties(r)]] AS ms "
    "RETURN CASE WHEN size(keys(p)) = size([k IN $event_fields WHERE p[k] IS NOT NULL]) "
    "THEN [k IN $event_fields | p[k]] ELSE p END AS p, "
    "[m IN ms | [m[0], CASE WHEN size(keys(m[1])) = "
    "size([k IN $mention_fields WHERE m[1][k] IS NOT NULL]) "
    "THEN [k IN $mention_fields | m[1][k]] ELSE m[1] END]] AS mentions, "
    f"[(o)-[r:{PARTICIPATED_IN}]->(e) | [o.id, "
    "CASE WHEN size(keys(r)) = 1 THEN r.role ELSE properties(r) END]] AS participations, "
    f"[(o)-[r:{REPORTED}]->(e) | [o.id, "
    "CASE WHEN size(keys(r)) = 1 THEN r.article_id ELSE properties(r) END]] AS reports, "
    f"[(e)-[r:{REFERS_TO}]->(o) | [o.id, properties(r)]] AS refers_out, "
    f"[(o)-[r:{REFERS_TO}]->(e) | [o.id, properties(r)]] AS refers_in, "
    f"[(e)-[r]->(o) WHERE NOT type(r) IN ['{MENTIONED_IN}', '{REFERS_TO}'] "
    "| [o.id, type(r), properties(r)]] AS other_out, "
    f"[(o)-[r]->(e) WHERE NOT type(r) IN ['{PARTICIPATED_IN}', '{REPORTED}', '{REFERS_TO}', "
    f"{_INDEX_TYPES}] | [o.id, type(r), properties(r)]] AS other_in")
# What plan_write needs of the same events to tell which a write may change (an
# EventSummary): a few properties, each report's mention id and date, the REFERS_TO, and
# how many relationships of graphkit's kinds (and of others) the event has.
_SUMMARY = (
    "[e.id, e.resolution_key, e.modality, e.date, e.date_precision], "
    f"[(e)-[r:{MENTIONED_IN}]->() | [r.mention_id, r.date, r.date_precision]], "
    f"[(e)-[r:{REFERS_TO}]->(o) | [o.id, properties(r)]], "
    f"[(o)-[r:{REFERS_TO}]->(e) | [o.id, properties(r)]], "
    f"COUNT {{ (e)<-[:{PARTICIPATED_IN}]-() }} + COUNT {{ (e)<-[:{REPORTED}]-() }}, "
    # (degrees, which Neo4j keeps: no relationship is read; the query indexes' entries
    # are the store's own, not the graph's)
    "COUNT { (e)-->() } + COUNT { (e)<--() } "
    f"- COUNT {{ (e)<-[:{'|'.join(INDEX_RELATIONSHIP_TYPES)}]-() }}")
_EVENT_SUMMARIES = f"{_WINDOW_EVENTS}RETURN [{_SUMMARY}] AS s"
_SUMMARY_FIELDS = ("id", "resolution_key", "modality", "date", "date_precision")
_EXISTING = "MATCH (n:{label}) USING INDEX SEEK n:{label}(id) WHERE n.id IN $ids RETURN properties(n) AS p"
# The stored Articles and Actors a write names, in one statement (the planner asks for
# the articles, then the actors: one round trip fewer).
_EXISTING_ARTICLES_ACTORS = (
    f"CALL {{ MATCH (n:{ARTICLE}) USING INDEX SEEK n:{ARTICLE}(id) WHERE n.id IN $articles "
    "RETURN collect(properties(n)) AS a } "
    f"CALL {{ MATCH (n:{ACTOR}) USING INDEX SEEK n:{ACTOR}(id) WHERE n.id IN $actors "
    "RETURN collect(properties(n)) AS b } "
    "RETURN a, b")
# A write's first reads in one statement (planner.FirstRead): those articles and actors,
# the summaries of the first windows, and the counts of the first dated queries.
_FIRST_READ = (
    f"CALL {{ MATCH (n:{ARTICLE}) USING INDEX SEEK n:{ARTICLE}(id) WHERE n.id IN $articles "
    "RETURN collect(properties(n)) AS a } "
    f"CALL {{ MATCH (n:{ACTOR}) USING INDEX SEEK n:{ACTOR}(id) WHERE n.id IN $actors "
    "RETURN collect(properties(n)) AS b } "
    f"CALL {{ {_COUNT_DATED.replace(' RETURN i, n ORDER BY i', '')} "
    "WITH i, n ORDER BY i RETURN collect(n) AS c } "
    f"CALL {{ {_WINDOW_EVENTS}RETURN collect([{_SUMMARY}]) AS s }} "
    "RETURN a, b, c, s")
# Actors by id, by country (both indexed) or by a word of a name (full-text index
# actor_names of schema/constraints.cypher); the caller checks the exact rule.
_FIND_ACTORS = find_actors_call("") + "RETURN properties(a) AS p ORDER BY a.id"
_TERMS_PER_QUERY = 500
RETIRED_INDEXES = ("event_resolution_key", "event_family_interval")
"""Indexes of earlier schemas that :class:`Neo4jStore` drops on open. ``event_resolution_key``
(events by family alone): no read uses it since the write's reads seek a family's dates
(event_family_date, event_interval_end, whose first property is the family), and
every event a write merges had to update it. ``event_family_interval`` (every event by
family, precision and end): the interval reads seek ``event_interval_end``, which holds
only the interval events."""
_ID_TAKEN = "Neo.ClientError.Schema.ConstraintValidationFailed"
"""What the server answers when a write creates an event whose id is stored."""
_INTERVAL_INDEX = "event_interval_end"
"""The index of :data:`INTERVAL_LABEL` events; a store that lacks it gets its interval
events labelled on open, before the index is made (so its presence marks the work done)."""
# Every statement a resolved write may run (the templates of _write_resolved), as
# Neo4jStore.prepare_writes plans them ahead: those every write of new articles runs first.
_WRITE_STATEMENTS = (
    _FIRST_READ, APPLY, _EVENT_SUMMARIES, _EXISTING_ARTICLES_ACTORS,
    _EXISTING.format(label=ACTOR),
    _STORED_EVENTS, _COUNT_DATED, _EXISTING.format(label=ARTICLE), _EXISTING.format(label=EVENT))
# What prepare_writes plans the reads with: a row of each list, matching nothing. Planned
# with empty lists, a read's plan expects no rows anywhere and may take any operator as
# free (a kept plan so chosen made a 200-article write's reads take 1.3 s at 50k events).
_PLANNING_SAMPLE: dict[str, list[Any]] = {
    "windows": [["", "0001-01-01", "0001-01-01", "0001-01-01", "0001-12-31"]],
    "queries": [["", "asserted", ["month"], "0001-01-01", "0001-12-31"]],
    "ids": [""], "articles": [""], "actors": [""],
    "event_fields": list(EVENT_FIELDS), "mention_fields": list(MENTION_FIELDS)}
# (uri, database) of the servers this process has planned them on
_PLANNED: set[tuple[str, str | None]] = set()


class Neo4jStore(Store):
    """A graph store in a Neo4j database.

    Args:
        uri: the server, ``bolt://host:7687`` or ``neo4j://host:7687``.
        user, password: the credentials.
        database: the database name; None for the server's default database.
        batch_size: rows per run of the apply statement in :meth:`write`, over all its
            lists (a 200-article write is ~4,000: one run at the default).

    Raises:
        StoreError: the server cannot be reached, refuses the credentials, has no such
            database, or the schema cannot be applied.

    Example:
        >>> with Neo4jStore("bolt://localhost:7687", "neo4j", "secret") as store:  # doctest: +SKIP
        ...     store.write(extractions)
    """

    def __init__(self, uri: str, user: str, password: str, database: str | None = None,
                 batch_size: int = 10_000, connect_timeout: float | None = None,
                 query_timeout: float | None = None) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.uri = uri
        self.database = database
        self._seen: frozenset[str] | None = None
        self._planning: threading.Thread | None = None
        self._planning_stopped = threading.Event()
        self._local = threading.local()  # (the RefLookup of the calling thread's call)
        self._unfused: set[str] = set()  # named queries that cannot take a look-up
        self.batch_size = batch_size
        self.connect_timeout = connect_timeout or _env_seconds("NEO4J_CONNECT_TIMEOUT",
                                                               DEFAULT_CONNECT_TIMEOUT)
        self.query_timeout = query_timeout or _env_seconds("NEO4J_QUERY_TIMEOUT",
                                                           DEFAULT_QUERY_TIMEOUT)
        check_uri(uri)
        try:
            # Server notifications (e.g. "relationship type REFERS_TO does not exist yet" on
            # a young graph) are about our own fixed queries, not the user's: keep them out
            # of the user's terminal. The acquisition timeout bounds the Bolt handshake too,
            # so a server that accepts the connection and never answers fails fast.
            self._driver: Driver = GraphDatabase.driver(
                uri, auth=(user, password), connection_timeout=self.connect_timeout,
                connection_acquisition_timeout=self.connect_timeout,
                notifications_min_severity="OFF")
        except (ValueError, DriverError, ImportError) as exc:
            raise StoreError(f"bad Neo4j URI {shorten(uri)}: {_one_line(exc)} (expected "
                             f"bolt://HOST:PORT or neo4j://HOST:PORT)") from exc
        try:
            try:
                self._driver.verify_connectivity()
            except (Neo4jError, DriverError) as exc:
                raise self._error(exc, "connecting") from exc
            except (ValueError, OSError) as exc:  # a host name that does not resolve
                raise StoreError(f"cannot reach Neo4j at {shorten(uri)}: "
                                 f"{_one_line(exc)}") from exc
            self._apply_schema()  # also checks that the database exists
        except BaseException:
            self._driver.close()
            raise

    # -- connection ----------------------------------------------------------------------

    def _error(self, exc: Exception, doing: str) -> StoreError:
        """A one-line StoreError for a driver exception, naming the fix."""
        if isinstance(exc, AuthError):
            return StoreError(f"Neo4j at {self.uri} refused the username/password: set "
                              f"NEO4J_PASSWORD (and NEO4J_USERNAME) to the server's credentials")
        if isinstance(exc, ServiceUnavailable | SessionExpired):
            return StoreError(f"cannot reach Neo4j at {self.uri}: is it running? Start it "
                              f"(scripts/neo4j-local start) or set NEO4J_URI to its address "
                              f"({_one_line(exc)})")
        if isinstance(exc, Neo4jError) and exc.code and "DatabaseNotFound" in exc.code:
            return StoreError(f"Neo4j at {self.uri} has no database {self.database!r}: "
                              f"create it or pass an existing one")
        return StoreError(f"Neo4j at {self.uri} failed while {doing}: {_one_line(exc)}")

    @contextlib.contextmanager
    def _session(self, **kwargs: Any) -> Iterator[Any]:
        """A driver session; on leaving it, the bookmark of its last transaction becomes
        :meth:`version_seen`."""
        with self._driver.session(database=self.database, **kwargs) as session:
            try:
                yield session
            finally:
                seen = frozenset(session.last_bookmarks().raw_values)
                if seen:
                    self._seen = seen

    def version_seen(self) -> frozenset[str] | None:
        """The bookmark of the latest transaction through this object: Neo4j gives a read
        the id of the last transaction committed, so any commit since changes it."""
        return self._seen

    def _apply_schema(self) -> None:
        """Create what ``schema/constraints.cypher`` names and the database lacks.

        Each statement creates one named index or constraint; the names the database holds
        are read first (two ``SHOW`` reads), so opening a store whose schema is in place
        runs no schema transaction (each costs a round trip and a schema lock). An index
        of :data:`RETIRED_INDEXES` that the database still holds is dropped. A database
        without the index of interval events first gets its interval events labelled
        (:data:`~graphkit.store.neo4j_index.LABEL_INTERVALS`).
        """
        try:
            with self._session() as session:
                present = {record["name"] for show in ("SHOW INDEXES", "SHOW CONSTRAINTS")
                           for record in session.run(f"{show} YIELD name RETURN name")}
                if _INTERVAL_INDEX not in present:
                    session.run(LABEL_INTERVALS).consume()
                for statement in schema_statements():
                    if schema_name(statement) not in present:
                        session.run(statement).consume()
                for name in sorted(present.intersection(RETIRED_INDEXES)):
                    session.run(f"DROP INDEX {name} IF EXISTS").consume()
        except (Neo4jError, DriverError) as exc:
            raise self._error(exc, "applying schema/constraints.cypher") from exc
        try:
            build_missing(present, self._run_alone, self._count_events)
        except (Neo4jError, DriverError) as exc:
            raise self._error(exc, "indexing the events for the named queries") from exc

    def _run_alone(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """Run ``query`` in a transaction of its own, with no time limit (an index build
        may take minutes)."""
        with self._session() as session:
            return session.run(query, params).data()

    def _count_events(self) -> int:
        return self._run_alone(f"MATCH (e:{EVENT}) RETURN count(e) AS n")[0]["n"]

    def close(self) -> None:
        self._stop_planning()
        self._driver.close()

    def __repr__(self) -> str:
        return f"Neo4jStore({self.uri!r}, database={self.database!r})"

    # -- writing -------------------------------------------------------------------------

    def prepare_writes(self) -> None:
        """Have the server plan every statement of a resolved write, in the background.

        A server plans a statement the first time it runs it (0.1-1.7 s each on a cold
        server at a million events: the first write after a restart took 5-8 s). Called
        before extraction (``graphkit ingest`` does), the planning overlaps it: each
        statement runs once with empty lists, in one transaction rolled back, those every
        write runs first. :meth:`write` stops it (waiting for the statement being
        planned) and plans what is left itself. Once per server and process; a failure
        only leaves the planning to the first write.
        """
        key = (self.uri, self.database)
        if self._planning is not None or key in _PLANNED:
            return
        _PLANNED.add(key)
        self._planning = threading.Thread(target=self._plan_writes, args=(key,),
                                          name="graphkit-neo4j-plans", daemon=True)
        self._planning.start()

    def _plan_writes(self, key: tuple[str, str | None]) -> None:
        try:
            with self._driver.session(database=self.database) as session, \
                    session.begin_transaction() as tx:  # (never committed: rolled back)
                for query in _WRITE_STATEMENTS:
                    if self._planning_stopped.is_set():
                        break
                    names = dict.fromkeys(re.findall(r"\$(\w+)", query))
                    params = {n: _PLANNING_SAMPLE.get(n, []) for n in names}
                    tx.run(_write_statement(query), {"params": params}).consume()
        except Exception:  # noqa: BLE001 - a hint only: the first write plans what is left
            _PLANNED.discard(key)

    def _stop_planning(self) -> None:
        """Stop :meth:`prepare_writes`' planning after the statement it is planning."""
        if self._planning is not None:
            self._planning_stopped.set()
            self._planning.join()
            self._planning = None

    def write(self, extractions: Sequence[Extraction]) -> WriteCounts:
        """Merge ``extractions`` in one transaction, ``batch_size`` rows per statement.

        Raises:
            StoreError: Neo4j rejected a row, an id would get two labels, or the server
                went away; the transaction was rolled back and nothing was written.
        """
        conflict = extraction_label_conflicts(extractions)
        if conflict:
            raise StoreError(f"cannot write to Neo4j at {self.uri}: {conflict}")
        self._stop_planning()
        try:
            with paused_collection(), self._session() as session:
                try:
                    return session.execute_write(self._write_resolved, extractions)
                except ClientError as exc:
                    if exc.code != _ID_TAKEN:
                        raise
                # (an event id the write took for new was stored: nothing was written;
                # the write again, merging its new events)
                return session.execute_write(self._write_resolved, extractions, True)
        except _LabelConflict as exc:
            raise StoreError(f"cannot write to Neo4j at {self.uri}: {exc}") from None
        except (Neo4jError, DriverError) as exc:
            raise self._error(exc, "writing (nothing was written)") from exc
        except (TypeError, ValueError) as exc:  # a value the driver cannot send
            raise StoreError(f"cannot write to Neo4j at {self.uri}: {exc} "
                             f"(nothing was written)") from exc
        finally:
            self.note_write()

    def _write_resolved(self, tx: ManagedTransaction, extractions: Sequence[Extraction],
                        merging: bool = False) -> WriteCounts:
        """Resolve against the stored events and write what changes, in this transaction
        (with ``merging``, the events it takes for new are merged, not created)."""
        def run(query: str, **params: Any) -> Any:
            return tx.run(_write_statement(query), {"params": params})

        # Every stored event the write read, by id: its properties when read whole, else
        # None. (an event the write creates has the id of one of its reports, and the
        # first reads ask for the events of all of them: an id not read is not stored)
        read: dict[str, dict[str, Any] | None] = {}

        def fetch_events(windows: list[Window], ids: list[str]) -> list[StoredEvent]:
            result = run(_STORED_EVENTS, windows=_candidates(windows), ids=ids,
                            event_fields=list(EVENT_FIELDS), mention_fields=list(MENTION_FIELDS))
            events = [_stored_event(*record.values()) for record in result]
            read.update((e.props["id"], e.props) for e in events)
            return events

        def summaries(found: list[EventSummary]) -> list[EventSummary]:
            for summary in found:
                read.setdefault(summary.props["id"], None)
            return found

        actor_ids = sorted({actor.id for x in extractions for actor in x.actors})
        known_actors: dict[str, dict[str, Any] | None] = {}  # (None: no such actor)

        def fetch_nodes(label: str, ids: list[str]) -> list[dict[str, Any]]:
            if label == ARTICLE and actor_ids:
                found = run(_EXISTING_ARTICLES_ACTORS, articles=ids, actors=actor_ids).single()
                known_actors.update((a["id"], a) for a in found["b"])
                known_actors.update(dict.fromkeys(set(actor_ids) - set(known_actors)))
                return found["a"]
            if label == ACTOR and set(ids) <= known_actors.keys():
                return [a for a in map(known_actors.get, ids) if a is not None]
            return [r["p"] for r in run(_EXISTING.format(label=label), ids=ids).data()]

        def fetch_summaries(windows: list[Window], ids: list[str]) -> list[EventSummary]:
            result = run(_EVENT_SUMMARIES, windows=_candidates(windows), ids=ids)
            return summaries([_event_summary(*record["s"]) for record in result])

        def fetch_first(articles: list[str], actors: list[str], windows: list[Window],
                        ids: list[str], queries: list[DatedQuery]) -> FirstRead:
            found = run(_FIRST_READ, articles=articles, actors=actors, ids=ids,
                        windows=_candidates(windows),
                        queries=[list(q) for q in queries]).single()
            return FirstRead(found["a"], found["b"],
                             summaries([_event_summary(*s) for s in found["s"]]), found["c"])

        def count_dated(queries: list[DatedQuery]) -> list[int]:
            return [r["n"] for r in run(_COUNT_DATED, queries=[list(q) for q in queries])]

        plan = plan_write(extractions, fetch_events, fetch_nodes,
                          fetch_summaries=fetch_summaries, count_dated=count_dated,
                          fetch_first=fetch_first)
        rows = plan.rows
        node_rows = ((ARTICLE, rows.articles), (ACTOR, rows.actors), (EVENT, rows.events))
        new_events, refresh = _new_and_refreshed(plan, read)
        rels = _relationship_rows(rows)
        lists = {**delete_lists(plan.deleted_edges), "stale": plan.stale_events,
                 "merge_article": rows.articles, "merge_actor": rows.actors,
                 "merge_event": [e for e in rows.events if e["id"] not in new_events],
                 "create_event": [e for e in new_events.values() if not _interval(e)],
                 "create_interval_event": [e for e in new_events.values() if _interval(e)],
                 "create_participated_in": [p for p in rels[PARTICIPATED_IN]
                                            if p["event_id"] not in new_events],
                 "create_mentioned_in": rels[MENTIONED_IN], "create_reported": rels[REPORTED],
                 "create_refers_to": plan.refers, "refresh": refresh}
        check = {f"check_{label.lower()}s": [n["id"] for n in nodes] for label, nodes in node_rows}
        apply = APPLY_MERGING if merging else APPLY
        for i, batch in enumerate(rounds(lists, self.batch_size)):
            found = run(apply, **batch, **(check if i == 0 else dict.fromkeys(check, [])),
                        contact_types=refresh_params([])["contact_types"]).single()
            if found is not None and found["conflicts"]:
                conflict_id, label = found["conflicts"][0]
                wanted = next(lb for lb, nodes in node_rows
                              if any(n["id"] == conflict_id for n in nodes))
                raise _LabelConflict(f"id {conflict_id!r} is already an {label}, "
                                     f"not an {wanted}")
        return WriteCounts(**plan.counts)

    def reindex(self, event_ids: Sequence[str] | None = None) -> int:
        """Make anew the date-ordered entries (:mod:`graphkit.store.neo4j_index`) of the
        events ``event_ids`` (one transaction), or of every event (None: in batches of
        ``neo4j_index.BUILD_BATCH``, a few minutes at a million events). Ad-hoc Cypher
        writes that change events' dates, types or participants leave them stale.

        Returns:
            How many events were refreshed (ids of no event are not counted).

        Raises:
            StoreError: the server went away or refused the write.
        """
        try:
            if event_ids is None:
                return refresh_all(self._run_alone, self._count_events)
            with self._session() as session:
                return session.execute_write(self._refresh_events, sorted(set(event_ids)))
        except (Neo4jError, DriverError) as exc:
            raise self._error(exc, "reindexing events") from exc
        finally:
            self.note_write()

    def _refresh_events(self, tx: ManagedTransaction, ids: list[str]) -> int:
        found = 0
        for batch in self._batches(ids):
            found += tx.run(f"MATCH (e:{EVENT}) WHERE e.id IN $ids RETURN count(e) AS n",
                            ids=batch).single()["n"]
            tx.run(REFRESH_EVENTS, refresh_params(batch)).consume()
        return found

    def _batches(self, rows: list[_Row]) -> list[list[_Row]]:
        return [rows[i:i + self.batch_size] for i in range(0, len(rows), self.batch_size)]

    # -- reading -------------------------------------------------------------------------

    def _read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        try:
            return self._auto_read(query, params)
        except (Neo4jError, DriverError) as exc:
            raise self._error(exc, "reading") from exc

    def _auto_read(self, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """``query``'s rows, read in an auto-commit transaction that the server stops after
        ``query_timeout`` seconds; tried once more when the error is one to retry.

        (One round trip: a transaction function sends its COMMIT in a second one, about
        1 ms a query at a million events.)
        """
        def read() -> list[dict[str, Any]]:
            with self._session(default_access_mode=READ_ACCESS) as session:
                return session.run(Query(query, timeout=self.query_timeout), params).data()

        try:
            return read()
        except (Neo4jError, DriverError) as exc:
            if not exc.is_retryable():
                raise
        return read()

    def _noticed(self, query: str) -> Any:
        """A transaction function running ``query`` that the server stops after
        ``query_timeout`` seconds, returning its rows and the server's notices on it (those
        of the last attempt, when the transaction is retried)."""
        @unit_of_work(timeout=self.query_timeout)
        def run(tx: ManagedTransaction, params: dict[str, Any]
                ) -> tuple[list[dict[str, Any]], list[CypherNotice]]:
            result = tx.run(query, params)
            rows = result.data()
            return rows, notices_of(result.consume())

        return run

    def counts(self) -> dict[str, int]:
        counts = empty_counts()
        for label in LABELS:
            counts[label] = self._read(f"MATCH (n:{label}) RETURN count(n) AS c")[0]["c"]
        for rel_type in RELATIONSHIP_TYPES:
            counts[rel_type] = self._read(
                f"MATCH ()-[r:{rel_type}]->() RETURN count(r) AS c")[0]["c"]
        return counts

    def actors(self) -> list[dict[str, Any]]:
        rows = self._read("MATCH (n:Actor) RETURN properties(n) AS p ORDER BY n.id")
        return [row["p"] for row in rows]

    def find_actors(self, *, ids: Sequence[str] = (), names: Sequence[str] = (),
                    countries: Sequence[str] = ()) -> list[dict[str, Any]]:
        chunks = _word_chunks(names)
        rows = [row["p"] for i, chunk in enumerate(chunks)
                for row in self._read(_FIND_ACTORS, ids=list(ids) if i == 0 else [],
                                      countries=list(countries) if i == 0 else [],
                                      words=chunk)]
        return _found_by(rows, ids, names, countries)

    @contextlib.contextmanager
    def looking_up(self, lookup: RefLookup) -> Iterator[bool]:
        previous = getattr(self._local, "lookup", None)
        self._local.lookup = lookup
        try:
            yield True
        finally:
            self._local.lookup = previous

    def _run_looked_up(self, query: NamedQuery, params: dict[str, Any],
                       lookup: RefLookup) -> None:
        """Run ``query`` with ``lookup``'s names looked up in the same statement
        (:mod:`graphkit.store.neo4j_lookup`), fill ``lookup`` and raise LookupDone; or
        raise it leaving ``lookup`` empty when the query cannot take the look-up (the
        caller then looks the names up on their own)."""
        count = len(lookup.ids)
        taken = placeholders_of(params, count)
        columns = _columns(query.source, query.cypher)
        chunks = _word_chunks(lookup.names)
        if not taken or columns is None or len(chunks) > 1 or query.name in self._unfused:
            raise LookupDone
        statement = fused_statement(query.cypher, columns, taken, count)
        try:
            row, = self._auto_read(statement, fused_params(
                params, taken, lookup.ids, lookup.names, lookup.countries, chunks[0]))
        except CypherSyntaxError:
            # (a query whose ids the guess cannot replace, as one using them in a
            # subquery that does not import them: it runs alone from now on)
            self._unfused.add(query.name)
            raise LookupDone from None
        except (Neo4jError, DriverError, OverflowError, TypeError, ValueError):
            raise LookupDone from None  # (the query's own run reports it)
        guesses: list[list[str]] = row[REFS]
        lookup.found = _found_by(row[FOUND], lookup.ids, lookup.names, lookup.countries)
        lookup.guesses = guesses
        answered = {**params, **{key: guesses[i] for key, i in taken.items()}}
        lookup.answered = (query.name, answered,
                           [dict(zip(columns, values, strict=True)) for values in row[ROWS]])
        raise LookupDone

    def run_named(self, query: NamedQuery, params: dict[str, Any]) -> Rows:
        params = query.bind(params)
        lookup: RefLookup | None = getattr(self._local, "lookup", None)
        if lookup is not None:
            if lookup.found is None:
                self._run_looked_up(query, params, lookup)
            rows = lookup.take(query, params)
            if rows is not None:
                return rows
        cypher = query.cypher
        columns = _columns(query.source, cypher)
        try:
            if columns is None:
                return self._auto_read(cypher, params)
            row, = self._auto_read(collected_statement(cypher, columns), params)
            return [dict(zip(columns, values, strict=True)) for values in row[ROWS]]
        except ClientError as exc:
            raise QueryError(f"named query {query.name!r} failed: {_one_line(exc)}") from exc
        except (Neo4jError, DriverError) as exc:
            raise self._error(exc, f"running the named query {query.name!r}") from exc
        except (OverflowError, TypeError, ValueError) as exc:  # a value Bolt cannot carry
            raise QueryError(f"named query {query.name!r}: {_unsendable(exc)}") from None

    def to_networkx(self) -> nx.MultiDiGraph:
        labels = " OR ".join(f"n:{label}" for label in LABELS)
        node_rows = self._read(f"MATCH (n) WHERE {labels} "
                               f"RETURN labels(n) AS labels, properties(n) AS p")
        rel_rows = self._read(f"MATCH (s)-[r:{'|'.join(RELATIONSHIP_TYPES)}]->(t) "
                              f"RETURN s.id AS s, t.id AS t, type(r) AS type, "
                              f"properties(r) AS p")
        nodes = []
        for row in node_rows:
            label = next(label for label in LABELS if label in row["labels"])
            nodes.append((row["p"]["id"], {"label": label, **row["p"]}))
        edges = [(row["s"], row["t"], relationship_key(row["type"], row["p"]),
                  {"type": row["type"], **row["p"]}) for row in rel_rows]
        return canonical_graph(nodes, edges)

    # -- ad-hoc Cypher -------------------------------------------------------------------

    def run_cypher(self, query: str, params: dict[str, Any] | None = None,
                   write: bool = False,
                   notices: list[CypherNotice] | None = None) -> list[dict[str, Any]]:
        """Run ad-hoc Cypher, read-only unless ``write`` is true.

        User values belong in ``params`` (``$name`` in the query), never pasted into it.

        Without ``write``, administration commands (``SHOW USERS``, ``TERMINATE
        TRANSACTIONS``, ``CALL dbms.*``, ``CALL db.clear*``...) are refused before they reach
        the server (see :mod:`graphkit.store.cypher_rights`): Neo4j runs them even in a read
        transaction. Every query is stopped by the server after ``query_timeout`` seconds.

        The server's notices on the query (WARNING and up: an unknown label or property, a
        deprecated form) go into ``notices``, or are logged on ``graphkit.cypher`` when it
        is None; the store's own queries keep theirs off.

        Raises:
            QueryError: a syntax error, a write or an administration command without
                ``write=True``, a timeout, or another error in the query (Neo4j's message,
                on one line).
            StoreError: the server went away.
        """
        params = params or {}
        if not write:
            refuse_admin_cypher(query)
        try:
            with driver_log_quiet():
                if write:
                    with self._session(**NOTICE_SESSION) as session:
                        rows, found = session.execute_write(self._noticed(query), params)
                else:
                    with self._session(default_access_mode=READ_ACCESS,
                                       **NOTICE_SESSION) as session:
                        rows, found = session.execute_read(self._noticed(query), params)
            deliver(found, notices)
            return rows
        except CypherSyntaxError as exc:
            raise QueryError(f"Cypher syntax error: {_one_line(exc)}") from exc
        except ClientError as exc:
            if not write and _is_write_refusal(exc):
                raise QueryError("this Cypher writes to the database and queries are "
                                 "read-only by default: pass --write to allow it") from exc
            raise QueryError(f"Cypher failed: {_one_line(exc)}") from exc
        except (Neo4jError, DriverError) as exc:
            raise self._error(exc, "running Cypher") from exc
        except (OverflowError, TypeError, ValueError) as exc:  # a value Bolt cannot carry
            raise QueryError(f"Cypher: {_unsendable(exc)}") from None
        finally:
            if write:
                self.note_write()


def _word_chunks(names: Sequence[str]) -> list[str]:
    """The full-text queries finding the actors that have the last word of a name among
    their name's and aliases' words (the index folds accents); the exact rule is checked
    after (:func:`_found_by`). Terms are normalised again, so no caller's text is read as
    Lucene syntax, and asked in chunks well under Lucene's limit of 1,024 clauses a query
    (a term can make several)."""
    terms = sorted({normalise_name(n).rsplit(" ", 1)[-1] for n in names} - {""})
    chunks = [terms[i:i + _TERMS_PER_QUERY] for i in range(0, len(terms), _TERMS_PER_QUERY)]
    return [" OR ".join(f'"{t}"' for t in chunk) for chunk in chunks] or ['""']


def _found_by(actors: Sequence[dict[str, Any]], ids: Sequence[str], names: Sequence[str],
              countries: Sequence[str]) -> list[dict[str, Any]]:
    """``find_actors``'s answer from the actors its reads found: each once, by id, those
    the exact rule finds."""
    wanted = set(ids), set(names), set(countries)
    found = {actor["id"]: actor for actor in actors}
    return [a for _, a in sorted(found.items()) if actor_found_by(a, *wanted)]


@functools.cache
def _columns(source: Any, cypher: str) -> list[str] | None:
    return return_columns(cypher)


def _candidates(windows: Sequence[Window]) -> list[list[str]]:
    """Each window with the range its candidates start in: the years of its days, the
    day window either side (see _WINDOW_EVENTS)."""
    reach = max(ResolutionRules.load().day_window, 0)
    out = []
    for family, first, last in windows:
        before = date.fromordinal(max(date.fromisoformat(first).toordinal() - reach, 1))
        after = date.fromordinal(min(date.fromisoformat(last).toordinal() + reach,
                                     date.max.toordinal()))
        out.append([family, first, last, f"{before.year:04d}-01-01", f"{after.year:04d}-12-31"])
    return out


def _fields(names: Sequence[str], values: Any) -> dict[str, Any]:
    """Properties fetched as a list of values in the order of ``names`` (or as a map)."""
    if isinstance(values, dict):
        return values
    return {k: v for k, v in zip(names, values, strict=True) if v is not None}


def _stored_event(props: Any, mentions: list[Any], participations: list[Any],
                  reports: list[Any], refers_out: list[Any], refers_in: list[Any],
                  other_out: list[Any], other_in: list[Any]) -> StoredEvent:
    """A row of ``_STORED_EVENTS`` as the StoredEvent it stands for."""
    event = _fields(EVENT_FIELDS, props)
    me = event["id"]
    edges: list[tuple[str, str, str, dict[str, Any]]] = [
        (me, other, MENTIONED_IN, _fields(MENTION_FIELDS, p)) for other, p in mentions]
    edges += [(other, me, PARTICIPATED_IN, p if isinstance(p, dict) else {"role": p})
              for other, p in participations]
    edges += [(other, me, REPORTED, p if isinstance(p, dict) else {"article_id": p})
              for other, p in reports]
    edges += [(me, other, REFERS_TO, p) for other, p in refers_out]
    edges += [(other, me, REFERS_TO, p) for other, p in refers_in]
    edges += [(me, other, rel_type, p) for other, rel_type, p in other_out]
    edges += [(other, me, rel_type, p) for other, rel_type, p in other_in]
    return StoredEvent(event, edges)


def _event_summary(props: list[Any], mentions: list[Any], refers_out: list[Any],
                   refers_in: list[Any], n_in: int, n_all: int) -> EventSummary:
    """A row of ``_EVENT_SUMMARIES`` as the EventSummary it stands for."""
    event = {k: v for k, v in zip(_SUMMARY_FIELDS, props, strict=True) if v is not None}
    me = event["id"]
    refers = [(me, other, p) for other, p in refers_out]
    refers += [(other, me, p) for other, p in refers_in]
    return EventSummary(event, [tuple(m) for m in mentions], refers,
                        n_in + len(mentions), n_all > n_in + len(mentions) + len(refers))


class _LabelConflict(Exception):
    """Raised inside the write transaction to roll it back."""


def _is_write_refusal(exc: Neo4jError) -> bool:
    code = exc.code or ""
    return ("AccessMode" in code or "ForbiddenDueToTransactionType" in code
            or "read-only" in (exc.message or "").lower()
            or "write operations are not allowed" in (exc.message or "").lower())


def _one_line(exc: BaseException) -> str:
    """The first line of a driver error's message (Neo4j adds the query and a caret), cut
    short: Neo4j repeats values of the query (a 100 KB parameter) in its messages."""
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    first = next((line.strip() for line in message.splitlines() if line.strip()), message)
    return one_line(first.rstrip(":"), _MAX_MESSAGE_CHARS)


def _unsendable(exc: BaseException) -> str:
    """Why a parameter could not go to Neo4j (an integer past 64 bits, an odd type)."""
    return (f"a parameter cannot be sent to Neo4j ({_one_line(exc)}); integers must fit in "
            "64 bits")


def _env_seconds(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    try:
        value = float(raw) if raw else default
    except ValueError:
        raise StoreError(f"{name}={shorten(raw)} is not a number of seconds") from None
    return value if value > 0 else default


def check_uri(uri: str) -> None:
    """Refuse a Neo4j URI the driver cannot use, with one line naming the fix.

    Raises:
        StoreError: not ``bolt[+s|+ssc]://`` or ``neo4j[+s|+ssc]://``, no host, or a port
            that is not a number.

    Example:
        >>> check_uri("bolt://localhost:7687")
    """
    expected = "use bolt://HOST:PORT or neo4j://HOST:PORT"
    try:
        parts = urlsplit(uri)
        port = parts.port
    except ValueError as exc:
        raise StoreError(f"bad Neo4j URI {shorten(uri)}: {exc}; {expected}") from None
    if parts.scheme not in _URI_SCHEMES:
        raise StoreError(f"bad Neo4j URI {shorten(uri)}: graphkit talks Bolt, not "
                         f"{parts.scheme or 'a scheme-less address'}; {expected}")
    if not parts.hostname:
        raise StoreError(f"bad Neo4j URI {shorten(uri)}: no host; {expected}")
    if port is not None and not 0 < port < 65536:
        raise StoreError(f"bad Neo4j URI {shorten(uri)}: port {port} is out of range; {expected}")


def _new_and_refreshed(plan: WritePlan, read: dict[str, dict[str, Any] | None]
                       ) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """The events of ``plan`` that are not stored (``read``: the stored events the write
    read, by id, with their properties when read whole), as ``create_event`` rows by id;
    and the ids of the stored events whose query index entries (graphkit.store.neo4j_index)
    the write may change: those whose participants change, or any property of
    ``ENTRY_FIELDS`` (a deleted event loses its entries with its relationships)."""
    rows = plan.rows
    new = {e["id"]: {"props": e, "parts": []} for e in rows.events if e["id"] not in read}
    changed = {e["id"] for e in rows.events if e["id"] not in new and (
        (stored := read[e["id"]]) is None
        or any(stored.get(k) != e.get(k) for k in ENTRY_FIELDS))}
    changed.update(p["event_id"] for p in rows.participations if p["event_id"] not in new)
    changed.update(target for _, target, rel_type, _ in plan.deleted_edges
                   if rel_type == PARTICIPATED_IN)
    entered: set[tuple[str, str]] = set()  # (an actor's entry is made once per event)
    for p in rows.participations:
        event = new.get(p["event_id"])
        if event is not None:
            key = (p["actor_id"], p["event_id"])
            event["parts"].append([p["actor_id"], p["role"], key not in entered])
            entered.add(key)
    return new, sorted(changed - set(plan.stale_events))


def _interval(row: dict[str, Any]) -> bool:
    """Whether a ``create_event`` row is an interval event's (created with
    ``neo4j_index.INTERVAL_LABEL``)."""
    return row["props"].get("date_precision") == "interval"


def _relationship_rows(rows: GraphRecords) -> dict[str, list[dict[str, Any]]]:
    """The written relationship rows by type; a mention's properties go in as one map."""
    return {
        PARTICIPATED_IN: rows.participations,
        MENTIONED_IN: [{"event_id": m["event_id"], "article_id": m["article_id"],
                        "props": {k: v for k, v in m.items()
                                  if k not in ("event_id", "article_id")}}
                       for m in rows.mentions],
        REPORTED: rows.reports,
    }
