"""Extraction on every core: one pool of worker processes for a whole run, order kept.

:func:`extract_in_workers` sends the loaded articles to ``jobs`` worker processes in small
chunks and yields the results in input order, so the output is the same as one process
gives (each article's extraction depends on that article alone). The pool is made once per
run and lives until the run ends (spaCy's own ``n_process`` would start new workers on
every call), and only once there is more than one chunk to do: a single short input never
pays for starting workers.

Workers are forked from the calling process, so they inherit its extractor (the spaCy
pipeline already loaded, any custom extractor) and actor resolver rather than loading
them again; on a platform without ``fork`` the run stays in one process.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import itertools
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from graphkit.errors import ExtractError, GraphkitError
from graphkit.model import Article, Extraction

_PR_SET_PDEATHSIG = 1  # (linux/prctl.h)
CHUNK = 16  # articles per task: enough to batch the parser, small enough to spread work

Work = Callable[[list[Article]], list[Extraction | GraphkitError]]
# What forked workers run: set in the parent just before the pool is made, inherited.
_WORK: Work | None = None


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # (not on every platform)
        return max(1, os.cpu_count() or 1)


def extract_in_workers(loaded: Iterable[Article | GraphkitError], work: Work,
                       jobs: int, prepare: Callable[[], None] | None = None
                       ) -> Iterator[Extraction | GraphkitError]:
    """``work`` applied to the articles of ``loaded`` in ``jobs`` processes, in order.

    Errors among ``loaded`` pass through at their place.

    Args:
        loaded: articles, and load errors as values.
        work: articles -> their extractions (or an error per article that failed).
        jobs: worker processes; 1 (or no ``fork``) runs everything here.
        prepare: called here just before the workers are forked (when they are), so
            that what it loads is shared by them rather than loaded by each.
    """
    chunks = _chunks(loaded)
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for chunk in chunks:
            yield from _run(work, chunk)
        return
    first = next(chunks, None)
    second = next(chunks, None)
    if second is None:  # one chunk: not worth a pool
        if first is not None:
            yield from _run(work, first)
        return
    if prepare is not None:
        prepare()
    global _WORK
    _WORK = work
    context = multiprocessing.get_context("fork")
    pending: list[list[Any]] = []  # chunks sent, in order; only their articles travel

    def articles_of_each() -> Iterator[list[Article]]:
        for chunk in itertools.chain((first, second), chunks):
            pending.append(chunk)
            yield [i for i in chunk if isinstance(i, Article)]

    try:
        with context.Pool(jobs, initializer=_end_with_parent, initargs=(os.getpid(),)) as pool:
            for found in pool.imap(_in_worker, articles_of_each(), chunksize=1):
                yield from _merge(pending.pop(0), found)
    finally:
        _WORK = None


def _chunks(loaded: Iterable[Article | GraphkitError]) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in loaded:
        chunk.append(item)
        if sum(isinstance(i, Article) for i in chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _end_with_parent(parent: int) -> None:
    """In a worker: be ended by the kernel the moment the parent is (killed, ``kill -9``),
    rather than go on extracting for nobody and print a BrokenPipeError traceback as it
    hands back its chunk (Linux's ``PR_SET_PDEATHSIG``; elsewhere not), and leave Ctrl-C
    to the parent."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # (not Linux)
        pass
    else:
        if os.getppid() != parent:  # (the parent was gone before the call)
            os._exit(1)
    # Ctrl-C reaches every process of the terminal's group: the parent stops the run (and
    # ends its workers); a worker would only print its own KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _in_worker(articles: list[Article]) -> list[Extraction | GraphkitError]:
    assert _WORK is not None  # (set by the parent before forking)
    return _safely(_WORK, articles)


def _run(work: Work, chunk: list[Any]) -> list[Extraction | GraphkitError]:
    """The chunk with its articles replaced by their extractions, errors in place."""
    return _merge(chunk, _safely(work, [i for i in chunk if isinstance(i, Article)]))


def _merge(chunk: list[Any], found: list[Extraction | GraphkitError]
           ) -> list[Extraction | GraphkitError]:
    """The chunk's load errors in their places among the extractions of its articles."""
    results = iter(found)
    return [next(results) if isinstance(item, Article) else item for item in chunk]


def _safely(work: Work, articles: list[Article]) -> list[Extraction | GraphkitError]:
    if not articles:
        return []
    try:
        found = list(work(articles))
    except Exception as exc:  # noqa: BLE001 - a worker never dies of one article
        return [ExtractError(f"{a.source or a.id}: extraction failed: {exc}") for a in articles]
    # (an error must cross back from a worker: a message alone pickles whatever its class)
    return [x if isinstance(x, Extraction) else ExtractError(str(x)) for x in found]
