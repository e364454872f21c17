"""The analyst's questions as library functions: resumed contacts, dyad summaries, networks.

Like :mod:`graphkit.query`'s functions, each resolves loose names with
:func:`~graphkit.query.refs.resolve_ref` (a country, "Russia" or "FRA", means every actor of
that country, officials included) and runs a named query: ``queries/NAME.cypher`` on Neo4j,
its twin in :mod:`graphkit.query.analyst` on the embedded store.

Example::

    from graphkit.store import open_store
    from graphkit.query import actor_network, dyad_summary, resumed_contacts

    with open_store() as store:
        for row in resumed_contacts(store, min_gap_days=365, date_from="2025-01-01"):
            print(row["a_name"], row["b_name"], row["date"], f"after {row['gap_days']} days")
        for row in dyad_summary(store, "Russia", "France", by="year"):
            print(row["period"], row["events"], row["balance"])
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from graphkit.errors import QueryError
from graphkit.query.analyst import HAPPENED, MAX_DEPTH
from graphkit.query.classes import quad_classes
from graphkit.query.params import date_range, modality_filter, one_of
from graphkit.query.refs import resolve_ref
from graphkit.store.base import Store

PERIODS = ("month", "year")
LEVELS = ("actor", "country")


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
        previous_type, previous_date, previous_date_start), the resumed one (event_id,
        type, date, date_precision, date_start, modality, evidence, article_id) and
        gap_days.

    Raises:
        QueryError: a negative gap, a malformed date or an unknown level.

    Example:
        >>> [(r["a_name"], r["gap_days"]) for r in resumed_contacts(store, 365)]  # doctest: +SKIP
        [('Donald Trump', 895)]
    """
    if isinstance(min_gap_days, bool) or not isinstance(min_gap_days, int) or min_gap_days < 0:
        raise QueryError(f"min_gap_days must be a whole number of days, 0 or more, "
                         f"not {min_gap_days!r}")
    return store.run_named("resumed_contacts", {
        "min_gap_days": min_gap_days, **date_range(date_from, date_to),
        "level": one_of(level, LEVELS, "level")})


def dyad_summary(store: Store, a: str, b: str, by: str = "month",
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
        QueryError: a name matches no actor, or ``by`` or a modality is unknown.

    Example:
        >>> dyad_summary(store, "Russia", "USA", by="year")[0]["period"]  # doctest: +SKIP
        '2022'
    """
    ref_a, ref_b = resolve_ref(store, a), resolve_ref(store, b)
    return store.run_named("dyad_summary", {
        "a_ids": list(ref_a.ids), "b_ids": list(ref_b.ids), "by": one_of(by, PERIODS, "period"),
        "modalities": modality_filter(modalities), "classes": quad_classes()})


def actor_network(store: Store, x: str, depth: int = 1, date_from: str | date | None = None,
                  date_to: str | date | None = None,
                  modalities: Iterable[str] = HAPPENED) -> list[dict[str, Any]]:
    """Who ``x`` dealt with, how often and in what way: its ego network up to ``depth``.

    Args:
        store: the graph.
        x: a loose actor or country name (a country: every actor of it is the centre).
        depth: 1 (x's partners), 2 (and their partners) or 3.
        date_from, date_to: inclusive range; events overlapping it count.
        modalities: as for :func:`dyad_summary`.

    Returns:
        One row per (source, target) pair, nearest layer first, busiest first: depth,
        source_id, source_name, target_id, target_name, target_kind, target_country,
        events, types (``[{type, count}]``), cooperation, conflict, first_date, last_date.

    Raises:
        QueryError: the name matches no actor, the depth is out of range, a date is
            malformed or a modality unknown.

    Example:
        >>> [r["target_name"] for r in actor_network(store, "Putin")]  # doctest: +SKIP
        ['Donald Trump']
    """
    if isinstance(depth, bool) or not isinstance(depth, int) or not 1 <= depth <= MAX_DEPTH:
        raise QueryError(f"depth must be 1 to {MAX_DEPTH}, not {depth!r}")
    params = {"depth": depth, **date_range(date_from, date_to),
              "modalities": modality_filter(modalities), "classes": quad_classes()}
    ref = resolve_ref(store, x)
    return store.run_named("actor_network", {"x_ids": list(ref.ids), **params})


def dyad_events(store: Store, a: str, b: str,
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
        QueryError: a name matches no actor, or a modality is unknown.

    Example:
        >>> [r["type"] for r in dyad_events(store, "Russia", "USA")][:2]  # doctest: +SKIP
        ['CALL', 'MEET']
    """
    ref_a, ref_b = resolve_ref(store, a), resolve_ref(store, b)
    return store.run_named("dyad_events", {"a_ids": list(ref_a.ids), "b_ids": list(ref_b.ids),
                                           "modalities": modality_filter(modalities)})
