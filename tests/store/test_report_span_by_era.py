"""``report_span`` keyed by reach, then era (the month a span of a day starts, the year of
a month's, 0 for longer ones), then family and days (schema 13): a write's spans,
news of a few days, go to the pages of their month; a window reads each era its range may
hold. A store of schema 12 (keyed by family first) gets it on first open, with the same
rows and answers, and takes writes as a new one does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from query.world import world
from store.upgrades import answers as _answers
from store.upgrades import council as _council
from store.upgrades import layout as _layout
from store.upgrades import schema_of, written_alike

from graphkit.store import EmbeddedStore, tables

# report_span and its index as schema 12 kept them
_SCHEMA_12 = """
CREATE TABLE report_span (
    family TEXT NOT NULL, reach INTEGER NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL,
    event_id TEXT NOT NULL, seq INTEGER NOT NULL,
    PRIMARY KEY (family, reach, first, last, event_id)) WITHOUT ROWID;
CREATE INDEX report_span_seq ON report_span(seq);
"""
_COLUMNS = "family, reach, first, last, event_id, seq"


def _as_schema_12(path: Path) -> None:
    """Turn the store at ``path`` into one of schema 12, its report spans kept."""
    with sqlite3.connect(path / "graph.db") as conn:
        conn.execute("ALTER TABLE report_span RENAME TO report_span_new")
        conn.execute("DROP INDEX report_span_seq")
        conn.executescript(_SCHEMA_12)
        conn.execute(f"INSERT INTO report_span({_COLUMNS}) SELECT {_COLUMNS} "
                     "FROM report_span_new")
        conn.execute("DROP TABLE report_span_new")
        conn.execute("UPDATE meta SET value = '12' WHERE key = 'schema'")


def _spans(path: Path) -> list[tuple]:
    with sqlite3.connect(path / "graph.db") as conn:
        return sorted(conn.execute(f"SELECT {_COLUMNS} FROM report_span").fetchall())


def _written(tmp_path: Path) -> EmbeddedStore:
    kg = EmbeddedStore(tmp_path)
    kg.write([*world(), _council()])
    return kg


def _assert_keyed_by_era(path: Path) -> None:
    """The store's report spans are in key order by reach, then era: the month of a day's
    first day, the year of a month's, 0 for a longer span."""
    with sqlite3.connect(path / "graph.db") as conn:
        rows = conn.execute("SELECT reach, era, first FROM report_span "
                            "INDEXED BY sqlite_autoindex_report_span_1").fetchall()
    for reach, era, first in rows:
        year, month = int(first[:4]), int(first[5:7])
        assert era == {0: year * 12 + month - 1, 1: year}.get(reach, 0)
    assert [row[:2] for row in rows] == sorted(row[:2] for row in rows)
    assert {reach for reach, _, _ in rows} >= {0, 1, 2}
    assert len({era for reach, era, _ in rows if reach == 0}) > 1
    assert len({era for reach, era, _ in rows if reach == 1}) > 1


def test_report_spans_sort_by_reach_then_the_month_or_year_they_start(
        tmp_path: Path) -> None:
    _written(tmp_path).close()
    _assert_keyed_by_era(tmp_path)


def test_a_window_finds_the_spans_meeting_it_in_every_era_it_covers(tmp_path: Path) -> None:
    # (windows across a month's end, over several years, and over every day: the events
    # whose spans meet them, as a look at every span finds them)
    kg = _written(tmp_path)
    conn = kg.conn
    spans = conn.execute("SELECT family, first, last, event_id FROM report_span").fetchall()
    for first, last in (("2023-05-31", "2023-06-01"), ("2023-02-27", "2023-03-08"),
                        ("2022-11-30", "2025-06-30"), ("0001-01-01", "9999-12-31"),
                        ("2025-12-31", "2026-01-01")):
        for family in sorted({row[0] for row in spans}):
            found = tables.events_with_reports_within(conn, [(family, first, last)])
            assert sorted(found) == sorted({e for f, a, b, e in spans if f == family
                                            and a <= last and b >= first})
            assert len(found) == len(set(found))
    kg.close()


def test_a_store_of_the_twelfth_schema_opens_with_its_report_spans_by_era(
        tmp_path: Path) -> None:
    kg = _written(tmp_path)
    answers, layout, spans = _answers(kg), _layout(tmp_path), _spans(tmp_path)
    kg.close()
    _as_schema_12(tmp_path)
    old = EmbeddedStore(tmp_path)
    assert _answers(old) == answers
    old.close()
    assert _layout(tmp_path) == layout
    assert _spans(tmp_path) == spans
    assert schema_of(tmp_path) == tables.SCHEMA_VERSION
    _assert_keyed_by_era(tmp_path)
    with sqlite3.connect(tmp_path / "graph.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_store_upgraded_from_the_twelfth_schema_takes_writes_as_a_new_one_does(
        tmp_path: Path) -> None:
    old, new = written_alike(tmp_path, _as_schema_12, [_council()])
    assert _spans(old) == _spans(new)
    assert _layout(old) == _layout(new)
    _assert_keyed_by_era(old)
