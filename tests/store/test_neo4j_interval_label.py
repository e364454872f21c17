"""Interval events carry a second label in Neo4j (``neo4j_index.INTERVAL_LABEL``): the index
the write's interval reads seek holds only them, so the other events pay no entry of it.
A store written before gets the label on open; ``reindex`` makes it right after ad-hoc
Cypher changes an event's precision."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from store.verolia import FAMILY, calls

from graphkit.store.neo4j import Neo4jStore
from graphkit.store.neo4j_write import _EVENT_SUMMARIES, _candidates, _write_statement

pytestmark = pytest.mark.neo4j

LABEL = "IntervalEvent"


def _creds(neo4j_credentials: dict[str, str]) -> tuple[str, str, str]:
    return (neo4j_credentials["uri"], neo4j_credentials["user"], neo4j_credentials["password"])


@pytest.fixture
def store(neo4j_credentials: dict[str, str], neo4j_clean: Any) -> Iterator[Neo4jStore]:
    with Neo4jStore(*_creds(neo4j_credentials)) as opened:
        yield opened


def _precisions_by_label(store: Neo4jStore) -> dict[str, list[str]]:
    rows = store.run_cypher(f"MATCH (e:Event) RETURN e.date_precision AS p, e:{LABEL} AS l")
    out: dict[str, list[str]] = {"labelled": [], "not": []}
    for row in rows:
        out["labelled" if row["l"] else "not"].append(row["p"])
    return out


def _indexes(store: Neo4jStore) -> set[str]:
    return {r["name"] for r in store.run_cypher("SHOW INDEXES YIELD name", write=True)}


def _found_in_window(store: Neo4jStore, first: str, last: str) -> list[str]:
    """The precisions of the events a write's window read finds for ``first``-``last``."""
    with store._driver.session() as session:
        found = session.run(_write_statement(_EVENT_SUMMARIES), {"params": {
            "windows": _candidates([(FAMILY, first, last)]), "ids": []}}).value("s")
    return sorted(s[0][4] for s in found)


def test_a_write_labels_its_interval_events_and_only_them(store: Neo4jStore) -> None:
    store.write(calls(date(2033, 3, 1), 6, 2, "mixed", every_other_a_period=True))
    held = _precisions_by_label(store)
    assert held["labelled"] == ["interval"] * 3
    assert held["not"] == ["day"] * 3


def test_opening_a_store_written_before_labels_its_interval_events(
        neo4j_credentials: dict[str, str], neo4j_clean: Any) -> None:
    with Neo4jStore(*_creds(neo4j_credentials)) as old:
        old.write(calls(date(2033, 3, 1), 6, 2, "mixed", every_other_a_period=True))
        # (the store as an earlier schema left it: no label, every event in one index)
        old.run_cypher(f"MATCH (e:{LABEL}) REMOVE e:{LABEL}", write=True)
        old.run_cypher("DROP INDEX event_interval_end IF EXISTS", write=True)
        old.run_cypher("CREATE INDEX event_family_interval IF NOT EXISTS FOR (n:Event) "
                       "ON (n.resolution_key, n.date_precision, n.date_end)", write=True)
        old.run_cypher("CALL db.awaitIndexes(60)", write=True)
        assert _precisions_by_label(old)["labelled"] == []
        graph = old.to_networkx()
    with Neo4jStore(*_creds(neo4j_credentials)) as reopened:
        assert _precisions_by_label(reopened)["labelled"] == ["interval"] * 3
        indexes = _indexes(reopened)
        assert "event_interval_end" in indexes and "event_family_interval" not in indexes
        # (a period that began in March runs through the autumn: the interval read finds it)
        assert _found_in_window(reopened, "2033-10-01", "2033-10-01") == ["interval"] * 3
        reopened.write(calls(date(2033, 3, 1), 6, 2, "mixed", every_other_a_period=True))
        assert (sorted(reopened.to_networkx().edges(keys=True, data=True))
                == sorted(graph.edges(keys=True, data=True)))


def test_reindex_moves_the_label_with_an_events_precision(store: Neo4jStore) -> None:
    store.write(calls(date(2033, 3, 1), 2, 2, "mixed", every_other_a_period=True))
    day, interval = sorted(store.run_cypher(
        "MATCH (e:Event) RETURN e.id AS id, e.date_precision AS p ORDER BY p"),
        key=lambda r: r["p"])
    store.run_cypher("MATCH (e:Event {id: $a}) SET e.date_precision = 'interval', "
                     "e.date_end = '2033-12-31' "
                     "WITH 1 AS x MATCH (e:Event {id: $b}) SET e.date_precision = 'day'",
                     {"a": day["id"], "b": interval["id"]}, write=True)
    store.reindex([day["id"], interval["id"]])
    labelled = store.run_cypher(f"MATCH (e:{LABEL}) RETURN e.id AS id")
    assert [r["id"] for r in labelled] == [day["id"]]
