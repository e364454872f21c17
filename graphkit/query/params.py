"""The query functions' argument checks: dates, filters and choices, before a named query.

The units of :mod:`graphkit.query.named` pass what the caller gave through
these, so every function accepts the same forms (``date`` or ``YYYY-MM-DD``; names given
twice count once) and raises the same QueryError naming the argument and what it accepts.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from graphkit.errors import QueryError
from graphkit.model import EVENT_SOURCES, EVENT_TYPES, MODALITIES


def iso_date(value: str | date, name: str) -> str:
    """``value`` (a ``date`` or ``YYYY-MM-DD``, spaces around allowed) as ``YYYY-MM-DD``.

    Raises:
        QueryError: ``value`` is not such a date (None included).
    """
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise QueryError(f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None


def date_range(date_from: str | date | None,
               date_to: str | date | None) -> dict[str, str | None]:
    """``{"date_from", "date_to"}`` as :func:`iso_date`, a None bound left open (None).

    Raises:
        QueryError: a bound is not a date, or ``date_from`` is after ``date_to`` (the
            range holds no day: an answer of "no events" would hide the swapped bounds).
    """
    bounds = {name: None if value is None else iso_date(value, name)
              for name, value in (("date_from", date_from), ("date_to", date_to))}
    if bounds["date_from"] and bounds["date_to"] and bounds["date_from"] > bounds["date_to"]:
        raise QueryError(f"the range starts after it ends: from {bounds['date_from']} "
                         f"to {bounds['date_to']}")
    return bounds


def checked(values: Iterable[str], allowed: tuple[str, ...], what: str) -> list[str]:
    """``values`` as a list, each once in first-seen order, all of them in ``allowed``.

    Raises:
        QueryError: one is not in ``allowed`` (``what`` names the kind: "modality"...).
    """
    out = list(dict.fromkeys(values))
    unknown = [v for v in out if v not in allowed]
    if unknown:
        raise QueryError(f"unknown {what} {', '.join(map(repr, unknown))} "
                         f"(one of {', '.join(allowed)})")
    return out


def _names(values: str | Iterable[str]) -> Iterable[str]:
    """One name given alone (``types="CALL"``) is that name, not its letters."""
    return (values,) if isinstance(values, str) else values


def modality_filter(values: str | Iterable[str]) -> list[str]:
    """The modalities to keep, checked against :data:`graphkit.model.MODALITIES`."""
    return checked(_names(values), MODALITIES, "modality")


def type_filter(values: str | Iterable[str]) -> list[str]:
    """The event types to keep, upper-cased ("call" is CALL), checked against
    :data:`graphkit.model.EVENT_TYPES`; one type may be given alone (``"CALL"``)."""
    return checked((t.upper() for t in _names(values)), EVENT_TYPES, "event type")


def source_filter(values: str | Iterable[str]) -> list[str]:
    """Who coded the events to keep, lower-cased ("GDELT" is gdelt), checked against
    :data:`graphkit.model.EVENT_SOURCES`."""
    return checked((s.lower() for s in _names(values)), EVENT_SOURCES, "event source")


def one_of(value: str, allowed: tuple[str, ...], what: str) -> str:
    """``value`` itself, if it is one of ``allowed``.

    Raises:
        QueryError: it is not (``what`` names the kind: "level", "period"...).
    """
    if value not in allowed:
        raise QueryError(f"unknown {what} {value!r} (one of {', '.join(allowed)})")
    return value


def page(limit: int | None, offset: int) -> dict[str, int | None]:
    """``{"limit", "offset"}`` of a page of rows: ``offset`` rows skipped, then at most
    ``limit`` (None: all the rest).

    Raises:
        QueryError: ``limit`` or ``offset`` is negative or not an integer.
    """
    for name, value in (("limit", limit), ("offset", offset)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                  or value < 0):
            raise QueryError(f"{name} must be a whole number, 0 or more, not {value!r}")
    if offset is None:
        raise QueryError("offset must be a whole number, 0 or more, not None")
    return {"limit": limit, "offset": offset}
