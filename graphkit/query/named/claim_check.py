"""``claim_check``: each "first contact since X" claim of an article checked against the graph.

Read ``queries/claim_check.cypher`` for the rule; :func:`twin` answers it on the embedded
store.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from graphkit.graph import EVENT, MENTIONED_IN
from graphkit.model import Article
from graphkit.query import walk
from graphkit.query.params import type_filter
from graphkit.query.unit import named_query
from graphkit.query.walk import Row
from graphkit.store.base import Store
from graphkit.store.view import GraphView, refers

PARAMS = ("article_id", "types")


def _contains(outer: Row, inner: Row) -> bool:
    return set(inner.get("actor_key") or ()) <= set(outer.get("actor_key") or ())


def _counted(claim: Row, types: list[str], params: dict[str, Any]) -> list[str]:
    """The types a claim's prior and contacts in between may be: ``types`` when given, else
    calls and meetings for a claim of contact of no kind, else the claim's own type."""
    if types:
        return types
    return list(params["contact_types"]) if claim.get("subtype") == params["any_contact"] \
        else [claim["type"]]


def twin(view: GraphView, params: dict[str, Any]) -> list[Row]:
    article_id, types = params["article_id"], params.get("types") or []
    asserted, implied = params["asserted"], params["implied_prior"]
    graph = view.of_article(article_id)
    if article_id not in graph:
        return []
    article = graph.nodes[article_id]
    mentions = [(graph.nodes[e], m) for e, _, m in graph.in_edges(article_id, data=True)
                if m.get("type") == MENTIONED_IN]
    reach = _candidates(view, graph, mentions, types, params)
    events = [a for _, a in reach.nodes(data=True)
              if a.get("label") == EVENT and a.get("date_start") is not None]
    rows = []
    for claim, mention in mentions:
        if claim.get("modality") != implied or claim.get("date_start") is None:
            continue
        counted = _counted(claim, types, params)
        anchors = [(c, m) for c, m in mentions
                   if c.get("modality") == asserted and c.get("type") == claim["type"]
                   and c.get("actor_key") == claim.get("actor_key")
                   and c.get("date_start") is not None and c["date_start"] > claim["date_end"]]
        anchors = sorted(sorted(sorted(anchors, key=lambda cm: cm[0]["id"]),
                                key=lambda cm: cm[0]["date_start"], reverse=True),
                         key=lambda cm: 0 if cm[1].get("start") == mention.get("start") else 1)
        anchor = anchors[0][0] if anchors else None
        until = anchor["date_start"] if anchor else article.get("published")
        priors = walk.newest_first([
            p for p in events if p.get("modality") == asserted and p["type"] in counted
            and _contains(p, claim) and p["date_start"] >= claim["date_start"]
            and p.get("date_end") is not None and p["date_end"] <= claim["date_end"]])
        prior = priors[0] if priors else None
        between = [] if until is None else sorted(
            (b for b in events
             if b.get("modality") in params["happened"]
             and b["type"] in counted
             and _contains(b, claim) and claim["date_end"] < b["date_start"] < until
             and not refers(reach, b["id"])),
            key=walk.oldest_first)
        status = ("undated" if until is None else "contradicted" if between
                  else "unverified" if prior is None else "confirmed")
        rows.append({
            "claim_event_id": claim["id"], "type": claim["type"], "since": claim.get("date"),
            "since_precision": claim.get("date_precision"), "evidence": mention.get("evidence"),
            "start": mention.get("start"),
            "participants": walk.participants_of(graph, claim["id"]),
            "event_id": anchor["id"] if anchor else None,
            "event_date": anchor.get("date") if anchor else None, "until": until,
            "prior_event_id": prior["id"] if prior else None,
            "prior_date": prior.get("date") if prior else None, "status": status,
            "contacts_between": [walk.event_row(b, ("type", "date", "date_precision",
                                                    "evidence")) for b in between],
        })
    return sorted(rows, key=lambda r: (r["start"] is None, r["start"] or 0,
                                       r["claim_event_id"]))



def _candidates(view: GraphView, graph: nx.MultiDiGraph, mentions: list[tuple[Row, Row]],
                types: list[str], params: dict[str, Any]) -> nx.MultiDiGraph:
    """The article's graph and the events its claims' priors and contacts in between may
    be: events of the counted types in which one of its participants takes part."""
    for claim, _ in mentions:
        if claim.get("modality") != params["implied_prior"] or claim.get("date_start") is None:
            continue
        key = claim.get("actor_key") or []
        wanted = set(_counted(claim, types, params))
        part = (view.around(key[:1], types=wanted) if key
                else view.events(types=wanted, dated=True))
        graph = nx.compose(graph, part)
    return graph


QUERY = named_query("claim_check", PARAMS, twin,
                    ("happened", "asserted", "implied_prior", "any_contact", "contact_types"))


def claim_check(store: Store, article: str | Article,
                types: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Check each "first ... since X" claim of an ingested article against the graph.

    Args:
        store: the graph (the article must have been ingested into it).
        article: the article, or its id.
        types: event types that count as the prior contact and the contacts in between
            (``CALL``, ``MEET``); empty counts the claim's own type, or calls and meetings
            both for a claim of contact of no kind ("the first contact since May").

    Returns:
        One row per claim (``queries/claim_check.cypher``): ``status`` is ``confirmed``
        (the graph holds the prior contact and nothing in between), ``contradicted``
        (``contacts_between`` lists the contacts in between), ``unverified`` (nothing in
        between, no prior contact in the graph) or ``undated``. Empty when the article
        makes no such claim or is not in the store.

    Raises:
        QueryError: a type is unknown.

    Example:
        >>> [r["status"] for r in claim_check(store, "txt-1650dd859bd693cc")]  # doctest: +SKIP
        ['confirmed']
    """
    article_id = article if isinstance(article, str) else article.id
    wanted = type_filter(types)
    return store.run_named(QUERY, {"article_id": article_id, "types": wanted})
