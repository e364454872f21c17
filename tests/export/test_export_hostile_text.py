"""Exports of a graph whose text holds control characters and lone surrogates: every file
still parses in its real reader, with every node and relationship."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from export_sample import sample_graph
from neo4j_admin import import_with_neo4j_admin

from graphkit.export import export_graph
from graphkit.graph import ACTOR, ARTICLE, EVENT

HOSTILE = "a\x01b\x1fc\x1ed\x1c\x85e\u2028f\ud800g\x0bh\x7fi\ufffe\r\nj\",k;l\x00m"


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


def test_csv_with_control_characters_reads_back(hostile_graph, tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    summary = export_graph(hostile_graph, "csv", folder)

    rows = 0
    for path in summary.files:
        if path.suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as handle:
                header, *body = list(csv.reader(handle, strict=True))
            assert all(len(row) == len(header) for row in body), path.name
            rows += len(body)
    assert rows == sum(_counts(hostile_graph))


@pytest.mark.neo4j
def test_csv_with_control_characters_imports_with_neo4j_admin(hostile_graph, tmp_path: Path) -> None:
    export_graph(hostile_graph, "csv", tmp_path / "csv")

    import_with_neo4j_admin(tmp_path / "csv", hostile_graph, tmp_path)


def test_html_with_control_characters_embeds_json_the_page_can_parse(hostile_graph,
                                                                      tmp_path: Path) -> None:
    out = tmp_path / "g.html"
    export_graph(hostile_graph, "html", out)
    page = out.read_text("utf-8")

    HTMLParser().feed(page)
    [block] = re.findall(r'<script type="application/json" id="graphkit-data">(.*?)</script>',
                         page, re.S)
    data = json.loads(block)  # strict, like the page's JSON.parse: no raw control characters
    assert any(a["title"].startswith("Talks ") for a in data["articles"])
