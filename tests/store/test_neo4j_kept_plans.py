"""The plans a Neo4j write keeps (``CYPHER replan=skip``: made once per server, then used for
every write) must read only what a write asks for, whatever the statistics they were made
with. ``graphkit ingest`` has them made by ``prepare_writes`` on the graph it finds; on a
young graph Neo4j's index samples still say "empty" while thousands of nodes exist, and a
plan made then scanned a whole index on every later write (issue 9: a 200-article write's
reads grew from 72 to 988 ms between 8k and 40k events)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from store.verolia import FAMILY, calls, db_hits

from graphkit.store import neo4j_write
from graphkit.store.neo4j import Neo4jStore
from graphkit.store.neo4j_write import (
    _COUNT_DATED,
    _EVENT_SUMMARIES,
    _FIRST_READ,
    _PLANNING_SAMPLE,
    _STORED_EVENTS,
    _WRITE_STATEMENTS,
    _candidates,
)

pytestmark = pytest.mark.neo4j

# Events of other families, made straight in Cypher (thousands in a moment, so the index
# samples have no time to catch up): what the statistics see of a young graph.
_OTHERS = (
    "UNWIND range($first, $last) AS i "
    "CREATE (e:Event {id: 'other-' + i, type: 'MEET', resolution_key: 'MEET|pair-' + (i % 97), "
    "modality: 'asserted', date: '2030-06-01', date_precision: 'day', "
    "date_start: '2030-06-01', date_end: '2030-06-01'}) "
    "MERGE (a:Actor {id: 'person:other-' + (i % 211)}) "
    "CREATE (a)-[:PARTICIPATED_IN {role: 'participant'}]->(e) "
    "CREATE (e)-[:MENTIONED_IN {date: '2030-06-01', date_precision: 'day'}]->"
    "(:Article {id: 'other-article-' + i})")


@pytest.fixture
def store(neo4j_credentials: dict[str, str], neo4j_clean: Any) -> Iterator[Neo4jStore]:
    with Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                    neo4j_credentials["password"]) as opened:
        yield opened


def _sampled_events(store: Neo4jStore) -> int:
    """How many entries the index samples of event_family_date count."""
    with store._driver.session() as session:
        data = session.run("CALL db.stats.retrieve('GRAPH COUNTS') YIELD data "
                           "RETURN data").single()["data"]
    return next(int(index["totalSize"]) for index in data["indexes"]
                if index.get("labels") == ["Event"]
                and index.get("properties") == ["resolution_key", "date_start"])


def _young_graph(store: Neo4jStore) -> None:
    """The pair's three calls and 2,000 events of other families, with no plan cached and
    the index samples still those of the empty graph."""
    with store._driver.session() as session:
        session.run("CALL db.resampleOutdatedIndexes()").consume()
        deadline = time.monotonic() + 30
        while _sampled_events(store) and time.monotonic() < deadline:
            time.sleep(0.2)
        session.run("CALL db.clearQueryCaches()").consume()
    store.write(calls(date(2031, 5, 1), 3, tag="kept"))
    with store._driver.session() as session:
        session.run(_OTHERS, first=1, last=2000).consume()
        session.run("CALL db.clearQueryCaches()").consume()


_KEPT = neo4j_write._write_statement


def _profiled(query: str) -> str:
    return "PROFILE " + _KEPT(query)


def _db_hits(store: Neo4jStore, query: str, params: dict[str, Any]) -> int:
    """The db hits of ``query`` run with the plan the server keeps for it (the profiled
    text is the one every write of this test ran, so its plan is the kept one)."""
    with store._driver.session() as session:
        result = session.run(_profiled(query), {"params": params})
        result.consume()
        return db_hits(result.consume().profile)


def _window_reads(store: Neo4jStore) -> list[int]:
    windows = _candidates([(FAMILY, "2031-05-02", "2031-05-02")])
    queries = [[FAMILY, "asserted", ["month", "year"], "2031-01-01", "2031-12-31"]]
    return [_db_hits(store, query, {**_PLANNING_SAMPLE, "windows": windows, "ids": [],
                                    "queries": queries, "articles": [], "actors": []})
            for query in (_FIRST_READ, _EVENT_SUMMARIES, _STORED_EVENTS, _COUNT_DATED)]


def test_a_plan_kept_from_a_young_graph_reads_no_more_as_other_history_grows(
        store: Neo4jStore, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every statement runs profiled, so the plan prepare_writes makes is the one measured.
    monkeypatch.setattr(neo4j_write, "_write_statement", _profiled)
    monkeypatch.setattr(neo4j_write, "_PLANNED", set())
    _young_graph(store)
    store.prepare_writes()
    store._planning.join()  # type: ignore[union-attr]  # (every statement planned now)
    before = _window_reads(store)
    with store._driver.session() as session:
        session.run(_OTHERS, first=2001, last=6000).consume()
    assert _window_reads(store) == before


def _scans(plan: Any) -> list[str]:
    here = [f"{plan['operatorType']} {plan.get('args', {}).get('Details', '')}"]
    return [op for op in here if "Scan" in op] + [
        op for child in plan.get("children", []) for op in _scans(child)]


def test_no_statement_of_a_write_plans_a_scan_on_a_young_graph(store: Neo4jStore) -> None:
    _young_graph(store)
    found = {}
    with store._driver.session() as session:
        for query in _WRITE_STATEMENTS:
            params = {n: _PLANNING_SAMPLE.get(n, []) for n in re.findall(r"\$(\w+)", query)}
            result = session.run("EXPLAIN " + _KEPT(query), {"params": params})
            found[" ".join(query.split())[:60]] = _scans(result.consume().plan)
    assert {query: scans for query, scans in found.items() if scans} == {}
