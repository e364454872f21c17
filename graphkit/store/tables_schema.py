"""The SQL of the embedded store's tables, and the helpers every statement on them uses.

The tables themselves, what each holds and why, are described in :mod:`graphkit.store.tables`;
here is their text: the format version (:data:`SCHEMA_VERSION`), the DDL (:data:`SCHEMA`:
tables, indexes, the trigger), the SQL their indexes are built on and read by (:data:`ERA`,
:data:`LONG`, :data:`PAIRS`, :data:`BY_ID_LABEL`), ``report_span``'s lengths and eras
(:func:`span_era`), the JSON text of properties (:func:`encode`) and the chunking of ``IN``
lists under SQLite's parameter limit (:func:`chunks`, :func:`select_in`). The reads
(:mod:`graphkit.store.tables_reads`), the row writes (:mod:`graphkit.store.tables_write`)
and the upgrades (:mod:`graphkit.store.tables_upgrades`) all build on this module, which
imports none of them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from json.encoder import c_make_encoder  # type: ignore[attr-defined]
from typing import Any

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


# A label test beside ``id IN (...)``: ``+label`` keeps the planner off ``node_by_label``
# (given many ids, it would rather read every node of the label than look each id up).
BY_ID_LABEL = "+label = ?"
