"""The analyst queries' rows (resumed contacts, ego networks, dyad summaries, claim checks)
as ``text`` (rich tables), ``markdown`` or ``json``, for the CLI to print."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graphkit.reports.text import format_mapping_rows, render_markdown, render_table, to_json

Row = dict[str, Any]


def _table(rows: Sequence[Row], fmt: str, title: str, columns: Sequence[str],
           cells: Sequence[Sequence[Any]]) -> str:
    if fmt == "json":
        return to_json(list(rows)) + "\n"
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
                    r["previous_date"], r["evidence"]) for r in rows])


def format_network(rows: Sequence[Row], fmt: str, title: str) -> str:
    """``actor_network`` rows: each pair, how often, which types, the balance, when."""
    return _table(rows, fmt, title,
                  ("depth", "from", "with", "country", "events", "types", "coop.", "confl.",
                   "first", "last"),
                  [(r["depth"], r["source_name"], r["target_name"], r["target_country"],
                    r["events"], _types(r["types"]), r["cooperation"], r["conflict"],
                    r["first_date"], r["last_date"]) for r in rows])


def format_summary(rows: Sequence[Row], fmt: str, title: str) -> str:
    """``dyad_summary`` rows: per period, counts by type and the four quad classes."""
    return _table(rows, fmt, title,
                  ("period", "events", "types", "verbal coop.", "material coop.",
                   "verbal confl.", "material confl.", "balance"),
                  [(r["period"] or "undated", r["events"], _types(r["counts"]),
                    r["verbal_cooperation"], r["material_cooperation"], r["verbal_conflict"],
                    r["material_conflict"], f"{r['balance']:+d}") for r in rows])


def format_claims(rows: Sequence[Row], fmt: str) -> str:
    """``claim_check`` rows: each claim, the period it names, its status, the prior contact
    and the contacts in between; ``json`` or ``text``."""
    if fmt == "json":
        return to_json(list(rows)) + "\n"
    table = [{"claim": r.get("evidence"), "since": r.get("since"), "status": r.get("status"),
              "prior": r.get("prior_date"),
              "in between": ", ".join(f"{c.get('type')} {c.get('date')}"
                                      for c in r.get("contacts_between") or [])}
             for r in rows]
    return format_mapping_rows(table, "text") if table else "No first-since claims found.\n"
