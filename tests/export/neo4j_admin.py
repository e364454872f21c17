"""Importing an exported CSV folder with the real ``neo4j-admin database import full``."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from graphkit.export.neo4j_csv import ARGS_FILE

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "neo4j-local"


def import_with_neo4j_admin(folder: Path, graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    """Import ``folder`` (written by the ``csv`` export of ``graph``) into a data folder of its
    own under ``tmp_path`` (the local server's database is not touched), and check that
    neo4j-admin took every node and relationship and reported no bad row."""
    home = Path(os.environ.get("GRAPHKIT_CACHE", SCRIPT.parents[1] / ".cache")) / "neo4j"
    if not SCRIPT.exists() or not (home / "lib").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail("no local Neo4j: run scripts/neo4j-local start before the tests")
        pytest.skip("no local Neo4j home: run scripts/neo4j-local start")
    config = tmp_path / "import.conf"
    config.write_text(
        f"server.directories.data={tmp_path / 'data'}\n"
        f"server.directories.logs={tmp_path / 'logs'}\n"
        f"server.directories.transaction.logs.root={tmp_path / 'data' / 'transactions'}\n",
        encoding="utf-8")
    report = tmp_path / "import.report"
    done = subprocess.run(
        [str(SCRIPT), "admin", "database", "import", "full", f"--additional-config={config}",
         f"--report-file={report}", f"@{folder / ARGS_FILE}", "neo4j"],
        capture_output=True, text=True, timeout=600, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    assert re.search(rf"\b{graph.number_of_nodes()} nodes\b", output), output[-1500:]
    assert re.search(rf"\b{graph.number_of_edges()} relationships\b", output), output[-1500:]
    assert not report.exists() or report.read_text(encoding="utf-8").strip() == ""
    assert (tmp_path / "data" / "databases" / "neo4j").is_dir()


@contextlib.contextmanager
def serve_import(folder: Path, tmp_path: Path) -> Iterator[dict[str, str]]:
    """Import ``folder`` with neo4j-admin into a Neo4j home of its own (its ``lib/`` the
    local home's jars), start a server on it on a free port and yield its credentials
    (``uri``, ``user``, ``password``); the server is stopped on leaving."""
    lib = Path(os.environ.get("GRAPHKIT_CACHE", SCRIPT.parents[1] / ".cache")) / "neo4j" / "lib"
    if not lib.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail("no local Neo4j: run scripts/neo4j-local start before the tests")
        pytest.skip("no local Neo4j home: run scripts/neo4j-local start")
    cache = tmp_path / "imported-cache"
    (cache / "neo4j").mkdir(parents=True)
    (cache / "neo4j" / "lib").symlink_to(lib.resolve())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "GRAPHKIT_CACHE": str(cache), "NEO4J_LOCAL_PORT": str(port)}

    def local(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(SCRIPT), *args], env=env, capture_output=True, text=True,
                              timeout=600, check=False, stdin=subprocess.DEVNULL)

    done = local("admin", "database", "import", "full", f"--report-file={tmp_path / 'import.report'}",
                 f"@{folder / ARGS_FILE}", "neo4j")
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    started = local("start")
    try:
        assert started.returncode == 0, started.stderr[-3000:]
        password = (cache / "neo4j" / "password").read_text(encoding="utf-8").strip()
        yield {"uri": f"bolt://127.0.0.1:{port}", "user": "neo4j", "password": password}
    finally:
        local("stop")
