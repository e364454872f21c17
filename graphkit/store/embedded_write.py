"""What the embedded store's write reads and changes: the SQL side of ``EmbeddedStore.write``.

The planner (:func:`graphkit.store.planner.plan_write`) asks what is stored through
:func:`_stored_events`, :func:`_event_summaries` and :func:`_nodes_of_label` (by the
``report_span`` index and the node key: only the events a write may change are read), and
:func:`_apply_plan` carries its plan out in the write's transaction, as
:class:`~graphkit.store.neo4j.Neo4jStore` does in Cypher: labels checked, nodes and
relationships upserted, the derived tables brought in line (:mod:`graphkit.store.tables`).
Apart from the store's opening, migration and upgrade (:mod:`graphkit.store.embedded`, which
calls these in its write) and from what a query reads (:mod:`graphkit.store.embedded_reads`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

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
from graphkit.model import IMPLIED_PRIOR
from graphkit.store import tables
from graphkit.store.base import WriteCounts
from graphkit.store.planner import EventSummary, StoredEvent, WritePlan
from graphkit.store.tables import CHUNK, chunks, decode, encode, marks
from graphkit.store.windows import Window
from graphkit.store.withdrawals import StoredMention, entry_actor, withdraws

# (the edge rows a write makes; PARTICIPATED_IN are participation rows)
_RELATIONSHIPS = ((MENTIONED_IN, "mentions", "event_id", "article_id"),
                  (REPORTED, "reports", "actor_id", "event_id"))


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
    known = {} if known is None else known
    # (the nodes the write read whole already, or knows no node has, are not read again)
    unread = [i for i in ids if i not in known or (
        (entry := known[i]) is not None and entry[1] is None)]
    found = tables.fetch_node_texts(conn, unread) if unread else {}
    known.update((i, None) for i in unread if i not in found)
    known.update(found)
    return [{"id": i, **decode(entry[1])} for i in ids
            if (entry := known.get(i)) is not None and entry[0] == label and entry[1] is not None]


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
                "json_extract(props, '$.date') END, date_precision, CASE WHEN modality = ? "
                "THEN json_extract(props, '$.subtype') END FROM node WHERE id IN "
                f"({marks(len(part))})", (EVENT, IMPLIED_PRIOR, *part)):
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


# The Event properties a summary holds (graphkit.store.planner.EventSummary); the subtype
# only of an implied contact.
_SUMMARY_FIELDS = ("id", "resolution_key", "modality", "date", "date_precision", "subtype")


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
        stored.update((i, (found_label, decode(text))) for i, (found_label, text)
                      in tables.fetch_node_texts(conn, unread).items())
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
    _delete_forgotten(conn, plan.forgotten, plan.unheld_actors)
    return WriteCounts(**plan.counts)


def _stored_readings(conn: sqlite3.Connection, reading: Mapping[str, set[str]],
                     forgotten: set[str], known: Known | None = None) -> list[StoredMention]:
    """The ``MENTIONED_IN`` of the articles read again or forgotten that the write
    withdraws (the planner's ``fetch_readings``): each article's node is read with its
    relationships' keys and mention ids (by the ``edge_target`` index; a new article is
    one look-up finding nothing, and its node goes into ``known``, so the planner's look-up
    of the write's articles reads nothing), then only the withdrawn ones' dates and
    events."""
    known = {} if known is None else known
    gone: list[int] = []  # (the withdrawn relationships' rowids)
    ids = sorted(reading.keys() | forgotten)
    for part in chunks(ids):
        for node_id, label, props, rowid, key, mention_id in conn.execute(
                "SELECT a.id, a.label, a.props, m.rowid, m.key, "
                "json_extract(m.props, '$.mention_id') FROM node a LEFT JOIN edge m "
                f"ON m.target = a.id AND m.type = ? WHERE a.id IN ({marks(len(part))})",
                (MENTIONED_IN, *part)):
            known[node_id] = (label, props)
            if rowid is not None and withdraws(node_id, key, mention_id, reading, forgotten):
                gone.append(rowid)
        known.update((i, None) for i in part if i not in known)
    return [StoredMention(*row) for part in chunks(gone) for row in conn.execute(
        "SELECT m.source, m.target, m.key, json_extract(m.props, '$.mention_id'), "
        "json_extract(m.props, '$.date'), json_extract(m.props, '$.date_precision'), "
        "e.resolution_key, e.modality FROM edge m JOIN node e ON e.rowid = m.seq "
        f"WHERE m.rowid IN ({marks(len(part))})", part)]


def _actor_sources(conn: sqlite3.Connection, wanted: Mapping[str, Sequence[str]],
                   left_out: Sequence[str]) -> dict[str, list[str] | None]:
    """What the articles reporting the events of each actor of ``wanted`` (its
    participations and ``REPORTED``), ``left_out`` apart, gave it (the planner's
    ``fetch_actor_sources``; None: one of them has no record). An actor is left out
    once articles are found giving every entry ``wanted`` takes back."""
    skip = set(left_out)
    eras = tables.years(conn, "participation", None, None)
    out: dict[str, list[str] | None] = {}
    for actor_id, taken in wanted.items():
        entries: set[str] = set()
        unfound = set(taken)
        for article_id, text in conn.execute(
                "SELECT DISTINCT a.id, a.props FROM edge m JOIN node a ON a.id = m.target "
                "WHERE m.type = ? AND m.seq IN (SELECT seq FROM participation WHERE "
                f"{tables.ERA} IN ({marks(len(eras))}) AND actor_id = ? UNION "
                "SELECT e.rowid FROM edge r JOIN node e ON e.id = r.target "
                "WHERE r.seq = (SELECT rowid FROM node WHERE id = ?) AND r.type = ?)",
                (MENTIONED_IN, *eras, actor_id, actor_id, REPORTED)):
            if article_id in skip:
                continue
            record = decode(text).get(ACTOR_ROWS)
            if record is None:
                out[actor_id] = None
                break
            entries.update(e for e in record if entry_actor(e) == actor_id)
            unfound.difference_update(record)
            if not unfound:  # (every entry taken back is still given: the row stays)
                break
        else:
            out[actor_id] = sorted(entries)
    return out


def _delete_forgotten(conn: sqlite3.Connection, articles: Sequence[str],
                      actors: Sequence[str]) -> None:
    """Delete the Articles a plan forgot (and any relationship left to them), and those of
    ``actors`` that no event holds any more (no participation, no ``REPORTED``)."""
    for part in chunks(articles):
        conn.execute(f"DELETE FROM edge WHERE target IN ({marks(len(part))})", part)
        conn.execute(f"DELETE FROM node WHERE id IN ({marks(len(part))}) AND label = ?",
                     (*part, ARTICLE))
    if not actors:
        return
    eras = tables.years(conn, "participation", None, None)
    held = {a for part in chunks(actors, CHUNK // 2) for (a,) in conn.execute(
        f"SELECT DISTINCT actor_id FROM participation WHERE {tables.ERA} IN "
        f"({marks(len(eras))}) AND actor_id IN ({marks(len(part))})", (*eras, *part))}
    unheld = [a for a in actors if a not in held and conn.execute(
        "SELECT 1 FROM edge WHERE seq = (SELECT rowid FROM node WHERE id = ?) LIMIT 1",
        (a,)).fetchone() is None]
    for part in chunks(unheld):
        conn.execute(f"DELETE FROM actor_name WHERE actor_id IN ({marks(len(part))})", part)
        conn.execute(f"DELETE FROM node WHERE id IN ({marks(len(part))}) AND label = ?",
                     (*part, ACTOR))


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
