"""Reports an analyst reads or pastes: the dyad report and the timeline in every format.

:mod:`graphkit.report` formats query rows as text, markdown and JSON; this package adds
what needs more than a table: :func:`build_dyad_report` (one page on two sides) and the
CSV, chart (PNG, SVG) and self-contained HTML renderers, shared by the timeline.
"""

from graphkit.reports.chart import events_chart
from graphkit.reports.dyad import (
    BINARY_FORMATS,
    FORMATS,
    DyadReport,
    build_dyad_report,
    render_dyad,
)
from graphkit.reports.timeline import TIMELINE_FORMATS, render_timeline

__all__ = ["BINARY_FORMATS", "FORMATS", "TIMELINE_FORMATS", "DyadReport", "build_dyad_report",
           "events_chart", "render_dyad", "render_timeline"]
