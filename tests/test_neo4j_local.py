"""The real Neo4j server used by the suite (scripts/neo4j-local or NEO4J_URI)."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import neo4j
import pytest
from neo4j.exceptions import AuthError

pytestmark = pytest.mark.neo4j

NEO4J_LOCAL = Path(__file__).resolve().parent.parent / "scripts" / "neo4j-local"


def _is_local_server(uri: str) -> bool:
    """True when the credentials point at the server scripts/neo4j-local manages."""
    port = os.environ.get("NEO4J_LOCAL_PORT", "17687")
    return uri in (f"bolt://127.0.0.1:{port}", f"neo4j://127.0.0.1:{port}")


def test_server_answers_return_1(neo4j_driver):
    records, _, _ = neo4j_driver.execute_query("RETURN 1 AS one")
    assert records[0]["one"] == 1


def test_server_reports_a_neo4j_kernel(neo4j_driver):
    records, _, _ = neo4j_driver.execute_query(
        "CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version"
    )
    assert records[0]["name"] == "Neo4j Kernel"
    assert re.match(r"^\d+\.\d+", records[0]["version"])


def test_wrong_password_is_refused(neo4j_credentials):
    # One attempt only: Neo4j locks a user for a few seconds after repeated failures.
    auth = (neo4j_credentials["user"], neo4j_credentials["password"] + "-wrong")
    with neo4j.GraphDatabase.driver(neo4j_credentials["uri"], auth=auth) as driver, pytest.raises(AuthError):
        driver.verify_connectivity()


def test_clean_fixture_starts_empty_and_writes_work(neo4j_clean):
    records, _, _ = neo4j_clean.execute_query("MATCH (n) RETURN count(n) AS n")
    assert records[0]["n"] == 0
    neo4j_clean.execute_query(
        "CREATE (:Country {name: $a})-[:MEETS]->(:Country {name: $b})", a="France", b="Germany"
    )
    records, _, _ = neo4j_clean.execute_query(
        "MATCH (a:Country)-[:MEETS]->(b:Country) RETURN a.name AS a, b.name AS b"
    )
    assert [(r["a"], r["b"]) for r in records] == [("France", "Germany")]


def test_local_script_status_and_env(neo4j_credentials):
    if not _is_local_server(neo4j_credentials["uri"]):
        pytest.skip(f"{neo4j_credentials['uri']} is not the server scripts/neo4j-local manages")
    status = subprocess.run([str(NEO4J_LOCAL), "status"], capture_output=True, text=True, timeout=60)
    assert status.returncode == 0, status.stdout + status.stderr
    assert "running" in status.stdout

    env = subprocess.run([str(NEO4J_LOCAL), "env"], capture_output=True, text=True, timeout=60)
    assert env.returncode == 0, env.stderr
    lines = env.stdout.splitlines()
    assert lines[0] == f"export NEO4J_URI={neo4j_credentials['uri']}"
    assert lines[1] == "export NEO4J_USERNAME=neo4j"
    assert lines[2] == f"export NEO4J_PASSWORD={neo4j_credentials['password']}"
