"""The Neo4j store's reads: counts, actors, the named queries and ad-hoc Cypher.

:class:`Neo4jReads` reads in auto-commit transactions the server stops after
``query_timeout`` seconds; a named query returns its rows collected in one (and may take
the look-up of the names its references give, in the same statement:
:mod:`graphkit.store.neo4j_lookup`); ad-hoc Cypher is read-only unless told, with
administration commands refused (:mod:`graphkit.store.cypher_rights`) and the server's
notices passed on (:mod:`graphkit.store.cypher_notices`). Apart from the connection
(:mod:`graphkit.store.neo4j_connection`) it builds on and from the write
(:mod:`graphkit.store.neo4j_write`).
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator, Sequence
from typing import Any

import networkx as nx
from neo4j import READ_ACCESS, ManagedTransaction, Query, unit_of_work
from neo4j.exceptions import ClientError, CypherSyntaxError, DriverError, Neo4jError

from graphkit.errors import MissingParameters, QueryError, WriteRefused, one_line
from graphkit.graph import EVENT, LABELS, RELATIONSHIP_TYPES, public_article, relationship_key
from graphkit.store.base import (
    LookupDone,
    NamedQuery,
    RefLookup,
    Rows,
    article_named,
    canonical_graph,
    canonical_rows,
    empty_counts,
)
from graphkit.store.cypher_notices import NOTICE_SESSION, CypherNotice, deliver, driver_log_quiet, notices_of
from graphkit.store.cypher_rights import refuse_admin_cypher
from graphkit.store.cypher_values import CypherRows, read_rows
from graphkit.store.neo4j_connection import Neo4jConnection, _is_write_refusal, _one_line, _unsendable
from graphkit.store.neo4j_lookup import (
    FOUND,
    REFS,
    ROWS,
    collected_statement,
    find_actors_call,
    fused_params,
    fused_statement,
    placeholders_of,
    return_columns,
)
from graphkit.store.tables import actor_found_by, normalise_name

# Actors by id, by country (both indexed) or by a word of a name (full-text index
# actor_names of schema/constraints.cypher); the caller checks the exact rule.
_FIND_ACTORS = find_actors_call("") + "RETURN properties(a) AS p ORDER BY a.id"
_TERMS_PER_QUERY = 500


class Neo4jReads(Neo4jConnection):
    """The reads of a :class:`~graphkit.store.neo4j.Neo4jStore`: counts, actors, the
    named queries and ad-hoc Cypher."""

    # -- reading -------------------------------------------------------------------------

    def _read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        try:
            return self._auto_read(query, params)
        except (Neo4jError, DriverError) as exc:
            raise self._error(exc, "reading") from exc

    def _auto_read(self, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """``query``'s rows, read in an auto-commit transaction that the server stops after
        ``query_timeout`` seconds; tried once more when the error is one to retry.

        (One round trip: a transaction function sends its COMMIT in a second one, about
        1 ms a query at a million events.)
        """
        def read() -> list[dict[str, Any]]:
            with self._session(default_access_mode=READ_ACCESS) as session:
                return session.run(Query(query, timeout=self.query_timeout), params).data()

        try:
            return read()
        except (Neo4jError, DriverError) as exc:
            if not exc.is_retryable():
                raise
        return read()

    def _noticed(self, query: str, limit: int | None = None) -> Any:
        """A transaction function running ``query`` that the server stops after
        ``query_timeout`` seconds, returning its first ``limit`` rows as plain values
        (:mod:`graphkit.store.cypher_values`) and the server's notices on it (those of the
        last attempt, when the transaction is retried)."""
        @unit_of_work(timeout=self.query_timeout)
        def run(tx: ManagedTransaction, params: dict[str, Any]
                ) -> tuple[CypherRows, list[CypherNotice]]:
            rows, summary = read_rows(tx, query, params, limit)
            return rows, notices_of(summary)

        return run

    def counts(self) -> dict[str, int]:
        counts = empty_counts()
        for label in LABELS:
            counts[label] = self._read(f"MATCH (n:{label}) RETURN count(n) AS c")[0]["c"]
        for rel_type in RELATIONSHIP_TYPES:
            counts[rel_type] = self._read(
                f"MATCH ()-[r:{rel_type}]->() RETURN count(r) AS c")[0]["c"]
        return counts

    def actors(self) -> list[dict[str, Any]]:
        rows = self._read("MATCH (n:Actor) RETURN properties(n) AS p ORDER BY n.id")
        return [row["p"] for row in rows]

    def articles_named(self, names: Sequence[str], ids_only: bool = False) -> list[dict[str, Any]]:
        if ids_only:
            return [public_article(row["p"]) for row in self._read(
                "MATCH (a:Article) WHERE a.id IN $names RETURN properties(a) AS p ORDER BY a.id",
                names=sorted(set(names)))]
        rows = self._read("MATCH (a:Article) WHERE a.id IN $names OR a.url IN $names "
                          "OR a.source IN $names OR any(n IN $names WHERE a.source "
                          "STARTS WITH n + '#') RETURN properties(a) AS p ORDER BY a.id",
                          names=list(names))
        return [public_article(row["p"]) for row in rows
                if article_named(row["p"]["id"], row["p"], names)]

    def missing_events(self, event_ids: Sequence[str]) -> list[str]:
        wanted = sorted(set(event_ids))
        found = {row["id"] for i in range(0, len(wanted), _TERMS_PER_QUERY)
                 for row in self._read(f"MATCH (e:{EVENT}) WHERE e.id IN $ids RETURN e.id AS id",
                                       ids=wanted[i:i + _TERMS_PER_QUERY])}
        return [i for i in wanted if i not in found]

    def find_actors(self, *, ids: Sequence[str] = (), names: Sequence[str] = (),
                    countries: Sequence[str] = ()) -> list[dict[str, Any]]:
        chunks = _word_chunks(names)
        rows = [row["p"] for i, chunk in enumerate(chunks)
                for row in self._read(_FIND_ACTORS, ids=list(ids) if i == 0 else [],
                                      countries=list(countries) if i == 0 else [],
                                      words=chunk)]
        return _found_by(rows, ids, names, countries)

    @contextlib.contextmanager
    def looking_up(self, lookup: RefLookup) -> Iterator[bool]:
        previous = getattr(self._local, "lookup", None)
        self._local.lookup = lookup
        try:
            yield True
        finally:
            self._local.lookup = previous

    def _run_looked_up(self, query: NamedQuery, params: dict[str, Any],
                       lookup: RefLookup) -> None:
        """Run ``query`` with ``lookup``'s names looked up in the same statement
        (:mod:`graphkit.store.neo4j_lookup`), fill ``lookup`` and raise LookupDone; or
        raise it leaving ``lookup`` empty when the query cannot take the look-up (the
        caller then looks the names up on their own)."""
        count = len(lookup.ids)
        taken = placeholders_of(params, count)
        columns = _columns(query.source, query.cypher)
        chunks = _word_chunks(lookup.names)
        if not taken or columns is None or len(chunks) > 1 or query.name in self._unfused:
            raise LookupDone
        statement = fused_statement(query.cypher, columns, taken, count)
        try:
            row, = self._auto_read(statement, fused_params(
                params, taken, lookup.ids, lookup.names, lookup.countries, chunks[0]))
        except CypherSyntaxError:
            # (a query whose ids the guess cannot replace, as one using them in a
            # subquery that does not import them: it runs alone from now on)
            self._unfused.add(query.name)
            raise LookupDone from None
        except (Neo4jError, DriverError, OverflowError, TypeError, ValueError):
            raise LookupDone from None  # (the query's own run reports it)
        guesses: list[list[str]] = row[REFS]
        lookup.found = _found_by(row[FOUND], lookup.ids, lookup.names, lookup.countries)
        lookup.guesses = guesses
        answered = {**params, **{key: guesses[i] for key, i in taken.items()}}
        lookup.answered = (query.name, answered,
                           [dict(zip(columns, values, strict=True)) for values in row[ROWS]])
        raise LookupDone

    def run_named(self, query: NamedQuery, params: dict[str, Any]) -> Rows:
        return canonical_rows(self._run_named(query, params))

    def _run_named(self, query: NamedQuery, params: dict[str, Any]) -> Rows:
        params = query.bind(params)
        lookup: RefLookup | None = getattr(self._local, "lookup", None)
        if lookup is not None:
            if lookup.found is None:
                self._run_looked_up(query, params, lookup)
            rows = lookup.take(query, params)
            if rows is not None:
                return rows
        cypher = query.cypher
        columns = _columns(query.source, cypher)
        try:
            if columns is None:
                return self._auto_read(cypher, params)
            row, = self._auto_read(collected_statement(cypher, columns), params)
            return [dict(zip(columns, values, strict=True)) for values in row[ROWS]]
        except ClientError as exc:
            raise QueryError(f"named query {query.name!r} failed: {_one_line(exc)}") from exc
        except (Neo4jError, DriverError) as exc:
            raise self._error(exc, f"running the named query {query.name!r}") from exc
        except (OverflowError, TypeError, ValueError) as exc:  # a value Bolt cannot carry
            raise QueryError(f"named query {query.name!r}: {_unsendable(exc)}") from None

    def to_networkx(self) -> nx.MultiDiGraph:
        labels = " OR ".join(f"n:{label}" for label in LABELS)
        node_rows = self._read(f"MATCH (n) WHERE {labels} "
                               f"RETURN labels(n) AS labels, properties(n) AS p")
        rel_rows = self._read(f"MATCH (s)-[r:{'|'.join(RELATIONSHIP_TYPES)}]->(t) "
                              f"RETURN s.id AS s, t.id AS t, type(r) AS type, "
                              f"properties(r) AS p")
        nodes = []
        for row in node_rows:
            label = next(label for label in LABELS if label in row["labels"])
            nodes.append((row["p"]["id"], {"label": label, **public_article(row["p"])}))
        edges = [(row["s"], row["t"], relationship_key(row["type"], row["p"]),
                  {"type": row["type"], **row["p"]}) for row in rel_rows]
        return canonical_graph(nodes, edges)

    # -- ad-hoc Cypher -------------------------------------------------------------------

    def run_cypher(self, query: str, params: dict[str, Any] | None = None,
                   write: bool = False, notices: list[CypherNotice] | None = None,
                   limit: int | None = None) -> CypherRows:
        """Run ad-hoc Cypher, read-only unless ``write`` is true; keep its first ``limit``
        rows (all when None) and count the rest (``rows.total``).

        User values belong in ``params`` (``$name`` in the query), never pasted into it.

        Without ``write``, administration commands (``SHOW USERS``, ``TERMINATE
        TRANSACTIONS``, ``CALL dbms.*``, ``CALL db.clear*``...) are refused before they reach
        the server (see :mod:`graphkit.store.cypher_rights`): Neo4j runs them even in a read
        transaction. Every query is stopped by the server after ``query_timeout`` seconds.

        The server's notices on the query (WARNING and up: an unknown label or property, a
        deprecated form) go into ``notices``, or are logged on ``graphkit.cypher`` when it
        is None; the store's own queries keep theirs off.

        A row's columns come in the query's order; a map inside a row (a map literal, a
        node's properties) has its keys sorted, as in the named queries' rows
        (:func:`~graphkit.store.base.canonical_rows`): Neo4j gives them in an order of its
        own, not the query's. Nodes, relationships and paths come as plain maps
        (:mod:`graphkit.store.cypher_values`).

        Raises:
            MissingParameters: the query uses a ``$name`` that ``params`` lacks.
            QueryError: a syntax error, a write or an administration command without
                ``write=True``, a timeout, or another error in the query (Neo4j's message,
                on one line).
            StoreError: the server went away.
        """
        params = params or {}
        if not write:
            refuse_admin_cypher(query)
        try:
            with driver_log_quiet():
                if write:
                    with self._session(**NOTICE_SESSION) as session:
                        rows, found = session.execute_write(self._noticed(query, limit),
                                                            params)
                else:
                    with self._session(default_access_mode=READ_ACCESS,
                                       **NOTICE_SESSION) as session:
                        rows, found = session.execute_read(self._noticed(query, limit),
                                                           params)
            deliver(found, notices)
            return rows
        except CypherSyntaxError as exc:
            raise QueryError(_syntax_error(exc)) from exc
        except ClientError as exc:
            if exc.code == _PARAMETER_MISSING:
                raise MissingParameters(_missing_names(exc.message or str(exc))) from None
            if not write and _is_write_refusal(exc):
                raise WriteRefused("this Cypher writes to the database and queries are "
                                   "read-only by default") from exc
            raise QueryError(f"Cypher failed: {_one_line(exc)}") from exc
        except (Neo4jError, DriverError) as exc:
            raise self._error(exc, "running Cypher") from exc
        except (OverflowError, TypeError, ValueError) as exc:  # a value Bolt cannot carry
            raise QueryError(f"Cypher: {_unsendable(exc)}") from None
        finally:
            if write:
                self.note_write()


_PARAMETER_MISSING = "Neo.ClientError.Statement.ParameterMissing"


def _missing_names(message: str) -> list[str]:
    """The parameter names of Neo4j's "Expected parameter(s): a, b".

    Example:
        >>> _missing_names("Expected parameter(s): name, other")
        ['name', 'other']
    """
    listed = message.partition(":")[2] if ":" in message else message
    return [name.strip() for name in listed.split(",") if name.strip()]


def _word_chunks(names: Sequence[str]) -> list[str]:
    """The full-text queries finding the actors that have the last word of a name among
    their name's and aliases' words (the index folds accents); the exact rule is checked
    after (:func:`_found_by`). Terms are normalised again, so no caller's text is read as
    Lucene syntax, and asked in chunks well under Lucene's limit of 1,024 clauses a query
    (a term can make several)."""
    terms = sorted({normalise_name(n).rsplit(" ", 1)[-1] for n in names} - {""})
    chunks = [terms[i:i + _TERMS_PER_QUERY] for i in range(0, len(terms), _TERMS_PER_QUERY)]
    return [" OR ".join(f'"{t}"' for t in chunk) for chunk in chunks] or ['""']


def _found_by(actors: Sequence[dict[str, Any]], ids: Sequence[str], names: Sequence[str],
              countries: Sequence[str]) -> list[dict[str, Any]]:
    """``find_actors``'s answer from the actors its reads found: each once, by id, those
    the exact rule finds."""
    wanted = set(ids), set(names), set(countries)
    found = {actor["id"]: actor for actor in actors}
    return [a for _, a in sorted(found.items()) if actor_found_by(a, *wanted)]


@functools.cache
def _columns(source: Any, cypher: str) -> list[str] | None:
    return return_columns(cypher)


_POSITION = re.compile(r"\s*\(line (\d+), column (\d+) \(offset: \d+\)\)\s*$")
_SYNTAX_DETAIL_CHARS = 200


def _syntax_error(exc: BaseException) -> str:
    """Neo4j's syntax error as one line that keeps where the error is: its message lists
    every keyword that could have come there, and the position follows that list.

    Example:
        >>> _syntax_error(Exception("Invalid input 'MATC': expected 'MATCH' or 'WITH' "
        ...                         "(line 1, column 1 (offset: 0))"))
        "Cypher syntax error at line 1, column 1: Invalid input 'MATC': expected 'MATCH' or 'WITH'"
    """
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    first = next((line.strip() for line in message.splitlines() if line.strip()), message)
    found = _POSITION.search(first)
    where = f" at line {found[1]}, column {found[2]}" if found else ""
    detail = first[:found.start()] if found else first
    if len(detail) > _SYNTAX_DETAIL_CHARS:
        detail = detail[:_SYNTAX_DETAIL_CHARS].rsplit(",", 1)[0] + ", …"
    return f"Cypher syntax error{where}: {one_line(detail)}"
