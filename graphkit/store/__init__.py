"""Where the graph lives: an embedded JSON store, or a Neo4j database.

:func:`open_store` picks Neo4j when a URI is given or ``NEO4J_URI`` is set, else the
embedded store in ``$GRAPHKIT_STORE`` or ``./graphkit-data``. Both implement
:class:`~graphkit.store.base.Store` and hold the same graph.
"""

from __future__ import annotations

import os
from pathlib import Path

from graphkit.store.base import Store, WriteCounts
from graphkit.store.embedded import EmbeddedStore

__all__ = ["EmbeddedStore", "Neo4jStore", "Store", "WriteCounts", "open_store"]


def open_store(neo4j_uri: str | None = None, user: str | None = None,
               password: str | None = None, path: str | Path | None = None,
               database: str | None = None) -> Store:
    """Open the store the arguments (or the environment) point at.

    Args:
        neo4j_uri: a Neo4j server (``bolt://localhost:7687``); default ``$NEO4J_URI``.
            When neither is set the embedded store is used.
        user: Neo4j user; default ``$NEO4J_USERNAME`` or ``neo4j``.
        password: Neo4j password; default ``$NEO4J_PASSWORD``.
        path: the embedded store's folder; default ``$GRAPHKIT_STORE`` or
            ``./graphkit-data``.
        database: the Neo4j database; default ``$NEO4J_DATABASE`` or the server's default.

    Raises:
        StoreError: the store cannot be opened (see :class:`EmbeddedStore`,
            :class:`Neo4jStore`).

    Example:
        >>> with open_store(path="kg") as store:  # doctest: +SKIP
        ...     print(store.counts())
    """
    uri = neo4j_uri or os.environ.get("NEO4J_URI")
    if not uri:
        return EmbeddedStore(path)
    from graphkit.store.neo4j import Neo4jStore

    return Neo4jStore(uri, user or os.environ.get("NEO4J_USERNAME") or "neo4j",
                      password if password is not None else os.environ.get("NEO4J_PASSWORD", ""),
                      database=database or os.environ.get("NEO4J_DATABASE") or None)


def __getattr__(name: str) -> object:
    # Neo4jStore is imported lazily so the embedded store never loads the driver.
    if name == "Neo4jStore":
        from graphkit.store.neo4j import Neo4jStore

        return Neo4jStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
