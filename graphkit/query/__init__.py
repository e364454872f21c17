"""Questions to the graph: when did two actors last talk, what did an actor do and when.

Each function resolves loose actor names with :func:`graphkit.query.refs.resolve_ref`,
then runs a named query (``queries/NAME.cypher`` on Neo4j, its Python twin in
:mod:`graphkit.query.twins` on the embedded store), so both stores answer alike.

Example::

    from graphkit.store import open_store
    from graphkit.query import first_contact_since, contacts, timeline

    with open_store() as store:
        last = first_contact_since(store, "Putin", "Trump", "2025-02-12")
        if last:
            print(f"last contact {last.date} ({last.gap_days} days before)")
        for row in timeline(store, "Russia", date_from="2025-01-01", types=["CALL"]):
            print(row["date"], row["type"], row["evidence"])
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from graphkit.errors import GraphkitError
from graphkit.model import Article
from graphkit.query.analyses import actor_network, dyad_events, dyad_summary, resumed_contacts
from graphkit.query.params import (
    date_range,
    iso_date,
    modality_filter,
    source_filter,
    type_filter,
)
from graphkit.query.refs import ActorRef, resolve_ref
from graphkit.store.base import Store

__all__ = ["ActorRef", "FirstContact", "actor_network", "claim_check", "claim_check_targets",
           "contacts", "dyad_events", "dyad_summary", "first_contact_since", "resolve_ref",
           "resumed_contacts", "timeline"]


@dataclass(frozen=True)
class FirstContact:
    """The latest contact between two actors before a date (a ``first_contact_since`` row).

    ``gap_days`` is the number of days from the contact's ``date_start`` to ``on``; a
    month- or year-precision date counts from its first day (see ``date_precision``).
    """

    a: ActorRef
    b: ActorRef
    on: str
    event_id: str
    type: str
    date: str
    date_precision: str | None
    date_start: str
    modality: str
    evidence: str
    article_id: str | None
    article_title: str | None
    article_url: str | None
    gap_days: int

    def as_dict(self) -> dict[str, Any]:
        """The row as plain JSON-ready values, with the refs as their labels and ids."""
        out = {k: getattr(self, k) for k in self.__dataclass_fields__ if k not in ("a", "b")}
        out["a"] = {"text": self.a.text, "label": self.a.label, "ids": list(self.a.ids)}
        out["b"] = {"text": self.b.text, "label": self.b.label, "ids": list(self.b.ids)}
        return out


def first_contact_since(store: Store, a: str, b: str, on: str | date) -> FirstContact | None:
    """The most recent contact (CALL or MEET, asserted or implied) between ``a`` and ``b``
    strictly before ``on``, with the gap in days.

    Args:
        store: the graph.
        a, b: loose actor or country names ("Putin", "Vladimir Putin", "Russia", "RUS").
        on: the date to look back from (``date`` or ``YYYY-MM-DD``).

    Returns:
        The contact, or None if the two never had one before ``on``.

    Raises:
        QueryError: a name matches no actor, or ``on`` is not a date.

    Example:
        >>> first_contact_since(store, "Putin", "Trump", "2025-02-12")  # doctest: +SKIP
        FirstContact(..., date='2022-09', gap_days=895, ...)
    """
    on_iso = iso_date(on, "on")
    actors = store.actors()
    ref_a, ref_b = resolve_ref(actors, a), resolve_ref(actors, b)
    rows = store.run_named("first_contact_since",
                           {"a_ids": list(ref_a.ids), "b_ids": list(ref_b.ids), "on": on_iso})
    if not rows:
        return None
    return FirstContact(a=ref_a, b=ref_b, on=on_iso, **rows[0])


def contacts(store: Store, a: str, b: str,
             modalities: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Every contact event (CALL or MEET) between ``a`` and ``b``, oldest first.

    Args:
        store: the graph.
        a, b: loose actor or country names.
        modalities: keep only these modalities (``asserted``, ``implied_prior``,
            ``planned``...); empty keeps all.

    Returns:
        Rows with event_id, type, date, date_precision, date_start, modality, evidence,
        article_id; undated events last.

    Raises:
        QueryError: a name matches no actor, or a modality is unknown.

    Example:
        >>> [r["date"] for r in contacts(store, "Putin", "Trump")]  # doctest: +SKIP
        ['2022-09', '2025-02-12']
    """
    wanted = modality_filter(modalities)
    actors = store.actors()
    ref_a, ref_b = resolve_ref(actors, a), resolve_ref(actors, b)
    return store.run_named("contacts", {"a_ids": list(ref_a.ids), "b_ids": list(ref_b.ids),
                                        "modalities": wanted})


def timeline(store: Store, x: str, date_from: str | date | None = None,
             date_to: str | date | None = None, types: Iterable[str] = (),
             sources: Iterable[str] = ()) -> list[dict[str, Any]]:
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

    Returns:
        Rows with the event's fields and ``participants`` (name, country, role), sorted.

    Raises:
        QueryError: the name matches no actor, a date is malformed, or a type is unknown.

    Example:
        >>> timeline(store, "Russia", "2025-01-01", types=["CALL"])[0]["type"]  # doctest: +SKIP
        'CALL'
    """
    params = {**date_range(date_from, date_to), "types": type_filter(types)}
    wanted = set(source_filter(sources))
    ref = resolve_ref(store.actors(), x)
    rows = store.run_named("timeline", {"x_ids": list(ref.ids), **params})
    return [r for r in rows if not wanted or not wanted.isdisjoint(r["sources"])]


def claim_check(store: Store, article: str | Article,
                types: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Check each "first ... since X" claim of an ingested article against the graph.

    Args:
        store: the graph (the article must have been ingested into it).
        article: the article, or its id.
        types: event types that count as contacts in between (``CALL``, ``MEET``); empty
            counts only the claim's own type.

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
    return store.run_named("claim_check", {"article_id": article_id, "types": wanted})


def claim_check_targets(inputs: Iterable[str], as_of: date | None = None) -> list[str | Article]:
    """The articles named by ``inputs``: each existing path is loaded, anything else is an id.

    Raises:
        LoadError: a path could not be loaded as articles.
    """
    from graphkit.load import iter_articles

    targets: list[str | Article] = []
    for value in inputs:
        if not Path(value).exists():
            targets.append(value)
            continue
        for item in iter_articles([value], as_of=as_of):
            if isinstance(item, GraphkitError):
                raise item
            targets.append(item)
    return targets
