"""The named queries, one module per query: its parameters, its Cypher file
(``queries/NAME.cypher``), its embedded twin and its library function, registered once here.

Each module declares ``PARAMS``, ``twin(graph, params)`` and ``QUERY = named_query(NAME,
PARAMS, twin)``; :data:`NAMED` lists them all. A store runs a query it is handed
(:meth:`graphkit.store.base.Store.run_named`), Neo4j through the Cypher file and the
embedded store through the twin; ``tests/store/test_contract.py`` holds both to the same rows.
"""

from __future__ import annotations

from typing import Any

from graphkit.errors import QueryError
from graphkit.query.named import (
    actor_network,
    claim_check,
    contacts,
    dyad_events,
    dyad_summary,
    first_contact_since,
    partner_countries,
    resumed_contacts,
    timeline,
)
from graphkit.store.base import NamedQuery, Rows, Store

NAMED: dict[str, NamedQuery] = {unit.QUERY.name: unit.QUERY for unit in (
    first_contact_since, contacts, timeline, claim_check, resumed_contacts, dyad_summary,
    actor_network, dyad_events, partner_countries)}
"""Every named query by name."""


def named(name: str) -> NamedQuery:
    """The named query ``name``.

    Raises:
        QueryError: no query has that name.
    """
    try:
        return NAMED[name]
    except KeyError:
        raise QueryError(f"no named query {name!r} (available: {', '.join(sorted(NAMED))})") from None


def named_of_text(text: str) -> NamedQuery | None:
    """The named query whose file ``queries/NAME.cypher`` is ``text`` (as shipped: only
    the whitespace around it and the line endings may differ), or None.

    Example:
        >>> named_of_text(named("contacts").cypher + "\\n").name
        'contacts'
        >>> named_of_text("MATCH (a:Actor) RETURN a") is None
        True
    """
    given = _plain(text)
    return next((query for query in NAMED.values() if _plain(query.cypher) == given), None)


def _plain(text: str) -> str:
    return "\n".join(text.strip().splitlines())


def run_named(store: Store, name: str, params: dict[str, Any]) -> Rows:
    """Run the named query ``name`` on ``store`` with raw ``params`` (ids, ISO dates).

    Raises:
        QueryError: no query has that name, a parameter is missing, or the query failed.
    """
    return store.run_named(named(name), params)
