"""Invented articles written to a folder, as a user's news folder for the CLI tests, the
knowledge graph they make on either store, and the CLI run with no store in the
environment."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from store.opening import open_test_store

from graphkit.api import KnowledgeGraph
from graphkit.cli import main

#: The stores a ``kg`` fixture runs on (Neo4j marked, so a run without a server says so).
STORES = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


def write_news(folder: Path, articles: Mapping[str, str]) -> Path:
    """Write each ``{file name: text}`` of ``articles`` into ``folder`` (made here) and
    return the folder."""
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def write_gold_story(folder: Path, name: str, text: str, events: list[dict]) -> None:
    """Write one invented story (``name.txt``, published 2025-03-14) and its gold events
    (``name.gold.json``, the corpus format) into ``folder``, for training tests."""
    (folder / f"{name}.txt").write_text(f"PUBLISHED: 2025-03-14\nTITLE: {name}\n\n{text}\n", encoding="utf-8")
    gold = {"file": f"{name}.txt", "as_of": "2025-03-14",
            "articles": [{"title": name, "published": "2025-03-14", "events": events}]}
    (folder / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def ingested(request: pytest.FixtureRequest, folder: Path, news: Path) -> Iterator[KnowledgeGraph]:
    """A knowledge graph on the store ``request.param`` names, in ``folder``, holding
    ``news``; closed after the test."""
    graph = KnowledgeGraph(open_test_store(request, request.param, folder))
    graph.ingest([str(news)])
    yield graph
    graph.close()


def run_cli(*args: str) -> Result:
    """``graphkit ARGS`` with no store or server taken from the environment."""
    env = {"NEO4J_URI": None, "GRAPHKIT_STORE": None}
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
