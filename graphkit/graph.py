"""The property graph graphkit stores, in one place: labels, relationship types, properties.

Both stores write the rows their one write path (:mod:`graphkit.store.planner`) resolves
from extractions, with the vocabulary below, so the embedded store and Neo4j hold the same
graph and named queries give the same answers.

Nodes (``label`` -> key property ``id``)::

    (:Article {id, title, outlet, url, published, source})
    (:Actor   {id, name, kind, country, office, organisation, wikidata, aliases})
    (:Event   {id, type, subtype, cameo, plover, plover_mode, modality, confidence,
               date, date_precision, date_start, date_end, date_text, date_rule, evidence,
               n_articles, n_outlets, resolution_key, actor_key})

Relationships::

    (:Actor)-[:PARTICIPATED_IN {role}]->(:Event)
    (:Event)-[:MENTIONED_IN {evidence, start, end, confidence, outlet, url, mention_id,
                             date, date_precision, date_text, date_rule, participants,
                             reported_by, subtype, cameo, plover, plover_mode,
                             coded_by, source_id, …}]->(:Article)
    (:Actor)-[:REPORTED {article_id}]->(:Event)
    (:Event {modality: 'implied_prior'})-[:REFERS_TO]->(:Event)   # the real prior contact
                                                                  # (a call or a meeting, for a
                                                                  # first "contact")

The stores resolve events across articles (:mod:`graphkit.resolve`): an Event is one
real-world event, with one ``MENTIONED_IN`` per article (and coder: graphkit, or a data
set that coded the same article) that reports it, carrying that article's own reading
(its date, participants as ``role:actor_id``, sentence); ``n_articles`` and
``n_outlets`` count them; ``resolution_key`` (type and participant key) and ``actor_key``
(the participant ids that identify it) are what resolution groups on. :func:`records`
gives the unresolved rows (one Event per sentence): the stores check their ids' labels on
them, and the bench's plain loader writes them.

``date_start``/``date_end`` are the first and last day of the event's date at its precision
(``2022-09`` -> ``2022-09-01``/``2022-09-30``), ISO strings so they compare as text in both
stores. Lists (``aliases``) are stored as lists; exporters flatten them where a format
needs scalars.

A stored Article also holds :data:`ACTOR_ROWS`, what each reading of it gave its actors
(:mod:`graphkit.store.withdrawals`): bookkeeping, not part of the graph, which no read
hands out (:func:`public_article`; ad-hoc Cypher sees it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graphkit.model import DEFAULT_SOURCE, Actor, Article, Event, Extraction

ARTICLE = "Article"
ACTOR = "Actor"
EVENT = "Event"
LABELS = (ARTICLE, ACTOR, EVENT)

PARTICIPATED_IN = "PARTICIPATED_IN"
MENTIONED_IN = "MENTIONED_IN"
REPORTED = "REPORTED"
REFERS_TO = "REFERS_TO"
RELATIONSHIP_TYPES = (PARTICIPATED_IN, MENTIONED_IN, REPORTED, REFERS_TO)


@dataclass
class GraphRecords:
    """Rows to merge into a store: one dict per node or relationship, keyed by id."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    participations: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    reports: list[dict[str, Any]] = field(default_factory=list)

    def __len__(self) -> int:
        return sum(len(rows) for rows in (self.articles, self.actors, self.events,
                                          self.participations, self.mentions, self.reports))


ACTOR_ROWS = "actor_rows"
"""The Article property that records what each reading of the article gave its actors
(:func:`graphkit.store.withdrawals.actor_entry`, one string per actor and reader):
graphkit's bookkeeping, left out of every read of the graph (:func:`public_article`)."""


def public_article(props: dict[str, Any]) -> dict[str, Any]:
    """An Article's properties as reads hand them out: without :data:`ACTOR_ROWS`. Each
    store calls it where its reads take a node from storage (the embedded store's
    ``tables.node_props``, the Neo4j reads of whole nodes), so nothing above sees it."""
    if ACTOR_ROWS in props:
        props = {k: v for k, v in props.items() if k != ACTOR_ROWS}
    return props


def article_properties(article: Article) -> dict[str, Any]:
    return {
        "id": article.id, "title": article.title, "outlet": article.outlet,
        "url": article.url, "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "summary_only": True if article.summary_only else None,
    }


def actor_properties(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id, "name": actor.name, "kind": actor.kind, "country": actor.country,
        "office": actor.office, "organisation": actor.organisation,
        "wikidata": actor.wikidata, "aliases": list(actor.aliases),
    }


def event_properties(event: Event) -> dict[str, Any]:
    return {
        "id": event.id, "type": event.type, "subtype": event.subtype, "cameo": event.cameo,
        "plover": event.plover, "plover_mode": event.plover_mode,
        "modality": event.modality, "confidence": event.confidence,
        "date": event.date.value, "date_precision": event.date.precision,
        "date_start": event.date.start, "date_end": event.date.end,
        "date_text": event.date.text, "date_rule": event.date.rule,
        "evidence": event.evidence, "sources": [event.source], **dict(event.measures),
    }


def records(extractions: Iterable[Extraction]) -> GraphRecords:
    """The node and relationship rows of ``extractions``, each node once per batch."""
    out = GraphRecords()
    seen_actors: set[str] = set()
    seen_events: set[str] = set()
    for extraction in extractions:
        article = extraction.article
        out.articles.append(article_properties(article))
        for actor in extraction.actors:
            if actor.id not in seen_actors:
                seen_actors.add(actor.id)
                out.actors.append(actor_properties(actor))
        for event in extraction.events:
            if event.id not in seen_events:
                seen_events.add(event.id)
                out.events.append(event_properties(event))
            for participant in event.participants:
                out.participations.append({"actor_id": participant.actor.id,
                                           "event_id": event.id, "role": participant.role})
            out.mentions.append({
                "event_id": event.id, "article_id": article.id, "evidence": event.evidence,
                "start": event.span[0], "end": event.span[1], "confidence": event.confidence,
                "coded_by": event.source, "source_id": event.source_id,
            })
            if event.reported_by is not None:
                out.reports.append({"actor_id": event.reported_by.id, "event_id": event.id,
                                    "article_id": article.id})
    return out


def relationship_key(rel_type: str, props: dict[str, Any]) -> str:
    """The key that makes a relationship unique between its two nodes (for MERGE).

    An Event has one ``MENTIONED_IN`` to an Article per coder: graphkit's reading of the
    article (key ``MENTIONED_IN``, as before reports named their coder) and each data set
    that coded the same URL (``MENTIONED_IN:gdelt``).
    """
    if rel_type == PARTICIPATED_IN:
        return f"{PARTICIPATED_IN}:{props['role']}"
    if rel_type == REPORTED:
        return f"{REPORTED}:{props['article_id']}"
    if rel_type == MENTIONED_IN and props.get("coded_by") not in (None, DEFAULT_SOURCE):
        return f"{MENTIONED_IN}:{props['coded_by']}"
    return rel_type
