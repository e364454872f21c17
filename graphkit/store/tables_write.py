"""What a write changes in the embedded store's tables: its rows, and the derived ones.

The ``node`` and ``edge`` rows (:func:`node_row`, :func:`upsert_nodes`,
:func:`upsert_edges`, in key order), and the rows derived from them for the events a
write touched, each rewritten only where it differs: ``participation`` and ``dyad``
(:func:`refresh_participation`), ``report_span`` (:func:`refresh_report_spans`),
``node.first_article`` (:func:`refresh_first_articles`) and ``actor_name``
(:func:`refresh_actor_names`); :func:`delete_derived` before an event's node goes. Apart
from the reads (:mod:`graphkit.store.tables_reads`, which these use) and from the upgrades
(:mod:`graphkit.store.tables_upgrades`, which use these to fill an older store's new tables).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import cache
from operator import itemgetter
from typing import Any

from graphkit.graph import ARTICLE, EVENT, MENTIONED_IN
from graphkit.store.tables_reads import event_seqs, name_keys, seqs_of
from graphkit.store.tables_schema import (
    BY_ID_LABEL,
    DYAD_COLUMNS,
    EVENT_COLUMNS,
    PAIRS,
    PAIRS_ONCE,
    REACH_LENGTHS,
    chunks,
    encode,
    marks,
    span_era,
)
from graphkit.store.windows import iso, report_span


def event_columns(props: Mapping[str, Any]) -> tuple[Any, ...]:
    """An Event's (type, modality, date_start, date_end), as ``node`` and ``participation``
    hold them."""
    get = props.get
    return get("type"), get("modality"), get("date_start"), get("date_end")


_NO_COLUMNS = (None,) * (len(EVENT_COLUMNS) - 1)


def node_row(node_id: str, label: str, props: dict[str, Any],
             first_article: str | None = None) -> tuple[Any, ...]:
    """The ``node`` row of a node (``props`` without id and label); ``first_article``
    is written only when the node is new (a stored one keeps its own)."""
    if label != EVENT:
        return (node_id, label, encode(props), *_NO_COLUMNS, first_article, None)
    get = props.get
    return (node_id, label, encode(props), get("type"), get("modality"), get("date_start"),
            get("date_end"), get("resolution_key"), first_article, get("date_precision"))


def _first(row: Sequence[Any]) -> Any:
    return row[0]


def upsert_nodes(conn: sqlite3.Connection, rows: Iterable[tuple[Any, ...]]) -> None:
    """Rows of :func:`node_row`, written in id order (see :func:`upsert_edges`)."""
    conn.executemany(
        "INSERT INTO node(id, label, props, type, modality, date_start, date_end, "
        "resolution_key, first_article, date_precision) VALUES (?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET label=excluded.label, props=excluded.props, "
        "type=excluded.type, modality=excluded.modality, date_start=excluded.date_start, "
        "date_end=excluded.date_end, resolution_key=excluded.resolution_key, "
        "date_precision=excluded.date_precision",
        sorted(rows, key=_first))  # (stable: of two rows of one id the last still wins)


def upsert_edges(conn: sqlite3.Connection, rows: Iterable[tuple[str, str, str, str, str]],
                 seqs: dict[str, int] | None = None) -> None:
    """Rows of (source, target, key, type, props JSON), whose sources are nodes, written
    in key order (the source's seq, target, key): a new event's rows go after every
    stored one, the others at or after the last one's place in the key's B-tree, whose
    pages are still at hand. ``seqs``: the write's node seqs read so far
    (:func:`event_seqs`), added to."""
    rows = list(rows)
    seq_of = event_seqs(conn, sorted({row[0] for row in rows}), seqs)
    conn.executemany(
        "INSERT INTO edge(source, target, key, type, props, seq) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT(seq, target, key) DO UPDATE SET type=excluded.type, "
        "props=excluded.props",  # (stable: of two rows of one key the last still wins)
        sorted(((*row, seq_of[row[0]]) for row in rows), key=_edge_key))


def _edge_key(row: Sequence[Any]) -> Any:
    return row[5], row[1], row[2]


Membership = tuple[str, str, str]  # (actor id, event id, role): one PARTICIPATED_IN
_SEQ_ACTOR_ROLE = itemgetter(0, 1, 3)  # (a participation row's key, in its order)
PARTICIPATION_COLUMNS = "seq, actor_id, event_id, role, type, modality, date_start, date_end"


def refresh_participation(conn: sqlite3.Connection, event_ids: Iterable[str],
                          added: Iterable[Membership] = (),
                          removed: Iterable[Membership] = (),
                          written: Mapping[str, tuple[Any, ...]] | None = None,
                          new: Collection[str] = (), seqs: dict[str, int] | None = None
                          ) -> None:
    """Bring the ``participation`` and ``dyad`` rows of ``event_ids`` in line: who takes
    part is what ``participation`` holds, less ``removed``, plus ``added`` (the write's
    deleted and created ``PARTICIPATED_IN``); the other columns are the event node's. Only
    the events whose rows then differ from the stored ones are rewritten (a report merged
    into an event usually changes none: its rows, and their pages, are left alone).
    ``written``: event id -> its (type, modality, date_start, date_end) as the write just
    stored them (:func:`event_columns`), so only the other events' columns are read back.
    ``new``: events of ``written`` no earlier write stored (none of their rows is read).
    ``seqs``: the write's event seqs read so far (:func:`event_seqs`), added to."""
    gone = set(removed)
    adding: dict[str, set[tuple[str, str]]] = {}
    for actor_id, event_id, role in added:
        adding.setdefault(event_id, set()).add((actor_id, role))
    written = written or {}
    for part in chunks(sorted(set(event_ids) | adding.keys())):
        seq_of = event_seqs(conn, part, seqs)
        columns = {i: written[i] for i in part if i in written}
        unread = [i for i in part if i not in written]
        if unread:
            columns.update((row[0], row[1:]) for row in conn.execute(
                f"SELECT id, type, modality, date_start, date_end FROM node WHERE "
                f"{BY_ID_LABEL} AND id IN ({marks(len(unread))})", (EVENT, *unread)))
        # (a new event's rows are its added ones, each once: nothing to read or compare)
        fresh = [i for i in part if i in new and i in columns and i in seq_of]
        rows = [(seq_of[i], actor_id, i, role, *columns[i]) for i in fresh
                for actor_id, role in adding.get(i, ())]
        changing = {row[0] for row in rows}
        fresh_ids = set(fresh)
        others = [i for i in part if i not in fresh_ids]
        old = [seq_of[i] for i in others if i not in new and i in seq_of]
        stored = set(conn.execute(
            f"SELECT {PARTICIPATION_COLUMNS} FROM participation WHERE seq IN ({marks(len(old))})",
            old)) if old else set()
        members = {row[1:4] for row in stored} - gone
        members.update((actor_id, event_id, role) for event_id in others
                       for actor_id, role in adding.get(event_id, ()))
        wanted = {(seq_of[member[1]], *member, *columns[member[1]]) for member in members
                  if member[1] in columns}
        rewritten = {row[0] for row in wanted ^ stored}
        if not changing and not rewritten:
            continue
        changing |= rewritten
        rows.extend(row for row in wanted if row[0] in rewritten)
        changed = sorted(changing)
        deleting = sorted(rewritten.intersection(old))
        if deleting:
            conn.execute(f"DELETE FROM participation WHERE seq IN ({marks(len(deleting))})",
                         deleting)
        rows.sort(key=_SEQ_ACTOR_ROLE)
        conn.executemany(
            f"INSERT OR REPLACE INTO participation({PARTICIPATION_COLUMNS}) "
            "VALUES (?,?,?,?,?,?,?,?)", rows)  # (in the key's order: new events append)
        # (the trigger deleted the events' dyad rows with their participation; ``rows``
        # are all the rows of the events ``changed``: those where no actor holds two
        # roles have each pair once already, so SQLite's DISTINCT, a temporary B-tree of
        # every pair, is left to the others)
        twice = _held_twice(rows)
        for seqs_part, pairs in (([i for i in changed if i not in twice], PAIRS_ONCE),
                                 (sorted(twice), PAIRS)):
            if seqs_part:
                conn.execute(f"INSERT INTO dyad({DYAD_COLUMNS}) {pairs} WHERE p.seq IN "
                             f"({marks(len(seqs_part))})", seqs_part)


def _held_twice(rows: Sequence[tuple[Any, ...]]) -> set[int]:
    """The seqs of the events in participation ``rows`` (sorted by key) where an actor holds
    two roles."""
    return {a[0] for a, b in zip(rows, rows[1:], strict=False) if a[:2] == b[:2]}


@cache  # (a write's reports share a few hundred dates)
def _span_row(value: str | None, precision: str | None) -> tuple[int, int, str, str] | None:
    """(reach, era, first, last ISO day) of a report's date; None when undated."""
    span = report_span(value, precision)
    if span is None:
        return None
    length = span[1] - span[0]
    reach = next((i for i, most in enumerate(REACH_LENGTHS) if length <= most),
                 len(REACH_LENGTHS))
    first = iso(span[0])
    return reach, span_era(reach, first), first, iso(span[1])


Report = tuple[str | None, str | None, str | None]  # (family, date, date precision)
_SPAN_COLUMNS = "family, reach, era, first, last, event_id, seq"


def refresh_report_spans(conn: sqlite3.Connection, event_ids: Iterable[str],
                         new: Mapping[str, Iterable[Report]] | None = None,
                         seqs: dict[str, int] | None = None) -> None:
    """Bring the ``report_span`` rows of ``event_ids`` in line with their ``MENTIONED_IN``:
    only the rows that differ are deleted or inserted. ``new``: events no earlier write
    stored -> their reports as the write gives them (nothing of theirs is read). ``seqs``:
    as for :func:`refresh_participation`. An event no longer a node has no rows left
    (:func:`delete_derived`)."""
    new = new or {}
    for part in chunks(sorted(set(event_ids) | new.keys())):
        seq_of = event_seqs(conn, part, seqs)
        old = [i for i in part if i not in new and i in seq_of]
        wanted = {(family, *span, event_id, seq_of[event_id]) for event_id in part
                  if event_id in new and event_id in seq_of
                  for family, value, precision in new[event_id]
                  if family is not None and (span := _span_row(value, precision))}
        stored = set()
        if old:
            for event_id, family, value, precision in conn.execute(
                    "SELECT e.source, n.resolution_key, json_extract(e.props, '$.date'), "
                    "json_extract(e.props, '$.date_precision') FROM edge e JOIN node n "
                    "ON n.rowid = e.seq WHERE e.type = ? AND n.resolution_key IS NOT NULL "
                    f"AND e.{seqs_of(len(old))}", (MENTIONED_IN, *old)):
                span = _span_row(value, precision)
                if span is not None:
                    wanted.add((family, *span, event_id, seq_of[event_id]))
            stored = set(conn.execute(
                f"SELECT {_SPAN_COLUMNS} FROM report_span "
                f"WHERE seq IN ({marks(len(old))})", [seq_of[i] for i in old]))
        conn.executemany("DELETE FROM report_span WHERE reach = ? AND era = ? AND "
                         "family = ? AND first = ? AND last = ? AND event_id = ?",
                         sorted((r[1], r[2], r[0], *r[3:6]) for r in stored - wanted))
        conn.executemany(  # (in the key's order)
            f"INSERT OR IGNORE INTO report_span({_SPAN_COLUMNS}) VALUES (?,?,?,?,?,?,?)",
            sorted(wanted - stored, key=_SPAN_KEY))


_SPAN_KEY = itemgetter(1, 2, 0, 3, 4, 5)  # (a row's reach, era, family, first, last, id)


def delete_derived(conn: sqlite3.Connection, event_ids: Sequence[str]) -> None:
    """Delete the ``participation`` and ``report_span`` rows of ``event_ids`` (their
    ``dyad`` rows go by the trigger): before their nodes, whose rowids name the rows."""
    for part in chunks(event_ids):
        for table in ("participation", "report_span"):
            conn.execute(f"DELETE FROM {table} WHERE {seqs_of(len(part))}", part)


_FIRST_ARTICLE = (
    "UPDATE node SET first_article = (SELECT m.target FROM edge m CROSS JOIN node a "
    "ON a.id = m.target WHERE m.seq = node.rowid AND m.type = ? AND a.label = ? "
    "ORDER BY json_extract(a.props, '$.published') IS NULL, "
    f"json_extract(a.props, '$.published'), a.id LIMIT 1) WHERE {BY_ID_LABEL}")


def first_article(articles: Iterable[str], published: Mapping[str, Any]) -> str | None:
    """Which of ``articles`` :func:`refresh_first_articles` would pick, given each one's
    ``published`` (those absent from it are no Article node)."""
    found = [(published[a] is None, published[a] or "", a) for a in articles
             if a in published]
    return min(found)[2] if found else None


def refresh_first_articles(conn: sqlite3.Connection, event_ids: Iterable[str] | None) -> None:
    """Set ``node.first_article`` of ``event_ids`` (None: of every event) from their
    ``MENTIONED_IN``: the earliest published article (undated last), then the smallest id,
    as the Cypher files' ``ORDER BY article.published, article.id``."""
    if event_ids is None:
        conn.execute(_FIRST_ARTICLE, (MENTIONED_IN, ARTICLE, EVENT))
        return
    for part in chunks(sorted(set(event_ids))):
        conn.execute(f"{_FIRST_ARTICLE} AND id IN ({marks(len(part))})",
                     (MENTIONED_IN, ARTICLE, EVENT, *part))


def refresh_actor_names(conn: sqlite3.Connection, actors: Iterable[dict[str, Any]]) -> None:
    """Rewrite the ``actor_name`` rows of ``actors`` (their properties, ``id`` included)."""
    actors = list(actors)
    for part in chunks([a["id"] for a in actors]):
        conn.execute(f"DELETE FROM actor_name WHERE actor_id IN ({marks(len(part))})", part)
    conn.executemany("INSERT OR IGNORE INTO actor_name(norm, actor_id) VALUES (?,?)",
                     sorted((n, a["id"]) for a in actors for n in name_keys(a)))
