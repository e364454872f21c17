"""The Python twins of the analyst queries: resumed contacts, dyad summaries, ego networks.

Each twin takes the parameters of its ``queries/NAME.cypher`` file and returns the same rows
(same keys, same order) from the embedded store's networkx graph; read the Cypher file's
header for what each answers. :data:`NAMED` is merged into
:data:`graphkit.query.twins.NAMED`, the registry both stores check parameters against.
``tests/query/test_analyst.py`` runs both stores on the same articles and compares.

This module reads the graph through :mod:`graphkit.query.walk` and imports nothing from
``twins`` (which imports it), so neither import order can cycle.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from graphkit.model import CONTACT_TYPES
from graphkit.query import walk
from graphkit.query.classes import QUAD_CLASSES
from graphkit.query.walk import CONTACT_FIELDS, HAPPENED, Row, Twin
from graphkit.store.view import GraphView

# HAPPENED (contacts that happened, or that a later text says happened: as in
# first_contact_since) is imported from here by graphkit.query.analyses and graphkit.reports.
MAX_DEPTH = 3
# The article columns of a dyad_events row, as Cypher's ``article {.id, .title, ...}``.
ARTICLE_FIELDS = ("id", "title", "outlet", "url", "published")


def resumed_contacts(view: GraphView, params: dict[str, Any]) -> list[Row]:
    graph = view.events(types=CONTACT_TYPES, modalities=HAPPENED, dated=True)
    country_level = params["level"] == "country"
    dyads: dict[tuple[str, str, str, str], dict[str, Row]] = defaultdict(dict)
    for event in walk.events(graph):
        if (event.get("type") not in CONTACT_TYPES or event.get("modality") not in HAPPENED
                or event.get("date_start") is None):
            continue
        actors = [graph.nodes[actor_id] for actor_id, _ in walk.participations(graph, event["id"])]
        sides = [(a.get("country"), a.get("country")) if country_level
                 else (a["id"], a.get("name")) for a in actors]
        for a, a_name in sides:
            for b, b_name in sides:
                if a is not None and b is not None and a < b:
                    dyads[(a, a_name, b, b_name)][event["id"]] = event
    rows = []
    for (a, a_name, b, b_name), by_id in dyads.items():
        contacts = sorted(by_id.values(), key=walk.oldest_first)
        for previous, event in zip(contacts, contacts[1:], strict=False):
            gap = walk.days(previous["date_start"], event["date_start"])
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
                **walk.event_row(event, CONTACT_FIELDS),
                "article_id": walk.article_of(graph, event["id"]).get("id"),
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
    return dict(sorted(counts.items(), key=lambda item: walk.nulls_last(item[0])))


def dyad_summary(view: GraphView, params: dict[str, Any]) -> list[Row]:
    graph = view.around(params["a_ids"], partners=params["b_ids"],
                        modalities=params["modalities"])
    a_ids, b_ids = set(params["a_ids"]), set(params["b_ids"])
    classes: dict[str, str] = params["classes"]
    periods: dict[str | None, list[Row]] = defaultdict(list)
    for event in walk.events(graph):
        if (walk.kept(event, params["modalities"])
                and walk.between(graph, event["id"], a_ids, b_ids)):
            periods[_period(event, params["by"])].append(event)
    rows = []
    for period in sorted(periods, key=walk.nulls_last):
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


def actor_network(view: GraphView, params: dict[str, Any]) -> list[Row]:
    classes: dict[str, str] = params["classes"]
    graph = _network_graph(view, params)
    kept = [
        (event, {actor_id for actor_id, _ in walk.participations(graph, event["id"])})
        for event in walk.events(graph)
        if walk.kept(event, params["modalities"], params.get("date_from"), params.get("date_to"))
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


def _network_graph(view: GraphView, params: dict[str, Any]) -> nx.MultiDiGraph:
    """The events of the actors of every layer but the last, with their neighbourhood:
    all that the layers and their pairs are computed from."""
    graph = nx.MultiDiGraph()
    frontier, seen = set(params["x_ids"]), set(params["x_ids"])
    for _ in range(min(int(params["depth"]), MAX_DEPTH)):
        part = view.around(frontier, modalities=params["modalities"],
                           date_from=params.get("date_from"), date_to=params.get("date_to"))
        graph = nx.compose(graph, part)
        frontier = {actor for event in walk.events(part)
                    for actor, _ in walk.participations(part, event["id"])} - seen
        seen |= frontier
        if not frontier:
            break
    return graph


def dyad_events(view: GraphView, params: dict[str, Any]) -> list[Row]:
    graph = view.around(params["a_ids"], partners=params["b_ids"],
                        modalities=params["modalities"])
    a_ids, b_ids = set(params["a_ids"]), set(params["b_ids"])
    events = [e for e in walk.events(graph)
              if walk.kept(e, params["modalities"]) and walk.between(graph, e["id"], a_ids, b_ids)]
    return [{**walk.event_row(event),
             "articles": [{key: article.get(key) for key in ARTICLE_FIELDS}
                          for article in walk.articles_of(graph, event["id"])],
             "participants": walk.participants_of(graph, event["id"])}
            for event in sorted(events, key=walk.oldest_first)]


NAMED: dict[str, tuple[Twin, tuple[str, ...]]] = {
    "resumed_contacts": (resumed_contacts, ("min_gap_days", "date_from", "date_to", "level")),
    "dyad_summary": (dyad_summary, ("a_ids", "b_ids", "by", "modalities", "classes")),
    "actor_network": (actor_network, ("x_ids", "depth", "date_from", "date_to", "modalities",
                                      "classes")),
    "dyad_events": (dyad_events, ("a_ids", "b_ids", "modalities")),
}
"""Each analyst query's twin and the parameters it needs (its Cypher file's parameters)."""
