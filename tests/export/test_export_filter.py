"""filter_graph keeps the matching events with their actors and articles."""

from __future__ import annotations

from datetime import date

import pytest

from graphkit.export import filter_graph
from graphkit.graph import ACTOR, ARTICLE, EVENT


def _events(graph) -> list[tuple[str, str | None]]:
    return sorted((d["type"], d.get("date")) for _, d in graph.nodes(data=True)
                  if d["label"] == EVENT)


def _labelled(graph, label) -> set[str]:
    return {n for n, d in graph.nodes(data=True) if d["label"] == label}


def test_no_criterion_returns_a_copy_of_the_whole_graph(graph):
    out = filter_graph(graph)
    assert out is not graph
    assert sorted(out.nodes) == sorted(graph.nodes)
    assert out.number_of_edges() == graph.number_of_edges()


@pytest.mark.parametrize("query", ["putin", "Putin", "PUTIN", "Vladimir Putin",
                                   "person:vladimir-putin", "vladimir-putin",
                                   "Vladimir Vladimirovich Putin"])
def test_actor_matches_name_alias_surname_and_id_loosely(graph, query):
    out = filter_graph(graph, actor=query)
    assert _events(out) == [("ACCUSE", None), ("CALL", "2023-12"), ("CALL", "2024-01-11"),
                            ("CALL", "2024-02-14"), ("CALL", "2024-05-30")]


@pytest.mark.parametrize("query", ["erdogan", "Erdoğan", "Recep Tayyip Erdogan"])
def test_actor_match_folds_accents(graph, query):
    out = filter_graph(graph, actor=query)
    assert "person:recep-tayyip-erdogan" in out
    assert len(_events(out)) == 5


def test_unknown_actor_gives_an_empty_graph(graph):
    assert filter_graph(graph, actor="nobody").number_of_nodes() == 0


def test_subgraph_keeps_actors_reporters_articles_and_their_edges(graph):
    out = filter_graph(graph, actor="putin", types=["call"], date_from="2024-01-01",
                       date_to="2024-01-31")
    assert _events(out) == [("CALL", "2024-01-11")]
    assert _labelled(out, ACTOR) == {"person:vladimir-putin", "person:recep-tayyip-erdogan",
                                     "org:kremlin"}
    assert _labelled(out, ARTICLE) == {"tass-2024-01-12"}
    assert sorted(d["type"] for _, _, d in out.edges(data=True)) == [
        "MENTIONED_IN", "PARTICIPATED_IN", "PARTICIPATED_IN", "REPORTED"]
    assert out.nodes["person:vladimir-putin"]["aliases"] == graph.nodes[
        "person:vladimir-putin"]["aliases"]


def test_country_matches_participants_alpha3_code(graph):
    assert _events(filter_graph(graph, country="fra")) == [
        ("ACCUSE", None), ("CALL", "2024-02-14"), ("MEET", "2024-03-04")]
    assert [t for t, _ in _events(filter_graph(graph, country="UKR"))] == ["STATEMENT"]


@pytest.mark.parametrize("date_from, date_to, expected", [
    ("2024-03", None, [("CALL", "2024-05-30"), ("MEET", "2024-03-04"), ("MEET", "2024-05-19"),
                       ("STATEMENT", "2024-04")]),
    (None, "2024-01", [("CALL", "2023-12"), ("CALL", "2024-01-11")]),
    (date(2023, 12, 15), date(2023, 12, 20), [("CALL", "2023-12")]),  # month overlaps
    ("2024-04-10", "2024-04-12", [("STATEMENT", "2024-04")]),
    ("2024", "2024", [("CALL", "2024-01-11"), ("CALL", "2024-02-14"), ("CALL", "2024-05-30"),
                      ("MEET", "2024-03-04"), ("MEET", "2024-05-19"), ("STATEMENT", "2024-04")]),
])
def test_date_range_keeps_events_whose_period_overlaps_it(graph, date_from, date_to, expected):
    assert _events(filter_graph(graph, date_from=date_from, date_to=date_to)) == expected


def test_types_filter_any_case(graph):
    assert {t for t, _ in _events(filter_graph(graph, types=["meet", "Statement"]))} == {
        "MEET", "STATEMENT"}


def test_bad_date_is_a_value_error(graph):
    with pytest.raises(ValueError, match="not a date"):
        filter_graph(graph, date_from="last week")
