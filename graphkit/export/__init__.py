"""Export graphkit's graph to files other tools read: one module per format.

Every exporter takes the graph a store returns from ``Store.to_networkx()`` (see
:mod:`graphkit.graph`) and writes it to a path or an open file:

==========  =============================================  ===============================
format      for                                            module / writer
==========  =============================================  ===============================
graphml     Gephi, yEd, Cytoscape desktop                  :func:`graphml.write_graphml`
json        node-link JSON (D3, networkx)                  :func:`json_graph.write_json`
gexf        Gephi, with a timeline (dynamic spells)        :func:`gexf.write_gexf`
cytoscape   Cytoscape.js / Cytoscape desktop (``.cyjs``)   :func:`cytoscape.write_cytoscape`
dot         Graphviz                                       :func:`dot.write_dot`
csv         ``neo4j-admin database import full`` (folder)  :func:`neo4j_csv.write_neo4j_csv`
ttl         RDF Turtle (vocabulary schema/graphkit.ttl)    :func:`rdf.write_ttl`
jsonld      RDF JSON-LD                                    :func:`rdf.write_jsonld`
nt          RDF N-Triples                                  :func:`rdf.write_nt`
html        one self-contained interactive page            :func:`html.write_html`
==========  =============================================  ===============================

Example::

    from graphkit.export import export_graph, filter_graph
    graph = filter_graph(store.to_networkx(), actor="putin", date_from="2024-01")
    summary = export_graph(graph, "gexf", "putin.gexf")
    print(summary.nodes, summary.edges)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.errors import ExportError
from graphkit.export import cytoscape, dot, gexf, graphml, html, json_graph, neo4j_csv, rdf
from graphkit.export._common import Output, is_stream, printable_graph
from graphkit.export.filtering import filter_graph


@dataclass(frozen=True)
class ExportSummary:
    """What :func:`export_graph` wrote.

    ``nodes``/``edges`` count the graph's nodes and relationships written; ``files`` are the
    paths written (empty when writing to an open file); ``triples`` is set for RDF formats.
    """

    format: str
    nodes: int
    edges: int
    files: tuple[Path, ...] = ()
    triples: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Format:
    """One export format: its name, what it is, its usual file suffix and its writer."""

    name: str
    description: str
    suffix: str
    write: Callable[[nx.MultiDiGraph, Any], Any]
    folder: bool = False


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("graphml", "GraphML for Gephi, yEd and Cytoscape desktop", ".graphml",
           graphml.write_graphml),
    Format("json", "node-link JSON (D3, networkx.node_link_graph)", ".json",
           json_graph.write_json),
    Format("gexf", "GEXF for Gephi, events on its timeline", ".gexf", gexf.write_gexf),
    Format("cytoscape", "Cytoscape.js elements JSON (.cyjs)", ".cyjs",
           cytoscape.write_cytoscape),
    Format("dot", "Graphviz DOT", ".dot", dot.write_dot),
    Format("csv", "CSV folder for neo4j-admin database import full", "",
           neo4j_csv.write_neo4j_csv, folder=True),
    Format("ttl", "RDF Turtle in graphkit's vocabulary", ".ttl", rdf.write_ttl),
    Format("jsonld", "RDF JSON-LD in graphkit's vocabulary", ".jsonld", rdf.write_jsonld),
    Format("nt", "RDF N-Triples in graphkit's vocabulary", ".nt", rdf.write_nt),
    Format("html", "one self-contained interactive HTML page", ".html", html.write_html),
)}


_OTHER_SUFFIXES = {".htm": "html", ".gv": "dot"}


def format_for(out: str | Path, default: str = "graphml") -> str:
    """The format a file's extension names (``graph.gexf``: gexf), else ``default``.

    Example:
        >>> format_for("out/view.HTML"), format_for("graph.cyjs"), format_for("graph")
        ('html', 'cytoscape', 'graphml')
    """
    suffix = Path(out).suffix.lower()
    named = {f.suffix: f.name for f in FORMATS.values() if f.suffix} | _OTHER_SUFFIXES
    return named.get(suffix, default)


def export_graph(graph: nx.MultiDiGraph, fmt: str, out: Output) -> ExportSummary:
    """Write ``graph`` in format ``fmt`` to ``out``.

    Args:
        graph: a graph in graphkit's shape (``Store.to_networkx()``, maybe filtered with
            :func:`filter_graph`).
        fmt: a key of :data:`FORMATS` (any case).
        out: a path, or an open text or binary file; for ``csv``, a folder path.

    Returns:
        The counts of nodes and relationships written and the files made.

    Raises:
        ExportError: unknown format, or ``csv`` given an open file.
    """
    name = fmt.strip().lower()
    if name not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    spec = FORMATS[name]
    if spec.folder and is_stream(out):
        raise ExportError(f"format {name!r} writes a folder of files: give a folder path")
    graph = printable_graph(graph)
    result = spec.write(graph, out)
    files: tuple[Path, ...] = ()
    extra: dict[str, Any] = {}
    if isinstance(result, neo4j_csv.CsvFiles):
        files = (*result.nodes.values(), *result.relationships.values(),
                 Path(out) / neo4j_csv.ARGS_FILE)  # type: ignore[arg-type]
        extra["import_arguments"] = neo4j_csv.import_arguments(result)
    elif not is_stream(out):
        files = (Path(out),)  # type: ignore[arg-type]
    return ExportSummary(
        format=name, nodes=graph.number_of_nodes(), edges=graph.number_of_edges(),
        files=files, triples=result if isinstance(result, int) else None, extra=extra,
    )


__all__ = ["FORMATS", "ExportError", "ExportSummary", "Format", "export_graph", "filter_graph",
           "format_for"]
