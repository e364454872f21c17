"""The embedded store: the graph as a networkx MultiDiGraph in a JSON file, no server.

The store is a folder holding ``graph.json`` (networkx node-link JSON, readable with
``networkx.node_link_graph(json.load(f), edges="edges")``) and ``graph.lock``.

- Crash-safe writes: the new graph goes to a temporary file in the same folder, is
  fsync'ed, then ``os.replace``'d over ``graph.json``, so a reader or a crash sees either
  the old graph or the new one, never half of one. A temporary file a crash leaves behind
  is ignored, and removed by the next write.
- One writer at a time: :meth:`EmbeddedStore.write` holds an ``fcntl`` lock on
  ``graph.lock`` while it reloads the file (another process may have written since we
  read it), merges and saves; a second writer waits up to ``lock_timeout`` seconds.
- A ``graph.json`` that cannot be read raises :class:`StoreError` naming the file; the
  store never silently starts empty over existing data.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.errors import StoreError
from graphkit.graph import (
    ACTOR,
    ARTICLE,
    EVENT,
    LABELS,
    MENTIONED_IN,
    PARTICIPATED_IN,
    REFERS_TO,
    REPORTED,
    GraphRecords,
    merge_records,
    records,
    relationship_key,
)
from graphkit.model import Extraction
from graphkit.store.base import (
    NamedQuery,
    Rows,
    Store,
    WriteCounts,
    canonical_graph,
    empty_counts,
    label_conflicts,
)
from graphkit.store.planner import EventSummary, StoredEvent, WritePlan, plan_write

GRAPH_FILE = "graph.json"
LOCK_FILE = "graph.lock"
TEMP_PREFIX = ".graph.json."
TEMP_SUFFIX = ".tmp"
FORMAT_VERSION = 1
DEFAULT_PATH = "./graphkit-data"
# The signature of an in-memory graph a failed write left half-changed: never the file's,
# so the next read reloads the file.
_DIRTY = (-1, -1, -1)


def default_path() -> Path:
    """``$GRAPHKIT_STORE`` if set, else ``./graphkit-data``."""
    return Path(os.environ.get("GRAPHKIT_STORE") or DEFAULT_PATH)


class EmbeddedStore(Store):
    """A graph store in a folder on disk; nothing to install or run.

    Args:
        path: the store's folder (created on the first write); default
            ``$GRAPHKIT_STORE`` or ``./graphkit-data``.
        lock_timeout: seconds a write waits for another process's write to finish.
        resolve: resolve events across articles (:mod:`graphkit.resolve`); False writes
            one Event per extracted event, as :func:`graphkit.graph.records` gives them.

    Raises:
        StoreError: ``graph.json`` exists but cannot be read as a graphkit graph.

    Example:
        >>> with EmbeddedStore(tmp_path / "kg") as store:   # doctest: +SKIP
        ...     store.write(extractions)
        ...     store.counts()["Event"]
    """

    def __init__(self, path: str | Path | None = None, lock_timeout: float = 30.0,
                 resolve: bool = True) -> None:
        self.resolve = resolve
        self.path = Path(path) if path is not None else default_path()
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path} is a file; the embedded store is a folder "
                             f"(holding {GRAPH_FILE}): pass its folder")
        self.file = self.path / GRAPH_FILE
        self.lock_timeout = lock_timeout
        self._graph, self._signature = self._load()

    # -- reading -------------------------------------------------------------------------

    def _stat_signature(self) -> tuple[int, int, int] | None:
        try:
            st = self.file.stat()
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _load(self) -> tuple[nx.MultiDiGraph, tuple[int, int, int] | None]:
        signature = self._stat_signature()
        if signature is None:
            return nx.MultiDiGraph(), None
        try:
            with self.file.open("rb") as f:
                st = os.fstat(f.fileno())  # the file we read, even if replaced meanwhile
                signature = (st.st_ino, st.st_mtime_ns, st.st_size)
                data = json.loads(f.read().decode("utf-8"))
            graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError,
                nx.NetworkXError) as exc:
            raise StoreError(
                f"{self.file} is not a readable graphkit store ({type(exc).__name__}: {exc}); "
                f"restore it from a backup, or move it away to start an empty store"
            ) from exc
        version = graph.graph.get("graphkit_format")
        if version != FORMAT_VERSION:
            raise StoreError(f"{self.file} is not a graphkit store of format {FORMAT_VERSION} "
                             f"(found graphkit_format={version!r})")
        for node_id, attrs in graph.nodes(data=True):
            if attrs.get("label") not in LABELS:
                raise StoreError(f"{self.file}: node {node_id!r} has no graphkit label")
            attrs["id"] = node_id  # node-link keeps the id as the node key only
        return graph, signature

    def _refresh(self) -> None:
        """Reload the file if another process replaced it since we read it."""
        if self._stat_signature() != self._signature:
            self._graph, self._signature = self._load()

    # -- writing -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            lock = (self.path / LOCK_FILE).open("a")
        except OSError as exc:
            raise StoreError(f"cannot create the store folder {self.path}: {exc}") from exc
        try:
            deadline = time.monotonic() + self.lock_timeout
            while True:
                try:
                    fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise StoreError(
                            f"another graphkit process is writing to {self.path} (it holds "
                            f"{self.path / LOCK_FILE}); wait for it to finish and retry"
                        ) from None
                    time.sleep(0.05)
            yield
        finally:
            lock.close()  # closing the file releases the lock

    def _save(self, graph: nx.MultiDiGraph) -> None:
        data = nx.node_link_data(graph, edges="edges")
        payload = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
        fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=self.path)
        try:
            # mkstemp makes the file private (0600); keep the old file's mode, else rw-r--r--.
            mode = self.file.stat().st_mode & 0o777 if self.file.exists() else 0o644
            os.fchmod(fd, mode)
            with os.fdopen(fd, "wb") as f:
                f.write(payload)
                f.flush()
                os.fsync(f.fileno())
            os.replace(temp, self.file)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
        dir_fd = os.open(self.path, os.O_RDONLY)
        try:
            os.fsync(dir_fd)  # make the rename itself durable
        finally:
            os.close(dir_fd)

    def _remove_stale_temps(self) -> None:
        """Delete temporary files of writes that crashed (we hold the lock: none is live)."""
        for temp in self.path.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                temp.unlink()

    def write(self, extractions: Sequence[Extraction]) -> WriteCounts:
        """Merge ``extractions`` into ``graph.json``, all or nothing.

        Raises:
            StoreError: the lock could not be taken, an id would get two labels, or the
                file could not be written; the store is unchanged.
        """
        rows = records(extractions)
        conflict = label_conflicts(rows)
        if conflict:
            raise StoreError(f"cannot write to {self.path}: {conflict}")
        with self._locked():
            self._refresh()
            self._remove_stale_temps()
            # The write changes the graph in place (copying the whole graph per write cost
            # more than the resolution itself); if it fails half-way, the in-memory graph is
            # dropped and read again from the file, which the failed write left unchanged.
            graph = self._graph
            try:
                try:
                    if self.resolve:
                        counts = _apply_plan(graph, plan_write(
                            extractions,
                            lambda families, ids: _stored_events(graph, families, ids),
                            lambda label, ids: [_props(graph, i) for i in ids
                                                if graph._node.get(i, {}).get("label") == label],
                            fetch_summaries=lambda families, ids: _event_summaries(
                                graph, families, ids)))
                    else:
                        counts = _count_merge(graph, rows)
                        merge_records(graph, rows)
                except ValueError as exc:
                    raise StoreError(f"cannot write to {self.path}: {exc}") from exc
                graph.graph["graphkit_format"] = FORMAT_VERSION
                try:
                    self._save(graph)
                except (OSError, TypeError, ValueError) as exc:
                    raise StoreError(f"cannot write {self.file}: {exc}") from exc
            except BaseException:
                self._graph, self._signature = nx.MultiDiGraph(), _DIRTY
                raise
            self._graph, self._signature = graph, self._stat_signature()
        return counts

    # -- queries -------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        self._refresh()
        counts = empty_counts()
        for _, label in self._graph.nodes(data="label"):
            counts[label] += 1
        for _, _, rel_type in self._graph.edges(data="type"):
            counts[rel_type] += 1
        return counts

    def actors(self) -> list[dict[str, Any]]:
        self._refresh()
        # Sort the actors' ids alone: a (id, attributes) pair per node of the graph made
        # each call allocate enough to set off the garbage collector's full passes, which
        # on a big graph cost twenty times the query.
        nodes = self._graph._node
        return [
            {k: v for k, v in nodes[node_id].items() if k != "label"}
            for node_id in sorted(n for n, attrs in nodes.items() if attrs.get("label") == ACTOR)
        ]

    def run_named(self, query: NamedQuery, params: dict[str, Any]) -> Rows:
        query.check(params)
        self._refresh()
        return query.twin(self._graph, params)

    def to_networkx(self) -> nx.MultiDiGraph:
        self._refresh()
        return canonical_graph(
            [(n, dict(attrs)) for n, attrs in self._graph.nodes(data=True)],
            [(s, t, k, dict(attrs)) for s, t, k, attrs in self._graph.edges(keys=True, data=True)],
        )

    def __repr__(self) -> str:
        return f"EmbeddedStore({str(self.path)!r})"


def _props(graph: nx.MultiDiGraph, node_id: str) -> dict[str, Any]:
    return {k: v for k, v in graph._node[node_id].items() if k != "label"}


def _event_ids(graph: nx.MultiDiGraph, families: list[str], ids: list[str]) -> list[str]:
    """The ids of the Events of ``families`` or with ``ids``."""
    wanted = set(families)
    nodes = graph._node  # the adjacency dicts themselves: the views cost more than the work
    found = set()
    if wanted:
        found = {event_id for event_id, attrs in nodes.items()
                 if attrs.get("label") == EVENT and attrs.get("resolution_key") in wanted}
    found.update(i for i in ids if nodes.get(i, {}).get("label") == EVENT)
    return sorted(found)


# The properties of an EventSummary (see graphkit.store.planner.EventSummary).
_SUMMARY_FIELDS = ("id", "resolution_key", "modality", "date", "date_precision")
_GRAPHKIT_IN = (PARTICIPATED_IN, REPORTED)


def _event_summaries(graph: nx.MultiDiGraph, families: list[str], ids: list[str]
                     ) -> list[EventSummary]:
    """The EventSummary of each Event of ``families`` or with ``ids`` (the twin of the
    Neo4j fetch)."""
    nodes, pred, succ = graph._node, graph._pred, graph._succ
    out = []
    for event_id in _event_ids(graph, families, ids):
        props = nodes[event_id]  # (read in place: plan_write only reads _SUMMARY_FIELDS)
        mentions, refers, n_rels, foreign = [], [], 0, False
        for target, keyed in succ[event_id].items():
            for edge in keyed.values():
                rel_type = edge["type"]
                if rel_type == MENTIONED_IN:
                    n_rels += 1
                    mentions.append((edge.get("mention_id"), edge.get("date"),
                                     edge.get("date_precision")))
                elif rel_type == REFERS_TO:
                    refers.append((event_id, target, _edge_props(edge)))
                else:
                    foreign = True
        for source, keyed in pred[event_id].items():
            for edge in keyed.values():
                rel_type = edge["type"]
                if rel_type in _GRAPHKIT_IN:
                    n_rels += 1
                elif rel_type == REFERS_TO:
                    refers.append((source, event_id, _edge_props(edge)))
                else:
                    foreign = True
        out.append(EventSummary(props, mentions, refers, n_rels, foreign))
    return out


def _stored_events(graph: nx.MultiDiGraph, families: list[str], ids: list[str]
                   ) -> list[StoredEvent]:
    """The Events of ``families`` or with ``ids``, with every relationship they have
    (the twin of the Neo4j fetch)."""
    found = _event_ids(graph, families, ids)
    pred, succ = graph._pred, graph._succ
    out = []
    for event_id in sorted(found):
        edges = [(source, event_id, attrs["type"], _edge_props(attrs))
                 for source, keyed in pred[event_id].items() for attrs in keyed.values()]
        edges += [(event_id, target, attrs["type"], _edge_props(attrs))
                  for target, keyed in succ[event_id].items() for attrs in keyed.values()]
        out.append(StoredEvent(_props(graph, event_id), edges))
    return out


class _EdgeProps(Mapping[str, Any]):
    """A relationship's properties: its networkx attributes but ``type``, read in place.

    A write fetches every relationship of the touched families' events but reads the
    properties of few of them (see :func:`graphkit.store.planner.plan_write`): copying them all
    cost more than the resolution itself. Read before the write changes the graph.
    """

    __slots__ = ("_attrs",)

    def __init__(self, attrs: dict[str, Any]) -> None:
        self._attrs = attrs

    def __getitem__(self, key: str) -> Any:
        if key == "type":
            raise KeyError(key)
        return self._attrs[key]

    def get(self, key: str, default: Any = None) -> Any:
        return default if key == "type" else self._attrs.get(key, default)

    def __iter__(self) -> Iterator[str]:
        return (k for k in self._attrs if k != "type")

    def __len__(self) -> int:
        return len(self._attrs) - ("type" in self._attrs)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(dict(self.items()))


def _edge_props(attrs: dict[str, Any]) -> Mapping[str, Any]:
    return _EdgeProps(attrs)


def _apply_plan(graph: nx.MultiDiGraph, plan: WritePlan) -> WriteCounts:
    """Carry out a resolution plan on a networkx graph, as Neo4jStore does in Cypher."""
    rows = plan.rows
    for label, nodes in ((ARTICLE, rows.articles), (ACTOR, rows.actors), (EVENT, rows.events)):
        for props in nodes:
            if props["id"] in graph and graph.nodes[props["id"]].get("label") != label:
                raise ValueError(f"id {props['id']!r} is already a "
                                 f"{graph.nodes[props['id']].get('label')}")
    graph.remove_edges_from([(s, t, relationship_key(rel_type, props))
                             for s, t, rel_type, props in plan.deleted_edges])
    graph.remove_nodes_from(plan.stale_events)
    for event in rows.events:  # replaced, not updated: SET n = row
        if event["id"] in graph:
            attrs = graph.nodes[event["id"]]
            label = attrs["label"]
            attrs.clear()
            attrs["label"] = label
    merge_records(graph, rows)
    for row in plan.refers:
        graph.add_edge(row["event_id"], row["prior_id"], key=REFERS_TO, type=REFERS_TO)
    return WriteCounts(**plan.counts)


def _count_merge(graph: nx.MultiDiGraph, rows: GraphRecords) -> WriteCounts:
    """What merging ``rows`` into ``graph`` will create and match, row by row as MERGE does."""
    nodes = set(graph.nodes)
    created = matched = 0
    for props in (*rows.articles, *rows.actors, *rows.events):
        if props["id"] in nodes:
            matched += 1
        else:
            created += 1
            nodes.add(props["id"])
    edges = set(graph.edges(keys=True))
    rel_created = rel_matched = 0
    for rel_type, rels, src, dst in ((PARTICIPATED_IN, rows.participations, "actor_id",
                                      "event_id"),
                                     (MENTIONED_IN, rows.mentions, "event_id", "article_id"),
                                     (REPORTED, rows.reports, "actor_id", "event_id")):
        for rel in rels:
            edge = (rel[src], rel[dst], relationship_key(rel_type, rel))
            if edge in edges:
                rel_matched += 1
            else:
                rel_created += 1
                edges.add(edge)
    return WriteCounts(rows=len(rows), nodes_created=created, nodes_matched=matched,
                       relationships_created=rel_created, relationships_matched=rel_matched)
