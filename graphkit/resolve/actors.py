"""Actor ids across articles: one Actor per person, whichever article names them.

:class:`ActorResolver`, run by the pipeline on each extraction:

- a country takes its Wikidata id from the gazetteer (``schema/countries.yaml``);
- a person the gazetteer knows becomes its entry: the gazetteer's name, aliases, Wikidata id
  and latest office (one node per person, so its properties cannot depend on which
  article came last; the office at the time of an event is not an Actor property);
- another full name (two words or more) gets the id ``person:<folded key>``: accents
  dropped, each word rewritten by ``name_folds`` of ``schema/resolution.yaml``
  ("Sergey"/"Sergei", "Zelensky"/"Zelenskyy"), so spelling variants are one actor;
- a bare surname resolves through the gazetteer, or to the one full name with that
  surname in the same article; otherwise it becomes ``person:<surname>@<article id>``, an
  actor of that article alone: two different people who share a surname never merge.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from graphkit.model import Actor, Extraction, Participant, slugify
from graphkit.resolve.rules import ResolutionRules, Row, name_key

if TYPE_CHECKING:
    from graphkit.reference.entries import PersonEntry
    from graphkit.reference.gazetteer import Gazetteer


class ActorResolver:
    """Give each actor of an extraction its canonical id (see the module docstring).

    Args:
        gazetteer: the people and countries names are resolved to; default
            :meth:`graphkit.reference.gazetteer.Gazetteer.load`; None disables it.
        rules: the resolution rules; default ``schema/resolution.yaml``.

    Example:
        >>> resolver = ActorResolver()                       # doctest: +SKIP
        >>> resolver.resolve(extraction).actors[0].id        # doctest: +SKIP
        'person:vladimir-putin'
    """

    def __init__(self, gazetteer: Gazetteer | Literal["default"] | None = "default",
                 rules: ResolutionRules | None = None) -> None:
        if gazetteer == "default":
            from graphkit.reference.gazetteer import Gazetteer

            gazetteer = Gazetteer.load()
        self.gazetteer = gazetteer
        self.rules = rules or ResolutionRules.load()
        self._people: dict[str, Actor | None] = {}

    def resolve(self, extraction: Extraction) -> Extraction:
        """The extraction with every actor replaced by its canonical actor."""
        article_id = extraction.article.id
        persons = [a for a in extraction.actors if a.kind == "person"]
        full_by_surname: dict[str, set[str]] = defaultdict(set)
        canonical: dict[str, Actor] = {}
        for actor in persons:
            found = self._gazetteer_person(actor.name)
            if found is not None:
                canonical[actor.id] = found
            elif len(actor.name.split()) >= 2:
                canonical[actor.id] = self._full_name(actor)
        for found in canonical.values():
            surname = slugify(found.name).rsplit("-", 1)[-1]
            full_by_surname[name_key(surname, self.rules)].add(found.id)
        by_id = {a.id: a for a in persons}
        for actor in persons:
            if actor.id in canonical:
                continue
            owners = full_by_surname.get(name_key(actor.name, self.rules), set())
            if len(owners) == 1:
                owner = next(iter(owners))
                canonical[actor.id] = next(c for c in canonical.values() if c.id == owner)
            else:  # unresolved bare surname: an actor of this article only
                canonical[actor.id] = replace(
                    by_id[actor.id], id=f"person:{slugify(actor.name)}@{article_id}")
        for actor in extraction.actors:
            if actor.kind == "country" and actor.wikidata is None:
                wikidata = self._country_wikidata(actor.country or actor.id[len("country:"):])
                if wikidata:
                    canonical[actor.id] = replace(actor, wikidata=wikidata)
        if not canonical:
            return extraction

        def swap(actor: Actor | None) -> Actor | None:
            return canonical.get(actor.id, actor) if actor is not None else None

        events = tuple(
            replace(event,
                    participants=_unique_participants(
                        Participant(swap(p.actor), p.role) for p in event.participants),
                    reported_by=swap(event.reported_by))
            for event in extraction.events)
        return Extraction(extraction.article, events)

    def _gazetteer_person(self, name: str) -> Actor | None:
        if self.gazetteer is None:
            return None
        if name not in self._people:
            entry = self.gazetteer.person(name)
            self._people[name] = None if entry is None else _entry_actor(entry)
        return self._people[name]

    def _country_wikidata(self, code: str) -> str | None:
        entry = self.gazetteer.country_by_code(code) if self.gazetteer is not None else None
        return entry.wikidata if entry is not None else None

    def _full_name(self, actor: Actor) -> Actor:
        new_id = f"person:{name_key(actor.name, self.rules)}"
        if new_id == actor.id:
            return actor
        return replace(actor, id=new_id)


def _entry_actor(entry: PersonEntry) -> Actor:
    office = entry.office_on(None)
    return Actor(id=Actor.make_id("person", entry.name), name=entry.name, kind="person",
                 country=(office.country if office else None) or entry.country,
                 office=office.title if office else None,
                 organisation=office.organisation if office else None,
                 wikidata=entry.wikidata,
                 # a surname that is not the last word ("Xi") is an alias, so that
                 # graphkit.query.refs finds "Xi Jinping" by it
                 aliases=tuple(dict.fromkeys((*entry.aliases, *getattr(entry, "surnames", ())))))


def _unique_participants(participants: Iterable[Participant]) -> tuple[Participant, ...]:
    seen: dict[tuple[str, str], Participant] = {}
    for p in participants:
        seen.setdefault((p.actor.id, p.role), p)
    return tuple(seen.values())


def merge_actor(existing: Row | None, new: Row) -> Row:
    """The properties of one Actor node written by several articles, order-independently.

    A known value beats a missing one; two different values keep the smallest (the name
    that loses becomes an alias); aliases are the sorted union.

    Example:
        >>> merge_actor({"id": "person:x", "name": "Sergey X", "aliases": []},
        ...             {"id": "person:x", "name": "Sergei X", "office": "Mayor"})["aliases"]
        ['Sergey X']
    """
    if not existing:  # (an actor's first article: nothing to weigh it against)
        return _merged_alone(new)
    if _adds_nothing(existing, new):  # (an actor merged already, seen again as it was)
        return dict(existing)
    out: Row = {"id": new["id"]}
    names = [n for n in (existing.get("name"), new.get("name")) if n]
    for key in MERGED_FIELDS:
        values = [v for v in (existing.get(key), new.get(key)) if v is not None]
        out[key] = min(values, key=str) if values else None
    aliases = [*(existing.get("aliases") or ()), *(new.get("aliases") or ()), *names]
    out["aliases"] = sorted((a for a in dict.fromkeys(aliases) if a != out["name"]), key=str)
    return {k: v for k, v in out.items() if v is not None}


MERGED_FIELDS = ("name", "kind", "country", "office", "organisation", "wikidata")
"""The Actor properties :func:`merge_actor` keeps one value of (its ``aliases`` gather the
rest): with ``aliases``, every property it makes of the readings."""


def _adds_nothing(existing: Row, new: Row) -> bool:
    """Whether ``merge_actor(existing, new)`` equals ``existing``, keys in the same order:
    ``existing`` is as merge_actor leaves a row (its keys in its order, no None, aliases
    a sorted list of distinct names without the name) and ``new`` holds no value it
    lacks or differs on, and no alias but its own or its name."""
    if new["id"] != existing.get("id"):
        return False
    for key in MERGED_FIELDS:
        value = new.get(key)
        if value is not None and value != existing.get(key):
            return False
    aliases = existing.get("aliases")
    if type(aliases) is not list or None in existing.values() \
            or list(existing) != ["id", *(k for k in MERGED_FIELDS if k in existing), "aliases"]:
        return False
    name = existing.get("name")
    if name in aliases or len(set(aliases)) != len(aliases) \
            or aliases != sorted(aliases, key=str):
        return False
    return all(a in aliases or a == name for a in new.get("aliases") or ())


def _merged_alone(new: Row) -> Row:
    """``merge_actor(None, new)`` without the comparisons of two values (a write merges
    each of its actors' first rows so)."""
    out: Row = {"id": new["id"]}
    for key in MERGED_FIELDS:
        out[key] = new.get(key)
    aliases = new.get("aliases")
    name = out["name"]
    out["aliases"] = sorted((a for a in dict.fromkeys(aliases) if a != name), key=str) \
        if aliases else []
    return {k: v for k, v in out.items() if v is not None}
