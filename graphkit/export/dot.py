"""Graphviz DOT (``dot -Tsvg graph.dot > graph.svg``).

Every id and value is a quoted string (backslashes, quotes and newlines escaped), so ids such
as ``person:vladimir-putin`` are safe. Graphviz draws a node's ``label`` attribute, so that
is the human-readable caption and graphkit's label (Article/Actor/Event) is ``class`` (which
Graphviz also writes into SVG output as a CSS class); a relationship's ``type`` is both its
drawn ``label`` and its ``class``. The other properties are plain attributes (lists joined
with ``"; "``, None dropped), which Graphviz keeps and ignores.

Example::

    write_dot(store.to_networkx(), "graph.dot")
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import networkx as nx

from graphkit.export._common import Output, display_name, scalar_attrs, write_text
from graphkit.graph import ACTOR, ARTICLE, EVENT

_NODE_STYLE = {
    ACTOR: {"shape": "ellipse", "style": "filled", "fillcolor": "#cfe2ff"},
    EVENT: {"shape": "box", "style": "rounded,filled", "fillcolor": "#ffe8b3"},
    ARTICLE: {"shape": "note", "style": "filled", "fillcolor": "#e9ecef"},
}
# Graphviz attribute names with a meaning of their own: a property of that name is renamed
# with a ``gk_`` prefix so it cannot restyle the drawing.
_RESERVED = {"label", "class", "shape", "style", "color", "fillcolor", "url", "href", "id",
             "comment", "tooltip", "pos", "width", "height", "weight", "dir", "group"}


def quote(value: Any) -> str:
    """``value`` as a DOT double-quoted string."""
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n") + '"'


def _attr_list(attrs: dict[str, Any]) -> str:
    return ", ".join(f"{name}={quote(value)}" for name, value in attrs.items())


def _properties(data: dict[str, Any], drop: tuple[str, ...]) -> dict[str, Any]:
    out = {}
    for name, value in scalar_attrs(data).items():
        if name in drop:
            continue
        out[f"gk_{name}" if name.lower() in _RESERVED else name] = value
    return out


def generate_dot(graph: nx.MultiDiGraph, name: str = "graphkit") -> Iterator[str]:
    """Yield the DOT text of ``graph`` line by line.

    Args:
        graph: a graph in graphkit's shape.
        name: the digraph's name.

    Returns:
        An iterator of text lines (without newlines).
    """
    yield f"digraph {quote(name)} {{"
    yield '  graph [rankdir="LR", fontname="Helvetica"];'
    yield '  node [fontname="Helvetica", fontsize="10"];'
    yield '  edge [fontname="Helvetica", fontsize="8"];'
    for node, data in graph.nodes(data=True):
        label = data.get("label", "")
        attrs = {"label": display_name(node, data), "class": label, "tooltip": str(node),
                 **_NODE_STYLE.get(label, {}), **_properties(data, ("label", "id"))}
        yield f"  {quote(node)} [{_attr_list(attrs)}];"
    for u, v, key, data in graph.edges(keys=True, data=True):
        rel_type = data.get("type", "")
        attrs = {"label": rel_type, "class": rel_type, "key": key,
                 **_properties(data, ("type", "key"))}
        yield f"  {quote(u)} -> {quote(v)} [{_attr_list(attrs)}];"
    yield "}"


def write_dot(graph: nx.MultiDiGraph, out: Output) -> None:
    """Write ``graph`` as DOT to a path or an open file."""
    write_text(out, (line + "\n" for line in generate_dot(graph)))
