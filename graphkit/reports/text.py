"""Query rows as something a person reads: text tables, markdown, JSON.

Every formatter takes plain rows (dicts, as the named queries return them) and a format
name, and returns a string, so the CLI only prints. ``text`` uses rich tables rendered to
plain text at a fixed width (readable in a terminal and in a log file alike).
"""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from graphkit.model import Extraction, ForgetReport


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


def participants_text(row: dict[str, Any]) -> str:
    """"Vladimir Putin (RUS), Emmanuel Macron (FRA)" from a row's participants list; an
    event with a direction names who acted first and whom it was aimed at after an arrow:
    "Russia (RUS) → Azerbaijan (AZE)" (an accusation, a demand, an arrest), the order of
    each side kept."""
    people = row.get("participants") or []
    sides: tuple[list[str], list[str]] = ([], [])
    for p in people:
        name = p.get("name") or "?"
        country = p.get("country")
        label = f"{name} ({country})" if country and country != name else name
        sides[p.get("role") == "target"].append(label)
    acting, aimed_at = sides
    if acting and aimed_at:
        return f"{', '.join(acting)} → {', '.join(aimed_at)}"
    return ", ".join(acting or aimed_at)


def source_where(row: dict[str, Any]) -> str:
    """Where a row was read: its article's outlet and day ("Harbour Wire, 2025-06-25"),
    or "" when the row names neither."""
    return ", ".join(str(v) for v in (row.get("article_outlet"), row.get("article_published"))
                     if v)


def _sourced(row: dict[str, Any]) -> str:
    """The evidence sentence and where it was read: "… on Tuesday. (Harbour Wire,
    2025-06-25)" (the row's article: the earliest that reports the event)."""
    evidence = row.get("evidence") or ""
    where = source_where(row)
    return f"{evidence} ({where})".strip() if where else evidence


def _date_text(row: dict[str, Any]) -> str:
    value = row.get("date")
    if not value:
        return "undated"
    return str(value)


def render_table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                 width: int = 120) -> str:
    """A rich table rendered to plain text (no colour codes)."""
    table = Table(title=title, show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    buffer = io.StringIO()
    Console(file=buffer, width=width, no_color=True, color_system=None).print(table)
    return buffer.getvalue().rstrip() + "\n"


def render_markdown(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    def cell(value: Any) -> str:
        return ("" if value is None else str(value)).replace("|", "\\|").replace("\n", " ")

    lines = [f"## {title}", ""] if title else []
    lines.append("| " + " | ".join(columns) + " |")
    lines.append("|" + "---|" * len(columns))
    lines.extend("| " + " | ".join(cell(v) for v in row) + " |" for row in rows)
    return "\n".join(lines) + "\n"


def format_events(rows: Sequence[dict[str, Any]], fmt: str, title: str | None = None) -> str:
    """A list of event rows (timeline, contacts) as ``text``, ``markdown`` or ``json``."""
    if fmt == "json":
        return to_json(list(rows)) + "\n"
    # contacts rows name no participants (the two sides asked for are them): no empty column
    with_people = not rows or any("participants" in r for r in rows)
    columns = ("date", "type", "modality", "participants", "evidence (source)")
    table_rows = [
        (_date_text(r), r.get("type"), r.get("modality"), participants_text(r), _sourced(r))
        for r in rows
    ]
    if not with_people:
        columns = ("date", "type", "modality", "evidence (source)")
        table_rows = [row[:3] + row[4:] for row in table_rows]
    if fmt == "markdown":
        return render_markdown(title, columns, table_rows)
    if not table_rows:
        return (f"{title}: " if title else "") + "no events\n"
    return render_table(title, columns, table_rows)


def format_first_contact(a: str, b: str, on: str, row: Any, fmt: str) -> str:
    """The answer to "when did A and B last talk before ON?" in words or JSON; ``row`` is a
    :class:`~graphkit.query.FirstContact`, its fields as a dict, or None."""
    if dataclasses.is_dataclass(row) and not isinstance(row, type):
        row = dataclasses.asdict(row)
    if fmt == "json":
        return to_json({"a": a, "b": b, "on": on, "previous_contact": row}) + "\n"
    if row is None:
        return f"No contact between {a} and {b} before {on} is recorded.\n"
    precision = row.get("date_precision") or "unknown precision"
    implied = " (implied by a later article)" if row.get("modality") == "implied_prior" else ""
    lines = [
        f"Previous contact between {a} and {b} before {on}: "
        f"{row.get('type')} on {row.get('date')} ({precision} precision){implied}.",
        f"Gap: {row.get('gap_days')} day{'' if row.get('gap_days') == 1 else 's'}.",
    ]
    if row.get("evidence"):
        lines.append(f"Evidence: {row['evidence']}")
    source = str(row.get("article_title") or "")
    where = source_where(row)
    if where:
        source = f"{source} ({where})" if source else where
    if row.get("article_url"):
        source = f"{source} {row['article_url']}".strip()
    if source:
        lines.append(f"Source: {source}")
    return "\n".join(lines) + "\n"


def format_mapping_rows(rows: Sequence[dict[str, Any]], fmt: str, title: str | None = None) -> str:
    """Arbitrary rows (ad-hoc Cypher, stats) with their keys as columns."""
    if fmt == "json":
        return to_json(list(rows)) + "\n"
    columns: list[str] = []
    for row in rows:
        columns.extend(k for k in row if k not in columns)
    table_rows = [[_cell(row.get(c)) for c in columns] for row in rows]
    if fmt == "markdown":
        return render_markdown(title, columns, table_rows)
    if not rows:
        return "(no rows)\n"
    return render_table(title, columns, table_rows)


def format_cypher_rows(rows: Sequence[dict[str, Any]], fmt: str,
                       columns: Sequence[str] = ()) -> str:
    """Ad-hoc Cypher's rows as ``text`` (a table), ``json``, ``jsonl`` (a row a line) or
    ``csv`` under a header of ``columns`` (the RETURN columns: a header even with no row).

    In CSV a list of plain values is one cell, its items joined by ``; ``; a map, a node,
    a relationship, a path or a list holding one is its compact JSON; true and false are
    written as Cypher writes them.

    Example:
        >>> print(format_cypher_rows([{"a": ["x", "y"], "b": True, "c": None}], "csv"), end="")
        a,b,c
        x; y,true,
    """
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows)
    if fmt == "csv":
        from graphkit.reports.page import csv_text

        header = list(columns) or list(dict.fromkeys(k for row in rows for k in row))
        return csv_text(header, [[_csv_cell(row.get(c)) for c in header] for row in rows])
    return format_mapping_rows(rows, fmt)


def _csv_cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and not any(isinstance(v, (dict, list)) for v in value):
        return "; ".join(_csv_cell(v) for v in value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":"))
    return "" if value is None else str(value)


def _cell(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return "" if value is None else str(value)


def extraction_lines(extraction: Extraction) -> list[str]:
    """An extraction as lines of the ``graphkit extract --format jsonl`` contract, one per
    event; an article with no event is one line ``{"article": {…}, "events": 0}``, so that
    ``graphkit load`` writes it as ingest would."""
    if not extraction.events:
        return [json.dumps({"article": extraction.article.summary(), "events": 0},
                           ensure_ascii=False)]
    return [json.dumps(event.to_contract(extraction.article), ensure_ascii=False)
            for event in extraction.events]


def format_extractions(extractions: Iterable[Extraction]) -> str:
    """Extractions as one text table: article, date, type, modality, actors, evidence."""
    rows = [(item.article.title or item.article.id, event.date.value or "undated", event.type,
             event.modality,
             participants_text({"participants": [{"name": a.name, "country": a.country}
                                                 for a in event.actors]}),
             event.evidence)
            for item in extractions for event in item.events]
    return render_table(None, ("article", "date", "type", "modality", "actors", "evidence"),
                        rows, width=160)


def format_counts(counts: dict[str, int], fmt: str) -> str:
    """Node and relationship counts (``graphkit stats``) as a table or JSON."""
    if fmt == "json":
        return to_json(counts) + "\n"
    return format_mapping_rows([{"item": k, "count": v} for k, v in counts.items()], "text")


def counted(count: int, noun: str) -> str:
    """"1 article", "2 articles".

    Example:
        >>> counted(1, "article"), counted(3, "event")
        ('1 article', '3 events')
    """
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def format_forgotten(report: ForgetReport, fmt: str) -> str:
    """What ``graphkit forget`` took out: a table of the articles and a line of what went,
    or JSON."""
    if fmt == "json":
        return to_json(report.as_dict()) + "\n"
    rows = [{"article": a["id"], "title": a.get("title") or "", "source": a.get("source") or
             a.get("url") or ""} for a in report.articles]
    table = format_mapping_rows(rows, "text", title="Forgotten")
    return (f"{table}{counted(len(report.articles), 'article')} forgotten: "
            f"{counted(report.events_deleted, 'event')} deleted, {report.events_kept} kept "
            "(other articles report them).\n")
