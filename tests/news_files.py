"""Invented articles written to a folder, as a user's news folder for the CLI tests, the
knowledge graph they make on either store, and the CLI run with no store in the
environment."""

from __future__ import annotations

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
