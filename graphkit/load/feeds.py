"""News feeds: RSS 2.0, Atom and RSS 1.0 (RDF) files, one article per item.

Parsed by feedparser, which reads all three. Each item becomes an :class:`Article`:

- ``title``: the item's title; ``url``: its link; ``outlet``: the feed's own title;
- ``published``: the item's publication date (else its last update) *as written*, in the
  feed's own time zone (an item of "Tue, 01 Jul 2025 23:30:00 +0300" is of 1 July, not of
  the UTC day); undated items take ``as_of``; an item whose date is written but cannot be
  read ("sometime last week") does too, with a warning on the ``graphkit.load`` logger;
- ``text``: the item's full content when the feed carries it (``content:encoded``, Atom
  ``content``), its markup reduced to paragraphs; otherwise its summary (``description``,
  ``summary``), and the article is marked ``summary_only``; an item with neither is its
  title alone, also ``summary_only``;
- ``id``: derived from the link (:meth:`Article.make_id`), else from the item's guid, else
  from its title and text, so an updated feed re-ingested adds only its new items;
- ``source``: ``feed.xml#N`` for the Nth item.

A file that is not a feed, or a feed with no items, is a :class:`LoadError`; an item with
no title and no text is one too (the other items still load), and so is the last item of a
feed whose text ends inside it (a download cut off): what was read of it is no article.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from xml.sax import SAXParseException

from graphkit.errors import LoadError, shorten
from graphkit.load.fields import clean_text, parse_published
from graphkit.model import Article, stable_id

FEED_SUFFIXES: tuple[str, ...] = (".rss", ".atom", ".rdf", ".xml")
"""File name endings read as feeds."""

log = logging.getLogger("graphkit.load")

_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_BLOCK_END = re.compile(r"<\s*(?:br\s*/?|/\s*(?:p|div|h[1-6]|li|blockquote|tr))\s*>",
                        re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_WEB_ADDRESS = re.compile(r"https?://", re.IGNORECASE)


def looks_like_feed(text: str) -> bool:
    """Whether a text is an RSS, Atom or RDF feed (its root element, near the start).

    Example:
        >>> looks_like_feed('<?xml version="1.0"?><rss version="2.0"><channel/></rss>')
        True
    """
    head = text[:4096].lstrip()
    return head.startswith("<") and _FEED_ROOT.search(head) is not None


def load_feed(text: str, *, source: str, as_of: date | None = None) -> Iterator[Article | LoadError]:
    """The articles of a feed's items, in feed order, and a ``LoadError`` per unusable item.

    Args:
        text: The feed's XML.
        source: Its name; the Nth item's article gets ``source#N``.
        as_of: The capture date: ``published`` of undated items.

    Yields:
        An ``Article`` per item, a ``LoadError`` (``item N: ...``) per item with no title
        and no text.

    Raises:
        LoadError: The text is not a feed, or a feed with no items.

    Example:
        >>> feed = ('<rss version="2.0"><channel><title>Arnor Post</title><item>'
        ...         '<title>Talks</title><link>https://arnor.example/1</link>'
        ...         '<description>The envoys met.</description></item></channel></rss>')
        >>> [(a.outlet, a.title, a.summary_only) for a in load_feed(feed, source="f.xml")]
        [('Arnor Post', 'Talks', True)]
    """
    import feedparser  # (imported only when a feed is read)

    parsed = feedparser.parse(text, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: None)() \
            or str(parsed.get("bozo_exception") or "no RSS, Atom or RDF root element")
        raise LoadError(source, f"is not a news feed ({reason})")
    if not parsed.entries:
        raise LoadError(source, "is a feed with no items")
    outlet = _one_line(parsed.feed.get("title"))
    cut = _cut_inside_last_item(text, parsed.get("bozo_exception"))
    for number, entry in enumerate(parsed.entries, start=1):
        if cut is not None and number == len(parsed.entries):
            # what was read of it is a part of an item: no article of it
            yield LoadError(source, f"item {number}: the feed ends inside it, the file is cut off ({cut})")
            continue
        try:
            yield _article(entry, outlet, source=f"{source}#{number}", as_of=as_of)
        except LoadError as exc:
            yield LoadError(source, f"item {number}: {exc.reason}")


def _cut_inside_last_item(text: str, error: object) -> str | None:
    """The parser's complaint when the feed's text ends inside its last item (a download
    cut off: the last ``<item>`` or ``<entry>`` opens after the last one closes); None
    when the feed is whole, or what is missing is only its closing tags."""
    if not isinstance(error, SAXParseException):
        return None
    lower = text.lower()
    for tag in ("item", "entry"):
        opened = max(lower.rfind(f"<{tag}>"), lower.rfind(f"<{tag} "))
        if opened > lower.rfind(f"</{tag}>"):
            return error.getMessage()
    return None


def _article(entry: Any, outlet: str | None, *, source: str, as_of: date | None) -> Article:
    title = _one_line(entry.get("title"))
    # (feedparser gives an item without a link its guid as link: a urn is no address)
    url = (entry.get("link") or "").strip() or None
    if url and not _WEB_ADDRESS.match(url):
        url = None
    content = "\n\n".join(_plain(c.get("value")) for c in entry.get("content") or ()
                          if c.get("value"))
    text, summary_only = content.strip(), False
    if not text:
        text, summary_only = _plain(entry.get("summary")), True
    if not text:
        text = title or ""
    if not text:
        raise LoadError(source, "has no title and no text")
    guid = (entry.get("id") or "").strip()
    if url:
        article_id = Article.make_id(url, title, text)
    elif guid:
        article_id = "guid-" + stable_id(guid)
    else:
        article_id = Article.make_id(None, title, text)
    return Article(id=article_id, text=text, title=title, outlet=outlet, url=url,
                   published=_published(entry, source, as_of) or as_of, source=source,
                   summary_only=summary_only)


def _published(entry: Any, source: str, as_of: date | None) -> date | None:
    """The item's date as its feed writes it (RFC 822 in RSS, ISO 8601 in Atom); None,
    with a warning when a date is written but none can be read."""
    unread: list[tuple[str, str]] = []
    # dict.get: the item's own fields only (feedparser's get answers a missing "updated"
    # with "published", and warns that it will stop)
    for key in ("published", "updated", "created"):
        raw = (dict.get(entry, key) or "").strip()
        if not raw:
            continue
        try:
            return parsedate_to_datetime(raw).date()
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return parse_published(raw, as_of, source=source, field=key)
        except LoadError:
            pass
        parsed = dict.get(entry, f"{key}_parsed")  # feedparser's own reading, in UTC
        if parsed:
            return datetime(*parsed[:3]).date()
        unread.append((key, raw))
    if unread:
        key, raw = unread[0]
        then = f"it takes the capture date {as_of.isoformat()}" if as_of else "it has none"
        log.warning("%s: the publication date %s is no date; %s", source,
                    shorten(raw), then)
    return None


def _plain(markup: str | None) -> str:
    """Text of an item's HTML: block ends become paragraph breaks, tags go, entities decode."""
    if not markup:
        return ""
    text = _BLOCK_END.sub("\n\n", markup)
    return clean_text(html.unescape(_TAG.sub("", text)))


def _one_line(value: str | None) -> str | None:
    return " ".join(html.unescape(value or "").split()) or None
