"""Progress display for long runs: running counts on stderr, live on a terminal and as a
plain line now and then in a log."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

if TYPE_CHECKING:
    from graphkit.pipeline import IngestReport, ProgressCallback

LOG_EVERY = 60.0
"""Seconds between two progress lines when stderr is not a terminal (a log, cron)."""


def progress_line(report: IngestReport, files: int | None = None) -> str:
    """The running counts of an ingest: the input files reached of ``files`` (when the
    count is known: not for stdin), what was read, and what the store has committed
    (events are merged into the graph's when their batch is written, so a count of merged
    events is known only at the end). A file may hold many articles (JSON Lines, a feed),
    so the total is of files, not articles.

    Example:
        >>> from graphkit.pipeline import IngestReport
        >>> progress_line(IngestReport(articles=250, events=300, stored=200))
        '250 articles read, 300 events, 200 articles stored, 0 failed'
        >>> progress_line(IngestReport(articles=250, events=300, stored=200, files=250), 1000)
        '250 of 1,000 files: 250 articles read, 300 events, 200 articles stored, 0 failed'
    """
    counts = (f"{report.articles} articles read, {report.events} events, "
              f"{report.stored} articles stored, {len(report.failures)} failed")
    if files is None:
        return counts
    return f"{min(report.files, files):,} of {files:,} files: {counts}"


@contextmanager
def ingest_progress(enabled: bool = True, every: float = LOG_EVERY, files: int | None = None
                    ) -> Iterator[ProgressCallback | None]:
    """Yield a callback for :func:`graphkit.pipeline.ingest` that shows running counts
    (and the input files reached of ``files``, when given: see :func:`progress_line`).

    On a terminal the counts are one live line; elsewhere (stderr a log file) a line
    ``Progress: … (0:02:00)`` every ``every`` seconds, so an unattended run shows it is
    alive without filling its log. Nothing when disabled.
    """
    console = Console(stderr=True)
    if not enabled:
        yield None
        return
    if not console.is_terminal:
        started = last = time.monotonic()

        def log_line(report: IngestReport) -> None:
            nonlocal last
            now = time.monotonic()
            if now - last >= every:
                last = now
                elapsed = timedelta(seconds=round(now - started))
                console.file.write(f"Progress: {progress_line(report, files)} ({elapsed})\n")
                console.file.flush()

        yield log_line
        return
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task("starting", total=None)

        def update(report: IngestReport) -> None:
            progress.update(task, description=progress_line(report, files))

        yield update
