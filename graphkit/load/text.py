"""Plain-text articles, with or without a ``KEY: value`` header.

A header is the file's first lines, ``KEY: value`` each, ended by a blank line::

    URL: https://example.org/2025/07/merel-osk-call
    OUTLET: Example News
    PUBLISHED: 2025-07-01
    TITLE: Merel and Osk talk for first time in two years

    Valdorian President Ana Merel has spoken with ...

Keys are case-insensitive: ``URL``, ``OUTLET``, ``TITLE`` and ``PUBLISHED`` (or ``DATE``);
lines with other keys (``AUTHOR: ...``) are allowed in a header and ignored.

Without a header, the first line is the title when it clearly is a headline: a line on
its own (a blank line follows it, more text after that) that is short (at most 25 words,
200 characters), starts with a capital letter, digit or quote and does not end like a
sentence (``.``, ``,``, ``;``, ``:``). The title is then not part of ``Article.text``, as
with a header. Otherwise the title is None. ``published`` is then the ``as_of`` date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from graphkit.errors import LoadError
from graphkit.load.fields import clean_text, parse_published
from graphkit.load.files import read_file
from graphkit.model import TEXT_SOURCE, Article

HEADER_KEYS: dict[str, str] = {
    "url": "url", "outlet": "outlet", "title": "title", "published": "published",
    "date": "published",
}
"""Header keys (lower case) and the ``Article`` field each fills."""


_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z0-9 _-]{0,24}):(?:\s+(.*)|$)")
_MAX_HEADLINE_WORDS = 25
_MAX_HEADLINE_CHARS = 200
_CLOSING_QUOTES = "'\"’”»"
_OPENING = re.compile(r"[\w'\"‘“«(\[]")


@dataclass(frozen=True, slots=True)
class Header:
    """The fields of a text file's ``KEY: value`` header (None where absent)."""

    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None


def split_header(text: str) -> tuple[Header | None, str]:
    """Separate a ``KEY: value`` header from the article text under it.

    The header is the leading run of ``KEY: value`` lines; it counts as one when it
    names at least one known key (see :data:`HEADER_KEYS`) and ends with a blank line
    (or every key in it is known). Values are stripped; an empty value counts as absent;
    the first value of a repeated key wins.

    Args:
        text: The file's text, line ends already ``\\n``.

    Returns:
        ``(header, body)``, or ``(None, text)`` when the text has no header.

    Example:
        >>> header, body = split_header("TITLE: Talks\\nPUBLISHED: 2025-07-01\\n\\nBody.")
        >>> header.title, body
        ('Talks', 'Body.')
    """
    lines = text.split("\n")
    matches: list[re.Match[str]] = []
    for line in lines:
        match = _HEADER_LINE.fullmatch(line.strip()) if line.strip() else None
        if match is None:
            break
        matches.append(match)
    end = len(matches)
    keys = [match.group(1).strip().lower() for match in matches]
    known = [key for key in keys if key in HEADER_KEYS]
    ended_by_blank = end == len(lines) or not lines[end].strip()
    if not known or not (ended_by_blank or len(known) == len(keys)):
        return None, text
    fields: dict[str, str] = {}
    for key, match in zip(keys, matches, strict=True):
        value = (match.group(2) or "").strip()
        if key in HEADER_KEYS and value:
            fields.setdefault(HEADER_KEYS[key], value)
    return Header(**fields), "\n".join(lines[end:]).lstrip("\n")


def looks_like_headline(line: str) -> bool:
    """Whether one line reads as a headline rather than a sentence of running text.

    Args:
        line: One stripped line.

    Returns:
        True for a short line (at most 25 words, 200 characters) that starts with a
        capital letter, digit, quote or bracket and does not end with ``.``, ``,``, ``;``
        or ``:`` (a closing quote after them counts as that ending).

    Example:
        >>> looks_like_headline("Merel and Osk talk for first time in two years")
        True
        >>> looks_like_headline("The two leaders agreed to keep in touch.")
        False
    """
    words = line.split()
    if not words or len(words) > _MAX_HEADLINE_WORDS or len(line) > _MAX_HEADLINE_CHARS:
        return False
    if not _OPENING.match(line) or line[0].islower():
        return False
    return not line.rstrip(_CLOSING_QUOTES).endswith((".", ",", ";", ":"))


def article_from_text(text: str, *, source: str = TEXT_SOURCE,
                      as_of: date | None = None) -> Article:
    """One :class:`Article` from the text of a plain-text article.

    Args:
        text: The article as captured, header (if any) included.
        source: ``Article.source``: the path it came from.
        as_of: The capture date: ``published`` when the header gives none, and the date
            a relative PUBLISHED value ("yesterday") is resolved against.

    Returns:
        The article; its text is the body, cleaned (see :func:`clean_text`).

    Raises:
        LoadError: The text is empty, has a header but no body, or an unreadable
            PUBLISHED date.

    Example:
        >>> article_from_text("TITLE: Talks\\n\\nPutin spoke with Macron.").title
        'Talks'
    """
    header, body = split_header(clean_text(text))
    header = header or Header()
    body = clean_text(body)
    title = header.title
    if title is None:
        title, body = _split_headline(body)
    if not body:
        raise LoadError(source, "has no article text")
    published = parse_published(header.published, as_of, source=source, field="PUBLISHED")
    return Article(
        id=Article.make_id(header.url, title, body),
        text=body,
        title=title,
        outlet=header.outlet,
        url=header.url,
        published=published or as_of,
        source=source,
    )


def load_text(source: str | Path, as_of: date | None = None, *, encoding: str | None = None,
              max_bytes: int | None = None) -> Article:
    """Load one plain-text article from a file (a ``Path``) or from a string.

    A ``Path`` is read as a file (with every check of :func:`read_file`); a ``str`` is the
    article's text itself. Aggregator pages are not split here: use
    :func:`graphkit.load.load_file` or :func:`split_aggregator_page` for those.

    Args:
        source: A ``Path`` to read, or the text itself.
        as_of: The capture date (see :func:`article_from_text`).
        encoding: The file's encoding (UTF-8 if None).
        max_bytes: Files bigger than this are refused.

    Returns:
        The article; ``source`` is the path, or ``<text>`` for a string.

    Raises:
        LoadError: The file cannot be read as text, or holds no article (see
            :func:`article_from_text`).

    Example:
        >>> from pathlib import Path
        >>> article = load_text(Path("examples/2024-02-13-macron-erdogan-call.txt"))
        >>> article.published
        datetime.date(2024, 2, 14)
    """
    if isinstance(source, Path):
        text = read_file(source, encoding=encoding, max_bytes=max_bytes)
        return article_from_text(text, source=str(source), as_of=as_of)
    if not source.strip():
        raise LoadError(TEXT_SOURCE, "is empty, no text")
    return article_from_text(source, as_of=as_of)


def _split_headline(body: str) -> tuple[str | None, str]:
    first, blank, rest = body.partition("\n\n")
    if blank and "\n" not in first and rest.strip() and looks_like_headline(first):
        return first, rest
    return None, body
