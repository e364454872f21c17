"""Neo4j faults and rights: a silent server, bad URIs, administration without --write, and
error messages that never echo a huge value."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from graphkit.errors import QueryError, StoreError
from graphkit.store.cypher_rights import admin_reason


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A server on 127.0.0.1 that accepts connections and never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"bolt://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    listener.close()


def test_server_that_never_answers_fails_within_five_seconds(silent_server: str) -> None:
    from graphkit.store.neo4j import Neo4jStore

    started = time.monotonic()
    with pytest.raises(StoreError, match="cannot reach Neo4j") as caught:
        Neo4jStore(silent_server, "neo4j", "x")

    assert time.monotonic() - started < 5
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("uri", ["http://localhost:7474", "https://example.invalid",
                                 "bolt://host:notaport", "bolt://host:99999", "bolt://",
                                 "localhost:7687", "neo4j://[::1"])
def test_bad_uri_is_one_clear_error(uri: str) -> None:
    from graphkit.store.neo4j import Neo4jStore

    with pytest.raises(StoreError, match="bad Neo4j URI.*bolt://HOST:PORT"):
        Neo4jStore(uri, "neo4j", "x")


@pytest.mark.parametrize("query", [
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "SHOW USERS",
    "show transactions yield transactionId",
    "CALL db.clearQueryCaches()",
    "CALL `dbms`.`killQuery`('x')",
    "CALL dbms.listConfig()",
    "USE system SHOW DATABASES",
    "CREATE USER mallory SET PASSWORD 'secret'",
    "/* hello */ GRANT ROLE admin TO mallory",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "SHOW SETTINGS",
    "SHOW USER PRIVILEGES",
    "SHOW INDEXES YIELD name TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "SHOW",
])
def test_administration_is_recognised(query: str) -> None:
    assert admin_reason(query) is not None


@pytest.mark.parametrize("query", [
    "MATCH (n:Actor) WHERE n.show = 'SHOW USERS' RETURN n.name",
    "MATCH (n) // TERMINATE\nRETURN count(n)",
    "CALL db.labels() YIELD label RETURN label",
    "MATCH (n) RETURN n.terminate AS terminate, $grant AS grant",
    "CALL { MATCH (n) RETURN n LIMIT 1 } RETURN n",
    "SHOW INDEXES",
    "show range indexes yield name, state",
    "SHOW CONSTRAINTS",
    "SHOW UNIQUE CONSTRAINTS YIELD name",
    "SHOW USER DEFINED FUNCTIONS",
    "SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'db.'",
])
def test_plain_reads_are_not_administration(query: str) -> None:
    assert admin_reason(query) is None


@pytest.mark.neo4j
class TestNeo4jRights:
    @pytest.fixture
    def store(self, neo4j_credentials: dict[str, str], neo4j_clean: Any) -> Iterator[Any]:
        from graphkit.store.neo4j import Neo4jStore

        with Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                        neo4j_credentials["password"]) as store:
            yield store

    def test_terminate_without_write_is_refused_and_the_other_write_commits(
            self, store: Any, neo4j_driver: Any) -> None:
        with neo4j_driver.session() as session:
            tx = session.begin_transaction()
            tx.run("CREATE (:Scratch {x: 1})").consume()
            [row] = store.run_cypher("SHOW TRANSACTIONS YIELD transactionId, currentQuery "
                                     "WHERE currentQuery CONTAINS 'Scratch' "
                                     "RETURN transactionId", write=True) or [None]
            assert row is not None
            with pytest.raises(QueryError, match="TERMINATE is an administration command.*write=True"):
                store.run_cypher("TERMINATE TRANSACTIONS $id", {"id": row["transactionId"]})
            tx.commit()
        assert store.run_cypher("MATCH (n:Scratch) RETURN count(n) AS n") == [{"n": 1}]
        store.run_cypher("MATCH (n:Scratch) DELETE n", write=True)

    @pytest.mark.parametrize("query", ["SHOW USERS", "SHOW TRANSACTIONS", "SHOW SETTINGS",
                                       "CALL db.clearQueryCaches()", "CALL dbms.listConfig()"])
    def test_administration_without_write_is_refused(self, store: Any, query: str) -> None:
        with pytest.raises(QueryError, match="pass write=True"):
            store.run_cypher(query)

    @pytest.mark.parametrize("query", ["SHOW INDEXES YIELD name, type",
                                       "SHOW CONSTRAINTS YIELD name, type",
                                       "SHOW PROCEDURES YIELD name"])
    def test_schema_inspection_runs_without_write(self, store: Any, query: str) -> None:
        rows = store.run_cypher(query)

        assert rows and all("name" in row for row in rows)

    def test_error_never_echoes_a_huge_value(self, store: Any) -> None:
        with pytest.raises(QueryError) as caught:
            store.run_cypher("RETURN date($d) AS d", {"d": "9" * 100_000})

        assert len(str(caught.value)) < 500


@pytest.mark.neo4j
@pytest.mark.parametrize("args", [["resumed", "--min-gap", "99999999999999999999"],
                                  ["cypher", "RETURN $x AS x", "--param", "x=99999999999999999999"]])
def test_integer_past_64_bits_is_one_clear_error(args: list[str], neo4j_credentials: dict[str, str],
                                                 neo4j_clean: Any) -> None:
    from click.testing import CliRunner

    from graphkit.cli import main

    result = CliRunner().invoke(main, [*args, "--neo4j", neo4j_credentials["uri"],
                                       "--neo4j-password", neo4j_credentials["password"]])

    assert result.exit_code == 1
    assert not isinstance(result.exception, OverflowError)
    assert "64 bits" in result.stderr
