"""Exports of a graph whose text holds control characters and lone surrogates: every file
still parses in its real reader, with every node and relationship."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from export_sample import sample_graph

from graphkit.export import export_graph
from graphkit.graph import ACTOR, ARTICLE, EVENT

HOSTILE = "a\x01b\x1fc\x1ed\x1c\x85e\u2028f\ud800g\x0bh\x7fi\ufffe"


@pytest.fixture
def hostile_graph() -> nx.MultiDiGraph:
    graph = sample_graph()
    for _, data in graph.nodes(data=True):
        if data["label"] == ARTICLE:
            data["title"] = f"Talks {HOSTILE}"
        elif data["label"] == ACTOR:
            data["name"] = f"{data['name']} {HOSTILE}"
        elif data["label"] == EVENT:
            data["evidence"] = f"{HOSTILE} evidence"
    for _, _, data in graph.edges(data=True):
        if "evidence" in data:
            data["evidence"] = HOSTILE
    return graph


def _counts(graph: nx.MultiDiGraph) -> tuple[int, int]:
    return graph.number_of_nodes(), graph.number_of_edges()


def test_graphml_with_control_characters_reads_back(hostile_graph, tmp_path: Path) -> None:
    export_graph(hostile_graph, "graphml", tmp_path / "g.graphml")

    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)

    assert _counts(back) == _counts(hostile_graph)


def test_gexf_with_control_characters_reads_back(hostile_graph, tmp_path: Path) -> None:
    export_graph(hostile_graph, "gexf", tmp_path / "g.gexf")

    back = nx.read_gexf(tmp_path / "g.gexf")

    assert _counts(back) == _counts(hostile_graph)


@pytest.mark.parametrize(("fmt", "rdf_format"), [("nt", "nt"), ("ttl", "turtle"),
                                                 ("jsonld", "json-ld")])
def test_rdf_with_control_characters_reads_back(hostile_graph, tmp_path: Path, fmt: str,
                                                rdf_format: str) -> None:
    out = tmp_path / f"g.{fmt}"
    export_graph(hostile_graph, fmt, out)

    back = rdflib.Graph().parse(out, format=rdf_format)

    titles = [str(o) for o in back.objects() if str(o).startswith("Talks ")]
    assert titles and all("b" in t and "\ud800" not in t for t in titles)
    if fmt == "nt":
        lines = out.read_text("utf-8").split("\n")
        assert len([line for line in lines if line.strip()]) == len(back)


@pytest.mark.parametrize("fmt", ["json", "cytoscape"])
def test_json_formats_with_control_characters_read_back(hostile_graph, tmp_path: Path,
                                                        fmt: str) -> None:
    out = tmp_path / f"g.{fmt}"
    export_graph(hostile_graph, fmt, out)

    data = json.loads(out.read_text("utf-8"))

    assert data


def test_dot_with_control_characters_parses_with_graphviz(hostile_graph, tmp_path: Path) -> None:
    dot = shutil.which("dot")
    if dot is None:
        pytest.skip("graphviz is not installed")
    export_graph(hostile_graph, "dot", tmp_path / "g.dot")

    done = subprocess.run([dot, "-Tplain", str(tmp_path / "g.dot")], capture_output=True,
                          timeout=60)

    assert done.returncode == 0, done.stderr
