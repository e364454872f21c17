"""The Neo4j store's write: a resolved write in one transaction, and what it reads first.

The statements a write reads the stored graph with (the events of its windows, whole or as
summaries, the articles and actors it names, its first read in one round trip), their rows
as the planner's :class:`~graphkit.store.planner.StoredEvent` and
:class:`~graphkit.store.planner.EventSummary`, and :class:`Neo4jWrites`: the write itself
(:func:`graphkit.store.planner.plan_write`, then :data:`graphkit.store.neo4j_apply.APPLY`
per ``batch_size`` rows, all in one transaction), the planning of its statements ahead
(``prepare_writes``) and ``reindex``. Every statement runs with its plan kept
(:func:`_write_statement`). Apart from the connection (:mod:`graphkit.store.neo4j_connection`)
it builds on and from the reads (:mod:`graphkit.store.neo4j_reads`), which share nothing with it.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

from neo4j import ManagedTransaction
from neo4j.exceptions import ClientError, DriverError, Neo4jError

from graphkit.errors import StoreError
from graphkit.graph import (
    ACTOR,
    ACTOR_ROWS,
    ARTICLE,
    EVENT,
    MENTIONED_IN,
    PARTICIPATED_IN,
    REFERS_TO,
    REPORTED,
    GraphRecords,
    relationship_key,
)
from graphkit.model import DEFAULT_SOURCE, IMPLIED_PRIOR, Extraction
from graphkit.resolve import EVENT_FIELDS, MENTION_FIELDS, ResolutionRules
from graphkit.store.base import WriteCounts, extraction_label_conflicts
from graphkit.store.components import DatedQuery
from graphkit.store.neo4j_apply import APPLY, APPLY_MERGING, delete_lists, rounds
from graphkit.store.neo4j_connection import Neo4jConnection
from graphkit.store.neo4j_index import (
    ENTRY_FIELDS,
    INDEX_RELATIONSHIP_TYPES,
    INTERVAL_LABEL,
    REFRESH_EVENTS,
    refresh_all,
    refresh_params,
)
from graphkit.store.planner import (
    EventSummary,
    FirstRead,
    StoredEvent,
    WritePlan,
    paused_collection,
    plan_write,
)
from graphkit.store.windows import Window
from graphkit.store.withdrawals import StoredMention, latest_readings, new_readings

_Row = TypeVar("_Row")


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
    "[e.id, e.resolution_key, e.modality, e.date, e.date_precision, "
    f"CASE WHEN e.modality = '{IMPLIED_PRIOR}' THEN e.subtype END], "
    f"[(e)-[r:{MENTIONED_IN}]->() | [r.mention_id, r.date, r.date_precision]], "
    f"[(e)-[r:{REFERS_TO}]->(o) | [o.id, properties(r)]], "
    f"[(o)-[r:{REFERS_TO}]->(e) | [o.id, properties(r)]], "
    f"COUNT {{ (e)<-[:{PARTICIPATED_IN}]-() }} + COUNT {{ (e)<-[:{REPORTED}]-() }}, "
    # (degrees, which Neo4j keeps: no relationship is read; the query indexes' entries
    # are the store's own, not the graph's)
    "COUNT { (e)-->() } + COUNT { (e)<--() } "
    f"- COUNT {{ (e)<-[:{'|'.join(INDEX_RELATIONSHIP_TYPES)}]-() }}")
_EVENT_SUMMARIES = f"{_WINDOW_EVENTS}RETURN [{_SUMMARY}] AS s"
_SUMMARY_FIELDS = ("id", "resolution_key", "modality", "date", "date_precision", "subtype")
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


WRITE_LOCK = "MERGE (l:GraphkitWriteLock {id: 'writes'}) SET l.taken = timestamp()"
"""The first statement of every write: it locks the one ``GraphkitWriteLock`` node until the
write commits, so two processes writing at once (two ingests on two machines) write one
after the other, each resolving against what the other committed; else both would read the
graph before either wrote and store the same event twice. The node is no part of the graph:
counts, dumps, exports and queries read the graph's labels only."""

# The write lock, then the MENTIONED_IN the write withdraws (graphkit.store.withdrawals), in
# the same round trip: of each article x[0] read again, graphkit's reports whose mention id
# is not among its new reading's x[1] (a report with none too, as withdrawals.withdraws
# says); of each one forgotten (x[2]), all. A write of new
# articles finds no article, one of unchanged articles no report (nothing is sent back).
_LOCK_AND_READINGS = (
    f"{WRITE_LOCK} WITH l CALL {{ WITH l UNWIND $articles AS x "
    f"MATCH (a:{ARTICLE}) USING INDEX SEEK a:{ARTICLE}(id) WHERE a.id = x[0] "
    f"MATCH (e:{EVENT})-[r:{MENTIONED_IN}]->(a) WHERE x[2] OR (coalesce(r.coded_by, "
    "$graphkit) = $graphkit AND NOT coalesce(r.mention_id, '') IN x[1]) "
    "RETURN collect([e.id, a.id, r.coded_by, r.mention_id, r.date, r.date_precision, "
    "e.resolution_key, e.modality]) AS ms } RETURN ms")
# What a write that withdrew reports deletes last: the articles it forgot, and the actors
# of the withdrawn events that no event holds any more.
_DELETE_FORGOTTEN = (
    f"CALL {{ MATCH (a:{ARTICLE}) USING INDEX SEEK a:{ARTICLE}(id) WHERE a.id IN $articles "
    "DETACH DELETE a } "
    f"CALL {{ MATCH (a:{ACTOR}) USING INDEX SEEK a:{ACTOR}(id) WHERE a.id IN $actors "
    f"AND NOT (a)-[:{PARTICIPATED_IN}|{REPORTED}]->() DETACH DELETE a }}")

_ID_TAKEN = "Neo.ClientError.Schema.ConstraintValidationFailed"
"""What the server answers when a write creates an event whose id is stored."""


# What the other articles reporting an actor's events gave it (withdrawals.ACTOR_ROWS:
# entries begin with the actor's id and a tab); ``unknown``: one of them has no record.
# An actor every entry taken back of which another article still gives is left out first
# (each EXISTS stops at the first article found: a leader or a country, named alike by
# every article, costs an article or two); the others' articles are read once, their
# records unwound and this actor's entries collected distinct.
_ACTOR_SOURCES = (
    f"UNWIND $wanted AS w MATCH (a:{ACTOR} {{id: w[0]}}) WITH w[0] AS id, a, w[1] AS gone "
    "WHERE any(e IN gone WHERE NOT EXISTS { "
    f"MATCH (a)-[:{PARTICIPATED_IN}|{REPORTED}]->(:{EVENT})-[:{MENTIONED_IN}]->"
    f"(art:{ARTICLE}) WHERE NOT art.id IN $left_out AND e IN art.{ACTOR_ROWS} }}) "
    f"OPTIONAL MATCH (a)-[:{PARTICIPATED_IN}|{REPORTED}]->(:{EVENT})-[:{MENTIONED_IN}]->"
    f"(art:{ARTICLE}) WHERE NOT art.id IN $left_out "
    "WITH id, collect(DISTINCT art) AS arts "
    "UNWIND CASE arts WHEN [] THEN [null] ELSE arts END AS art "
    f"UNWIND coalesce(art.{ACTOR_ROWS}, []) + [null] AS e "
    f"WITH id, count(CASE WHEN art IS NOT NULL AND art.{ACTOR_ROWS} IS NULL THEN 1 END) > 0 "
    "AS unknown, collect(DISTINCT CASE WHEN e STARTS WITH id + '\t' THEN e END) AS entries "
    "RETURN id, unknown, entries")

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


class Neo4jWrites(Neo4jConnection):
    """The write of a :class:`~graphkit.store.neo4j.Neo4jStore`: ``write``,
    ``prepare_writes`` and ``reindex``."""

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

    def write(self, extractions: Sequence[Extraction]) -> WriteCounts:
        """Merge ``extractions`` in one transaction, ``batch_size`` rows per statement (an
        article read again withdraws what only its earlier reading told:
        :mod:`graphkit.store.withdrawals`).

        Raises:
            StoreError: Neo4j rejected a row, an id would get two labels, or the server
                went away; the transaction was rolled back and nothing was written.
        """
        return self._write(extractions, ())

    def forget(self, article_ids: Sequence[str]) -> WriteCounts:
        """Take the articles ``article_ids`` out of the graph, in one transaction.

        Raises:
            StoreError: the server went away or refused the write; nothing was changed.
        """
        return self._write((), article_ids)

    def _write(self, extractions: Sequence[Extraction], forget: Sequence[str]) -> WriteCounts:
        conflict = extraction_label_conflicts(extractions)
        if conflict:
            raise StoreError(f"cannot write to Neo4j at {self.uri}: {conflict}")
        self._stop_planning()
        try:
            with paused_collection(), self._session() as session:
                taking = {"forget": forget} if forget else {}
                try:
                    return session.execute_write(self._write_resolved, extractions, **taking)
                except ClientError as exc:
                    if exc.code != _ID_TAKEN:
                        raise
                # (an event id the write took for new was stored: nothing was written;
                # the write again, merging its new events)
                return session.execute_write(self._write_resolved, extractions, True,
                                             **taking)
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
                        merging: bool = False, forget: Sequence[str] = ()) -> WriteCounts:
        """Resolve against the stored events and write what changes, in this transaction
        (with ``merging``, the events it takes for new are merged, not created; ``forget``:
        the articles taken out)."""
        def run(query: str, **params: Any) -> Any:
            return tx.run(_write_statement(query), {"params": params})

        # (the lock before any read: see WRITE_LOCK; with it, the stored reports of the
        # articles read again or forgotten)
        reading = new_readings(latest_readings(extractions))
        forgotten = set(forget)
        articles = [[i, sorted(reading.get(i, ())), i in forgotten]
                    for i in sorted(reading.keys() | forgotten)]
        if articles:
            found = run(_LOCK_AND_READINGS, articles=articles,
                        graphkit=DEFAULT_SOURCE).single()["ms"]
            readings = [StoredMention(event_id, article_id,
                                      relationship_key(MENTIONED_IN, {"coded_by": coder}),
                                      *rest) for event_id, article_id, coder, *rest in found]
        else:
            tx.run(WRITE_LOCK).consume()
            readings = []

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

        def fetch_actor_sources(wanted: Mapping[str, Sequence[str]], left_out: list[str]
                                ) -> dict[str, list[str] | None]:
            return {r["id"]: None if r["unknown"] else sorted(r["entries"])
                    for r in run(_ACTOR_SOURCES, wanted=[[a, list(e)] for a, e in
                                                         wanted.items()], left_out=left_out)}

        plan = plan_write(extractions, fetch_events, fetch_nodes,
                          fetch_summaries=fetch_summaries, count_dated=count_dated,
                          fetch_first=fetch_first, fetch_readings=lambda reading, forgotten: readings,
                          forget=forget, fetch_actor_sources=fetch_actor_sources)
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
        if plan.forgotten or plan.unheld_actors:
            run(_DELETE_FORGOTTEN, articles=plan.forgotten, actors=plan.unheld_actors).consume()
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
