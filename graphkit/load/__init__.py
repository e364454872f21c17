"""Loading news articles: text, captured aggregator pages, HTML, JSON Lines, JSON, feeds.

The first stage of the pipeline. :func:`iter_articles` takes files, directories and
``"-"`` (stdin) and yields an :class:`~graphkit.model.Article` for each article it could
load and a :class:`~graphkit.errors.LoadError` *value* for each input that failed, so one
bad file never aborts a batch::

    from datetime import date
    from graphkit.load import iter_articles
    from graphkit import Article

    for item in iter_articles(["corpus/dev"], as_of=date(2025, 7, 2)):
        if isinstance(item, Article):
            print(item.source, item.title, item.published)
        else:
            print("skipped:", item)

Each format can also be loaded on its own: :func:`load_text`, :func:`load_html`,
:func:`load_jsonl`, :func:`load_json`, :func:`split_aggregator_page` (these raise
``LoadError``; the JSON ones yield it per bad record). Modules, in the order data flows:
``files`` (reading and checking inputs), ``fields`` (cleaning text, parsing dates),
``text``, ``aggregator``, ``html``, ``jsonl``, ``feeds`` (one per format) and ``batch`` (choosing the
format and loading a batch).
"""

from graphkit.load.aggregator import (
    PageFurniture,
    RelativeAge,
    is_aggregator_page,
    parse_age_line,
    split_aggregator_page,
)
from graphkit.load.batch import (
    articles_from_text,
    count_input_files,
    iter_articles,
    load_file,
    load_stdin,
)
from graphkit.load.feeds import FEED_SUFFIXES, load_feed, looks_like_feed
from graphkit.load.fields import clean_text, parse_published
from graphkit.load.files import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_BYTES,
    STDIN,
    STDIN_SOURCE,
    decode,
    find_article_files,
    read_file,
    read_stdin,
)
from graphkit.load.html import article_from_html, load_html, looks_like_html
from graphkit.load.jsonl import article_from_record, iter_jsonl_records, load_json, load_jsonl
from graphkit.load.text import Header, article_from_text, load_text, looks_like_headline, split_header

__all__ = [
    "ARTICLE_SUFFIXES", "DEFAULT_MAX_BYTES", "FEED_SUFFIXES", "STDIN", "STDIN_SOURCE", "Header",
    "PageFurniture", "RelativeAge", "article_from_html", "article_from_record", "article_from_text",
    "articles_from_text", "clean_text", "count_input_files", "decode", "find_article_files",
    "is_aggregator_page",
    "iter_articles", "iter_jsonl_records", "load_file", "load_feed", "load_html", "load_json",
    "load_jsonl", "load_stdin", "load_text", "looks_like_feed", "looks_like_headline",
    "looks_like_html", "parse_age_line",
    "parse_published", "read_file", "read_stdin", "split_aggregator_page", "split_header",
]
