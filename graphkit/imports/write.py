"""Writing extractions that did not come from ``ingest``'s extractor, the way ingest does.

Imported event data and extract-contract lines become :class:`~graphkit.model.Extraction`
objects; :func:`write_extractions` gives their actors canonical ids
(:class:`~graphkit.resolve.ActorResolver`) and hands them to the store's ``write``, which
resolves events across articles and sources. So an imported event and an extracted one
meet under the same rules, and the store's all-or-nothing write is the only write path.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graphkit.errors import GraphkitError
from graphkit.model import Extraction

if TYPE_CHECKING:
    from graphkit.resolve import ActorResolver
    from graphkit.store.base import Store


@dataclass
class ImportReport:
    """What one load or import did: rows read, articles and events written, rows skipped.

    ``failures`` are the inputs and rows that could not be read (each names its file and
    line); they were skipped, the rest was written.
    """

    rows: int = 0
    articles: int = 0
    events: int = 0
    new_events: int = 0
    failures: list[GraphkitError] = field(default_factory=list)

    @property
    def merged(self) -> int:
        """Event reports that went into events the graph already held (or another report's)."""
        return max(self.events - self.new_events, 0)

    @property
    def ok(self) -> bool:
        return not self.failures


def write_extractions(extractions: Iterable[Extraction], store: Store, report: ImportReport, *,
                      batch_size: int | None = None,
                      actor_resolver: ActorResolver | None = None) -> ImportReport:
    """Resolve the actors of ``extractions`` and merge them into ``store``.

    Args:
        extractions: what to write.
        store: where.
        report: counts are added to it.
        batch_size: articles per store write; None writes everything in one write, so
            that a failure leaves the store as it was.
        actor_resolver: default :class:`graphkit.resolve.ActorResolver`.

    Returns:
        ``report``.

    Raises:
        StoreError: the store could not be written.
    """
    from graphkit.resolve import ActorResolver

    resolver = actor_resolver or ActorResolver()
    events_before = store.counts()["Event"]
    batch: list[Extraction] = []

    def flush(pending: Sequence[Extraction]) -> None:
        if pending:
            store.write(pending)
            report.new_events = store.counts()["Event"] - events_before

    for extraction in extractions:
        batch.append(resolver.resolve(extraction))
        report.articles += 1
        report.events += len(extraction.events)
        if batch_size is not None and len(batch) >= batch_size:
            flush(batch)
            batch = []
    flush(batch)
    return report
