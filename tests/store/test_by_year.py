"""``participation_span``, ``dyad_date`` and ``node_family_dated`` begin with the year an
event starts (schema 12): a write's entries, news of a few days, go to the pages of their
year; a read seeks each year it may find, a period is counted in each of its years. A store
of schema 11 (keyed by actor, pair or family first) gets them on first open, with the same
answers, and takes writes as a new one does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from query.world import ARAGORN, ARN, ARNOR, COUNCIL, FARAMIR, GON, GONDOR, HALBARAD, IMRAHIL, world
from store.upgrades import answers as _answers
from store.upgrades import council as _council
from store.upgrades import layout as _layout
from store.upgrades import schema_of, written_alike

from graphkit.store import EmbeddedStore, tables

# the three indexes and the trigger as schema 11 kept them
_INDEXES_11 = """
CREATE INDEX node_family_dated ON node(
    resolution_key, modality, json_extract(props, '$.date_precision'), date_start)
    WHERE resolution_key IS NOT NULL;
CREATE INDEX participation_span ON participation(
    actor_id, date_start, date_end, type, modality, event_id);
CREATE INDEX dyad_date ON dyad(actor_id, other_id, date_start, type, modality, event_id);
CREATE TRIGGER participation_gone BEFORE DELETE ON participation BEGIN
    DELETE FROM dyad WHERE actor_id = old.actor_id AND other_id IN (
        SELECT actor_id FROM participation WHERE seq = old.seq)
        AND date_start IS old.date_start AND event_id = old.event_id;
    DELETE FROM dyad WHERE other_id = old.actor_id AND actor_id IN (
        SELECT actor_id FROM participation WHERE seq = old.seq)
        AND date_start IS old.date_start AND event_id = old.event_id;
END;
"""


def _as_schema_11(path: Path) -> None:
    """Turn the store at ``path`` into one of schema 11: its indexes by actor and pair."""
    with sqlite3.connect(path / "graph.db") as conn:
        conn.execute("DROP TRIGGER participation_gone")
        conn.execute("DROP INDEX participation_span")
        conn.execute("DROP INDEX dyad_date")
        conn.execute("DROP INDEX node_family_dated")
        conn.executescript(_INDEXES_11)
        conn.execute("UPDATE meta SET value = '11' WHERE key = 'schema'")


def _rows(path: Path) -> tuple[list[tuple], list[tuple]]:
    with sqlite3.connect(path / "graph.db") as conn:
        return (sorted(conn.execute("SELECT * FROM participation").fetchall(), key=repr),
                sorted(conn.execute(f"SELECT {tables.DYAD_COLUMNS} FROM dyad").fetchall(),
                       key=repr))


def test_index_entries_sort_by_the_year_their_event_starts(
        tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write([*world(), _council()])
    kg.close()
    with sqlite3.connect(tmp_path / "graph.db") as conn:
        for table, index in (("participation", "participation_span"), ("dyad", "dyad_date"),
                             ("node", "node_family_dated")):
            starts = [(s or "")[:4] for (s,) in conn.execute(
                f"SELECT date_start FROM {table} INDEXED BY {index}"
                f"{' WHERE resolution_key IS NOT NULL' if table == 'node' else ''}")]
            assert len(set(starts)) > 1
            assert starts == sorted(starts)


def test_a_period_over_several_years_counts_its_events_in_each(tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write([*world(), _council()])
    with sqlite3.connect(tmp_path / "graph.db") as conn:
        groups = conn.execute(
            "SELECT resolution_key, modality, json_extract(props, '$.date_precision'), "
            "count(*), count(DISTINCT substr(date_start, 1, 4)) FROM node NOT INDEXED WHERE "
            "resolution_key IS NOT NULL AND date_start BETWEEN '2000-01-01' AND "
            "'2099-12-31' GROUP BY 1, 2, 3").fetchall()
        queries = [(family, modality, [precision], "2000-01-01", "2099-12-31")
                   for family, modality, precision, *_ in groups]
        assert tables.count_dated_many(conn, queries) == [n for *_, n, _ in groups]
    assert any(years > 1 for *_, years in groups)
    kg.close()


def test_an_actors_events_are_found_in_every_year_and_undated(tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write([*world(), _council()])
    with sqlite3.connect(tmp_path / "graph.db") as conn:
        held = {i for (i,) in conn.execute(
            f"SELECT DISTINCT event_id FROM participation WHERE actor_id IN "
            f"({tables.marks(len(GON))})", GON)}
        years = {(s or "")[:4] for (s,) in conn.execute(
            f"SELECT date_start FROM participation WHERE actor_id IN "
            f"({tables.marks(len(GON))})", GON)}
    assert len(years) > 1
    assert {row.event["id"] for row in kg.view().event_rows(GON)} == held
    kg.close()


def test_a_pair_read_with_many_partners_finds_each_partners_events(tmp_path: Path) -> None:
    # (more than four partners are read as an actor's years with its partners kept, not
    # sought pair by pair: the same events either way)
    kg = EmbeddedStore(tmp_path)
    kg.write([*world(), _council()])
    view = kg.view()
    partners = [HALBARAD.id, FARAMIR.id, IMRAHIL.id, ARNOR.id, GONDOR.id, COUNCIL.id]
    for bounds in ({}, {"date_from": "2024-01-01", "date_to": "2024-12-31"}):
        each = {row.event["id"] for partner in partners
                for row in view.event_rows([ARAGORN.id], partners=[partner], **bounds)}
        assert each
        for first, second in (([ARAGORN.id], partners), (partners, [ARAGORN.id])):
            found = [row.event["id"] for row in view.event_rows(first, partners=second,
                                                                 **bounds)]
            assert sorted(found) == sorted(each)
    kg.close()


def test_a_store_of_the_eleventh_schema_opens_with_its_indexes_by_year(tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write([*world(), _council()])
    answers, layout, rows = _answers(kg), _layout(tmp_path), _rows(tmp_path)
    dated = kg.view().event_rows(ARN, date_from="2023-06-01", date_to="2024-12-31")
    kg.close()
    _as_schema_11(tmp_path)
    old = EmbeddedStore(tmp_path)
    assert _answers(old) == answers
    assert old.view().event_rows(ARN, date_from="2023-06-01", date_to="2024-12-31") == dated
    old.close()
    assert _layout(tmp_path) == layout
    assert _rows(tmp_path) == rows
    assert schema_of(tmp_path) == tables.SCHEMA_VERSION


def test_a_store_upgraded_from_the_eleventh_schema_takes_writes_as_a_new_one_does(
        tmp_path: Path) -> None:
    old, new = written_alike(tmp_path, _as_schema_11, [_council()])
    assert _rows(old) == _rows(new)
    assert _layout(old) == _layout(new)
