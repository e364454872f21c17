"""Each named query is one unit: its Cypher file, its declared parameters and its twin agree,
and both stores give the golden rows on the invented world of ``tests/query/world.py``.

The golden rows (``tests/query/golden/NAME.json``) are checked on the embedded store in every
run, so a twin that drifts from what its Cypher returns is caught even without Neo4j; the
same rows are checked on Neo4j in the Neo4j tests.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from query.world import QUESTIONS, world

from graphkit.query import NAMED, named
from graphkit.resources import queries_dir
from graphkit.store import EmbeddedStore, Store

GOLDEN = Path(__file__).resolve().parent / "golden"
CYPHER_FILES = sorted(queries_dir().glob("*.cypher"))
CASES = [(name, i) for name, questions in QUESTIONS.items() for i in range(len(questions))]


def _code(cypher: str) -> str:
    """The Cypher without its ``//`` comment lines."""
    return "\n".join(line for line in cypher.splitlines() if not line.lstrip().startswith("//"))


def _header(cypher: str) -> str:
    return "\n".join(line for line in cypher.splitlines() if line.lstrip().startswith("//"))


def test_every_cypher_file_is_one_registered_unit() -> None:
    assert sorted(path.stem for path in CYPHER_FILES) == sorted(NAMED)
    for name, query in NAMED.items():
        assert query.name == name and query.source.name == f"{name}.cypher"


@pytest.mark.parametrize("name", sorted(NAMED))
def test_cypher_parameters_are_the_declared_ones(name: str) -> None:
    query = named(name)
    used = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", _code(query.cypher)))
    assert used == set(query.params) | set(query.constants) | set(query.defaults)


@pytest.mark.parametrize("name", sorted(NAMED))
def test_cypher_header_documents_every_parameter(name: str) -> None:
    query = named(name)
    header = _header(query.cypher)
    assert [p for p in (*query.params, *query.constants, *query.defaults)
            if f"${p}" not in header] == []


@pytest.mark.parametrize("name", sorted(NAMED))
def test_shared_vocabulary_is_passed_not_spelled_in_cypher(name: str) -> None:
    code = _code(named(name).cypher)
    assert not re.search(r"'(CALL|MEET)'", code)
    assert "['asserted', 'implied_prior']" not in code


def test_a_missing_parameter_is_named_before_any_query_runs() -> None:
    from graphkit.errors import QueryError

    with pytest.raises(QueryError, match="needs parameter.*b_ids"):
        named("contacts").bind({"a_ids": [], "modalities": []})


def _golden(name: str, i: int) -> dict[str, Any]:
    return json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))[i]


def test_golden_questions_are_the_world_questions() -> None:
    for name, questions in QUESTIONS.items():
        cases = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
        assert [case["params"] for case in cases] == questions
    assert set(QUESTIONS) == set(NAMED)


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with EmbeddedStore(tmp_path_factory.mktemp("world") / "kg") as store:
        store.write(world())
        yield store


@pytest.mark.parametrize(("name", "i"), CASES)
def test_embedded_store_gives_the_golden_rows(embedded: Store, name: str, i: int) -> None:
    case = _golden(name, i)
    assert embedded.run_named(named(name), case["params"]) == case["rows"]


@pytest.fixture(scope="module")
def neo4j(neo4j_credentials: dict[str, str], neo4j_driver: Any) -> Iterator[Store]:
    from graphkit.store.neo4j import Neo4jStore

    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    with Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                    neo4j_credentials["password"]) as store:
        store.write(world())
        yield store


@pytest.mark.neo4j
@pytest.mark.parametrize(("name", "i"), CASES)
def test_neo4j_gives_the_golden_rows(neo4j: Store, name: str, i: int) -> None:
    case = _golden(name, i)
    assert neo4j.run_named(named(name), case["params"]) == case["rows"]
