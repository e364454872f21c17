"""Progress display for long runs: a rich progress line on stderr with running counts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

if TYPE_CHECKING:
    from graphkit.pipeline import IngestReport, ProgressCallback


@contextmanager
def ingest_progress(enabled: bool = True) -> Iterator[ProgressCallback | None]:
    """Yield a callback for :func:`graphkit.pipeline.ingest` that shows running counts.

    The line shows articles, events and failures so far; nothing is shown when disabled
    or when stderr is not a terminal (logs stay clean; the CLI prints a summary instead).
    """
    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        yield None
        return
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task("starting", total=None)

        def update(report: IngestReport) -> None:
            progress.update(task, description=(
                f"{report.articles} articles, {report.events} events, "
                f"{report.merged} merged, {len(report.failures)} failed"))

        yield update
