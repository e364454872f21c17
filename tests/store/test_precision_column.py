"""An event's date precision is a ``node`` column, which ``node_family_dated`` indexes (schema
14; until then the index read it from the event's JSON, parsed again for every event a
write added), and the indexes of events longer than a year test ``date_end > date_start``
before SQLite's ``date()``. A store of schema 13 gets both on first open, with the same
rows and answers, and takes writes as a new one does."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from query.world import ARAGORN, FARAMIR, IMRAHIL, world
from store.samples import event
from store.upgrades import answers as _answers
from store.upgrades import council as _council
from store.upgrades import layout as _layout
from store.upgrades import schema_of, written_alike

from graphkit.model import Article, EventDate, Extraction
from graphkit.store import EmbeddedStore, tables

# the three indexes as schema 13 kept them (the node table had no date_precision column)
_INDEXES_13 = """
CREATE INDEX node_family_dated ON node(
    substr(coalesce(date_start, ''), 1, 4), resolution_key, modality,
    json_extract(props, '$.date_precision'), date_start) WHERE resolution_key IS NOT NULL;
CREATE INDEX participation_long ON participation(actor_id, date_start)
    WHERE date_end > date(date_start, '+366 days');
CREATE INDEX dyad_long ON dyad(actor_id, other_id, date_start)
    WHERE date_end > date(date_start, '+366 days');
"""
_LONG = "date_end > date(date_start, '+366 days')"


def _as_schema_13(path: Path) -> None:
    """Turn the store at ``path`` into one of schema 13: no precision column, its index
    reading the JSON, the long-event indexes testing ``date()`` alone."""
    with sqlite3.connect(path / "graph.db") as conn:
        for name in ("node_family_dated", "participation_long", "dyad_long"):
            conn.execute(f"DROP INDEX {name}")
        conn.execute("ALTER TABLE node DROP COLUMN date_precision")
        conn.executescript(_INDEXES_13)
        conn.execute("UPDATE meta SET value = '13' WHERE key = 'schema'")


def _rows(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows (sorted), and what the period and long-event indexes hold."""
    with sqlite3.connect(path / "graph.db") as conn:
        out = {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
               for table in ("node", "edge", "participation", "report_span", "actor_name")}
        out["dyad"] = sorted(conn.execute(f"SELECT {tables.DYAD_COLUMNS} FROM dyad"), key=repr)
        out["node_family_dated"] = conn.execute(
            "SELECT resolution_key, modality, date_precision, date_start FROM node "
            "INDEXED BY node_family_dated WHERE resolution_key IS NOT NULL").fetchall()
        for table in ("participation", "dyad"):
            out[f"{table}_long"] = conn.execute(
                f"SELECT actor_id, date_start, event_id FROM {table} INDEXED BY {table}_long "
                f"WHERE {tables.LONG}").fetchall()
    return out


def _talks() -> Extraction:
    """Talks of Aragorn, Faramir and Imrahil held over three years: an event longer than a
    year."""
    article = Article(id="k-talks", outlet="Outlet talks", published=date(2024, 6, 1),
                      title="Three years of talks", url="https://example.org/k-talks",
                      text="Aragorn, Faramir and Imrahil held talks for three years.")
    return Extraction(article, (event(
        article, 0, "MEET", (ARAGORN, "participant"), (FARAMIR, "participant"),
        (IMRAHIL, "participant"),
        date_=EventDate.interval(date(2021, 5, 1), date(2024, 5, 31), "for three years",
                                 "since")),))


def _written(tmp_path: Path) -> EmbeddedStore:
    kg = EmbeddedStore(tmp_path)
    kg.write([*world(), _council(), _talks()])
    return kg


def test_an_events_date_precision_is_the_column_its_period_index_reads(
        tmp_path: Path) -> None:
    kg = _written(tmp_path)
    conn = kg.conn
    rows = conn.execute("SELECT label, date_precision, json_extract(props, '$.date_precision') "
                        "FROM node").fetchall()
    assert {label for label, _, _ in rows} == {"Actor", "Article", "Event"}
    assert {p for label, p, _ in rows if label == "Event"} >= {"day", "month", "year"}
    for label, column, in_props in rows:
        assert column == (in_props if label == "Event" else None)
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = "
                          "'node_family_dated'").fetchone()
    assert "json_extract" not in sql
    # (the period counts of the write: each as counting the events' own properties)
    for family, modality, precision, start in conn.execute(
            "SELECT resolution_key, modality, date_precision, date_start FROM node "
            "WHERE label = 'Event' AND date_start IS NOT NULL").fetchall():
        (expected,) = conn.execute(
            "SELECT count(*) FROM node NOT INDEXED WHERE label = 'Event' AND resolution_key = ? "
            "AND modality = ? AND json_extract(props, '$.date_precision') = ? AND date_start "
            "BETWEEN ? AND ?", (family, modality, precision, start[:4] + "-01-01",
                                start[:4] + "-12-31")).fetchone()
        assert tables.count_dated(conn, family, modality, [precision], start[:4] + "-01-01",
                                  start[:4] + "-12-31") == expected
    kg.close()


def test_the_long_event_indexes_hold_exactly_the_events_longer_than_a_year(
        tmp_path: Path) -> None:
    kg = _written(tmp_path)
    for table in ("participation", "dyad"):
        indexed = kg.conn.execute(f"SELECT event_id FROM {table} INDEXED BY {table}_long "
                                  f"WHERE {tables.LONG}").fetchall()
        longer = kg.conn.execute(f"SELECT event_id FROM {table} NOT INDEXED "
                                 f"WHERE {_LONG}").fetchall()
        assert indexed and sorted(indexed) == sorted(longer)
        (sql,) = kg.conn.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                 (f"{table}_long",)).fetchone()
        assert "date_end > date_start AND" in sql
    kg.close()


def test_a_store_of_the_thirteenth_schema_opens_with_the_precision_column(
        tmp_path: Path) -> None:
    kg = _written(tmp_path)
    answers, layout, rows = _answers(kg), _layout(tmp_path), _rows(tmp_path)
    kg.close()
    _as_schema_13(tmp_path)
    assert schema_of(tmp_path) == "13"
    old = EmbeddedStore(tmp_path)
    assert _answers(old) == answers
    old.close()
    assert _layout(tmp_path) == layout
    assert _rows(tmp_path) == rows
    assert schema_of(tmp_path) == tables.SCHEMA_VERSION == "14"
    with sqlite3.connect(tmp_path / "graph.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_store_upgraded_from_the_thirteenth_schema_takes_writes_as_a_new_one_does(
        tmp_path: Path) -> None:
    old, new = written_alike(tmp_path, _as_schema_13, [_council("k2"), _talks()])
    assert _rows(old) == _rows(new)
    assert _layout(old) == _layout(new)
