"""Events in: graphkit's own extract contract, and the event data sets analysts hold.

- :func:`load_events`: ``graphkit extract --format jsonl`` output (from any number of
  machines) written through the same resolution and store as ``ingest``.
- :func:`import_events`: a GDELT 2.0 event export, an ICEWS coded-event file or a
  POLECAT weekly file (modules :mod:`~graphkit.imports.gdelt`,
  :mod:`~graphkit.imports.icews`, :mod:`~graphkit.imports.polecat`), each row an Event
  with ``source`` set to its data set, merged with extracted events by the same rules.

Both sit beside load and extract in the pipeline (they make extractions), and write
through :func:`graphkit.pipeline.write_extractions`, as ``ingest`` does: actors resolved
by :class:`~graphkit.resolve.ActorResolver`, then the store's one write path, which
resolves events across articles and sources.

How an import writes: the whole file is read and checked first, so every bad row is
named (by line) and skipped whole before anything is written; the good rows are then
written ``batch_size`` articles per store transaction (a GDELT file of 100,000 rows does
not fit one Neo4j transaction's memory). Each transaction is all or nothing; when the
store fails part way, the batches written before stay, the error says how many articles
they hold, and importing the same file again writes the rest: a write of what the store
already holds changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from graphkit.errors import LoadError, StoreError
from graphkit.model import Extraction
from graphkit.pipeline import IngestReport, ProgressCallback, write_extractions

if TYPE_CHECKING:
    from graphkit.store.base import Store

IMPORT_FORMATS: tuple[str, ...] = ("gdelt", "icews", "polecat")
IMPORT_BATCH_ARTICLES = 5000
"""Articles per store transaction of an import (about 15,000 GDELT rows)."""

__all__ = ["IMPORT_FORMATS", "ImportReport", "import_events", "load_events"]


@dataclass
class ImportReport(IngestReport):
    """What one load or import did: ``rows`` read, and as :class:`IngestReport` the
    articles and events written and every row skipped (each names its file and line)."""

    rows: int = 0
    #: articles the checked file holds, all to be written (an import; 0 until it is read)
    to_write: int = 0


def load_events(paths: Sequence[str | Path], store: Store, *, encoding: str | None = None,
                batch_size: int = 200,
                on_progress: ProgressCallback | None = None) -> ImportReport:
    """Write extract-contract JSON Lines into ``store``, as ``ingest`` would have.

    Args:
        paths: ``.jsonl`` files printed by ``graphkit extract --format jsonl``, folders of
            them, or ``"-"`` for standard input.
        store: where to write.
        encoding: the files' encoding (UTF-8 if None).
        batch_size: articles per store write (as ingest).
        on_progress: called with the running report after each line.

    Returns:
        An :class:`ImportReport`; bad lines are in ``failures`` (file and line number)
        and were skipped.

    Raises:
        StoreError: the store could not be written.

    Example:
        >>> # graphkit extract news/ > a.jsonl on one machine, > b.jsonl on another
        >>> load_events(["a.jsonl", "b.jsonl"], store).events  # doctest: +SKIP
        42
    """
    from graphkit.load.events import iter_extractions

    report = ImportReport()

    def counted() -> Iterator[Extraction | LoadError]:
        for item in iter_extractions(paths, encoding=encoding):
            if isinstance(item, Extraction):
                report.rows += max(len(item.events), 1)
            yield item

    write_extractions(counted(), store, batch_size=batch_size, report=report,
                      on_progress=on_progress)
    return report


def import_events(path: str | Path, store: Store, *, fmt: str,
                  mentions: str | Path | None = None,
                  batch_size: int = IMPORT_BATCH_ARTICLES,
                  on_progress: ProgressCallback | None = None) -> ImportReport:
    """Import one event data file into ``store``: every row checked first, then the good
    ones written in batches (see the module's docstring).

    Args:
        path: the file (GDELT: ``.export.CSV`` or its ``.zip``; ICEWS and POLECAT: their
            tab-separated files, plain or zipped).
        store: where to write.
        fmt: ``gdelt``, ``icews`` or ``polecat``.
        mentions: GDELT only: the mentions file of the same 15 minutes (default: the
            ``.mentions.CSV``/``.mentions.CSV.zip`` beside ``path``, when there is one).
        batch_size: articles per store transaction.
        on_progress: called with the running report once the file is read and checked
            (``rows`` and ``to_write`` known), then after each article.

    Returns:
        An :class:`ImportReport`; each bad row is in ``failures`` by line number and was
        skipped; nothing of a bad row is written.

    Raises:
        LoadError: the file cannot be read at all, or ``fmt`` is unknown; nothing was
            written.
        StoreError: the store failed; the message says how many articles the batches
            written before hold (importing the file again writes the rest).

    Example:
        >>> import_events("20250701.export.CSV.zip", store, fmt="gdelt").events  # doctest: +SKIP
        1200
    """
    from graphkit.imports import gdelt, icews, polecat

    readers = {"gdelt": lambda: gdelt.read_gdelt(path, mentions=mentions),
               "icews": lambda: icews.read_icews(path),
               "polecat": lambda: polecat.read_polecat(path)}
    if fmt not in readers:
        raise LoadError(str(path), f"unknown event data format {fmt!r}; "
                                   f"use one of {', '.join(IMPORT_FORMATS)}")
    read = readers[fmt]()
    report = ImportReport(rows=read.rows, failures=list(read.failures),
                          to_write=len(read.extractions))
    if on_progress is not None:
        on_progress(report)
    # In date order, each batch's events lie close together in time, so each write reads
    # back only the stored events near those dates (a file's order would make every batch
    # reach across the whole period). The graph depends only on what is written, not on
    # the order.
    in_time = sorted(read.extractions, key=_first_day)
    try:
        write_extractions(in_time, store, batch_size=batch_size, report=report,
                          on_progress=on_progress)
    except StoreError as exc:
        raise StoreError(f"{path}: {exc}; {report.stored} of {len(read.extractions)} "
                         f"articles were written before this, in whole batches; importing "
                         f"the file again writes the rest") from exc
    return report


def _first_day(extraction: Extraction) -> str:
    days = [e.date.value for e in extraction.events if e.date.value]
    return min(days, default="")
