"""``dyad_summary``: a dyad's events by type per month or year, with PLOVER's balance of
cooperation and conflict (``queries/dyad_summary.cypher``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from graphkit.model import HAPPENED
from graphkit.query import walk
from graphkit.query.params import modality_filter, one_of
from graphkit.query.refs import ActorRef, call_with_dyad
from graphkit.query.unit import named_query
from graphkit.query.walk import Row
from graphkit.reference.ontology import QUAD_CLASSES, quad_classes
from graphkit.store.base import Store
from graphkit.store.view import GraphView

PARAMS = ("a_ids", "b_ids", "by", "modalities", "classes")
PERIODS = ("month", "year")


def _period(event: Row, by: str) -> str | None:
    start = event.get("date_start")
    if start is None:
        return None
    if by == "year" or event.get("date_precision") == "year":
        return start[:4]
    return start[:7]


def twin(view: GraphView, params: dict[str, Any]) -> list[Row]:
    graph = view.around(params["a_ids"], partners=params["b_ids"],
                        modalities=params["modalities"])
    a_ids, b_ids = set(params["a_ids"]), set(params["b_ids"])
    classes: dict[str, str] = params["classes"]
    periods: dict[str | None, list[Row]] = defaultdict(list)
    for event in walk.events(graph):
        if (walk.kept(event, params["modalities"])
                and walk.between(graph, event["id"], a_ids, b_ids)):
            periods[_period(event, params["by"])].append(event)
    rows = []
    for period in sorted(periods, key=walk.nulls_last):
        counts = walk.type_counts(periods[period])
        by_class = {name: sum(n for type_, n in counts.items() if classes.get(type_) == name)
                    for name in QUAD_CLASSES}
        rows.append({
            "period": period,
            "events": sum(counts.values()),
            "counts": [{"type": type_, "count": n} for type_, n in counts.items()],
            **{name.replace(" ", "_"): n for name, n in by_class.items()},
            "balance": (by_class["verbal cooperation"] + by_class["material cooperation"]
                        - by_class["verbal conflict"] - by_class["material conflict"]),
        })
    return rows


QUERY = named_query("dyad_summary", PARAMS, twin)


def dyad_summary(store: Store, a: str | ActorRef, b: str | ActorRef, by: str = "month",
                 modalities: Iterable[str] = HAPPENED) -> list[dict[str, Any]]:
    """What happened between ``a`` and ``b``: event counts by type per period and the
    balance of cooperation and conflict (PLOVER quad classes, ``event_types.yaml``).

    Args:
        store: the graph.
        a, b: loose actor or country names ("Putin", "Russia", "FRA").
        by: ``"month"`` or ``"year"``.
        modalities: keep only these; the default keeps what happened (asserted and
            implied prior events), an empty iterable keeps all.

    Returns:
        One row per period, oldest first, undated last (period None): period, events,
        counts (``[{type, count}]``), verbal_cooperation, material_cooperation,
        verbal_conflict, material_conflict, balance (cooperation minus conflict).

    Raises:
        QueryError: a name matches no actor, both name the same actors, or ``by`` or a
            modality is unknown.

    Example:
        >>> dyad_summary(store, "Russia", "USA", by="year")[0]["period"]  # doctest: +SKIP
        '2022'
    """
    params = {"by": one_of(by, PERIODS, "period"), "modalities": modality_filter(modalities),
              "classes": quad_classes()}
    return call_with_dyad(store, a, b, lambda ref_a, ref_b: store.run_named(
        QUERY, {"a_ids": list(ref_a.ids), "b_ids": list(ref_b.ids), **params}))
