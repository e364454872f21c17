"""What the embedded store reads from its tables: nodes, relationships and index ranges.

The nodes and relationships of some ids (:func:`fetch_nodes`, :func:`fetch_edges`, with
``PARTICIPATED_IN`` rebuilt from ``participation``), an event's ``seq`` by the node key
(:func:`event_seqs`, :func:`seqs_of`), the events with a report in a write's windows
(:func:`events_with_reports_within`, through ``report_span``), the counts of a family's dated
events (:func:`count_dated_many`, through ``node_family_dated``), the years an index range
is sought in (:func:`years`) and the actors found by id, name or country
(:func:`find_actors`, with the one statement of that rule: :func:`actor_found_by`). Apart
from the row writes (:mod:`graphkit.store.tables_write`) so each reads in one sitting; the
writes use these reads, never the other way round.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from functools import cache
from typing import Any

from graphkit.graph import ACTOR, ARTICLE, EVENT, PARTICIPATED_IN, public_article
from graphkit.store.tables_schema import (
    BY_ID_LABEL,
    CHUNK,
    ERA,
    REACH_LENGTHS,
    chunks,
    decode,
    marks,
    select_in,
    span_era,
)
from graphkit.store.windows import iso, ordinal


def node_props(text: str) -> dict[str, Any]:
    """A node's stored properties as reads hand them out: an Article's record of what it
    gave its actors (:data:`graphkit.graph.ACTOR_ROWS`) left out. Every read of the
    embedded store decodes its nodes with it; the writes decode the stored text whole."""
    return public_article(decode(text))


def fetch_nodes(conn: sqlite3.Connection, ids: Sequence[str]
                ) -> dict[str, tuple[str, dict[str, Any]]]:
    """id -> (label, properties as reads hand them out, :func:`node_props`) of the nodes
    with ``ids`` that exist."""
    return {node_id: (label, node_props(props))
            for node_id, (label, props) in fetch_node_texts(conn, ids).items()}


def fetch_node_texts(conn: sqlite3.Connection, ids: Sequence[str]
                     ) -> dict[str, tuple[str, str]]:
    """id -> (label, properties as JSON text) of the nodes with ``ids`` that exist."""
    return {node_id: (label, props) for node_id, label, props
            in select_in(conn, "SELECT id, label, props FROM node WHERE id IN", ids)}


def fetch_labels(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, str]:
    """id -> label of the nodes with ``ids`` that exist (their properties unread)."""
    return dict(select_in(conn, "SELECT id, label FROM node WHERE id IN", ids))


def fetch_edges(conn: sqlite3.Connection, event_ids: Sequence[str], *, actors: bool = True
                ) -> list[tuple[str, str, str, str, dict[str, Any]]]:
    """(source, target, key, type, properties) of every relationship into or out of
    ``event_ids``, each once (``actors=False``: the ids are events only, so none is looked
    up as a participant: a seek per id and year)."""
    out: dict[tuple[str, str, str], tuple[str, str, str, str, dict[str, Any]]] = {}
    unique = sorted(set(event_ids))
    for part in chunks(unique, CHUNK // 2):
        for source, target, key, rel_type, props in conn.execute(
                f"SELECT source, target, key, type, props FROM edge WHERE "
                f"{seqs_of(len(part))} UNION ALL SELECT source, target, key, type, props "
                f"FROM edge WHERE target IN ({marks(len(part))})", (*part, *part)):
            out[(source, target, key)] = (source, target, key, rel_type, decode(props))
        for source, target, key, props in participation_edges(conn, part,
                                                             actors=part if actors else ()):
            out[(source, target, key)] = (source, target, key, PARTICIPATED_IN, props)
    return list(out.values())


def seqs_of(n: int) -> str:
    """``seq IN (...)``: the seqs of ``n`` event ids (bound after it), by the node key."""
    return f"seq IN (SELECT rowid FROM node WHERE id IN ({marks(n)}))"


def event_seqs(conn: sqlite3.Connection, event_ids: Sequence[str],
               known: dict[str, int] | None = None) -> dict[str, int]:
    """Event id -> its ``seq`` (its node's rowid) of those of ``event_ids`` that are nodes
    (read from the node key alone, which holds each id's rowid). ``known``: seqs read
    before in this write, not read again; those read now are added to it."""
    known = {} if known is None else known
    missing = [i for i in event_ids if i not in known]
    for part in chunks(missing):
        known.update(conn.execute(f"SELECT id, rowid FROM node WHERE id IN "
                                  f"({marks(len(part))})", part))
    return {i: known[i] for i in event_ids if i in known}


def participation_edges(conn: sqlite3.Connection, event_ids: Sequence[str],
                        actors: Sequence[str] = ()
                        ) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(actor id, event id, key, properties) of the ``PARTICIPATED_IN`` relationships of
    ``event_ids`` (and of ``actors``), as ``edge`` rows would give them."""
    sql = f"SELECT actor_id, event_id, role FROM participation WHERE {seqs_of(len(event_ids))}"
    eras = years(conn, "participation", None, None) if actors else []
    if actors:  # (by participation_span: each year, its year first)
        sql += f" UNION SELECT actor_id, event_id, role FROM participation " \
               f"WHERE {ERA} IN ({marks(len(eras))}) AND actor_id IN ({marks(len(actors))})"
    return [(actor, event, f"{PARTICIPATED_IN}:{role}", {"role": role})
            for actor, event, role in conn.execute(sql, (*event_ids, *eras, *actors))]


def participation_counts(conn: sqlite3.Connection, event_ids: Sequence[str]
                         ) -> list[tuple[str, int]]:
    """(event id, its ``PARTICIPATED_IN`` relationships) of those of ``event_ids`` with any."""
    return conn.execute(
        f"SELECT event_id, count(*) FROM participation WHERE {seqs_of(len(event_ids))} "
        "GROUP BY seq", tuple(event_ids)).fetchall()


def published_of(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, Any]:
    """id -> ``published`` of the Article nodes of ``ids`` that exist."""
    return dict(select_in(conn, "SELECT id, json_extract(props, '$.published') FROM node WHERE "
                                f"{BY_ID_LABEL} AND id IN", ids, ARTICLE))


def events_with_reports_in(conn: sqlite3.Connection, family: str, first: str, last: str
                           ) -> list[str]:
    """The events of ``family`` with a report whose days meet [first, last] (ISO days)."""
    return events_with_reports_within(conn, [(family, first, last)])


# (one statement for many of a write's windows: a statement per window cost a write more
# than reading what they find; each row of ``w`` is one index range of report_span. The
# ranges are bound as a VALUES list, not one JSON array: json_each and five json_extract
# per range parsed the JSON text again for every value, half the statement's CPU)
_RANGE_COLUMNS = 6  # (family, reach, era, lowest first, last, first)


@cache
def _within(n: int) -> str:
    """The statement reading the events of ``n`` ranges (cached per ``n``: SQLite's own
    statement cache then reuses the prepared statement)."""
    return ("WITH w(family, reach, era, low, high, first) AS (VALUES "
            f"{','.join(['(?,?,?,?,?,?)'] * n)}) SELECT DISTINCT r.event_id FROM w "
            "CROSS JOIN report_span r WHERE r.reach = w.reach AND r.era = w.era "
            "AND r.family = w.family AND r.first BETWEEN w.low AND w.high "
            "AND r.last >= w.first")


def _held_eras(conn: sqlite3.Connection) -> list[tuple[int, int] | None]:
    """(first, last) era the store holds of each ``report_span.reach`` (None: no span of
    that reach), in one statement (two seeks at the ends of each reach's entries)."""
    row = conn.execute("SELECT " + ", ".join(
        f"(SELECT era FROM report_span WHERE reach = {reach} ORDER BY era{order} LIMIT 1)"
        for reach in range(len(REACH_LENGTHS) + 1) for order in ("", " DESC"))).fetchone()
    return [None if row[2 * reach] is None else (row[2 * reach], row[2 * reach + 1])
            for reach in range(len(REACH_LENGTHS) + 1)]


@cache  # (a write's windows share a few hundred days)
def _window_ranges(first: str, last: str) -> tuple[tuple[int, int, int, str], ...]:
    """(reach, first era, last era, lowest first day) of each range a window [first,
    last] reads: per reach, the spans starting at most its length before ``first``, in
    each era (:func:`span_era`) they may start in."""
    start = ordinal(first)
    out = []
    for reach, most in enumerate(REACH_LENGTHS):
        low = iso(max(start - most, 1))
        out.append((reach, span_era(reach, low), span_era(reach, last), low))
    out.append((len(REACH_LENGTHS), 0, 0, ""))
    return tuple(out)


def events_with_reports_within(conn: sqlite3.Connection,
                               windows: Iterable[tuple[str, str, str]]) -> list[str]:
    """The events of each (family, first, last) window with a report whose days meet
    [first, last] (ISO days), each once: per window and span length (``reach``), the
    spans starting at most that length before ``first``, in each era they may start in."""
    ranges: list[Any] = []
    held: list[tuple[int, int] | None] | None = None
    for family, first, last in windows:
        if held is None:  # (read once, when a window needs it)
            held = _held_eras(conn)
        for reach, low_era, high_era, low in _window_ranges(first, last):
            # (in each era it may hold, but none before the first or after the last era
            # the store holds of its reach: a window may cover centuries, an undated
            # report's "every day"; and none of a reach the store holds no span of: most
            # stores hold few or none a year or longer, whose ranges were two in five a
            # write bound, finding nothing)
            bounds = held[reach]
            if bounds is None:
                continue
            for era in range(max(low_era, bounds[0]), min(high_era, bounds[1]) + 1):
                ranges += (family, reach, era, low, last, first)
    found: dict[str, None] = {}  # (in the order found, each once)
    for part in chunks(ranges, CHUNK // _RANGE_COLUMNS * _RANGE_COLUMNS):
        found.update((i, None) for (i,) in conn.execute(_within(len(part) // _RANGE_COLUMNS),
                                                         part))
    return list(found)


def count_dated(conn: sqlite3.Connection, family: str, modality: str,
                precisions: Sequence[str], first: str, last: str) -> int:
    """How many events of ``family`` and ``modality``, of one of ``precisions``, start in
    [first, last] (by the ``node_family_dated`` index, in each year of the period)."""
    return count_dated_many(conn, [(family, modality, precisions, first, last)])[0]


def count_dated_many(conn: sqlite3.Connection,
                     queries: Sequence[tuple[str, str, Sequence[str], str, str]]) -> list[int]:
    """:func:`count_dated` of each of ``queries`` ``(family, modality, precisions, first,
    last)``, in order, in one statement per few hundred (bound as a VALUES list, the
    precisions padded with NULL, which matches none): a write asks for hundreds of
    periods, and a statement each cost more than the counting. The index begins with the
    year (:data:`ERA`, schema 12): a period is counted in each year from its first day's
    to its last day's, and those counts added."""
    pieces = [(i, f"{year:04d}", family, modality, precisions, first, last)
              for i, (family, modality, precisions, first, last) in enumerate(queries)
              for year in range(int(first[:4]), int(last[:4]) + 1)]
    if not pieces:
        return [0] * len(queries)
    width = max(len(q[4]) for q in pieces)
    columns = 6 + width  # (its position, year, family, modality, the precisions, first, last)
    counts = [0] * len(queries)
    for start in range(0, len(pieces), CHUNK // columns):
        part = pieces[start:start + CHUNK // columns]
        args: list[Any] = []
        for i, year, family, modality, precisions, first, last in part:
            args.extend((i, year, family, modality, *precisions,
                         *[None] * (width - len(precisions)), first, last))
        for i, n in conn.execute(_count_dated(width, len(part)), args):
            counts[i] += n
    return counts


@cache
def _count_dated(width: int, n: int) -> str:
    precisions = [f"p{i}" for i in range(width)]
    return (f"WITH q(i, year, family, modality, {', '.join(precisions)}, first, last) AS "
            f"(VALUES {','.join([f'({marks(6 + width)})'] * n)}) SELECT q.i, (SELECT "
            f"count(*) FROM node WHERE {ERA} = q.year AND resolution_key = q.family AND "
            "modality = q.modality AND date_precision IN "
            f"({', '.join('q.' + p for p in precisions)}) AND date_start BETWEEN q.first "
            "AND q.last) FROM q")


def all_event_ids(conn: sqlite3.Connection) -> list[str]:
    return [i for (i,) in conn.execute("SELECT id FROM node WHERE label = ?", (EVENT,))]


def years(conn: sqlite3.Connection, table: str, low: str | None, high: str | None
          ) -> list[str]:
    """The years (:data:`ERA`) of ``table``'s rows (``participation`` or ``dyad``) that may
    start between the dates ``low`` and ``high`` (either ``None``: unbounded that side; both:
    ``''`` too, the undated rows), each as its index entries begin. A missing bound is the
    first or last year ``table`` holds, one seek each at an end of its index."""
    undated = [""] if low is None and high is None else []
    if low is None or high is None:
        first, last = conn.execute(
            f"SELECT (SELECT min({ERA}) FROM {table} WHERE {ERA} > ''), "
            f"(SELECT max({ERA}) FROM {table})").fetchone()
        if first is None:  # (no dated row)
            return undated
        low, high = low or first, high or last
    return [*undated, *(f"{year:04d}" for year in range(int(low[:4]), int(high[:4]) + 1))]


def normalise_name(text: str) -> str:
    """Case, accents and punctuation folded away: ``"Vladímir  Putin!"`` -> ``vladimir putin``."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded.casefold()).split())


def name_keys(actor: dict[str, Any]) -> set[str]:
    """The normalised names an actor is indexed by: its name and aliases, and for a person
    the last word of each (its surnames)."""
    names = {normalise_name(n) for n in (actor.get("name") or "",
                                          *(actor.get("aliases") or ()))} - {""}
    if actor.get("kind") == "person":  # surnames, so "Putin" finds "Vladimir Putin"
        names |= {n.rsplit(" ", 1)[-1] for n in names}
    return names


def name_ends(actor: dict[str, Any]) -> set[str]:
    """A person's names without their middle words: the first and last words of each name
    or alias of three words or more ("recep erdogan" for "Recep Tayyip Erdoğan"). Not
    indexed: a name of two words is asked by its last word too, the surname those
    people are indexed by (:func:`find_actors`)."""
    if actor.get("kind") != "person":
        return set()
    names = (normalise_name(n).split() for n in (actor.get("name") or "",
                                                  *(actor.get("aliases") or ())))
    return {f"{words[0]} {words[-1]}" for words in names if len(words) > 2}


def actor_found_by(actor: dict[str, Any], ids: Collection[str], names: Collection[str],
                   countries: Collection[str]) -> bool:
    """Whether :meth:`graphkit.store.base.Store.find_actors` finds ``actor`` for these
    ``ids``, name keys (:func:`name_keys`, :func:`name_ends`) and ``countries``: the one
    statement of that rule (the embedded store's SQL look-up is its indexed form)."""
    return (actor["id"] in ids or actor.get("country") in countries
            or not name_keys(actor).isdisjoint(names) or not name_ends(actor).isdisjoint(names))


def find_actors(conn: sqlite3.Connection, ids: Sequence[str], names: Sequence[str],
                countries: Sequence[str]) -> list[dict[str, Any]]:
    """The actors with one of ``ids``, a name key (:func:`name_keys`, :func:`name_ends`) in
    ``names``, or a country in ``countries``, sorted by id."""
    found: set[str] = set(ids)
    # A name of two words is also asked by its last word, the surname of the people it
    # may name without their middle words (name_ends); the exact rule keeps those it names.
    surnames = {n.rsplit(" ", 1)[-1] for n in names if n.count(" ") == 1}
    found.update(i for (i,) in select_in(conn, "SELECT actor_id FROM actor_name WHERE norm IN",
                                         sorted({*names, *surnames})))
    found.update(i for (i,) in select_in(
        conn, "SELECT id FROM node WHERE label = 'Actor' AND json_extract(props, '$.country') IN",
        countries))
    actors = [{"id": i, **props} for i, (label, props)
              in sorted(fetch_nodes(conn, sorted(found)).items()) if label == ACTOR]
    if not surnames:
        return actors
    wanted = set(ids), set(names), set(countries)
    return [a for a in actors if actor_found_by(a, *wanted)]
