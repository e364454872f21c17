"""The server's notices on a user's ad-hoc Cypher reach the user (stderr, one a line);
the named queries keep theirs off (see also test_neo4j_notifications.py)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from store.samples import PUTIN, TRUMP, news

from graphkit.query import named
from graphkit.store.cypher_notices import CypherNotice, notices_of

TYPO = "MATCH (a:Actr) RETURN a.name AS name"  # the label is Actor
CLEAN = "MATCH (a:Actor) RETURN a.name AS name ORDER BY name LIMIT 1"
DEPRECATED_FORM = "UNWIND [1] AS x CALL { WITH x RETURN x AS y } RETURN y"


def _status(description: str, line: int = 1, column: int = 10) -> Any:
    return SimpleNamespace(is_notification=True, gql_status="01N50", raw_severity="WARNING",
                           raw_classification="UNRECOGNIZED", status_description=description,
                           position=SimpleNamespace(line=line, column=column))


def test_a_notice_reads_as_one_line_with_code_title_and_position() -> None:
    summary = SimpleNamespace(gql_status_objects=[
        SimpleNamespace(is_notification=False, gql_status="00000"),
        _status("warn: label does not exist. The label `Actr` does not exist. Check it.")])
    [notice] = notices_of(summary)
    assert (notice.code, notice.title, notice.line, notice.column) == (
        "01N50", "label does not exist", 1, 10)
    assert notice.one_line() == ("Neo4j warning 01N50 (label does not exist) at line 1, "
                                 "column 10: The label `Actr` does not exist. Check it.")


def test_a_notice_without_prefix_or_position_still_reads() -> None:
    notice = CypherNotice("01N00", "WARNING", "DEPRECATION", "feature deprecated", "")
    assert notice.one_line() == "Neo4j warning 01N00 (feature deprecated)"
    [parsed] = notices_of(SimpleNamespace(gql_status_objects=[_status("Something odd")]))
    assert (parsed.title, parsed.description) == ("Something odd", "")


needs_neo4j = pytest.mark.neo4j


@pytest.fixture
def store(neo4j_credentials: dict[str, str], neo4j_clean: Any) -> Iterator[Any]:
    from graphkit.store.neo4j import Neo4jStore

    with Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                    neo4j_credentials["password"]) as opened:
        opened.write(news())
        yield opened


@needs_neo4j
def test_a_typoed_label_gives_a_notice_and_a_clean_query_none(store: Any) -> None:
    found: list[CypherNotice] = []
    assert store.run_cypher(TYPO, notices=found) == []
    assert [(n.code, n.line, n.column) for n in found] == [("01N50", 1, 10)]
    assert "Actr" in found[0].description
    clean: list[CypherNotice] = []
    assert store.run_cypher(CLEAN, notices=clean) and clean == []
    written: list[CypherNotice] = []
    store.run_cypher(DEPRECATED_FORM, write=True, notices=written)  # --write asks too
    assert [n.code for n in written] == ["01N00"]


@needs_neo4j
def test_without_a_list_notices_are_logged_once_by_graphkit(
        store: Any, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        store.run_cypher(TYPO)
    assert [r.name for r in caplog.records if r.levelno >= logging.INFO] == ["graphkit.cypher"]
    assert "01N50" in caplog.records[-1].getMessage()


@needs_neo4j
def test_named_queries_still_get_none_after_an_adhoc_query(store: Any) -> None:
    store.run_cypher(DEPRECATED_FORM, notices=[])
    with store._driver.session() as session:  # the store's driver, its own settings
        result = session.run(DEPRECATED_FORM)
        result.data()
        statuses = [s.gql_status for s in result.consume().gql_status_objects]
    assert "01N00" not in statuses
    query = named("first_contact_since")
    assert store.run_named(query, {"a_ids": [PUTIN.id], "b_ids": [TRUMP.id],
                                   "on": "2025-02-12"}) is not None


@needs_neo4j
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_cli_prints_notices_on_stderr_and_rows_on_stdout(
        neo4j_credentials: dict[str, str], store: Any, fmt: str) -> None:
    from click.testing import CliRunner

    from graphkit.cli import main

    env = {"NEO4J_USERNAME": neo4j_credentials["user"],
           "NEO4J_PASSWORD": neo4j_credentials["password"]}
    args = ["--neo4j", neo4j_credentials["uri"], "--format", fmt]
    typo = CliRunner().invoke(main, ["cypher", TYPO, *args], env=env)
    assert typo.exit_code == 0, typo.output
    [line] = typo.stderr.splitlines()
    assert line.startswith("Neo4j warning 01N50 (label does not exist) at line 1, column 10")
    assert "01N50" not in typo.stdout
    clean = CliRunner().invoke(main, ["cypher", CLEAN, *args], env=env)
    assert clean.exit_code == 0 and clean.stderr == ""
    if fmt == "json":
        assert json.loads(typo.stdout) == []
        assert len(json.loads(clean.stdout)) == 1


def test_the_embedded_store_has_no_cypher_and_says_so(tmp_path: Any) -> None:
    from click.testing import CliRunner

    from graphkit.cli import main

    done = CliRunner().invoke(main, ["cypher", TYPO, "--store", str(tmp_path / "kg")],
                              env={"NEO4J_URI": ""})
    assert done.exit_code != 0
    assert "ad-hoc Cypher needs Neo4j" in done.stderr and "01N50" not in done.stderr
