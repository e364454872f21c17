"""Node-link JSON (the layout of ``networkx.node_link_data``, read by D3 and networkx).

Lists stay lists, None values are dropped; relationships are under ``"edges"`` with their
multigraph ``key``. Read back with ``nx.node_link_graph(data, edges="edges")``.

Example::

    write_json(store.to_networkx(), "graph.json")
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx

from graphkit.export._common import Output, clean_attrs, mapped_graph, write_text


def generate_json(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The node-link dict of ``graph`` (``directed``, ``multigraph``, ``nodes``, ``edges``).

    Args:
        graph: a graph in graphkit's shape.

    Returns:
        A JSON-serialisable dict.
    """
    return nx.node_link_data(mapped_graph(graph, clean_attrs), edges="edges")


def write_json(graph: nx.MultiDiGraph, out: Output) -> None:
    """Write ``graph`` as indented node-link JSON to a path or an open file."""
    write_text(out, json.dumps(generate_json(graph), indent=2, ensure_ascii=False) + "\n")
