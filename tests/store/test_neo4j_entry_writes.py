"""What a Neo4j write does to the query indexes' entries (graphkit.store.neo4j_index): a new
event gets them with its participants, a stored event only when the write changes what
they are made of, and an event the write did not know was stored gets them all anew."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from store.samples import event, more_news, news
from store.test_neo4j_index import chronicle, expected_entries, stored_entries

from graphkit.model import CONTACT_TYPES, Actor, Article, EventDate, Extraction
from graphkit.store import Store
from graphkit.store.neo4j_index import (
    ENTRY_FIELDS,
    MERGE_NEW_EVENTS,
    PAIR_CONTACT,
    REFRESH,
    TIMELINE_ENTRY,
)

pytestmark = pytest.mark.neo4j

MIRELDA = Actor(id="person:mirelda-osk", name="Mirelda Osk", kind="person", country="KSV")
TOVAN = Actor(id="person:tovan-reeth", name="Tovan Reeth", kind="person", country="PLD")
SELIM = Actor(id="person:selim-varr", name="Selim Varr", kind="person", country="PLD")


def _call(n: int, day: str, outlet: str = "Kesvar Herald",
          when: EventDate | None = None) -> Extraction:
    article = Article(id=f"kesvar-{n}", outlet=outlet, url=None, title=f"Wire {n}",
                      published=date(2022, 4, 9), source=f"k{n}.html",
                      text="Mirelda Osk spoke with Tovan Reeth by phone.")
    return Extraction(article, (event(article, 0, "CALL", (MIRELDA, "participant"),
                                      (TOVAN, "participant"),
                                      date_=when or EventDate(day, "day", None, "explicit")),))


@pytest.fixture(params=[2, 10_000], ids=["rounds-of-2", "one-round"])
def neo4j_store(request: Any, neo4j_credentials: dict[str, str],
                neo4j_clean: Any) -> Iterator[Store]:
    from graphkit.store.neo4j import Neo4jStore

    with Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                    neo4j_credentials["password"], batch_size=request.param) as store:
        yield store


def _mark_entries(store: Store) -> None:
    store.run_cypher(f"MATCH ()-[r:{TIMELINE_ENTRY}|{PAIR_CONTACT}]->() SET r.mark = 1",
                     write=True)


def _marked(store: Store) -> list[bool]:
    rows = store.run_cypher(f"MATCH ()-[r:{TIMELINE_ENTRY}|{PAIR_CONTACT}]->() "
                            "RETURN r.mark IS NOT NULL AS marked")
    return [r["marked"] for r in rows]


def test_a_report_that_leaves_an_events_dates_leaves_its_entries(neo4j_store: Store) -> None:
    first = _call(1, "2022-04-08")
    neo4j_store.write([first])
    _mark_entries(neo4j_store)
    # another outlet's report of the same call: the event is rewritten (two articles now),
    # its id kept (the smaller of its reports' ids)
    neo4j_store.write([_call(2, "2022-04-08", outlet="Palden Post")])
    events = neo4j_store.run_cypher("MATCH (e:Event) RETURN e.id AS id, e.n_articles AS n")
    assert [(e["id"], e["n"]) for e in events] == [(first.events[0].id, 2)]
    assert _marked(neo4j_store) == [True, True, True]
    assert stored_entries(neo4j_store) == expected_entries(neo4j_store.to_networkx())


def test_a_report_that_redates_an_event_makes_its_entries_anew(neo4j_store: Store) -> None:
    neo4j_store.write([_call(0, "", when=EventDate("2022-04", "month", None, "month"))])
    _mark_entries(neo4j_store)
    neo4j_store.write([_call(1, "2022-04-08", outlet="Palden Post")])
    assert _marked(neo4j_store) == [False, False, False]
    assert stored_entries(neo4j_store) == expected_entries(neo4j_store.to_networkx())


def test_new_events_get_the_entries_a_reindex_makes(neo4j_store: Store) -> None:
    neo4j_store.write([*news(), *chronicle(), *more_news(5)])
    written = stored_entries(neo4j_store)
    neo4j_store.reindex()
    assert written == stored_entries(neo4j_store) == expected_entries(neo4j_store.to_networkx())


def test_an_event_created_over_a_stored_one_gets_entries_of_all_its_participants(
        neo4j_store: Store) -> None:
    # an event with a participant and an entry the write does not know of (made by hand)
    neo4j_store.run_cypher(
        "CREATE (m:Actor {id: $m}), (t:Actor {id: $t}), (s:Actor {id: $s}), "
        "(e:Event {id: 'ev-1', type: 'MEET', date_start: '2022-01-02'}), "
        "(m)-[:PARTICIPATED_IN {role: 'participant'}]->(e), "
        f"(m)-[:{TIMELINE_ENTRY} {{key: 'stale'}}]->(e)",
        {"m": MIRELDA.id, "t": TOVAN.id, "s": SELIM.id}, write=True)
    props = {"id": "ev-1", "type": "MEET", "date_start": "2022-01-03", "date_end": "2022-01-03",
             "date_precision": "day"}
    neo4j_store.run_cypher(
        MERGE_NEW_EVENTS,
        {"rows": [{"props": props, "parts": [[TOVAN.id, "participant", True],
                                             [SELIM.id, "participant", True]]}],
         "contact_types": list(CONTACT_TYPES)}, write=True)
    assert stored_entries(neo4j_store) == expected_entries(neo4j_store.to_networkx())
    assert len(stored_entries(neo4j_store)) == 3 + 3  # (three actors, three pairs)


def test_entry_fields_are_every_event_property_the_entries_read() -> None:
    read = set(re.findall(r"\be\.(\w+)", REFRESH)) | set(re.findall(r"\be\.(\w+)", MERGE_NEW_EVENTS))
    assert read == set(ENTRY_FIELDS)


def test_a_new_event_whose_id_turns_out_stored_is_written_again_merged(
        neo4j_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # (as when another writer committed the event between this write's reads and its
    # APPLY: here the write takes every event it writes for new)
    import graphkit.store.neo4j_write as module
    from graphkit.store.neo4j import Neo4jStore
    from graphkit.store.neo4j_apply import APPLY_MERGING

    neo4j_store.write([_call(1, "2022-04-08")])
    taken_for_new = module._new_and_refreshed
    monkeypatch.setattr(module, "_new_and_refreshed", lambda plan, read: taken_for_new(plan, {}))
    ran: list[bool] = []
    write = Neo4jStore._write_resolved
    monkeypatch.setattr(Neo4jStore, "_write_resolved",
                        lambda self, tx, items, merging=False:
                        ran.append(merging) or write(self, tx, items, merging))
    neo4j_store.write([_call(2, "2022-04-08", outlet="Pelder Post")])  # (the same call)
    assert ran == [False, True]
    call, = neo4j_store.run_cypher("MATCH (e:Event) RETURN e.n_outlets AS n, "
                                   "COUNT { (e)<-[:PARTICIPATED_IN]-() } AS parts")
    assert call == {"n": 2, "parts": 2}
    assert stored_entries(neo4j_store) == expected_entries(neo4j_store.to_networkx())
    assert "MERGE (e:Event" in APPLY_MERGING
