"""The dyad report: one page on two actors or countries an analyst can paste into a brief.

:func:`dyad_report` assembles a :class:`DyadReport` from the rows of the named queries
``dyad_events`` and ``dyad_summary`` (:meth:`graphkit.api.KnowledgeGraph.report` runs them): the
contact history with the silence before each contact, the silences of at least
``min_gap_days``, the balance of cooperation and conflict per year, the latest statements
and the sources. One ``render_*`` function per format turns it into text (rich tables),
markdown, JSON, CSV (one row per event), PNG or SVG (the events on a time axis, silences
shaded) or a self-contained HTML page.

Example::

    import graphkit

    with graphkit.open() as kg:
        report = kg.report("Russia", "France")
    print(render_dyad(report, "markdown"))
    Path("russia-france.html").write_text(render_dyad(report, "html"))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from graphkit.errors import QueryError
from graphkit.model import CONTACT_TYPES, HAPPENED
from graphkit.query.refs import ActorRef
from graphkit.reference.ontology import quad_classes
from graphkit.reports.formats import REPORT_FORMATS
from graphkit.reports.page import csv_text, esc, html_page, html_table, inline_svg, link
from graphkit.reports.text import participants_text, render_table, to_json
from graphkit.reports.text import render_markdown as markdown_table

Row = dict[str, Any]
DEFAULT_MIN_GAP_DAYS = 90
LATEST_STATEMENTS = 5
EVENT_CSV_COLUMNS = ("date", "date_precision", "type", "quad_class", "modality", "gap_days",
                     "participants", "evidence", "article_id", "article_title", "article_outlet",
                     "article_url", "article_published", "n_articles", "event_id")
CONTACT_CSV_COLUMNS = ("date", "date_precision", "type", "modality", "evidence", "article_id",
                       "article_title", "article_outlet", "article_url", "article_published",
                       "event_id")
"""The columns of ``graphkit contacts --format csv``: what a contacts row holds."""


@dataclass(frozen=True)
class DyadReport:
    """What the store knows about two sides, ready to render.

    Attributes:
        a, b: the resolved sides (a country ref covers all of its actors).
        events: every event between them (``dyad_events`` rows, all modalities), oldest
            first, each with ``quad_class`` and, for contacts, ``gap_days``.
        contacts: the calls and meetings among ``events``; ``gap_days`` is the silence
            since the previous contact that happened (None for the first, and for planned,
            hypothetical, negated or undated ones).
        silences: gaps of at least ``min_gap_days`` between contacts that happened:
            ``{start, end, days, event_id}`` (event_id: the contact that ended it).
        summary: ``dyad_summary`` by year (events that happened).
        statements: the latest verbal events other than contacts (statements,
            accusations, demands, threats, agreements), newest first.
        sources: the articles behind ``events``, newest first, with how many events each.
        min_gap_days: the shortest gap listed as a silence.
    """

    a: ActorRef
    b: ActorRef
    events: tuple[Row, ...]
    contacts: tuple[Row, ...]
    silences: tuple[Row, ...]
    summary: tuple[Row, ...]
    statements: tuple[Row, ...]
    sources: tuple[Row, ...]
    min_gap_days: int = DEFAULT_MIN_GAP_DAYS

    @property
    def title(self) -> str:
        return f"{self.a.label} and {self.b.label}"

    def overview(self) -> Row:
        """Headline numbers: events, contacts, first and latest contact, longest silence,
        and the overall balance of cooperation and conflict."""
        happened = [c for c in self.contacts if c.get("modality") in HAPPENED and c.get("date")]
        longest = max(self.silences, key=lambda s: s["days"], default=None)
        return {
            "events": len(self.events),
            "contacts": len(happened),
            "first_contact": happened[0]["date"] if happened else None,
            "latest_contact": happened[-1]["date"] if happened else None,
            "longest_silence": longest,
            "balance": sum(r["balance"] for r in self.summary),
        }

    def render(self, fmt: str) -> str | bytes:
        """The report in ``fmt`` (one of :data:`FORMATS`): see :func:`render_dyad`."""
        return render_dyad(self, fmt)

    def as_dict(self) -> Row:
        """The report as plain JSON-ready values."""
        def side(ref: ActorRef) -> Row:
            return {"text": ref.text, "label": ref.label, "kind": ref.kind,
                    "country": ref.country, "ids": list(ref.ids)}

        return {"a": side(self.a), "b": side(self.b), "min_gap_days": self.min_gap_days,
                "overview": self.overview(), "contacts": list(self.contacts),
                "silences": list(self.silences), "summary": list(self.summary),
                "statements": list(self.statements), "sources": list(self.sources),
                "events": list(self.events)}


def dyad_report(a: ActorRef, b: ActorRef, events: list[Row], summary: list[Row],
                min_gap_days: int = DEFAULT_MIN_GAP_DAYS) -> DyadReport:
    """The report on two resolved sides from their query rows.

    Args:
        a, b: the sides.
        events: ``dyad_events`` rows of every modality, oldest first.
        summary: ``dyad_summary`` rows by year of the events that happened.
        min_gap_days: the shortest silence between contacts worth listing.

    Raises:
        QueryError: ``min_gap_days`` is negative.
    """
    if min_gap_days < 0:
        raise QueryError(f"min_gap_days must be 0 or more, not {min_gap_days!r}")
    classes = quad_classes()
    events = [{**row, "quad_class": classes.get(row.get("type") or ""), "gap_days": None}
              for row in events]
    silences = _add_gaps(events, min_gap_days)
    statements = sorted(
        (e for e in events if e["type"] not in CONTACT_TYPES and e["modality"] in HAPPENED
         and (e["quad_class"] or "").startswith("verbal")),
        key=lambda e: (e.get("date_start") or "", e["event_id"]), reverse=True)
    return DyadReport(
        a=a, b=b, events=tuple(events),
        contacts=tuple(e for e in events if e["type"] in CONTACT_TYPES),
        silences=tuple(silences), summary=tuple(summary),
        statements=tuple(statements[:LATEST_STATEMENTS]),
        sources=tuple(_sources(events)), min_gap_days=min_gap_days)


def _add_gaps(events: list[Row], min_gap_days: int) -> list[Row]:
    """Set each happened, dated contact's ``gap_days``; return the long silences."""
    silences, previous = [], None
    for event in events:  # oldest first
        if (event["type"] not in CONTACT_TYPES or event["modality"] not in HAPPENED
                or not event.get("date_start")):
            continue
        if previous is not None:
            days = (date.fromisoformat(event["date_start"])
                    - date.fromisoformat(previous["date_start"])).days
            event["gap_days"] = days
            if days >= min_gap_days:
                silences.append({"start": previous["date_start"], "end": event["date_start"],
                                 "days": days, "event_id": event["event_id"]})
        previous = event
    return silences


def _sources(events: list[Row]) -> list[Row]:
    articles: dict[str, Row] = {}
    for event in events:
        for reported in event.get("articles") or ():
            article = articles.setdefault(reported["id"], {**reported, "events": 0})
            article["events"] += 1
    return sorted(articles.values(),
                  key=lambda s: (s["published"] is not None, s["published"] or "", s["id"]),
                  reverse=True)


# -- renderers -------------------------------------------------------------------------

def _overview_lines(report: DyadReport) -> list[str]:
    o = report.overview()
    events = f"{o['events']} event{'' if o['events'] == 1 else 's'}"
    contacts = f"{o['contacts']} call{' or meeting' if o['contacts'] == 1 else 's or meetings'}"
    lines = [f"{events} between them, {contacts}"
             + (f" (first {o['first_contact']}, latest {o['latest_contact']})"
                if o["contacts"] else "") + "."]
    if o["longest_silence"]:
        s = o["longest_silence"]
        lines.append(f"Longest silence: {s['days']} days ({s['start']} to {s['end']}).")
    lines.append(f"Balance of cooperation and conflict: {o['balance']:+d} "
                 "(cooperative minus conflictual events that happened).")
    return lines


def _contact_rows(report: DyadReport) -> list[tuple[Any, ...]]:
    return [(c.get("date") or "undated", c["type"], c["modality"], c.get("gap_days"),
             participants_text(c), _with_outlets(c)) for c in report.contacts]


def _with_outlets(row: Row) -> str:
    """The evidence sentence and the outlets whose articles report the event, each once,
    earliest report first: "… on Tuesday. (Caspian Ledger, Harbour Wire)", how many
    newsrooms a contact rests on."""
    outlets: list[str] = []
    for article in row.get("articles") or ():
        name = article.get("outlet") or article.get("title") or article.get("id")
        if name and name not in outlets:
            outlets.append(str(name))
    evidence = row.get("evidence") or ""
    return f"{evidence} ({', '.join(outlets)})".strip() if outlets else evidence


def _summary_rows(report: DyadReport) -> list[tuple[Any, ...]]:
    return [(r["period"] or "undated", r["events"],
             ", ".join(f"{c['type']} {c['count']}" for c in r["counts"]),
             r["verbal_cooperation"] + r["material_cooperation"],
             r["verbal_conflict"] + r["material_conflict"], f"{r['balance']:+d}")
            for r in report.summary]


def _statement_rows(report: DyadReport) -> list[tuple[Any, ...]]:
    return [(s.get("date") or "undated", s["type"], participants_text(s), s.get("evidence"))
            for s in report.statements]


def _source_rows(report: DyadReport) -> list[tuple[Any, ...]]:
    return [(s.get("published"), s.get("outlet"), s.get("title") or s["id"], s.get("url"),
             s["events"]) for s in report.sources]


_CONTACT_COLUMNS = ("date", "type", "modality", "gap (days)", "participants",
                    "evidence (reported by)")
_SUMMARY_COLUMNS = ("year", "events", "types", "cooperation", "conflict", "balance")
_STATEMENT_COLUMNS = ("date", "type", "participants", "evidence")
_SOURCE_COLUMNS = ("published", "outlet", "title", "url", "events")


def _sections(report: DyadReport) -> list[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]]:
    return [
        ("Contact history", _CONTACT_COLUMNS, _contact_rows(report)),
        ("By year", _SUMMARY_COLUMNS, _summary_rows(report)),
        ("Latest statements", _STATEMENT_COLUMNS, _statement_rows(report)),
        ("Sources", _SOURCE_COLUMNS, _source_rows(report)),
    ]


def render_text(report: DyadReport, width: int = 120) -> str:
    """Plain text with rich tables, for a terminal or a log."""
    parts = [report.title, "=" * len(report.title), *_overview_lines(report), ""]
    for title, columns, rows in _sections(report):
        parts.append(render_table(title, columns, rows, width=width) if rows
                     else f"{title}: none recorded.\n")
    return "\n".join(parts)


def render_markdown(report: DyadReport) -> str:
    """Markdown with one table per section."""
    parts = [f"# {report.title}", "", *_overview_lines(report), ""]
    for title, columns, rows in _sections(report):
        parts.append(markdown_table(title, columns, rows) if rows
                     else f"## {title}\n\nNone recorded.\n")
    return "\n".join(parts)


def render_json(report: DyadReport) -> str:
    return to_json(report.as_dict()) + "\n"


def render_csv(report: DyadReport) -> str:
    """One row per event (every modality), oldest first, with its source."""
    return events_csv(report.events)


def events_csv(rows: list[Row] | tuple[Row, ...],
               columns: tuple[str, ...] = EVENT_CSV_COLUMNS) -> str:
    """Event rows (dyad events or timeline rows) as CSV with ``columns`` (default
    :data:`EVENT_CSV_COLUMNS`); the article columns are the first (earliest published)
    article reporting the event."""
    def flat(row: Row) -> Row:
        articles = row.get("articles") or [{"id": row.get("article_id")}]
        first = {f"article_{k}": v for k, v in articles[0].items()}
        return {**row, **first, "participants": participants_text(row),
                "n_articles": len(row["articles"]) if "articles" in row else None}

    return csv_text(columns, [[flat(r).get(c) for c in columns] for r in rows])


def render_png(report: DyadReport) -> bytes:
    from graphkit.reports.chart import events_chart  # (matplotlib: 0.7 s to import)

    return events_chart(report.events, report.title, "png", quad_classes(), report.silences)


def render_svg(report: DyadReport) -> str:
    from graphkit.reports.chart import events_chart  # (matplotlib: 0.7 s to import)

    return events_chart(report.events, report.title, "svg", quad_classes(),
                        report.silences).decode("utf-8")


def render_html(report: DyadReport) -> str:
    """A self-contained page: overview, the chart (inline SVG), the sections, sources linked."""
    body = [f"<h1>{esc(report.title)}</h1>",
            *(f'<p class="lead">{esc(line)}</p>' for line in _overview_lines(report)),
            f'<div class="chart">{inline_svg(render_svg(report).encode("utf-8"))}</div>']
    for title, columns, rows in _sections(report):
        if title == "Sources":
            rows = [(s.get("published"), s.get("outlet"),
                     link(s.get("title") or s["id"], s.get("url")), s["events"])
                    for s in report.sources]
            columns = ("published", "outlet", "title", "events")
        body.append(f"<h2>{esc(title)}</h2>")
        body.append(html_table(columns, rows, numeric=("gap (days)", "events", "cooperation",
                                                       "conflict", "balance"),
                               raw=("title",) if title == "Sources" else ()))
    return html_page(report.title, "\n".join(body))


RENDERERS: dict[str, Callable[[DyadReport], str | bytes]] = {
    "text": render_text, "markdown": render_markdown, "json": render_json, "csv": render_csv,
    "png": render_png, "svg": render_svg, "html": render_html,
}
FORMATS = REPORT_FORMATS
assert tuple(RENDERERS) == FORMATS  # (one renderer per format of the registry)


def render_dyad(report: DyadReport, fmt: str) -> str | bytes:
    """The report in ``fmt`` (one of :data:`FORMATS`); PNG is bytes, the rest text.

    Raises:
        QueryError: an unknown format.
    """
    if fmt not in RENDERERS:
        raise QueryError(f"unknown report format {fmt!r} (one of {', '.join(FORMATS)})")
    return RENDERERS[fmt](report)
