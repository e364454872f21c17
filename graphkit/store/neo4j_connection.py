"""The Neo4j store's connection: the driver, its errors as one line each, and the schema.

:class:`Neo4jConnection` opens the driver (checking that the server answers and takes the
credentials), turns a driver error into a :class:`~graphkit.errors.StoreError` naming the
fix (:meth:`Neo4jConnection._error`, :func:`_one_line`), and applies
``schema/constraints.cypher`` on open (what the database lacks; the retired indexes
dropped, the query indexes built: :mod:`graphkit.store.neo4j_index`). The write
(:mod:`graphkit.store.neo4j_write`) and the reads (:mod:`graphkit.store.neo4j_reads`) build
on it; :class:`~graphkit.store.neo4j.Neo4jStore` is the three together.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import (
    AuthError,
    ClientError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from graphkit.errors import StoreError, StoreUnavailable, one_line, shorten
from graphkit.graph import ACTOR, EVENT
from graphkit.store.base import Store, schema_name, schema_statements
from graphkit.store.neo4j_index import LABEL_INTERVALS, build_missing

DEFAULT_CONNECT_TIMEOUT = 3.0
"""Seconds to reach the server and finish the Bolt handshake (env NEO4J_CONNECT_TIMEOUT)."""
DEFAULT_QUERY_TIMEOUT = 120.0
"""Seconds the server lets a read or an ad-hoc query run (env NEO4J_QUERY_TIMEOUT)."""
DEFAULT_RETRY_TIMEOUT = 30.0
"""Seconds a write keeps retrying a server that went away or cannot serve for the moment
(the driver's own default; env NEO4J_RETRY_TIMEOUT); then the write fails."""
_URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_MAX_MESSAGE_CHARS = 300
_SCHEMA_TRIES = 3  # (a schema statement two opening processes deadlock on is tried again)
RETIRED_INDEXES = ("event_resolution_key", "event_family_interval")
"""Indexes of earlier schemas that :class:`Neo4jStore` drops on open. ``event_resolution_key``
(events by family alone): no read uses it since the write's reads seek a family's dates
(event_family_date, event_interval_end, whose first property is the family), and
every event a write merges had to update it. ``event_family_interval`` (every event by
family, precision and end): the interval reads seek ``event_interval_end``, which holds
only the interval events."""
_INTERVAL_INDEX = "event_interval_end"
"""The index of :data:`INTERVAL_LABEL` events; a store that lacks it gets its interval
events labelled on open, before the index is made (so its presence marks the work done)."""
_ACTOR_KEY = "actor_id"
EMPTY_ALIASES = f"MATCH (a:{ACTOR}) WHERE a.aliases IS NULL SET a.aliases = []"
"""Gives an actor without ``aliases`` the empty list graphkit writes: run on opening a
database that lacks the actor key constraint, i.e. one graphkit has not opened yet, as a
bulk import of ``graphkit export --format csv`` with ``neo4j-admin database import``
(a CSV field cannot hold an empty array: neo4j-admin stores no property for it)."""


class Neo4jConnection(Store):
    """The connection of a :class:`~graphkit.store.neo4j.Neo4jStore` (its arguments, what
    it raises): the driver, the sessions, the errors and the schema. Not a store alone: its
    write and reads are :class:`~graphkit.store.neo4j_write.Neo4jWrites` and
    :class:`~graphkit.store.neo4j_reads.Neo4jReads`."""

    def __init__(self, uri: str, user: str, password: str, database: str | None = None,
                 batch_size: int = 10_000, connect_timeout: float | None = None,
                 query_timeout: float | None = None, retry_timeout: float | None = None) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.uri = uri
        self.database = database
        self._seen: frozenset[str] | None = None
        self._planning: threading.Thread | None = None
        self._planning_stopped = threading.Event()
        self._local = threading.local()  # (the RefLookup of the calling thread's call)
        self._unfused: set[str] = set()  # named queries that cannot take a look-up
        self.batch_size = batch_size
        self.connect_timeout = connect_timeout or _env_seconds("NEO4J_CONNECT_TIMEOUT",
                                                               DEFAULT_CONNECT_TIMEOUT)
        self.query_timeout = query_timeout or _env_seconds("NEO4J_QUERY_TIMEOUT",
                                                           DEFAULT_QUERY_TIMEOUT)
        self.retry_timeout = retry_timeout or _env_seconds("NEO4J_RETRY_TIMEOUT",
                                                           DEFAULT_RETRY_TIMEOUT)
        check_uri(uri)
        try:
            # Server notifications (e.g. "relationship type REFERS_TO does not exist yet" on
            # a young graph) are about our own fixed queries, not the user's: keep them out
            # of the user's terminal. The acquisition timeout bounds the Bolt handshake too,
            # so a server that accepts the connection and never answers fails fast.
            self._driver: Driver = GraphDatabase.driver(
                uri, auth=(user, password), connection_timeout=self.connect_timeout,
                connection_acquisition_timeout=self.connect_timeout,
                max_transaction_retry_time=self.retry_timeout,
                notifications_min_severity="OFF")
        except (ValueError, DriverError, ImportError) as exc:
            raise StoreError(f"bad Neo4j URI {shorten(uri)}: {_one_line(exc)} (expected "
                             f"bolt://HOST:PORT or neo4j://HOST:PORT)") from exc
        try:
            try:
                self._driver.verify_connectivity()
            except (Neo4jError, DriverError) as exc:
                raise self._error(exc, "connecting") from exc
            except (ValueError, OSError) as exc:  # a host name that does not resolve
                raise StoreError(f"cannot reach Neo4j at {shorten(uri)}: "
                                 f"{_one_line(exc)}") from exc
            self._apply_schema()  # also checks that the database exists
        except BaseException:
            self._driver.close()
            raise

    # -- connection ----------------------------------------------------------------------

    def _error(self, exc: Exception, doing: str) -> StoreError:
        """A one-line StoreError for a driver exception, naming the fix."""
        if isinstance(exc, AuthError):
            return StoreError(f"Neo4j at {self.uri} refused the username/password: set "
                              f"NEO4J_PASSWORD (and NEO4J_USERNAME) to the server's credentials")
        if isinstance(exc, ServiceUnavailable | SessionExpired) or _unavailable(exc):
            return StoreUnavailable(f"cannot reach Neo4j at {self.uri}: is it running? Start it "
                                    f"(scripts/neo4j-local start) or set NEO4J_URI to its "
                                    f"address{_tls_hint(self.uri)} ({_one_line(exc)})")
        if isinstance(exc, Neo4jError) and exc.code and "DatabaseNotFound" in exc.code:
            return StoreError(f"Neo4j at {self.uri} has no database {self.database!r}: "
                              f"create it or pass an existing one")
        return StoreError(f"Neo4j at {self.uri} failed while {doing}: {_one_line(exc)}")

    @contextlib.contextmanager
    def _session(self, **kwargs: Any) -> Iterator[Any]:
        """A driver session; on leaving it, the bookmark of its last transaction becomes
        :meth:`version_seen`."""
        with self._driver.session(database=self.database, **kwargs) as session:
            try:
                yield session
            finally:
                seen = frozenset(session.last_bookmarks().raw_values)
                if seen:
                    self._seen = seen

    def version_seen(self) -> frozenset[str] | None:
        """The bookmark of the latest transaction through this object: Neo4j gives a read
        the id of the last transaction committed, so any commit since changes it."""
        return self._seen

    def _apply_schema(self) -> None:
        """Create what ``schema/constraints.cypher`` names and the database lacks.

        Each statement creates one named index or constraint; the names the database holds
        are read first (two ``SHOW`` reads), so opening a store whose schema is in place
        runs no schema transaction (each costs a round trip and a schema lock). An index
        of :data:`RETIRED_INDEXES` that the database still holds is dropped. A database
        without the index of interval events first gets its interval events labelled
        (:data:`~graphkit.store.neo4j_index.LABEL_INTERVALS`); one without the actor key
        constraint (a bulk import) gives its actors lacking aliases the empty list
        (:data:`EMPTY_ALIASES`).
        """
        for attempt in range(_SCHEMA_TRIES):
            try:
                present = self._apply_schema_once()
                break
            except TransientError as exc:  # (two processes opening a new database at once)
                if attempt == _SCHEMA_TRIES - 1:
                    raise self._error(exc, "applying schema/constraints.cypher") from exc
            except (Neo4jError, DriverError) as exc:
                raise self._error(exc, "applying schema/constraints.cypher") from exc
        try:
            build_missing(present, self._run_alone, self._count_events)
        except (Neo4jError, DriverError) as exc:
            raise self._error(exc, "indexing the events for the named queries") from exc

    def _apply_schema_once(self) -> set[str]:
        """The statements of :meth:`_apply_schema`; the names the database held before."""
        with self._session() as session:
            present = {record["name"] for show in ("SHOW INDEXES", "SHOW CONSTRAINTS")
                       for record in session.run(f"{show} YIELD name RETURN name")}
            if _INTERVAL_INDEX not in present:
                session.run(LABEL_INTERVALS).consume()
            if _ACTOR_KEY not in present:
                session.run(EMPTY_ALIASES).consume()
            for statement in schema_statements():
                if schema_name(statement) not in present:
                    try:
                        session.run(statement).consume()
                    except ClientError as exc:  # (another process opening made it first)
                        if "AlreadyExists" not in (exc.code or ""):
                            raise
            for name in sorted(present.intersection(RETIRED_INDEXES)):
                session.run(f"DROP INDEX {name} IF EXISTS").consume()
        return present

    def _run_alone(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """Run ``query`` in a transaction of its own, with no time limit (an index build
        may take minutes)."""
        with self._session() as session:
            return session.run(query, params).data()

    def _count_events(self) -> int:
        return self._run_alone(f"MATCH (e:{EVENT}) RETURN count(e) AS n")[0]["n"]

    def close(self) -> None:
        self._stop_planning()
        self._driver.close()

    def __repr__(self) -> str:
        return f"Neo4jStore({self.uri!r}, database={self.database!r})"

    def _stop_planning(self) -> None:
        """Stop :meth:`prepare_writes`' planning after the statement it is planning."""
        if self._planning is not None:
            self._planning_stopped.set()
            self._planning.join()
            self._planning = None


def _tls_hint(uri: str) -> str:
    """For a +s/+ssc URI: the server may be up without TLS (the local one has none)."""
    scheme = urlsplit(uri).scheme
    if "+" not in scheme:
        return ""
    return (f"; {scheme}:// needs a server with TLS (encryption): for one without it, "
            f"as the local one, use {scheme.partition('+')[0]}://")


def _unavailable(exc: Exception) -> bool:
    """The server answers but its database cannot serve (it is shutting down or starting)."""
    return isinstance(exc, Neo4jError) and "DatabaseUnavailable" in (exc.code or "")


def _is_write_refusal(exc: Neo4jError) -> bool:
    code = exc.code or ""
    return ("AccessMode" in code or "ForbiddenDueToTransactionType" in code
            or "read-only" in (exc.message or "").lower()
            or "write operations are not allowed" in (exc.message or "").lower())


def _one_line(exc: BaseException) -> str:
    """The first line of a driver error's message (Neo4j adds the query and a caret), cut
    short: Neo4j repeats values of the query (a 100 KB parameter) in its messages."""
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    first = next((line.strip() for line in message.splitlines() if line.strip()), message)
    return one_line(first.rstrip(":"), _MAX_MESSAGE_CHARS)


def _unsendable(exc: BaseException) -> str:
    """Why a parameter could not go to Neo4j (an integer past 64 bits, an odd type)."""
    return (f"a parameter cannot be sent to Neo4j ({_one_line(exc)}); integers must fit in "
            "64 bits")


def _env_seconds(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    try:
        value = float(raw) if raw else default
    except ValueError:
        raise StoreError(f"{name}={shorten(raw)} is not a number of seconds") from None
    return value if value > 0 else default


def check_uri(uri: str) -> None:
    """Refuse a Neo4j URI the driver cannot use, with one line naming the fix.

    Raises:
        StoreError: not ``bolt[+s|+ssc]://`` or ``neo4j[+s|+ssc]://``, no host, or a port
            that is not a number.

    Example:
        >>> check_uri("bolt://localhost:7687")
    """
    expected = "use bolt://HOST:PORT or neo4j://HOST:PORT"
    if "://" not in uri:
        example = f"bolt://{uri}" if len(uri) <= 100 and uri.isprintable() else "bolt://HOST:PORT"
        raise StoreError(f"bad Neo4j URI {shorten(uri)}: it has no scheme (did you mean "
                         f"{example}?); {expected}")
    try:
        parts = urlsplit(uri)
        port = parts.port
    except ValueError as exc:
        raise StoreError(f"bad Neo4j URI {shorten(uri)}: {exc}; {expected}") from None
    if parts.scheme not in _URI_SCHEMES:
        raise StoreError(f"bad Neo4j URI {shorten(uri)}: graphkit talks Bolt, not "
                         f"{parts.scheme or 'a scheme-less address'}; {expected}")
    if not parts.hostname:
        raise StoreError(f"bad Neo4j URI {shorten(uri)}: no host; {expected}")
    if port is not None and not 0 < port < 65536:
        raise StoreError(f"bad Neo4j URI {shorten(uri)}: port {port} is out of range; {expected}")
