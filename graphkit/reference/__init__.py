"""graphkit's reference data: who is who, which country is which, what each event type means.

Read by extraction (to find actors), resolution (to give people their canonical entry) and
queries (to read loose names and to class event types), so it sits below all of them:

- :mod:`graphkit.reference.entries`: people and their offices, countries, organisations,
  built from ``schema/actors.yaml``, ``countries.yaml`` and ``organisations.yaml``;
- :mod:`graphkit.reference.gazetteer`: :class:`Gazetteer`, those entries indexed by every
  name they go by;
- :mod:`graphkit.reference.ontology`: each event type's PLOVER quad class
  (``schema/event_types.yaml``).
"""

from graphkit.reference.entries import CountryEntry, Office, OrganisationEntry, PersonEntry
from graphkit.reference.gazetteer import Gazetteer
from graphkit.reference.ontology import QUAD_CLASSES, quad_classes

__all__ = ["QUAD_CLASSES", "CountryEntry", "Gazetteer", "Office", "OrganisationEntry",
           "PersonEntry", "quad_classes"]
