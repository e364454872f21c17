"""graphkit's exception tree.

Library code raises these; only ``graphkit.cli`` turns them into one-line messages.
Each message should name the problem and, where there is one, the fix.
"""

from __future__ import annotations


class GraphkitError(Exception):
    """Base class of every error graphkit raises on purpose."""


class LoadError(GraphkitError):
    """An input could not be read as articles (empty, binary, mis-encoded, malformed)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ExtractError(GraphkitError):
    """Extraction could not run (no language model, broken rule file)."""


class StoreError(GraphkitError):
    """A store could not be opened, read or written (Neo4j down, bad password, corrupt file)."""


class QueryError(GraphkitError):
    """A query was malformed or named something that does not exist."""


class ExportError(GraphkitError):
    """An export could not be written (unknown format, a folder format given a file)."""
