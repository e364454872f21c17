"""Reading the embedded store's first format, ``graph.json``, to migrate it to SQLite.

Before the SQLite store, the embedded store was a networkx node-link JSON file,
``graph.json`` (``"graphkit_format": 1``), rewritten whole on every write. The first time
:class:`~graphkit.store.embedded.EmbeddedStore` opens a folder holding one, it copies the
graph into ``graph.db`` in one transaction, then renames the file ``graph.json.migrated``
(kept, never deleted): a crash during the migration leaves the JSON file where it was and
the database without the graph, so the next open migrates again.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from graphkit.errors import StoreError
from graphkit.graph import LABELS

JSON_FILE = "graph.json"
MIGRATED_SUFFIX = ".migrated"
FORMAT_VERSION = 1


def read_json_graph(file: Path) -> nx.MultiDiGraph:
    """The graph of a ``graph.json`` store.

    Raises:
        StoreError: the file is not a readable graphkit store; it is left as it is.
    """
    try:
        data = json.loads(file.read_bytes().decode("utf-8"))
        graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError,
            nx.NetworkXError) as exc:
        raise StoreError(
            f"{file} is not a readable graphkit store ({type(exc).__name__}: {exc}); "
            f"restore it from a backup, or move it away to start an empty store"
        ) from exc
    version = graph.graph.get("graphkit_format")
    if version != FORMAT_VERSION:
        raise StoreError(f"{file} is not a graphkit store of format {FORMAT_VERSION} "
                         f"(found graphkit_format={version!r})")
    for node_id, attrs in graph.nodes(data=True):
        if attrs.get("label") not in LABELS:
            raise StoreError(f"{file}: node {node_id!r} has no graphkit label")
    return graph
