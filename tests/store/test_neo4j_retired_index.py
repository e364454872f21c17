"""An index of an earlier Neo4j schema that no read uses any more is dropped when a store
opens: every event a write merges would keep updating it (event_resolution_key, events by
family alone; the write's reads seek a family's dates by the composite indexes)."""

from __future__ import annotations

from typing import Any

import pytest
from store.samples import news

from graphkit.store.neo4j import Neo4jStore

pytestmark = pytest.mark.neo4j


def _indexes(store: Neo4jStore) -> set[str]:
    return {r["name"] for r in store.run_cypher("SHOW INDEXES YIELD name", write=True)}


def test_opening_a_store_drops_the_index_of_events_by_family_alone(
        neo4j_credentials: dict[str, str], neo4j_clean: Any) -> None:
    creds = (neo4j_credentials["uri"], neo4j_credentials["user"], neo4j_credentials["password"])
    with Neo4jStore(*creds) as old:
        old.write(news())
        old.run_cypher("CREATE INDEX event_resolution_key IF NOT EXISTS "
                       "FOR (n:Event) ON (n.resolution_key)", write=True)
        assert "event_resolution_key" in _indexes(old)
        graph = old.to_networkx()
    with Neo4jStore(*creds) as reopened:
        assert "event_resolution_key" not in _indexes(reopened)
        assert {"event_family_date", "event_interval_end"} <= _indexes(reopened)
        reopened.write(news())  # (idempotent: the same graph)
        assert (sorted(reopened.to_networkx().edges(keys=True, data=True))
                == sorted(graph.edges(keys=True, data=True)))
