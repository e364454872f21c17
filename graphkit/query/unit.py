"""How a named query is declared: its parameters, its Cypher file and its embedded twin.

Each module of :mod:`graphkit.query.named` declares its query once with :func:`named_query`
(``QUERY = named_query("contacts", PARAMS, twin)``); the stores run the resulting
:class:`~graphkit.store.base.NamedQuery` (Neo4j its ``queries/NAME.cypher``, the embedded
store its twin) without knowing which queries exist.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graphkit.model import ANY_CONTACT, ASSERTED, CONTACT_TYPES, HAPPENED, IMPLIED_PRIOR
from graphkit.resources import queries_dir
from graphkit.store.base import NamedQuery, Twin

CONSTANTS: dict[str, Any] = {
    "contact_types": list(CONTACT_TYPES),  # what counts as a contact: calls and meetings
    "happened": list(HAPPENED),  # the modalities of what happened (asserted or implied prior)
    "asserted": ASSERTED,  # the modality of what a text says happened
    "implied_prior": IMPLIED_PRIOR,  # the modality of a contact a later text implies
    "any_contact": ANY_CONTACT,  # the subtype of an implied contact of no kind (calls and meetings)
}
"""The shared vocabulary a query may take as parameters (``$contact_types``, ``$happened``,
``$asserted``, ``$implied_prior``, ``$any_contact``)."""


PAGE: dict[str, Any] = {"limit": None, "offset": 0}
"""The parameters of a query that returns a page of its rows: ``$offset`` rows skipped,
then at most ``$limit`` (null: all the rest), in the query's order. Left out, all rows."""


def named_query(name: str, params: tuple[str, ...], twin: Twin,
                constants: tuple[str, ...] = (),
                defaults: Mapping[str, Any] | None = None) -> NamedQuery:
    """The query ``queries/NAME.cypher`` taking ``params`` (and the named :data:`CONSTANTS`;
    ``defaults``: parameters a caller may leave out, such as :data:`PAGE`), answered by
    ``twin`` without Neo4j."""
    given: Mapping[str, Any] = {key: CONSTANTS[key] for key in constants}
    return NamedQuery(name=name, params=params, twin=twin, source=queries_dir() / f"{name}.cypher",
                      constants=given, defaults=dict(defaults or {}))
