"""Targets given by reference or by a condition: the sides a verbal act names only indirectly.

:class:`ReferredTargets` is the part of :class:`~graphkit.extract.parties.PartyFinder`
(its base class) that finds whom an act is aimed at when the sentence names no target of
its own: the actor of an event a noun refers back to ("condemned the strike", "the
measures"), the first party named in a clause the act is aimed at, the target of the last
event of its type ("similar sanctions"), the subject of a threat's condition ("unless X
..."), a country named deep in a target phrase, and whom a rejection accuses back. Like
its subclass it reads the reader's rules, lexicons and the article state through
``self``, and calls the subclass's helpers (``_actors``, ``_victims``, ``_reciprocal``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from graphkit.extract.arguments import is_possessor, mentions_at, noun_agents
from graphkit.extract.found import ArticleState
from graphkit.extract.mentions import Mention, is_foreign, unique_actors
from graphkit.extract.nlp import condition_clause
from graphkit.extract.rules import EventTypeRule
from graphkit.model import Actor


class ReferredTargets:
    """Targets an act gives only by reference (a mixin, the base of
    :class:`~graphkit.extract.parties.PartyFinder`)."""

    def _implicit_targets(self, token: Token, rule: EventTypeRule, state: ArticleState,
                          sources: set[str], own: frozenset[str] = frozenset()) -> list[Actor]:
        """Targets the text gives only by reference (:meth:`_referred_targets`), none of
        them of the countries ``own`` (``foreign_target``)."""
        found = self._referred_targets(token, rule, state, sources, own)
        return [a for a in found if is_foreign(a, own, self.non_state)]

    def _referred_targets(self, token: Token, rule: EventTypeRule, state: ArticleState,
                          sources: set[str], own: frozenset[str]) -> list[Actor]:
        """Targets the text gives only by reference:

        - an event noun as object ("slammed the arrests", "condemned the strike") stands
          for the actor of the last such event;
        - a verbal act aimed at a clause ("denounced what it called a reckless Valdorian
          raid") aims at the first actor named in it;
        - a noun trigger with no target of its own ("similar sanctions") aims where the
          last event of its type aimed.

        ``own``: countries whose parties the act cannot aim at (``foreign_target``): a
        clause naming only those is searched on.
        """
        objects = [c for c in token.children if c.dep_ in ("dobj", "ccomp", "nsubjpass")
                   or (token.pos_ == "NOUN" and c.dep_ == "acl")  # "allegations that X ..."
                   or (rule.infinitive_target and c.dep_ == "xcomp")]  # "threatened to hit X"
        for obj in objects:
            other = self.event_nouns.get(obj.lemma_.lower())
            if other and other != rule.name:
                earlier = next((f for f in reversed(state.found) if f.type == other
                                and f.modality == "asserted"
                                and f.token.lemma_.lower() == obj.lemma_.lower()), None) \
                    or state.last_of(other)
                if earlier is not None:
                    actors = [a for a, role in earlier.participants if role in ("source", "participant")]
                    return [a for a in actors if a.id not in sources]
        if rule.quad_class and rule.quad_class.startswith("verbal"):
            sources = sources | self._victims(token, rule, state)  # "condemned the attack on X"
            # what a call asks for names whom it asks as an object does ("called for the
            # release of X held in Y": Y, as "demanded the release of X held in Y")
            contents = [c for c in token.children if c.dep_ == "prep" and c.lower_ in rule.content_preps]
            for obj in objects + contents:
                for t in obj.subtree:
                    m = state.mentions.at(t.i)
                    if not rule.possessor_targets and m is not None and is_possessor(
                            t.doc[m.start:m.end]):
                        continue
                    if obj in contents and m is not None and _not_asked(t, obj, m):
                        continue
                    if m is not None and m.actors and m.via != "group" and not m.channel \
                            and not state.mentions.owns_victim_noun(m, t.doc):
                        found = [a for a in m.actors if a.id not in sources
                                 and is_foreign(a, own, self.non_state)]
                        if found:
                            return found
        if (rule.quad_class and rule.quad_class.startswith("verbal") and token.dep_ == "relcl"
                and not any(c.dep_ == "dobj" and c.lower_ not in ("that", "which")
                            for c in token.children)):
            found = self._relative_target(token, state, sources)
            if found:
                return found
        for obj in objects:
            if obj.pos_ == "NOUN" and obj.dep_ == "dobj":
                found = self._anaphoric_actors(obj, state, sources)
                if found:
                    return found
        # "provided support for the operation": the act's own actors are the target
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in rule.target_preps):
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
                found = self._anaphoric_actors(pobj, state, sources) or self._deed_doers(pobj, state, sources)
                if found:
                    return found
        if rule.condition_target:
            found = self._condition_subject(token, state, sources)
            if found:
                return found  # "warned it could act if X does not ...": aimed at X
        # a country read off a place is never the actor's own: "the group of X struck
        # shipping in the Gulf of <a city of X>" aims at no party of X
        homes = {a.country for a in state.found_sources(sources)} - {None}
        if homes and self._aims_at_neighbour(token, rule):
            # "condemned its neighbour for ...": the other country of the story
            found = [a for a in state.top_countries(token.i, 2) if a.country not in homes]
            if found:
                return found[:1]
        if rule.material:
            found = [a for a in self._deep_target(token, rule, state, sources) if a.country not in homes]
            if found:
                return found
        if rule.place_target:
            # "destroyed a tank in Ukraine's Sumy region": the country where it was hit
            for prep in (t for t in token.subtree if t.dep_ == "prep" and t.lower_ in ("in", "into")):
                for t in prep.subtree:
                    country = state.country_at(t.i)
                    if country is not None and country.id not in sources and country.country not in homes:
                        return [country]
        if self._reciprocal(token.sent):
            return []  # handled by the caller
        if token.pos_ == "NOUN" and any(c.lower_ in self.anaphoric_modifiers for c in token.children):
            earlier = state.last_of(rule.name)
            if earlier is not None:
                return [a for a, role in earlier.participants if role == "target" and a.id not in sources]
        return []

    def _deed_doers(self, noun: Token, state: ArticleState, sources: set[str]) -> list[Actor]:
        """Who a deed noun's "by" phrase names as its doer: "will respond firmly to any
        provocation by X" aims at X."""
        for by in noun_agents(noun, state.mentions.words.agent_host_preps):
            for pobj in (c for c in by.children if c.dep_ == "pobj"):
                found = [a for a in self._actors(mentions_at(pobj, state.mentions), state)
                         if a.id not in sources]
                if found:
                    return found
        return []

    def _aims_at_neighbour(self, token: Token, rule: EventTypeRule) -> bool:
        """The act's object, or the object of one of its target prepositions, is a
        neighbour noun owned by a pronoun (``neighbour_references`` of mentions.yaml: "its
        neighbour", "their neighbours"), which names no country of its own."""
        nouns = [c for c in token.children if c.dep_ == "dobj"]
        nouns += [p for c in token.children if c.dep_ == "prep" and c.lower_ in rule.target_preps
                  for p in c.children if p.dep_ == "pobj"]
        return any(n.lemma_.lower() in self.neighbour_nouns and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in n.children) for n in nouns)

    def _condition(self, verb: Token) -> Token | None:
        """The condition clause a verb's content sets on a modal consequence: "could be
        left out unless X abandons ...", "would reimpose sanctions if X does not ..."."""
        for t in verb.subtree:
            if t.dep_ != "advcl" or t.head.pos_ not in ("VERB", "AUX"):
                continue
            marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
            negated = any(c.dep_ == "neg" for c in t.children)
            persists = t.lemma_.lower() in self.modality.persisting_conditions or any(
                c.dep_ in ("prt", "advmod") and c.lower_ in self.modality.persisting_conditions
                for c in t.children)
            # (a party that is to act, active: not "until X's exports were cut")
            demanding = bool(marks & self.modality.demanding_marks) and any(
                c.dep_ == "nsubj" for c in t.children)
            if not ("unless" in marks or demanding or ("if" in marks and (negated or persists))):
                continue
            # the consequence: the clause the condition hangs from, or one above it
            for head in t.ancestors:
                if any(c.dep_ == "aux" and c.lower_ in self.modality.consequence_modals
                       for c in head.children):
                    if persists and not negated and not demanding and "unless" not in marks \
                            and head.lemma_.lower() == "be":
                        break  # "if X goes on, it would be a violation": an assessment, no act
                    return t
                if head.i == verb.i:
                    break
        return None

    def _condition_subject(self, token: Token, state: ArticleState, sources: set[str]) -> list[Actor]:
        cond = self._condition(token) or condition_clause(token)
        if cond is None:
            return []
        return _first_named(_subjects(cond), state, sources)

    def _conditional_threat(self, verb: Token, state: ArticleState, sources: set[str]
                            ) -> list[Actor] | None:
        """Whom a reported conditional consequence threatens, or None when the report
        holds no such condition."""
        if self._condition(verb) is None:
            return None
        found = self._condition_subject(verb, state, sources)
        return found or None

    def _conditional_type(self, verb: Token) -> str:
        """A threat of consequences, or a demand when they last until the other side acts."""
        cond = self._condition(verb)
        if cond is not None and any(c.dep_ == "mark" and c.lower_ in self.modality.demanding_marks
                                    for c in cond.children):
            return self.modality.demanding_type
        return self.rules.conditional_threat_type

    def _anaphoric_actors(self, noun: Token, state: ArticleState, sources: set[str]) -> list[Actor]:
        """Who did what a definite noun refers back to: "condemned the launch" after "X
        launched ..." or "X's latest launch ..." (the last verb of the noun's lemma, or
        the last such noun with a possessor), "condemned the measures" (the
        source of the last material event not by the speaker)."""
        if not any(c.dep_ == "det" and c.lower_ in self.definite_determiners for c in noun.children):
            return []
        doc = noun.doc
        lemma = noun.lemma_.lower()
        for t in reversed(doc[:noun.sent.start]):
            if t.lemma_.lower() != lemma or t.pos_ not in ("VERB", "NOUN"):
                continue
            # "X launched ..." or "X's latest launch": who did what the noun names again
            agents = [c for c in t.children if c.dep_ == ("nsubj" if t.pos_ == "VERB" else "poss")]
            found = _first_named(agents, state, sources)
            if found:
                return found
        if lemma in self.act_nouns:
            for f in reversed(state.found):
                if f.type in self.material_types and f.modality == "asserted":
                    found = [a for a, role in f.participants if role == "source" and a.id not in sources]
                    if found:
                        return found
        if lemma in self.contact_nouns:
            for f in reversed(state.found):
                if f.type in self.contact_types and f.modality == "asserted":
                    found = [a for a, _role in f.participants if a.id not in sources]
                    if found:
                        return found
                    break
        return []

    @staticmethod
    def _relative_target(token: Token, state: ArticleState, sources: set[str]) -> list[Actor]:
        """"X did Y, a move that Z denounced": the relative clause's noun, or the act it
        stands for in apposition, names the target."""
        noun = token.head
        found = _first_named([noun], state, sources)
        if found:
            return found
        while noun.dep_ in ("appos", "conj") and noun.head.i != noun.i:
            noun = noun.head
        verb = noun.head if noun.dep_ in ("dobj", "attr") else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return []
        return _first_named(_subjects(verb), state, sources)

    def _deep_target(self, token: Token, rule: EventTypeRule, state: ArticleState,
                     sources: set[str]) -> list[Actor]:
        """A target phrase that names no actor at its head but a country further in: "on
        tankers moving Iranian oil", "at the northern Israeli community of X"."""
        holders = [token]
        if token.pos_ == "NOUN" and token.head.pos_ == "VERB":
            holders.append(token.head)
        holders += [c for h in list(holders) for c in h.children if c.dep_ == "dobj"]
        preps = rule.target_preps - {"in", "for"}
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    for m in state.mentions.within(c.i, c.right_edge.i + 1):
                        found = [a for a in m.actors if a.id not in sources and a.kind == "country"]
                        if found and m.via != "pronoun":
                            return found[:1]
        return []

    def _counter_targets(self, token: Token, type_name: str, state: ArticleState,
                         sources: set[str]) -> list[Actor]:
        """Whom a rejection of an accusation accuses back: the subject of the clause that
        says so ("rejected the accusations, saying X was ..."), else the one who made the
        accusation (an event of the rejection's own type) against the speaker."""
        for t in token.subtree:
            if t.dep_ in ("ccomp",) and t.i > token.i:
                for m in state.mentions.within(t.left_edge.i, t.i + 1):
                    found = [a for a in m.actors if a.id not in sources]
                    if found and m.via != "pronoun":
                        return unique_actors(found)
        countries = {state.actor_country(a) for a in state.found_sources(sources)}
        for f in reversed(state.found):
            if f.type == type_name and f.modality == "asserted":
                targets = {a.country for a, role in f.participants if role == "target"}
                if targets & countries:
                    return [a for a, role in f.participants if role == "source" and a.id not in sources]
        return []


def _not_asked(token: Token, top: Token, mention: Mention) -> bool:
    """A party named in what a call asks for (the phrase ``top``) that is not whom it asks:
    a person ("called for the release of X": X is what is asked for), or a place set on a
    noun of the phrase (:func:`_placed`: "called for a force in X")."""
    return any(a.kind == "person" for a in mention.actors) or _placed(token, top)


def _placed(token: Token, top: Token) -> bool:
    """``token`` lies in a place phrase ("in X", "at X") set on a noun below ``top``
    ("the deployment of a force in X"), not on a verb ("citizens held in X")."""
    for t in token.ancestors:
        if t.i == top.i:
            return False
        if t.dep_ == "prep" and t.lower_ in ("in", "at") and t.head.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, active or passive."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _first_named(tokens: Iterable[Token], state: ArticleState, sources: set[str]) -> list[Actor]:
    """The actors, none of ``sources``, named at the first of ``tokens`` that names any."""
    for token in tokens:
        found = [a for m in mentions_at(token, state.mentions) for a in m.actors if a.id not in sources]
        if found:
            return unique_actors(found)
    return []
