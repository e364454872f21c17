"""Counted groups an agentless passive act was done to ("over 200 people were detained",
"dozens of soldiers were taken into custody"): the group is a party of its own, of the
country its words name ("two Ruritanian officials") or else of the state that acted.

A type lists the nouns of such groups as ``group_patients`` in event_types.yaml, and the
words that count them as ``group_counts``. Non-state groups that act themselves
(``group_agents``: "protesters in X stormed the consulate") are parties of their own too.
A trigger marked ``group_object`` reads such a group as an active verb's direct object
("X is holding nine foreign nationals"): named by its own words when they name no country.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphkit.extract.found import ArticleState
from graphkit.model import Actor

_RELATIVE = frozenset({"who", "that", "which", "whom"})


def group_patient(verb: Token, nouns: frozenset[str], counts: frozenset[str],
                  state: ArticleState, active: bool = False) -> tuple[Token, Actor | None] | None:
    """The group noun on ``verb``'s passive subject (``active``: its direct object, "X is
    holding nine foreign nationals"), with the country its words name (None: no country
    named); None when that word is not one of ``nouns`` counted by a number or one of
    ``counts``."""
    subjects = [c for c in verb.children if c.dep_ == ("dobj" if active else "nsubjpass")]
    if not active and verb.dep_ == "relcl" and any(s.lower_ in _RELATIVE for s in subjects):
        subjects = [verb.head]  # "two officials who were detained in X"
    for subject in subjects:
        head = subject
        if head.lower_ in counts or head.pos_ == "NUM":
            head = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), head)
        if head.lemma_.lower() not in nouns and head.lower_ not in nouns:
            continue
        if head is subject and not any(c.dep_ == "nummod" or c.lower_ in counts for c in head.children):
            continue  # "these individuals": people told of before, not a counted group
        countries = (state.country_at(t.i) for t in head.subtree)
        return head, next((c for c in countries if c is not None), None)
    return None


def state_organ_country(verb: Token, state: ArticleState) -> list[Actor]:
    """The country of a state organ the act's sentence names ("... as the Ruritanian police
    moved in"): who acted when the act names no agent nor place."""
    for t in verb.sent:
        if {t.lemma_.lower(), t.lower_} & state.mentions.words.state_nouns and t.dep_ != "nsubjpass":
            for c in t.children:
                country = state.country_at(c.i)
                if c.dep_ in ("amod", "compound", "poss") and country is not None:
                    return [country]
    return []


def group_actor(head: Token, country: Actor | None, source: Actor) -> Actor:
    """The group as an actor: named by its noun (after its country's name), of the country
    named, else of the source's."""
    code = country.country if country is not None else source.country
    owner = country.name if country is not None else (source.name if source.kind == "country" else "")
    name = f"{owner} {head.text}".strip() if country is not None else _counted_name(head, [head.text])
    # the id holds what the name holds: a group named by its number ("six people") is not
    # the group of another count ("two people") of the same state, nor merged with it
    words = head.text if country is not None else name.lower()
    return Actor(id=Actor.make_id("organisation", f"{code or ''} {words}"), name=name,
                 kind="organisation", country=code)


def worded_group(head: Token) -> Actor:
    """A counted group whose words name no country, named by those words ("nine foreign
    citizens": "foreign citizens"): held by a state, it need not be of that state."""
    words = [c.text for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    name = " ".join([*words, head.text])
    return Actor(id=Actor.make_id("organisation", name.lower()), name=name, kind="organisation")


def _counted_name(head: Token, words: list[str]) -> str:
    """A group whose words name no country, named as news names it: by its number too
    ("six people", "two foreign nationals"), as the annotators write such a group."""
    number = [c.text for c in head.children if c.dep_ == "nummod" and c.i < head.i]
    return " ".join([*number, *words])


def group_agent(verb: Token, subjects: list[Token], nouns: frozenset[str], state: ArticleState,
                place: list[Actor]) -> Actor | None:
    """A non-state group named as the active verb's own subject ("protesters in X stormed
    ...", "militants who attacked ..."): a party of its own, of the country its words name,
    else of the ``place`` the clause names, else of no known country (None: no such
    subject). A subject the verb inherits ("militants who use X to attack Y": a purpose,
    not an act) or a passive's agent (whose clause's place is the patient's) is none."""
    for subject in subjects:
        if subject.lemma_.lower() not in nouns and subject.lower_ not in nouns:
            continue
        own = (subject.dep_ == "nsubj" and subject.head.i == verb.i) or (
            verb.dep_ == "relcl" and subject.i == verb.head.i
            and any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE for c in verb.children))
        if not own:
            continue
        country = next((a for t in subject.subtree if t.i != subject.i
                        and (m := state.mentions.at(t.i)) is not None for a in m.actors[:1]
                        if a.country), None) or next(iter(place), None)
        code = country.country if country is not None else None
        return Actor(id=Actor.make_id("organisation", f"{code or ''} {subject.lower_}"),
                     name=subject.lower_, kind="organisation", country=code)
    return None
