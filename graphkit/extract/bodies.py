"""State bodies and officials named without their country ("the Interior Ministry said",
"Trade Minister X said"): each takes the country of the story's context, so its events
keep a participant country.

The bodies that do are listed in ``context_bodies`` of schema/mentions.yaml (names of the
gazetteer's generic bodies, organisations.yaml ``bodies``), read where the text writes them
as a name ("the Foreign Ministry"; a lower-case "the ministry" stays no mention unless its
country is written with it). A body written right after a mention of a country ("South
Korea's Foreign Ministry", which the gazetteer does not know as one name) is that
country's, one mention; one right after a name of no known country is left alone. One
named again after the article named that body with its country ("the US Treasury ..."
then "the Treasury said") is that country's. Any other takes the country the article has
named most before it, else that of the nearest official or state body named before it,
else the country the article names most. A person whose title names no country
(``portfolio_words`` of mentions.yaml may open it, an unknown name may not) takes the same
context's country at their first mention. A person named again in full without the title
that gave their country keeps that country.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from graphkit.model import Actor

if TYPE_CHECKING:  # actors.py runs this pass at the end of its own
    from graphkit.extract.mentions import ArticleMentions, Mention

_OWNER_ENTITIES = ("NORP", "GPE", "ORG", "PERSON")


def context_country(found: ArticleMentions, at: int, is_state: Callable[[str], bool],
                    state_body: Callable[[Actor], bool]) -> str | None:
    """The country of the story's context at mention ``at`` (an index of ``found.mentions``):
    the most named country before it, else the nearest earlier official's or state body's,
    else the most named in the article. ``is_state``: a code is a country's (not an
    international organisation's); ``state_body``: an organisation is a state's body."""
    before = found.mentions[:at]
    named = _most_named_country(found, before)
    if named is not None:
        return named
    for m in reversed(before):
        if m.via in ("pronoun", "group") or len(m.actors) != 1:
            continue
        a = m.actors[0]
        if a.country and is_state(a.country) and (
                (a.kind == "person" and a.office) or (a.kind == "organisation" and state_body(a))):
            return a.country
    return _most_named_country(found, found.mentions)


def _most_named_country(found: ArticleMentions, mentions: Sequence[Mention]) -> str | None:
    counts: dict[str, float] = {}
    for m in mentions:
        for a in found.story_countries(m):
            if a.country:
                counts[a.country] = counts.get(a.country, 0.0) + found.story_weight(m)
    return max(counts, key=counts.__getitem__) if counts else None  # a tie: the first named


def _owner(doc: Doc | Span, found: ArticleMentions, at: int) -> Mention | bool | None:
    """The mention of a country written right before mention ``at`` ("South Korea's");
    True when a name of no known country stands there; None when nothing owns it."""
    m = found.mentions[at]
    before = found.mentions[at - 1] if at else None
    if before is not None and before.end == m.start:
        countries = {a.country for a in before.actors}
        return before if len(countries) == 1 and None not in countries else True
    if m.start > 0:
        token = doc[m.start - 1]
        if token.ent_type_ in _OWNER_ENTITIES or token.tag_ == "POS" or token.pos_ == "PROPN":
            return True
    return None


def give_bodies_countries(doc: Doc | Span, found: ArticleMentions, bodies: frozenset[str],
                          national: Callable[[str, Actor], Actor | None],
                          is_state: Callable[[str], bool],
                          state_body: Callable[[Actor], bool]) -> None:
    """Give each body of ``bodies`` (lower-cased names) in ``found`` that has no country its
    owner's, as one mention with it, else its context's (:func:`context_country`), as that
    country's body (``national(code, body)``)."""
    owned: list[tuple[Mention, Mention, Actor]] = []
    for index, m in enumerate(found.mentions):
        if len(m.actors) != 1 or m.via in ("pronoun", "definite"):
            continue
        body = m.actors[0]
        if body.kind != "organisation" or body.country or body.name.lower() not in bodies:
            continue
        owner = _owner(doc, found, index)
        if owner is True:
            continue
        if owner is not None and owner is not False:
            code = owner.actors[0].country
        else:
            code = _named_before(found, index, body, national) or context_country(
                found, index, is_state, state_body)
        actor = national(code, body) if code else None
        if actor is None:
            continue
        if owner is not None and owner is not False:
            owned.append((owner, m, actor))
        else:
            m.actors = (actor,)
    for owner, m, actor in owned:
        found.remove_within(owner.start, m.end)
        found.add(replace(m, start=owner.start, actors=(actor,)))
    if owned:
        found.mentions.sort(key=lambda x: x.start)


def _named_before(found: ArticleMentions, at: int, body: Actor,
                  national: Callable[[str, Actor], Actor | None]) -> str | None:
    """The country of the body of this kind the article named before mention ``at`` with
    its country ("the US Treasury imposed ..." then "..., the Treasury said"): the same
    body named again, whatever countries its sentence names."""
    for m in reversed(found.mentions[:at]):
        if len(m.actors) != 1 or m.via in ("pronoun", "group", "definite"):
            continue
        a = m.actors[0]
        if a.kind == "organisation" and a.country and a.id != body.id:
            same = national(a.country, body)
            if same is not None and same.id == a.id:
                return a.country
    return None


def give_officials_countries(found: ArticleMentions, is_state: Callable[[str], bool],
                             state_body: Callable[[Actor], bool]) -> None:
    """Give each person named with a title of no country ("Trade Minister X", a mention
    marked ``titled``) the country of the story's context at their first mention
    (:func:`context_country`), in every mention of them."""
    given: dict[str, Actor] = {}
    for index, m in enumerate(found.mentions):
        if not m.titled or len(m.actors) != 1 or m.actors[0].country or m.actors[0].id in given:
            continue
        code = context_country(found, index, is_state, state_body)
        if code is not None:
            given[m.actors[0].id] = replace(m.actors[0], country=code)
    if not given:
        return
    for m in found.mentions:
        if any(a.id in given for a in m.actors):
            m.actors = tuple(given.get(a.id, a) for a in m.actors)


def give_persons_their_named_country(found: ArticleMentions) -> None:
    """Give every mention of a person the gazetteer does not know the country another
    mention of the same name gave ("Chinese Ambassador X" ... "X reiterated"): a name
    repeated in full is read afresh, without the title that gave its country."""
    countries: dict[str, str] = {}
    for m in found.mentions:
        for a in m.actors:
            if a.kind == "person" and a.country and a.id not in countries:
                countries[a.id] = a.country
    for m in found.mentions:
        if any(a.kind == "person" and not a.country and a.id in countries for a in m.actors):
            m.actors = tuple(replace(a, country=countries[a.id]) if a.kind == "person" and not a.country
                             and a.id in countries else a for a in m.actors)
