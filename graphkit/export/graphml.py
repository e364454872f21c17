"""GraphML for Gephi, yEd and Cytoscape desktop.

GraphML holds only scalar attributes, so lists (an actor's ``aliases``) are joined with
``"; "`` and None values are dropped. Each node keeps ``label`` (Article/Actor/Event) and
each edge keeps ``type`` (PARTICIPATED_IN/MENTIONED_IN/REPORTED); a ``name`` attribute gives
tools a human-readable caption for every node (an article's title, an event's type and date).

Example::

    write_graphml(store.to_networkx(), "graph.graphml")
    nx.read_graphml("graph.graphml", force_multigraph=True)
"""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from graphkit.export._common import (
    Output,
    display_name,
    mapped_graph,
    printable_graph,
    scalar_attrs,
    write_text,
)


def _graphml_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = mapped_graph(graph, scalar_attrs)
    for node, data in out.nodes(data=True):
        data.setdefault("name", display_name(node, graph.nodes[node]))
    return out


def generate_graphml(graph: nx.MultiDiGraph) -> Iterator[str]:
    """Yield the GraphML document of ``graph`` line by line.

    Args:
        graph: a graph in graphkit's shape (``Store.to_networkx()``).

    Returns:
        An iterator of text lines (without newlines).
    """
    yield from nx.generate_graphml(_graphml_graph(printable_graph(graph)), encoding="utf-8",
                                   prettyprint=True)


def write_graphml(graph: nx.MultiDiGraph, out: Output) -> None:
    """Write ``graph`` as GraphML to a path or an open (text or binary) file."""
    write_text(out, (line + "\n" for line in generate_graphml(graph)))
