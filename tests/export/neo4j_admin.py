"""Importing an exported CSV folder with the real ``neo4j-admin database import full``."""

from __future__ import annotations

import os
import re
import subprocess
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
