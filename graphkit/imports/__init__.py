"""Events in: graphkit's own extract contract, and the event data sets analysts hold.

- :func:`load_events`: ``graphkit extract --format jsonl`` output (from any number of
  machines) written through the same resolution and store as ``ingest``.
- :func:`import_events`: a GDELT 2.0 event export, an ICEWS coded-event file or a
  POLECAT weekly file (modules :mod:`~graphkit.imports.gdelt`,
  :mod:`~graphkit.imports.icews`, :mod:`~graphkit.imports.polecat`), each row an Event
  with ``source`` set to its data set, merged with extracted events by the same rules.

Both sit beside load and extract in the pipeline (they make extractions), and write
through :func:`~graphkit.imports.write.write_extractions`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from graphkit.errors import LoadError
from graphkit.imports.write import ImportReport, write_extractions
from graphkit.model import Extraction

if TYPE_CHECKING:
    from graphkit.store.base import Store

IMPORT_FORMATS: tuple[str, ...] = ("gdelt", "icews", "polecat")

__all__ = ["IMPORT_FORMATS", "ImportReport", "import_events", "load_events", "write_extractions"]


def load_events(paths: Sequence[str | Path], store: Store, *, encoding: str | None = None,
                batch_size: int = 200) -> ImportReport:
    """Write extract-contract JSON Lines into ``store``, as ``ingest`` would have.

    Args:
        paths: ``.jsonl`` files printed by ``graphkit extract --format jsonl``, folders of
            them, or ``"-"`` for standard input.
        store: where to write.
        encoding: the files' encoding (UTF-8 if None).
        batch_size: articles per store write (as ingest).

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
    extractions: list[Extraction] = []
    for item in iter_extractions(paths, encoding=encoding):
        if isinstance(item, LoadError):
            report.failures.append(item)
        else:
            report.rows += max(len(item.events), 1)
            extractions.append(item)
    return write_extractions(extractions, store, report, batch_size=batch_size)


def import_events(path: str | Path, store: Store, *, fmt: str,
                  mentions: str | Path | None = None) -> ImportReport:
    """Import one event data file into ``store``, all of its good rows in one write.

    Args:
        path: the file (GDELT: ``.export.CSV`` or its ``.zip``; ICEWS and POLECAT: their
            tab-separated files, plain or zipped).
        store: where to write.
        fmt: ``gdelt``, ``icews`` or ``polecat``.
        mentions: GDELT only: the mentions file of the same 15 minutes (default: the
            ``.mentions.CSV``/``.mentions.CSV.zip`` beside ``path``, when there is one).

    Returns:
        An :class:`ImportReport`; each bad row is in ``failures`` by line number and was
        skipped; nothing of a bad row is written.

    Raises:
        LoadError: the file cannot be read at all, or ``fmt`` is unknown.
        StoreError: the store could not be written (then nothing was).

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
    report = ImportReport(rows=read.rows, failures=list(read.failures))
    return write_extractions(read.extractions, store, report)
