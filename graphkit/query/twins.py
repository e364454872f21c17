"""The Python twins of ``queries/*.cypher``, run by the embedded store on its networkx graph.

Each twin takes the same parameters as its Cypher file and returns the same rows (same
keys, same order); ``tests/store/test_contract.py`` runs both on the same articles and
compares. Read the Cypher file's header for what each query answers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import networkx as nx

from graphkit.errors import QueryError
from graphkit.graph import ARTICLE, EVENT, MENTIONED_IN, PARTICIPATED_IN
from graphkit.model import CONTACT_TYPES
from graphkit.query import analyst, claims

# Contacts that happened (or that the text says happened before): not planned,
# hypothetical or negated ones.
CONTACT_MODALITIES = ("asserted", "implied_prior")

Twin = Callable[[nx.MultiDiGraph, dict[str, Any]], list[dict[str, Any]]]


def _participations(graph: nx.MultiDiGraph, event_id: str) -> Iterator[tuple[str, str]]:
    """(actor id, role) of each PARTICIPATED_IN edge into ``event_id``."""
    for actor_id, _, attrs in graph.in_edges(event_id, data=True):
        if attrs.get("type") == PARTICIPATED_IN:
            yield actor_id, attrs.get("role")


def _events_of(graph: nx.MultiDiGraph, actor_ids: list[str]) -> set[str]:
    events: set[str] = set()
    for actor_id in actor_ids:
        if actor_id not in graph:
            continue
        for _, event_id, attrs in graph.out_edges(actor_id, data=True):
            if attrs.get("type") == PARTICIPATED_IN:
                events.add(event_id)
    return events


def _contact_events(graph: nx.MultiDiGraph, a_ids: list[str], b_ids: list[str],
                    modalities: list[str] | tuple[str, ...]) -> list[dict[str, Any]]:
    """Events of a contact type with one participant in ``a_ids`` and another in ``b_ids``."""
    a_set, b_set = set(a_ids), set(b_ids)
    found = []
    for event_id in _events_of(graph, a_ids):
        event = graph.nodes[event_id]
        if event.get("type") not in CONTACT_TYPES:
            continue
        if modalities and event.get("modality") not in modalities:
            continue
        actors = {actor_id for actor_id, _ in _participations(graph, event_id)}
        if any(x in a_set and y in b_set and x != y for x in actors for y in actors):
            found.append(event)
    return found


def _article_of(graph: nx.MultiDiGraph, event_id: str) -> dict[str, Any]:
    """The article reporting the event; of several, the earliest published, then by id
    (Cypher's ``ORDER BY article.published, article.id``: nulls last)."""
    articles = [graph.nodes[article_id]
                for _, article_id, attrs in graph.out_edges(event_id, data=True)
                if attrs.get("type") == MENTIONED_IN
                and graph.nodes[article_id].get("label") == ARTICLE]
    return min(articles, default={}, key=lambda a: (a.get("published") is None,
                                                    a.get("published") or "", a["id"]))


def _oldest_first(event: dict[str, Any]) -> tuple[bool, str, str]:
    """Cypher's ``ORDER BY e.date_start, e.id``: nulls sort last."""
    return (event.get("date_start") is None, event.get("date_start") or "", event["id"])


def first_contact_since(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[dict[str, Any]]:
    on = params["on"]
    before = [e for e in _contact_events(graph, params["a_ids"], params["b_ids"],
                                         CONTACT_MODALITIES)
              if e.get("date_start") is not None and e["date_start"] < on]
    if not before:
        return []
    # ORDER BY e.date_start DESC, e.id: newest start first, ties by id ascending.
    latest = max(before, key=lambda e: e["date_start"])
    event = min((e for e in before if e["date_start"] == latest["date_start"]),
                key=lambda e: e["id"])
    article = _article_of(graph, event["id"])
    gap = (date.fromisoformat(on) - date.fromisoformat(event["date_start"])).days
    return [{
        "event_id": event["id"],
        "type": event.get("type"),
        "date": event.get("date"),
        "date_precision": event.get("date_precision"),
        "date_start": event.get("date_start"),
        "modality": event.get("modality"),
        "evidence": event.get("evidence"),
        "article_id": article.get("id"),
        "article_title": article.get("title"),
        "article_url": article.get("url"),
        "gap_days": gap,
    }]


def contacts(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[dict[str, Any]]:
    events = _contact_events(graph, params["a_ids"], params["b_ids"],
                             params.get("modalities") or ())
    rows = []
    for event in sorted(events, key=_oldest_first):
        rows.append({
            "event_id": event["id"],
            "type": event.get("type"),
            "date": event.get("date"),
            "date_precision": event.get("date_precision"),
            "date_start": event.get("date_start"),
            "modality": event.get("modality"),
            "evidence": event.get("evidence"),
            "article_id": _article_of(graph, event["id"]).get("id"),
        })
    return rows


def timeline(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[dict[str, Any]]:
    date_from, date_to = params.get("date_from"), params.get("date_to")
    types = params.get("types") or ()
    events = []
    for event_id in _events_of(graph, params["x_ids"]):
        event = graph.nodes[event_id]
        if event.get("label") != EVENT or (types and event.get("type") not in types):
            continue
        # Overlap of [date_start, date_end] with [date_from, date_to]; a comparison with a
        # missing date is null in Cypher, so undated events drop out once a bound is given.
        if date_from is not None and (event.get("date_end") is None
                                      or event["date_end"] < date_from):
            continue
        if date_to is not None and (event.get("date_start") is None
                                    or event["date_start"] > date_to):
            continue
        events.append(event)
    rows = []
    for event in sorted(events, key=_oldest_first):
        participants = []
        for actor_id, role in _participations(graph, event["id"]):
            actor = graph.nodes[actor_id]
            participants.append((actor.get("name"), role, actor_id,
                                 {"name": actor.get("name"), "country": actor.get("country"),
                                  "role": role}))
        participants.sort(key=lambda p: (p[0] is None, p[0] or "", p[1] or "", p[2]))
        rows.append({
            "event_id": event["id"],
            "type": event.get("type"),
            "subtype": event.get("subtype"),
            "date": event.get("date"),
            "date_precision": event.get("date_precision"),
            "date_start": event.get("date_start"),
            "date_end": event.get("date_end"),
            "modality": event.get("modality"),
            "evidence": event.get("evidence"),
            "article_id": _article_of(graph, event["id"]).get("id"),
            "participants": [p[3] for p in participants],
        })
    return rows


NAMED: dict[str, tuple[Twin, tuple[str, ...]]] = {
    "first_contact_since": (first_contact_since, ("a_ids", "b_ids", "on")),
    "contacts": (contacts, ("a_ids", "b_ids", "modalities")),
    "timeline": (timeline, ("x_ids", "date_from", "date_to", "types")),
    **analyst.NAMED,
    **claims.NAMED,
}
"""Each named query's twin and the parameters it needs (the Cypher file's parameters)."""


def run_twin(graph: nx.MultiDiGraph, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Run the Python twin of ``queries/NAME.cypher``.

    Raises:
        QueryError: no query has that name, or a required parameter is missing.
    """
    check_params(name, params)
    return NAMED[name][0](graph, params)


def check_params(name: str, params: dict[str, Any]) -> None:
    """Raise QueryError unless ``name`` is a named query and ``params`` has all it needs."""
    if name not in NAMED:
        raise QueryError(f"no named query {name!r} (available: {', '.join(sorted(NAMED))})")
    missing = [p for p in NAMED[name][1] if p not in params]
    if missing:
        raise QueryError(f"named query {name!r} needs parameter(s) {', '.join(missing)}")
