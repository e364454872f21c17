"""Loading a batch of inputs: files, directories and stdin, each in whatever format it is.

The format of a file comes from its name: ``.jsonl`` is JSON Lines, ``.json`` JSON,
``.html``/``.htm`` HTML, ``.rss``/``.atom``/``.rdf``/``.xml`` a news feed. Anything else
(``.txt``, stdin, a file of another name) is sniffed: a feed when its root element is
``rss``, ``feed`` or ``rdf:RDF``, HTML when it starts like an HTML document, JSON Lines
when its first line is a JSON object with a ``"text"``, else plain text, which is split
into articles when it is a captured aggregator page (and has no ``KEY: value`` header).
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from graphkit.errors import LoadError
from graphkit.limits import current_limits
from graphkit.load.aggregator import is_aggregator_page, split_aggregator_page
from graphkit.load.feeds import FEED_SUFFIXES, load_feed, looks_like_feed
from graphkit.load.fields import clean_text
from graphkit.load.files import (
    ARTICLE_SUFFIXES,
    STDIN,
    STDIN_SOURCE,
    find_article_files,
    read_file,
    read_stdin,
)
from graphkit.load.guard import guard_article
from graphkit.load.html import article_from_html, looks_like_html
from graphkit.load.jsonl import iter_jsonl_records, load_json
from graphkit.load.text import article_from_text, split_header
from graphkit.model import Article
from graphkit.sanitize import UntrustedJSONError, display_path, loads_json

log = logging.getLogger("graphkit.load")

_MIN_ARTICLE_CHARS = 3
_WORD = re.compile(r"[^\W\d_]{2}")  # two letters in a row, in any script
_FORMAT_BY_SUFFIX = {".jsonl": "jsonl", ".json": "json", ".html": "html", ".htm": "html",
                     **{suffix: "feed" for suffix in FEED_SUFFIXES}}


def iter_articles(paths: Sequence[str | Path], as_of: date | None = None, *,
                  encoding: str | None = None,
                  max_bytes: int | None = None) -> Iterator[Article | LoadError]:
    """Every article of a batch of inputs, and a ``LoadError`` for each input that failed.

    Errors are yielded, not raised, so one bad file never stops a batch. Directories are
    searched recursively (see :func:`find_article_files`); ``"-"`` reads stdin; a file
    named twice (directly or inside a directory) is loaded once.

    Args:
        paths: Files, directories, or ``"-"`` for standard input.
        as_of: The capture date: ``published`` of articles that state none, and the
            moment relative ages and dates are resolved against.
        encoding: The inputs' encoding (UTF-8, or what a byte-order mark says, if None).
        max_bytes: Inputs bigger than this are refused.

    Yields:
        ``Article`` for each article loaded (several per aggregator page or JSON Lines
        file) and ``LoadError`` for each input, line or record that could not be.

    Example:
        >>> from graphkit import Article
        >>> for item in iter_articles(["examples", "missing.txt"]):  # doctest: +SKIP
        ...     print(item.title if isinstance(item, Article) else f"skipped {item}")
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    seen: set[str] = set()
    for given in paths:
        if str(given) == STDIN:
            yield from load_stdin(as_of, encoding=encoding, max_bytes=max_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            walk_errors: list[LoadError] = []
            unread: list[Path] = []
            try:
                files = find_article_files(path, errors=walk_errors, unread=unread)
            except LoadError as exc:
                yield exc
                continue
            yield from walk_errors
            if unread:
                _warn_unread(path, unread)
        elif str(given).endswith(("/", os.sep)):
            # "a.txt/" names a folder; loading the file a.txt instead would hide the typo.
            yield LoadError(display_path(str(given)), "is not a directory (the path ends in /)")
            continue
        else:
            files = [path]
        for file in files:
            key = os.path.realpath(file)  # never raises, even on a symbolic link loop
            if key in seen:
                continue
            seen.add(key)
            yield from load_file(file, as_of, encoding=encoding, max_bytes=max_bytes)


def count_input_files(paths: Sequence[str | Path]) -> int | None:
    """How many files :func:`iter_articles` will read for ``paths`` (each once), or None
    when one is ``"-"`` (stdin: its size is not known before it is read). A folder that
    cannot be walked counts nothing; a path that is not there counts one (its error).

    Example:
        >>> count_input_files(["examples"])  # doctest: +SKIP
        4
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if any(str(given) == STDIN for given in paths):
        return None
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        try:
            files = find_article_files(path) if path.is_dir() else [path]
        except LoadError:
            continue
        seen.update(os.path.realpath(file) for file in files)
    return len(seen)


def _warn_unread(folder: Path, unread: list[Path], shown: int = 5) -> None:
    """One warning for the files of ``folder`` its walk does not read (their names are no
    article kind): a batch never leaves a file out without a word."""
    names = sorted(str(p.relative_to(folder)) for p in unread)
    listed = ", ".join(names[:shown]) + (f" and {len(names) - shown} more"
                                         if len(names) > shown else "")
    noun = "file" if len(names) == 1 else "files"
    log.warning("%s: %d %s not read, the name ending in none of %s: %s",
                display_path(folder), len(names), noun, " ".join(ARTICLE_SUFFIXES), listed)


def load_file(path: str | Path, as_of: date | None = None, *, encoding: str | None = None,
              max_bytes: int | None = None) -> Iterator[Article | LoadError]:
    """The articles of one file, whatever its format, with errors yielded, not raised.

    Args:
        path: The file.
        as_of: As for :func:`iter_articles`.
        encoding: The file's encoding (UTF-8 if None).
        max_bytes: Files bigger than this are refused.

    Yields:
        The file's articles, or a ``LoadError`` when it cannot be read (and one per bad
        line of a JSON Lines file).

    Example:
        >>> [a.title for a in load_file("examples/2024-02-13-macron-erdogan-call.txt")]
        ['Macron and Erdogan discuss Black Sea shipping in phone call']
    """
    path = Path(path)
    try:
        text = read_file(path, encoding=encoding, max_bytes=max_bytes)
        kind = _FORMAT_BY_SUFFIX.get(path.suffix.lower())
        yield from articles_from_text(text, source=display_path(path), as_of=as_of, kind=kind)
    except LoadError as exc:
        yield exc


def load_stdin(as_of: date | None = None, *, encoding: str | None = None,
               max_bytes: int | None = None,
               stream: IO[Any] | None = None) -> Iterator[Article | LoadError]:
    """The articles of standard input (format sniffed), with errors yielded, not raised.

    Args:
        as_of: As for :func:`iter_articles`.
        encoding: The input's encoding (UTF-8 if None).
        max_bytes: Input longer than this is refused.
        stream: What to read instead of ``sys.stdin``.

    Yields:
        The articles (source ``<stdin>``, or ``<stdin>#N``), or ``LoadError``.

    Example:
        >>> import io
        >>> [a.text for a in load_stdin(stream=io.BytesIO(b"Putin called Macron."))]
        ['Putin called Macron.']
    """
    try:
        text = read_stdin(stream, encoding=encoding, max_bytes=max_bytes)
        yield from articles_from_text(text, source=STDIN_SOURCE, as_of=as_of)
    except LoadError as exc:
        yield exc


def articles_from_text(text: str, *, source: str, as_of: date | None = None,
                       kind: str | None = None) -> Iterator[Article | LoadError]:
    """The articles of a decoded input, in the format ``kind`` or the one it looks like.

    Args:
        text: The input's text.
        source: Its name, for ``Article.source`` and errors.
        as_of: As for :func:`iter_articles`.
        kind: ``"text"``, ``"html"``, ``"jsonl"``, ``"json"`` or ``"feed"``; None sniffs (see the
            module's docstring).

    Yields:
        Articles, and ``LoadError`` for bad JSON Lines lines or JSON records.

    Raises:
        LoadError: The input holds no article (no text, no main text in the HTML...).

    Example:
        >>> [a.title for a in articles_from_text("TITLE: Talks\\n\\nThey met.", source="x")]
        ['Talks']
    """
    limits = current_limits()
    for item in _articles_of_kind(text, kind or _sniff(text), source, as_of):
        if isinstance(item, Article):
            try:
                item = guard_article(item, limits)
            except LoadError as exc:
                item = exc
        yield item


def _articles_of_kind(text: str, kind: str, source: str,
                      as_of: date | None) -> Iterator[Article | LoadError]:
    if kind == "feed":
        yield from load_feed(text, source=source, as_of=as_of)
    elif kind == "html":
        yield article_from_html(text, source=source, as_of=as_of)
    elif kind == "jsonl":
        yield from iter_jsonl_records(text, source=source, as_of=as_of)
    elif kind == "json":
        yield from load_json(text, as_of, name=source)
    else:
        _refuse_non_article(text, source)
        header, _ = split_header(clean_text(text))
        if header is None and is_aggregator_page(text):
            yield from split_aggregator_page(text, source=source, as_of=as_of)
        else:
            yield article_from_text(text, source=source, as_of=as_of)


def _refuse_non_article(text: str, source: str) -> None:
    """Refuse a text that cannot be an article: a character or two, no words at all."""
    stripped = text.strip()
    if len(stripped) < _MIN_ARTICLE_CHARS:
        raise LoadError(source, f"holds only {len(stripped)} character(s), too short to be "
                                "an article")
    if _WORD.search(stripped) is None:
        raise LoadError(source, "holds no words, so no article")


def _sniff(text: str) -> str:
    """The format of a text that has no telling file name (see the module's docstring)."""
    if looks_like_feed(text):
        return "feed"
    if looks_like_html(text):
        return "html"
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        # A whole JSON document (even "{}" or "[]") is read as JSON, so its records are
        # checked and a record-less one is refused, never taken as article text.
        try:
            loads_json(stripped)
        except json.JSONDecodeError:
            pass
        except UntrustedJSONError:
            return "json"  # load_json names the problem
        else:
            return "json"
    first = next((line for line in text.split("\n") if line.strip()), "")
    if first.lstrip().startswith("{"):
        try:
            record = loads_json(first)
        except ValueError:
            return "text"
        if isinstance(record, dict) and "text" in record:
            return "jsonl"
    return "text"
