"""Reading back the extract contract: ``graphkit extract --format jsonl`` output as extractions.

``graphkit extract`` can run on many machines (xargs, GNU parallel, a Spark or Dask job);
the JSON Lines it prints (README, "The extract contract") hold everything ``ingest`` would
write: one line per event with its article, and one ``{"article": {...}, "events": 0}``
line per article in which nothing was found. :func:`iter_extractions` turns those lines
back into the :class:`~graphkit.model.Extraction` objects extraction made, one per
article (lines of one article may be anywhere in the files), so that
:func:`graphkit.imports.load_events` writes them through the same resolution and store
as ingest.

A line that is not JSON, not an object, or lacks a field the graph needs is a
:class:`LoadError` naming the file and line; the other lines still load.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from graphkit.errors import LoadError
from graphkit.load.files import STDIN, find_article_files, read_file, read_stdin
from graphkit.load.jsonl import json_problem
from graphkit.model import (
    EVENT_SOURCES,
    Actor,
    Article,
    Event,
    EventDate,
    Extraction,
    Participant,
)

_KINDS = ("person", "organisation", "country")
_ROLES = ("source", "target", "participant", "speaker")
_PRECISIONS = ("day", "month", "year", "interval")


def iter_extractions(paths: Iterable[str | Path], *, encoding: str | None = None,
                     max_bytes: int | None = None) -> Iterator[Extraction | LoadError]:
    """The extractions of extract-contract JSON Lines files, and a ``LoadError`` per bad line.

    Every file is read before anything is yielded, so an article's lines are gathered
    wherever they are; extractions come out in the order their articles first appear.

    Args:
        paths: ``.jsonl`` files, folders of them, or ``"-"`` for standard input.
        encoding: The files' encoding (UTF-8 if None).
        max_bytes: Files bigger than this are refused.

    Yields:
        ``LoadError`` values for unreadable files and bad lines first, then one
        ``Extraction`` per article.

    Example:
        >>> for item in iter_extractions(["events.jsonl"]):  # doctest: +SKIP
        ...     print(item.article.id, len(item.events))
    """
    articles: dict[str, Article] = {}
    events: dict[str, dict[str, Event]] = {}
    for name, text in _read_all(paths, encoding, max_bytes):
        if isinstance(text, LoadError):
            yield text
            continue
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                article, event = parse_contract_line(line)
            except LoadError as exc:
                yield LoadError(name, f"line {number}: {exc.reason}")
                continue
            articles.setdefault(article.id, article)
            found = events.setdefault(article.id, {})
            if event is not None:
                found.setdefault(event.id, event)
    for article_id, article in articles.items():
        yield Extraction(article, tuple(events[article_id].values()))


def parse_contract_line(line: str) -> tuple[Article, Event | None]:
    """One contract line as its article and event (None for an article-only line).

    Raises:
        LoadError: (source ``<line>``) the line is not a contract record.

    Example:
        >>> article, event = parse_contract_line(
        ...     '{"article": {"id": "a1", "title": "Talks"}, "events": 0}')
        >>> article.title, event
        ('Talks', None)
    """
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise LoadError("<line>", f"not valid JSON ({json_problem(exc)})") from exc
    if not isinstance(record, dict):
        raise LoadError("<line>", "not a JSON object")
    if "article" not in record and "text" in record:
        raise LoadError("<line>", "an article, not an extract-contract record: `graphkit "
                                  "ingest` reads articles, `graphkit load` what `graphkit "
                                  "extract --format jsonl` printed")
    try:
        article = _article(record.get("article"))
        if "type" not in record:
            return article, None
        return article, _event(record, article.id)
    except (KeyError, TypeError, ValueError) as exc:
        raise LoadError("<line>", f"not an extract-contract record ({_why(exc)})") from exc


def _read_all(paths: Iterable[str | Path], encoding: str | None,
              max_bytes: int | None) -> Iterator[tuple[str, str | LoadError]]:
    for given in paths:
        try:
            if str(given) == STDIN:
                yield "<stdin>", read_stdin(encoding=encoding, max_bytes=max_bytes)
                continue
            path = Path(given)
            files = [f for f in find_article_files(path) if f.suffix.lower() == ".jsonl"] \
                if path.is_dir() else [path]
            for file in files:
                try:
                    yield str(file), read_file(file, encoding=encoding, max_bytes=max_bytes)
                except LoadError as exc:
                    yield str(file), exc
        except LoadError as exc:
            yield str(given), exc


def _article(data: Any) -> Article:
    if not isinstance(data, dict):
        raise TypeError('"article" must be an object')
    article_id = _text(data, "id", required=True)
    published = _text(data, "published")
    return Article(id=article_id, text="", title=_text(data, "title"),
                   outlet=_text(data, "outlet"), url=_text(data, "url"),
                   published=date.fromisoformat(published) if published else None,
                   source=_text(data, "source") or "",
                   summary_only=bool(data.get("summary_only")))


def _event(record: dict[str, Any], article_id: str) -> Event:
    actors = record.get("actors")
    if not isinstance(actors, list):
        raise TypeError('"actors" must be a list')
    participants = tuple(Participant(_actor(a), _choice(a, "role", _ROLES, "participant"))
                         for a in actors)
    span = record.get("span") or [0, 0]
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(v, int) for v in span)):
        raise TypeError('"span" must be two integers')
    source = _choice(record, "source", EVENT_SOURCES, "graphkit")
    measures = record.get("measures") or {}
    if not isinstance(measures, dict):
        raise TypeError('"measures" must be an object')
    precision = record.get("date_precision")
    if precision is not None and precision not in _PRECISIONS:
        raise ValueError(f'"date_precision" {precision!r} is not one of {", ".join(_PRECISIONS)}')
    reported_by = record.get("reported_by")
    return Event(
        id=_text(record, "id", required=True), article_id=article_id,
        type=_text(record, "type", required=True), participants=participants,
        evidence=_text(record, "evidence") or "", span=(span[0], span[1]),
        date=EventDate(_text(record, "date"), precision, _text(record, "date_text"),
                       _text(record, "date_rule")),
        modality=_text(record, "modality") or "asserted",  # type: ignore[arg-type]
        subtype=_text(record, "subtype"), cameo=_text(record, "cameo"),
        plover=_text(record, "plover"), plover_mode=_text(record, "plover_mode"),
        confidence=float(record.get("confidence", 0.5)),
        reported_by=_actor(reported_by) if reported_by is not None else None,
        source=source, source_id=_text(record, "source_id"),
        measures=tuple((str(k), v) for k, v in sorted(measures.items())),
    )


def _actor(data: Any) -> Actor:
    if not isinstance(data, dict):
        raise TypeError("an actor must be an object")
    name = _text(data, "name", required=True)
    kind = _choice(data, "kind", _KINDS, None)
    country = _text(data, "country")
    aliases = data.get("aliases") or []
    if not isinstance(aliases, list):
        raise TypeError('"aliases" must be a list')
    return Actor(id=_text(data, "id") or Actor.make_id(kind, name, country), name=name,
                 kind=kind, country=country, office=_text(data, "office"),
                 organisation=_text(data, "organisation"), wikidata=_text(data, "wikidata"),
                 aliases=tuple(str(a) for a in aliases))


def _text(data: dict[str, Any], key: str, *, required: bool = False) -> Any:
    value = data.get(key)
    if value is None or value == "":
        if required:
            raise KeyError(key)
        return None
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise TypeError(f'"{key}" must be a string')
    return str(value)


def _choice(data: dict[str, Any], key: str, allowed: tuple[str, ...], default: Any) -> Any:
    value = data.get(key, default)
    if value not in allowed:
        raise ValueError(f'"{key}" {value!r} is not one of {", ".join(allowed)}')
    return value


def _why(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f'no "{exc.args[0]}"'
    return str(exc)
