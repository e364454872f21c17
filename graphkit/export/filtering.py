"""Cut a subgraph out of graphkit's graph: matching events with their actors and articles."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import networkx as nx

from graphkit.graph import ACTOR, EVENT, MENTIONED_IN, PARTICIPATED_IN, REPORTED
from graphkit.model import slugify


def _day(value: date | str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:  # accept YYYY, YYYY-MM or YYYY-MM-DD; a bound compares as an ISO string
        parts = [int(p) for p in text.split("-")]
        date(*(parts + [1] * (3 - len(parts))))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} {text!r} is not a date: use YYYY-MM-DD") from exc
    return text


def actor_keys(node_id: str, data: dict[str, Any]) -> set[str]:
    """The slugs an actor answers to: its id, the id's name part, its name, each alias and
    the surname (last word) of a person's name and aliases."""
    keys = {str(node_id).casefold(), slugify(str(node_id).split(":", 1)[-1])}
    names = [data.get("name") or ""] + list(data.get("aliases") or ())
    for name in names:
        if not name:
            continue
        keys.add(slugify(name))
        if data.get("kind", "person") == "person":
            words = slugify(name).split("-")
            keys.add(words[-1])
    keys.discard("")
    return keys


def actor_matches(query: str, node_id: str, data: dict[str, Any]) -> bool:
    """Whether ``query`` names this actor: its id, name, an alias or its surname, ignoring
    case and accents (``"erdogan"`` names Recep Tayyip Erdoğan)."""
    text = query.strip()
    if not text:
        return False
    return text.casefold() == str(node_id).casefold() or slugify(text) in actor_keys(
        node_id, data)


def filter_graph(
    graph: nx.MultiDiGraph,
    actor: str | None = None,
    country: str | None = None,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    types: Iterable[str] = (),
) -> nx.MultiDiGraph:
    """The subgraph of events that match every given criterion, with their actors
    (participants and reporters) and the articles that mention them.

    Args:
        graph: a graph in graphkit's shape.
        actor: keep events one of whose participants is this actor: an actor id, or a name,
            alias or surname matched without case or accents.
        country: keep events with a participant of this ISO 3166 alpha-3 code (or an
            organisation's code such as ``NATO``), any case.
        date_from: keep events whose date period ends on or after this day (YYYY-MM-DD,
            YYYY-MM or YYYY, or a ``date``); undated events are dropped.
        date_to: keep events whose date period starts on or before this day.
        types: keep events of these types (``CALL``, ``MEET``...), any case; empty keeps all.

    Returns:
        A new graph (attributes copied). With no criterion it is a copy of ``graph``, so
        actors and articles without events are kept too.

    Raises:
        ValueError: a date bound is not a date, or the range starts after it ends.

    Example::

        filter_graph(graph, actor="putin", types=["CALL"], date_from="2024-01")
    """
    start = _day(date_from, "date_from")
    end = _day(date_to, "date_to")
    if start and end and start > _end_of(end):
        raise ValueError(f"the range starts after it ends: from {start} to {end}")
    wanted_types = {t.strip().upper() for t in types if t and t.strip()}
    code = (country or "").strip().upper() or None
    if not (actor or code or start or end or wanted_types):
        return graph.copy()

    def participants(event: Any) -> list[tuple[Any, dict[str, Any]]]:
        return [(u, graph.nodes[u]) for u, _, data in graph.in_edges(event, data=True)
                if data.get("type") == PARTICIPATED_IN and graph.nodes[u].get("label") == ACTOR]

    keep: set[Any] = set()
    for event, data in graph.nodes(data=True):
        if data.get("label") != EVENT:
            continue
        if wanted_types and str(data.get("type", "")).upper() not in wanted_types:
            continue
        if start or end:
            first, last = data.get("date_start"), data.get("date_end") or data.get("date_start")
            if not first or (start and last < start) or (end and first > _end_of(end)):
                continue
        people = participants(event)
        if actor and not any(actor_matches(actor, n, d) for n, d in people):
            continue
        if code and not any(str(d.get("country") or "").upper() == code for _, d in people):
            continue
        keep.add(event)

    nodes = set(keep)
    for event in keep:
        for u, _, data in graph.in_edges(event, data=True):
            if data.get("type") in (PARTICIPATED_IN, REPORTED):
                nodes.add(u)
        for _, v, data in graph.out_edges(event, data=True):
            if data.get("type") == MENTIONED_IN:
                nodes.add(v)
    # In the graph's own order (``graph.subgraph`` walks the set, whose order changes from
    # one process to the next: the same store gave a different file on each export).
    sub = graph.__class__()
    sub.graph.update(graph.graph)
    sub.add_nodes_from((node, dict(data)) for node, data in graph.nodes(data=True)
                       if node in nodes)
    sub.add_edges_from((u, v, key, dict(data))
                       for u, v, key, data in graph.edges(keys=True, data=True)
                       if u in nodes and v in nodes)
    return sub


def _end_of(bound: str) -> str:
    """A ``date_to`` of ``2024`` or ``2024-03`` includes the whole year or month."""
    if len(bound) == 4:
        return f"{bound}-12-31"
    if len(bound) == 7:
        return f"{bound}-31"  # compared as text: every day of the month sorts before it
    return bound
