"""HTML pages (``.html``, ``.htm``): the main text and metadata, extracted by trafilatura.

trafilatura drops navigation, adverts and comments and reads the page's metadata:
``title``, ``url`` (canonical link or ``og:url``), ``date`` (publication date) and
``sitename``, which becomes ``Article.outlet``. A page without a date gets ``as_of``.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from graphkit.errors import LoadError
from graphkit.load.fields import clean_text, parse_published
from graphkit.load.files import read_file
from graphkit.model import HTML_SOURCE, Article

_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML document (starts with a doctype or an html/head/body tag).

    Example:
        >>> looks_like_html("<!DOCTYPE html><html><body>...</body></html>")
        True
    """
    return _HTML_START.match(text[:4096]) is not None


def article_from_html(html: str, *, source: str = HTML_SOURCE,
                      as_of: date | None = None) -> Article:
    """One :class:`Article` from the markup of a news page.

    Args:
        html: The page's HTML.
        source: ``Article.source``: the path it came from.
        as_of: The capture date: ``published`` when the page states no date.

    Returns:
        The article: the page's main text (its title line removed when the text starts
        with it), title, url, outlet (site name) and publication date.

    Raises:
        LoadError: trafilatura finds no main text in the page.

    Example:
        >>> html = ("<html><head><title>Talks</title></head><body><article>"
        ...         "<p>Putin spoke with Macron by telephone on Tuesday.</p>"
        ...         "</article></body></html>")
        >>> article_from_html(html).text
        'Putin spoke with Macron by telephone on Tuesday.'
    """
    import trafilatura  # slow to import; only HTML inputs need it

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = clean_text(document.text or "") if document is not None else ""
    if not text:
        raise LoadError(source, "no article text found in this HTML page")
    title = _field(document.title)
    if title and text.startswith(title + "\n"):
        text = text[len(title):].lstrip()
    url = _field(document.url)
    try:
        published = parse_published(_field(document.date), as_of, source=source, field="date")
    except LoadError:
        published = None  # a page's odd date markup is no reason to lose its text
    return Article(
        id=Article.make_id(url, title, text),
        text=text,
        title=title,
        outlet=_field(document.sitename),
        url=url,
        published=published or as_of,
        source=source,
    )


def load_html(source: str | Path, as_of: date | None = None, *, encoding: str | None = None,
              max_bytes: int | None = None) -> Article:
    """Load one article from an HTML file (a ``Path``) or from a string of HTML.

    Args:
        source: A ``Path`` to read, or the HTML itself. A string with no ``<`` that names
            an existing file, or ends in ``.html``/``.htm``, is a path too.
        as_of: The capture date: ``published`` when the page states no date.
        encoding: The file's encoding (UTF-8 if None).
        max_bytes: Files bigger than this are refused.

    Returns:
        The article; ``source`` is the path, or ``<html>`` for a string.

    Raises:
        LoadError: The file cannot be read as text (or a string that is a file's name
            names none), or the page has no main text.

    Example:
        >>> from pathlib import Path
        >>> article = load_html(Path("saved/page.html"))  # doctest: +SKIP
        >>> article.outlet  # doctest: +SKIP
        'Example News'
    """
    if isinstance(source, str) and _names_a_file(source):
        if not Path(source).is_file():
            raise LoadError(source, "no such file (load_html reads a path, or a string of "
                                    "HTML)")
        source = Path(source)
    if isinstance(source, Path):
        html = read_file(source, encoding=encoding, max_bytes=max_bytes)
        return article_from_html(html, source=str(source), as_of=as_of)
    if not source.strip():
        raise LoadError(HTML_SOURCE, "is empty, no HTML")
    return article_from_html(source, as_of=as_of)


def _names_a_file(source: str) -> bool:
    """Whether a string is a file's name rather than HTML: no ``<``, and a file by that
    name exists or it ends in ``.html``/``.htm``."""
    name = source.strip()
    if not name or "<" in name or "\n" in name:
        return False
    if name.lower().endswith((".html", ".htm")):
        return True
    try:
        return Path(name).is_file()
    except (OSError, ValueError):  # too long for a file name, or a NUL in it
        return False


def _field(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None
