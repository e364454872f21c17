"""``edge`` keyed by its source node's ``seq``, the node's rowid (schema 10): a write's new
events' relationships append to the key; a store of schema 9, keyed by the source's id, is
rebuilt on first open with every row kept, and reads and takes writes as a new one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from query.world import world
from store.upgrades import answers as _answers
from store.upgrades import council as _council
from store.upgrades import layout as _layout
from store.upgrades import renamed_by_a_later_report, schema_of, written_alike

from graphkit.store import EmbeddedStore, tables

# edge as schema 9 kept it: keyed by its source's id
_EDGE_9 = """
CREATE TABLE edge (
    source TEXT NOT NULL, target TEXT NOT NULL, key TEXT NOT NULL, type TEXT NOT NULL,
    props TEXT NOT NULL, PRIMARY KEY (source, target, key));
CREATE INDEX edge_target ON edge(target, type);
"""
_COLUMNS = "source, target, key, type, props"


def _as_schema_9(path: Path) -> None:
    """Turn the store at ``path`` into one of schema 9, its rows kept."""
    with sqlite3.connect(path / "graph.db") as conn:
        conn.execute("ALTER TABLE edge RENAME TO edge_new")
        conn.execute("DROP INDEX edge_target")
        conn.executescript(_EDGE_9)
        conn.execute(f"INSERT INTO edge({_COLUMNS}) SELECT {_COLUMNS} FROM edge_new")
        conn.execute("DROP TABLE edge_new")
        conn.execute("UPDATE meta SET value = '9' WHERE key = 'schema'")


def _edges(path: Path) -> list[tuple]:
    with sqlite3.connect(path / "graph.db") as conn:
        return sorted(conn.execute(f"SELECT {_COLUMNS} FROM edge").fetchall())


def _unnamed(path: Path) -> list[tuple]:
    """The relationships whose seq is not their source node's rowid (none, when all is well)."""
    with sqlite3.connect(path / "graph.db") as conn:
        return conn.execute(
            "SELECT source, seq FROM edge e WHERE NOT EXISTS "
            "(SELECT 1 FROM node n WHERE n.rowid = e.seq AND n.id = e.source)").fetchall()


def test_a_writes_new_events_relationships_follow_every_stored_one_in_the_edge_key(
        tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write(world())
    (most,) = kg.conn.execute("SELECT max(seq) FROM edge").fetchone()
    kg.write([_council()])
    seqs = [seq for (seq,) in kg.conn.execute(
        "SELECT seq FROM edge WHERE source = ?", (_council().events[0].id,))]
    assert seqs and min(seqs) > most
    kg.close()
    assert _unnamed(tmp_path) == []


def test_a_store_of_the_ninth_schema_gets_its_edge_key_by_seq_with_every_row(
        tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write([*world(), _council()])
    answers, layout, edges = _answers(kg), _layout(tmp_path), _edges(tmp_path)
    kg.close()
    _as_schema_9(tmp_path)
    assert "seq" not in _layout(tmp_path)["edge"]
    old = EmbeddedStore(tmp_path)
    assert _answers(old) == answers
    old.close()
    assert _edges(tmp_path) == edges and _layout(tmp_path) == layout
    assert _unnamed(tmp_path) == []
    assert schema_of(tmp_path) == tables.SCHEMA_VERSION


def test_a_store_upgraded_from_the_ninth_schema_takes_writes_as_a_new_one_does(
        tmp_path: Path) -> None:
    old, new = written_alike(tmp_path, _as_schema_9, [_council()])
    assert _edges(old) == _edges(new)
    assert _layout(old) == _layout(new)
    assert _unnamed(old) == []


def test_an_event_a_later_report_renames_leaves_no_relationship_under_its_old_seq(
        tmp_path: Path) -> None:
    two, one, _, late = renamed_by_a_later_report(tmp_path)
    assert _unnamed(two) == []
    assert _edges(two) == _edges(one)
    assert late.events[0].id not in {row[0] for row in _edges(two)}
