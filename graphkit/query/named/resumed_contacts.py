"""``resumed_contacts``: dyads whose contact resumed after a silence of at least N days.

Read ``queries/resumed_contacts.cypher`` for the rule; :func:`twin` answers it on the
embedded store.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from graphkit.errors import QueryError
from graphkit.query import walk
from graphkit.query.params import date_range, one_of
from graphkit.query.unit import named_query
from graphkit.query.walk import CONTACT_FIELDS, Row
from graphkit.store.base import Store
from graphkit.store.view import GraphView

PARAMS = ("min_gap_days", "date_from", "date_to", "level")
LEVELS = ("actor", "country")


def twin(view: GraphView, params: dict[str, Any]) -> list[Row]:
    types, happened = params["contact_types"], params["happened"]
    graph = view.events(types=types, modalities=happened, dated=True)
    country_level = params["level"] == "country"
    dyads: dict[tuple[str, str, str, str], dict[str, Row]] = defaultdict(dict)
    for event in walk.events(graph):
        if (event.get("type") not in types or event.get("modality") not in happened
                or event.get("date_start") is None):
            continue
        actors = [graph.nodes[actor_id] for actor_id, _ in walk.participations(graph, event["id"])]
        sides = [(a.get("country"), a.get("country")) if country_level
                 else (a["id"], a.get("name")) for a in actors]
        for a, a_name in sides:
            for b, b_name in sides:
                if a is not None and b is not None and a < b:
                    dyads[(a, a_name, b, b_name)][event["id"]] = event
    rows = []
    for (a, a_name, b, b_name), by_id in dyads.items():
        contacts = sorted(by_id.values(), key=walk.oldest_first)
        for previous, event in zip(contacts, contacts[1:], strict=False):
            gap = walk.days(previous["date_start"], event["date_start"])
            date_from, date_to = params.get("date_from"), params.get("date_to")
            if (gap < params["min_gap_days"]
                    or (date_from is not None and event["date_start"] < date_from)
                    or (date_to is not None and event["date_start"] > date_to)):
                continue
            rows.append({
                "a": a, "a_name": a_name, "b": b, "b_name": b_name,
                "previous_event_id": previous["id"],
                "previous_type": previous.get("type"),
                "previous_date": previous.get("date"),
                "previous_date_start": previous.get("date_start"),
                "previous_evidence": previous.get("evidence"),
                **walk.event_row(event, CONTACT_FIELDS),
                "article_id": walk.article_of(graph, event["id"]).get("id"),
                "gap_days": gap,
            })
    rows.sort(key=lambda r: (r["date_start"], r["a"], r["b"], r["event_id"]))
    return rows


QUERY = named_query("resumed_contacts", PARAMS, twin, ("contact_types", "happened"))


def resumed_contacts(store: Store, min_gap_days: int, date_from: str | date | None = None,
                     date_to: str | date | None = None,
                     level: str = "actor") -> list[dict[str, Any]]:
    """Pairs whose contact (call or meeting) resumed after at least ``min_gap_days`` of
    silence, one row per resumption, oldest first.

    Args:
        store: the graph.
        min_gap_days: the shortest silence that counts, in days (0 or more).
        date_from, date_to: inclusive range for the resumed contact's date; the contact
            before the silence may be older.
        level: ``"actor"`` (pairs of actors) or ``"country"`` (pairs of countries: a
            Lavrov-Rubio call is a RUS-USA contact).

    Returns:
        Rows with a, a_name, b, b_name, the previous contact (previous_event_id,
        previous_type, previous_date, previous_date_start, previous_evidence), the resumed
        one (event_id, type, date, date_precision, date_start, modality, evidence,
        article_id) and gap_days.

    Raises:
        QueryError: a negative gap, a malformed date or an unknown level.

    Example:
        >>> [(r["a_name"], r["gap_days"]) for r in resumed_contacts(store, 365)]  # doctest: +SKIP
        [('Donald Trump', 895)]
    """
    if isinstance(min_gap_days, bool) or not isinstance(min_gap_days, int) or min_gap_days < 0:
        raise QueryError(f"min_gap_days must be a whole number of days, 0 or more, "
                         f"not {min_gap_days!r}")
    return store.run_named(QUERY, {
        "min_gap_days": min_gap_days, **date_range(date_from, date_to),
        "level": one_of(level, LEVELS, "level")})
