"""Questions to the graph: when did two actors last talk, what did an actor do and when.

Each function resolves loose actor names with :func:`graphkit.query.refs.resolve_ref`,
then runs a named query (``queries/NAME.cypher`` on Neo4j, its Python twin on the embedded
store), so both stores answer alike. Each named query is one module of
:mod:`graphkit.query.named`.

Example::

    from graphkit.store import open_store
    from graphkit.query import first_contact_since, contacts, timeline

    with open_store() as store:
        last = first_contact_since(store, "Putin", "Trump", "2025-02-12")
        if last:
            print(f"last contact {last.date} ({last.gap_days} days before)")
        for row in timeline(store, "Russia", date_from="2025-01-01", types=["CALL"]):
            print(row["date"], row["type"], row["evidence"])
"""

from graphkit.query.named import NAMED, named, run_named
from graphkit.query.named.actor_network import MAX_DEPTH, actor_network
from graphkit.query.named.claim_check import claim_check
from graphkit.query.named.contacts import contacts
from graphkit.query.named.dyad_events import dyad_events
from graphkit.query.named.dyad_summary import PERIODS, dyad_summary
from graphkit.query.named.first_contact_since import FirstContact, first_contact_since
from graphkit.query.named.partner_countries import partner_countries
from graphkit.query.named.resumed_contacts import LEVELS, resumed_contacts
from graphkit.query.named.timeline import timeline
from graphkit.query.refs import ActorRef, call_with_dyad, call_with_refs, resolve_ref, resolve_refs

__all__ = ["LEVELS", "MAX_DEPTH", "NAMED", "PERIODS", "ActorRef", "FirstContact", "actor_network",
           "call_with_dyad", "call_with_refs", "claim_check", "contacts", "dyad_events", "dyad_summary",
           "first_contact_since", "named", "partner_countries", "resolve_ref", "resolve_refs",
           "resumed_contacts", "run_named", "timeline"]
