"""How the Neo4j store applies a write plan: one statement, ``APPLY``, run once per round.

A resolved write used to send each step (the label check, the deletes of each
relationship type, the stale events, the merges of each label, the creates of each
relationship type, the query indexes' refresh) as a statement of its own, each awaited:
10-12 round trips per write. ``APPLY`` runs every step as a ``CALL`` subquery of one
statement, in the same order (Cypher runs a statement's clauses in order, so each step
sees what the ones before it wrote). Its text never changes, so the server plans it once
(see ``graphkit.store.neo4j._KEEP_PLAN``).

A round (one run of ``APPLY``) carries at most ``batch_size`` rows over all its lists,
cut in the order of the phases (deletes, stale events, nodes, relationships, refresh), so
a write of fewer rows than ``batch_size`` in all is one round, however its rows fall into
lists (a 200-article write of the bench input: ~4,000 rows, of which 1,200-1,300 are
``PARTICIPATED_IN``; cut per list at 1,000 it took two). A phase's rows start only in the
round of the previous phase's last rows, after them in the statement, so no relationship
is created before its nodes are merged and no entry is refreshed before its event's
participants are written.

Events the store does not hold yet (no stored event has their id: the write read every
event whose id it may write) are created with their participations and their query
index entries in one step (``create_event``); ``refresh`` makes the entries anew only for
stored events whose participants or entry fields (``neo4j_index.ENTRY_FIELDS``) the
write changes.
"""

from __future__ import annotations

import re
from typing import Any

from graphkit.graph import (
    ACTOR,
    ARTICLE,
    EVENT,
    MENTIONED_IN,
    PARTICIPATED_IN,
    REFERS_TO,
    REPORTED,
)
from graphkit.store.neo4j_index import (
    MERGE_NEW_EVENTS,
    NEW_EVENTS,
    NEW_INTERVAL_EVENTS,
    REFRESH_EVENTS,
)

# Labels and types come from graph.py's constants, never from user input.
# Every node a step matches, it finds by id through its label's unique index, named by a
# hint: APPLY's plan is made once and kept (graphkit.store.neo4j._KEEP_PLAN), and planned
# while a young graph's index statistics still said "empty", Neo4j took a scan of a whole
# index for some of these lookups (once per row, for the server's life).
_BY_ID = "USING INDEX SEEK {}:{}(id)"


def _by_id(*nodes: tuple[str, str]) -> str:
    """The hints that find each (variable, label) of ``nodes`` by its id."""
    return " ".join(_BY_ID.format(var, label) for var, label in nodes)


MERGE_NODES = "UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row"
MERGE_EVENTS = "UNWIND $rows AS row MERGE (n:Event {id: row.id}) SET n = row"
DELETE_STALE = f"MATCH (e:Event) {_by_id(('e', EVENT))} WHERE e.id IN $ids DETACH DELETE e"
# Relationships a resolved write deletes or creates; the plan knows which exist (it read
# them in this transaction), so new ones are CREATEd without a MERGE's check.
DELETE_RELS = {
    PARTICIPATED_IN: ("UNWIND $rows AS row MATCH (a:Actor {id: row.s})-[r:PARTICIPATED_IN]->"
                      f"(e:Event {{id: row.t}}) {_by_id(('a', ACTOR), ('e', EVENT))} "
                      "WHERE r.role = row.p.role DELETE r"),
    # (one MENTIONED_IN per coder of the article: graphkit.graph.relationship_key)
    MENTIONED_IN: ("UNWIND $rows AS row MATCH (e:Event {id: row.s})-[r:MENTIONED_IN]->"
                   f"(a:Article {{id: row.t}}) {_by_id(('e', EVENT), ('a', ARTICLE))} "
                   "WHERE coalesce(r.coded_by, '') = coalesce(row.p.coded_by, '') DELETE r"),
    REPORTED: ("UNWIND $rows AS row MATCH (a:Actor {id: row.s})-[r:REPORTED]->"
               f"(e:Event {{id: row.t}}) {_by_id(('a', ACTOR), ('e', EVENT))} "
               "WHERE r.article_id = row.p.article_id DELETE r"),
    REFERS_TO: ("UNWIND $rows AS row MATCH (i:Event {id: row.s})-[r:REFERS_TO]->"
                f"(p:Event {{id: row.t}}) {_by_id(('i', EVENT), ('p', EVENT))} DELETE r"),
}
# Any other relationship of a touched event (graphkit writes none: ad-hoc Cypher may have).
DELETE_OTHER_RELS = (f"UNWIND $rows AS row MATCH (e:Event) {_by_id(('e', EVENT))} "
                     "WHERE e.id IN [row.s, row.t] "
                     "MATCH (e)-[r]-() WHERE type(r) = row.type AND startNode(r).id = row.s "
                     "AND endNode(r).id = row.t AND properties(r) = row.p "
                     "WITH DISTINCT r DELETE r")
CREATE_RELS = {
    PARTICIPATED_IN: ("UNWIND $rows AS row "
                      "MATCH (a:Actor {id: row.actor_id}), (e:Event {id: row.event_id}) "
                      f"{_by_id(('a', ACTOR), ('e', EVENT))} "
                      "CREATE (a)-[:PARTICIPATED_IN {role: row.role}]->(e)"),
    MENTIONED_IN: ("UNWIND $rows AS row "
                   "MATCH (e:Event {id: row.event_id}), (a:Article {id: row.article_id}) "
                   f"{_by_id(('e', EVENT), ('a', ARTICLE))} "
                   "CREATE (e)-[r:MENTIONED_IN]->(a) SET r = row.props"),
    REPORTED: ("UNWIND $rows AS row "
               "MATCH (a:Actor {id: row.actor_id}), (e:Event {id: row.event_id}) "
               f"{_by_id(('a', ACTOR), ('e', EVENT))} "
               "CREATE (a)-[:REPORTED {article_id: row.article_id}]->(e)"),
    REFERS_TO: ("UNWIND $rows AS row "
                "MATCH (i:Event {id: row.event_id}), (p:Event {id: row.prior_id}) "
                f"{_by_id(('i', EVENT), ('p', EVENT))} "
                "CREATE (i)-[:REFERS_TO]->(p)"),
}
# An id already used by a node of another label (the networkx twin is keyed by id alone),
# as a list of at most one [id, label]. (each lookup is by a label's unique id index)
OTHER_LABEL = (
    f"CALL {{ MATCH (n:Article) {_by_id(('n', ARTICLE))} "
    "WHERE n.id IN $check_actors + $check_events "
    "RETURN n.id AS id, 'Article' AS label "
    f"UNION MATCH (n:Actor) {_by_id(('n', ACTOR))} "
    "WHERE n.id IN $check_articles + $check_events "
    "RETURN n.id AS id, 'Actor' AS label "
    f"UNION MATCH (n:Event) {_by_id(('n', EVENT))} "
    "WHERE n.id IN $check_articles + $check_actors "
    "RETURN n.id AS id, 'Event' AS label } "
    "WITH id, label ORDER BY id LIMIT 1 RETURN collect([id, label]) AS conflicts")

# The phases of APPLY in order: each a list of (parameter, statement); a statement's $rows
# (or $ids) becomes its parameter.
_OTHER = "other"
def _phases(create_events: str, create_intervals: str
            ) -> tuple[tuple[tuple[str, str], ...], ...]:
    return (
        tuple((f"delete_{t.lower()}", DELETE_RELS[t]) for t in sorted(DELETE_RELS))
        + (("delete_other", DELETE_OTHER_RELS),),
        (("stale", DELETE_STALE),),
        (("merge_article", MERGE_NODES.format(label=ARTICLE)),
         ("merge_actor", MERGE_NODES.format(label=ACTOR)), ("merge_event", MERGE_EVENTS),
         # (after the actors: each new event is created with its participations and entries)
         ("create_event", create_events), ("create_interval_event", create_intervals)),
        tuple((f"create_{t.lower()}", CREATE_RELS[t])
              for t in (PARTICIPATED_IN, MENTIONED_IN, REPORTED, REFERS_TO)),
        (("refresh", REFRESH_EVENTS),),
    )


PHASES = _phases(NEW_EVENTS, NEW_INTERVAL_EVENTS)
_LISTS = [name for phase in PHASES for name, _ in phase]


def _renamed(query: str, name: str) -> str:
    return re.sub(r"\$(rows|ids)\b", f"${name}", query)


# Every step gated on no label conflict: a conflict rolls the transaction back anyway,
# and the steps must not meet a node of the wrong label first.
def _apply(phases: tuple[tuple[tuple[str, str], ...], ...]) -> str:
    return (f"CALL {{ {OTHER_LABEL} }} "
            "CALL { WITH conflicts WITH conflicts WHERE size(conflicts) = 0 "
            + " ".join(f"CALL {{ {_renamed(query, name)} }}"
                       for phase in phases for name, query in phase)
            + " } RETURN conflicts")


APPLY = _apply(PHASES)
APPLY_MERGING = _apply(_phases(MERGE_NEW_EVENTS, MERGE_NEW_EVENTS))
"""APPLY with the new events merged (``MERGE_NEW_EVENTS``), not created: what a write runs
again when APPLY met an id it took for new already stored (another writer's, committed
between the write's reads and its APPLY)."""


def delete_lists(deleted_edges: list[tuple[str, str, str, dict[str, Any]]]
                 ) -> dict[str, list[dict[str, Any]]]:
    """The plan's deleted relationships as APPLY's delete lists (by type; other types in
    one list)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for source, target, rel_type, props in deleted_edges:
        name = f"delete_{rel_type.lower()}" if rel_type in DELETE_RELS else f"delete_{_OTHER}"
        out.setdefault(name, []).append({"s": source, "t": target, "type": rel_type, "p": props})
    return out


def rounds(lists: dict[str, list[Any]], batch_size: int) -> list[dict[str, list[Any]]]:
    """APPLY's list parameters for each round (see the module docstring): at most
    ``batch_size`` rows per round over all lists, each round filled before the next;
    every name of :data:`PHASES` is in each round, empty when it has nothing to do there."""
    out: list[dict[str, list[Any]]] = [{name: [] for name in _LISTS}]
    room = batch_size
    for name in _LISTS:  # (in phase order)
        rows = lists.get(name, [])
        i = 0
        while i < len(rows):
            if room == 0:
                out.append({n: [] for n in _LISTS})
                room = batch_size
            out[-1][name] = rows[i:i + room]
            i += len(out[-1][name])
            room -= len(out[-1][name])
    return out
