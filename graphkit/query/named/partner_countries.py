"""``partner_countries``: the countries an actor or a country dealt with, busiest first
(``queries/partner_countries.cypher``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from graphkit.model import HAPPENED
from graphkit.query import walk
from graphkit.query.params import date_range, modality_filter
from graphkit.query.refs import ActorRef, call_with_refs
from graphkit.query.unit import named_query
from graphkit.query.walk import Row
from graphkit.reference.ontology import quad_classes
from graphkit.store.base import Store
from graphkit.store.view import GraphView

PARAMS = ("x_ids", "date_from", "date_to", "modalities", "classes")


def twin(view: GraphView, params: dict[str, Any]) -> list[Row]:
    classes: dict[str, str] = params["classes"]
    centre = set(params["x_ids"])
    graph = view.around(centre, modalities=params["modalities"],
                        date_from=params.get("date_from"), date_to=params.get("date_to"))
    by_country: dict[str, list[Row]] = defaultdict(list)
    for event in walk.events(graph):
        if not walk.kept(event, params["modalities"], params.get("date_from"),
                         params.get("date_to")):
            continue
        actors = {actor_id for actor_id, _ in walk.participations(graph, event["id"])}
        if not actors & centre:
            continue
        for country in {graph.nodes[a].get("country") for a in actors - centre} - {None}:
            by_country[country].append(event)
    rows = []
    for country, events in by_country.items():
        rows.append({
            "country": country,
            **walk.dealings(events, classes),
        })
    rows.sort(key=lambda r: (-r["events"], r["country"]))
    return rows


QUERY = named_query("partner_countries", PARAMS, twin)


def partner_countries(store: Store, x: str | ActorRef, date_from: str | date | None = None,
                      date_to: str | date | None = None,
                      modalities: Iterable[str] = HAPPENED) -> list[dict[str, Any]]:
    """The countries ``x`` dealt with, busiest first: "Russia's partners ranked".

    Args:
        store: the graph.
        x: a loose actor or country name (a country: every actor of it).
        date_from, date_to: inclusive range; events overlapping it count.
        modalities: as for :func:`dyad_summary` (default: what happened).

    Returns:
        One row per partner country: country, events (each once, however many of the
        country's actors took part), types (``[{type, count}]``), cooperation, conflict,
        first_date, last_date.

    Raises:
        QueryError: the name matches no actor, a date is malformed or a modality unknown.

    Example:
        >>> [r["country"] for r in partner_countries(store, "Russia")]  # doctest: +SKIP
        ['AZE', 'FRA']
    """
    params = {**date_range(date_from, date_to), "modalities": modality_filter(modalities),
              "classes": quad_classes()}
    return call_with_refs(store, (x,), lambda ref: store.run_named(
        QUERY, {"x_ids": list(ref.ids), **params}))
