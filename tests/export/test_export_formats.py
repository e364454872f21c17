"""Every export format writes a real file that the reference reader of the format reads back
with the same nodes and relationships as the store graph."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from neo4j_admin import import_with_neo4j_admin, serve_import
from rdflib.compare import isomorphic

from graphkit.export import FORMATS, ExportError, export_graph
from graphkit.export.cytoscape import generate_cytoscape
from graphkit.export.dot import quote
from graphkit.export.gexf import write_gexf
from graphkit.export.graphml import generate_graphml, write_graphml
from graphkit.export.neo4j_csv import ARGS_FILE
from graphkit.export.rdf import generate_rdf
from graphkit.graph import (
    ACTOR,
    ARTICLE,
    EVENT,
    LABELS,
    MENTIONED_IN,
    PARTICIPATED_IN,
    RELATIONSHIP_TYPES,
    REPORTED,
)

ON_CI = os.environ.get("CI") == "true"


def _need_binary(name: str) -> str:
    """The path of a Debian tool; skipped when absent off CI, a failure under CI."""
    path = shutil.which(name)
    if path is None:
        if ON_CI:
            pytest.fail(f"{name} is not installed (apt-get install -y graphviz chromium)")
        pytest.skip(f"{name} is not installed")
    return path


def _sorted_nodes(graph: nx.MultiDiGraph) -> list[str]:
    return sorted(str(n) for n in graph.nodes)


def _sorted_edges(graph: nx.MultiDiGraph) -> list[tuple[str, str]]:
    return sorted((str(u), str(v)) for u, v in graph.edges())


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "csv"])
def test_every_format_writes_a_nonempty_file_and_counts_it(graph, tmp_path, fmt):
    out = tmp_path / f"graph{FORMATS[fmt].suffix}"
    summary = export_graph(graph, fmt, out)
    assert out.stat().st_size > 0
    assert (summary.nodes, summary.edges) == (graph.number_of_nodes(), graph.number_of_edges())
    assert summary.files == (out,)


@pytest.mark.parametrize("fmt", ["graphml", "json", "gexf", "cytoscape", "dot", "ttl", "nt"])
@pytest.mark.parametrize("binary", [False, True])
def test_writing_to_an_open_file_gives_the_same_bytes_as_a_path(graph, tmp_path, fmt, binary):
    path = tmp_path / "by-path"
    export_graph(graph, fmt, path)
    stream = io.BytesIO() if binary else io.StringIO()
    summary = export_graph(graph, fmt, stream)
    written = stream.getvalue()
    text = written.decode("utf-8") if binary else written
    if fmt == "gexf":  # the GEXF header holds today's date; compare the graph part
        text, expected = text.split("<graph", 1)[1], path.read_text("utf-8").split("<graph", 1)[1]
    else:
        expected = path.read_text("utf-8")
    assert text == expected
    assert summary.files == ()


def test_unknown_format_and_csv_to_a_stream_are_export_errors(graph, tmp_path):
    with pytest.raises(ExportError, match="unknown export format 'xlsx'"):
        export_graph(graph, "xlsx", tmp_path / "x")
    with pytest.raises(ExportError, match="folder"):
        export_graph(graph, "csv", io.StringIO())


def test_graphml_reads_back_with_networkx(graph, tmp_path):
    out = tmp_path / "graph.graphml"
    write_graphml(graph, out)
    back = nx.read_graphml(out, force_multigraph=True)
    assert _sorted_nodes(back) == _sorted_nodes(graph)
    assert _sorted_edges(back) == _sorted_edges(graph)
    putin = back.nodes["person:vladimir-putin"]
    assert putin["label"] == ACTOR
    assert putin["aliases"] == "Putin; Vladimir Vladimirovich Putin"
    assert "organisation" not in putin  # None dropped
    assert {d["type"] for _, _, d in back.edges(data=True)} == set(RELATIONSHIP_TYPES)
    assert {d["label"] for _, d in back.nodes(data=True)} == set(LABELS)


def test_graphml_is_well_formed_xml_for_yed_and_cytoscape(graph):
    text = "\n".join(generate_graphml(graph))
    assert text.startswith("<?xml") or text.startswith("<graphml")
    import xml.etree.ElementTree as ET

    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag.endswith("graphml")


def test_gexf_reads_back_with_networkx_and_events_carry_time_spells(graph, tmp_path):
    out = tmp_path / "graph.gexf"
    write_gexf(graph, out)
    back = nx.read_gexf(out)
    assert _sorted_nodes(back) == _sorted_nodes(graph)
    assert _sorted_edges(back) == _sorted_edges(graph)
    text = out.read_text("utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    for node, data in graph.nodes(data=True):
        read = back.nodes[node]
        assert read["node_type"] == data["label"]
        if data["label"] == EVENT and data.get("date_start"):
            assert (read["start"], read["end"]) == (data["date_start"], data["date_end"])
        else:
            assert "start" not in read
    assert back.nodes["person:vladimir-putin"]["label"] == "Vladimir Putin"
    rel_types = {d["rel_type"] for _, _, d in back.edges(data=True)}
    assert rel_types == set(RELATIONSHIP_TYPES)
    mention = next(d for _, _, d in back.edges(data=True) if d["rel_type"] == MENTIONED_IN)
    assert isinstance(mention["span_start"], int)


def test_json_is_node_link_and_reads_back_with_lists_intact(graph, tmp_path):
    out = tmp_path / "graph.json"
    export_graph(graph, "json", out)
    data = json.loads(out.read_text("utf-8"))
    back = nx.node_link_graph(data, edges="edges")
    assert _sorted_nodes(back) == _sorted_nodes(graph)
    assert _sorted_edges(back) == _sorted_edges(graph)
    assert back.nodes["person:vladimir-putin"]["aliases"] == ["Putin",
                                                             "Vladimir Vladimirovich Putin"]
    assert all(v is not None for _, d in back.nodes(data=True) for v in d.values())


def test_cytoscape_json_loads_with_matching_counts_and_endpoints(graph, tmp_path):
    out = tmp_path / "graph.cyjs"
    export_graph(graph, "cytoscape", out)
    doc = json.loads(out.read_text("utf-8"))
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    assert len(nodes) == graph.number_of_nodes()
    assert len(edges) == graph.number_of_edges()
    ids = {n["data"]["id"] for n in nodes}
    assert ids == {str(n) for n in graph.nodes}
    assert len({e["data"]["id"] for e in edges}) == len(edges)  # edge ids unique
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    assert {n["classes"] for n in nodes} == {label.lower() for label in LABELS}
    assert {e["data"]["type"] for e in edges} == set(RELATIONSHIP_TYPES)


def test_dot_parses_with_graphviz_and_keeps_every_node_and_edge(graph, tmp_path):
    dot = _need_binary("dot")
    out = tmp_path / "graph.dot"
    export_graph(graph, "dot", out)
    plain = subprocess.run([dot, "-Tplain", str(out)], capture_output=True, text=True,
                           check=True, timeout=60)
    assert plain.stderr == ""
    lines = plain.stdout.splitlines()
    assert sum(line.startswith("node ") for line in lines) == graph.number_of_nodes()
    assert sum(line.startswith("edge ") for line in lines) == graph.number_of_edges()
    svg = subprocess.run([dot, "-Tsvg", str(out)], capture_output=True, text=True, check=True,
                         timeout=60)
    assert "<svg" in svg.stdout and 'class="node Actor"' in svg.stdout


@pytest.mark.parametrize("value, expected", [
    ('say "hi"', '"say \\"hi\\""'),
    ("back\\", '"back\\\\"'),
    ("two\nlines", '"two\\nlines"'),
    ("person:vladimir-putin", '"person:vladimir-putin"'),
])
def test_dot_quote_escapes_quotes_backslashes_and_newlines(value, expected):
    assert quote(value) == expected


def _read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


def test_csv_has_neo4j_admin_headers_and_one_row_per_node_and_relationship(graph, tmp_path):
    folder = tmp_path / "csv"
    summary = export_graph(graph, "csv", folder)
    assert {p.name for p in summary.files} == {f"{x}.csv" for x in (*LABELS,
                                                                   *RELATIONSHIP_TYPES)} | {
        ARGS_FILE}
    for label in LABELS:
        header, rows = _read_csv(folder / f"{label}.csv")
        assert header[:2] == [f"id:ID({label})", ":LABEL"]
        expected = [n for n, d in graph.nodes(data=True) if d["label"] == label]
        assert sorted(r[0] for r in rows) == sorted(expected)
        assert {r[1] for r in rows} == {label}
        assert all(len(r) == len(header) for r in rows)
    actor_header, actor_rows = _read_csv(folder / "Actor.csv")
    assert "aliases:string[]" in actor_header
    aliases = actor_rows[[r[0] for r in actor_rows].index("person:vladimir-putin")][
        actor_header.index("aliases:string[]")]
    assert aliases == "Putin;Vladimir Vladimirovich Putin"
    assert "confidence:double" in _read_csv(folder / "Event.csv")[0]
    endpoints = {PARTICIPATED_IN: (ACTOR, EVENT), MENTIONED_IN: (EVENT, ARTICLE),
                 REPORTED: (ACTOR, EVENT)}
    for rel_type, (start, end) in endpoints.items():
        header, rows = _read_csv(folder / f"{rel_type}.csv")
        assert header[:3] == [f":START_ID({start})", f":END_ID({end})", ":TYPE"]
        expected = [(u, v) for u, v, d in graph.edges(data=True) if d["type"] == rel_type]
        assert sorted((r[0], r[1]) for r in rows) == sorted(expected)
        assert {r[2] for r in rows} == {rel_type}
    mention_header, _ = _read_csv(folder / f"{MENTIONED_IN}.csv")
    assert {"start:long", "end:long", "evidence"} <= set(mention_header)
    args = (folder / ARGS_FILE).read_text("utf-8").split()
    assert f"--nodes={(folder / 'Actor.csv').resolve()}" in args
    assert "--multiline-fields=true" in args


@pytest.mark.neo4j
def test_csv_imports_into_neo4j_with_neo4j_admin(graph, tmp_path):
    """neo4j-admin reads every file and imports every node and relationship, into a data
    folder of its own (the local server's database is not touched)."""
    folder = tmp_path / "csv"
    export_graph(graph, "csv", folder)

    import_with_neo4j_admin(folder, graph, tmp_path)


@pytest.mark.neo4j
def test_csv_imported_with_neo4j_admin_keeps_actors_empty_alias_lists(graph, tmp_path):
    """The bulk path's round trip: a server on the imported database, opened by graphkit,
    holds every actor's aliases as the graph did, the empty lists too (a CSV field cannot
    hold an empty array: neo4j-admin stores no property for it)."""
    from graphkit.store.neo4j import Neo4jStore

    folder = tmp_path / "csv"
    export_graph(graph, "csv", folder)
    empty = {n for n, data in graph.nodes(data=True)
             if data["label"] == ACTOR and data.get("aliases") == []}
    assert empty  # (the sample has actors without aliases)
    with serve_import(folder, tmp_path) as server, Neo4jStore(
            server["uri"], server["user"], server["password"]) as store:
        back = store.to_networkx()
    actors = [n for n in graph if graph.nodes[n]["label"] == ACTOR]
    assert {n: back.nodes[n].get("aliases") for n in empty} == {n: [] for n in empty}
    # (the rest as written, but for the documented ";" inside an alias, which becomes ",")
    assert {n: back.nodes[n]["aliases"] for n in actors} == {
        n: [a.replace(";", ",") for a in graph.nodes[n]["aliases"]] for n in actors}


@pytest.mark.parametrize("fmt, rdf_format", [("ttl", "turtle"), ("jsonld", "json-ld"),
                                             ("nt", "nt")])
def test_rdf_formats_parse_with_rdflib_to_the_same_triples(graph, tmp_path, fmt, rdf_format):
    out = tmp_path / f"graph{FORMATS[fmt].suffix}"
    summary = export_graph(graph, fmt, out)
    parsed = rdflib.Graph().parse(out, format=rdf_format)
    expected = generate_rdf(graph)
    assert len(parsed) == summary.triples == len(expected)
    assert isomorphic(parsed, expected)


@pytest.fixture
def parallel_graph(graph):
    """The sample graph plus relationships parallel to existing ones (same two nodes)."""
    call = next(n for n, d in graph.nodes(data=True) if d.get("date") == "2024-01-11")
    graph.add_edge("org:kremlin", call, key="REPORTED:aa-2024-05-20", type=REPORTED,
                   article_id="aa-2024-05-20")
    graph.add_edge("person:vladimir-putin", call, key="PARTICIPATED_IN:speaker",
                   type=PARTICIPATED_IN, role="speaker")
    return graph


@pytest.mark.parametrize("fmt, read", [
    ("graphml", lambda p: nx.read_graphml(p, force_multigraph=True)),
    ("gexf", nx.read_gexf),
    ("json", lambda p: nx.node_link_graph(json.loads(p.read_text("utf-8")), edges="edges")),
])
def test_parallel_relationships_survive_the_round_trip(parallel_graph, tmp_path, fmt, read):
    out = tmp_path / f"graph{FORMATS[fmt].suffix}"
    export_graph(parallel_graph, fmt, out)
    back = read(out)
    assert back.is_multigraph()
    assert _sorted_edges(back) == _sorted_edges(parallel_graph)


def test_parallel_relationships_get_distinct_ids_in_cytoscape_and_rows_in_csv(parallel_graph,
                                                                               tmp_path):
    doc = generate_cytoscape(parallel_graph)
    ids = [e["data"]["id"] for e in doc["elements"]["edges"]]
    assert len(set(ids)) == len(ids) == parallel_graph.number_of_edges()
    summary = export_graph(parallel_graph, "csv", tmp_path / "csv")
    rows = sum(len(_read_csv(p)[1]) for p in summary.files if p.name.endswith(".csv"))
    assert rows == parallel_graph.number_of_nodes() + parallel_graph.number_of_edges()
