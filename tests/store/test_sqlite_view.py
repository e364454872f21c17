"""The embedded store's indexed reads give exactly what a walk of the subgraph gives.

``SqliteView.event_rows`` answers contacts and timelines from the ``participation`` and
``dyad`` tables; :meth:`GraphView.event_rows` (the base class) answers the same question by
walking the subgraph :meth:`around` fetches. They must agree for every filter, including
events longer than a year, after writes that merge reports into stored events.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from query.world import ARAGORN, ARN, FARAMIR, GON, HALBARAD, world
from store.samples import event
from store.upgrades import dyads_both_ways

from graphkit.model import Article, EventDate, Extraction
from graphkit.store import EmbeddedStore, tables
from graphkit.store.view import GraphView


def _long_silence() -> Extraction:
    """"Their first call in years": an implied prior contact dated by a 30-month window."""
    article = Article(id="v1-years", outlet="River Post", published=date(2024, 2, 1),
                      title="A call after years", url="https://example.org/v1",
                      text="Aragorn and Faramir spoke, their first call in years.")
    return Extraction(article, (event(
        article, 0, "CALL", (ARAGORN, "participant"), (FARAMIR, "participant"),
        date_=EventDate.interval(date(2019, 1, 1), date(2021, 6, 30), "in years", "since"),
        modality="implied_prior"),))


def _again() -> Extraction:
    """The first world call reported again by another outlet (merged into the stored one)."""
    article = Article(id="v2-again", outlet="Hill Herald", published=date(2023, 3, 8),
                      title="The kings spoke", url="https://example.org/v2",
                      text="Aragorn and Faramir spoke by phone on Monday.")
    return Extraction(article, (event(
        article, 0, "CALL", (ARAGORN, "participant"), (FARAMIR, "participant"),
        date_=EventDate("2023-03-06", "day", "on Monday", "weekday")),))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    kg = EmbeddedStore(tmp_path_factory.mktemp("view"))
    kg.write(world())
    kg.write([_long_silence()])
    kg.write([_again()])
    return kg


FILTERS = [
    {},
    {"types": ["CALL", "MEET"]},
    {"modalities": ["asserted"]},
    {"date_from": "2024-01-01", "date_to": "2024-12-31"},
    {"date_from": "2020-06-01"},  # only the 30-month window starts years before this
    {"date_to": "2023-06-16"},
    {"date_from": "2025-01-01", "types": ["MEET"], "modalities": ["asserted"]},
    {"limit": 2, "offset": 1},
    {"sources": ["graphkit"], "limit": 3},
    {"sources": ["gdelt"]},
    {"date_from": "2023-01-01", "offset": 2},
    {"newest_first": True},
    {"before": "2024-03-01", "newest_first": True, "limit": 1},
    {"before": "2023-03-06", "types": ["CALL", "MEET"], "date_from": "2019-06-01"},
]


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize(("actors", "partners"), [
    ([ARAGORN.id], [FARAMIR.id]), ([FARAMIR.id], [ARAGORN.id]), (ARN, GON), (GON, ARN),
    ([*ARN, FARAMIR.id], GON), ([HALBARAD.id], None), (GON, None)])
def test_indexed_event_rows_are_the_rows_a_subgraph_walk_gives(
        store: EmbeddedStore, actors: list[str], partners: list[str] | None,
        filters: dict) -> None:
    view = store.view()
    indexed = view.event_rows(actors, partners=partners, participants=True, **filters)
    walked = GraphView.event_rows(view, actors, partners=partners, participants=True,
                                  **filters)
    assert indexed == walked
    assert indexed or filters  # every actor set has events when nothing is filtered


def test_an_event_longer_than_a_year_is_found_by_a_range_it_overlaps(
        store: EmbeddedStore) -> None:
    rows = store.view().event_rows([ARAGORN.id], partners=[FARAMIR.id],
                                   date_from="2021-01-01", date_to="2021-12-31")
    assert [r.event["date_precision"] for r in rows] == ["interval"]


def test_a_report_merged_into_a_stored_event_keeps_its_dyad_rows(
        store: EmbeddedStore) -> None:
    rows = store.view().event_rows([FARAMIR.id], partners=[ARAGORN.id],
                                   date_from="2023-03-06", date_to="2023-03-06")
    assert len(rows) == 1 and rows[0].article_id == "w1-first-call"


def _dyads(path: Path) -> list[tuple]:
    with sqlite3.connect(path / "graph.db") as conn:
        return conn.execute("SELECT * FROM dyad ORDER BY actor_id, other_id, event_id"
                            ).fetchall()


def test_a_store_of_the_first_schema_gets_its_dyad_rows_on_first_open(tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write(world())
    kg.close()
    written = _dyads(tmp_path)
    with sqlite3.connect(tmp_path / "graph.db") as conn:
        conn.execute("DROP TABLE dyad")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    EmbeddedStore(tmp_path).counts()
    assert written and _dyads(tmp_path) == written
    with sqlite3.connect(tmp_path / "graph.db") as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (
            tables.SCHEMA_VERSION,)


def test_a_store_of_the_second_schema_gets_its_report_spans_on_first_open(
        tmp_path: Path) -> None:
    EmbeddedStore(tmp_path).write(world())

    def spans() -> list[tuple]:
        with sqlite3.connect(tmp_path / "graph.db") as conn:
            return conn.execute("SELECT * FROM report_span ORDER BY event_id, first").fetchall()

    written = spans()
    with sqlite3.connect(tmp_path / "graph.db") as conn:
        conn.execute("DROP TABLE report_span")
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")
    EmbeddedStore(tmp_path).counts()
    assert written and spans() == written


def test_a_store_of_the_third_schema_gets_its_covering_participation_index_on_first_open(
        tmp_path: Path) -> None:
    EmbeddedStore(tmp_path).write(world())

    def indexes() -> set[str]:
        with sqlite3.connect(tmp_path / "graph.db") as conn:
            return {name for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE tbl_name = 'participation' "
                "AND type = 'index'")}

    with sqlite3.connect(tmp_path / "graph.db") as conn:
        conn.execute("DROP INDEX participation_span")
        conn.execute("CREATE INDEX participation_date ON participation(actor_id, date_start)")
        conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema'")
    before = EmbeddedStore(tmp_path).view().event_rows([ARAGORN.id], date_from="2023-01-01")
    assert "participation_span" in indexes() and "participation_date" not in indexes()
    assert before and before == GraphView.event_rows(
        EmbeddedStore(tmp_path).view(), [ARAGORN.id], date_from="2023-01-01")


def _call_reported(key: str, published: date) -> Extraction:
    """The same call of Aragorn and Faramir on 2024-04-29, reported by article ``key``."""
    article = Article(id=key, outlet=f"Outlet {key}", published=published, title="A call",
                      url=f"https://example.org/{key}", text="Aragorn and Faramir spoke.")
    return Extraction(article, (event(
        article, 0, "CALL", (ARAGORN, "participant"), (FARAMIR, "participant"),
        date_=EventDate("2024-04-29", "day", "on Monday", "weekday")),))


def test_a_row_names_the_earliest_article_even_one_written_later(tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write([_call_reported("late", date(2024, 5, 2))])
    kg.write([_call_reported("early", date(2024, 4, 30))])
    rows = kg.view().event_rows([ARAGORN.id], partners=[FARAMIR.id])
    assert [row.article_id for row in rows] == ["early"]
    assert rows == GraphView.event_rows(kg.view(), [ARAGORN.id], partners=[FARAMIR.id])


def test_a_store_of_the_fourth_schema_gets_each_events_first_article_on_first_open(
        tmp_path: Path) -> None:
    EmbeddedStore(tmp_path).write(world())
    with sqlite3.connect(tmp_path / "graph.db") as conn:
        conn.execute("ALTER TABLE node DROP COLUMN first_article")
        conn.execute("UPDATE meta SET value = '4' WHERE key = 'schema'")
    view = EmbeddedStore(tmp_path).view()
    rows = view.event_rows(GON)
    assert any(row.article_id for row in rows)
    assert rows == GraphView.event_rows(view, GON)


def test_opening_a_current_store_writes_nothing_so_a_writer_does_not_block_it(
        tmp_path: Path) -> None:
    EmbeddedStore(tmp_path).write(world())
    writer = sqlite3.connect(tmp_path / "graph.db", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        reader = EmbeddedStore(tmp_path, lock_timeout=0.05)
        assert reader.counts()["Event"] > 0
        reader.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def _summary_key(summary) -> tuple:
    # (the fields a summary is read for, as Neo4jStore's summaries hold them too)
    fields = ("id", "resolution_key", "modality", "date", "date_precision")
    return ({k: summary.props[k] for k in fields if summary.props.get(k) is not None},
            sorted(map(repr, summary.mentions)), sorted(map(repr, summary.refers)),
            summary.n_rels, summary.foreign)


def test_a_write_reads_summaries_equal_to_those_of_the_whole_events(
        store: EmbeddedStore) -> None:
    from graphkit.store import embedded_write
    from graphkit.store.planner import EventSummary

    conn = store.conn
    families = [f for (f,) in conn.execute(
        "SELECT DISTINCT resolution_key FROM node WHERE resolution_key IS NOT NULL")]
    windows = [(f, "2000-01-01", "2030-12-31") for f in families]
    ids = [i for (i,) in conn.execute("SELECT id FROM node WHERE label = 'Event'")]
    whole = [EventSummary.of(e) for e in embedded_write._stored_events(conn, windows, ids)]
    read = embedded_write._event_summaries(conn, windows, ids)
    assert len(whole) > 10
    assert [_summary_key(s) for s in read] == [_summary_key(s) for s in whole]


# participation, dyad and the label index as schema 5 kept them: keyed by actor, each with
# an index by event beside it
_SCHEMA_5 = """
CREATE TABLE participation (
    actor_id TEXT NOT NULL, event_id TEXT NOT NULL, role TEXT NOT NULL,
    type TEXT, modality TEXT, date_start TEXT, date_end TEXT,
    PRIMARY KEY (actor_id, event_id, role));
CREATE INDEX participation_span ON participation(
    actor_id, date_start, date_end, type, modality, event_id);
CREATE INDEX participation_event ON participation(event_id);
CREATE INDEX participation_long ON participation(actor_id, date_start)
    WHERE date_end > date(date_start, '+366 days');
CREATE TABLE dyad (
    actor_id TEXT NOT NULL, other_id TEXT NOT NULL, event_id TEXT NOT NULL,
    type TEXT, modality TEXT, date_start TEXT, date_end TEXT,
    PRIMARY KEY (actor_id, other_id, event_id)) WITHOUT ROWID;
CREATE INDEX dyad_date ON dyad(actor_id, other_id, date_start, type, modality);
CREATE INDEX dyad_long ON dyad(actor_id, other_id, date_start)
    WHERE date_end > date(date_start, '+366 days');
CREATE INDEX dyad_event ON dyad(event_id);
CREATE TRIGGER participation_gone AFTER DELETE ON participation
    BEGIN DELETE FROM dyad WHERE event_id = old.event_id; END;
CREATE INDEX node_label ON node(label, id);
"""


_PARTICIPATION = "actor_id, event_id, role, type, modality, date_start, date_end"


def _as_schema_5(path: Path) -> None:
    """Turn the store at ``path`` into one of schema 5, its rows kept."""
    with sqlite3.connect(path / "graph.db") as conn:
        conn.execute("DROP TRIGGER participation_gone")
        conn.execute("DROP INDEX node_by_label")
        for table in ("participation", "dyad"):
            conn.execute(f"ALTER TABLE {table} RENAME TO {table}_new")
            conn.execute(f"DROP INDEX IF EXISTS {table}_span")
            conn.execute(f"DROP INDEX IF EXISTS {table}_date")
            conn.execute(f"DROP INDEX {table}_long")
        conn.executescript(_SCHEMA_5)
        conn.execute(f"INSERT INTO participation SELECT {_PARTICIPATION} FROM participation_new")
        dyads_both_ways(conn, "dyad_new")
        for table in ("participation", "dyad"):
            conn.execute(f"DROP TABLE {table}_new")
        conn.execute("UPDATE meta SET value = '5' WHERE key = 'schema'")


def _layout(path: Path) -> dict[str, str]:
    with sqlite3.connect(path / "graph.db") as conn:
        return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"))


def _rows(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path / "graph.db") as conn:
        return {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall())
                for table in ("participation", "dyad")}


def test_a_store_of_the_fifth_schema_is_keyed_by_event_on_first_open_and_answers_the_same(
        tmp_path: Path) -> None:
    current = tmp_path / "current"
    kg = EmbeddedStore(current)
    kg.write(world())
    answers = [kg.view().event_rows(GON, participants=True),
               kg.view().event_rows([ARAGORN.id], partners=[FARAMIR.id])]
    kg.close()
    layout, rows = _layout(current), _rows(current)
    _as_schema_5(current)
    assert "participation_event" in _layout(current)
    old = EmbeddedStore(current)
    assert [old.view().event_rows(GON, participants=True),
            old.view().event_rows([ARAGORN.id], partners=[FARAMIR.id])] == answers
    assert _layout(current) == layout and _rows(current) == rows
    with sqlite3.connect(current / "graph.db") as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (
            tables.SCHEMA_VERSION,)


def test_a_migrated_store_takes_writes_as_a_new_one_does(tmp_path: Path) -> None:
    EmbeddedStore(tmp_path / "old").write(world())
    _as_schema_5(tmp_path / "old")
    EmbeddedStore(tmp_path / "new").write(world())
    for name in ("old", "new"):
        kg = EmbeddedStore(tmp_path / name)
        kg.write([_long_silence(), _again()])
        kg.write([_again()])  # (again: nothing changes)
        kg.close()
    assert _rows(tmp_path / "old") == _rows(tmp_path / "new")


def _pages_written(kg: EmbeddedStore, batch: list[Extraction]) -> int:
    """The pages ``kg.write(batch)`` adds to the write-ahead log (checkpointed before)."""
    kg.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    kg.write(batch)
    wal = kg.file.with_name(kg.file.name + "-wal")
    frames = (wal.stat().st_size - 32) // (kg.conn.execute("PRAGMA page_size").fetchone()[0]
                                           + 24)
    return max(frames, 0)


def test_a_write_touches_only_what_it_changes(tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write(world())
    assert _pages_written(kg, world()) == 0  # (all stored already)
    # one new event: its node, relationships and index entries, each B-tree a page
    assert 0 < _pages_written(kg, [_long_silence()]) <= 20


def test_no_statement_of_a_write_reads_a_whole_label(tmp_path: Path) -> None:
    """A write looks its nodes up by id: were the planner to read them through
    ``node_by_label`` instead, a write would read every event of a large store."""
    kg = EmbeddedStore(tmp_path)
    kg.write(world())
    statements: list[str] = []
    kg.conn.set_trace_callback(statements.append)
    kg.write([_long_silence(), _again()])
    kg.conn.set_trace_callback(None)
    plans = {s: kg.conn.execute(f"EXPLAIN QUERY PLAN {s}").fetchall() for s in statements
             if s.lstrip().startswith(("SELECT", "UPDATE", "DELETE", "INSERT", "WITH"))}
    assert plans
    assert not [s for s, plan in plans.items() if any("node_by_label" in p[-1] for p in plan)]


def _as_schema_6(path: Path) -> None:
    """Turn the store at ``path`` into one of schema 6: its PARTICIPATED_IN relationships
    in ``edge`` as well as in ``participation``."""
    with sqlite3.connect(path / "graph.db") as conn:
        conn.execute("INSERT INTO edge(source, target, key, type, props, seq) SELECT actor_id, "
                     "event_id, 'PARTICIPATED_IN:' || role, 'PARTICIPATED_IN', "
                     "json_object('role', role), (SELECT rowid FROM node WHERE id = actor_id) "
                     "FROM participation")
        conn.execute("UPDATE meta SET value = '6' WHERE key = 'schema'")


def _graph(kg: EmbeddedStore) -> tuple[list, list]:
    graph = kg.to_networkx()
    return list(graph.nodes(data=True)), list(graph.edges(keys=True, data=True))


def _participations_in_edge(path: Path) -> int:
    with sqlite3.connect(path / "graph.db") as conn:
        return conn.execute("SELECT count(*) FROM edge WHERE type = 'PARTICIPATED_IN'"
                            ).fetchone()[0]


def test_a_store_of_the_sixth_schema_keeps_participations_in_one_table_and_reads_the_same(
        tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write(world())
    graph, rows = _graph(kg), _rows(tmp_path)
    kg.close()
    _as_schema_6(tmp_path)
    assert _participations_in_edge(tmp_path) > 0
    old = EmbeddedStore(tmp_path)
    assert _graph(old) == graph and _rows(tmp_path) == rows
    assert _participations_in_edge(tmp_path) == 0
    with sqlite3.connect(tmp_path / "graph.db") as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (
            tables.SCHEMA_VERSION,)


def test_a_sixth_schema_participation_missing_from_its_table_is_kept_on_upgrade(
        tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write(world())
    graph, rows = _graph(kg), _rows(tmp_path)
    kg.close()
    _as_schema_6(tmp_path)
    with sqlite3.connect(tmp_path / "graph.db") as conn:  # (its dyad rows go by the trigger)
        conn.execute("DELETE FROM participation WHERE actor_id = ?", (ARAGORN.id,))
    assert _graph(EmbeddedStore(tmp_path)) == graph and _rows(tmp_path) == rows


def test_a_store_upgraded_from_the_sixth_schema_takes_writes_as_a_new_one_does(
        tmp_path: Path) -> None:
    EmbeddedStore(tmp_path / "old").write(world())
    _as_schema_6(tmp_path / "old")
    EmbeddedStore(tmp_path / "new").write(world())
    graphs = []
    for name in ("old", "new"):
        kg = EmbeddedStore(tmp_path / name)
        kg.write([_long_silence(), _again()])
        kg.write([_again()])  # (again: nothing changes)
        graphs.append(_graph(kg))
        kg.close()
    assert _rows(tmp_path / "old") == _rows(tmp_path / "new") and graphs[0] == graphs[1]
