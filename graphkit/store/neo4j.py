"""The Neo4j store: the graph in a Neo4j 5 database, through the official driver.

On open it checks the server answers and the credentials work, then applies
``schema/constraints.cypher`` (idempotent). :meth:`Neo4jStore.write` resolves the new
extractions against the stored events of the families they touch
(:func:`graphkit.store.planner.plan_write`, the same planner as the embedded store's) and
writes only what changes: one statement (:data:`graphkit.store.neo4j_apply.APPLY`, run once
per ``batch_size`` rows, all lists together), all inside ONE write transaction, so a
failing statement rolls back the whole call. The same transaction refreshes the
date-ordered index entries of the events it touches (:mod:`graphkit.store.neo4j_index`),
which a store lacking them gets on open.
Named queries run ``queries/NAME.cypher``; user values only ever travel as parameters.

:class:`Neo4jStore` is three parts, each read in one sitting: its connection, errors and
schema (:mod:`graphkit.store.neo4j_connection`), its write
(:mod:`graphkit.store.neo4j_write`) and its reads, named queries and ad-hoc Cypher
(:mod:`graphkit.store.neo4j_reads`).
"""

from __future__ import annotations

from graphkit.store.neo4j_connection import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_QUERY_TIMEOUT,
    RETIRED_INDEXES,
    check_uri,
)
from graphkit.store.neo4j_reads import Neo4jReads
from graphkit.store.neo4j_write import Neo4jWrites

__all__ = ["DEFAULT_CONNECT_TIMEOUT", "DEFAULT_QUERY_TIMEOUT", "RETIRED_INDEXES", "Neo4jStore",
           "check_uri"]


class Neo4jStore(Neo4jWrites, Neo4jReads):
    """A graph store in a Neo4j database.

    Args:
        uri: the server, ``bolt://host:7687`` or ``neo4j://host:7687``.
        user, password: the credentials.
        database: the database name; None for the server's default database.
        batch_size: rows per run of the apply statement in :meth:`write`, over all its
            lists (a 200-article write is ~4,000: one run at the default).
        connect_timeout: seconds to reach the server (env ``NEO4J_CONNECT_TIMEOUT``, 3).
        query_timeout: seconds the server lets a read run (env ``NEO4J_QUERY_TIMEOUT``, 120).
        retry_timeout: seconds a write keeps retrying a server that went away (env
            ``NEO4J_RETRY_TIMEOUT``, 30); then it raises :class:`StoreUnavailable`.

    Raises:
        StoreError: the server cannot be reached (:class:`~graphkit.errors.StoreUnavailable`),
            refuses the credentials, has no such database, or the schema cannot be applied.

    Example:
        >>> with Neo4jStore("bolt://localhost:7687", "neo4j", "secret") as store:  # doctest: +SKIP
        ...     store.write(extractions)
    """
