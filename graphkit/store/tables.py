"""The embedded store's SQLite tables: the property graph as rows, and the indexes it reads by.

- ``node(id, label, props, type, modality, date_start, date_end, resolution_key,
  first_article, date_precision)``: one row per node; ``props`` is the node's properties
  as JSON (the id and label apart), and the columns after it copy the Event properties
  that writes and queries select on, so they can be indexed (the year, family, modality,
  date precision and start: ``node_family_dated``, its year first since schema 12; the
  precision a column since schema 14: until then the index read it from ``props`` with
  ``json_extract``, which parsed each event's whole JSON text again as its entry was
  written, 1.5% of a write's instructions; ``node_by_label`` is
  by label alone, its entries in rowid order, so the nodes a write adds share its last
  pages); ``first_article`` is an
  Event's earliest published article (then the smallest id), the one a row of
  ``contacts`` or ``timeline`` names, kept by :func:`refresh_first_articles` so a page
  of rows reads no edge and no article.
- ``edge(source, target, key, type, props, seq)``: one row per relationship, unique per
  ``(source, target, key)`` (:func:`graphkit.graph.relationship_key`), as MERGE keeps them;
  every relationship but ``PARTICIPATED_IN`` (schema 7: those are ``participation`` rows).
  ``seq`` is the source node's rowid, and the key is ``(seq, target, key)`` (schema 10;
  until then ``(source, target, key)``, so each new event's reports went to a random leaf
  of the key, ~1 page in 8 a write logged at 100k events): a write's new events'
  relationships append to it, as their ``participation`` rows do. Read by source through
  the node key (:func:`seqs_of`); an event's rows are deleted before its node.
- ``participation(seq, actor_id, event_id, role, type, modality, date_start, date_end)``: the
  ``PARTICIPATED_IN`` relationships (an actor, an event, its role: the one property
  graphkit gives them), carrying the event's columns, so "the events of these
  actors of these types before this date, newest first" is one index range, however many
  events the actors have (``participation_span`` covers it: a leader's year of thousands of
  events is read from the index alone, and a page of it cut before any event is read).
  The index begins with the year an event starts (:data:`ERA`, schema 12; until then with
  the actor, so each entry a write added went to a page of its own among every year of
  every actor, 3 in 10 of the pages a write logged at 100k events): a write's news of a
  few days goes to the pages of its year, and a read seeks each year it may find
  (:func:`years`: those of its date range, or the first to the last held).
  :func:`refresh_participation` writes it for the events a write changed, in the
  write's transaction. Until schema 6 the relationships were ``edge`` rows as well, and
  this table an index derived from them: a write stored each twice (~3 pages of the
  write-ahead log per event). The table is keyed by event (``WITHOUT ROWID``, primary key
  ``seq, actor_id, role``), so an event's rows are one entry range of one B-tree,
  with no separate table, key index and event index to update (schema 6). ``seq`` is the
  event's node rowid (schema 9; until then the key began with the hashed event id, so
  each new event's rows went to a random leaf): SQLite gives a new node the largest
  rowid yet, so a write's new events append to the tree; an id is read by the node key
  (``seq IN (SELECT rowid FROM node WHERE id IN ...)``: :func:`seqs_of`). Rowids stay
  through ``VACUUM`` (a table with an index keeps them); an event's rows are deleted
  before its node (:func:`delete_derived`), so a rowid SQLite gives again names none.
- ``dyad(actor_id, other_id, event_id, type, modality, date_start, date_end)``: a derived index of
  who met whom: one row per pair of two different participants of an event, so a dyad's
  events ("the contacts of these two, newest first") are one index range of that pair,
  not a walk through the thousands of events each of two leaders takes part in. Each
  pair is one row, its ids in order (``actor_id < other_id``, a CHECK), and a dyad's
  read looks it up both ways (schema 11; until then a row per ordered pair, every pair
  twice: the index took two random leaves per pair a write added, a quarter of its pages
  at 100k events). ``dyad_date`` begins with the year, as ``participation_span`` does
  (schema 12). Rewritten with ``participation`` (:func:`refresh_participation`); a
  trigger drops a participant's rows whenever its ``participation`` row is deleted,
  whoever deletes it (graphkit deletes an event's rows all at once). Since schema 8 a
  rowid table with one index (``dyad_date``, by pair and day): until then it was keyed by
  event as well, a second tree a new event wrote a random page of.
- ``report_span(reach, era, family, first, last, event_id, seq)``: a derived index of the
  days each event's reports (``MENTIONED_IN``) cover, so a write reads only the events of
  a family with a report near its own (:mod:`graphkit.store.windows`): ``reach`` sorts the
  spans by length (a day, a month, a year, longer), so "the spans meeting these days" is a
  short index range per length. ``era`` (schema 13) is the month a day's span starts in,
  the year of a month's (:func:`span_era`): until then the key began with the family (a
  hash), so each span a write added went to a page of its own across every year, a sixth
  of the pages a write logged at 100k events; by era they go to the pages of their month,
  and a window reads each era its range may hold. :func:`refresh_report_spans` rewrites
  an event's rows, found by ``report_span_seq`` (the event's ``seq``, as in
  ``participation``: new events append to it; until schema 9 an index by the hashed event
  id).
  A month or year report counts the clusters of its period by the ``node_family_dated``
  index (year, family, modality, date precision, start: in each year of the period),
  without reading them.
- ``actor_name(norm, actor_id)``: every actor's names, aliases and surnames, normalised
  (:func:`normalise_name`), so a loose name is looked up by index rather than by reading
  every actor.
- ``meta(key, value)``: the format version (``schema``) and where the store was migrated
  from. Opening a store of the current version reads this one row and creates nothing;
  an older version is brought up to date once, in one transaction (:data:`UPGRADES`).
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import cache
from json.encoder import c_make_encoder  # type: ignore[attr-defined]
from operator import itemgetter
from typing import Any

from graphkit.graph import ACTOR, ARTICLE, EVENT, MENTIONED_IN, PARTICIPATED_IN
from graphkit.store.windows import iso, ordinal, report_span

SCHEMA_VERSION = "14"


def era(date_start: str) -> str:
    """The SQL of the year an event starts (its ``date_start``'s first four characters),
    ``''`` when undated: the first column of ``participation_span`` and ``dyad_date``
    (schema 12), so the entries a write adds, news of the last days, go to the few pages of
    their year and not one page each across every year an actor or pair has. A read gives
    the years it may find (:func:`years`) in the same words, so the index is used."""
    return f"substr(coalesce({date_start}, ''), 1, 4)"


ERA = era("date_start")

# The events longer than a year (``participation_long``, ``dyad_long``: a partial index each,
# and the reads that use them). ``date_end > date_start`` first (schema 14): most events
# are a day, or undated, and that test, false for them, spares SQLite's date() for each
# row a write adds (1% of a write's instructions); it changes no row's place in them, as
# the second test holds only when the first does.
LONG = "date_end > date_start AND date_end > date(date_start, '+366 days')"

# The indexes by an event's ``seq`` (its node's rowid, given in write order: a write's new
# events append to them) of tables that had no ``seq`` until schema 9: an older store's
# tables get them once :func:`_keyed_by_seq` has given the tables the column.
SEQ_INDEXES = """
CREATE INDEX IF NOT EXISTS report_span_seq ON report_span(seq);
"""

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS node (
    id TEXT PRIMARY KEY, label TEXT NOT NULL, props TEXT NOT NULL,
    type TEXT, modality TEXT, date_start TEXT, date_end TEXT, resolution_key TEXT,
    first_article TEXT, date_precision TEXT);
-- (by label alone: its entries sort by rowid, so a write's new nodes share its last pages)
CREATE INDEX IF NOT EXISTS node_by_label ON node(label);
-- (its year first, as participation_span's: a period is counted in each of its years)
CREATE INDEX IF NOT EXISTS node_family_dated ON node(
    """ + ERA + """, resolution_key, modality, date_precision, date_start)
    WHERE resolution_key IS NOT NULL;
CREATE TABLE IF NOT EXISTS report_span (
    -- (by length, then the month or year a span starts (era, see span_era), then family:
    -- a write's spans, news of a few days, go to the pages of their month; the columns in
    -- the key's order: SQLite 3.40's integrity_check misreads a WITHOUT ROWID table's other
    -- columns when its key is not its first columns in order)
    reach INTEGER NOT NULL, era INTEGER NOT NULL, family TEXT NOT NULL, first TEXT NOT NULL,
    last TEXT NOT NULL, event_id TEXT NOT NULL, seq INTEGER NOT NULL,
    PRIMARY KEY (reach, era, family, first, last, event_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS edge (
    -- (keyed by its source's seq, the source node's rowid, not by the source's hashed id:
    -- a write's new events' relationships append to the key)
    source TEXT NOT NULL, target TEXT NOT NULL, key TEXT NOT NULL, type TEXT NOT NULL,
    props TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (seq, target, key));
CREATE INDEX IF NOT EXISTS edge_target ON edge(target, type);
CREATE TABLE IF NOT EXISTS participation (
    -- (keyed by the event's seq, its node's rowid: a write's new events append to the tree)
    seq INTEGER NOT NULL, actor_id TEXT NOT NULL, event_id TEXT NOT NULL, role TEXT NOT NULL,
    type TEXT, modality TEXT, date_start TEXT, date_end TEXT,
    PRIMARY KEY (seq, actor_id, role)) WITHOUT ROWID;
-- covering: an actor's events in a date range, and their filters, without the table
-- (its year first: a write's new entries go to the pages of their year; read by year)
CREATE INDEX IF NOT EXISTS participation_span ON participation(
    """ + ERA + """, actor_id, date_start, date_end, type, modality, event_id);
-- events longer than a year (an interval "three to four years back"): few, and the only
-- ones a date range can overlap that start more than a year before it (see SqliteView)
CREATE INDEX IF NOT EXISTS participation_long ON participation(actor_id, date_start)
    WHERE """ + LONG + """;
CREATE TABLE IF NOT EXISTS dyad (
    -- (each pair once, its ids in order: a dyad's read looks it up both ways)
    actor_id TEXT NOT NULL, other_id TEXT NOT NULL, event_id TEXT NOT NULL,
    type TEXT, modality TEXT, date_start TEXT, date_end TEXT, CHECK (actor_id < other_id));
-- (a rowid table: new rows go to its last pages; dyad_date by year, then pair and day)
CREATE INDEX IF NOT EXISTS dyad_date ON dyad(
    """ + ERA + """, actor_id, other_id, date_start, type, modality, event_id);
CREATE INDEX IF NOT EXISTS dyad_long ON dyad(actor_id, other_id, date_start)
    WHERE """ + LONG + """;
-- A participant's pairs, found by year, pair and day in dyad_date (its id first or
-- second), go before its row does (the event's other participants are still there to
-- name them).
CREATE TRIGGER IF NOT EXISTS participation_gone BEFORE DELETE ON participation BEGIN
    DELETE FROM dyad WHERE """ + ERA + " = " + era("old.date_start") + """
        AND actor_id = old.actor_id AND other_id IN (
        SELECT actor_id FROM participation WHERE seq = old.seq)
        AND date_start IS old.date_start AND event_id = old.event_id;
    DELETE FROM dyad WHERE """ + ERA + " = " + era("old.date_start") + """
        AND other_id = old.actor_id AND actor_id IN (
        SELECT actor_id FROM participation WHERE seq = old.seq)
        AND date_start IS old.date_start AND event_id = old.event_id;
END;
CREATE TABLE IF NOT EXISTS actor_name (
    norm TEXT NOT NULL, actor_id TEXT NOT NULL, PRIMARY KEY (norm, actor_id));
CREATE INDEX IF NOT EXISTS actor_name_actor ON actor_name(actor_id);
CREATE INDEX IF NOT EXISTS node_actor_country ON node(json_extract(props, '$.country'))
    WHERE label = 'Actor';
""" + SEQ_INDEXES

DYAD_COLUMNS = "actor_id, other_id, event_id, type, modality, date_start, date_end"
# The dyad rows of events' participation (add ``WHERE p.seq ...``): each pair of two
# different participants once, its ids in order (DISTINCT: an actor in two roles is one
# pair, and dyad has no key to keep it so).
PAIRS = ("SELECT DISTINCT p.actor_id, q.actor_id, p.event_id, p.type, p.modality, "
         "p.date_start, p.date_end FROM participation p JOIN participation q "
         "ON q.seq = p.seq AND q.actor_id > p.actor_id")
# (the same without DISTINCT: for events where no actor holds two roles)
PAIRS_ONCE = PAIRS.replace("SELECT DISTINCT ", "SELECT ", 1)

# The Event properties copied into node columns (see the module docstring; ``first_article``
# stands between the first five and ``date_precision``, added by schema 14).
EVENT_COLUMNS = ("type", "modality", "date_start", "date_end", "resolution_key",
                 "date_precision")
# SQLite's default limit on host parameters is 32766 (since 3.32); stay well below it.
CHUNK = 900


def statements(script: str) -> list[str]:
    """The statements of an SQL script, each complete (a trigger's body holds semicolons)."""
    out, current = [], ""
    for piece in script.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n;"):
                out.append(current.strip())
            current = ""
    return out


# (one encoder: json.dumps with options builds a new one per call)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


# JSONEncoder.encode builds a new C encoder on every call (a fifth of a row's encoding
# time): this one is built once, with the same options, so the text is the same (no
# circular-reference check: rows are flat)
_ITERENCODE = c_make_encoder(
    None, _ENCODER.default, json.encoder.encode_basestring, None, ":", ",", False, False,
    True) if c_make_encoder is not None else None


def encode(props: dict[str, Any]) -> str:
    if _ITERENCODE is None:
        return _ENCODER.encode(props)
    return "".join(_ITERENCODE(props, 0))


def decode(text: str) -> dict[str, Any]:
    return json.loads(text)


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def marks(n: int) -> str:
    """``?,?,?`` for ``n`` parameters."""
    return ",".join("?" * n)


def select_in(conn: sqlite3.Connection, select: str, values: Iterable[Any],
              *before: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of ``select``, which ends in ``IN``, for the distinct ``values`` in sorted
    chunks of at most :data:`CHUNK` (each chunk one statement); ``before``: the parameters
    ahead of each chunk's, for the placeholders earlier in ``select``."""
    for part in chunks(sorted(set(values))):
        yield from conn.execute(f"{select} ({marks(len(part))})", (*before, *part))


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


def fetch_nodes(conn: sqlite3.Connection, ids: Sequence[str]
                ) -> dict[str, tuple[str, dict[str, Any]]]:
    """id -> (label, properties) of the nodes with ``ids`` that exist."""
    return {node_id: (label, decode(props))
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


# The longest span (days from first to last) of each ``report_span.reach``: a day, a
# month, a year; longer spans (intervals) have no bound.
REACH_LENGTHS = (0, 30, 365)


def span_era(reach: int, first: str) -> int:
    """The ``era`` of a ``report_span`` row, the second column of its key (schema 13): the
    month its first day falls in (``year * 12 + month - 1``) for a span of a day, the year
    for a span of a month, 0 for a longer one. A write's spans are news of a few days:
    keyed by family first (until schema 12) each went to a page of its own among all of a
    store's years; by era first they go to the pages of their month. A window reads each
    era its range of first days may hold (:func:`_window_ranges`): one, two across a
    month's end.
    (Spans of a month are 15% of them, of a year 4%: a month's by month would be two
    seeks a window for few pages, a year's by year two seeks always.)"""
    if reach == 0:
        return int(first[:4]) * 12 + int(first[5:7]) - 1
    return int(first[:4]) if reach == 1 else 0


# :func:`span_era` in SQL, of a row's ``reach`` and ``first`` (the upgrade's)
SPAN_ERA = ("CASE reach WHEN 0 THEN CAST(substr(first, 1, 4) AS INTEGER) * 12 "
            "+ CAST(substr(first, 6, 2) AS INTEGER) - 1 "
            "WHEN 1 THEN CAST(substr(first, 1, 4) AS INTEGER) ELSE 0 END")


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


# A label test beside ``id IN (...)``: ``+label`` keeps the planner off ``node_by_label``
# (given many ids, it would rather read every node of the label than look each id up).
BY_ID_LABEL = "+label = ?"

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


def published_of(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, Any]:
    """id -> ``published`` of the Article nodes of ``ids`` that exist."""
    return dict(select_in(conn, "SELECT id, json_extract(props, '$.published') FROM node WHERE "
                                f"{BY_ID_LABEL} AND id IN", ids, ARTICLE))


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


def _add_first_articles(conn: sqlite3.Connection) -> None:
    """Give ``node`` its ``first_article`` column (unless it has it) and fill it."""
    if "first_article" not in {row[1] for row in conn.execute("PRAGMA table_info(node)")}:
        conn.execute("ALTER TABLE node ADD COLUMN first_article TEXT")
    refresh_first_articles(conn, None)


_FIRST_ARTICLE_COLUMN: list[str | Callable[[sqlite3.Connection], None]] = [_add_first_articles]


# The tables keyed by their event's ``seq`` since schema 9 (participation by event id
# since schema 6, by actor before; report_span by its spans with an index by event id),
# and their columns but ``seq``, in their keys' order.
_KEYED_BY_SEQ = {
    "participation": "actor_id, role, event_id, type, modality, date_start, date_end",
}


def _keyed_by_seq(conn: sqlite3.Connection) -> None:
    """Schema 9: ``participation`` and ``report_span`` rebuilt with each event's ``seq``
    (its node's rowid), unless they have it, every row kept (in its key's order); then
    what SCHEMA holds (their indexes, the trigger). The first step from every older
    version: the later ones write these tables as this graphkit does."""
    conn.execute("DROP TRIGGER IF EXISTS participation_gone")
    creates = {s.split("EXISTS ", 1)[1].split(" ", 1)[0]: s for s in statements(SCHEMA)
               if s.startswith("CREATE TABLE")}
    for table, columns in _KEYED_BY_SEQ.items():
        if "seq" in {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}:
            continue  # (made by SCHEMA in this upgrade, or already upgraded)
        conn.execute(f"ALTER TABLE {table} RENAME TO {table}_old")  # (its indexes go with it)
        conn.execute(creates[table])
        order = "n.rowid, o.actor_id, o.role" if table == "participation" else columns
        conn.execute(f"INSERT OR IGNORE INTO {table}(seq, {columns}) SELECT n.rowid, "
                     f"{', '.join('o.' + c for c in columns.split(', '))} FROM {table}_old o "
                     f"JOIN node n ON n.id = o.event_id ORDER BY {order}")
        conn.execute(f"DROP TABLE {table}_old")
    _report_span_by_era(conn)
    for statement in statements(SCHEMA):
        conn.execute(statement)


def _report_span_by_era(conn: sqlite3.Connection) -> None:
    """Schema 13: ``report_span`` rebuilt keyed by reach, era (:func:`span_era`), family
    and days, unless it is (until then by family, reach and days), every row kept (in its
    key's order), with each event's ``seq`` (its node's rowid) if it had none (schema 8
    and older: the first step from those, :func:`_keyed_by_seq`, calls this one); then
    ``report_span_seq`` made again."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(report_span)")}
    if "era" in columns:
        return  # (made by SCHEMA in this upgrade, or already upgraded)
    conn.execute("ALTER TABLE report_span RENAME TO report_span_old")  # (its indexes too)
    conn.execute(next(s for s in statements(SCHEMA)
                      if s.startswith("CREATE TABLE IF NOT EXISTS report_span")))
    seq, by = (("o.seq", "") if "seq" in columns
               else ("n.rowid", " JOIN node n ON n.id = o.event_id"))
    conn.execute(f"INSERT OR IGNORE INTO report_span({_SPAN_COLUMNS}) SELECT o.family, "
                 f"o.reach, {SPAN_ERA}, o.first, o.last, o.event_id, {seq} FROM "
                 f"report_span_old o{by} ORDER BY o.reach, 3, o.family, o.first, o.last, "
                 "o.event_id")
    conn.execute("DROP TABLE report_span_old")
    for statement in statements(SEQ_INDEXES):
        conn.execute(statement)


def _edge_by_seq(conn: sqlite3.Connection) -> None:
    """Schema 10: ``edge`` rebuilt keyed by its source's ``seq`` (the source node's rowid),
    unless it is, every row kept (in its key's order), and ``edge_target`` made again. The
    first step from every older version: the later ones read and write ``edge`` as this
    graphkit does."""
    if "seq" in {row[1] for row in conn.execute("PRAGMA table_info(edge)")}:
        return  # (made by SCHEMA in this upgrade, or already upgraded)
    conn.execute("ALTER TABLE edge RENAME TO edge_old")  # (its indexes go with it)
    conn.execute(next(s for s in statements(SCHEMA)
                      if s.startswith("CREATE TABLE IF NOT EXISTS edge")))
    conn.execute("INSERT INTO edge(source, target, key, type, props, seq) SELECT o.source, "
                 "o.target, o.key, o.type, o.props, n.rowid FROM edge_old o JOIN node n ON "
                 "n.id = o.source ORDER BY n.rowid, o.target, o.key")
    conn.execute("DROP TABLE edge_old")
    for statement in statements(SCHEMA):
        if statement.startswith("CREATE INDEX IF NOT EXISTS edge_"):
            conn.execute(statement)


def _participation_out_of_edge(conn: sqlite3.Connection) -> None:
    """Schema 7: the ``PARTICIPATED_IN`` rows of ``edge`` go; ``participation`` holds each
    of them already (every write since schema 1 kept it so), with its event's columns;
    one it would lack is added first."""
    start = len(PARTICIPATED_IN) + 2  # (the role, in the key "PARTICIPATED_IN:role")
    missing = conn.execute(
        "SELECT e.source, e.target, substr(e.key, ?) FROM edge e WHERE e.type = ? AND NOT "
        "EXISTS (SELECT 1 FROM participation p WHERE p.seq = (SELECT rowid FROM node "
        "WHERE id = e.target) AND p.actor_id = e.source AND p.role = substr(e.key, ?))",
        (start, PARTICIPATED_IN, start)).fetchall()
    if missing:
        refresh_participation(conn, [m[1] for m in missing], added=missing)
    conn.execute("DELETE FROM edge WHERE type = ?", (PARTICIPATED_IN,))



def _dyad_once(conn: sqlite3.Connection) -> None:
    """Schema 11: ``dyad`` rebuilt with each pair once, its ids in order (until then a row
    per ordered pair, every pair twice), as a rowid table with ``dyad_date`` its one key
    (schema 8: it had a primary key of its own until then, by event since schema 6, by pair
    before), its rows in pair and day order; then its indexes and the trigger as SCHEMA
    holds them. The last step from every older version (it reads ``dyad`` alone)."""
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND "
                          "name = 'dyad'").fetchone()
    if "CHECK (actor_id < other_id)" in sql:
        return  # (made by SCHEMA in this upgrade: a store of schema 1 had none)
    conn.execute("DROP TRIGGER IF EXISTS participation_gone")
    conn.execute("ALTER TABLE dyad RENAME TO dyad_old")  # (its indexes go with it)
    conn.execute(next(s for s in statements(SCHEMA)
                      if s.startswith("CREATE TABLE IF NOT EXISTS dyad")))
    conn.execute(f"INSERT INTO dyad({DYAD_COLUMNS}) SELECT DISTINCT min(actor_id, other_id), "
                 "max(actor_id, other_id), event_id, type, modality, date_start, date_end "
                 "FROM dyad_old WHERE actor_id <> other_id "
                 "ORDER BY 1, 2, date_start, type, modality, event_id")
    conn.execute("DROP TABLE dyad_old")
    for statement in statements(SCHEMA):
        conn.execute(statement)


def _by_year(conn: sqlite3.Connection) -> None:
    """Schema 12: ``participation_span``, ``dyad_date`` and ``node_family_dated`` made again
    with the year an event starts first (:data:`ERA`), unless they have it, and the
    trigger with them (it finds a pair by year). The last step from every older version."""
    conn.execute("DROP TRIGGER IF EXISTS participation_gone")
    for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN "
            "('participation_span', 'dyad_date', 'node_family_dated')").fetchall():
        if ERA not in sql:
            conn.execute(f"DROP INDEX {name}")
    for statement in statements(SCHEMA):
        conn.execute(statement)


def add_precision_column(conn: sqlite3.Connection) -> None:
    """Schema 14, first part: ``node`` gets its ``date_precision`` column (unless it has it),
    filled from each event's properties, and ``node_family_dated`` goes (it read the
    precision from ``props``; SCHEMA makes it again on the column). Run on an older store
    before SCHEMA is: SCHEMA's index needs the column."""
    if "date_precision" in {row[1] for row in conn.execute("PRAGMA table_info(node)")}:
        return
    conn.execute("DROP INDEX IF EXISTS node_family_dated")  # (not kept up while filled)
    conn.execute("ALTER TABLE node ADD COLUMN date_precision TEXT")
    conn.execute("UPDATE node SET date_precision = json_extract(props, '$.date_precision') "
                 "WHERE label = ?", (EVENT,))


def _long_first_by_day(conn: sqlite3.Connection) -> None:
    """Schema 14, last step from every older version: ``participation_long`` and
    ``dyad_long`` made again with :data:`LONG` (the same rows: a cheaper test first) unless
    they have it; then what SCHEMA holds."""
    for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN "
            "('participation_long', 'dyad_long')").fetchall():
        if LONG not in " ".join(sql.split()):
            conn.execute(f"DROP INDEX {name}")
    for statement in statements(SCHEMA):
        conn.execute(statement)


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


# What brings a store of an older schema version up to date, after
# :func:`add_precision_column`, then SCHEMA but its SEQ_INDEXES, have created what was
# missing: version -> steps (SQL statements, or functions of the connection), run in
# order in the same transaction.
# (schema 7's step, then ``dyad`` as schema 11 holds it: schema 8's rebuild is in that one)
_TO_8: list[str | Callable[[sqlite3.Connection], None]] = [_participation_out_of_edge,
                                                          _dyad_once, _by_year]
_BY_EVENT = ["DROP INDEX IF EXISTS node_label"]  # (schema 6: node_by_label instead)
UPGRADES: dict[str, list[str | Callable[[sqlite3.Connection], None]]] = {
    "1": [_edge_by_seq, _keyed_by_seq, f"INSERT INTO dyad({DYAD_COLUMNS}) {PAIRS}",
          lambda conn: refresh_report_spans(conn, all_event_ids(conn)),
          "DROP INDEX IF EXISTS node_family", "DROP INDEX IF EXISTS node_family_implied",
          "DROP INDEX IF EXISTS participation_date", *_FIRST_ARTICLE_COLUMN, *_BY_EVENT,
          *_TO_8, _long_first_by_day],
    "2": [_edge_by_seq, _keyed_by_seq,
          lambda conn: refresh_report_spans(conn, all_event_ids(conn)),
          "DROP INDEX IF EXISTS node_family", "DROP INDEX IF EXISTS node_family_implied",
          "DROP INDEX IF EXISTS participation_date", *_FIRST_ARTICLE_COLUMN, *_BY_EVENT,
          *_TO_8, _long_first_by_day],
    "3": [_edge_by_seq, _keyed_by_seq, "DROP INDEX IF EXISTS participation_date",
          *_FIRST_ARTICLE_COLUMN, *_BY_EVENT, *_TO_8, _long_first_by_day],
    "4": [_edge_by_seq, _keyed_by_seq, *_FIRST_ARTICLE_COLUMN, *_BY_EVENT, *_TO_8,
          _long_first_by_day],
    "5": [_edge_by_seq, _keyed_by_seq, *_BY_EVENT, *_TO_8, _long_first_by_day],
    "6": [_edge_by_seq, _keyed_by_seq, *_TO_8, _long_first_by_day],
    "7": [_edge_by_seq, _keyed_by_seq, _dyad_once, _by_year, _long_first_by_day],
    "8": [_edge_by_seq, _keyed_by_seq, _dyad_once, _by_year, _long_first_by_day],
    "9": [_edge_by_seq, _dyad_once, _by_year, _report_span_by_era, _long_first_by_day],
    "10": [_dyad_once, _by_year, _report_span_by_era, _long_first_by_day],
    "11": [_by_year, _report_span_by_era, _long_first_by_day],
    "12": [_report_span_by_era, _long_first_by_day],
    "13": [_long_first_by_day],
}


def normalise_name(text: str) -> str:
    """Case, accents and punctuation folded away: ``"Vladímir  Putin!"`` -> ``vladimir putin``."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded.casefold()).split())


def name_keys(actor: dict[str, Any]) -> set[str]:
    """The normalised names an actor is found by: its name and aliases, and for a person
    the last word of each (its surnames)."""
    names = {normalise_name(n) for n in (actor.get("name") or "",
                                          *(actor.get("aliases") or ()))} - {""}
    if actor.get("kind") == "person":  # surnames, so "Putin" finds "Vladimir Putin"
        names |= {n.rsplit(" ", 1)[-1] for n in names}
    return names


def actor_found_by(actor: dict[str, Any], ids: Collection[str], names: Collection[str],
                   countries: Collection[str]) -> bool:
    """Whether :meth:`graphkit.store.base.Store.find_actors` finds ``actor`` for these
    ``ids``, name keys (:func:`name_keys`) and ``countries``: the one statement of that
    rule (the embedded store's SQL look-up is its indexed form)."""
    return (actor["id"] in ids or actor.get("country") in countries
            or not name_keys(actor).isdisjoint(names))


def refresh_actor_names(conn: sqlite3.Connection, actors: Iterable[dict[str, Any]]) -> None:
    """Rewrite the ``actor_name`` rows of ``actors`` (their properties, ``id`` included)."""
    actors = list(actors)
    for part in chunks([a["id"] for a in actors]):
        conn.execute(f"DELETE FROM actor_name WHERE actor_id IN ({marks(len(part))})", part)
    conn.executemany("INSERT OR IGNORE INTO actor_name(norm, actor_id) VALUES (?,?)",
                     sorted((n, a["id"]) for a in actors for n in name_keys(a)))


def find_actors(conn: sqlite3.Connection, ids: Sequence[str], names: Sequence[str],
                countries: Sequence[str]) -> list[dict[str, Any]]:
    """The actors with one of ``ids``, a name key (:func:`name_keys`) in ``names``, or a
    country in ``countries``, sorted by id."""
    found: set[str] = set(ids)
    found.update(i for (i,) in select_in(conn, "SELECT actor_id FROM actor_name WHERE norm IN", names))
    found.update(i for (i,) in select_in(
        conn, "SELECT id FROM node WHERE label = 'Actor' AND json_extract(props, '$.country') IN",
        countries))
    return [{"id": i, **props} for i, (label, props)
            in sorted(fetch_nodes(conn, sorted(found)).items()) if label == ACTOR]
