"""Cytoscape.js elements JSON (also opened by Cytoscape desktop as ``.cyjs``).

Layout::

    {"format_version": "1.0", "generated_by": "graphkit", "target_cytoscapejs_version": "~3",
     "data": {...},
     "elements": {"nodes": [{"data": {"id", "label", "name", ...}, "classes": "actor"}],
                  "edges": [{"data": {"id", "source", "target", "type", "key", ...},
                             "classes": "participated_in"}]}}

Each node's ``data`` holds its properties (lists stay lists, None dropped) plus ``name``, a
caption; ``classes`` is its label in lower case so a stylesheet can select ``node.actor``.

Example::

    write_cytoscape(store.to_networkx(), "graph.cyjs")
    cy.add(json.load(f)["elements"])          # in a web page
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx

from graphkit.export._common import Output, clean_attrs, display_name, write_text


def generate_cytoscape(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The Cytoscape.js document of ``graph``.

    Args:
        graph: a graph in graphkit's shape.

    Returns:
        A JSON-serialisable dict whose ``elements`` Cytoscape.js's ``cy.add`` accepts.
    """
    nodes = []
    for node, data in graph.nodes(data=True):
        props = clean_attrs(data)
        props.setdefault("name", display_name(node, data))
        props["id"] = str(node)
        nodes.append({"data": props, "classes": str(data.get("label", "")).lower()})
    edges = []
    for u, v, key, data in graph.edges(keys=True, data=True):
        props = clean_attrs(data)
        props.update(id=f"{u}->{v}#{key}", source=str(u), target=str(v), key=str(key))
        edges.append({"data": props, "classes": str(data.get("type", "")).lower()})
    return {
        "format_version": "1.0",
        "generated_by": "graphkit",
        "target_cytoscapejs_version": "~3",
        "data": {"name": "graphkit", **clean_attrs(dict(graph.graph))},
        "elements": {"nodes": nodes, "edges": edges},
    }


def write_cytoscape(graph: nx.MultiDiGraph, out: Output) -> None:
    """Write ``graph`` as Cytoscape.js JSON to a path or an open file."""
    write_text(out, json.dumps(generate_cytoscape(graph), indent=2, ensure_ascii=False) + "\n")
