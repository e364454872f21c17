"""``first_contact_since``: the last call or meeting of a dyad before a date, and the gap.

Read ``queries/first_contact_since.cypher`` for the rule; :func:`twin` answers it on the
embedded store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from graphkit.query import walk
from graphkit.query.params import iso_date
from graphkit.query.refs import ActorRef, call_with_dyad
from graphkit.query.unit import named_query
from graphkit.query.walk import CONTACT_FIELDS
from graphkit.store.base import Store
from graphkit.store.view import GraphView

PARAMS = ("a_ids", "b_ids", "on")


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
    article_outlet: str | None
    article_published: str | None
    gap_days: int

    def as_dict(self) -> dict[str, Any]:
        """The row as plain JSON-ready values, with the refs as their labels and ids."""
        out = {k: getattr(self, k) for k in self.__dataclass_fields__ if k not in ("a", "b")}
        out["a"] = {"text": self.a.text, "label": self.a.label, "ids": list(self.a.ids)}
        out["b"] = {"text": self.b.text, "label": self.b.label, "ids": list(self.b.ids)}
        return out


def twin(view: GraphView, params: dict[str, Any]) -> list[dict[str, Any]]:
    on = params["on"]
    rows = view.event_rows(params["a_ids"], partners=params["b_ids"],
                           types=params["contact_types"], modalities=params["happened"],
                           before=on, fields=CONTACT_FIELDS, limit=1, newest_first=True,
                           standalone=True)
    if not rows:
        return []
    event, article_id = rows[0].event, rows[0].article_id
    article = view.node(article_id) if article_id is not None else {}
    return [{
        **walk.event_row(event, CONTACT_FIELDS),
        "article_id": article_id,
        "article_title": article.get("title"),
        "article_url": article.get("url"),
        "article_outlet": article.get("outlet"),
        "article_published": article.get("published"),
        "gap_days": walk.days(event["date_start"], on),
    }]


QUERY = named_query("first_contact_since", PARAMS, twin, ("contact_types", "happened"))


def first_contact_since(store: Store, a: str | ActorRef, b: str | ActorRef,
                        on: str | date) -> FirstContact | None:
    """The most recent contact (CALL or MEET, asserted or implied) between ``a`` and ``b``
    strictly before ``on``, with the gap in days.

    Args:
        store: the graph.
        a, b: loose actor or country names ("Putin", "Vladimir Putin", "Russia", "RUS").
        on: the date to look back from (``date`` or ``YYYY-MM-DD``).

    Returns:
        The contact, or None if the two never had one before ``on``.

    Raises:
        QueryError: a name matches no actor, both name the same actors, or ``on`` is
            not a date.

    Example:
        >>> first_contact_since(store, "Putin", "Trump", "2025-02-12")  # doctest: +SKIP
        FirstContact(..., date='2022-09', gap_days=895, ...)
    """
    on_iso = iso_date(on, "on")
    def ask(ref_a: ActorRef, ref_b: ActorRef) -> FirstContact | None:
        rows = store.run_named(QUERY, {"a_ids": list(ref_a.ids), "b_ids": list(ref_b.ids),
                                       "on": on_iso})
        return FirstContact(a=ref_a, b=ref_b, on=on_iso, **rows[0]) if rows else None

    return call_with_dyad(store, a, b, ask)
