"""Building blocks shared by the report renderers: CSV text, and a self-contained HTML page.

The HTML page has its style inline, its chart as inline SVG and no script or link to
anything outside it, so it opens offline, prints, and can be mailed or pasted as one file.
Every value is escaped.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence
from typing import Any

_STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328;
       max-width: 64rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.lead { color: #57606a; margin-top: 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem;
         border-bottom: 1px solid #d0d7de; }
th { background: #f6f8fa; }
td.num { text-align: right; white-space: nowrap; }
.chart svg { width: 100%; height: auto; }
.muted { color: #57606a; }
blockquote { margin: .4rem 0 1rem; padding-left: .8rem; border-left: 3px solid #d0d7de; }
""".strip()


def csv_text(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """``rows`` under a header line, as RFC 4180 CSV (None is an empty field)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return buffer.getvalue()


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def link(text: Any, url: str | None) -> str:
    """An escaped ``<a>`` when there is an http(s) URL, else the escaped text."""
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{esc(url)}">{esc(text or url)}</a>'
    return esc(text)


def html_table(columns: Sequence[str], rows: Sequence[Sequence[Any]],
               numeric: Sequence[str] = (), raw: Sequence[str] = ()) -> str:
    """An HTML table; cells of ``raw`` columns are already HTML, the rest are escaped."""
    if not rows:
        return '<p class="muted">None recorded.</p>'
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    body = []
    for row in rows:
        cells = []
        for column, value in zip(columns, row, strict=True):
            attr = ' class="num"' if column in numeric else ""
            cells.append(f"<td{attr}>{value if column in raw else esc(value)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def inline_svg(svg: bytes) -> str:
    """An SVG file's ``<svg>`` element, without the XML declaration and DOCTYPE."""
    text = svg.decode("utf-8")
    return text[text.index("<svg"):]


def html_page(title: str, body: str) -> str:
    """A complete, self-contained HTML5 document."""
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)}</title>\n<style>\n{_STYLE}\n</style>\n</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n")
