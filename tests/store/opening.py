"""One store of either kind for a test parametrised over ``embedded`` and ``neo4j``: the
embedded store in a folder of the test's own, or the test server's database, emptied."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graphkit.store import EmbeddedStore, Store


def open_test_store(request: pytest.FixtureRequest, kind: str, path: Path | None = None) -> Store:
    """An empty store of ``kind``: an :class:`EmbeddedStore` at ``path``, or the Neo4j
    test server (its credentials and emptying are the session's fixtures; no path)."""
    if kind == "embedded":
        assert path is not None, "an embedded store needs its folder"
        return EmbeddedStore(path)
    from graphkit.store.neo4j import Neo4jStore

    creds: dict[str, Any] = request.getfixturevalue("neo4j_credentials")
    request.getfixturevalue("neo4j_clean")
    return Neo4jStore(creds["uri"], creds["user"], creds["password"])
