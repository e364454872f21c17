"""A named query called by names on Neo4j: the names are looked up in the query's own read
(one round trip, not two), and the answer is always the one of the names' resolved ids
(issue 9: ``first_contact_since`` by name p95 <= 10 ms; most of a call was round trips)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from store.samples import event

from graphkit.model import Actor, Article, EventDate, Extraction
from graphkit.query import (
    actor_network,
    contacts,
    dyad_events,
    dyad_summary,
    first_contact_since,
    named,
    refs,
    resolve_ref,
    timeline,
)
from graphkit.query.named import NAMED
from graphkit.store.neo4j import Neo4jStore
from graphkit.store.neo4j_lookup import FOUND

pytestmark = pytest.mark.neo4j

ILSE = Actor(id="person:ilse-varn", name="Ilse Varn", kind="person", country="VRL")
# (another entry of a person whose name, accents folded, is the same)
ILSE_ACCENTED = Actor(id="person:ilse-varn-2", name="Ílse Várn", kind="person", country="VRL")
TOMAS = Actor(id="person:tomas-oberg", name="Tomas Oberg", kind="person", country="TAL",
              aliases=("Tom Oberg",))
BRENNA = Actor(id="person:brenna-hollis", name="Brenna Hollis", kind="person", country="TAL")


def _calls(pairs: list[tuple[Actor, Actor]]) -> list[Extraction]:
    """One article a call, a week apart, of each pair in turn."""
    out = []
    for i, (a, b) in enumerate(pairs):
        day = date(2023, 1, 2) + timedelta(days=7 * i)
        text = f"{a.name} spoke with {b.name} by telephone."
        article = Article(id=f"vrl-call-{i}", outlet="Verolia Courier", url=None,
                          title=f"Call {i}", published=day, source=f"call{i}.txt", text=text)
        when = EventDate(day.isoformat(), "day", None, "explicit")
        out.append(Extraction(article, (event(article, 0, "CALL", (a, "participant"),
                                              (b, "participant"), date_=when),)))
    return out


@pytest.fixture
def store(neo4j_credentials: dict[str, str], neo4j_clean: Any) -> Iterator[Neo4jStore]:
    with Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                    neo4j_credentials["password"]) as opened:
        opened.write(_calls([(ILSE, TOMAS), (TOMAS, BRENNA), (ILSE_ACCENTED, TOMAS),
                             (ILSE, BRENNA), (ILSE, TOMAS)]))
        yield opened


def _reads(store: Neo4jStore, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The statements the store's reads send from now on (nothing kept of names before)."""
    sent: list[str] = []
    read = store._auto_read

    def spy(query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        sent.append(query)
        return read(query, params)

    monkeypatch.setattr(store, "_auto_read", spy)
    refs._known.pop(store, None)
    return sent


def test_a_call_by_two_names_not_looked_up_before_is_one_read(
        store: Neo4jStore, monkeypatch: pytest.MonkeyPatch) -> None:
    sent = _reads(store, monkeypatch)
    found = first_contact_since(store, "Tomas Oberg", "Brenna Hollis", "2024-01-01")
    assert found is not None and found.date == "2023-01-09"
    assert len(sent) == 1


CALLS: dict[str, Callable[[Neo4jStore, str, str], Any]] = {
    "first_contact_since": lambda s, a, b: first_contact_since(s, a, b, "2023-12-31"),
    "contacts": lambda s, a, b: contacts(s, a, b),
    "contacts_page": lambda s, a, b: contacts(s, a, b, limit=1, offset=1),
    "dyad_events": lambda s, a, b: dyad_events(s, a, b),
    "dyad_summary": lambda s, a, b: dyad_summary(s, a, b),
    "timeline": lambda s, a, _: timeline(s, a, "2023-01-01", "2023-12-31"),
    "actor_network": lambda s, a, _: actor_network(s, a),
}


@pytest.mark.parametrize("name", sorted(CALLS))
@pytest.mark.parametrize("texts", [("Ilse Varn", "Tom Oberg"), ("Varn", "Hollis"),
                                   ("person:tomas-oberg", "Brenna Hollis"), ("VRL", "TAL")])
def test_a_call_by_names_answers_as_a_call_by_their_resolved_refs(
        store: Neo4jStore, monkeypatch: pytest.MonkeyPatch, name: str,
        texts: tuple[str, str]) -> None:
    # (names the guess gets right, and names it gets wrong: an accented entry, countries)
    given = CALLS[name](store, *(resolve_ref(store, t) for t in texts))
    sent = _reads(store, monkeypatch)
    assert CALLS[name](store, *texts) == given
    assert FOUND in sent[0]  # (the names were looked up with the query)


def test_a_misguessed_name_runs_the_query_again_with_its_resolved_ids(
        store: Neo4jStore, monkeypatch: pytest.MonkeyPatch) -> None:
    # "Ilse Varn" also names the accented entry, which the guess (lower-cased names) misses
    sent = _reads(store, monkeypatch)
    rows = contacts(store, "Ilse Varn", "Tomas Oberg")
    assert [r["date"] for r in rows] == ["2023-01-02", "2023-01-16", "2023-01-30"]
    assert len(sent) == 2 and FOUND in sent[0] and FOUND not in sent[1]


def test_a_query_given_placeholder_ids_it_cannot_take_runs_on_the_resolved_refs(
        store: Neo4jStore, monkeypatch: pytest.MonkeyPatch) -> None:
    query = named("contacts")

    def both_sides(a: refs.ActorRef, b: refs.ActorRef) -> list[dict[str, Any]]:
        # (ids not passed as they came: the look-up's guess cannot stand in for them)
        return store.run_named(query, {"a_ids": [*a.ids, "person:nobody"],
                                       "b_ids": list(b.ids), "modalities": []})

    sent = _reads(store, monkeypatch)
    rows = refs.call_with_refs(store, ("Tomas Oberg", "Brenna Hollis"), both_sides)
    assert [r["date"] for r in rows] == ["2023-01-09"]
    assert all(FOUND not in s for s in sent)


@pytest.mark.parametrize("name", sorted(NAMED))
def test_the_columns_read_from_a_query_are_the_servers(store: Neo4jStore, name: str) -> None:
    from graphkit.store.neo4j_lookup import return_columns

    query = named(name)
    with store._driver.session() as session:
        keys = session.run("EXPLAIN " + query.cypher, query.bind(
            dict.fromkeys(query.params))).keys()
    assert return_columns(query.cypher) == list(keys)


QUERIED: dict[str, dict[str, Any]] = {
    "contacts": {"a_ids": [ILSE.id, ILSE_ACCENTED.id], "b_ids": [TOMAS.id], "modalities": []},
    "timeline": {"x_ids": [TOMAS.id], "date_from": None, "date_to": None, "types": [],
                 "sources": []},
    "dyad_events": {"a_ids": [ILSE.id], "b_ids": [TOMAS.id, BRENNA.id], "modalities": []},
    "first_contact_since": {"a_ids": [BRENNA.id], "b_ids": [TOMAS.id, ILSE.id],
                            "on": "2023-12-31"},
    "first_contact_since_none": {"a_ids": [BRENNA.id], "b_ids": [TOMAS.id],
                                 "on": "2022-12-31"},
}


@pytest.mark.parametrize("case", sorted(QUERIED))
def test_a_named_querys_rows_are_read_in_one_record_in_the_querys_order(
        store: Neo4jStore, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    query = named(case.removesuffix("_none"))
    params = query.bind(QUERIED[case])
    with store._driver.session() as session:
        alone = session.run(query.cypher, params).data()
    sent = _reads(store, monkeypatch)
    records: list[int] = []
    read = store._auto_read
    monkeypatch.setattr(store, "_auto_read",
                        lambda q, p: (rows := read(q, p), records.append(len(rows)))[0])
    assert store.run_named(query, params) == alone
    assert len(sent) == 1 and records == [1]
