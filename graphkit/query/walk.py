"""Reading the embedded store's networkx graph the way the named Cypher queries read Neo4j.

The twins (one per unit of :mod:`graphkit.query.named`) walk the graph and order what they
find through these helpers, so each Cypher idiom (nulls sort last, an event's earliest
published article, its participants by name then role, the event row's fields) is written
once. This module imports no unit, so every unit can import it without a cycle.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

import networkx as nx

from graphkit.graph import ARTICLE, EVENT, MENTIONED_IN, PARTICIPATED_IN
from graphkit.store.view import refers

Row = dict[str, Any]


# The event properties of a row, after its ``event_id``, in the Cypher ``RETURN`` order.
EVENT_FIELDS = ("type", "subtype", "date", "date_precision", "date_start", "date_end",
                "modality", "evidence")
CONTACT_FIELDS = ("type", "date", "date_precision", "date_start", "modality", "evidence")


def event_row(event: Row, fields: Iterable[str] = EVENT_FIELDS) -> Row:
    """``{event_id, *fields}`` of an event node: a row's event columns, missing ones None."""
    return {"event_id": event["id"], **{field: event.get(field) for field in fields}}


def nulls_last(value: Any) -> tuple[bool, Any]:
    """A sort key putting None after every value, as Cypher's ascending ``ORDER BY`` does."""
    return (value is None, "" if value is None else value)


def oldest_first(event: Row) -> tuple[bool, str, str]:
    """Cypher's ``ORDER BY e.date_start, e.id``: nulls sort last."""
    return (*nulls_last(event.get("date_start")), event["id"])


def newest_first(events: Iterable[Row]) -> list[Row]:
    """Cypher's ``ORDER BY e.date_start DESC, e.id`` of events that all have a date_start:
    newest start first, ties by id ascending."""
    return sorted(sorted(events, key=lambda e: e["id"]), key=lambda e: e["date_start"],
                  reverse=True)


def events(graph: nx.MultiDiGraph) -> Iterator[Row]:
    """Every Event but implied prior contacts that REFERS_TO a stored event (the same one)."""
    for event_id, attrs in graph.nodes(data=True):
        if attrs.get("label") == EVENT and not refers(graph, event_id):
            yield attrs


def participations(graph: nx.MultiDiGraph, event_id: str) -> list[tuple[str, str | None]]:
    """(actor id, role) of each PARTICIPATED_IN edge into ``event_id``."""
    return [(actor_id, attrs.get("role"))
            for actor_id, _, attrs in graph.in_edges(event_id, data=True)
            if attrs.get("type") == PARTICIPATED_IN]


def participants_of(graph: nx.MultiDiGraph, event_id: str) -> list[Row]:
    """The event's participants as {name, country, role}, by name, role, actor id
    (Cypher's ``ORDER BY p.name, r.role, p.id``: nulls last)."""
    found = []
    for actor_id, role in participations(graph, event_id):
        actor = graph.nodes[actor_id]
        found.append(((*nulls_last(actor.get("name")), *nulls_last(role), actor_id),
                      {"name": actor.get("name"), "country": actor.get("country"), "role": role}))
    return [p for _, p in sorted(found, key=lambda f: f[0])]


def articles_of(graph: nx.MultiDiGraph, event_id: str) -> list[Row]:
    """The articles that report ``event_id``: earliest published first, then by id
    (Cypher's ``ORDER BY article.published, article.id``: nulls last)."""
    found = {article_id: graph.nodes[article_id]
             for _, article_id, attrs in graph.out_edges(event_id, data=True)
             if attrs.get("type") == MENTIONED_IN and graph.nodes[article_id].get("label") == ARTICLE}
    return sorted(found.values(), key=lambda a: (*nulls_last(a.get("published")), a["id"]))


def article_columns(articles: dict[str, Row], article_id: str | None) -> Row:
    """A row's source, as Cypher's ``article.id AS article_id, article.title AS
    article_title, …``: the id and the title, outlet, URL and publication day of the
    article (``articles``: by id, as :meth:`GraphView.nodes` reads them)."""
    article = articles.get(article_id) or {} if article_id is not None else {}
    return {"article_id": article_id, "article_title": article.get("title"),
            "article_outlet": article.get("outlet"), "article_url": article.get("url"),
            "article_published": article.get("published")}


def article_of(graph: nx.MultiDiGraph, event_id: str) -> Row:
    """The article reporting the event (the first of :func:`articles_of`), or {} if none."""
    return next(iter(articles_of(graph, event_id)), {})


def between(graph: nx.MultiDiGraph, event_id: str, a_ids: set[str], b_ids: set[str]) -> bool:
    """One participant in ``a_ids`` and another, different one in ``b_ids``."""
    actors = {actor_id for actor_id, _ in participations(graph, event_id)}
    return any(x != y for x in actors & a_ids for y in actors & b_ids)


def kept(event: Row, modalities: Iterable[str], date_from: str | None = None,
         date_to: str | None = None) -> bool:
    """The modality filter (empty keeps all) and the overlap of the event's period
    [date_start, date_end] with [date_from, date_to]; a comparison with a missing date is
    null in Cypher, so undated events drop out once a bound is given."""
    modalities = tuple(modalities)
    if modalities and event.get("modality") not in modalities:
        return False
    if date_from is not None and (event.get("date_end") is None or event["date_end"] < date_from):
        return False
    return not (date_to is not None
                and (event.get("date_start") is None or event["date_start"] > date_to))


def days(start: str, end: str) -> int:
    """Days from one ISO date to another."""
    return (date.fromisoformat(end) - date.fromisoformat(start)).days


def events_of(graph: nx.MultiDiGraph, actor_ids: Iterable[str]) -> set[str]:
    """The ids of the events any of ``actor_ids`` takes part in, in any role."""
    found: set[str] = set()
    for actor_id in actor_ids:
        if actor_id not in graph:
            continue
        for _, event_id, attrs in graph.out_edges(actor_id, data=True):
            if attrs.get("type") == PARTICIPATED_IN:
                found.add(event_id)
    return found


def contact_events(graph: nx.MultiDiGraph, a_ids: list[str], b_ids: list[str],
                   contact_types: Iterable[str], modalities: Iterable[str]) -> list[Row]:
    """Events of one of ``contact_types`` with one participant in ``a_ids`` and another in
    ``b_ids``."""
    a_set, b_set, types = set(a_ids), set(b_ids), set(contact_types)
    return [graph.nodes[event_id] for event_id in events_of(graph, a_ids)
            if graph.nodes[event_id].get("type") in types
            and kept(graph.nodes[event_id], modalities)
            and between(graph, event_id, a_set, b_set)]


def type_counts(events: Iterable[Row]) -> dict[str, int]:
    """``{event type: count}``, types sorted (a missing type last)."""
    counts: dict[str, int] = defaultdict(int)
    for event in events:
        counts[event.get("type")] += 1
    return dict(sorted(counts.items(), key=lambda item: nulls_last(item[0])))


def dealings(events: Sequence[Row], classes: Mapping[str, str]) -> Row:
    """What ``events`` between two sides amount to: how many, how many of each type, how
    many of cooperation and of conflict (by each type's quad class in ``classes``), and
    their first and last day."""
    counts = type_counts(events)
    dates = [e["date_start"] for e in events if e.get("date_start") is not None]
    return {
        "events": len(events),
        "types": [{"type": type_, "count": n} for type_, n in counts.items()],
        "cooperation": sum(n for type_, n in counts.items()
                           if (classes.get(type_) or "").endswith("cooperation")),
        "conflict": sum(n for type_, n in counts.items()
                        if (classes.get(type_) or "").endswith("conflict")),
        "first_date": min(dates, default=None),
        "last_date": max(dates, default=None),
    }
