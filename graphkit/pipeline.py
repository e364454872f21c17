"""The pipeline end to end: load -> extract -> resolve -> store.

Each stage is a component with one typed method, passed in so it can be replaced:
``iter_articles`` (loader) yields :class:`~graphkit.model.Article` or a
:class:`~graphkit.errors.LoadError` value, the :class:`~graphkit.extract.Extractor` turns an
article into an :class:`~graphkit.model.Extraction`, and a
:class:`~graphkit.store.base.Store` merges extractions in batches.

One bad input never aborts a batch: loader and extractor failures are collected in the
report and the rest goes on. A store failure does abort, because it means every later write
would fail too; the batch being written is rolled back, earlier batches stay.

Extraction (and actor resolution) runs on ``jobs`` cores, by default all this process may
use (:mod:`graphkit.parallel`: one pool of forked workers per run, results in input order,
so the output is that of one process). Writes stay in this process, one transaction per
batch; the report counts what the writes said they did, never by counting the store.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from graphkit.errors import ExtractError, GraphkitError, StoreError, StoreUnavailable, one_line
from graphkit.limits import TimeLimitExceeded, current_limits, time_limit
from graphkit.model import Article, Extraction
from graphkit.store.base import WriteCounts

if TYPE_CHECKING:
    from graphkit.extract import Extractor
    from graphkit.resolve import ActorResolver
    from graphkit.store.base import Store

ProgressCallback = Callable[["IngestReport"], None]


@dataclass
class IngestReport:
    """What one ingest did: articles and events written, and every input that failed.

    ``stored`` counts the articles of the writes the store has committed so far (a store
    failure that stops a run leaves those, and only those, written). ``files`` counts the
    inputs (files, stdin) whose first article or failure has come, so far.
    ``withdrawn`` counts the events deleted because the article read again that told them
    no longer does (its outlet corrected it) and no other article reports them.
    """

    articles: int = 0
    events: int = 0
    new_events: int = 0
    failures: list[GraphkitError] = field(default_factory=list)
    stored: int = 0
    files: int = 0
    withdrawn: int = 0

    @property
    def merged(self) -> int:
        """Event reports that went into events the graph already held (or another report's)."""
        return max(self.events - self.new_events, 0)

    @property
    def ok(self) -> bool:
        return not self.failures


def count_input_files(paths: Sequence[str | Path]) -> int | None:
    """How many input files :func:`ingest` will read for ``paths`` (None with stdin): the
    total of its progress line (:func:`graphkit.load.count_input_files`)."""
    from graphkit.load import count_input_files as count

    return count(paths)


def default_extractor() -> Extractor:
    """The standard extractor (spaCy English pipeline + graphkit's rules)."""
    from graphkit.extract import Extractor

    return Extractor()


def extract_paths(
    paths: Sequence[str | Path],
    *,
    as_of: date | None = None,
    extractor: Extractor | None = None,
    encoding: str | None = None,
    jobs: int | None = None,
    actor_resolver: ActorResolver | None = None,
) -> Iterator[Extraction | GraphkitError]:
    """Load and extract every article under ``paths``, in input order.

    Yields an :class:`Extraction` per article, or the error (as a value) for each input
    that could not be loaded or extracted.

    Args:
        paths: files, directories, or ``"-"`` for standard input.
        as_of: the capture date relative ages and undated articles are resolved against.
        extractor: replaces the default extractor.
        encoding: decode text inputs with this encoding instead of UTF-8.
        jobs: processes extracting at once; default every core (:mod:`graphkit.parallel`).
        actor_resolver: when given, each extraction's actors are also resolved (in the
            workers).

    Example:
        >>> from datetime import date
        >>> from graphkit.model import Extraction
        >>> from graphkit.pipeline import extract_paths
        >>> for item in extract_paths(["examples/"], as_of=date(2024, 12, 1)):
        ...     print(item.article.title if isinstance(item, Extraction) else item)
        Macron and Erdogan discuss Black Sea shipping in phone call
        Scholz hosts Erdogan in Berlin for talks on migration
        Macron and Scholz meet in Paris ahead of EU summit
        Macron and Erdogan talk again after months of silence
    """
    from graphkit.load import iter_articles

    loaded = iter_articles(paths, as_of=as_of, encoding=encoding)
    yield from extract_articles(loaded, extractor or default_extractor(), jobs=jobs,
                                actor_resolver=actor_resolver)


def extract_articles(
    loaded: Iterable[Article | GraphkitError],
    extractor: Extractor,
    *,
    jobs: int | None = None,
    actor_resolver: ActorResolver | None = None,
) -> Iterator[Extraction | GraphkitError]:
    """The extractions of the loaded articles in input order, errors passed through in
    their places; on ``jobs`` processes (default: every core), output as one process's.

    Args:
        loaded: articles, and load errors as values.
        extractor: the extractor (workers inherit it).
        jobs: processes extracting at once.
        actor_resolver: when given, each extraction's actors are also resolved.
    """
    from graphkit.parallel import default_jobs, extract_in_workers

    def work(articles: list[Article]) -> list[Extraction | GraphkitError]:
        found = list(_extract_batch(articles, extractor))
        if actor_resolver is None:
            return found
        return [actor_resolver.resolve(x) if isinstance(x, Extraction) else x for x in found]

    yield from extract_in_workers(loaded, work, jobs or default_jobs(),
                                  prepare=getattr(extractor, "preload", None))


def _extract_batch(articles: list[Article], extractor: Extractor) -> Iterator[Extraction | GraphkitError]:
    if not articles:
        return
    seconds = current_limits().seconds_per_article
    try:
        # Collected before yielding: the time limit must not run while the caller works.
        with time_limit(seconds * len(articles)):
            done = list(extractor.extract_many(articles))
    except Exception:  # noqa: BLE001 - retry one by one to name the article that broke
        for article in articles:
            yield _extract_one(article, extractor, seconds)
    else:
        yield from done


def _extract_one(article: Article, extractor: Extractor, seconds: float) -> Extraction | GraphkitError:
    name = article.source or article.id
    try:
        with time_limit(seconds):
            return extractor.extract(article)
    except TimeLimitExceeded:
        return ExtractError(f"{name}: skipped, extraction took longer than {seconds:g} s "
                            f"(seconds_per_article; set GRAPHKIT_SECONDS_PER_ARTICLE)", name)
    except Exception as exc:  # noqa: BLE001 - one article never aborts a batch
        return ExtractError(f"{name}: extraction failed: {one_line(str(exc), 300)}", name)


def ingest(
    paths: Sequence[str | Path],
    store: Store,
    *,
    as_of: date | None = None,
    extractor: Extractor | None = None,
    encoding: str | None = None,
    batch_size: int = 200,
    on_progress: ProgressCallback | None = None,
    actor_resolver: ActorResolver | None = None,
    jobs: int | None = None,
) -> IngestReport:
    """Load, extract and write every article under ``paths`` into ``store``.

    Re-ingesting the same input changes nothing: ids are derived from content and writes
    are merges; an article read again with a changed text withdraws what only its earlier
    text told (:mod:`graphkit.store.withdrawals`).

    Args:
        paths: files, directories, or ``"-"`` for standard input.
        store: where to write (see :func:`graphkit.store.open_store`).
        as_of: the capture date relative ages and undated articles are resolved against.
        extractor: replaces the default extractor.
        encoding: decode text inputs with this encoding instead of UTF-8.
        batch_size: articles per store transaction.
        on_progress: called with the running report after each article or failure.
        actor_resolver: gives actors their canonical ids across articles (the resolve
            stage); default :class:`graphkit.resolve.ActorResolver`. Events are resolved
            across articles by the store's write.
        jobs: processes extracting at once; default every core.

    Returns:
        An :class:`IngestReport`; ``report.failures`` lists inputs that failed.

    Raises:
        StoreError: the store could not be written at all (a batch whose every article
            failed alone too); an article the store refuses on its own is a failure in the
            report and the others are written.
    """
    from graphkit.resolve import ActorResolver

    store.prepare_writes()  # (the store gets ready while the models load)
    resolver = actor_resolver or ActorResolver()
    found = extract_paths(paths, as_of=as_of, extractor=extractor, encoding=encoding,
                          jobs=jobs, actor_resolver=resolver)
    return write_extractions(found, store, batch_size=batch_size, on_progress=on_progress,
                             resolved=True)


def write_extractions(
    items: Iterable[Extraction | GraphkitError],
    store: Store,
    *,
    batch_size: int = 200,
    on_progress: ProgressCallback | None = None,
    actor_resolver: ActorResolver | None = None,
    resolved: bool = False,
    report: IngestReport | None = None,
) -> IngestReport:
    """Write extractions into ``store`` in batches: what :func:`ingest` does after
    extraction, and what ``graphkit load`` and ``graphkit import`` do with the extractions
    they read (errors among ``items`` are collected in the report).

    Args:
        items: extractions, and errors as values.
        store: where to write.
        batch_size: articles per store transaction.
        on_progress: called with the running report after each item.
        actor_resolver: resolves each extraction's actors first; default
            :class:`graphkit.resolve.ActorResolver`.
        resolved: the actors are resolved already (skip ``actor_resolver``).
        report: the report to add to (default a new :class:`IngestReport`).

    Returns:
        The report (``report`` itself when given).

    Raises:
        StoreError: the store could not be written; the batches written before stay
            (``report.stored`` articles), and the message says so: running the same
            ingest again writes the rest and nothing twice; its ``report`` is ``report``.

    Example:
        >>> write_extractions(extractions, store).new_events  # doctest: +SKIP
        12
    """
    report = report if report is not None else IngestReport()
    store.prepare_writes()  # (before the first item: extraction runs as items are read)
    batch: list[Extraction] = []
    resolver = None
    if not resolved:
        from graphkit.resolve import ActorResolver

        resolver = actor_resolver or ActorResolver()

    def flush() -> None:
        if batch:
            try:
                counts, failures = write_each_good(store, batch)
            except StoreError as exc:
                stopped = type(exc)(f"{exc}; {stopped_message(report)}")
                stopped.report = report
                raise stopped from exc
            # (events_added is net of the events withdrawn: those are counted apart)
            report.new_events += counts.events_added + counts.events_withdrawn
            report.withdrawn += counts.events_withdrawn
            report.failures.extend(failures)
            report.stored += len(batch) - len(failures)
            batch.clear()

    last_input: str | None = None
    try:
        for item in items:
            source = _input_of(item)
            if source is not None and source != last_input:
                report.files += 1  # (an input's items come together, in input order)
                last_input = source
            if isinstance(item, Extraction):
                batch.append(resolver.resolve(item) if resolver is not None else item)
                report.articles += 1
                report.events += len(item.events)
                if len(batch) >= batch_size:
                    flush()
            else:
                report.failures.append(item)
            if on_progress is not None:
                on_progress(report)
        flush()
    except KeyboardInterrupt as exc:  # (Ctrl-C: the caller may say what is stored)
        exc.report = report  # type: ignore[attr-defined]
        raise
    return report


_RECORD_NUMBER = re.compile(r"#\d+$")


def _input_of(item: Extraction | GraphkitError) -> str | None:
    """The input (file) an item came from: its article's or its error's source, without
    the ``#N`` of a record, feed item or aggregator entry; None when unknown."""
    source = (item.article.source if isinstance(item, Extraction)
              else getattr(item, "source", None))
    return _RECORD_NUMBER.sub("", source) if source else None


def stopped_message(report: IngestReport) -> str:
    """What a run stopped by a store failure leaves, and what to do."""
    kept = (f"the {report.stored} articles written before it are stored" if report.stored
            else "nothing of this run was stored")
    return (f"the run stopped: {kept}, the rest not; run the same command again to write "
            f"the rest (what is stored is not written twice)")


def write_each_good(store: Store, batch: Sequence[Extraction]
                    ) -> tuple[WriteCounts, list[StoreError]]:
    """Write ``batch``; when the store refuses it, write its extractions one at a time so
    only those it refuses on their own are lost (one bad article never costs the others).

    Returns:
        What the writes did (summed), and a StoreError naming each extraction the store
        refused.

    Raises:
        StoreError: every extraction failed on its own too (the store itself is broken:
            down, full, read-only), with the first error; a
            :class:`~graphkit.errors.StoreUnavailable` at once (a server that went away
            would refuse each article after its own retries).
    """
    try:
        return store.write(batch), []
    except StoreError as whole:
        if len(batch) == 1 or isinstance(whole, StoreUnavailable):
            raise
        added = WriteCounts()
        failures: list[StoreError] = []
        for extraction in batch:
            try:
                added += store.write([extraction])
            except StoreError as exc:
                article = extraction.article
                failures.append(StoreError(f"{article.source or article.id}: not stored: {exc}"))
        if len(failures) == len(batch):
            raise whole
        return added, failures
