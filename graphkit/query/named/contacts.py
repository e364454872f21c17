"""``contacts``: a dyad's contact history, oldest first (``queries/contacts.cypher``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graphkit.query import walk
from graphkit.query.params import modality_filter, page
from graphkit.query.refs import ActorRef, call_with_dyad
from graphkit.query.unit import PAGE, named_query
from graphkit.query.walk import CONTACT_FIELDS
from graphkit.store.base import Store
from graphkit.store.view import GraphView

PARAMS = ("a_ids", "b_ids", "modalities")


def twin(view: GraphView, params: dict[str, Any]) -> list[dict[str, Any]]:
    rows = view.event_rows(params["a_ids"], partners=params["b_ids"],
                           types=params["contact_types"], modalities=params.get("modalities") or (),
                           fields=CONTACT_FIELDS, limit=params["limit"],
                           offset=params["offset"], standalone=True)
    articles = view.nodes(row.article_id for row in rows if row.article_id is not None)
    return [{**walk.event_row(row.event, CONTACT_FIELDS),
             **walk.article_columns(articles, row.article_id)} for row in rows]


QUERY = named_query("contacts", PARAMS, twin, ("contact_types",), PAGE)


def contacts(store: Store, a: str | ActorRef, b: str | ActorRef,
             modalities: Iterable[str] = (), *, limit: int | None = None,
             offset: int = 0) -> list[dict[str, Any]]:
    """Every contact event (CALL or MEET) between ``a`` and ``b``, oldest first.

    Args:
        store: the graph.
        a, b: loose actor or country names.
        modalities: keep only these modalities (``asserted``, ``implied_prior``,
            ``planned``...); empty keeps all.
        limit, offset: one page of the rows: skip ``offset``, then at most ``limit``
            (None: all). Two leaders who meet often have thousands of contacts; a page
            costs what it returns.

    Returns:
        Rows with event_id, type, date, date_precision, date_start, modality, evidence,
        article_id; undated events last.

    Raises:
        QueryError: a name matches no actor, both name the same actors, a modality is
            unknown, or ``limit`` or ``offset`` is negative.

    Example:
        >>> [r["date"] for r in contacts(store, "Putin", "Trump")]  # doctest: +SKIP
        ['2022-09', '2025-02-12']
    """
    wanted, rows = modality_filter(modalities), page(limit, offset)
    return call_with_dyad(store, a, b, lambda ref_a, ref_b: store.run_named(
        QUERY, {"a_ids": list(ref_a.ids), "b_ids": list(ref_b.ids),
                "modalities": wanted, **rows}))
