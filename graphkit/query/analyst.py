"""The Python twins of the analyst queries: resumed contacts, dyad summaries, ego networks.

Each twin takes the parameters of its ``queries/NAME.cypher`` file and returns the same rows
(same keys, same order) from the embedded store's networkx graph; read the Cypher file's
header for what each answers. :data:`NAMED` is merged into
:data:`graphkit.query.twins.NAMED`, the registry both stores check parameters against.
``tests/query/test_analyst.py`` runs both stores on the same articles and compares.

This module reads the graph through its own small helpers and imports nothing from
``twins`` (which imports it), so neither import order can cycle.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import networkx as nx

from graphkit.graph import ARTICLE, EVENT, MENTIONED_IN, PARTICIPATED_IN, REFERS_TO
from graphkit.model import CONTACT_TYPES
from graphkit.query.classes import QUAD_CLASSES

Row = dict[str, Any]
Twin = Callable[[nx.MultiDiGraph, dict[str, Any]], list[Row]]

# Contacts that happened (or that a later text says happened): as in first_contact_since.
HAPPENED = ("asserted", "implied_prior")
MAX_DEPTH = 3


def _events(graph: nx.MultiDiGraph) -> Iterable[Row]:
    """Every Event but implied prior contacts that REFERS_TO a stored event (the same one)."""
    for event_id, attrs in graph.nodes(data=True):
        if attrs.get("label") == EVENT and not any(
                edge.get("type") == REFERS_TO for _, _, edge in graph.out_edges(event_id, data=True)):
            yield attrs


def _participations(graph: nx.MultiDiGraph, event_id: str) -> list[tuple[str, str | None]]:
    """(actor id, role) of each PARTICIPATED_IN edge into ``event_id``."""
    return [(actor_id, attrs.get("role"))
            for actor_id, _, attrs in graph.in_edges(event_id, data=True)
            if attrs.get("type") == PARTICIPATED_IN]


def _articles(graph: nx.MultiDiGraph, event_id: str) -> list[Row]:
    """The articles that report ``event_id``: earliest published first, then by id."""
    found = {article_id: graph.nodes[article_id]
             for _, article_id, attrs in graph.out_edges(event_id, data=True)
             if attrs.get("type") == MENTIONED_IN and graph.nodes[article_id].get("label") == ARTICLE}
    return sorted(found.values(), key=lambda a: (*_nulls_last(a.get("published")), a["id"]))


def _by_date(event: Row) -> tuple[bool, str, str]:
    """Cypher's ``ORDER BY e.date_start, e.id``: nulls sort last."""
    return (event.get("date_start") is None, event.get("date_start") or "", event["id"])


def _nulls_last(value: Any) -> tuple[bool, Any]:
    return (value is None, "" if value is None else value)


def _kept(event: Row, modalities: Iterable[str], date_from: str | None = None,
          date_to: str | None = None) -> bool:
    """The modality filter (empty keeps all) and the overlap of the event's period with the
    range; a comparison with a missing date is null in Cypher, so undated events drop out
    once a bound is given."""
    modalities = tuple(modalities)
    if modalities and event.get("modality") not in modalities:
        return False
    if date_from is not None and (event.get("date_end") is None or event["date_end"] < date_from):
        return False
    return not (date_to is not None
                and (event.get("date_start") is None or event["date_start"] > date_to))


def _between(graph: nx.MultiDiGraph, event_id: str, a_ids: set[str], b_ids: set[str]) -> bool:
    """One participant in ``a_ids`` and another, different one in ``b_ids``."""
    actors = {actor_id for actor_id, _ in _participations(graph, event_id)}
    return any(x != y for x in actors & a_ids for y in actors & b_ids)


def _days(start: str, end: str) -> int:
    return (date.fromisoformat(end) - date.fromisoformat(start)).days


def resumed_contacts(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[Row]:
    country_level = params["level"] == "country"
    dyads: dict[tuple[str, str, str, str], dict[str, Row]] = defaultdict(dict)
    for event in _events(graph):
        if (event.get("type") not in CONTACT_TYPES or event.get("modality") not in HAPPENED
                or event.get("date_start") is None):
            continue
        actors = [graph.nodes[actor_id] for actor_id, _ in _participations(graph, event["id"])]
        sides = [(a.get("country"), a.get("country")) if country_level
                 else (a["id"], a.get("name")) for a in actors]
        for a, a_name in sides:
            for b, b_name in sides:
                if a is not None and b is not None and a < b:
                    dyads[(a, a_name, b, b_name)][event["id"]] = event
    rows = []
    for (a, a_name, b, b_name), by_id in dyads.items():
        contacts = sorted(by_id.values(), key=_by_date)
        for previous, event in zip(contacts, contacts[1:], strict=False):
            gap = _days(previous["date_start"], event["date_start"])
            date_from, date_to = params.get("date_from"), params.get("date_to")
            if (gap < params["min_gap_days"]
                    or (date_from is not None and event["date_start"] < date_from)
                    or (date_to is not None and event["date_start"] > date_to)):
                continue
            rows.append({
                "a": a, "a_name": a_name, "b": b, "b_name": b_name,
                "previous_event_id": previous["id"],
                "previous_type": previous.get("type"),
                "previous_date": previous.get("date"),
                "previous_date_start": previous.get("date_start"),
                "event_id": event["id"],
                "type": event.get("type"),
                "date": event.get("date"),
                "date_precision": event.get("date_precision"),
                "date_start": event.get("date_start"),
                "modality": event.get("modality"),
                "evidence": event.get("evidence"),
                "article_id": next((a["id"] for a in _articles(graph, event["id"])), None),
                "gap_days": gap,
            })
    rows.sort(key=lambda r: (r["date_start"], r["a"], r["b"], r["event_id"]))
    return rows


def _period(event: Row, by: str) -> str | None:
    start = event.get("date_start")
    if start is None:
        return None
    if by == "year" or event.get("date_precision") == "year":
        return start[:4]
    return start[:7]


def _type_counts(events: Iterable[Row]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for event in events:
        counts[event.get("type")] += 1
    return dict(sorted(counts.items(), key=lambda item: _nulls_last(item[0])))


def dyad_summary(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[Row]:
    a_ids, b_ids = set(params["a_ids"]), set(params["b_ids"])
    classes: dict[str, str] = params["classes"]
    periods: dict[str | None, list[Row]] = defaultdict(list)
    for event in _events(graph):
        if _kept(event, params["modalities"]) and _between(graph, event["id"], a_ids, b_ids):
            periods[_period(event, params["by"])].append(event)
    rows = []
    for period in sorted(periods, key=_nulls_last):
        counts = _type_counts(periods[period])
        by_class = {name: sum(n for type_, n in counts.items() if classes.get(type_) == name)
                    for name in QUAD_CLASSES}
        rows.append({
            "period": period,
            "events": sum(counts.values()),
            "counts": [{"type": type_, "count": n} for type_, n in counts.items()],
            **{name.replace(" ", "_"): n for name, n in by_class.items()},
            "balance": (by_class["verbal cooperation"] + by_class["material cooperation"]
                        - by_class["verbal conflict"] - by_class["material conflict"]),
        })
    return rows


def actor_network(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[Row]:
    classes: dict[str, str] = params["classes"]
    kept = [
        (event, {actor_id for actor_id, _ in _participations(graph, event["id"])})
        for event in _events(graph)
        if _kept(event, params["modalities"], params.get("date_from"), params.get("date_to"))
    ]
    depth = min(int(params["depth"]), MAX_DEPTH)
    layers = [set(params["x_ids"])]
    seen = set(layers[0])
    for _ in range(depth):
        nearer = layers[-1]
        layer = {actor for _, actors in kept if actors & nearer for actor in actors} - seen
        layers.append(layer)
        seen |= layer
    pairs: dict[tuple[int, str, str], list[Row]] = defaultdict(list)
    for d in range(1, depth + 1):
        for event, actors in kept:
            for source in actors & layers[d - 1]:
                for target in actors & layers[d]:
                    pairs[(d, source, target)].append(event)
    rows = []
    for (d, source, target), events in pairs.items():
        counts = _type_counts(events)
        dates = [e["date_start"] for e in events if e.get("date_start") is not None]
        target_node = graph.nodes[target]
        rows.append({
            "depth": d,
            "source_id": source,
            "source_name": graph.nodes[source].get("name"),
            "target_id": target,
            "target_name": target_node.get("name"),
            "target_kind": target_node.get("kind"),
            "target_country": target_node.get("country"),
            "events": len(events),
            "types": [{"type": type_, "count": n} for type_, n in counts.items()],
            "cooperation": sum(n for type_, n in counts.items()
                               if (classes.get(type_) or "").endswith("cooperation")),
            "conflict": sum(n for type_, n in counts.items()
                            if (classes.get(type_) or "").endswith("conflict")),
            "first_date": min(dates, default=None),
            "last_date": max(dates, default=None),
        })
    rows.sort(key=lambda r: (r["depth"], -r["events"], r["source_id"], r["target_id"]))
    return rows


def _participants(graph: nx.MultiDiGraph, event_id: str) -> list[Row]:
    """The event's participants as {name, country, role}, by name, role, actor id."""
    found = []
    for actor_id, role in _participations(graph, event_id):
        actor = graph.nodes[actor_id]
        found.append(((*_nulls_last(actor.get("name")), *_nulls_last(role), actor_id),
                      {"name": actor.get("name"), "country": actor.get("country"), "role": role}))
    return [p for _, p in sorted(found, key=lambda f: f[0])]


def dyad_events(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[Row]:
    a_ids, b_ids = set(params["a_ids"]), set(params["b_ids"])
    events = [e for e in _events(graph)
              if _kept(e, params["modalities"]) and _between(graph, e["id"], a_ids, b_ids)]
    rows = []
    for event in sorted(events, key=_by_date):
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
            "articles": [{key: article.get(key) for key in ("id", "title", "outlet", "url",
                                                             "published")}
                         for article in _articles(graph, event["id"])],
            "participants": _participants(graph, event["id"]),
        })
    return rows


NAMED: dict[str, tuple[Twin, tuple[str, ...]]] = {
    "resumed_contacts": (resumed_contacts, ("min_gap_days", "date_from", "date_to", "level")),
    "dyad_summary": (dyad_summary, ("a_ids", "b_ids", "by", "modalities", "classes")),
    "actor_network": (actor_network, ("x_ids", "depth", "date_from", "date_to", "modalities",
                                      "classes")),
    "dyad_events": (dyad_events, ("a_ids", "b_ids", "modalities")),
}
"""Each analyst query's twin and the parameters it needs (its Cypher file's parameters)."""
