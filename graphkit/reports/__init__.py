"""Reports an analyst reads or pastes: pure renderers of query rows.

- :mod:`graphkit.reports.formats`: every output format, in one place;
- :mod:`graphkit.reports.text`: any rows as text tables, markdown or JSON;
- :mod:`graphkit.reports.tables`: the analyst queries' rows as tables;
- :mod:`graphkit.reports.timeline`: the timeline in every format;
- :mod:`graphkit.reports.dyad`: one page on two sides (:func:`dyad_report` from the rows of
  ``dyad_events`` and ``dyad_summary``) in every format;
- :mod:`graphkit.reports.chart`, :mod:`graphkit.reports.page`: the charts (PNG, SVG) and
  self-contained HTML pages the timeline and the dyad report share.

The renderers that draw are imported on first use, so that reading the format registry
(as ``graphkit --help`` does) does not load matplotlib.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from graphkit.reports.formats import (
    ANSWER_FORMATS,
    BINARY_FORMATS,
    EXTRACT_FORMATS,
    IMAGE_FORMATS,
    REPORT_FORMATS,
    ROWS_FORMATS,
    TABLE_FORMATS,
)

FORMATS = REPORT_FORMATS
TIMELINE_FORMATS = REPORT_FORMATS

_LAZY = {"events_chart": "chart", "DyadReport": "dyad",
         "dyad_report": "dyad", "render_dyad": "dyad", "render_timeline": "timeline"}

__all__ = ["ANSWER_FORMATS", "BINARY_FORMATS", "EXTRACT_FORMATS", "FORMATS", "IMAGE_FORMATS",
           "REPORT_FORMATS", "ROWS_FORMATS", "TABLE_FORMATS", "TIMELINE_FORMATS", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f"graphkit.reports.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'graphkit.reports' has no attribute {name!r}")
