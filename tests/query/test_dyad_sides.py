"""A dyad is two sides: names that resolve to the same actors are an error on every dyad
query, on both stores (the invented world of ``tests/query/world.py``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from query.world import world
from store.opening import open_test_store

from graphkit.api import KnowledgeGraph
from graphkit.errors import QueryError
from graphkit.query import contacts, dyad_events, dyad_summary, first_contact_since
from graphkit.store import Store

DYAD_QUERIES: dict[str, Callable[[Store, str, str], Any]] = {
    "first_contact_since": lambda store, a, b: first_contact_since(store, a, b, "2025-06-01"),
    "contacts": contacts,
    "dyad_summary": dyad_summary,
    "dyad_events": dyad_events,
    "report": lambda store, a, b: KnowledgeGraph(store).report(a, b),
}


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    opened = open_test_store(request, request.param, tmp_path / "kg")
    opened.write(world())
    yield opened
    opened.close()


@pytest.mark.parametrize("query", DYAD_QUERIES)
def test_the_same_name_on_both_sides_is_an_error(store: Store, query: str) -> None:
    with pytest.raises(QueryError, match=r"^both sides of the dyad are 'Elessar' "
                                         r"\(Aragorn Elessar\): name two different"):
        DYAD_QUERIES[query](store, "Elessar", "elessar")


@pytest.mark.parametrize(("a", "b", "named"), [
    ("Elessar", "Aragorn Elessar", "Aragorn Elessar"),
    ("Gondor", "GON", r"Gondor \(GON\)"),
])
def test_two_names_of_the_same_actors_are_an_error(store: Store, a: str, b: str,
                                                   named: str) -> None:
    with pytest.raises(QueryError, match=rf"^'{a}' and '{b}' both name {named}: a dyad needs"):
        contacts(store, a, b)
