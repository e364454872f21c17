"""Which stored events a write can reach: per family, a window of dates, not its history.

:func:`~graphkit.store.planner.plan_write` re-clusters only the *date components* of a
family that the new reports reach (see ``_untouched_events`` there), so it needs only the
stored events that can chain into those components, and the implied prior contacts whose
period overlaps them (their ``REFERS_TO`` may change). It asks the store for them by
family **and** date window, so a write costs the same whether a pair met ten times or ten
thousand times:

1. the *core* of a family is the span of days its new (dated, mergeable) reports cover;
2. the store hands back the family's events starting within :data:`REACH_DAYS` of the core
   (every report of an event lies within a year of the event's start, so nothing that
   chains into the core starts further away), plus its implied prior contacts whose period
   overlaps that range (a period may be longer than a year);
3. when the components to re-cluster, or the periods of the implied contacts that overlap
   them, reach beyond the core, the core grows to cover them and the store is asked again.

An implied contact fetched but not wholly inside the fetched range may miss some of its
candidate priors: it is left as stored (it cannot be affected: step 3 guarantees every
implied contact whose period meets a re-clustered component lies inside).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from graphkit.model import EventDate

# How far (days) from its start an event's reports can reach: a year-precision report
# joins a cluster of its year; a day report within the rules' day window (added to this).
REACH_DAYS = 367
_FIRST, _LAST = date.min.toordinal(), date.max.toordinal()

Span = tuple[int, int]  # (first day, last day) as ordinals
Window = tuple[str, str, str]  # (family, first date_start, last date_start) as ISO days


def hull(spans: Iterable[Span | None]) -> Span | None:
    """The smallest span holding all ``spans`` (None when there are none)."""
    found = [s for s in spans if s is not None]
    if not found:
        return None
    return min(s[0] for s in found), max(s[1] for s in found)


def grow(cores: dict[str, Span], wanted: Mapping[str, Span]) -> bool:
    """Widen ``cores`` to hold ``wanted`` (in place); whether any core changed."""
    changed = False
    for family, span in wanted.items():
        core = cores.get(family)
        merged = hull([core, span])
        if merged != core and merged is not None:
            cores[family] = merged
            changed = True
    return changed


def fetched_range(core: Span, day_window: int) -> Span:
    """The range of event starts fetched for a core."""
    reach = REACH_DAYS + max(day_window, 0)
    return max(core[0] - reach, _FIRST), min(core[1] + reach, _LAST)


def windows(cores: Mapping[str, Span], day_window: int) -> list[Window]:
    """The (family, first, last) date_start windows to fetch, sorted by family."""
    out = []
    for family, core in sorted(cores.items()):
        first, last = fetched_range(core, day_window)
        out.append((family, date.fromordinal(first).isoformat(),
                    date.fromordinal(last).isoformat()))
    return out


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


def inside(span: Span | None, outer: Span) -> bool:
    return span is not None and outer[0] <= span[0] and span[1] <= outer[1]


def overlaps(span: Span | None, other: Span | None) -> bool:
    return (span is not None and other is not None
            and span[0] <= other[1] and other[0] <= span[1])
