"""The bench's plain SQLite loader (bench/plain.py ``PlainSqlite``) keeps, for each baseline,
what it claims: ``ids`` its two keyed tables alone; ``indexes`` also the indexes and name
table graphkit's embedded queries find actors and events by; ``entries`` also graphkit's
per-actor and per-pair date-ordered entries, written from its own unresolved rows."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from store.verolia import ORSINO, QUELLA, calls

from graphkit.store import tables
from graphkit.store.embedded_reads import _matching

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from plain import (  # noqa: E402
    SQLITE_ENTRIES,
    SQLITE_OWN,
    SQLITE_QUERY_INDEXES,
    SQLITE_RESOLUTION_ONLY,
    PlainSqlite,
    sqlite_schema_name,
)

# (four calls ten days apart, written newest batch first: the entries order them by date)
FIRST = date(2031, 3, 1)
DAYS = ["2031-03-01", "2031-03-11", "2031-03-21", "2031-03-31"]


@pytest.fixture
def loader(tmp_path: Path) -> Iterator[Callable[[str], PlainSqlite]]:
    """Makes a loader of a baseline that has written the four calls in two batches."""
    made: list[PlainSqlite] = []

    def make(baseline: str) -> PlainSqlite:
        made.append(PlainSqlite(tmp_path / baseline, baseline))
        four = calls(FIRST, 4, step_days=10)
        made[-1].write(four[2:])
        made[-1].write(four[:2])
        return made[-1]

    yield make
    for each in made:
        each.close()


def _names(conn: sqlite3.Connection) -> set[str]:
    return {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex_%'")}


def _bare(statement: str) -> str:
    """A CREATE statement as ``sqlite_master`` keeps it: no comment, no IF NOT EXISTS."""
    lines = [line for line in statement.splitlines() if not line.lstrip().startswith("--")]
    return " ".join(" ".join(lines).replace(" IF NOT EXISTS", "").rstrip(";").split())


def _plan(conn: sqlite3.Connection, sql: str, args: list[object]) -> str:
    return " | ".join(row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", args))


def _years(conn: sqlite3.Connection) -> Callable[[str, str | None, str | None], list[str]]:
    return lambda table, low, high: tables.years(conn, table, low, high)


def test_every_statement_of_graphkits_embedded_schema_is_kept_or_said_why_not() -> None:
    # (a table or index graphkit adds must be put in a baseline or named resolution's)
    schema = {sqlite_schema_name(s) for s in tables.statements(tables.SCHEMA)}
    named = [*SQLITE_OWN, *SQLITE_QUERY_INDEXES, *SQLITE_ENTRIES, *SQLITE_RESOLUTION_ONLY]
    assert sorted(named) == sorted(schema)


def test_the_ids_loader_keeps_its_two_keyed_tables_and_no_index(
        loader: Callable[[str], PlainSqlite]) -> None:
    conn = loader("ids").conn
    assert _names(conn) == {"node", "edge"}
    with pytest.raises(sqlite3.OperationalError, match="no such table: dyad"):
        conn.execute("SELECT event_id FROM dyad").fetchall()


def test_the_indexed_loader_keeps_graphkits_query_indexes_and_not_resolutions(
        loader: Callable[[str], PlainSqlite]) -> None:
    conn = loader("indexes").conn
    kept = {name: sql for name, sql in conn.execute("SELECT name, sql FROM sqlite_master")}
    assert _names(conn) == {"node", "edge", *SQLITE_QUERY_INDEXES, "plain_event_date"}
    graphkit = {sqlite_schema_name(s): _bare(s) for s in tables.statements(tables.SCHEMA)}
    for name in ("node_by_label", "node_actor_country", "edge_target", "actor_name_actor"):
        assert _bare(kept[name]) == graphkit[name]  # (graphkit's own statement)


def test_the_indexed_loader_finds_invented_actors_by_surname_and_country(
        loader: Callable[[str], PlainSqlite]) -> None:
    conn = loader("indexes").conn
    found = tables.find_actors(conn, [], ["vantor"], ["TAL"])  # (graphkit's own look-up)
    assert [a["id"] for a in found] == sorted([QUELLA.id, ORSINO.id])
    assert "actor_name" in _plan(conn, "SELECT actor_id FROM actor_name WHERE norm IN (?)",
                                 ["vantor"])


def test_the_indexed_loader_reads_a_date_range_of_events_by_index(
        loader: Callable[[str], PlainSqlite]) -> None:
    conn = loader("indexes").conn
    sql = ("SELECT date_start FROM node WHERE label = 'Event' AND date_start BETWEEN ? AND ? "
           "ORDER BY date_start")
    args = ["2031-03-05", "2031-03-25"]
    assert [d for (d,) in conn.execute(sql, args)] == DAYS[1:3]
    assert "INDEX plain_event_date (label=? AND date_start>?" in _plan(conn, sql, args)


def test_the_entries_loader_gives_an_invented_pairs_contacts_in_date_order(
        loader: Callable[[str], PlainSqlite]) -> None:
    conn = loader("entries").conn
    # (plain SQL on the pair's entries: each pair once, its ids in order)
    pair = sorted([QUELLA.id, ORSINO.id])
    assert [d for (d,) in conn.execute(
        "SELECT date_start FROM dyad WHERE actor_id = ? AND other_id = ? ORDER BY date_start",
        pair)] == DAYS
    # (graphkit's own dyad read, by its index: the last contact before a day, newest first)
    sql, args = _matching(_years(conn), [QUELLA.id], [ORSINO.id], ["CALL"], [], None, None,
                          before="2031-03-25")
    newest = f"SELECT date_start FROM ({sql}) ORDER BY date_start DESC"
    assert [d for (d,) in conn.execute(newest, args)] == DAYS[2::-1]
    assert "USING COVERING INDEX dyad_date" in _plan(conn, sql, args)


def test_the_entries_loader_gives_an_invented_actors_timeline_by_its_entries(
        loader: Callable[[str], PlainSqlite]) -> None:
    conn = loader("entries").conn
    sql, args = _matching(_years(conn), [QUELLA.id], None, [], [], "2031-03-10", "2031-03-30")
    assert sorted(d for _, d in conn.execute(sql, args)) == DAYS[1:3]
    assert "USING COVERING INDEX participation_span" in _plan(conn, sql, args)


def test_the_entries_loader_keeps_each_participation_once_as_an_entry(
        loader: Callable[[str], PlainSqlite]) -> None:
    ids, entries = loader("ids").conn, loader("entries").conn
    kinds = "SELECT type, count(*) FROM edge GROUP BY type"
    assert dict(entries.execute(kinds)) == {
        k: n for k, n in ids.execute(kinds) if k != "PARTICIPATED_IN"}
    assert sorted(entries.execute("SELECT actor_id, event_id, role FROM participation")) == \
        sorted(ids.execute("SELECT source, target, json_extract(props, '$.role') FROM edge "
                           "WHERE type = 'PARTICIPATED_IN'"))


@pytest.mark.parametrize("baseline", ["indexes", "entries"])
def test_loading_the_same_batch_again_changes_no_row(
        loader: Callable[[str], PlainSqlite], baseline: str) -> None:
    plain = loader(baseline)
    names = [n for n in ("node", "edge", "actor_name", "participation", "dyad")
             if n in _names(plain.conn)]

    def rows() -> dict[str, list[tuple[object, ...]]]:
        return {n: sorted(plain.conn.execute(f"SELECT * FROM {n}"), key=repr) for n in names}

    before = rows()
    plain.write(calls(FIRST, 4, step_days=10))
    assert rows() == before
