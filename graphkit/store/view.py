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
less. The store side of the embedded store is :class:`~graphkit.store.embedded.SqliteView`,
which reads SQLite through the indexes of :mod:`graphkit.store.tables`, so a query costs
what it touches, not what the store holds.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from datetime import date, timedelta

import networkx as nx

# The longest period an event's date can cover (a year-precision date): an event that
# overlaps a range starts at most this many days before the range does.
LONGEST_PERIOD_DAYS = 366


class GraphView(ABC):
    """Read access for twins; see the module docstring."""

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

    def of_article(self, article_id: str) -> nx.MultiDiGraph:
        return self.graph

    def events(self, **_filters: object) -> nx.MultiDiGraph:
        return self.graph

    def whole(self) -> nx.MultiDiGraph:
        return self.graph


def days_before(day: str, n: int) -> str:
    """The ISO day ``n`` days before ``day`` (``day`` an ISO date)."""
    return (date.fromisoformat(day) - timedelta(days=n)).isoformat()
