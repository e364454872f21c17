"""Progress display for long runs: running counts on stderr, live on a terminal and as a
plain line now and then in a log."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

if TYPE_CHECKING:
    from graphkit.imports import ImportReport
    from graphkit.pipeline import IngestReport, ProgressCallback

LOG_EVERY = 60.0
"""Seconds between two progress lines when stderr is not a terminal (a log, cron)."""
ESTIMATE_AFTER = 10.0
"""Seconds of a run before its time left is told (the first files' pace says little)."""


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


def import_progress_line(report: ImportReport) -> str:
    """The running counts of an import: the file is read and checked whole first (its rows
    and articles known), then written in batches.

    Example:
        >>> from graphkit.imports import ImportReport
        >>> import_progress_line(ImportReport(rows=90000, to_write=30000, stored=5000, events=14000))
        '90,000 rows checked: 5,000 of 30,000 articles written, 14,000 events read, 0 rows skipped'
    """
    return (f"{report.rows:,} rows checked: {report.stored:,} of {report.to_write:,} articles "
            f"written, {report.events:,} events read, {len(report.failures):,} rows skipped")


def import_written(report: ImportReport) -> tuple[int, int | None]:
    """What an import has written of all it will (its time left: :func:`time_left`)."""
    return report.stored, report.to_write or None


def time_left(elapsed: float, done: int, total: int | None) -> str:
    """``", about 0:06:20 left"`` at the pace so far (``done`` of ``total`` in ``elapsed``
    seconds), or nothing before :data:`ESTIMATE_AFTER` seconds, before the first is done,
    or when the total is unknown.

    Example:
        >>> time_left(120.0, 240, 1000)
        ', about 0:06:20 left'
        >>> time_left(3.0, 2, 1000), time_left(120.0, 240, None)
        ('', '')
    """
    if total is None or not 0 < done < total or elapsed < ESTIMATE_AFTER:
        return ""
    left = elapsed * max(total - done, 0) / done
    return f", about {timedelta(seconds=round(left))} left"


@contextmanager
def ingest_progress(enabled: bool = True, every: float = LOG_EVERY, files: int | None = None,
                    line: Callable[[Any], str] | None = None,
                    start: str = "starting",
                    clock: Callable[[], float] = time.monotonic,
                    done_of: Callable[[Any], tuple[int, int | None]] | None = None,
                    ) -> Iterator[ProgressCallback | None]:
    """Yield a callback for :func:`graphkit.pipeline.ingest` (or the writes of ``load`` and
    ``import``) that shows running counts: ``line`` of the running report, by default
    :func:`progress_line` (with the input files reached of ``files``, when given, and the
    time left at the pace of the files done so far: :func:`time_left`), and ``start``
    before the first report. ``done_of`` (what is done of how much, from the report) gives
    a ``line``'s time left.

    On a terminal the counts are one live line; elsewhere (stderr a log file) a line
    ``Progress: … (0:02:00)`` every ``every`` seconds, so an unattended run shows it is
    alive without filling its log. Nothing when disabled.
    """
    started = clock()

    def text(report: IngestReport, now: float) -> str:
        if line is None:
            # a file is counted when its first article comes: the ones before it are done
            return progress_line(report, files) + time_left(now - started, report.files - 1, files)
        if done_of is None:
            return line(report)
        return line(report) + time_left(now - started, *done_of(report))

    console = Console(stderr=True)
    if not enabled:
        yield None
        return
    if not console.is_terminal:
        last = started

        def log_line(report: IngestReport) -> None:
            nonlocal last
            now = clock()
            if now - last >= every:
                last = now
                elapsed = timedelta(seconds=round(now - started))
                console.file.write(f"Progress: {text(report, now)} ({elapsed})\n")
                console.file.flush()

        yield log_line
        return
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task(start, total=None)

        def update(report: IngestReport) -> None:
            progress.update(task, description=text(report, clock()))

        yield update


@contextmanager
def step_progress(enabled: bool = True, every: float = LOG_EVERY) -> Iterator[Callable[[str], None]]:
    """Yield a callback that shows the step a long run of ``evaluate`` or ``train`` is at
    ("fold 2 of 5: fitting inner fold 3 of 5"): one live line on a terminal, a
    ``Progress: …`` line every ``every`` seconds in a log, as :func:`ingest_progress`."""
    with ingest_progress(enabled=enabled, every=every, line=str,
                         start="reading the gold files") as on_step:
        yield on_step or (lambda _: None)
