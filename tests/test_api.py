"""The front door: graphkit.open() and KnowledgeGraph, as the README and the docstrings show them."""

from __future__ import annotations

import doctest
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

import graphkit
from graphkit import api
from graphkit.errors import QueryError, StoreError
from graphkit.store import EmbeddedStore

ROOT = Path(__file__).resolve().parent.parent


def _readme_python_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert len(blocks) == 1, "the README's Python API section holds one python block"
    return blocks[0]


def test_readme_python_example_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    exec(compile(_readme_python_section(), "README.md", "exec"), {})  # noqa: S102 - our own README
    out = capsys.readouterr().out
    assert "last contact 2024-02-13, 265 days before" in out
    assert "['confirmed']" in out
    assert "['2025-03-03']" in out
    assert (tmp_path / "out" / "graph.graphml").is_file()


def test_api_docstring_examples_hold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples read examples/
    kg = graphkit.open(tmp_path / "shared")
    kg.ingest(["examples/"])
    try:
        results = doctest.testmod(api, extraglobs={"graphkit": graphkit, "tmp_path": tmp_path,
                                                   "kg": kg},
                                  optionflags=doctest.ELLIPSIS, raise_on_error=False)
    finally:
        kg.close()
    assert results.attempted >= 15
    assert results.failed == 0


@pytest.mark.parametrize(("target", "is_uri"), [
    ("bolt://localhost:7687", True), ("neo4j+s://x.databases.neo4j.io", True),
    ("graphkit-data", False), ("C:/data/kg", False), ("./odd name", False),
])
def test_open_tells_a_server_uri_from_a_folder(target: str, is_uri: bool) -> None:
    assert api._is_uri(target) is is_uri


def test_open_folder_gives_an_embedded_store(tmp_path: Path) -> None:
    with graphkit.open(tmp_path / "kg") as kg:
        assert isinstance(kg.store, EmbeddedStore)


@pytest.mark.parametrize("read", [
    lambda kg: kg.stats(), lambda kg: kg.timeline("Voss"), lambda kg: kg.report("Voss", "Marrow"),
    lambda kg: kg.export("graph.graphml"),
])
def test_a_read_of_a_folder_holding_no_store_is_a_store_error_and_creates_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read: Any) -> None:
    monkeypatch.chdir(tmp_path)
    with graphkit.open(tmp_path / "kg-typo") as kg, pytest.raises(
            StoreError, match="no graphkit store at .*kg-typo"):
        read(kg)
    assert list(tmp_path.iterdir()) == []


def test_a_graph_without_a_store_refuses_queries() -> None:
    kg = graphkit.KnowledgeGraph()
    with pytest.raises(StoreError, match="no store"):
        kg.stats()


def test_reindex_of_an_id_no_event_has_is_a_query_error_on_the_embedded_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    with graphkit.open(tmp_path / "kg") as kg:
        kg.ingest(["examples/2024-11-05-macron-erdogan-call.txt"], jobs=1)
        held = kg.timeline("Erdogan")[0]["event_id"]
        assert kg.reindex([held]) == 0  # (the embedded store keeps its own entries)
        with pytest.raises(QueryError, match=r"^1 of the 2 event ids given name no event: "
                                             r"'ev-typo'; nothing was reindexed"):
            kg.reindex([held, "ev-typo"])


def test_export_of_an_unknown_event_type_is_an_error_not_an_empty_file(tmp_path: Path) -> None:
    with graphkit.open(tmp_path / "kg") as kg:
        kg.store.create()
        with pytest.raises(QueryError, match="unknown event type 'CAL'"):
            kg.export(tmp_path / "graph.graphml", types="cal")
    assert not (tmp_path / "graph.graphml").exists()


@pytest.fixture
def call_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.chdir(ROOT)
    with graphkit.open(tmp_path / "kg") as kg:
        kg.ingest(["examples/2024-11-05-macron-erdogan-call.txt"], jobs=1)
        yield kg


def test_export_of_an_actor_no_actor_matches_is_an_error_not_an_empty_file(
        call_graph: Any, tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="no actor matches 'Nobody'"):
        call_graph.export(tmp_path / "graph.graphml", actor="Nobody")
    assert not (tmp_path / "graph.graphml").exists()


def test_export_of_a_country_no_actor_belongs_to_is_an_error_not_an_empty_file(
        call_graph: Any, tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="no actor of the graph belongs to 'Carvania'"):
        call_graph.export(tmp_path / "graph.graphml", country="Carvania")
    assert not (tmp_path / "graph.graphml").exists()


def test_export_takes_a_countrys_name_as_its_code(call_graph: Any, tmp_path: Path) -> None:
    by_name = call_graph.export(tmp_path / "by_name.graphml", country="Turkey")
    by_code = call_graph.export(tmp_path / "by_code.graphml", country="TUR")
    assert by_name.nodes == by_code.nodes > 0
    assert (tmp_path / "by_name.graphml").read_bytes() == (tmp_path / "by_code.graphml").read_bytes()
