"""The last check every loaded article passes: safe strings and bounded size.

Whatever format an article came from, :func:`guard_article` makes sure later stages can
take it in time linear in its length and can write every field it carries:

- every string field has its lone surrogates replaced (a UTF-8 file, XML or Neo4j cannot
  hold them; one would make the store refuse the whole batch);
- an article longer than ``max_article_chars`` is refused with an error naming it (spaCy's
  ``max_length`` is the same figure, so the parser never refuses what the loader passed);
- a run of more than ``max_token_chars`` characters without a space (20 KB of ``[``, a
  flood of ``&&&``) is split with spaces every ``max_token_chars`` characters, with a
  warning: spaCy's tokenizer splits such a run in time quadratic in its length.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from graphkit.errors import LoadError
from graphkit.limits import Limits, current_limits
from graphkit.model import Article
from graphkit.sanitize import replace_surrogates

log = logging.getLogger("graphkit.load")

_STRING_FIELDS = ("id", "text", "title", "outlet", "url", "source")


def guard_article(article: Article, limits: Limits | None = None) -> Article:
    """``article`` with safe strings and bounded token runs, or a refusal when too long.

    Args:
        article: A loaded article.
        limits: The limits to apply (default :func:`graphkit.limits.current_limits`).

    Returns:
        The article, or a copy with its strings cleaned and long runs split.

    Raises:
        LoadError: the text is longer than ``limits.max_article_chars``.

    Example:
        >>> guard_article(Article(id="a", text="x" * 500)).text.count(" ")
        2
    """
    limits = limits or current_limits()
    changes = {}
    for name in _STRING_FIELDS:
        value = getattr(article, name)
        if isinstance(value, str):
            cleaned = replace_surrogates(value)
            if cleaned is not value:
                changes[name] = cleaned
    text = changes.get("text", article.text)
    source = changes.get("source", article.source) or changes.get("id", article.id)
    if len(text) > limits.max_article_chars:
        raise LoadError(source, f"its text is {len(text):,} characters, over the limit of "
                                f"{limits.max_article_chars:,} (max_article_chars; set "
                                f"GRAPHKIT_MAX_ARTICLE_CHARS or split the article)")
    split = split_long_runs(text, limits.max_token_chars)
    if split is not text:
        log.warning("%s: split runs of more than %d characters without a space "
                    "(max_token_chars)", dataclasses.replace(article, **changes).label(),
                    limits.max_token_chars)
        changes["text"] = split
    return dataclasses.replace(article, **changes) if changes else article


def split_long_runs(text: str, max_chars: int) -> str:
    """``text`` with a space inserted every ``max_chars`` characters of any longer run of
    non-space characters; ``text`` itself (the same object) when it has none.

    Example:
        >>> split_long_runs("ab [[[[[[[ cd", 3)
        'ab [[[ [[[ [ cd'
    """
    pattern = re.compile(r"\S{" + str(max_chars + 1) + ",}")
    if pattern.search(text) is None:
        return text
    return pattern.sub(lambda m: " ".join(_chunks(m.group(), max_chars)), text)


def _chunks(run: str, size: int) -> list[str]:
    return [run[i:i + size] for i in range(0, len(run), size)]
