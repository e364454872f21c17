"""GEXF for Gephi, with dynamic time so Gephi's timeline plays the events.

Each event node carries a spell ``start``/``end`` from its ``date_start``/``date_end`` (ISO
dates, ``timeformat="date"``), and so does every relationship that touches it; actors,
articles and undated events have no spell, so Gephi shows them at all times. Gephi uses a
node's GEXF ``label`` as its caption, so that is the human-readable name (an actor's name,
an article's title, an event's type and date) and graphkit's own label (Article/Actor/Event)
is the attribute ``node_type``. ``MENTIONED_IN``'s sentence offsets ``start``/``end`` become
``span_start``/``span_end`` (GEXF reserves ``start``/``end`` for time), and a relationship's
``type`` is its GEXF ``label`` and the attribute ``rel_type`` (GEXF's own edge ``type`` means
directed or undirected).

Example::

    write_gexf(store.to_networkx(), "graph.gexf")   # Gephi: File > Open, Timeline
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import networkx as nx

from graphkit.export._common import (
    Output,
    display_name,
    printable_graph,
    scalar_attrs,
    write_text,
)
from graphkit.graph import EVENT


def _spell(data: dict[str, Any]) -> dict[str, str]:
    if data.get("label") != EVENT or not data.get("date_start"):
        return {}
    return {"start": data["date_start"], "end": data.get("date_end") or data["date_start"]}


def _gexf_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph(mode="dynamic")
    for node, data in graph.nodes(data=True):
        attrs = scalar_attrs(data)
        attrs["node_type"] = attrs.pop("label", "")
        attrs.pop("start", None)
        attrs.pop("end", None)
        out.add_node(node, label=display_name(node, data), **attrs, **_spell(data))
    for u, v, key, data in graph.edges(keys=True, data=True):
        attrs = scalar_attrs(data)
        for reserved in ("start", "end"):
            if reserved in attrs:
                attrs[f"span_{reserved}"] = attrs.pop(reserved)
        # GEXF's own edge ``type`` means directed/undirected and edge ids must be unique.
        rel_type = attrs.pop("type", "")
        spell = _spell(graph.nodes[v]) or _spell(graph.nodes[u])
        out.add_edge(u, v, key=key, id=f"{u}->{v}#{key}", label=rel_type, rel_type=rel_type,
                     **attrs, **spell)
    return out


def generate_gexf(graph: nx.MultiDiGraph) -> Iterator[str]:
    """Yield the GEXF 1.2 document of ``graph`` line by line (dynamic mode).

    Args:
        graph: a graph in graphkit's shape.

    Returns:
        An iterator of text lines (without newlines).
    """
    yield from nx.generate_gexf(_gexf_graph(printable_graph(graph)), encoding="utf-8", prettyprint=True,
                                version="1.2draft")


def write_gexf(graph: nx.MultiDiGraph, out: Output) -> None:
    """Write ``graph`` as dynamic GEXF to a path or an open (text or binary) file."""
    write_text(out, (line + "\n" for line in generate_gexf(graph)))
