"""`graphkit load`: the extract contract read back gives the graph ingest gives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.imports import load_events
from graphkit.store import EmbeddedStore
from graphkit.store.neo4j import Neo4jStore

FEEDS = Path(__file__).resolve().parent / "load" / "feeds"
AS_OF = "2025-07-02"


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), env={"NEO4J_URI": None, "GRAPHKIT_STORE": None},
                              catch_exceptions=False)


def graph_rows(graph: nx.MultiDiGraph) -> tuple[list[Any], list[Any]]:
    return sorted(graph.nodes(data=True)), sorted(graph.edges(keys=True, data=True))


def extract_to(path: Path, *inputs: Path) -> Path:
    result = run("extract", *map(str, inputs), "--as-of", AS_OF)
    assert result.exit_code == 0, result.output
    path.write_text(result.stdout, encoding="utf-8")
    return path


def ingested(store: Path, *inputs: Path) -> nx.MultiDiGraph:
    result = run("ingest", *map(str, inputs), "--as-of", AS_OF, "--store", str(store), "--quiet")
    assert result.exit_code == 0, result.output
    return EmbeddedStore(store).to_networkx()


def test_extract_then_load_equals_ingest_on_the_dev_corpus(shared_corpus: Path,
                                                           tmp_path: Path) -> None:
    lines = extract_to(tmp_path / "events.jsonl", shared_corpus)

    result = run("load", str(lines), "--store", str(tmp_path / "loaded"), "--quiet")

    assert result.exit_code == 0, result.output
    loaded = EmbeddedStore(tmp_path / "loaded")
    expected = ingested(tmp_path / "ingested", shared_corpus)
    assert loaded.counts() == EmbeddedStore(tmp_path / "ingested").counts()
    assert sorted(loaded.to_networkx().nodes) == sorted(expected.nodes)
    assert graph_rows(loaded.to_networkx()) == graph_rows(expected)


@pytest.mark.neo4j
def test_extract_then_load_equals_ingest_on_neo4j_with_the_dev_corpus(
        shared_corpus: Path, tmp_path: Path, neo4j_credentials: dict[str, Any],
        neo4j_driver: Any) -> None:
    lines = extract_to(tmp_path / "events.jsonl", shared_corpus)
    neo4j = ["--neo4j", neo4j_credentials["uri"], "--neo4j-user", neo4j_credentials["user"],
             "--neo4j-password", neo4j_credentials["password"]]
    graphs = []
    for command in (["load", str(lines)], ["ingest", str(shared_corpus), "--as-of", AS_OF]):
        with neo4j_driver.session() as session:
            session.run("MATCH (n) DETACH DELETE n").consume()
        result = run(*command, *neo4j, "--quiet")
        assert result.exit_code == 0, result.output
        with Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                        neo4j_credentials["password"]) as store:
            graphs.append((store.counts(), graph_rows(store.to_networkx())))

    (loaded_counts, loaded), (ingested_counts, ingested_rows) = graphs
    assert loaded_counts == ingested_counts and loaded_counts["Event"] > 0
    assert [n for n, _ in loaded[0]] == [n for n, _ in ingested_rows[0]]
    assert loaded == ingested_rows
    # and the embedded store, loading the same lines, holds the same graph
    with EmbeddedStore(tmp_path / "embedded") as embedded:
        load_events([lines], embedded)
        assert graph_rows(embedded.to_networkx()) == loaded


def test_lines_split_over_files_in_any_order_load_the_same_graph(tmp_path: Path) -> None:
    lines = extract_to(tmp_path / "all.jsonl", FEEDS).read_text(encoding="utf-8").splitlines()
    parts = tmp_path / "parts"
    parts.mkdir()
    (parts / "b.jsonl").write_text("\n".join(lines[::2]) + "\n", encoding="utf-8")
    (parts / "a.jsonl").write_text("\n".join(reversed(lines[1::2])) + "\n", encoding="utf-8")

    with EmbeddedStore(tmp_path / "loaded") as store:
        report = load_events([parts], store)
        loaded = store.to_networkx()

    assert report.ok and report.articles == 5
    assert graph_rows(loaded) == graph_rows(ingested(tmp_path / "ingested", FEEDS))


# an invented story in which nothing happens between states
QUIET_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title>
<link>https://harbour-gazette.example/</link><description>Invented news.</description>
<item><title>Harbour reopens after repairs</title>
<link>https://harbour-gazette.example/2025/03/harbour-reopens</link>
<pubDate>Wed, 12 Mar 2025 08:00:00 +0000</pubDate>
<description>The old harbour reopened on Wednesday after a winter of repairs to its quay.</description>
</item></channel></rss>
"""


def test_articles_without_events_are_lines_of_their_own(tmp_path: Path) -> None:
    quiet = tmp_path / "quiet.rss"
    quiet.write_text(QUIET_FEED, encoding="utf-8")
    records = [json.loads(line) for line in
               extract_to(tmp_path / "e.jsonl", FEEDS, quiet).read_text(encoding="utf-8").splitlines()]

    article_only = [r for r in records if "type" not in r]

    assert article_only and all(r["events"] == 0 and r["article"]["id"] for r in article_only)
    assert {r["article"]["outlet"] for r in records} == {"Harbour Gazette", "Lakeside Wire",
                                                         "Valley Courier"}


def test_bad_lines_are_reported_by_line_and_the_rest_is_loaded(tmp_path: Path) -> None:
    good = extract_to(tmp_path / "e.jsonl", FEEDS).read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join([good[0], "not json", '{"article": {"title": "no id"}}',
                              '{"article": {"id": "x"}, "type": "CALL", "actors": "Elrond"}',
                              *good[1:]]) + "\n", encoding="utf-8")

    result = run("load", str(bad), "--store", str(tmp_path / "s"))

    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert [e.split(": ")[2] for e in errors] == ["line 2", "line 3", "line 4"]
    assert EmbeddedStore(tmp_path / "s").counts()["Article"] == 5
