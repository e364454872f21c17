"""``actor_network``: who an actor dealt with (up to 3 steps), how often, in what way
(``queries/actor_network.cypher``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

import networkx as nx

from graphkit.errors import QueryError
from graphkit.model import HAPPENED
from graphkit.query import walk
from graphkit.query.params import date_range, modality_filter
from graphkit.query.refs import ActorRef, call_with_refs
from graphkit.query.unit import named_query
from graphkit.query.walk import Row
from graphkit.reference.ontology import quad_classes
from graphkit.store.base import Store
from graphkit.store.view import GraphView

PARAMS = ("x_ids", "depth", "date_from", "date_to", "modalities", "classes")
MAX_DEPTH = 3


def twin(view: GraphView, params: dict[str, Any]) -> list[Row]:
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
        target_node = graph.nodes[target]
        rows.append({
            "depth": d,
            "source_id": source,
            "source_name": graph.nodes[source].get("name"),
            "target_id": target,
            "target_name": target_node.get("name"),
            "target_kind": target_node.get("kind"),
            "target_country": target_node.get("country"),
            **walk.dealings(events, classes),
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


QUERY = named_query("actor_network", PARAMS, twin)


def actor_network(store: Store, x: str | ActorRef, depth: int = 1,
                  date_from: str | date | None = None,
                  date_to: str | date | None = None,
                  modalities: Iterable[str] = HAPPENED) -> list[dict[str, Any]]:
    """Who ``x`` dealt with, how often and in what way: its ego network up to ``depth``.

    Args:
        store: the graph.
        x: a loose actor or country name (a country: every actor of it is the centre).
        depth: 1 (x's partners), 2 (and their partners) or 3.
        date_from, date_to: inclusive range; events overlapping it count.
        modalities: as for :func:`dyad_summary`.

    Returns:
        One row per (source, target) pair, nearest layer first, busiest first: depth,
        source_id, source_name, target_id, target_name, target_kind, target_country,
        events, types (``[{type, count}]``), cooperation, conflict, first_date, last_date.

    Raises:
        QueryError: the name matches no actor, the depth is out of range, a date is
            malformed or a modality unknown.

    Example:
        >>> [r["target_name"] for r in actor_network(store, "Putin")]  # doctest: +SKIP
        ['Donald Trump']
    """
    if isinstance(depth, bool) or not isinstance(depth, int) or not 1 <= depth <= MAX_DEPTH:
        raise QueryError(f"depth must be 1 to {MAX_DEPTH}, not {depth!r}")
    params = {"depth": depth, **date_range(date_from, date_to),
              "modalities": modality_filter(modalities), "classes": quad_classes()}
    return call_with_refs(store, (x,), lambda ref: store.run_named(
        QUERY, {"x_ids": list(ref.ids), **params}))
