"""``dyad`` as one tree keyed by pair and day (schema 8): a store of schema 7, keyed by
event as well, is rebuilt on first open with every pair kept (once: schema 11); the trigger
drops exactly the pairs of a departing participant; an actor in two roles is one pair."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from query.world import ARAGORN, ARN, FARAMIR, GON, IMRAHIL, world
from store.samples import event
from store.upgrades import dyads_both_ways, schema_of, written_alike
from store.upgrades import layout as _layout

from graphkit.model import Article, EventDate, Extraction
from graphkit.store import EmbeddedStore, tables

# dyad, its indexes and the trigger as schema 7 kept them
_SCHEMA_7 = """
CREATE TABLE dyad (
    actor_id TEXT NOT NULL, other_id TEXT NOT NULL, event_id TEXT NOT NULL,
    type TEXT, modality TEXT, date_start TEXT, date_end TEXT,
    PRIMARY KEY (event_id, actor_id, other_id)) WITHOUT ROWID;
CREATE INDEX dyad_date ON dyad(actor_id, other_id, date_start, type, modality);
CREATE INDEX dyad_long ON dyad(actor_id, other_id, date_start)
    WHERE date_end > date(date_start, '+366 days');
CREATE TRIGGER participation_gone AFTER DELETE ON participation
    BEGIN DELETE FROM dyad WHERE event_id = old.event_id; END;
"""


def _council() -> Extraction:
    """A meeting Aragorn both called and took part in, with Faramir and Imrahil."""
    article = Article(id="d1-council", outlet="Vale Courier", published=date(2024, 5, 2),
                      title="A council at Edoras", url="https://example.org/d1",
                      text="Aragorn hosted Faramir and Imrahil at Edoras on Tuesday.")
    return Extraction(article, (event(
        article, 0, "MEET", (ARAGORN, "source"), (ARAGORN, "participant"),
        (FARAMIR, "participant"), (IMRAHIL, "participant"),
        date_=EventDate("2024-04-30", "day", "on Tuesday", "weekday")),))


def _as_schema_7(path: Path) -> None:
    """Turn the store at ``path`` into one of schema 7, its rows kept."""
    with sqlite3.connect(path / "graph.db") as conn:
        conn.execute("DROP TRIGGER participation_gone")
        conn.execute("ALTER TABLE dyad RENAME TO dyad_new")
        conn.execute("DROP INDEX dyad_date")
        conn.execute("DROP INDEX dyad_long")
        conn.executescript(_SCHEMA_7)
        dyads_both_ways(conn, "dyad_new")
        conn.execute("DROP TABLE dyad_new")
        conn.execute("UPDATE meta SET value = '7' WHERE key = 'schema'")


def _dyads(path: Path) -> list[tuple]:
    with sqlite3.connect(path / "graph.db") as conn:
        return sorted(conn.execute("SELECT * FROM dyad").fetchall())


def _answers(kg: EmbeddedStore) -> list:
    view = kg.view()
    return [view.event_rows([ARAGORN.id], partners=[FARAMIR.id]),
            view.event_rows(ARN, partners=GON, date_from="2024-01-01"),
            view.event_rows(GON, partners=ARN, newest_first=True, limit=2)]


def test_a_store_of_the_seventh_schema_gets_its_dyads_by_pair_with_every_row(
        tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write([*world(), _council()])
    answers, layout, rows = _answers(kg), _layout(tmp_path), _dyads(tmp_path)
    kg.close()
    assert "PRIMARY KEY" not in layout["dyad"]  # (one tree: dyad_date)
    assert len(rows) > 10 and len(set(rows)) == len(rows)
    _as_schema_7(tmp_path)
    assert "PRIMARY KEY" in _layout(tmp_path)["dyad"]
    old = EmbeddedStore(tmp_path)
    assert _answers(old) == answers
    old.close()
    assert _dyads(tmp_path) == rows and _layout(tmp_path) == layout
    assert schema_of(tmp_path) == tables.SCHEMA_VERSION


def test_an_actor_in_two_roles_is_one_pair_with_each_other_participant(
        tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write([_council()])
    kg.close()
    pairs = [(a, b) for a, b, *_ in _dyads(tmp_path)]
    assert sorted(pairs) == sorted({(a, b) for a in (ARAGORN.id, FARAMIR.id, IMRAHIL.id)
                                    for b in (ARAGORN.id, FARAMIR.id, IMRAHIL.id) if a < b})


def test_a_departing_participant_takes_its_own_pairs_only(tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write([_council()])
    kg.close()
    with sqlite3.connect(tmp_path / "graph.db") as conn:
        conn.execute("DELETE FROM participation WHERE actor_id = ?", (IMRAHIL.id,))
    assert [(a, b) for a, b, *_ in _dyads(tmp_path)] == [
        (min(FARAMIR.id, ARAGORN.id), max(FARAMIR.id, ARAGORN.id))]


def test_a_store_upgraded_from_the_seventh_schema_takes_writes_as_a_new_one_does(
        tmp_path: Path) -> None:
    old, new = written_alike(tmp_path, _as_schema_7, [_council()])
    assert _dyads(old) == _dyads(new)
    layout = _layout(old)
    assert layout == _layout(new) and "PRIMARY KEY" not in layout["dyad"]
