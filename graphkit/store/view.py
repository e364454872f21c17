"""What a named query's Python twin reads: the part of the graph it needs, fetched by index.

A twin (one per module of ``graphkit.query.named``) receives a :class:`GraphView` and
first asks it for a subgraph: the events of some actors that pass a filter
(:meth:`GraphView.around`), the events of an article (:meth:`GraphView.of_article`), every
event of some types (:meth:`GraphView.events`) or, for whole-graph analyses,
:meth:`GraphView.whole`. Each answer is a networkx
``MultiDiGraph`` in :mod:`graphkit.graph`'s shape holding the chosen events with their
participants (``PARTICIPATED_IN`` and the Actor nodes), their articles (``MENTIONED_IN``
and the Article nodes), their ``REPORTED`` edges and ``REFERS_TO`` in both directions (with
the other event's node), so the twin's body walks it as it would walk the whole graph.

The filters only narrow what is fetched: a twin still applies its own conditions, so a
view may hand back more than asked (:class:`NetworkxView` hands back the whole graph), never
less.

A twin that needs no walk beyond an event's participants and its first article (a dyad's
contacts, an actor's timeline: thousands of rows for a leader) reads
:meth:`GraphView.event_rows` instead: exactly the events that pass the filter, oldest
first, as :class:`EventRow` records, with no subgraph built.

The store side of the embedded store is :class:`~graphkit.store.embedded.SqliteView`,
which reads SQLite through the indexes of :mod:`graphkit.store.tables`, so a query costs
what it touches, not what the store holds.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, NamedTuple

import networkx as nx

from graphkit.graph import ARTICLE, EVENT, MENTIONED_IN, PARTICIPATED_IN, REFERS_TO
from graphkit.model import DEFAULT_SOURCE

# The longest period an event's date can cover (a year-precision date): an event that
# overlaps a range starts at most this many days before the range does.
LONGEST_PERIOD_DAYS = 366


class EventRow(NamedTuple):
    """One event as :meth:`GraphView.event_rows` gives it.

    ``event``: its properties (or those asked for), ``id`` included; ``article_id``: the article reporting it
    (the earliest published, then the smallest id, as the Cypher files' ``ORDER BY
    article.published, article.id``), or None; ``participants``: ``{name, country, role}``
    sorted by name, role, actor id (nulls last), when asked for, else empty.
    """

    event: dict[str, Any]
    article_id: str | None
    participants: list[dict[str, Any]]


class GraphView(ABC):
    """Read access for twins; see the module docstring."""

    def event_rows(self, actor_ids: Iterable[str], *, partners: Iterable[str] | None = None,
                   types: Iterable[str] = (), modalities: Iterable[str] = (),
                   date_from: str | None = None, date_to: str | None = None,
                   before: str | None = None, sources: Iterable[str] = (),
                   participants: bool = False, fields: Iterable[str] | None = None,
                   limit: int | None = None, offset: int = 0,
                   newest_first: bool = False, standalone: bool = False) -> list[EventRow]:
        """Exactly the events one of ``actor_ids`` takes part in that pass the filters
        (those of :meth:`around`; a date bound drops undated events; ``sources``: coded by
        one of these, an event without ``sources`` being graphkit's; ``standalone``: not an
        implied prior contact that REFERS_TO a stored event, which stands for it), oldest first
        (``date_start``, undated last, then id; ``newest_first``: latest ``date_start``
        first, undated last, then id); of those, ``offset`` skipped, then at most
        ``limit`` (None: all the rest). ``fields``: the event properties to read (each
        row's ``event`` holds ``id`` and these, a missing one None); None reads all.

        This reads them through :meth:`around`; a store's view answers it from its indexes.
        """
        actors = set(actor_ids)
        others = None if partners is None else set(partners)
        graph = self.around(actors, partners=others, types=types, modalities=modalities,
                            date_from=date_from, date_to=date_to, before=before)
        found = []
        for event_id in sorted({e for a in actors if a in graph for _, e, r
                                in graph.out_edges(a, data="type") if r == PARTICIPATED_IN}):
            event = graph.nodes[event_id]
            involved = [(a, r.get("role")) for a, _, r in graph.in_edges(event_id, data=True)
                        if r.get("type") == PARTICIPATED_IN]
            ids = {a for a, _ in involved}
            if (event.get("label") == EVENT and passes(event, types, modalities, date_from, date_to)
                    and coded_by(event, sources)
                    and (before is None or (event.get("date_start") or before) < before)
                    and not (standalone and refers(graph, event_id))
                    and (others is None
                         or any(x != y for x in ids & actors for y in ids & others))):
                props = ({k: v for k, v in event.items() if k != "label"} if fields is None
                         else {k: event.get(k) for k in fields})
                found.append(EventRow({"id": event_id, **props}, _first_article(graph, event_id),
                                      _participants(graph, involved) if participants else []))
        found.sort(key=lambda row: oldest_first(row.event))
        if newest_first:
            found.sort(key=lambda row: row.event.get("date_start") or "", reverse=True)
            found.sort(key=lambda row: row.event.get("date_start") is None)
        return found[offset:] if limit is None else found[offset:offset + limit]

    @abstractmethod
    def around(self, actor_ids: Iterable[str], *, partners: Iterable[str] | None = None,
               types: Iterable[str] = (), modalities: Iterable[str] = (),
               date_from: str | None = None, date_to: str | None = None,
               before: str | None = None, newest: int | None = None) -> nx.MultiDiGraph:
        """The events one of ``actor_ids`` takes part in (any role), with their neighbourhood.

        Args:
            actor_ids: the actors.
            partners: when given, only events where another, different participant is one
                of these (a dyad's events).
            types, modalities: keep only these (empty keeps all).
            date_from, date_to: keep events whose period overlaps the range (a bound drops
                undated events).
            before: keep dated events that start strictly before this day.
            newest: keep only this many, latest ``date_start`` first (ties by id).
        """

    @abstractmethod
    def node(self, node_id: str) -> dict[str, Any]:
        """The properties of node ``node_id`` (``id`` and ``label`` included), or {}."""

    def nodes(self, node_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The properties of each of ``node_ids`` that exists, by id (as :meth:`node`)."""
        found = {node_id: self.node(node_id) for node_id in set(node_ids)}
        return {node_id: props for node_id, props in found.items() if props}

    @abstractmethod
    def of_article(self, article_id: str) -> nx.MultiDiGraph:
        """The events ``article_id`` reports (with their neighbourhood), and the article."""

    @abstractmethod
    def events(self, *, types: Iterable[str] = (), modalities: Iterable[str] = (),
               dated: bool = False) -> nx.MultiDiGraph:
        """Every event of these types and modalities (``dated``: with a date), with their
        neighbourhood."""

    @abstractmethod
    def whole(self) -> nx.MultiDiGraph:
        """The whole graph."""


class NetworkxView(GraphView):
    """A view over a networkx graph already in memory: every answer is that graph."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph

    def around(self, actor_ids: Iterable[str], **_filters: object) -> nx.MultiDiGraph:
        return self.graph

    def node(self, node_id: str) -> dict[str, Any]:
        return dict(self.graph.nodes[node_id]) if node_id in self.graph else {}

    def of_article(self, article_id: str) -> nx.MultiDiGraph:
        return self.graph

    def events(self, **_filters: object) -> nx.MultiDiGraph:
        return self.graph

    def whole(self) -> nx.MultiDiGraph:
        return self.graph


def passes(event: dict[str, Any], types: Iterable[str], modalities: Iterable[str],
           date_from: str | None, date_to: str | None) -> bool:
    """The filters of :meth:`GraphView.around` as the Cypher files apply them: a type and
    a modality among those given (empty keeps all), the period [date_start, date_end]
    overlapping [date_from, date_to] (a comparison with a missing date is null in Cypher,
    so a bound drops undated events)."""
    types, modalities = tuple(types), tuple(modalities)
    if (types and event.get("type") not in types
            or modalities and event.get("modality") not in modalities):
        return False
    if date_from is not None and (event.get("date_end") is None or event["date_end"] < date_from):
        return False
    return not (date_to is not None
                and (event.get("date_start") is None or event["date_start"] > date_to))


def refers(graph: nx.MultiDiGraph, event_id: str) -> bool:
    """Whether ``event_id`` REFERS_TO another event (an implied prior contact linked to the
    stored contact it stands for)."""
    return any(kind == REFERS_TO for _, _, kind in graph.out_edges(event_id, data="type"))


def coded_by(event: dict[str, Any], sources: Iterable[str]) -> bool:
    """Whether one of ``sources`` coded ``event`` (an event written before events had
    ``sources`` is graphkit's); empty ``sources`` keeps all."""
    wanted = set(sources)
    return not wanted or not wanted.isdisjoint(event.get("sources") or [DEFAULT_SOURCE])


def oldest_first(event: dict[str, Any]) -> tuple[bool, str, str]:
    """Cypher's ``ORDER BY e.date_start, e.id`` (nulls last)."""
    start = event.get("date_start")
    return (start is None, start or "", event["id"])


def _nulls_last(value: Any) -> tuple[bool, Any]:
    return (value is None, "" if value is None else value)


def _first_article(graph: nx.MultiDiGraph, event_id: str) -> str | None:
    articles = {a for _, a, r in graph.out_edges(event_id, data="type")
                if r == MENTIONED_IN and graph.nodes[a].get("label") == ARTICLE}
    return min(articles, key=lambda a: (*_nulls_last(graph.nodes[a].get("published")), a),
               default=None)


def _participants(graph: nx.MultiDiGraph, involved: list[tuple[str, str | None]]
                  ) -> list[dict[str, Any]]:
    found = sorted((*_nulls_last(graph.nodes[a].get("name")), *_nulls_last(role), a)
                   for a, role in involved)
    return [{"name": graph.nodes[a].get("name"), "country": graph.nodes[a].get("country"),
             "role": None if role_missing else role}
            for name_missing, _, role_missing, role, a in found]


def days_before(day: str, n: int) -> str:
    """The ISO day ``n`` days before ``day`` (``day`` an ISO date)."""
    return (date.fromisoformat(day) - timedelta(days=n)).isoformat()
