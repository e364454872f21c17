"""graphkit's exception tree.

Library code raises these; only ``graphkit.cli`` turns them into one-line messages.
Each message should name the problem and, where there is one, the fix.
"""

from __future__ import annotations

from typing import Any

MAX_ECHO_CHARS = 120
"""The most of a user's value an error message repeats (a 100 KB value is cut, not echoed)."""


class GraphkitError(Exception):
    """Base class of every error graphkit raises on purpose."""


class LoadError(GraphkitError):
    """An input could not be read as articles (empty, binary, mis-encoded, malformed)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ExtractError(GraphkitError):
    """Extraction could not run (no language model, broken rule file), or one article's
    did not (``source`` then names the article, as ``Article.source``)."""

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source


class StoreError(GraphkitError):
    """A store could not be opened, read or written (Neo4j down, bad password, corrupt file).

    ``report`` is, when the failure stopped an ingest, load or import, that run's report
    (:class:`graphkit.pipeline.IngestReport`: the articles stored, the inputs that had
    failed before); else None.
    """

    report: Any = None


class StoreUnavailable(StoreError):
    """The store cannot be reached at all (a Neo4j server down or gone away): no later write
    can succeed, so a batch is not retried article by article."""


class QueryError(GraphkitError):
    """A query was malformed or named something that does not exist."""


class WriteRefused(QueryError):
    """Ad-hoc Cypher that writes (or administers the server) was run read-only.

    ``reason`` says what was found; the message names the library's fix (``write=True``),
    and the CLI names its own (``--write``).
    """

    def __init__(self, reason: str) -> None:
        super().__init__(f"{reason}: pass write=True to allow it")
        self.reason = reason


class MissingParameters(QueryError):
    """Ad-hoc Cypher uses ``$name`` parameters that were given no value.

    ``names`` lists them; the message names the library's fix (``params``), and the CLI
    names its own (``--param NAME=VALUE``).
    """

    def __init__(self, names: list[str]) -> None:
        listed = ", ".join(f"${name}" for name in names)
        super().__init__(f"the query uses {listed} but params gives no value for "
                         f"{'it' if len(names) == 1 else 'them'}")
        self.names = names


class ExportError(GraphkitError):
    """An export could not be written (unknown format, a folder format given a file)."""


def shorten(value: object, limit: int = MAX_ECHO_CHARS) -> str:
    """``repr(value)`` cut to about ``limit`` characters, saying how long it was.

    Example:
        >>> shorten("x" * 1000, 10)
        "'xxxxxxxx… (1,000 characters)"
    """
    text = repr(value)
    if len(text) <= limit:
        return text
    size = len(value) if isinstance(value, (str, bytes, list, tuple, dict)) else len(text)
    return f"{text[:limit - 1]}… ({size:,} characters)"


def one_line(message: str, limit: int = 1000) -> str:
    """``message`` on one line, cut to ``limit`` characters (what the CLI prints)."""
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"
