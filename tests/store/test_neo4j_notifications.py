"""No deprecation notice of the named queries reaches a user of the Neo4j store.

Some queries/*.cypher keep the importing ``CALL { WITH x ... }`` form so that 5.x servers
older than 5.23 (no ``CALL (x) { ... }``) still run them; Neo4j 5.26 reports that form as
deprecated. The store's driver asks the server for no notifications, so neither the result
summary, nor Python warnings, nor the log carry one (evidence: docs/scale.md, "Deprecation
notices of the named queries").
"""

from __future__ import annotations

import logging
import warnings
from typing import Any

import pytest
from store.samples import LAVROV, PUTIN, RUBIO, TRUMP, news

from graphkit.query import named
from graphkit.reference.ontology import quad_classes

pytestmark = pytest.mark.neo4j

# the importing form the server deprecates, as a control that it does report it
DEPRECATED_FORM = "UNWIND [1] AS x CALL { WITH x RETURN x AS y } RETURN y"

PARAMS: dict[str, dict[str, Any]] = {
    "first_contact_since": {"a_ids": [PUTIN.id], "b_ids": [TRUMP.id], "on": "2025-02-12"},
    "contacts": {"a_ids": [PUTIN.id, LAVROV.id], "b_ids": [TRUMP.id, RUBIO.id],
                 "modalities": []},
    "timeline": {"x_ids": [TRUMP.id], "date_from": None, "date_to": None, "types": []},
    "claim_check": {"article_id": "a2-2025-call", "types": ["CALL", "MEET"]},
    "resumed_contacts": {"min_gap_days": 30, "date_from": None, "date_to": None,
                         "level": "actor"},
    "dyad_summary": {"a_ids": [PUTIN.id], "b_ids": [TRUMP.id], "by": "year",
                     "modalities": [], "classes": quad_classes()},
    "actor_network": {"x_ids": [TRUMP.id], "depth": 2, "date_from": None, "date_to": None,
                      "modalities": [], "classes": quad_classes()},
    "dyad_events": {"a_ids": [PUTIN.id], "b_ids": [TRUMP.id], "modalities": []},
    "partner_countries": {"x_ids": [TRUMP.id], "date_from": None, "date_to": None,
                          "modalities": [], "classes": quad_classes()},
}


def _deprecations(driver: Any, query: str, params: dict[str, Any]) -> list[str]:
    with driver.session() as session:
        result = session.run(query, params)
        result.data()
        summary = result.consume()
    return [status.status_description for status in summary.gql_status_objects
            if status.classification.name == "DEPRECATION"]


@pytest.fixture
def store(neo4j_credentials: dict[str, str], neo4j_clean: Any) -> Any:
    from graphkit.store.neo4j import Neo4jStore

    opened = Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                        neo4j_credentials["password"])
    opened.write(news())
    yield opened
    opened.close()


def test_the_server_reports_the_deprecated_form_to_a_default_driver(neo4j_driver: Any) -> None:
    assert _deprecations(neo4j_driver, DEPRECATED_FORM, {})


def test_every_named_query_is_covered() -> None:
    from graphkit.query.named import NAMED

    assert set(PARAMS) == set(NAMED)


@pytest.mark.parametrize("name", sorted(PARAMS))
def test_no_deprecation_comes_back_to_the_store(
        store: Any, name: str, caplog: pytest.LogCaptureFixture) -> None:
    query = named(name)
    assert _deprecations(store._driver, query.cypher, query.bind(PARAMS[name])) == []
    assert _deprecations(store._driver, DEPRECATED_FORM, {}) == []
    with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.DEBUG):
        warnings.simplefilter("always")
        store.run_named(query, PARAMS[name])
    assert [str(w.message) for w in caught] == []
    assert not [r for r in caplog.records if "deprecat" in r.getMessage().lower()]
