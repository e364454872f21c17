"""How the embedded store brings an older schema version's tables up to date.

:data:`UPGRADES` holds, for each older version, the steps run in order in one transaction
when such a store is first opened (after :func:`add_precision_column`, then
:data:`~graphkit.store.tables_schema.SCHEMA` less its ``SEQ_INDEXES``, have created what was
missing: see ``EmbeddedStore._apply_schema``): each rebuilds a table or index as this
graphkit writes it, every row kept, and does nothing when the store has it already. Kept
apart from the schema (:mod:`graphkit.store.tables_schema`) because the steps fill new
tables with the row writes (:mod:`graphkit.store.tables_write`), which build on the schema.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from graphkit.graph import EVENT, PARTICIPATED_IN
from graphkit.store.tables_reads import all_event_ids
from graphkit.store.tables_schema import (
    DYAD_COLUMNS,
    ERA,
    LONG,
    PAIRS,
    SCHEMA,
    SEQ_INDEXES,
    statements,
)
from graphkit.store.tables_write import (
    _SPAN_COLUMNS,
    refresh_first_articles,
    refresh_participation,
    refresh_report_spans,
)

# :func:`span_era` in SQL, of a row's ``reach`` and ``first`` (the upgrade's)
SPAN_ERA = ("CASE reach WHEN 0 THEN CAST(substr(first, 1, 4) AS INTEGER) * 12 "
            "+ CAST(substr(first, 6, 2) AS INTEGER) - 1 "
            "WHEN 1 THEN CAST(substr(first, 1, 4) AS INTEGER) ELSE 0 END")


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
