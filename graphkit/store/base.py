"""The interface every graphkit store implements, and what its methods return.

A store holds the graph of :mod:`graphkit.graph`: it merges extractions into it
(idempotently: writing the same extractions twice changes nothing; an article written
again with another reading withdraws what only the earlier one told, and
:meth:`Store.forget` takes articles out: :mod:`graphkit.store.withdrawals`), counts it, lists its
actors, answers the named queries of ``queries/`` and hands the whole graph to exporters as
a networkx ``MultiDiGraph``. :class:`~graphkit.store.embedded.EmbeddedStore` keeps it in a
JSON file; :class:`~graphkit.store.neo4j.Neo4jStore` in a Neo4j database. Both are held to
the same contract by ``tests/store/test_contract.py``.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.errors import QueryError, StoreError
from graphkit.graph import (
    ACTOR,
    ARTICLE,
    EVENT,
    LABELS,
    RELATIONSHIP_TYPES,
    GraphRecords,
)
from graphkit.model import Extraction
from graphkit.resources import schema_file

SCHEMA_FILE = schema_file("constraints.cypher")

Rows = list[dict[str, Any]]
# A twin reads the embedded store's view of the graph (a graphkit.store.view.GraphView).
Twin = Callable[[Any, dict[str, Any]], Rows]


@dataclass(frozen=True)
class NamedQuery:
    """A named query as a store runs it: Neo4j runs the Cypher file ``source``, the embedded
    store runs ``twin``, both with the parameters :meth:`bind` gives.

    The query layer (:mod:`graphkit.query.named`) builds one per ``queries/NAME.cypher`` and
    hands it to :meth:`Store.run_named`, so no store needs to know which queries exist.
    ``params`` are what the caller passes; ``constants`` are the vocabulary the query needs
    (contact types, the modalities that count as happened), spelled once in
    :mod:`graphkit.model` and passed to Cypher and twin alike as parameters; ``defaults``
    are the values of the parameters a caller may leave out (a page's ``limit`` and
    ``offset``: all rows).
    """

    name: str
    params: tuple[str, ...]
    twin: Twin
    source: Path
    constants: Mapping[str, Any] = field(default_factory=dict)
    defaults: Mapping[str, Any] = field(default_factory=dict)

    @property
    def cypher(self) -> str:
        """The text of :attr:`source`.

        Raises:
            QueryError: the file is missing or unreadable.
        """
        return _read_cypher(self.name, self.source)

    def bind(self, params: dict[str, Any]) -> dict[str, Any]:
        """``params`` with the query's constants and the defaults of what ``params`` leaves
        out: what Cypher and twin receive.

        Raises:
            QueryError: a parameter the query needs is missing.
        """
        missing = [p for p in self.params if p not in params]
        if missing:
            raise QueryError(f"named query {self.name!r} needs parameter(s) {', '.join(missing)}")
        return {**self.constants, **self.defaults, **params}


@dataclass(frozen=True)
class WriteCounts:
    """What one :meth:`Store.write` did.

    ``rows`` is the number of node and relationship rows merged; each was either created or
    matched an existing node/relationship (whose properties were then updated), so
    writing the same extractions a second time gives ``nodes_created == 0`` and
    ``relationships_created == 0``. ``events_added`` is how many more Event nodes the store
    holds after the write than before (resolution may also remove events it merges), so a
    caller can report what it wrote without counting the store.

    What a write took back (:mod:`graphkit.store.withdrawals`): ``events_withdrawn``
    events deleted because no article reports them any more (an article read again no
    longer tells them, or was forgotten), ``events_kept`` events that lost such a report
    but keep other articles', ``articles_forgotten`` articles deleted by
    :meth:`Store.forget`.
    """

    rows: int = 0
    nodes_created: int = 0
    nodes_matched: int = 0
    relationships_created: int = 0
    relationships_matched: int = 0
    events_added: int = 0
    events_withdrawn: int = 0
    events_kept: int = 0
    articles_forgotten: int = 0

    def __add__(self, other: WriteCounts) -> WriteCounts:
        return WriteCounts(*(getattr(self, f.name) + getattr(other, f.name)
                             for f in fields(self)))

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


PLACEHOLDER = "\x00graphkit-ref:"
"""How the ids of a placeholder ref begin (:class:`RefLookup`): no actor id does."""


@dataclass
class RefLookup:
    """Actor names a store may look up in the same read as the next named query it runs.

    The query layer (:func:`graphkit.query.refs.call_with_refs`) first calls with
    placeholder refs, one per name, whose only id is :meth:`placeholder` of the name's
    index. A store that takes the look-up (:meth:`Store.looking_up`) runs the first named
    query given such ids together with the look-up, fills :attr:`found`, :attr:`guesses`
    and :attr:`answered`, and raises :class:`LookupDone`. The query layer then resolves the
    names from :attr:`found` and calls again with the refs; the store answers the query
    whose parameters are those of :attr:`answered` from it, once, without asking again.

    Attributes:
        ids, names, countries: what :meth:`Store.find_actors` is asked for each name (an
            id, a name key, a country code), in order.
        found: ``find_actors``'s answer for all the names, once read.
        guesses: per name, the ids the store guessed it resolves to (for the query run
            with the look-up).
        answered: (query name, its parameters with the guessed ids, its rows); dropped
            by the query layer when a guess is not the name's resolved ids.
    """

    ids: list[str]
    names: list[str]
    countries: list[str]
    found: list[dict[str, Any]] | None = None
    guesses: list[list[str]] | None = None
    answered: tuple[str, dict[str, Any], Rows] | None = None

    @staticmethod
    def placeholder(index: int) -> str:
        """The id of the placeholder ref of the ``index``-th name."""
        return f"{PLACEHOLDER}{index}"

    def take(self, query: NamedQuery, params: dict[str, Any]) -> Rows | None:
        """The rows :attr:`answered` holds when ``query`` with ``params`` (bound) is the
        query it answered (then forgotten), else None."""
        if self.answered is not None and self.answered[:2] == (query.name, params):
            rows = self.answered[2]
            self.answered = None
            return rows
        return None


class LookupDone(Exception):  # noqa: N818 (a signal, not an error)
    """Raised by a store's ``run_named`` once it has filled a :class:`RefLookup`."""


class Store(ABC):
    """A graph store: write extractions, read the graph back, answer named queries.

    Use as a context manager (``with open_store() as store: ...``) or call :meth:`close`.
    """

    writes: int = 0
    """Writes made through this store object (:meth:`note_write`)."""

    def note_write(self) -> None:
        """Count a write through this store (a store's ``write`` and Cypher writes call it,
        whether or not the write succeeded)."""
        self.writes += 1

    def version(self) -> Hashable | None:
        """The stored graph's version, when the store can tell it without asking a server;
        else None (see :meth:`version_seen`).

        A commit by anyone (this object, another connection, another process) changes it,
        so the query layer can keep what it read (the actors names resolve to,
        :mod:`graphkit.query.refs`) while it is unchanged. This default tells nothing.
        """
        return None

    def version_seen(self) -> Hashable | None:
        """The version the latest transaction through this object saw (None: unknown).

        A store that has no cheap :meth:`version` hands it back with every read at no
        cost (Neo4j: the transaction's bookmark), so a caller that used something kept
        from an earlier version can tell, after its read, whether that read saw another
        version, and read again.
        """
        return self.version()

    @abstractmethod
    def write(self, extractions: Sequence[Extraction]) -> WriteCounts:
        """Merge ``extractions`` into the graph, all or nothing.

        Raises:
            StoreError: the store could not be written; nothing of this call was kept.
        """

    def forget(self, article_ids: Sequence[str]) -> WriteCounts:
        """Take the articles ``article_ids`` (ids of stored Articles) out of the graph, all
        or nothing: each of their reports is withdrawn (an event no other article
        reports is deleted with everything that hangs from it; one that others report
        stays, with their sources), then the articles themselves, and the actors only
        their events held; an actor others hold loses the names (and office, country)
        only these articles gave it (:mod:`graphkit.store.withdrawals`).

        Raises:
            StoreError: the store could not be written (nothing of this call was kept),
                or this store cannot forget.
        """
        raise StoreError(f"{type(self).__name__} cannot forget articles")

    def prepare_writes(self) -> None:  # noqa: B027 - optional: most stores need nothing
        """A hint that writes will follow (``ingest`` gives it before extracting): a store
        may get ready in the background. Returns at once."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Nodes per label and relationships per type, every key present (0 when none)."""

    @abstractmethod
    def actors(self) -> list[dict[str, Any]]:
        """Every Actor node's properties, sorted by id."""

    def find_actors(self, *, ids: Sequence[str] = (), names: Sequence[str] = (),
                    countries: Sequence[str] = ()) -> list[dict[str, Any]]:
        """The actors with one of ``ids``, of one of ``countries``, or found by one of
        ``names``: normalised names (:func:`graphkit.store.tables.normalise_name`) of their
        name or an alias, or for a person its last word. Sorted by id, each once.

        Stores answer it by index; this default reads every actor.
        """
        from graphkit.store.tables import actor_found_by

        wanted = set(ids), set(names), set(countries)
        return [a for a in self.actors() if actor_found_by(a, *wanted)]

    def articles_named(self, names: Sequence[str], ids_only: bool = False) -> list[dict[str, Any]]:
        """The Articles whose id, ``url`` or ``source`` is one of ``names``, or whose
        source is one of them followed by ``#N`` (an article of an aggregator page, a feed
        or a JSON Lines file): each Article's properties once, sorted by id. ``ids_only``:
        by id alone (an index look-up; the other ways read every Article).

        Stores answer it in one read; this default reads the whole graph.
        """
        graph = self.to_networkx()
        return sorted(({"id": i, **{k: v for k, v in a.items() if k != "label"}}
                       for i, a in graph.nodes(data=True)
                       if a.get("label") == ARTICLE and (
                           i in names if ids_only else article_named(i, a, names))),
                      key=lambda a: a["id"])

    def missing_events(self, event_ids: Sequence[str]) -> list[str]:
        """The ids of ``event_ids`` that name no Event in the graph, sorted, each once.

        Stores answer it by index; this default reads the whole graph.
        """
        graph = self.to_networkx()
        return sorted(i for i in set(event_ids)
                      if i not in graph or graph.nodes[i].get("label") != EVENT)

    def reindex(self, event_ids: Sequence[str] | None = None) -> int:
        """Make anew what the store derives from events for its queries, for the events
        ``event_ids`` (None: every event), after they were changed behind the store's
        back (ad-hoc Cypher writes). This default has nothing to refresh: a store whose
        only writer is :meth:`write` keeps its own indexes.

        Returns:
            How many events were refreshed.
        """
        return 0

    @contextmanager
    def looking_up(self, lookup: RefLookup) -> Iterator[bool]:
        """Within it, the named query run first with :class:`RefLookup`'s placeholder ids
        takes the look-up too (one read for both, on a store that gains by it: Neo4j);
        yields whether this store does. This default does not."""
        yield False

    @abstractmethod
    def run_named(self, query: NamedQuery, params: dict[str, Any]) -> Rows:
        """Run a named query (its Cypher file on Neo4j, its twin on the embedded store).

        Raises:
            QueryError: a parameter is missing, or the query failed.
        """

    @abstractmethod
    def to_networkx(self) -> nx.MultiDiGraph:
        """The whole graph in :mod:`graphkit.graph`'s shape, nodes and edges sorted."""

    def run_cypher(self, query: str, params: dict[str, Any] | None = None,
                   write: bool = False, notices: list[Any] | None = None,
                   limit: int | None = None) -> list[dict[str, Any]]:
        """Run ad-hoc Cypher (Neo4j only; the server's notices on it go into ``notices``).
        A store without Cypher has no notices either: it refuses the query.

        Raises:
            QueryError: this store cannot run Cypher.
        """
        raise QueryError("ad-hoc Cypher needs Neo4j: pass --neo4j URI (or set NEO4J_URI); "
                         "the embedded store answers the named queries through their "
                         "commands (first-contact, contacts, timeline, summary, network, "
                         "resumed: see graphkit --help)")

    def close(self) -> None:  # noqa: B027 - optional for stores holding no resources
        """Release the store's resources; the store cannot be used afterwards."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def article_named(article_id: str, props: Mapping[str, Any], names: Sequence[str]) -> bool:
    """Whether an Article is named by one of ``names`` (see :meth:`Store.articles_named`)."""
    source = str(props.get("source") or "")
    return (article_id in names or props.get("url") in names or source in names
            or source.rpartition("#")[0] in names)


def empty_counts() -> dict[str, int]:
    return {name: 0 for name in (*LABELS, *RELATIONSHIP_TYPES)}


def canonical_rows(rows: Rows) -> Rows:
    """``rows`` with every map inside a row in sorted key order; a row's own columns keep
    the query's order. Neo4j returns a map's keys in an order of its own (a participant
    ``{country, role, name}``), so without this the two stores' answers, equal as values,
    differ as JSON text."""
    return [{key: _sorted_maps(value) for key, value in row.items()} for row in rows]


def _sorted_maps(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _sorted_maps(value[key]) for key in sorted(value)}
    if isinstance(value, (list, tuple)):
        return type(value)(_sorted_maps(item) for item in value)
    return value


def canonical_graph(nodes: Sequence[tuple[str, dict[str, Any]]],
                    edges: Sequence[tuple[str, str, str, dict[str, Any]]]) -> nx.MultiDiGraph:
    """A MultiDiGraph with nodes sorted by (label, id) and edges by (source, target, key).

    Both stores build their :meth:`Store.to_networkx` through this, so exporters see the
    same graph in the same order whichever store they read.
    """
    order = {label: i for i, label in enumerate(LABELS)}
    graph = nx.MultiDiGraph()
    for node_id, attrs in sorted(nodes, key=lambda n: (order.get(n[1].get("label"), 9), n[0])):
        graph.add_node(node_id, **_in_key_order(attrs))
    for source, target, key, attrs in sorted(edges, key=lambda e: e[:3]):
        graph.add_edge(source, target, key=key, **_in_key_order(attrs))
    return graph


_FIRST_KEYS = ("label", "type", "id")


def _in_key_order(attrs: dict[str, Any]) -> dict[str, Any]:
    """``label``, ``type`` and ``id`` first, then the rest by name: Neo4j returns a node's
    properties in an order of its own, and exports write them in the order they come."""
    first = [key for key in _FIRST_KEYS if key in attrs]
    return {key: attrs[key] for key in first + sorted(k for k in attrs if k not in first)}


def label_conflicts(rows: GraphRecords) -> str | None:
    """A message naming an id that ``rows`` use for two labels, or None.

    Node ids are unique across labels in graphkit's graph (the networkx twin is keyed by id
    alone), so a write that would give one id two labels is refused by both stores.
    """
    return _id_conflict(((ARTICLE, [n["id"] for n in rows.articles]),
                         (ACTOR, [n["id"] for n in rows.actors]),
                         (EVENT, [n["id"] for n in rows.events])))


def extraction_label_conflicts(extractions: Iterable[Extraction]) -> str | None:
    """:func:`label_conflicts` of ``records(extractions)``, from the ids alone (a write
    checks this before it plans; building every row first cost 8% of a write)."""
    articles: list[str] = []
    actors: list[str] = []
    events: list[str] = []
    for extraction in extractions:
        articles.append(extraction.article.id)
        # (Extraction.actors' order, each id as often as named: a repeat finds its own label)
        for event in extraction.events:
            actors.extend(p.actor.id for p in event.participants)
            if event.reported_by is not None:
                actors.append(event.reported_by.id)
        events.extend(event.id for event in extraction.events)
    return _id_conflict(((ARTICLE, articles), (ACTOR, actors), (EVENT, events)))


def _id_conflict(ids: Iterable[tuple[str, Iterable[str]]]) -> str | None:
    labels: dict[str, str] = {}
    for label, node_ids in ids:
        for node_id in node_ids:
            other = labels.setdefault(node_id, label)
            if other != label:
                return f"id {node_id!r} is both an {other} and an {label}"
    return None


@cache
def _read_cypher(name: str, path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"cannot read the named query {name!r} from {path}: {exc}") from exc


_SCHEMA_NAME = re.compile(
    r"CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+|POINT\s+)?INDEX)\s+(\w+)", re.I)


def schema_name(statement: str) -> str | None:
    """The name of the index or constraint a schema statement creates (None if unnamed:
    such a statement is always run)."""
    found = _SCHEMA_NAME.match(statement.strip())
    return found.group(1) if found else None


def schema_statements() -> list[str]:
    """The statements of ``schema/constraints.cypher``, comments dropped.

    Raises:
        StoreError: the schema file is missing.
    """
    try:
        text = SCHEMA_FILE.read_text(encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"cannot read the Neo4j schema {SCHEMA_FILE}: {exc}") from exc
    lines = [line for line in text.splitlines() if not line.strip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
