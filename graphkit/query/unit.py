"""How a named query is declared: its parameters, its Cypher file and its embedded twin.

Each module of :mod:`graphkit.query.named` declares its query once with :func:`named_query`
(``QUERY = named_query("contacts", PARAMS, twin)``); the stores run the resulting
:class:`~graphkit.store.base.NamedQuery` (Neo4j its ``queries/NAME.cypher``, the embedded
store its twin) without knowing which queries exist.
"""

from __future__ import annotations

from graphkit.resources import queries_dir
from graphkit.store.base import NamedQuery, Twin


def named_query(name: str, params: tuple[str, ...], twin: Twin) -> NamedQuery:
    """The query ``queries/NAME.cypher`` taking ``params``, answered by ``twin`` without Neo4j."""
    return NamedQuery(name=name, params=params, twin=twin, source=queries_dir() / f"{name}.cypher")
