"""Helpers every exporter shares: scalar attributes, display names, writing to a path or file."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

import networkx as nx

from graphkit.graph import ACTOR, ARTICLE, EVENT
from graphkit.sanitize import xml_safe

Output = str | Path | IO[str] | IO[bytes]

LIST_SEPARATOR = "; "


def flatten_value(value: Any) -> Any:
    """A scalar for formats that only hold scalars (GraphML, GEXF, DOT).

    Lists and tuples of scalars become one ``"; "``-joined string, dicts become JSON text,
    str/int/float/bool pass through; None is the caller's to drop.
    """
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value if v is not None)
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return value


def scalar_attrs(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without None values and with list/dict values flattened."""
    return {k: flatten_value(v) for k, v in data.items() if v is not None}


def clean_attrs(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without None values, lists kept as lists (for JSON formats)."""
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in data.items() if v is not None}


def display_name(node_id: str, data: dict[str, Any]) -> str:
    """What a person should see for a node: an actor's name, an article's title, an event's
    type and date."""
    label = data.get("label")
    if label == ACTOR:
        return str(data.get("name") or node_id)
    if label == ARTICLE:
        return str(data.get("title") or data.get("url") or node_id)
    if label == EVENT:
        when = data.get("date")
        return f"{data.get('type', 'EVENT')} {when}" if when else str(data.get("type", node_id))
    return str(node_id)


def mapped_graph(graph: nx.MultiDiGraph,
                 attrs: Callable[[dict[str, Any]], dict[str, Any]]) -> nx.MultiDiGraph:
    """A copy of ``graph`` whose graph, node and edge attributes are ``attrs`` of the
    originals (:func:`scalar_attrs` for scalar formats, :func:`clean_attrs` for JSON)."""
    out = nx.MultiDiGraph()
    out.graph.update(attrs(dict(graph.graph)))
    for node, data in graph.nodes(data=True):
        out.add_node(node, **attrs(data))
    for u, v, key, data in graph.edges(keys=True, data=True):
        out.add_edge(u, v, key=key, **attrs(data))
    return out


def is_stream(out: Any) -> bool:
    return hasattr(out, "write")


def write_text(out: Output, text: str | Iterable[str]) -> None:
    """Write ``text`` (or chunks of it) as UTF-8 to a path or to an open text/binary file."""
    chunks = [text] if isinstance(text, str) else text
    if is_stream(out):
        binary = isinstance(out, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(
            out, "mode", "")
        for chunk in chunks:
            out.write(chunk.encode("utf-8") if binary else chunk)  # type: ignore[arg-type]
        return
    path = Path(out)  # type: ignore[arg-type]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for chunk in chunks:
            handle.write(chunk)


def _safe_value(value: Any) -> Any:
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_safe_value(v) for v in value)
    if isinstance(value, dict):
        return {xml_safe(str(k)): _safe_value(v) for k, v in value.items()}
    return value


def _needs_cleaning(value: Any) -> bool:
    if isinstance(value, str):
        return xml_safe(value) != value
    if isinstance(value, (list, tuple)):
        return any(_needs_cleaning(v) for v in value)
    if isinstance(value, dict):
        return any(_needs_cleaning(k) or _needs_cleaning(v) for k, v in value.items())
    return False


def printable_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``graph``, or a copy whose ids and string values hold only characters every export
    format can carry (XML 1.0 forbids most control characters; no UTF-8 file holds a lone
    surrogate): the others become U+FFFD. The same graph object when nothing needs it.

    Every exporter writes through this, so no export is a file its reader rejects.
    """
    if not any(_needs_cleaning(n) or _needs_cleaning(d) for n, d in graph.nodes(data=True)) \
            and not any(_needs_cleaning(k) or _needs_cleaning(d)
                        for _, _, k, d in graph.edges(keys=True, data=True)):
        return graph
    out = nx.MultiDiGraph()
    out.graph.update(_safe_value(dict(graph.graph)))
    for node, data in graph.nodes(data=True):
        out.add_node(_safe_value(node), **_safe_value(data))
    for u, v, key, data in graph.edges(keys=True, data=True):
        out.add_edge(_safe_value(u), _safe_value(v), key=_safe_value(key), **_safe_value(data))
    return out
