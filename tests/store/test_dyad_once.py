"""``dyad`` with each pair once, its ids in order (schema 11): a write stores one row per
pair of an event's participants; a store of schema 10, every pair in both orders, is
rebuilt on first open with each pair once, and reads and takes writes as a new one. (That a
pair is read whichever of its ids sorts first: ``test_sqlite_view``'s walk comparison.)"""

from __future__ import annotations

import sqlite3
from itertools import combinations
from pathlib import Path

from query.world import world
from store.upgrades import answers as _answers
from store.upgrades import council as _council
from store.upgrades import dyads_both_ways, schema_of, written_alike
from store.upgrades import layout as _layout

from graphkit.store import EmbeddedStore, tables

# dyad and its indexes as schema 10 kept them: every pair in both orders (the trigger is
# this graphkit's)
_DYAD_10 = """
CREATE TABLE dyad (
    actor_id TEXT NOT NULL, other_id TEXT NOT NULL, event_id TEXT NOT NULL,
    type TEXT, modality TEXT, date_start TEXT, date_end TEXT);
CREATE INDEX dyad_date ON dyad(actor_id, other_id, date_start, type, modality, event_id);
CREATE INDEX dyad_long ON dyad(actor_id, other_id, date_start)
    WHERE date_end > date(date_start, '+366 days');
"""


def _as_schema_10(path: Path) -> None:
    """Turn the store at ``path`` into one of schema 10, its pairs in both orders."""
    with sqlite3.connect(path / "graph.db") as conn:
        (trigger,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                  "name = 'participation_gone'").fetchone()
        conn.execute("DROP TRIGGER participation_gone")
        conn.execute("ALTER TABLE dyad RENAME TO dyad_new")
        conn.execute("DROP INDEX dyad_date")
        conn.execute("DROP INDEX dyad_long")
        conn.executescript(_DYAD_10)
        conn.execute(trigger)
        dyads_both_ways(conn, "dyad_new")
        conn.execute("DROP TABLE dyad_new")
        conn.execute("UPDATE meta SET value = '10' WHERE key = 'schema'")


def _dyads(path: Path) -> list[tuple]:
    with sqlite3.connect(path / "graph.db") as conn:
        return sorted(conn.execute(f"SELECT {tables.DYAD_COLUMNS} FROM dyad").fetchall())


def _pairs_of_participants(path: Path) -> list[tuple[str, str, str]]:
    """(smaller id, larger id, event) of every two different participants of an event."""
    with sqlite3.connect(path / "graph.db") as conn:
        members: dict[str, set[str]] = {}
        for actor_id, event_id in conn.execute("SELECT actor_id, event_id FROM participation"):
            members.setdefault(event_id, set()).add(actor_id)
    return sorted((a, b, event_id) for event_id, actors in members.items()
                  for a, b in combinations(sorted(actors), 2))


def test_each_pair_of_an_events_participants_is_one_row_with_its_ids_in_order(
        tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write([*world(), _council()])
    kg.close()
    pairs = _pairs_of_participants(tmp_path)
    assert len(pairs) > 10
    assert sorted((a, b, event_id) for a, b, event_id, *_ in _dyads(tmp_path)) == pairs


def test_a_store_of_the_tenth_schema_gets_each_pair_once_with_every_event(
        tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write([*world(), _council()])
    answers, layout = _answers(kg), _layout(tmp_path)
    kg.close()
    pairs = _pairs_of_participants(tmp_path)
    _as_schema_10(tmp_path)
    assert len(_dyads(tmp_path)) == 2 * len(pairs)
    old = EmbeddedStore(tmp_path)
    assert _answers(old) == answers
    old.close()
    assert [(a, b, event_id) for a, b, event_id, *_ in _dyads(tmp_path)] == pairs
    assert _layout(tmp_path) == layout
    assert schema_of(tmp_path) == tables.SCHEMA_VERSION


def test_a_store_upgraded_from_the_tenth_schema_takes_writes_as_a_new_one_does(
        tmp_path: Path) -> None:
    old, new = written_alike(tmp_path, _as_schema_10, [_council()])
    assert _dyads(old) == _dyads(new)
    assert _layout(old) == _layout(new)
    assert all(a < b for a, b, *_ in _dyads(old))
