"""The analyst queries' rows (resumed contacts, ego networks, dyad summaries, claim checks)
as ``text`` (rich tables), ``markdown``, ``json`` or ``csv`` (the JSON's keys as columns; a
list of type counts as ``CALL 2, MEET 1``), for the CLI to print."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graphkit.reports.page import csv_text
from graphkit.reports.text import (
    format_mapping_rows,
    participants_text,
    render_markdown,
    render_table,
    to_json,
)

Row = dict[str, Any]


RESUMED_CSV_COLUMNS = ("a", "a_name", "b", "b_name", "previous_event_id", "previous_type",
                       "previous_date", "previous_date_start", "previous_evidence", "event_id",
                       "type", "date",
                       "date_precision", "date_start", "modality", "evidence", "article_id",
                       "gap_days")
"""The columns of ``graphkit resumed --format csv``: a resumed_contacts row's keys."""
NETWORK_CSV_COLUMNS = ("depth", "source_id", "source_name", "target_id", "target_name",
                       "target_kind", "target_country", "events", "types", "cooperation",
                       "conflict", "first_date", "last_date")
"""The columns of ``graphkit network --format csv``: an actor_network row's keys."""
PARTNER_CSV_COLUMNS = ("country", "events", "types", "cooperation", "conflict", "first_date",
                       "last_date")
"""The columns of ``graphkit network --countries --format csv``: a partner_countries row's keys."""
SUMMARY_CSV_COLUMNS = ("period", "events", "counts", "verbal_cooperation",
                       "material_cooperation", "verbal_conflict", "material_conflict", "balance")
"""The columns of ``graphkit summary --format csv``: a dyad_summary row's keys."""


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list):
        return _types(value)
    return value


def _table(rows: Sequence[Row], fmt: str, title: str, columns: Sequence[str],
           cells: Sequence[Sequence[Any]], csv_columns: Sequence[str] = ()) -> str:
    if fmt == "json":
        return to_json(list(rows)) + "\n"
    if fmt == "csv":
        return csv_text(csv_columns, [[_csv_cell(r.get(c)) for c in csv_columns] for r in rows])
    if fmt == "markdown":
        return render_markdown(title, columns, cells)
    if not cells:
        return f"{title}: none\n"
    return render_table(title, columns, cells)


def _types(counts: Sequence[Row]) -> str:
    return ", ".join(f"{c['type']} {c['count']}" for c in counts)


def format_resumed(rows: Sequence[Row], fmt: str, title: str) -> str:
    """``resumed_contacts`` rows: who, when contact resumed, after how long, the evidence."""
    return _table(rows, fmt, title,
                  ("resumed", "type", "a", "b", "gap (days)", "previous", "evidence"),
                  [(r["date"], r["type"], r["a_name"], r["b_name"], r["gap_days"],
                    f"{r['previous_type']} {r['previous_date']}", r["evidence"]) for r in rows],
                  RESUMED_CSV_COLUMNS)


def format_network(rows: Sequence[Row], fmt: str, title: str) -> str:
    """``actor_network`` rows: each pair, how often, which types, the balance, when."""
    return _table(rows, fmt, title,
                  ("depth", "from", "with", "country", "events", "types", "coop.", "confl.",
                   "first", "last"),
                  [(r["depth"], r["source_name"], r["target_name"], r["target_country"],
                    r["events"], _types(r["types"]), r["cooperation"], r["conflict"],
                    r["first_date"], r["last_date"]) for r in rows], NETWORK_CSV_COLUMNS)


def format_partners(rows: Sequence[Row], fmt: str, title: str) -> str:
    """``partner_countries`` rows: each partner country, how often, which types, the
    balance, when; busiest first."""
    return _table(rows, fmt, title,
                  ("rank", "country", "events", "types", "coop.", "confl.", "first", "last"),
                  [(rank, r["country"], r["events"], _types(r["types"]), r["cooperation"],
                    r["conflict"], r["first_date"], r["last_date"])
                   for rank, r in enumerate(rows, 1)], PARTNER_CSV_COLUMNS)


def format_summary(rows: Sequence[Row], fmt: str, title: str) -> str:
    """``dyad_summary`` rows: per period, counts by type and the four quad classes."""
    return _table(rows, fmt, title,
                  ("period", "events", "types", "verbal coop.", "material coop.",
                   "verbal confl.", "material confl.", "balance"),
                  [(r["period"] or "undated", r["events"], _types(r["counts"]),
                    r["verbal_cooperation"], r["material_cooperation"], r["verbal_conflict"],
                    r["material_conflict"], f"{r['balance']:+d}") for r in rows],
                  SUMMARY_CSV_COLUMNS)


def format_claims(rows: Sequence[Row], fmt: str) -> str:
    """``claim_check`` rows: each claim, the period it names, its status, the prior contact
    and the contacts in between; ``json`` or ``text``."""
    if fmt == "json":
        return to_json(list(rows)) + "\n"
    table = [{"claim": r.get("evidence"), "of": participants_text(r), "since": r.get("since"),
              "status": r.get("status"),
              "prior": r.get("prior_date"),
              "in between": ", ".join(f"{c.get('type')} {c.get('date')}"
                                      for c in r.get("contacts_between") or [])}
             for r in rows]
    return format_mapping_rows(table, "text") if table else "No first-since claims found.\n"
