"""JSON Lines (``.jsonl``) and JSON (``.json``) article records.

A record is a JSON object with the fields ``id``, ``url``, ``title``, ``outlet``,
``published`` and ``text``; only ``text`` is required. ``id`` (a string or an integer)
becomes ``Article.id`` as a string; without one the id is derived from the content
(:meth:`Article.make_id`). Other fields are ignored, so exports with extra columns load.

A bad record (invalid JSON, not an object, no ``text``, a field of the wrong type, an
unreadable ``published``) gives a :class:`LoadError` naming the file and line; the other
records of the file still load.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from graphkit.errors import LoadError
from graphkit.load.fields import clean_text, parse_published
from graphkit.load.files import read_file
from graphkit.model import Article
from graphkit.sanitize import UntrustedJSONError, loads_json

RECORD_FIELDS: tuple[str, ...] = ("id", "url", "title", "outlet", "published", "text")
"""The fields a record is read for."""

JSONL_SOURCE = "<jsonl>"
"""The source name of JSON Lines passed in as a string."""

_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number",
               float: "a number", bool: "true/false", type(None): "null"}



def json_problem(exc: json.JSONDecodeError) -> str:
    """Where and what: "Expecting ',' delimiter, column 12"; Python's "Unterminated string
    starting at" ends where its column goes ("... starting at column 41").

    Example:
        >>> try:
        ...     json.loads('{"text": "unterminated')
        ... except json.JSONDecodeError as exc:
        ...     json_problem(exc)
        'Unterminated string starting at column 10'
    """
    joint = " " if exc.msg.endswith(" at") else ", "
    return f"{exc.msg}{joint}column {exc.colno}"

def article_from_record(record: Any, *, source: str, as_of: date | None = None) -> Article:
    """One :class:`Article` from one decoded JSON record.

    Args:
        record: The decoded JSON value (must be an object).
        source: ``Article.source``, e.g. ``"news.jsonl#3"`` for the record on line 3.
        as_of: The capture date: ``published`` when the record has none, and the date a
            relative ``published`` is resolved against.

    Returns:
        The article.

    Raises:
        LoadError: The record is not an object, has no non-empty string ``text``, has a
            field of the wrong type or an unreadable ``published``. The error's reason
            says which; its source is ``source``.

    Example:
        >>> article_from_record({"id": 7, "text": "Putin called Macron."}, source="a.jsonl#1").id
        '7'
    """
    if not isinstance(record, dict):
        raise LoadError(source, f"record is {_json_type(record)}, not an object")
    text = record.get("text")
    if text is None:
        raise LoadError(source, 'record has no "text"')
    fields = {name: _string_field(record, name, source) for name in RECORD_FIELDS[1:]}
    text = clean_text(text)
    if not text:
        raise LoadError(source, 'record has an empty "text"')
    record_id = record.get("id")
    if record_id is not None and (isinstance(record_id, bool)
                                  or not isinstance(record_id, (str, int))):
        raise LoadError(source, f'"id" must be a string or an integer, '
                                f"not {_json_type(record_id)}")
    record_id = str(record_id).strip() if record_id is not None else ""
    published = parse_published(fields["published"], as_of, source=source,
                                field='"published"')
    return Article(
        id=record_id or Article.make_id(fields["url"], fields["title"], text),
        text=text,
        title=fields["title"],
        outlet=fields["outlet"],
        url=fields["url"],
        published=published or as_of,
        source=source,
    )


def iter_jsonl_records(text: str, *, source: str = JSONL_SOURCE,
                       as_of: date | None = None) -> Iterator[Article | LoadError]:
    """The articles of a JSON Lines text, and a :class:`LoadError` for each bad line.

    Args:
        text: One JSON object per line; blank lines are skipped.
        source: The file's name; the article on line N gets source ``source#N``.
        as_of: As for :func:`article_from_record`.

    Yields:
        An ``Article`` per good line, a ``LoadError`` (source ``source``, reason
        ``line N: ...``) per bad one, in line order.

    Example:
        >>> lines = '{"text": "Putin called Macron."}\\nnot json\\n'
        >>> [type(item).__name__ for item in iter_jsonl_records(lines, source="a.jsonl")]
        ['Article', 'LoadError']
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = loads_json(line)
        except json.JSONDecodeError as exc:
            yield LoadError(source, f"line {number}: not valid JSON ({json_problem(exc)})")
            continue
        except UntrustedJSONError as exc:
            yield LoadError(source, f"line {number}: {exc}")
            continue
        try:
            yield article_from_record(record, source=f"{source}#{number}", as_of=as_of)
        except LoadError as exc:
            yield LoadError(source, f"line {number}: {exc.reason}")


def load_jsonl(source: str | Path, as_of: date | None = None, *, encoding: str | None = None,
               max_bytes: int | None = None) -> Iterator[Article | LoadError]:
    """Load the articles of a JSON Lines file (a ``Path``) or string.

    The file is read (and checked) at once; the records are then decoded one at a time.

    Args:
        source: A ``Path`` to read, or the JSON Lines text itself.
        as_of: The capture date: ``published`` of records without one.
        encoding: The file's encoding (UTF-8 if None).
        max_bytes: Files bigger than this are refused.

    Returns:
        An iterator of articles and of a ``LoadError`` for each malformed line.

    Raises:
        LoadError: The file itself cannot be read as text (missing, empty, binary...).

    Example:
        >>> from pathlib import Path
        >>> for item in load_jsonl(Path("news.jsonl")):  # doctest: +SKIP
        ...     print(item.id if isinstance(item, Article) else item)
    """
    if isinstance(source, Path):
        text = read_file(source, encoding=encoding, max_bytes=max_bytes)
        return iter_jsonl_records(text, source=str(source), as_of=as_of)
    if not source.strip():
        raise LoadError(JSONL_SOURCE, "is empty, no records")
    return iter_jsonl_records(source, as_of=as_of)


def load_json(source: str | Path, as_of: date | None = None, *, encoding: str | None = None,
              max_bytes: int | None = None,
              name: str | None = None) -> Iterator[Article | LoadError]:
    """Load a JSON file (a ``Path``) or string holding one record or an array of records.

    Args:
        source: A ``Path`` to read, or the JSON text itself.
        as_of: The capture date: ``published`` of records without one.
        encoding: The file's encoding (UTF-8 if None).
        max_bytes: Files bigger than this are refused.
        name: The source name of a string (``<json>`` if None).

    Returns:
        An iterator of articles (source ``path`` for a single record, ``path#N`` for the
        Nth record of an array) and of a ``LoadError`` for each bad record.

    Raises:
        LoadError: The file cannot be read, is not valid JSON, is neither an object nor
            an array, or is an empty array.

    Example:
        >>> [a.title for a in load_json('[{"title": "Talks", "text": "They met."}]')]
        ['Talks']
    """
    name = str(source) if isinstance(source, Path) else (name or "<json>")
    if isinstance(source, Path):
        text = read_file(source, encoding=encoding, max_bytes=max_bytes)
    elif source.strip():
        text = source
    else:
        raise LoadError(name, "is empty, no records")
    try:
        data = loads_json(text)
    except json.JSONDecodeError as exc:
        raise LoadError(name, f"not valid JSON ({exc.msg}, line {exc.lineno} "
                              f"column {exc.colno})") from exc
    except UntrustedJSONError as exc:
        raise LoadError(name, str(exc)) from None
    if isinstance(data, dict):
        return _iter_json_records([data], name, as_of, numbered=False)
    if not isinstance(data, list):
        raise LoadError(name, f"holds {_json_type(data)}, not a record or an array of records")
    if not data:
        raise LoadError(name, "holds an empty array, no records")
    return _iter_json_records(data, name, as_of, numbered=True)


def _iter_json_records(records: list[Any], name: str, as_of: date | None, *,
                       numbered: bool) -> Iterator[Article | LoadError]:
    for number, record in enumerate(records, start=1):
        try:
            yield article_from_record(record, source=f"{name}#{number}" if numbered else name,
                                      as_of=as_of)
        except LoadError as exc:
            yield LoadError(name, f"record {number}: {exc.reason}" if numbered else exc.reason)


def _string_field(record: dict[str, Any], name: str, source: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise LoadError(source, f'"{name}" must be a string, not {_json_type(value)}')
    return value if name == "text" else (" ".join(value.split()) or None)


def _json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)
