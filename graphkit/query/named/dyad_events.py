"""``dyad_events``: every event between two sides, with all the articles that report it
(``queries/dyad_events.cypher``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graphkit.query import walk
from graphkit.query.params import modality_filter
from graphkit.query.refs import ActorRef, call_with_dyad
from graphkit.query.unit import named_query
from graphkit.query.walk import Row
from graphkit.store.base import Store
from graphkit.store.view import GraphView

PARAMS = ("a_ids", "b_ids", "modalities")
# The article columns of a row, as Cypher's ``article {.id, .title, ...}``.
ARTICLE_FIELDS = ("id", "title", "outlet", "url", "published")


def twin(view: GraphView, params: dict[str, Any]) -> list[Row]:
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


QUERY = named_query("dyad_events", PARAMS, twin)


def dyad_events(store: Store, a: str | ActorRef, b: str | ActorRef,
                modalities: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Every event between ``a`` and ``b``, of any type, oldest first, with its source.

    Args:
        store: the graph.
        a, b: loose actor or country names.
        modalities: keep only these; empty (the default) keeps all.

    Returns:
        Rows with the event's fields, its article (article_id, article_title,
        article_outlet, article_url, article_published) and participants.

    Raises:
        QueryError: a name matches no actor, both name the same actors, or a modality
            is unknown.

    Example:
        >>> [r["type"] for r in dyad_events(store, "Russia", "USA")][:2]  # doctest: +SKIP
        ['CALL', 'MEET']
    """
    wanted = modality_filter(modalities)
    return call_with_dyad(store, a, b, lambda ref_a, ref_b: store.run_named(
        QUERY, {"a_ids": list(ref_a.ids), "b_ids": list(ref_b.ids), "modalities": wanted}))
