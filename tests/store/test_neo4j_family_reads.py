"""What a Neo4j write reads of a family (a type and its participants): the events of the
years its new reports fall in, never the family's whole history (issue 9: a write's cost
must not grow with how often a pair met before)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from store.verolia import FAMILY, calls, db_hits

from graphkit.store.neo4j import Neo4jStore
from graphkit.store.neo4j_write import (
    _COUNT_DATED,
    _EVENT_SUMMARIES,
    _FIRST_READ,
    _STORED_EVENTS,
    _candidates,
    _write_statement,
)

pytestmark = pytest.mark.neo4j

@pytest.fixture
def store(neo4j_credentials: dict[str, str], neo4j_clean: Any) -> Iterator[Neo4jStore]:
    with Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                    neo4j_credentials["password"]) as opened:
        yield opened


def _db_hits(store: Neo4jStore, query: str, params: dict[str, Any]) -> int:
    """The db hits of ``query`` as a write runs it, under PROFILE (rolled back)."""
    with store._driver.session() as session:
        tx = session.begin_transaction()
        try:
            result = tx.run("PROFILE " + _write_statement(query), {"params": params})
            result.consume()
            return db_hits(result.consume().profile)
        finally:
            tx.rollback()


def _reads(store: Neo4jStore) -> tuple[int, int]:
    """The db hits of reading the candidates, and of counting the dated clusters, of a
    2031 window of the family."""
    windows = _candidates([(FAMILY, "2031-05-02", "2031-05-02")])
    summaries = _db_hits(store, _EVENT_SUMMARIES, {"windows": windows, "ids": []})
    counted = _db_hits(store, _COUNT_DATED, {"queries": [
        [FAMILY, "asserted", ["month", "year"], "2031-01-01", "2031-12-31"]]})
    return summaries, counted


def test_a_window_read_costs_the_same_however_long_the_pairs_history(store: Neo4jStore) -> None:
    store.write(calls(date(2031, 5, 1), 3, 1, "now"))
    assert store.counts()["Event"] == 3
    before = _reads(store)
    store.write(calls(date(2012, 1, 2), 120, 7, "past"))  # (two years of weekly calls)
    assert store.counts()["Event"] == 123
    after = _reads(store)
    # (a deeper index may cost a hit or two; reading the history would cost hundreds)
    assert after[0] <= before[0] + 5 and after[1] <= before[1] + 5, (before, after)


def test_the_window_read_still_finds_the_events_of_its_year(store: Neo4jStore) -> None:
    store.write(calls(date(2012, 1, 2), 30, 7, "past") + calls(date(2031, 5, 1), 3, 1, "now"))
    windows = _candidates([(FAMILY, "2031-05-01", "2031-05-03")])
    with store._driver.session() as session:
        found = session.run(_write_statement(_EVENT_SUMMARIES),
                            {"params": {"windows": windows, "ids": []}}).value("s")
    assert sorted(s[0][3] for s in found) == ["2031-05-01", "2031-05-02", "2031-05-03"]


def _index_reads(store: Neo4jStore, query: str) -> list[str]:
    """The index operators of ``query``'s plan as a write runs it, planned afresh."""
    names = {"windows": [[FAMILY, "2031-05-01", "2031-05-03", "2031-01-01", "2031-12-31"]],
             "queries": [[FAMILY, "asserted", ["month"], "2031-01-01", "2031-12-31"]]}

    def operators(plan: Any) -> list[str]:
        here = f"{plan['operatorType']} {plan.get('args', {}).get('Details', '')}"
        return [here] + [op for child in plan.get("children", []) for op in operators(child)]

    with store._driver.session() as session:
        session.run("CALL db.clearQueryCaches()").consume()
        params = {n: names.get(n, []) for n in
                  ("windows", "ids", "queries", "articles", "actors", "event_fields",
                   "mention_fields")}
        result = session.run("EXPLAIN " + _write_statement(query), {"params": params})
        return [op for op in operators(result.consume().plan) if "Index" in op]


@pytest.mark.parametrize("query", [_FIRST_READ, _EVENT_SUMMARIES, _STORED_EVENTS, _COUNT_DATED],
                         ids=["first read", "summaries", "stored events", "dated counts"])
def test_a_write_seeks_its_families_by_index_whatever_the_statistics(
        store: Neo4jStore, query: str) -> None:
    # (a graph whose statistics once made the planner scan: periods and days of one pair)
    store.write(calls(date(2029, 1, 1), 60, 9, "mixed", every_other_a_period=True))
    reads = _index_reads(store, query)
    assert reads
    for read in reads:
        assert "Scan" not in read, read
        assert "UNIQUE" in read or "resolution_key = " in read, read
