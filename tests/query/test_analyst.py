"""The analyst queries (resumed contacts, dyad summaries, ego networks, dyad events) and
country-level refs: the same rows from both stores, and the right rows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from query.analyst_samples import analyst_news
from store.opening import open_test_store

from graphkit import resources
from graphkit.errors import QueryError
from graphkit.query import (
    actor_network,
    contacts,
    dyad_events,
    dyad_summary,
    first_contact_since,
    partner_countries,
    resumed_contacts,
    timeline,
)
from graphkit.reference import ontology as classes_module
from graphkit.store import EmbeddedStore, Store

Call = Callable[[Store], Any]


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    opened = open_test_store(request, request.param, tmp_path / "kg")
    opened.write(analyst_news())
    yield opened
    opened.close()


@pytest.fixture
def both(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """An embedded store and Neo4j holding the same articles."""
    pair = (EmbeddedStore(tmp_path / "kg"), open_test_store(request, "neo4j"))
    for opened in pair:
        opened.write(analyst_news())
    yield pair
    for opened in pair:
        opened.close()


PARITY: dict[str, list[Call]] = {
    "resumed_contacts": [
        lambda s: resumed_contacts(s, 0),
        lambda s: resumed_contacts(s, 365),
        lambda s: resumed_contacts(s, 30, date_from="2025-03-01", date_to="2025-06-30",
                                   level="country"),
        lambda s: resumed_contacts(s, 0, level="country"),
        lambda s: resumed_contacts(s, 365, date_to="2025-06-30", level="country"),
    ],
    "dyad_summary": [
        lambda s: dyad_summary(s, "Russia", "France"),
        lambda s: dyad_summary(s, "RUS", "FRA", by="year"),
        lambda s: dyad_summary(s, "Russia", "USA", modalities=()),
        lambda s: dyad_summary(s, "Putin", "Macron", modalities=["planned"]),
    ],
    "actor_network": [
        lambda s: actor_network(s, "Putin"),
        lambda s: actor_network(s, "Russia", depth=2),
        lambda s: actor_network(s, "Lavrov", depth=3, modalities=()),
        lambda s: actor_network(s, "Lavrov", depth=2, date_from="2025-01-01",
                                date_to="2025-06-30"),
    ],
    "dyad_events": [
        lambda s: dyad_events(s, "Russia", "France"),
        lambda s: dyad_events(s, "Lavrov", "USA", modalities=["asserted"]),
    ],
    "partner_countries": [
        lambda s: partner_countries(s, "Russia"),
        lambda s: partner_countries(s, "Putin", date_from="2025-01-01", modalities=()),
    ],
    "timeline_with": [
        lambda s: timeline(s, "Russia", partner="France"),
        lambda s: timeline(s, "Lavrov", date_from="2025-01-01", partner="USA"),
    ],
    "country_refs": [
        lambda s: contacts(s, "Russia", "FRA"),
        lambda s: first_contact_since(s, "France", "RUS", "2025-07-01"),
    ],
}


@pytest.mark.neo4j
@pytest.mark.parametrize(("name", "variant"),
                         [(name, i) for name, calls in PARITY.items() for i in range(len(calls))])
def test_both_stores_give_the_same_rows(both: tuple[Store, Store], name: str,
                                        variant: int) -> None:
    call = PARITY[name][variant]
    embedded, neo4j = (call(s) for s in both)
    assert embedded == neo4j
    assert embedded  # every variant answers something, so equality is not vacuous


# -- resumed_contacts ---------------------------------------------------------------------

def test_resumed_contacts_finds_calls_after_a_long_silence(store: Store) -> None:
    rows = resumed_contacts(store, 365)
    assert [(r["a_name"], r["b_name"], r["previous_date"], r["date"], r["gap_days"])
            for r in rows] == [
        ("Donald Trump", "Vladimir Putin", "2022-09", "2025-02-12", 895),
        ("Emmanuel Macron", "Vladimir Putin", "2022-09-11", "2025-07-01", 1024)]
    assert rows[1]["article_id"] == "f2-2025-resumed" and rows[1]["type"] == "CALL"


def test_resumed_contacts_range_bounds_the_resumption_not_the_silence(store: Store) -> None:
    rows = resumed_contacts(store, 365, date_from="2025-03-01")
    assert [(r["a_name"], r["previous_date"]) for r in rows] == [
        ("Emmanuel Macron", "2022-09-11")]
    assert resumed_contacts(store, 1025) == []


def test_resumed_contacts_at_country_level_joins_officials(store: Store) -> None:
    rows = resumed_contacts(store, 365, level="country")
    # the ministers' meeting (2025-06) is the first Russia-France contact since 2022-09-11
    assert [(r["a"], r["b"], r["date"], r["gap_days"]) for r in rows] == [
        ("RUS", "USA", "2025-02-12", 895), ("FRA", "RUS", "2025-06", 994)]


def test_resumed_contacts_rejects_bad_parameters(store: Store) -> None:
    with pytest.raises(QueryError, match="min_gap_days"):
        resumed_contacts(store, -1)
    with pytest.raises(QueryError, match="unknown level 'region'"):
        resumed_contacts(store, 30, level="region")


# -- dyad_summary -------------------------------------------------------------------------

def test_dyad_summary_counts_types_per_month_with_the_balance(store: Store) -> None:
    rows = dyad_summary(store, "Russia", "France")
    assert [(r["period"], r["events"], r["balance"]) for r in rows] == [
        ("2022-09", 1, 1), ("2025-06", 1, 1), ("2025-07", 4, 0)]
    july = rows[-1]
    assert july["counts"] == [{"type": "ACCUSE", "count": 1}, {"type": "CALL", "count": 1},
                              {"type": "EXPEL", "count": 1}, {"type": "STATEMENT", "count": 1}]
    assert (july["verbal_cooperation"], july["material_cooperation"], july["verbal_conflict"],
            july["material_conflict"]) == (2, 0, 1, 1)


def test_dyad_summary_by_year_keeps_undated_events_last(store: Store) -> None:
    rows = dyad_summary(store, "Russia", "USA", by="year", modalities=())
    assert [r["period"] for r in rows] == ["2022", "2024", "2025", None]
    assert rows[-1]["counts"] == [{"type": "MEET", "count": 2}]  # Lavrov-Rubio, the planned one
    assert rows[1]["material_conflict"] == 1 and rows[1]["balance"] == -1  # the sanctions


def test_dyad_summary_keeps_a_year_precise_event_in_its_year(store: Store) -> None:
    rows = dyad_summary(store, "Russia", "European Union")
    assert [(r["period"], r["counts"]) for r in rows] == [("2023", [{"type": "MEET", "count": 1}])]


def test_dyad_summary_rejects_an_unknown_period(store: Store) -> None:
    with pytest.raises(QueryError, match="unknown period 'week'"):
        dyad_summary(store, "Russia", "France", by="week")


def test_quad_classes_come_from_event_types_yaml(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "event_types.yaml").write_text(
        "types:\n  CALL: {quad_class: verbal conflict}\n  OTHER: {}\n", encoding="utf-8")
    monkeypatch.setenv(resources.SCHEMA_ENV, str(tmp_path / "schema"))
    classes_module.quad_classes.cache_clear()
    try:
        rows = dyad_summary(store, "Putin", "Macron")
    finally:
        monkeypatch.undo()
        classes_module.quad_classes.cache_clear()
    # CALLs are conflict now; STATEMENT is in no class of this file
    assert [(r["period"], r["verbal_conflict"], r["balance"]) for r in rows] == [
        ("2022-09", 1, -1), ("2025-07", 1, -1)]


# -- actor_network ------------------------------------------------------------------------

def test_actor_network_lists_partners_busiest_first(store: Store) -> None:
    rows = actor_network(store, "Putin")
    assert [(r["target_name"], r["events"], r["types"]) for r in rows] == [
        ("Emmanuel Macron", 3, [{"type": "CALL", "count": 2}, {"type": "STATEMENT", "count": 1}]),
        ("Donald Trump", 2, [{"type": "CALL", "count": 2}])]  # planned meetings left out
    assert (rows[0]["first_date"], rows[0]["last_date"]) == ("2022-09-11", "2025-07-01")
    assert {r["depth"] for r in rows} == {1}


def test_actor_network_of_a_country_counts_conflict(store: Store) -> None:
    rows = actor_network(store, "Russia")
    france = next(r for r in rows if r["target_id"] == "country:FRA")
    assert (france["source_id"], france["cooperation"], france["conflict"]) == (
        "country:RUS", 0, 2)
    assert all(r["target_country"] != "RUS" for r in rows)


def test_actor_network_reaches_partners_of_partners(store: Store) -> None:
    # with every modality, Trump (the negated meeting) is Lavrov's partner, Putin Trump's...
    rows = actor_network(store, "Lavrov", depth=3, modalities=())
    assert [(r["depth"], r["source_name"], r["target_name"]) for r in rows] == [
        (1, "Sergey Lavrov", "Marco Rubio"), (1, "Sergey Lavrov", "Donald Trump"),
        (1, "Sergey Lavrov", "Jean-Noel Barrot"), (2, "Donald Trump", "Vladimir Putin"),
        (3, "Vladimir Putin", "Emmanuel Macron")]


def test_actor_network_lists_no_pair_within_a_layer(store: Store) -> None:
    # Barrot met Rubio, but both are Lavrov's partners already (layer 1)
    rows = actor_network(store, "Lavrov", depth=2)
    assert [(r["depth"], r["target_name"]) for r in rows] == [
        (1, "Marco Rubio"), (1, "Jean-Noel Barrot")]


def test_actor_network_date_range_and_depth_bounds(store: Store) -> None:
    rows = actor_network(store, "Macron", depth=2, date_from="2025-01-01")
    assert [(r["depth"], r["target_name"], r["events"]) for r in rows] == [
        (1, "Vladimir Putin", 2), (2, "Donald Trump", 1)]  # 2022: out of range
    rows = actor_network(store, "Macron", depth=2, date_to="2025-01-31")
    assert [(r["depth"], r["target_name"], r["events"]) for r in rows] == [
        (1, "Vladimir Putin", 1), (2, "Donald Trump", 1)]  # the 2022-09 call overlaps
    with pytest.raises(QueryError, match="depth must be 1 to 3"):
        actor_network(store, "Macron", depth=4)


# -- dyad_events and country-level refs ---------------------------------------------------

def test_dyad_events_list_every_type_with_its_source(store: Store) -> None:
    rows = dyad_events(store, "Russia", "France")
    assert [r["type"] for r in rows] == ["CALL", "MEET", "EXPEL", "STATEMENT", "ACCUSE", "CALL",
                                         "MEET"]
    assert rows[0]["articles"] == [{"id": "f1-2022-call", "title": "Macron calls Putin",
                                    "outlet": "Wire FR", "url": "https://example.fr/f1",
                                    "published": "2022-09-11"}]


def test_dyad_events_cite_every_article_of_a_resolved_event(store: Store) -> None:
    # bulk-000 and bulk-001 report calls a day apart: one event, two articles, oldest first
    rows = dyad_events(store, "Lavrov", "Rubio", modalities=["asserted"])
    assert [[a["id"] for a in r["articles"]] for r in rows if len(r["articles"]) > 1] in (
        [["bulk-000", "bulk-001"]], [])  # [] when the stores do not resolve across articles


@pytest.mark.parametrize(("a", "b"), [("Russia", "France"), ("RUS", "FRA"), ("russia", "fra")])
def test_country_refs_mean_any_official_of_the_country(store: Store, a: str, b: str) -> None:
    rows = contacts(store, a, b)
    assert [(r["date"], r["modality"]) for r in rows] == [
        ("2022-09-11", "asserted"), ("2025-06", "asserted"), ("2025-07-01", "asserted"),
        (None, "planned")]
    found = first_contact_since(store, b, a, "2025-07-01")
    assert found is not None and (found.date, found.gap_days) == ("2025-06", 30)
    assert "Lavrov met Barrot" in found.evidence
