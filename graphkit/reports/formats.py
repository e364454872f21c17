"""Every output format graphkit renders, in one place (the CLI's ``--format`` choices).

Kept free of heavy imports (no matplotlib) so that ``graphkit --help`` stays fast.
"""

from __future__ import annotations

TABLE_FORMATS = ("text", "markdown", "json")
"""Rows of any query: a rich table in plain text, a markdown table, or JSON."""
ROWS_FORMATS = (*TABLE_FORMATS, "csv")
"""The analyst queries' rows (contacts, resumed, network, summary): a table, or CSV with the
JSON's keys as columns, for a spreadsheet."""
ANSWER_FORMATS = ("text", "json")
"""A single answer (first contact, claim check, stats): sentences or JSON."""
CYPHER_FORMATS = ("text", "json", "jsonl", "csv")
"""Ad-hoc Cypher's rows: a table, JSON (one array), JSON Lines (a row a line), or CSV (the
RETURN columns as its header), for a spreadsheet."""
TABLE_ROWS_SHOWN = 1_000
"""The rows an ad-hoc Cypher table prints unless told (``--limit``, ``--all``): a table is
for reading; JSON, JSON Lines and CSV print every row unless told."""
IMAGE_FORMATS = ("png", "svg")
"""Charts of events on a time axis."""
REPORT_FORMATS = (*TABLE_FORMATS, "csv", *IMAGE_FORMATS, "html")
"""The timeline and the dyad report: tables, CSV (one row per event), charts, a web page."""
BINARY_FORMATS = ("png",)
"""Formats rendered as bytes rather than text."""
EXTRACT_FORMATS = ("jsonl", "table")
"""``graphkit extract``: the JSON Lines contract, or a table to read."""
