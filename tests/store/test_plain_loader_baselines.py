"""The bench's plain Neo4j loader (bench/plain.py) keeps, on its own labels, as much of
graphkit's schema as its baseline says: the query node indexes (not the resolution-only
family indexes), and with ``entries`` the query entries and their relationship indexes."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from store.verolia import calls

from graphkit.store.neo4j import Neo4jStore

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from plain import PlainNeo4j  # noqa: E402

pytestmark = pytest.mark.neo4j

PREFIX = "Fairplain"
LABELS = ("Article", "Actor", "Event")


def _indexes(driver: Any) -> list[dict[str, Any]]:
    with driver.session() as session:
        return session.run("SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, "
                           "properties WHERE type <> 'LOOKUP' RETURN *").data()


def _shape(index: dict[str, Any], labels: dict[str, str]) -> tuple[Any, ...] | None:
    """(type, entity, label or type, properties) with the label or type mapped back by
    ``labels``; None when it is not one of ``labels``."""
    (on,) = index["labelsOrTypes"]
    if on not in labels:
        return None
    return index["type"], index["entityType"], labels[on], tuple(index["properties"])


def _graphkit_and_loaders(driver: Any) -> tuple[set[Any], set[Any]]:
    indexes = _indexes(driver)
    graphkit = {label: label for label in LABELS} | {
        "TIMELINE_ENTRY": "TIMELINE_ENTRY", "PAIR_CONTACT": "PAIR_CONTACT"}
    loader = {f"{PREFIX}{label}": label for label in LABELS} | {
        f"{PREFIX.upper()}_TIMELINE_ENTRY": "TIMELINE_ENTRY",
        f"{PREFIX.upper()}_PAIR_CONTACT": "PAIR_CONTACT"}
    return ({s for i in indexes if (s := _shape(i, graphkit))},
            {s for i in indexes if (s := _shape(i, loader))})


@pytest.fixture
def graphkit_schema(neo4j_credentials: dict[str, str], neo4j_clean: Any) -> Iterator[Any]:
    """The test server's driver, graphkit's schema applied (a store opened on it)."""
    with Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                    neo4j_credentials["password"]):
        pass
    yield neo4j_clean


@pytest.fixture
def plain_loader(graphkit_schema: Any) -> Iterator[Callable[[str], PlainNeo4j]]:
    """Makes a loader of a baseline on the test server; drops it (its indexes too) after."""
    made: list[PlainNeo4j] = []

    def make(baseline: str) -> PlainNeo4j:
        made.append(PlainNeo4j(graphkit_schema, label_prefix=PREFIX, baseline=baseline))
        return made[-1]

    yield make
    for loader in made:
        loader.drop()


def test_the_indexed_loader_has_graphkits_query_node_indexes_on_its_labels(
        graphkit_schema: Any, plain_loader: Callable[[str], PlainNeo4j]) -> None:
    plain_loader("indexes")
    graphkit, loaders = _graphkit_and_loaders(graphkit_schema)
    assert loaders == {s for s in graphkit
                       if s[1] == "NODE" and "resolution_key" not in s[3]}
    assert ("FULLTEXT", "NODE", "Actor", ("name", "aliases")) in loaders


def test_the_entries_loader_also_has_the_query_entries_relationship_indexes(
        graphkit_schema: Any, plain_loader: Callable[[str], PlainNeo4j]) -> None:
    plain_loader("entries")
    graphkit, loaders = _graphkit_and_loaders(graphkit_schema)
    assert loaders == {s for s in graphkit if "resolution_key" not in s[3]}
    assert {s[2] for s in loaders if s[1] == "RELATIONSHIP"} == {
        "TIMELINE_ENTRY", "PAIR_CONTACT"}


def test_the_entries_loader_writes_an_entry_per_participant_and_pair(
        graphkit_schema: Any, plain_loader: Callable[[str], PlainNeo4j]) -> None:
    loader = plain_loader("entries")
    loader.write(calls(date(2031, 3, 1), 3))
    with graphkit_schema.session() as session:
        counts = session.run(
            f"MATCH (:{PREFIX}Actor)-[r]->(:{PREFIX}Event) "
            "RETURN type(r) AS type, count(*) AS n").data()
    # (three calls of two participants: two timeline entries and one pair entry each;
    # none under graphkit's own types, which its queries seek by actor id)
    assert {r["type"]: r["n"] for r in counts} == {
        "PARTICIPATED_IN": 6, f"{PREFIX.upper()}_TIMELINE_ENTRY": 6,
        f"{PREFIX.upper()}_PAIR_CONTACT": 3}


def test_dropping_the_loader_drops_its_indexes(graphkit_schema: Any) -> None:
    PlainNeo4j(graphkit_schema, label_prefix=PREFIX, baseline="entries").drop()
    assert not _graphkit_and_loaders(graphkit_schema)[1]
