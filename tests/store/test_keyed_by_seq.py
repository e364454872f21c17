"""``participation`` and ``report_span`` keyed by each event's ``seq``, its node's rowid
(schema 9): a write's new events append to the trees; a store of schema 8, keyed by event
id, is rebuilt on first open with every row kept, and reads and takes writes as a new one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from query.world import world
from store.upgrades import answers as _answers
from store.upgrades import council as _council
from store.upgrades import layout as _layout
from store.upgrades import renamed_by_a_later_report, schema_of, written_alike

from graphkit.store import EmbeddedStore, tables

# participation and report_span, their indexes and the trigger as schema 8 kept them
_SCHEMA_8 = """
CREATE TABLE participation (
    actor_id TEXT NOT NULL, event_id TEXT NOT NULL, role TEXT NOT NULL,
    type TEXT, modality TEXT, date_start TEXT, date_end TEXT,
    PRIMARY KEY (event_id, actor_id, role)) WITHOUT ROWID;
CREATE INDEX participation_span ON participation(
    actor_id, date_start, date_end, type, modality, event_id);
CREATE INDEX participation_long ON participation(actor_id, date_start)
    WHERE date_end > date(date_start, '+366 days');
CREATE TABLE report_span (
    family TEXT NOT NULL, reach INTEGER NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL,
    event_id TEXT NOT NULL, PRIMARY KEY (family, reach, first, last, event_id)) WITHOUT ROWID;
CREATE INDEX report_span_event ON report_span(event_id);
CREATE TRIGGER participation_gone BEFORE DELETE ON participation BEGIN
    DELETE FROM dyad WHERE actor_id = old.actor_id AND other_id IN (
        SELECT actor_id FROM participation WHERE event_id = old.event_id)
        AND date_start IS old.date_start AND event_id = old.event_id;
    DELETE FROM dyad WHERE other_id = old.actor_id AND actor_id IN (
        SELECT actor_id FROM participation WHERE event_id = old.event_id)
        AND date_start IS old.date_start AND event_id = old.event_id;
END;
"""
_COLUMNS = {"participation": "actor_id, event_id, role, type, modality, date_start, date_end",
            "report_span": "family, reach, first, last, event_id"}


def _as_schema_8(path: Path) -> None:
    """Turn the store at ``path`` into one of schema 8, its rows kept."""
    with sqlite3.connect(path / "graph.db") as conn:
        conn.execute("DROP TRIGGER participation_gone")
        for table, indexes in (("participation", ("participation_span", "participation_long")),
                               ("report_span", ("report_span_seq",))):
            conn.execute(f"ALTER TABLE {table} RENAME TO {table}_new")
            for index in indexes:
                conn.execute(f"DROP INDEX {index}")
        conn.executescript(_SCHEMA_8)
        for table, columns in _COLUMNS.items():
            conn.execute(f"INSERT INTO {table}({columns}) SELECT {columns} FROM {table}_new")
            conn.execute(f"DROP TABLE {table}_new")
        conn.execute("UPDATE meta SET value = '8' WHERE key = 'schema'")


def _rows(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path / "graph.db") as conn:
        return {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall())
                for table in ("participation", "report_span", "dyad")}


def _unnamed(path: Path) -> list[tuple]:
    """The rows whose seq is not the rowid of their event's node (none, when all is well)."""
    with sqlite3.connect(path / "graph.db") as conn:
        return conn.execute(
            "SELECT 'participation', event_id, seq FROM participation p WHERE NOT EXISTS "
            "(SELECT 1 FROM node n WHERE n.rowid = p.seq AND n.id = p.event_id) UNION ALL "
            "SELECT 'report_span', event_id, seq FROM report_span r WHERE NOT EXISTS "
            "(SELECT 1 FROM node n WHERE n.rowid = r.seq AND n.id = r.event_id)").fetchall()


def test_a_writes_new_events_follow_every_stored_one_in_the_event_keyed_trees(
        tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write(world())
    before = {table: max(row[0] for row in kg.conn.execute(f"SELECT seq FROM {table}"))
              for table in ("participation", "report_span")}
    kg.write([_council()])
    council = _council().events[0].id
    for table, most in before.items():
        seqs = [seq for (seq,) in kg.conn.execute(
            f"SELECT seq FROM {table} WHERE event_id = ?", (council,))]
        assert seqs and min(seqs) > most
    kg.close()
    assert _unnamed(tmp_path) == []


def test_a_store_of_the_eighth_schema_gets_its_event_keys_by_seq_with_every_row(
        tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write([*world(), _council()])
    answers, layout, rows = _answers(kg), _layout(tmp_path), _rows(tmp_path)
    kg.close()
    assert all(rows.values())
    _as_schema_8(tmp_path)
    assert "seq" not in _layout(tmp_path)["participation"]
    old = EmbeddedStore(tmp_path)
    assert _answers(old) == answers
    old.close()
    assert _rows(tmp_path) == rows and _layout(tmp_path) == layout
    assert schema_of(tmp_path) == tables.SCHEMA_VERSION


def test_a_store_upgraded_from_the_eighth_schema_takes_writes_as_a_new_one_does(
        tmp_path: Path) -> None:
    old, new = written_alike(tmp_path, _as_schema_8, [_council()])
    assert _rows(old) == _rows(new)
    assert _layout(old) == _layout(new)
    assert _unnamed(old) == []


def test_an_event_a_later_report_renames_leaves_no_rows_under_its_old_seq(
        tmp_path: Path) -> None:
    two_path, one_path, early, _ = renamed_by_a_later_report(tmp_path)
    assert _unnamed(two_path) == []
    strip = {"participation": lambda row: row[1:], "report_span": lambda row: row[:5],
             "dyad": lambda row: row}
    two, one = _rows(two_path), _rows(one_path)
    assert {t: sorted(map(strip[t], two[t])) for t in two} == {
        t: sorted(map(strip[t], one[t])) for t in one}
    assert {row[2] for row in two["participation"]} == {early.events[0].id}


def test_a_vacuumed_store_keeps_each_events_rows_under_its_seq(tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write(world()[:3])
    kg.conn.execute("INSERT INTO node(id, label, props) VALUES ('gap', 'Article', '{}')")
    kg.write(world()[3:])
    kg.conn.execute("DELETE FROM node WHERE id = 'gap'")  # (a gap in the rowids)
    answers = _answers(kg)
    kg.close()
    with sqlite3.connect(tmp_path / "graph.db") as conn:
        conn.execute("VACUUM")
    assert _unnamed(tmp_path) == []
    kg = EmbeddedStore(tmp_path)
    assert _answers(kg)[:3] == answers[:3]
    kg.write([_council()])
    kg.close()
    assert _unnamed(tmp_path) == []
