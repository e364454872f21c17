"""A synthetic world of extractions for the scale benchmark: many events without spaCy.

Parsing a million events' worth of articles would take this machine most of a day, so
``bench/scale.py`` feeds the store what extraction would have produced: articles of an
invented world (countries ``Arnor``, ``Gondor``...; people with generated names), each with
one to four events, written as :class:`graphkit.model.Extraction` objects and then sent
through the real write path (actor resolution, then ``Store.write`` in batches).

The mix is meant to look like a year of news: about 1,000 people of 60 countries, of whom
10 leaders meet or call each other often (a quarter of all events are between two of
them, so their pairs are dense: thousands of contacts each at a million events); calls,
meetings, statements, accusations and others; day dates mostly, some months and years;
some planned or negated events and implied prior contacts ("first call since ..."); and a
third of the events reported again by another outlet a day later, so resolution merges
reports into one Event. Seeded: the same arguments always give the same extractions.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from graphkit.model import Actor, Article, Event, EventDate, Extraction, Participant

SYLLABLES = ["ar", "bel", "cor", "dan", "el", "fen", "gor", "hal", "is", "jor", "kel", "lor",
             "mor", "nal", "or", "pel", "quen", "ros", "sil", "tor", "ul", "val", "wen", "yor"]
COUNTRIES = [f"{a}{b}".capitalize() for a in SYLLABLES[:10] for b in SYLLABLES[10:16]]
TYPES = [("CALL", 30), ("MEET", 20), ("STATEMENT", 15), ("ACCUSE", 8), ("AGREE", 7),
         ("DEMAND", 6), ("AID", 5), ("THREATEN", 4), ("SANCTION", 3), ("EXPEL", 2)]
MODALITIES = [("asserted", 88), ("planned", 5), ("negated", 2), ("implied_prior", 5)]
OUTLETS = [f"{c} Wire" for c in COUNTRIES[:20]]
START = date(2016, 1, 1)
DAYS = 3650  # ten years of news


def _name(rng: random.Random) -> str:
    first = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    last = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
    return f"{first} {last}"


def actors(n_people: int = 1000, seed: int = 11) -> list[Actor]:
    """The world's people: ``n_people`` officials of the 60 countries, leaders first."""
    rng = random.Random(seed)
    people = []
    names: set[str] = set()
    while len(people) < n_people:
        name = _name(rng)
        if name in names:
            continue
        names.add(name)
        country = COUNTRIES[len(people) % len(COUNTRIES)]
        people.append(Actor(id=Actor.make_id("person", name), name=name, kind="person",
                            country=country[:3].upper() + str(len(people) % len(COUNTRIES)),
                            office="Leader" if len(people) < 10 else "Minister"))
    return people


def _weighted(rng: random.Random, table: list[tuple[str, int]]) -> str:
    return rng.choices([v for v, _ in table], [w for _, w in table])[0]


def extractions(n_events: int, seed: int = 7, n_people: int = 1000) -> Iterator[Extraction]:
    """Articles holding about ``n_events`` extracted events in all, oldest news first."""
    rng = random.Random(seed)
    people = actors(n_people)
    leaders = people[:10]
    made = 0
    i = 0
    reprints: list[tuple[Event, date]] = []
    while made < n_events:
        day = START + timedelta(days=min(DAYS - 1, made * DAYS // max(n_events, 1)))
        article = Article(id=f"gen-{seed}-{i}", title=f"Report {i}", outlet=rng.choice(OUTLETS),
                          url=f"https://example.org/gen/{seed}/{i}", published=day,
                          text=f"Report {i}.", source=f"gen#{i}")
        events = []
        if reprints and rng.random() < 0.5:  # another outlet reports an earlier event
            old, when = reprints.pop(rng.randrange(len(reprints)))
            events.append(_event(article, len(events), old.type,
                                 [p.actor for p in old.participants], old.modality,
                                 old.date if rng.random() < 0.5 else
                                 EventDate((when + timedelta(days=1)).isoformat(), "day",
                                           "on Tuesday", "weekday")))
        for _ in range(rng.randint(1, 3)):
            pair = (rng.sample(leaders, 2) if rng.random() < 0.25 else rng.sample(people, 2))
            type_ = _weighted(rng, TYPES)
            modality = _weighted(rng, MODALITIES)
            when = day - timedelta(days=rng.randrange(0, 3))
            roll = rng.random()
            if modality == "implied_prior":
                past = when - timedelta(days=rng.randrange(30, 700))
                type_ = rng.choice(["CALL", "MEET"])
                when_date = EventDate(past.strftime("%Y-%m"), "month", "since", "since")
            elif roll < 0.85:
                when_date = EventDate(when.isoformat(), "day", "on Monday", "weekday")
            elif roll < 0.95:
                when_date = EventDate(when.strftime("%Y-%m"), "month", "this month", "month")
            else:
                when_date = EventDate(when.strftime("%Y"), "year", "this year", "year")
            event = _event(article, len(events), type_, pair, modality, when_date)
            events.append(event)
            if rng.random() < 0.3 and when_date.precision == "day":
                reprints.append((event, when))
        reprints = reprints[-50:]
        made += len(events)
        i += 1
        yield Extraction(article, tuple(events))


def _event(article: Article, n: int, type_: str, pair: list[Actor], modality: str,
           when: EventDate) -> Event:
    evidence = f"{pair[0].name} and {pair[1].name}: {type_.lower()} number {n}."
    ids = [a.id for a in pair]
    return Event(id=Event.make_id(article.id, n * 100, type_, ids, modality, when.value),
                 article_id=article.id, type=type_,
                 participants=tuple(Participant(a, "participant") for a in pair),
                 evidence=evidence, span=(n * 100, n * 100 + len(evidence)), date=when,
                 modality=modality, confidence=0.8)  # type: ignore[arg-type]
