"""The Neo4j store's date-ordered indexes of actors' events and of pairs' contacts.

A leader takes part in tens of thousands of events at a million, so a named query that
starts from an actor and filters its events reads them all. Two relationship types, kept
by :class:`~graphkit.store.neo4j.Neo4jStore`'s write and read through relationship range
indexes, let ``timeline``, ``contacts`` and ``first_contact_since`` read only the rows they
return, already in their order::

    (:Actor)-[:TIMELINE_ENTRY {key, span_key}]->(:Event)   # one per actor and event
    (:Actor)-[:PAIR_CONTACT {key}]->(:Event)    # one per pair of participants of a contact

``key`` is the actor's (or the pair's) prefix, then the event's ``date_start`` (``~`` for an
undated event, so it sorts last), ``|`` and the event's id: the index holds an actor's
events in the queries' order (``date_start``, undated last, then id), and a date range is
one seek between two strings. A prefix is the id's length, ``:`` and the id, then ``|``
(so no actor's prefix begins another's, whatever its id holds); a pair's is its two
actors' prefixes, the smaller id first, and only events of the contact types have one.
``span_key`` (events whose period spans days) is the prefix, a letter for how far the
period can reach past its start (``M`` a month, ``Y`` a year, ``L`` further), then the
same: ``timeline`` finds the events that began before its range and still run into it
with a short seek per letter. The prefixes are computed in Cypher, by the write and by
the queries alike.

The write makes the entries of every event it creates along with its participations
(:data:`MERGE_NEW_EVENTS`), and makes anew (:data:`REFRESH_EVENTS`) those of a stored event whose
participants or :data:`ENTRY_FIELDS` it changes (an event it deletes loses them with its
relationships; one it rewrites otherwise keeps them). A store written
before these existed, or by another program, gets them on open: :func:`build_missing`
builds them in batches, then creates the indexes, whose presence marks the work done (an
interrupted build starts again; each batch is idempotent). Events changed by ad-hoc
Cypher (``graphkit cypher --write``) keep their old entries until
``Neo4jStore.reindex`` (``graphkit reindex``) makes them anew.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from graphkit.graph import EVENT, PARTICIPATED_IN
from graphkit.model import CONTACT_TYPES, stable_id

TIMELINE_ENTRY = "TIMELINE_ENTRY"
PAIR_CONTACT = "PAIR_CONTACT"
INDEX_RELATIONSHIP_TYPES = (TIMELINE_ENTRY, PAIR_CONTACT)
"""Relationship types the Neo4j store keeps for its queries: not part of the graph."""

# The indexes; the pair index's name carries the contact types it was built for, so a
# change of the vocabulary builds it again.
_CONTACTS_VERSION = stable_id(*CONTACT_TYPES, length=6)
INDEXES = {
    "timeline_entry_key": f"FOR ()-[r:{TIMELINE_ENTRY}]-() ON (r.key)",
    "timeline_entry_span_key": f"FOR ()-[r:{TIMELINE_ENTRY}]-() ON (r.span_key)",
    f"pair_contact_key_{_CONTACTS_VERSION}": f"FOR ()-[r:{PAIR_CONTACT}]-() ON (r.key)",
}
_OLD_PAIR_INDEX = "pair_contact_key_"

BUILD_BATCH = 5000
"""Events per transaction when building the entries of an existing store."""

_log = logging.getLogger(__name__)

# The prefix of an actor id in a key (see the module docstring).
_PREFIX = "toString(size({id})) + ':' + {id} + '|'"
# Where an event sorts in a key: its start (undated: '~', after every date), then its id.
_AT = "coalesce(e.date_start, '~') + '|' + e.id"
# How far past its start an event's period may reach: none for one day (or no period),
# else by its precision (a month or a year at most), 'L' for anything longer.
_SPAN = ("CASE WHEN e.date_start IS NULL OR e.date_end IS NULL "
         "OR e.date_end <= e.date_start THEN null "
         "WHEN e.date_precision = 'month' THEN 'M' "
         "WHEN e.date_precision = 'year' THEN 'Y' ELSE 'L' END")
_A = _PREFIX.format(id="a.id")
_B = _PREFIX.format(id="b.id")
ENTRY_FIELDS = ("id", "date_start", "date_end", "date_precision", "type")
"""The event properties an event's entries are made of (with its participants): a write
that changes none of them, nor the participants, leaves the entries as they are. (also
what :data:`INTERVAL_LABEL` follows: ``date_precision``)"""
INTERVAL_LABEL = "IntervalEvent"
"""The second label of every event whose ``date_precision`` is ``interval``: the index the
write's window reads seek for them (``event_interval_end`` of schema/constraints.cypher)
holds only those events, where an index of every event by (family, precision, end) made
each new event pay an entry that only interval events are ever read by. A label, not a
property: ``properties(e)`` stays what the write set (the planner compares it, exports
and ad-hoc Cypher read it). Set with the entries: by :data:`NEW_INTERVAL_EVENTS` (and
:data:`MERGE_NEW_EVENTS`), and made
right by :data:`REFRESH_EVENTS` (which a write runs for a stored event whose precision it
changes, and ``Neo4jStore.reindex`` for any); a store written before gets it on open
(:data:`LABEL_INTERVALS`)."""
_INTERVAL = "e.date_precision = 'interval'"
# (FOREACH over a list of one element or none: a label set or removed on a condition)
_SET_INTERVAL = f"FOREACH (_ IN CASE WHEN {_INTERVAL} THEN [1] ELSE [] END | SET e:{INTERVAL_LABEL}) "
_SYNC_INTERVAL = (f"{_SET_INTERVAL}"
                  f"FOREACH (_ IN CASE WHEN {_INTERVAL} THEN [] ELSE [1] END "
                  f"| REMOVE e:{INTERVAL_LABEL}) WITH e ")
LABEL_INTERVALS = (f"MATCH (e:{EVENT}) WHERE {_INTERVAL} AND NOT e:{INTERVAL_LABEL} "
                   f"CALL {{ WITH e SET e:{INTERVAL_LABEL} }} IN TRANSACTIONS OF {BUILD_BATCH} ROWS")
"""Labels every stored interval event (an auto-commit statement, in batches; idempotent):
run on opening a store that lacks ``event_interval_end``, before the index is made."""
# The entries of event e for the actors a (one row each, each actor once) of the rows
# before it: a TIMELINE_ENTRY per actor, a PAIR_CONTACT per pair when e is a contact.
# (each pair of its participants, the smaller id first; compared once the actors are
# collected: a.id < b.id in a MATCH let a kept plan scan actor_id)
_ENTRIES = (
    # (a null span: no span_key, as Cypher's string + null is null)
    f"CREATE (a)-[:{TIMELINE_ENTRY} {{key: {_A} + {_AT}, span_key: {_A} + {_SPAN} + {_AT}}}]->(e) "
    "WITH e, a WHERE e.type IN $contact_types "
    "WITH e, collect(a) AS actors UNWIND actors AS a UNWIND actors AS b "
    "WITH e, a, b WHERE a.id < b.id "
    f"CREATE (a)-[:{PAIR_CONTACT} {{key: {_A} + {_B} + {_AT}}}]->(e)")

# The entries of some events, made anew from their participants (the old ones deleted):
# what the write runs for the events it touches, and the build for every event. (each
# event found by a hinted seek of its id: the write keeps the plan it first made, see
# graphkit.store.neo4j_apply)
_REMAKE = (
    f"CALL {{ WITH e MATCH ()-[r:{TIMELINE_ENTRY}|{PAIR_CONTACT}]->(e) DELETE r }} "
    f"CALL {{ WITH e MATCH (a:Actor)-[:{PARTICIPATED_IN}]->(e) WITH DISTINCT e, a {_ENTRIES} }}")
_BY_IDS = "UNWIND $ids AS id MATCH (e:Event {id: id}) USING INDEX SEEK e:Event(id) "
REFRESH = f"{_BY_IDS}{_REMAKE}"
"""The entries of the events ``$ids`` made anew (what bench/plain.py's ``entries`` loader
runs for each batch: the entries only)."""
REFRESH_EVENTS = f"{_BY_IDS}{_SYNC_INTERVAL}{_REMAKE}"
""":data:`REFRESH`, and :data:`INTERVAL_LABEL` made right: what graphkit's write,
``Neo4jStore.reindex`` and the build of a store's entries run."""
# Events a write creates, each created with its participations and entries in one step:
# rows {props, parts: [[actor id, role, first row of that actor]]}; no event has their
# ids (the write read every event whose id it may write), so each is CREATEd without a
# MERGE's look-up: an id that turns out stored fails the uniqueness constraint (the
# transaction is rolled back) and the write is made again with MERGE_NEW_EVENTS
# (Neo4jStore.write).
# (the write sends interval events in a list of their own, created with INTERVAL_LABEL:
# no other event is asked its precision)


# (each participation of a row's event e: p = [actor id, role, first row of that actor])
_PARTICIPATIONS = ("UNWIND row.parts AS p MATCH (a:Actor {id: p[0]}) USING INDEX SEEK a:Actor(id) "
                   f"CREATE (a)-[:{PARTICIPATED_IN} {{role: p[1]}}]->(e) ")


def _new_events(labels: str) -> str:
    return (f"UNWIND $rows AS row CREATE (e:{labels}) SET e = row.props WITH e, row "
            f"CALL {{ WITH e, row {_PARTICIPATIONS}WITH e, a, p WHERE p[2] {_ENTRIES} }}")


NEW_EVENTS = _new_events(EVENT)
NEW_INTERVAL_EVENTS = _new_events(f"{EVENT}:{INTERVAL_LABEL}")
# The same, each merged: what a write runs when NEW_EVENTS met a stored id:
# rows {props, parts: [[actor id, role, first row of that actor]]}. The entries are made
# from the rows, with no entry to delete and no participant to read back, unless the
# event already had relationships (the write did not expect it stored: an id no read
# found), which gets REFRESH's remake instead.
MERGE_NEW_EVENTS = (
    "UNWIND $rows AS row MERGE (e:Event {id: row.props.id}) "
    "WITH e, row, EXISTS { (e)--() } AS held "
    f"SET e = row.props {_SET_INTERVAL}WITH e, row, held "
    f"CALL {{ WITH e, row, held {_PARTICIPATIONS}"
    f"WITH e, a, p, held WHERE p[2] AND NOT held {_ENTRIES} }} "
    f"CALL {{ WITH e, held WITH e WHERE held {_SYNC_INTERVAL}{_REMAKE} }}")
# The next batch of event ids after $after, in id order (by the unique index on id).
_NEXT_IDS = (f"MATCH (e:{EVENT}) WHERE e.id > $after "
             "RETURN e.id AS id ORDER BY e.id LIMIT $n")


def refresh_params(ids: Sequence[str]) -> dict[str, Any]:
    """The parameters of :data:`REFRESH` for the events ``ids``."""
    return {"ids": list(ids), "contact_types": list(CONTACT_TYPES)}


Run = Callable[..., list[dict[str, Any]]]
"""(query, **params) -> rows, in a transaction of its own (a write)."""


def missing(present: set[str]) -> list[str]:
    """The names of :data:`INDEXES` the database lacks (``present``: its index names)."""
    return [name for name in INDEXES if name not in present]


def build_missing(present: set[str], run: Run, count_events: Callable[[], int]) -> int:
    """Build the entries of every stored event and create the missing indexes.

    Does nothing when every index of :data:`INDEXES` is in ``present``. Otherwise drops a
    pair index built for other contact types, refreshes the entries of all events
    (:func:`refresh_all`), then creates the indexes and waits until they are online.

    Returns:
        How many events were indexed.
    """
    lacking = missing(present)
    if not lacking:
        return 0
    for name in sorted(present):
        if name.startswith(_OLD_PAIR_INDEX) and name not in INDEXES:
            run(f"DROP INDEX {name} IF EXISTS")
    done = refresh_all(run, count_events)
    for name in lacking:
        run(f"CREATE INDEX {name} IF NOT EXISTS {INDEXES[name]}")
    run("CALL db.awaitIndexes(3600)")
    return done


def refresh_all(run: Run, count_events: Callable[[], int]) -> int:
    """Make the entries of every stored event anew, in batches of :data:`BUILD_BATCH`
    events (a transaction each, idempotent; progress logged).

    Returns:
        How many events were indexed.
    """
    total = count_events()
    if total:
        _log.warning("graphkit: indexing %s events of this Neo4j store for the date-ordered "
                     "queries (an interrupted run can simply start again)", f"{total:,}")
    done, after = 0, ""
    while True:
        ids = [r["id"] for r in run(_NEXT_IDS, after=after, n=BUILD_BATCH)]
        if not ids:
            break
        run(REFRESH_EVENTS, **refresh_params(ids))
        done, after = done + len(ids), ids[-1]
        if done % (BUILD_BATCH * 20) == 0:
            _log.warning("graphkit: indexed %s of %s events", f"{done:,}", f"{total:,}")
    if total:
        _log.warning("graphkit: indexed %s events", f"{done:,}")
    return done
