"""Events on a time axis, one row per event type, as PNG or SVG (matplotlib, no display).

A day-precision event is a dot; a month- or year-precision one a bar over its whole period
(``2022-09`` covers September), so a vague date never looks precise. The colour is the
type's quad class (``schema/event_types.yaml``); events that did not happen (planned,
hypothetical, negated) are hollow. Silences (long gaps between contacts) are shaded and
labelled with their length in days. Undated events cannot be placed and are counted in the
subtitle.

The figure is drawn on a bare :class:`matplotlib.figure.Figure`, never through pyplot, so
no GUI backend is needed and nothing global changes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import matplotlib
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from graphkit.model import EVENT_TYPES, HAPPENED
from graphkit.reports.formats import IMAGE_FORMATS

_COLOURS = {
    "verbal cooperation": "#4c9be8",
    "material cooperation": "#1a7f37",
    "verbal conflict": "#e8a23c",
    "material conflict": "#cf222e",
    None: "#8c959f",
}


def events_chart(rows: Sequence[dict[str, Any]], title: str, fmt: str,
                 classes: dict[str, str] | None = None,
                 silences: Sequence[dict[str, Any]] = ()) -> bytes:
    """Draw ``rows`` (event rows with type, date_start, date_end, date_precision, modality).

    Args:
        rows: the events, in any order.
        title: the chart's title.
        fmt: ``"png"`` or ``"svg"``.
        classes: event type -> quad class, for colours (None: all grey).
        silences: ``{"start", "end", "days"}`` spans to shade (ISO dates).

    Returns:
        The image file's bytes (an SVG is UTF-8 text).

    Example:
        >>> png = events_chart(rows, "Russia and France", "png")  # doctest: +SKIP
        >>> png[:8] == b"\\x89PNG\\r\\n\\x1a\\n"  # doctest: +SKIP
        True
    """
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"chart format must be one of {IMAGE_FORMATS}, not {fmt!r}")
    classes = classes or {}
    dated = [r for r in rows if r.get("date_start")]
    types = sorted({r.get("type") or "OTHER" for r in dated},
                   key=lambda t: (EVENT_TYPES.index(t) if t in EVENT_TYPES else 99, t))
    row_of = {t: i for i, t in enumerate(reversed(types))}
    figure = Figure(figsize=(10, 1.6 + 0.45 * max(len(types), 1)), layout="constrained")
    ax = figure.add_subplot()
    for silence in silences:
        start, end = date.fromisoformat(silence["start"]), date.fromisoformat(silence["end"])
        ax.axvspan(start, end, color="#d0d7de", alpha=0.5, lw=0)
        ax.text(start + (end - start) / 2, len(types) - 0.45, f"{silence['days']} days",
                ha="center", va="top", fontsize=8, color="#57606a")
    for row in dated:
        y = row_of[row.get("type") or "OTHER"]
        colour = _COLOURS.get(classes.get(row.get("type") or ""), _COLOURS[None])
        hollow = row.get("modality") not in HAPPENED
        start = date.fromisoformat(row["date_start"])
        if row.get("date_precision") in ("month", "year") and row.get("date_end"):
            end = date.fromisoformat(row["date_end"]) + timedelta(days=1)
            ax.plot([start, end], [y, y], color=colour, lw=6, alpha=0.35 if hollow else 0.6,
                    solid_capstyle="butt")
        ax.plot([start], [y], marker="o", ms=7, color=colour, ls="none",
                markerfacecolor="white" if hollow else colour)
    ax.set_yticks(range(len(types)), list(reversed(types)))
    ax.set_ylim(-0.7, max(len(types), 1) - 0.3)
    ax.grid(axis="x", color="#eaeef2")
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if dated:
        locator = AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    else:
        ax.set_xticks([])
        ax.text(0.5, 0.5, "no dated events", transform=ax.transAxes, ha="center",
                color="#57606a")
    shown = sorted({classes.get(r.get("type") or "") for r in dated} - {None})
    if shown:
        ax.legend(handles=[Line2D([], [], marker="o", ls="none", color=_COLOURS[c], label=c)
                           for c in shown], loc="upper left", bbox_to_anchor=(1.0, 1.0),
                  fontsize=8, frameon=False)
    undated = len(rows) - len(dated)
    subtitle = f"{len(dated)} dated events" + (f", {undated} undated not shown" if undated else "")
    ax.set_title(f"{title}\n{subtitle}", loc="left", fontsize=10)
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "graphkit", "svg.fonttype": "none"}):
        figure.savefig(buffer, format=fmt, dpi=110,
                       metadata={"Date": None} if fmt == "svg" else {"Software": None})
    return buffer.getvalue()
