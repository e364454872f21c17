"""Which stored events a write can reach: per family, the days its reports reach, not its history.

:func:`~graphkit.store.planner.plan_write` clusters again only the *components* of a
family that new reports reach (see ``_untouched_events`` there), so it needs only the
stored events that can join those components, and the implied prior contacts whose
period meets them (their ``REFERS_TO`` may change). It asks the store for them by family
**and** by the days its reports cover, so a write costs the same whether a pair met ten
times or ten thousand times:

1. the *core* of a family is the set of spans of days its new (dated, mergeable) reports
   cover (a month report covers its month; an implied "since March" contact its period);
2. the store hands back the family's events that hold a report whose days come within
   the day window of a span of the core (a day report can merge with another only within
   it; a month or year report joins or counts only what lies inside its own period);
3. when the components to cluster again, or the periods of the implied contacts that meet
   them, reach beyond the core, the core grows to cover them and the store is asked again.

Why a year *was* read either side: a year (month) report joins the single cluster of its
year (month), so whether it joins depends on how many clusters the period holds. The
planner reads that number as a count (``count_dated``) instead of the events: once two
clusters of the period lie outside what a write clusters again, no report of the period
can join anything, whatever the write does (see ``_untouched_events``).

An implied contact fetched whose period is not wholly inside the days fetched may miss
some of its candidate priors: it is left as stored (it cannot be affected: step 3
guarantees that every implied contact whose period meets a re-clustered component lies
inside).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache

from graphkit.model import EventDate

# How far (days) from its start an event's reports can reach: a year-precision report
# joins a cluster of its year; a day report within the rules' day window (added to this).
# (A store without an index of its reports' days may read candidates this far out, then
# keep those with a report inside the window.)
REACH_DAYS = 367
_FIRST, _LAST = date.min.toordinal(), date.max.toordinal()

Span = tuple[int, int]  # (first day, last day) as ordinals
Window = tuple[str, str, str]  # (family, first day, last day) as ISO days
Spans = list[Span]  # disjoint, sorted


@cache
def report_span(value: str | None, precision: str | None) -> Span | None:
    """The days (first, last ordinal) a report's date covers; None when undated."""
    if not value:
        return None
    if precision == "day":
        day = date.fromisoformat(value).toordinal()
        return day, day
    if precision in ("month", "year", "interval"):
        when = EventDate(value, precision)  # type: ignore[arg-type]
        return (date.fromisoformat(when.start).toordinal(),  # type: ignore[arg-type]
                date.fromisoformat(when.end).toordinal())  # type: ignore[arg-type]
    return _FIRST, _LAST  # (a precision clustering does not know: it reaches everything)


@cache  # (a write turns the same few hundred days to and from ISO thousands of times)
def iso(day: int) -> str:
    return date.fromordinal(day).isoformat()


@cache
def ordinal(day: str) -> int:
    """The ordinal of an ISO day (:func:`iso` the other way)."""
    return date.fromisoformat(day).toordinal()


def hull(spans: Iterable[Span | None]) -> Span | None:
    """The smallest span holding all ``spans`` (None when there are none)."""
    found = [s for s in spans if s is not None]
    if not found:
        return None
    return min(s[0] for s in found), max(s[1] for s in found)


def union(spans: Iterable[Span | None]) -> Spans:
    """The days of ``spans`` as disjoint sorted spans (touching spans joined)."""
    out: Spans = []
    for first, last in sorted(s for s in spans if s is not None):
        if out and first <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def grow(cores: dict[str, Spans], wanted: Mapping[str, Iterable[Span]]) -> set[str]:
    """Add the days of ``wanted`` to ``cores`` (in place); the families whose core changed."""
    changed: set[str] = set()
    for family, spans in wanted.items():
        core = cores.get(family, [])
        if spans == core:  # (the usual answer: what the core already holds)
            continue
        merged = union([*core, *spans])
        if merged != core:
            cores[family] = merged
            changed.add(family)
    return changed


def fetched_ranges(core: Spans, day_window: int) -> Spans:
    """The days a core's windows cover (each span widened by the day window)."""
    reach = max(day_window, 0)
    return union((max(a - reach, _FIRST), min(b + reach, _LAST)) for a, b in core)


def windows(cores: Mapping[str, Spans], day_window: int) -> list[Window]:
    """The (family, first day, last day) windows to fetch, sorted."""
    out = []
    for family, core in sorted(cores.items()):
        for first, last in fetched_ranges(core, day_window):
            out.append((family, iso(first), iso(last)))
    return out


def unread_windows(cores: Mapping[str, Spans], day_window: int,
                   read: dict[str, Spans]) -> list[Window]:
    """The parts of :func:`windows` that ``read`` (per family, the days read so far) does
    not cover, sorted; ``read`` then covers them too (in place). As a core only grows, the
    events meeting these parts and those read before are the events of all its windows."""
    out = []
    for family, core in sorted(cores.items()):
        done = read.get(family, [])
        ranges = fetched_ranges(core, day_window)
        if ranges == done:  # (a core that did not grow since: nothing new to read)
            continue
        if not done:  # (a family's first read: all of its ranges, already joined)
            out.extend((family, iso(first), iso(last)) for first, last in ranges)
            read[family] = ranges
            continue
        for first, last in ranges:
            for a, b in _minus((first, last), done):
                out.append((family, iso(a), iso(b)))
        read[family] = union([*done, *ranges])
    return out


def _minus(span: Span, spans: Spans) -> Spans:
    """The days of ``span`` outside ``spans`` (disjoint, sorted)."""
    out, start = [], span[0]
    for a, b in spans:
        if b < start or a > span[1]:
            continue
        if a > start:
            out.append((start, a - 1))
        start = max(start, b + 1)
    if start <= span[1]:
        out.append((start, span[1]))
    return out


@cache
def period(value: str | None, precision: str | None) -> Span | None:
    """The days an event's date covers, or None when undated (or unreadable)."""
    if not value or not precision:
        return None
    try:
        when = EventDate(value, precision)  # type: ignore[arg-type]
        return (date.fromisoformat(when.start).toordinal(),  # type: ignore[arg-type]
                date.fromisoformat(when.end).toordinal())  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def covered(span: Span | None, spans: Spans) -> bool:
    """Whether every day of ``span`` lies in ``spans`` (disjoint, sorted, joined)."""
    return span is not None and any(a <= span[0] and span[1] <= b for a, b in spans)


def overlaps(span: Span | None, other: Span | None) -> bool:
    return (span is not None and other is not None
            and span[0] <= other[1] and other[0] <= span[1])
