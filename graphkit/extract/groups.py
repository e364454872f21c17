"""Armed and ruling groups the gazetteer does not know, told by their own name.

Conflict news names many groups no gazetteer lists ("the Korvel Liberation Front", "the
Mirkan Brigade", "the Salvation Council"). The tagger reads such a name as an
organisation, of no known country. When its last word is a group head word
(``armed_group_heads`` of schema/mentions.yaml: front, army, brigade, militia, junta, ...,
or a member noun of ``group_nouns``: "Dravik fighters"), the
group is given the country the corpus convention gives non-state parties, the state it
operates in, as its story tells it: a country named inside the name ("... of Guinea"),
else the one country its sentence names, else of those its sentence names the one the
article names most, else the article's most named country (a country named only as a clock's time zone, "9
a.m. <country> time", tells none); in a story that names no country it stays of unknown
country, with the same id, so every article naming it reaches one node. Such a group is a non-state
party (:func:`~graphkit.extract.mentions.is_non_state`): a side that fights or accuses
its own state is no domestic event to drop. A name whose words before the head hold a
word of a state's own units (``state_unit_words``: "the <Place> Marine Brigade", "the
Presidential Guard") or are all words of state names (``state_name_words``: "the National
Army") is that state's unit: it takes the country alone, and a contact with it stays
domestic. A generic body the gazetteer knows ("Armed Forces") is left to the bodies' pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graphkit.extract.mentions import GROUP_ID_PREFIX, ArticleMentions, Mention, MentionWords
from graphkit.model import Actor


def give_groups_their_country(doc: Doc | Span, found: ArticleMentions, words: MentionWords,
                              country_of: Callable[[str], Actor | None],
                              is_state: Callable[[str], bool], known: Callable[[Actor], bool]) -> None:
    """Give each unknown organisation named by a group head word the country of its story
    (``country_of``: a country by its name or demonym; ``is_state``: a code is a state's;
    ``known``: an actor the gazetteer gave)."""
    groups = [(mention, group) for mention in found.mentions
              if (group := _unknown_group(mention, words.group_name_ends)) is not None
              and not known(group[0])]
    if not groups:
        return
    whole = doc.doc if isinstance(doc, Span) else doc
    clocked = {id(m) for m in found.mentions if _on_clock(whole[m.start:m.end].root, words.clock_nouns)}
    weights = {a.country: w for a, w in found.country_weights(
        m for m in found.mentions if id(m) not in clocked).values() if a.country}
    for mention, (actor, own_name, place) in groups:
        sent = whole[mention.start].sent
        named = country_of(place) if place is not None else None
        here = [named.country] if named is not None and named.kind == "country" and named.country else \
            _countries(found, [m for m in found.within(sent.start, sent.end) if id(m) not in clocked],
                       mention, is_state)
        code = max(here, key=lambda c: (weights.get(c, 0.0), -here.index(c))) if here else (
            max(weights, key=lambda c: weights[c]) if weights else None)
        qualifiers = own_name.lower().split()[:-1]
        if any(w in words.state_unit_words for w in qualifiers) or all(
                w in words.state_name_words for w in qualifiers):
            if code is not None:
                mention.actors = (replace(actor, country=code),)  # a state's own unit
        else:
            # the group's id does not hang on whether this story gave it a country, so that
            # every article naming it reaches one node of the graph
            mention.actors = (replace(actor, id=GROUP_ID_PREFIX + actor.id.split(":", 1)[-1], country=code),)


def _unknown_group(mention: Mention, heads: frozenset[str]) -> tuple[Actor, str, str | None] | None:
    """The mention's one actor when it is an organisation of no known country whose name
    ends in a group head word (before an "of" phrase: "the Salvation Council of X"), with
    its name before that phrase and the phrase's last place (None without one)."""
    if len(mention.actors) != 1:
        return None
    actor = mention.actors[0]
    if actor.kind != "organisation" or actor.country is not None:
        return None
    own_name, _, rest = actor.name.partition(" of ")
    words = own_name.split()
    if len(words) < 2 or words[-1].lower() not in heads:
        return None
    return actor, own_name, rest.rsplit(" of ", 1)[-1] if rest else None


def _on_clock(root: Token, clock_nouns: frozenset[str]) -> bool:
    """A name that qualifies a clock noun ("9 a.m. <country> time"): a time zone, no setting."""
    return root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ in clock_nouns


def _countries(found: ArticleMentions, mentions: list[Mention], skip: Mention,
               is_state: Callable[[str], bool]) -> list[str]:
    """The states ``mentions`` name or belong to, in reading order (``skip`` aside, and
    other groups of no known country)."""
    out: list[str] = []
    for m in mentions:
        if m is skip:
            continue
        for a in (*m.actors, *found.story_countries(m)):
            if a.country and is_state(a.country) and a.country not in out:
                out.append(a.country)
    return out

