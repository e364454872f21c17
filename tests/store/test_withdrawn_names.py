"""A withdrawn reading's names taken back: an actor that an article forgotten or read
again named otherwise (a misspelt name, a wrong office, an alias) looks as if that
reading had never been written, on both stores; names no article gave (a store written
before articles recorded them) stay.

Invented news: Dastova's Foreign Minister Ilse Marrow meets Carvania's President Arlen
Voss (``meeting``); a mistaken story (``mistake``) calls her "Ilse Marrów", the "Iron
Envoy" and Defence Minister of Carvania; its correction (``corrected``, same article)
names her right.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from store.opening import open_test_store
from store.samples import event

from graphkit.api import KnowledgeGraph
from graphkit.errors import QueryError
from graphkit.export.dump import generate_dump
from graphkit.graph import ACTOR_ROWS
from graphkit.model import Actor, Article, EventDate, Extraction
from graphkit.store import EmbeddedStore, Store

STORES = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]

MARROW = Actor(id="person:ilse-marrow", name="Ilse Marrow", kind="person", country="DST",
               office="Foreign Minister")
MISTAKEN = Actor(id="person:ilse-marrow", name="Ilse Marrów", kind="person", country="CRV",
                 office="Defence Minister", aliases=("Iron Envoy",))
VOSS = Actor(id="person:arlen-voss", name="Arlen Voss", kind="person", country="CRV",
             office="President", aliases=("Voss",))
BRENN = Actor(id="person:tomas-brenn", name="Tomas Brenn", kind="person", country="DST",
              office="Envoy")
TUESDAY = EventDate("2031-05-06", "day", "on Tuesday", "weekday")


def _article(name: str, text: str, day: int) -> Article:
    return Article(id=f"{name}-id", outlet="Harbour Wire", url=f"https://example.org/{name}",
                   title=name, published=date(2031, 5, day), source=f"{name}.txt", text=text)


def meeting(marrow: Actor = MARROW, name: str = "meeting") -> Extraction:
    article = _article(name, "Voss met Marrow in Belkora on Tuesday.", 7)
    return Extraction(article, (event(article, 0, "MEET", (VOSS, "participant"),
                                      (marrow, "participant"), date_=TUESDAY),))


def mistake(marrow: Actor = MISTAKEN, text: str = "Voss called Marrow on Tuesday.") -> Extraction:
    article = _article("mistake", text, 8)
    return Extraction(article, (event(article, 0, "CALL", (VOSS, "source"),
                                      (marrow, "target"), date_=TUESDAY),))


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    opened = open_test_store(request, request.param, tmp_path / "kg")
    yield opened
    opened.close()


def never_read(tmp_path: Path, extractions: list[Extraction]) -> list[Any]:
    """The dump of a store that read only ``extractions`` (an embedded one: both stores
    give the same dump)."""
    with EmbeddedStore(tmp_path / "never") as never:
        never.write(extractions)
        return dump(never)


def marrow(store: Store) -> dict[str, Any]:
    return next(a for a in store.actors() if a["id"] == MARROW.id)


def dump(store: Store) -> list[Any]:
    return list(generate_dump(store.to_networkx()))


def test_a_forgotten_articles_alias_no_longer_finds_the_actor(store) -> None:
    store.write([meeting(), mistake()])
    assert KnowledgeGraph(store).timeline("Iron Envoy")
    store.forget(["mistake-id"])
    assert "Iron Envoy" not in marrow(store)["aliases"]
    assert store.find_actors(names=["iron envoy"]) == []
    with pytest.raises(QueryError):
        KnowledgeGraph(store).timeline("Iron Envoy")


def test_a_forgotten_articles_name_office_and_country_go_back_to_the_others(store) -> None:
    store.write([meeting(), mistake()])
    assert (marrow(store)["country"], marrow(store)["office"]) == ("CRV", "Defence Minister")
    store.forget(["mistake-id"])
    assert marrow(store) == {"id": MARROW.id, "name": "Ilse Marrow", "kind": "person",
                             "country": "DST", "office": "Foreign Minister", "aliases": []}


def test_read_then_forgotten_is_the_graph_of_never_having_read_it(store, tmp_path) -> None:
    store.write([meeting(), mistake()])
    store.forget(["mistake-id"])
    assert dump(store) == never_read(tmp_path, [meeting()])


def test_a_corrected_name_takes_the_misspelt_one_back(store, tmp_path) -> None:
    corrected = mistake(MARROW, "Voss called Marrow on Tuesday, officials said.")
    store.write([meeting(), mistake()])
    store.write([corrected])
    assert "Ilse Marrów" not in marrow(store)["aliases"]
    assert dump(store) == never_read(tmp_path, [meeting(), corrected])


def test_a_name_another_article_still_gives_stays(store) -> None:
    envoy = replace(MARROW, aliases=("Iron Envoy",))
    store.write([meeting(envoy, "other"), meeting(), mistake()])
    store.forget(["mistake-id"])
    assert marrow(store)["aliases"] == ["Iron Envoy"]  # (not the misspelt name)
    assert marrow(store)["office"] == "Foreign Minister"


def _stored_record(store: Store, article_id: str) -> Any:
    """The record as the store holds it, read past the graph's reads."""
    if isinstance(store, EmbeddedStore):
        (text,) = store.conn.execute("SELECT props FROM node WHERE id = ?",
                                     (article_id,)).fetchone()
        return json.loads(text).get(ACTOR_ROWS)
    [row] = store.run_cypher("MATCH (a:Article {id: $id}) RETURN a.actor_rows AS r",
                             {"id": article_id})
    return row["r"]


def test_the_record_of_what_an_article_gave_is_not_part_of_the_graph(store) -> None:
    store.write([meeting()])
    assert any(e.startswith(f"{MARROW.id}\t") for e in _stored_record(store, "meeting-id"))
    assert all(ACTOR_ROWS not in attrs for _, attrs in store.to_networkx().nodes(data=True))
    [article] = store.articles_named(["https://example.org/meeting"])
    assert ACTOR_ROWS not in article


def test_the_record_is_not_handed_to_the_named_queries(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "kg")
    store.write([meeting()])
    assert _stored_record(store, "meeting-id")
    view = store.view()
    assert ACTOR_ROWS not in view.node("meeting-id")
    assert ACTOR_ROWS not in view.nodes(["meeting-id"])["meeting-id"]
    assert all(ACTOR_ROWS not in attrs for _, attrs in view.whole().nodes(data=True))
    assert all(ACTOR_ROWS not in attrs
               for _, attrs in view.of_article("meeting-id").nodes(data=True))
    store.close()


def brenn_meeting(brenn: Actor = BRENN, name: str = "brenn") -> Extraction:
    article = _article(name, "Brenn met Voss in Belkora on Tuesday.", 9)
    return Extraction(article, (event(article, 0, "MEET", (VOSS, "participant"),
                                      (brenn, "participant"), date_=TUESDAY),))


# (beside the article written before records, one written with its record: Tomas Brenn's
# "Grey Clerk", which only it gives, is taken back as the other's names are not)
BEFORE_RECORDS = [meeting(), mistake(), brenn_meeting(),
                  brenn_meeting(replace(BRENN, aliases=("Grey Clerk",)), "slip")]


def brenn(store: Store) -> dict[str, Any]:
    return next(a for a in store.actors() if a["id"] == BRENN.id)


def test_names_of_an_article_written_before_records_are_permanent(tmp_path) -> None:
    store = EmbeddedStore(tmp_path / "kg")
    store.write(BEFORE_RECORDS)
    with store.conn:  # (as a store written before this version holds it)
        store.conn.execute("UPDATE node SET props = json_remove(props, '$.actor_rows') "
                           "WHERE id = 'mistake-id'")
    assert "Grey Clerk" in brenn(store)["aliases"]
    store.forget(["mistake-id", "slip-id"])
    assert "Iron Envoy" in marrow(store)["aliases"]
    assert "Grey Clerk" not in brenn(store)["aliases"]
    store.close()


@pytest.mark.neo4j
def test_names_of_an_article_written_before_records_are_permanent_on_neo4j(request) -> None:
    store = open_test_store(request, "neo4j")
    store.write(BEFORE_RECORDS)
    store.run_cypher("MATCH (a:Article {id: 'mistake-id'}) REMOVE a.actor_rows", write=True)
    assert "Grey Clerk" in brenn(store)["aliases"]
    store.forget(["mistake-id", "slip-id"])
    assert "Iron Envoy" in marrow(store)["aliases"]
    assert "Grey Clerk" not in brenn(store)["aliases"]
    store.close()


def _world(seed: int, n: int = 40) -> list[Extraction]:
    """``n`` articles in which two of five invented people meet, each article naming
    them its own way (a spelling, an office, a country, an alias of its own or not)."""
    rng = random.Random(seed)
    people = ["Arlen Voss", "Ilse Marrow", "Tomas Brenn", "Odile Sarrat", "Kemal Dursa"]
    offices = [None, "President", "Foreign Minister", "Envoy"]
    out = []
    for i in range(n):
        article = _article(f"w{i}", f"The two met in Belkora on day {i}.", 1 + i % 28)
        pair = rng.sample(people, 2)
        actors = [Actor(id=f"person:{name.lower().replace(' ', '-')}",
                        name=rng.choice([name, name.replace("o", "ó", 1)]), kind="person",
                        country=rng.choice([None, "CRV", "DST"]), office=rng.choice(offices),
                        aliases=tuple(rng.sample([f"alias {i}", name.split()[1], "the Envoy"],
                                                 rng.randint(0, 2))))
                  for name in pair]
        out.append(Extraction(article, (event(
            article, 0, "MEET", *((a, "participant") for a in actors),
            date_=EventDate(f"2031-05-{1 + i % 28:02d}", "day", "on day", "explicit")),)))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_forgetting_a_third_of_a_world_leaves_the_actors_of_never_having_read_it(
        store, tmp_path, seed) -> None:
    world = _world(seed)
    gone = {x.article.id for x in random.Random(seed).sample(world, len(world) // 3)}
    store.write(world[:20])
    store.write(world[20:])
    store.forget(sorted(gone))
    assert dump(store) == never_read(tmp_path, [x for x in world if x.article.id not in gone])


@pytest.mark.parametrize("seed", [4, 5])
def test_reading_a_third_of_a_world_again_otherwise_leaves_the_actors_of_the_latest(
        store, tmp_path, seed) -> None:
    world = _world(seed)
    other = _world(seed + 100)
    again = [Extraction(x.article, tuple(replace(e, participants=tuple(
        replace(p, actor=replace(q.actor, id=p.actor.id)) for p, q in
        zip(e.participants, y.events[0].participants, strict=True)))
        for e in x.events)) for x, y in zip(world, other, strict=True)][::3]
    store.write(world)
    store.write(again)
    latest = {x.article.id: x for x in [*world, *again]}
    assert dump(store) == never_read(tmp_path, list(latest.values()))
