"""The Neo4j store's query indexes (graphkit.store.neo4j_index): kept right by every write,
built for a store written without them, and giving the embedded store's answers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from store.samples import event, more_news, news

from graphkit.graph import PARTICIPATED_IN
from graphkit.model import CONTACT_TYPES, Actor, Article, EventDate, Extraction
from graphkit.query import named
from graphkit.store import EmbeddedStore, Store
from graphkit.store.neo4j_index import INDEXES, PAIR_CONTACT, TIMELINE_ENTRY

pytestmark = pytest.mark.neo4j

ARNOR = Actor(id="country:ARN", name="Arnor", kind="country", country="ARN")
ARVEDUI = Actor(id="person:arvedui", name="Arvedui", kind="person", country="ARN")
ONDOHER = Actor(id="person:ondoher", name="Ondoher", kind="person", country="GON")
# (an id holding the keys' separators, and one that begins another's)
ODD = Actor(id="person:a|b:1", name="Odd Name", kind="person", country="GON")
ODDER = Actor(id="person:a|b:10", name="Odder Name", kind="person", country="GON")


def _article(n: int, text: str, published: date | None) -> Article:
    return Article(id=f"gondor-{n}", outlet="Gondor Gazette", url=None, title=f"Dispatch {n}",
                   published=published, source=f"g{n}.html", text=text)


def chronicle() -> list[Extraction]:
    """Contacts of invented leaders over years: days, a month, a year, an interval, an
    undated one, and participants whose ids hold the keys' separators."""
    text = "Arvedui met Ondoher. They spoke again. Envoys talked for years. Odd met Odder."
    dated = [
        (EventDate("2019-03-04", "day", None, "explicit"), "MEET"),
        (EventDate("2019-11", "month", None, "month"), "CALL"),
        (EventDate("2020", "year", None, "year"), "MEET"),
        (EventDate.interval(date(2017, 5, 1), date(2021, 2, 1)), "MEET"),
        (EventDate(), "CALL"),
        (EventDate("2020-06-30", "day", None, "explicit"), "CALL"),
    ]
    out = []
    for n, (when, type_) in enumerate(dated):
        article = _article(n, text, date(2021, 3, 1))
        events = (
            event(article, 0, type_, (ARVEDUI, "participant"), (ONDOHER, "participant"),
                  (ARNOR, "participant"), date_=when),
            event(article, 60, "MEET", (ODD, "participant"), (ODDER, "participant"),
                  date_=when),
        )
        out.append(Extraction(article, events))
    return out


def _prefix(actor_id: str) -> str:
    return f"{len(actor_id)}:{actor_id}|"


def expected_entries(graph: nx.MultiDiGraph) -> set[tuple[str, str, str, str | None]]:
    """The index entries the graph calls for, computed here in Python:
    (type, actor id, event id, key, span_key)."""
    out = set()
    participants: dict[str, set[str]] = {}
    for actor, event_id, data in graph.edges(data=True):
        if data["type"] == PARTICIPATED_IN:
            participants.setdefault(event_id, set()).add(actor)
    for event_id, actors in participants.items():
        e = graph.nodes[event_id]
        at = f"{e.get('date_start') or '~'}|{event_id}"
        start, end = e.get("date_start"), e.get("date_end")
        span = (None if start is None or end is None or end <= start
                else {"month": "M", "year": "Y"}.get(e.get("date_precision"), "L"))
        for actor in actors:
            span_key = None if span is None else _prefix(actor) + span + at
            out.add((TIMELINE_ENTRY, actor, event_id, _prefix(actor) + at, span_key))
        if e.get("type") in CONTACT_TYPES:
            for a in actors:
                for b in actors:
                    if a < b:
                        out.add((PAIR_CONTACT, a, event_id, _prefix(a) + _prefix(b) + at, None))
    return out


def stored_entries(store: Store) -> set[tuple[str, str, str, str | None]]:
    rows = store.run_cypher(
        f"MATCH (a:Actor)-[r:{TIMELINE_ENTRY}|{PAIR_CONTACT}]->(e:Event) "
        "RETURN type(r) AS type, a.id AS a, e.id AS e, r.key AS key, r.span_key AS span")
    found = [(r["type"], r["a"], r["e"], r["key"], r["span"]) for r in rows]
    assert len(found) == len(set(found)), "an entry is there twice"
    return set(found)


@pytest.fixture
def neo4j_store(neo4j_credentials: dict[str, str], neo4j_clean: Any) -> Iterator[Store]:
    from graphkit.store.neo4j import Neo4jStore

    with Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                    neo4j_credentials["password"], batch_size=2) as store:
        yield store


def _assert_entries_match_the_graph(store: Store) -> None:
    assert stored_entries(store) == expected_entries(store.to_networkx())


def test_entries_follow_the_graph_through_writes_one_by_one(neo4j_store: Store) -> None:
    for extraction in [*news(), *chronicle(), *more_news(5)]:
        neo4j_store.write([extraction])
        _assert_entries_match_the_graph(neo4j_store)
    assert stored_entries(neo4j_store)


def _call_report(n: int, when: EventDate) -> Extraction:
    article = _article(100 + n, "Arvedui and Ondoher spoke by phone.", date(2019, 11, 20))
    return Extraction(article, (event(article, 0, "CALL", (ARVEDUI, "participant"),
                                      (ONDOHER, "participant"), date_=when),))


@pytest.mark.parametrize("day_first", [False, True])
def test_a_merge_that_redates_an_event_moves_its_entries(neo4j_store: Store,
                                                         day_first: bool) -> None:
    # a month report and a day report of one call: resolution merges them into one event
    # dated by the day, rewriting or deleting the event written first
    month = _call_report(0, EventDate("2019-11", "month", None, "month"))
    day = _call_report(1, EventDate("2019-11-05", "day", None, "explicit"))
    first, second = (day, month) if day_first else (month, day)
    neo4j_store.write([first])
    _assert_entries_match_the_graph(neo4j_store)
    neo4j_store.write([second])
    _assert_entries_match_the_graph(neo4j_store)
    keys = {key for kind, _, _, key, _ in stored_entries(neo4j_store) if kind == PAIR_CONTACT}
    assert len(keys) == 1 and "|2019-11-05|" in keys.pop()


def test_rewriting_the_same_articles_leaves_the_entries(neo4j_store: Store) -> None:
    neo4j_store.write([*news(), *chronicle()])
    before = stored_entries(neo4j_store)
    neo4j_store.write([*news(), *chronicle()])
    assert stored_entries(neo4j_store) == before
    _assert_entries_match_the_graph(neo4j_store)


def test_a_store_written_without_the_index_gets_it_on_open(
        neo4j_credentials: dict[str, str], neo4j_store: Store, tmp_path: Path) -> None:
    from graphkit.store import neo4j_index
    from graphkit.store.neo4j import Neo4jStore

    neo4j_store.write([*news(), *chronicle()])
    graph = neo4j_store.to_networkx()
    neo4j_store.run_cypher(f"MATCH ()-[r:{TIMELINE_ENTRY}|{PAIR_CONTACT}]->() DELETE r",
                           write=True)
    for name in INDEXES:
        neo4j_store.run_cypher(f"DROP INDEX {name}", write=True)
    assert stored_entries(neo4j_store) == set()

    build_batch = neo4j_index.BUILD_BATCH
    neo4j_index.BUILD_BATCH = 3  # (several batches)
    try:
        reopened = Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                              neo4j_credentials["password"])
    finally:
        neo4j_index.BUILD_BATCH = build_batch
    with reopened:
        assert stored_entries(reopened) == expected_entries(graph)
        assert (sorted(reopened.to_networkx().edges(keys=True, data=True))
                == sorted(graph.edges(keys=True, data=True)))
        names = {r["name"] for r in reopened.run_cypher("SHOW INDEXES YIELD name, state "
                                                        "WHERE state = 'ONLINE'", write=True)}
        assert set(INDEXES) <= names
        embedded = EmbeddedStore(tmp_path / "kg")
        embedded.write([*news(), *chronicle()])
        params = {"a_ids": [ARVEDUI.id], "b_ids": [ONDOHER.id], "modalities": []}
        assert (reopened.run_named(named("contacts"), params)
                == embedded.run_named(named("contacts"), params))


def _redate_by_cypher(store: Store, event_id: str, day: str) -> None:
    store.run_cypher("MATCH (e:Event {id: $id}) SET e.date = $day, e.date_start = $day, "
                     "e.date_end = $day, e.date_precision = 'day'",
                     {"id": event_id, "day": day}, write=True)


def _first_event(store: Store) -> str:
    return sorted(n for n, label in store.to_networkx().nodes(data="label")
                  if label == "Event")[0]


def test_reindexing_an_event_edited_by_cypher_moves_its_entries(neo4j_store: Store) -> None:
    neo4j_store.write([*news(), *chronicle()])
    event_id = _first_event(neo4j_store)
    _redate_by_cypher(neo4j_store, event_id, "2001-01-02")
    assert stored_entries(neo4j_store) != expected_entries(neo4j_store.to_networkx())
    assert neo4j_store.reindex([event_id, "no-such-event"]) == 1
    _assert_entries_match_the_graph(neo4j_store)


def test_reindexing_every_event_mends_entries_of_all(neo4j_store: Store) -> None:
    from graphkit.store import neo4j_index

    neo4j_store.write([*news(), *chronicle()])
    events = sorted(n for n, label in neo4j_store.to_networkx().nodes(data="label")
                    if label == "Event")
    for n, event_id in enumerate(events[:3]):
        _redate_by_cypher(neo4j_store, event_id, f"200{n}-01-02")
    build_batch = neo4j_index.BUILD_BATCH
    neo4j_index.BUILD_BATCH = 2  # (several batches)
    try:
        assert neo4j_store.reindex() == len(events)
    finally:
        neo4j_index.BUILD_BATCH = build_batch
    _assert_entries_match_the_graph(neo4j_store)


def test_cli_reindex_mends_an_event_edited_by_cypher_write(
        neo4j_credentials: dict[str, str], neo4j_store: Store) -> None:
    from click.testing import CliRunner

    from graphkit.cli import main

    neo4j_store.write([*news(), *chronicle()])
    event_id = _first_event(neo4j_store)
    store_args = ["--neo4j", neo4j_credentials["uri"]]
    env = {"NEO4J_USERNAME": neo4j_credentials["user"],
           "NEO4J_PASSWORD": neo4j_credentials["password"]}
    edited = CliRunner().invoke(main, [
        "cypher", "MATCH (e:Event {id: $id}) SET e.date_start = '2001-01-02'",
        "-p", f"id={event_id}", "--write", *store_args], env=env)
    assert edited.exit_code == 0, edited.output
    assert "graphkit reindex --event ID" in edited.output
    mended = CliRunner().invoke(main, ["reindex", "--event", event_id, *store_args], env=env)
    assert mended.exit_code == 0, mended.output
    assert "Reindexed 1 events." in mended.output
    _assert_entries_match_the_graph(neo4j_store)


@pytest.fixture(scope="module")
def both(neo4j_credentials: dict[str, str], neo4j_driver: Any,
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Store]]:
    """The same articles in the embedded store and in Neo4j."""
    from graphkit.store.neo4j import Neo4jStore

    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    embedded = EmbeddedStore(tmp_path_factory.mktemp("kg") / "kg")
    neo4j = Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                       neo4j_credentials["password"], batch_size=3)
    extractions = [*news(), *more_news(12), *chronicle()]
    embedded.write(extractions)
    neo4j.write(extractions)
    yield embedded, neo4j
    neo4j.close()
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")


class TestParity:
    """The named queries read from the indexes give the embedded store's rows."""

    @pytest.mark.parametrize(("name", "params"), [
        ("first_contact_since", {"a_ids": [ARVEDUI.id], "b_ids": [ONDOHER.id],
                                 "on": "2020-07-01"}),
        ("first_contact_since", {"a_ids": [ARVEDUI.id], "b_ids": [ONDOHER.id],
                                 "on": "2020-06-30"}),
        ("first_contact_since", {"a_ids": [ARVEDUI.id, ONDOHER.id],
                                 "b_ids": [ONDOHER.id, ARNOR.id], "on": "2019-12-01"}),
        ("first_contact_since", {"a_ids": [ODDER.id], "b_ids": [ODD.id], "on": "2030-01-01"}),
        ("first_contact_since", {"a_ids": [ODD.id], "b_ids": [ARVEDUI.id], "on": "2030-01-01"}),
        ("contacts", {"a_ids": [ARNOR.id], "b_ids": [ONDOHER.id, ARVEDUI.id],
                      "modalities": []}),
        ("contacts", {"a_ids": [ODD.id], "b_ids": [ODDER.id], "modalities": [],
                      "limit": 2, "offset": 1}),
        ("contacts", {"a_ids": [ODD.id, ODDER.id], "b_ids": [ODD.id], "modalities": [],
                      "limit": 3}),
        ("timeline", {"x_ids": [ARVEDUI.id], "date_from": None, "date_to": None,
                      "types": []}),
        ("timeline", {"x_ids": [ARVEDUI.id], "date_from": "2020-01-15",
                      "date_to": "2020-06-30", "types": []}),
        ("timeline", {"x_ids": [ARVEDUI.id], "date_from": "2019-11-20",
                      "date_to": None, "types": [], "limit": 2}),
        ("timeline", {"x_ids": [ARVEDUI.id, ODD.id], "date_from": None,
                      "date_to": "2019-12-31", "types": ["MEET"]}),
        ("timeline", {"x_ids": [ARNOR.id, ODDER.id], "date_from": "2020-12-31",
                      "date_to": "2021-12-31", "types": [], "limit": 3, "offset": 1}),
        ("timeline", {"x_ids": ["country:RUS"], "date_from": "2022-09-20",
                      "date_to": "2023-06-01", "types": []}),
        ("timeline", {"x_ids": [ARVEDUI.id], "date_from": "2021-03-01",
                      "date_to": "2020-01-01", "types": []}),
    ])
    def test_same_rows_as_the_embedded_store(self, both: tuple[Store, Store], name: str,
                                             params: dict[str, Any]) -> None:
        embedded, neo4j = both
        expected = embedded.run_named(named(name), params)
        assert neo4j.run_named(named(name), params) == expected
        # (no rows only where none is due: two actors who never met, a range ending
        # before it begins)
        assert expected or ODD.id in params.get("a_ids", ()) and name != "contacts" or (
            params.get("date_from") == "2021-03-01")
