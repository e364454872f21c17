"""The timeline of an actor or a country in every report format.

``text``, ``markdown`` and ``json`` are :func:`graphkit.reports.text.format_events`; ``csv`` is one
row per event; ``png`` and ``svg`` the events on a time axis by type; ``html`` a
self-contained page with that chart and the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graphkit.errors import QueryError
from graphkit.reference.ontology import quad_classes
from graphkit.reports.dyad import events_csv
from graphkit.reports.formats import REPORT_FORMATS, TABLE_FORMATS
from graphkit.reports.page import esc, html_page, html_table, inline_svg, link
from graphkit.reports.text import format_events, participants_text, source_where

TIMELINE_FORMATS = REPORT_FORMATS
TIMELINE_CSV_COLUMNS = ("date", "date_precision", "type", "quad_class", "modality",
                        "participants", "evidence", "article_id", "article_title",
                        "article_outlet", "article_url", "article_published", "event_id")
"""The columns a timeline row fills (a dyad report's CSV also has the silence before each
contact and how many articles report it)."""


def render_timeline(rows: Sequence[dict[str, Any]], fmt: str, title: str) -> str | bytes:
    """Timeline rows (:func:`graphkit.query.timeline`) in ``fmt``; PNG is bytes.

    Raises:
        QueryError: an unknown format.

    Example:
        >>> render_timeline(timeline(store, "Russia"), "csv", "Russia")  # doctest: +SKIP
        'date,date_precision,type,...'
    """
    if fmt in TABLE_FORMATS:
        return format_events(rows, fmt, title=title)
    from graphkit.reports.chart import events_chart  # (matplotlib: 0.7 s to import, charts only)

    classes = quad_classes()
    rows = [{**r, "quad_class": classes.get(r.get("type") or "")} for r in rows]
    if fmt == "csv":
        return events_csv(rows, TIMELINE_CSV_COLUMNS)
    if fmt == "png":
        return events_chart(rows, title, "png", classes)
    if fmt == "svg":
        return events_chart(rows, title, "svg", classes).decode("utf-8")
    if fmt == "html":
        table = html_table(("date", "type", "modality", "participants", "evidence", "source"), [
            (r.get("date") or "undated", r.get("type"), r.get("modality"),
             participants_text(r), r.get("evidence"), _source_html(r)) for r in rows],
            raw=("source",))
        chart = inline_svg(events_chart(rows, title, "svg", classes))
        return html_page(title, f'<h1>{esc(title)}</h1>\n<div class="chart">{chart}</div>\n{table}')
    raise QueryError(f"unknown timeline format {fmt!r} (one of {', '.join(TIMELINE_FORMATS)})")


def _source_html(row: dict[str, Any]) -> str:
    """Where a row was read, as HTML: the outlet and day, then the article's title linked
    to its URL ("Harbour Wire, 2025-06-25: <a href=…>Putin and Aliyev talk</a>")."""
    where = source_where(row)
    title = link(row.get("article_title"), row.get("article_url"))
    return ": ".join(part for part in (esc(where), title) if part)
