"""Which stored events a write clusters again, and which it leaves as they are stored.

Clustering one family's reports of one modality (:func:`graphkit.resolve.events.cluster`)
falls apart into independent *components*:

- day reports merge only with day reports within ``day_window`` days (chained): each such
  chain is clustered on its own (a cluster's seed is one of its days);
- a month report joins the single day cluster seeded in its month, so it depends on the
  day reports of its month; a year report joins the single day or month cluster of its
  year, so it depends on the day reports and month clusters of its year;
- unless the period holds two clusters or more that the write does not cluster again:
  then no report of the period joins anything before or after the write, whatever the
  write changes, and the period links nothing (it is *saturated*). The store counts the
  clusters of a period (``count_dated``), so the events of a busy year are never read
  to learn that no year report can join one of them.

A component no new report reaches keeps its events as stored. A stored event is also
clustered again when a new report has its id or the mention id of one of its reports
(an article written again), when it has a relationship graphkit does not write, or when
it is not an event clustering would leave (no report; an undated or interval report
beside others). Undated, interval and never-merging reports are components of their own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from typing import Any

from graphkit.model import CALENDAR_PRECISIONS, EventDate
from graphkit.resolve import ResolutionRules
from graphkit.store.windows import Span, Spans, hull, report_span, union

Row = dict[str, Any]
# A period whose clusters a month or year report counts: (family, modality, "YYYY-MM" or
# "YYYY"); its clusters are the day clusters seeded in the month, or the day and month
# clusters of the year.
Period = tuple[str, str, str]
# What a store counts for a Period: (family, modality, precisions, first day, last day):
# the events of that family and modality, of one of those date precisions, whose date
# starts in [first, last] (ISO days).
DatedQuery = tuple[str, str, tuple[str, ...], str, str]


def dated_query(key: Period) -> DatedQuery:
    """The count a store makes for a period's clusters."""
    family, modality, value = key
    when = EventDate(value, "month" if len(value) == 7 else "year")  # type: ignore[arg-type]
    precisions = ("day",) if len(value) == 7 else ("day", "month")
    return family, modality, precisions, when.start, when.end  # type: ignore[return-value]


@cache
def _period_span(value: str) -> Span:
    return report_span(value, "month" if len(value) == 7 else "year")  # type: ignore[return-value]


@dataclass
class _Unit:
    """An event (or a new report) as a member of one family's and modality's components."""

    event_id: str | None  # None: a new report
    touched: bool
    days: Span | None = None  # the span of its day reports
    periods: set[str] = field(default_factory=set)  # its month and year reports' values
    span: Span | None = None  # the span of all its reports' days
    precision: str | None = None  # its own date's (for counting the clusters of a period)
    value: str | None = None


@dataclass
class Reach:
    """What a write clusters again (see the module docstring).

    ``kept``: the stored events left as they are; ``extents``: per family, the days of
    the components clustered again (the store must hand over every event within the day
    window of them); ``kept_counts``: per (family, modality), the clusters each period of
    a re-clustered month or year report keeps outside the write (none, or two or more);
    ``need``: the periods whose stored clusters must be counted before the answer holds.
    """

    kept: set[str]
    extents: dict[str, Spans]
    kept_counts: dict[tuple[str, str], dict[str, int]]
    need: set[Period]


@dataclass
class ReachMemo:
    """What :func:`untouched_events` worked out in one write, for its next call in the
    same write (the planner calls it again when it has counted periods or grown the
    cores, ~2.8 times a write): each stored event's unit, the new reports' units, and per
    (family, modality) its members' ids and its part of the answer. A group is sorted
    again only when its members changed or a period it asked to count has been counted."""

    units: dict[str, _Unit | None] = field(default_factory=dict)
    new_units: dict[tuple[str, str], list[_Unit]] | None = None
    groups: dict[tuple[str, str], tuple[tuple[str, ...], Reach]] = field(default_factory=dict)


def untouched_events(stored: Sequence[Any], new_reports: Sequence[Row], rules: ResolutionRules,
                     counts: Mapping[Period, int] | None, memo: ReachMemo | None = None,
                     dirty: set[str] | frozenset[str] = frozenset()) -> Reach:
    """Sort the fetched events of the written families into kept and clustered again.

    Args:
        stored: the :class:`~graphkit.store.planner.EventSummary` of the stored events of
            the families written.
        new_reports: the write's reports.
        counts: the stored clusters of the periods counted so far; None when the store
            cannot count (then every period links what it holds).
        memo: kept across the calls of one write (same ``new_reports`` and rules, the
            same summary for an event id, ``counts`` only growing): groups whose
            members and counts did not change are not sorted again.
        dirty: ids of stored events clustered again whatever the new reports (those
            losing a withdrawn report: :mod:`graphkit.store.withdrawals`); the same in
            every call of one write.
    """
    memo = memo if memo is not None else ReachMemo()
    window = max(rules.day_window, 0)
    units: dict[tuple[str, str], list[_Unit]] = defaultdict(list)
    kept: set[str] = set()
    new_ids: set[str] | None = None
    for event in stored:
        props = event.props
        event_id = props["id"]
        if event_id in memo.units:
            unit = memo.units[event_id]
        else:
            if new_ids is None:
                new_ids = {r["mention_id"] for r in new_reports} | dirty
            unit = memo.units[event_id] = _stored_unit(event, new_ids, rules)
        if unit is None:
            kept.add(event_id)
        else:
            units[(props["resolution_key"], props["modality"])].append(unit)
    for group, members in _new_units(new_reports, rules, memo).items():
        units[group].extend(members)
    out = Reach(kept, {}, {}, set())
    extents: dict[str, list[Spans]] = defaultdict(list)  # (joined once per family, below)
    for (family, modality), members in units.items():
        ids = tuple(u.event_id for u in members if u.event_id is not None)
        before = memo.groups.get((family, modality))
        if before is None or before[0] != ids or (
                counts is not None and any(k in counts for k in before[1].need)):
            part = Reach(set(), {}, {}, set())
            _components(family, modality, members, window, counts, part)
            memo.groups[(family, modality)] = before = (ids, part)
        part = before[1]
        out.kept.update(part.kept)
        if family in part.extents:
            extents[family].append(part.extents[family])
        out.kept_counts.update(part.kept_counts)
        out.need.update(part.need)
    # (a family of one group holds that group's extent, already joined)
    out.extents = {family: list(parts[0]) if len(parts) == 1
                   else union(chain.from_iterable(parts)) for family, parts in extents.items()}
    return out


def new_periods(new_reports: Sequence[Row], rules: ResolutionRules,
                memo: ReachMemo | None = None) -> set[Period]:
    """The periods of the write's month and year reports: :func:`untouched_events` asks
    for each of them (a new report is always clustered again), so a store may count them
    with its first read. ``memo``: the one the write's :func:`untouched_events` calls
    share (the new reports' units are then made once for both)."""
    return {(family, modality, value)
            for (family, modality), units in _new_units(new_reports, rules, memo).items()
            for unit in units for value in unit.periods}


def _new_units(new_reports: Sequence[Row], rules: ResolutionRules, memo: ReachMemo | None
               ) -> dict[tuple[str, str], list[_Unit]]:
    """The new reports' units by (family, modality) (those with a span: an undated report
    has no period and reaches nothing), made once per ``memo``."""
    if memo is not None and memo.new_units is not None:
        return memo.new_units
    units: dict[tuple[str, str], list[_Unit]] = defaultdict(list)
    for r in new_reports:
        if r["family"] is None or r["modality"] not in rules.merge_modalities:
            continue
        unit = _Unit(None, True)
        _add_report(unit, r["date"], r["date_precision"])
        if unit.span is not None:
            units[(r["family"], r["modality"])].append(unit)
    if memo is not None:
        memo.new_units = units
    return units


def _stored_unit(event: Any, new_ids: set[str], rules: ResolutionRules) -> _Unit | None:
    """A stored event as a unit, or None when it is alone and untouched."""
    props = event.props
    mergeable = props["modality"] in rules.merge_modalities
    dirty = event.foreign or props["id"] in new_ids or any(
        m[0] in new_ids for m in event.mentions)
    unit = _Unit(props["id"], dirty, precision=props.get("date_precision"),
                 value=props.get("date"))
    odd = 0  # undated or interval reports (never merged with another report)
    for _, value, precision in event.mentions:
        if not value or precision not in CALENDAR_PRECISIONS:
            odd += 1
        if mergeable:
            _add_report(unit, value, precision)
    # (an event as clustering never leaves one: no report, or several that never merge)
    if not event.mentions or (odd and len(event.mentions) > 1) \
            or (not mergeable and len(event.mentions) > 1):
        unit.touched = True
    if unit.span is None:  # alone: nothing new can join it
        return unit if unit.touched else None
    return unit


def _add_report(unit: _Unit, value: str | None, precision: str | None) -> None:
    span = report_span(value, precision)
    if span is None:
        return
    unit.span = _joined(unit.span, span)
    if precision == "day":
        unit.days = _joined(unit.days, span)
    elif precision in ("month", "year"):
        unit.periods.add(value)  # type: ignore[arg-type]


def _joined(span: Span | None, other: Span) -> Span:
    """``hull([span, other])``, for the one case a report adds (called per report)."""
    if span is None:
        return other
    return min(span[0], other[0]), max(span[1], other[1])


def _components(family: str, modality: str, units: list[_Unit], window: int,
                counts: Mapping[Period, int] | None, out: Reach) -> None:
    """Sort one family's and modality's units (see the module docstring) into ``out``."""
    n = len(units)
    if n == 1 and not units[0].periods:  # (most groups: what the steps below give it)
        unit = units[0]
        if unit.touched:
            out.extents[family] = union([*out.extents.get(family, []), unit.span])
        elif unit.event_id is not None:
            out.kept.add(unit.event_id)
        return
    present: dict[str, int] = {}  # period value -> its node (after the units)
    for unit in units:
        for value in unit.periods:
            present.setdefault(value, n + len(present))
    by_day = sorted((u.days[0], u.days[1], i) for i, u in enumerate(units) if u.days)
    if not present and all(u.touched for u in units):
        # (a group of new reports and touched events only, no month or year report: all
        # of it is clustered again, and its components are the chains of days)
        out.extents[family] = union([*out.extents.get(family, []),
                                     *_chains(units, by_day, window)])
        return
    linked: set[str] = set()  # periods that link what they hold (not saturated)
    while True:
        links = _link(units, present, by_day, linked, window)
        find = links.find
        touched_roots = {find(i) for i, u in enumerate(units) if u.touched}
        touched = [u for i, u in enumerate(units) if find(i) in touched_roots]
        inside = _Inside(touched)
        days = [u.days for u in touched if u.days]
        # (a month whose reports are clustered again may gain or lose a month cluster)
        months = {v[:4] for v, node in present.items()
                  if len(v) == 7 and find(node) in touched_roots}
        more = False
        for value, node in present.items():
            if value in linked:
                continue
            span = _period_span(value)
            if find(node) not in touched_roots and value not in months and not any(
                    d[0] <= span[1] and span[0] <= d[1] for d in days):
                continue  # (nothing the write clusters again lies in it)
            kept_here = _kept_in(family, modality, value, inside, counts, out)
            if kept_here is not None and kept_here < 2:
                linked.add(value)
                more = True
        if not more:
            break
    spans: dict[int, Span | None] = {}
    for i, unit in enumerate(units):
        root = find(i)
        if root in touched_roots:
            held, span = spans.get(root), unit.span  # (hull([held, span]), per unit)
            spans[root] = span if held is None else held if span is None \
                else _joined(held, span)
        elif unit.event_id is not None:
            out.kept.add(unit.event_id)
    for value, node in present.items():
        root = find(node)
        if root not in touched_roots:
            continue
        if value in linked:
            spans[root] = hull([spans.get(root), _period_span(value)])
            continue
        kept_here = _kept_in(family, modality, value, inside, counts, out)
        if kept_here:
            out.kept_counts.setdefault((family, modality), {})[value] = kept_here
    if spans:
        out.extents[family] = union([*out.extents.get(family, []), *spans.values()])


def _chains(units: list[_Unit], by_day: list[tuple[int, int, int]], window: int) -> Spans:
    """The spans of a group's components when no period links them: each chain of day
    reports within the window (as :func:`_link` joins them) and each unit without day
    reports on its own, as the hull of its units' spans (in no order)."""
    spans = [u.span for u in units if not u.days and u.span is not None]
    end: int | None = None
    chain: Span | None = None
    for first, stop, i in by_day:
        span = units[i].span
        if end is not None and first <= end + window:
            chain = _joined(chain, span) if chain is not None else span  # type: ignore[arg-type]
        else:
            if chain is not None:
                spans.append(chain)
            chain = span
        end = stop if end is None else max(end, stop)
    if chain is not None:
        spans.append(chain)
    return spans


class _Links:
    """Which units (and periods) are linked: a union-find over their indexes."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)


def _link(units: list[_Unit], present: dict[str, int], by_day: list[tuple[int, int, int]],
          linked: set[str], window: int) -> _Links:
    """Link what clustering ties together: day reports within the window (chained), a
    month or year report to its period, a period not saturated to what lies in it."""
    links = _Links(len(units) + len(present))
    end, last = None, None
    for first, stop, i in by_day:
        if end is not None and first <= end + window:
            links.join(i, last)  # type: ignore[arg-type]
        end = stop if end is None else max(end, stop)
        last = i
    for i, unit in enumerate(units):
        for value in unit.periods:
            links.join(i, present[value])
    for value in linked:
        span = _period_span(value)
        for first, stop, i in by_day:
            if first <= span[1] and span[0] <= stop:
                links.join(i, present[value])
        if len(value) == 4:
            for month, node in present.items():
                if len(month) == 7 and month[:4] == value:
                    links.join(node, present[value])
    return links


class _Inside:
    """How many stored events of the units clustered again each period holds (the day
    events of a month, the day and month events of a year): counted once, by period,
    for all the periods of a group rather than once per period."""

    def __init__(self, touched: list[_Unit]) -> None:
        self.touched = touched
        self.by_length: dict[int, dict[str, int]] = {}

    def count(self, value: str) -> int:
        n = len(value)
        counted = self.by_length.get(n)
        if counted is None:
            precisions = ("day",) if n == 7 else ("day", "month")
            counted = self.by_length[n] = defaultdict(int)
            for u in self.touched:
                if u.event_id is not None and u.precision in precisions and u.value:
                    counted[u.value[:n]] += 1
        return counted.get(value, 0)


def _kept_in(family: str, modality: str, value: str, inside: _Inside,
             counts: Mapping[Period, int] | None, out: Reach) -> int | None:
    """How many clusters of a period lie outside what the write clusters again; None
    while the store has not counted them (then the period is asked for)."""
    if counts is None:
        return 0
    key = (family, modality, value)
    if key not in counts:
        out.need.add(key)
        return None
    return counts[key] - inside.count(value)
