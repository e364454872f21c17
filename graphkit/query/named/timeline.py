"""``timeline``: an actor's or a country's events in a date range (``queries/timeline.cypher``)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from graphkit.query import walk
from graphkit.query.params import date_range, page, source_filter, type_filter
from graphkit.query.refs import ActorRef, call_with_dyad, call_with_refs
from graphkit.query.unit import PAGE, named_query
from graphkit.store.base import Store
from graphkit.store.view import GraphView

PARAMS = ("x_ids", "date_from", "date_to", "types")


def twin(view: GraphView, params: dict[str, Any]) -> list[dict[str, Any]]:
    rows = view.event_rows(params["x_ids"], partners=params.get("with_ids"),
                           types=params.get("types") or (),
                           date_from=params.get("date_from"), date_to=params.get("date_to"),
                           sources=params["sources"], participants=True,
                           fields=(*walk.EVENT_FIELDS, "sources"), limit=params["limit"],
                           offset=params["offset"], standalone=True)
    articles = view.nodes(row.article_id for row in rows if row.article_id is not None)
    return [{**walk.event_row(row.event), **walk.article_columns(articles, row.article_id),
             "participants": row.participants,
             # (an event written before events had sources is graphkit's)
             "sources": list(row.event.get("sources") or ["graphkit"])}
            for row in rows]


QUERY = named_query("timeline", PARAMS, twin,
                    defaults={**PAGE, "sources": [], "with_ids": None})


def timeline(store: Store, x: str | ActorRef, date_from: str | date | None = None,
             date_to: str | date | None = None, types: Iterable[str] = (),
             sources: Iterable[str] = (), *, partner: str | ActorRef | None = None,
             limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """The events of an actor or a country (any role), oldest first.

    Args:
        store: the graph.
        x: a loose actor or country name.
        date_from, date_to: inclusive range; an event is kept when its period
            (``2022-09`` is the whole month) overlaps the range. Undated events are
            kept only when neither bound is given.
        types: event types to keep (``CALL``, ``MEET``...); empty keeps all.
        sources: keep events coded by any of these (``graphkit``, ``gdelt``, ``icews``,
            ``polecat``); empty keeps all.
        partner: another actor or country: only the events between ``x`` and it (one
            participant of each side), as a dyad's sides are named (the same actors on
            both sides is an error).
        limit, offset: one page of the rows: skip ``offset``, then at most ``limit``
            (None: all). A leader's year holds thousands of events; a page costs what it
            returns.

    Returns:
        Rows with the event's fields and ``participants`` (name, country, role), sorted.

    Raises:
        QueryError: a name matches no actor, ``x`` and ``partner`` name the same
            actors, a date is malformed, a type or source is
            unknown, or ``limit`` or ``offset`` is negative.

    Example:
        >>> timeline(store, "Russia", "2025-01-01", types=["CALL"])[0]["type"]  # doctest: +SKIP
        'CALL'
    """
    params = {**date_range(date_from, date_to), "types": type_filter(types),
              "sources": source_filter(sources), **page(limit, offset)}
    if partner is not None:
        return call_with_dyad(store, x, partner, lambda ref, other: store.run_named(
            QUERY, {"x_ids": list(ref.ids), "with_ids": list(other.ids), **params}))
    return call_with_refs(store, (x,), lambda ref: store.run_named(
        QUERY, {"x_ids": list(ref.ids), **params}))
