"""The Python twins of ``queries/*.cypher``, run by the embedded store on its graph view.

Each twin takes the same parameters as its Cypher file and returns the same rows (same
keys, same order); ``tests/store/test_contract.py`` runs both on the same articles and
compares. Read the Cypher file's header for what each query answers.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from graphkit.errors import QueryError
from graphkit.graph import EVENT, PARTICIPATED_IN
from graphkit.model import CONTACT_TYPES
from graphkit.query import analyst, claims, walk
from graphkit.query.walk import CONTACT_FIELDS, Twin
from graphkit.store.view import GraphView

# Contacts that happened (or that the text says happened before): not planned,
# hypothetical or negated ones.
CONTACT_MODALITIES = walk.HAPPENED


def _events_of(graph: nx.MultiDiGraph, actor_ids: list[str]) -> set[str]:
    """The ids of the events any of ``actor_ids`` takes part in, in any role."""
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
    return [graph.nodes[event_id] for event_id in _events_of(graph, a_ids)
            if graph.nodes[event_id].get("type") in CONTACT_TYPES
            and walk.kept(graph.nodes[event_id], modalities)
            and walk.between(graph, event_id, a_set, b_set)]


def first_contact_since(view: GraphView, params: dict[str, Any]) -> list[dict[str, Any]]:
    on = params["on"]
    graph = view.around(params["a_ids"], partners=params["b_ids"], types=CONTACT_TYPES,
                        modalities=CONTACT_MODALITIES, before=on, newest=1)
    before = [e for e in _contact_events(graph, params["a_ids"], params["b_ids"],
                                         CONTACT_MODALITIES)
              if e.get("date_start") is not None and e["date_start"] < on]
    if not before:
        return []
    event = walk.newest_first(before)[0]
    article = walk.article_of(graph, event["id"])
    return [{
        **walk.event_row(event, CONTACT_FIELDS),
        "article_id": article.get("id"),
        "article_title": article.get("title"),
        "article_url": article.get("url"),
        "gap_days": walk.days(event["date_start"], on),
    }]


def contacts(view: GraphView, params: dict[str, Any]) -> list[dict[str, Any]]:
    graph = view.around(params["a_ids"], partners=params["b_ids"], types=CONTACT_TYPES,
                        modalities=params.get("modalities") or ())
    events = _contact_events(graph, params["a_ids"], params["b_ids"],
                             params.get("modalities") or ())
    return [{**walk.event_row(event, CONTACT_FIELDS),
             "article_id": walk.article_of(graph, event["id"]).get("id")}
            for event in sorted(events, key=walk.oldest_first)]


def timeline(view: GraphView, params: dict[str, Any]) -> list[dict[str, Any]]:
    types = params.get("types") or ()
    graph = view.around(params["x_ids"], types=types, date_from=params.get("date_from"),
                        date_to=params.get("date_to"))
    events = [graph.nodes[event_id] for event_id in _events_of(graph, params["x_ids"])]
    events = [e for e in events
              if e.get("label") == EVENT and not (types and e.get("type") not in types)
              and walk.kept(e, (), params.get("date_from"), params.get("date_to"))]
    return [{**walk.event_row(event),
             "article_id": walk.article_of(graph, event["id"]).get("id"),
             "participants": walk.participants_of(graph, event["id"])}
            for event in sorted(events, key=walk.oldest_first)]


NAMED: dict[str, tuple[Twin, tuple[str, ...]]] = {
    "first_contact_since": (first_contact_since, ("a_ids", "b_ids", "on")),
    "contacts": (contacts, ("a_ids", "b_ids", "modalities")),
    "timeline": (timeline, ("x_ids", "date_from", "date_to", "types")),
    **analyst.NAMED,
    **claims.NAMED,
}
"""Each named query's twin and the parameters it needs (the Cypher file's parameters)."""


def run_twin(view: GraphView, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Run the Python twin of ``queries/NAME.cypher`` on ``view``.

    Raises:
        QueryError: no query has that name, or a required parameter is missing.
    """
    check_params(name, params)
    return NAMED[name][0](view, params)


def check_params(name: str, params: dict[str, Any]) -> None:
    """Raise QueryError unless ``name`` is a named query and ``params`` has all it needs."""
    if name not in NAMED:
        raise QueryError(f"no named query {name!r} (available: {', '.join(sorted(NAMED))})")
    missing = [p for p in NAMED[name][1] if p not in params]
    if missing:
        raise QueryError(f"named query {name!r} needs parameter(s) {', '.join(missing)}")
