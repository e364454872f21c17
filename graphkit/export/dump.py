"""A canonical dump of a whole graph: one JSON object per line, in a stable order.

Two graphs that hold the same nodes and relationships with the same properties dump to
the same bytes, whichever store holds them, so ``diff`` compares them::

    graphkit dump --out a.jsonl
    graphkit dump --neo4j bolt://localhost:7687 --out b.jsonl
    diff a.jsonl b.jsonl

Nodes come first, by label (Article, Actor, Event) then id; relationships follow, by type,
source id, target id and properties. Each line's keys are sorted; a property that is None
(absent) is left out, lists keep their order.

    {"id": "person:queen-elowen", "kind": "node", "label": "Actor", "properties": {...}}
    {"kind": "relationship", "properties": {"role": "participant"}, "source": "...", ...}
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import networkx as nx

from graphkit.export._common import Output, write_text
from graphkit.graph import LABELS
from graphkit.sanitize import replace_surrogates


def _line(record: dict[str, Any]) -> str:
    text = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(", ", ": "),
                      default=str)
    return replace_surrogates(text)


def _properties(data: dict[str, Any], carried: str) -> dict[str, Any]:
    return {k: (list(v) if isinstance(v, tuple) else v)
            for k, v in data.items() if k != carried and v is not None}


def generate_dump(graph: nx.MultiDiGraph) -> Iterator[str]:
    """The dump of ``graph``, one line (without newline) per node and per relationship.

    Args:
        graph: a graph in graphkit's shape (``Store.to_networkx()``).

    Example:
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("a1", label="Article", id="a1", title="Talks")
        >>> list(generate_dump(g))
        ['{"id": "a1", "kind": "node", "label": "Article", "properties": {"id": "a1", "title": "Talks"}}']
    """
    order = {label: i for i, label in enumerate(LABELS)}
    nodes = sorted(graph.nodes(data=True),
                   key=lambda n: (order.get(n[1].get("label"), len(order)), str(n[0])))
    for node, data in nodes:
        yield _line({"kind": "node", "label": data.get("label"), "id": node,
                     "properties": _properties(data, "label")})
    edges = [(str(data.get("type")), str(u), str(v),
              _line({"kind": "relationship", "type": data.get("type"), "source": u, "target": v,
                     "properties": _properties(data, "type")}))
             for u, v, data in graph.edges(data=True)]
    for *_, line in sorted(edges):
        yield line


def write_dump(graph: nx.MultiDiGraph, out: Output) -> int:
    """Write the dump of ``graph`` to a path or an open file; returns the number of lines."""
    lines = [line + "\n" for line in generate_dump(graph)]
    write_text(out, lines)
    return len(lines)
