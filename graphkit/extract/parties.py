"""Who else takes part: the targets and sources a sentence leaves to its context.

:class:`PartyFinder` is the part of :class:`~graphkit.extract.article_reader.ArticleReader`
that fills an event's sides beyond its trigger's own arguments: the agents of the act a
noun names, targets given by reference ("the move", "similar sanctions"), the other side
of the sentence before, the place's country, the addressee of a linked report, the
subject of a threat's condition, the expeller an expulsion answers, and the roles the
rule gives the sides found.

Targets given only by reference or by a condition (an event noun referred back to, "similar
sanctions", "unless X ...", whom a rejection accuses back) are its base class's,
:class:`~graphkit.extract.referred_targets.ReferredTargets`; the event a trigger hit
makes, which asks both, lives in :mod:`graphkit.extract.trigger_events`.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graphkit.extract.arguments import mentions_at, noun_agents
from graphkit.extract.found import ArticleState, Found
from graphkit.extract.mentions import (
    Mention,
    is_foreign,
    state_actor,
    unique_actors,
)
from graphkit.extract.referred_targets import ReferredTargets
from graphkit.extract.rules import EventTypeRule
from graphkit.model import Actor

# what is not part of a clause's own setting: its subject and the clauses joined to it
_OTHER_PARTS = frozenset({"nsubj", "nsubjpass", "conj", "cc", "ccomp", "parataxis", "relcl"})


class PartyFinder(ReferredTargets):
    """Finds an event's parties from context (a mixin of
    :class:`~graphkit.extract.extractor.ArticleReader`: it reads the reader's rules,
    lexicons and the article state)."""

    def _event_agents(self, token: Token, rule: EventTypeRule, state: ArticleState,
                      sources: set[str]) -> list[Actor]:
        """Who did the material act a verbal act is aimed at (``event_agent_target``):
        "condemned the arrest of X by Y", "concern over Y's strikes on X", "concern over the
        arrest of X in Y" (an authority act: the country where it happened) aim at Y."""
        for noun, kind in self._act_nouns(token, rule):
            found = [m for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                     for m in mentions_at(c, state.mentions, deep=False)]
            found += _agents(noun, state)
            actors = [a for a in self._actors(found, state) if a.id not in sources]
            if not actors and self.rules.types[kind].authority_source:
                # "the arrest of X in Y": where the act (or whom it was done to) was
                actors = [a for t in noun.subtree if t.dep_ == "prep" or t.i == noun.i
                          for a in self._place_country(t.head if t.dep_ == "prep" else t, state)
                          if a.id not in sources][:1]
            if actors:
                return actors
        # any other deed aimed at, told with its doer after "by" ("protested against
        # intrusions by X"): the doer is whom the act blames, whatever the deed's word
        for noun in self._aimed_nouns(token, rule):
            found = _agents(noun, state)
            actors = [a for a in self._actors(found, state) if a.id not in sources]
            if actors:
                return actors
        return []

    def _aimed_nouns(self, token: Token, rule: EventTypeRule) -> list[Token]:
        """The nouns a verbal act is aimed at: its direct objects and its targets' nouns."""
        holders = [token, token.head] if token.pos_ == "NOUN" and token.head.pos_ == "VERB" else [token]
        nouns = [c for c in token.children if c.dep_ == "dobj"]
        nouns += [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in rule.target_preps
                  for p in c.children if p.dep_ == "pobj"]
        return nouns

    def _act_nouns(self, token: Token, rule: EventTypeRule) -> list[tuple[Token, str]]:
        """The nouns of material acts a verbal act is aimed at, with their types."""
        return [(n, kind) for n in self._aimed_nouns(token, rule)
                if (kind := self.event_nouns.get(n.lemma_.lower())) in self.material_types]

    def _victims(self, token: Token, rule: EventTypeRule, state: ArticleState) -> set[str]:
        """Whom the material acts a verbal act is aimed at were done to ("the attack on X",
        "the arrest of X"), when those acts name no agent (``event_agent_target``): the act
        does not blame them."""
        if not rule.event_agent_target:
            return set()
        victims: set[str] = set()
        for noun, _ in self._act_nouns(token, rule):
            hosts = state.mentions.words.agent_host_preps
            doers = {t.i for by in noun_agents(noun, hosts) for t in by.subtree}
            victims |= {a.id for c in noun.children if c.dep_ == "prep" and c.lower_ not in ("by", "from")
                        for t in c.subtree if t.i not in doers
                        if (m := state.mentions.at(t.i)) is not None for a in m.actors}
        return victims

    def _foreign_retarget(self, f: Found, state: ArticleState) -> Found:
        """A directed act whose targets are all of its sources' one country (it would be
        domestic) aims at the country the story has named most so far besides that one
        (``foreign_retarget``): "X's officials raised concerns over the treatment of X's
        citizen", after Y held him, is aimed at Y; so is an act told with its source alone
        (``story_target``: "X vowed to respond"), when an earlier event of the story joined
        the two (always, for ``story_target_unjoined``: "X sent aid" after floods in Y).
        Unchanged when the story has no such country, or the sentence names another (a
        party the act was not read as aimed at: "in a call with Y's minister, X raised
        concerns over ..." is the call's content). An act told with its sources alone
        that needs no earlier event (``story_target_unjoined``) may have several sources
        ("X and Z sent aid"). An act of international bodies alone so told ("the World Bank
        released $5 million in aid", after floods in Y) aims at the country the story has
        named most so far: the bodies' own codes are no country to leave out."""
        sources = [a for a, role in f.participants if role == "source"]
        own = {a.country for a in sources}
        unjoined = f.rule.story_target_unjoined and len(sources) == len(f.participants)
        if unjoined and all(self.actors.is_international(a) for a in sources):
            left_out: set[str | None] = set()
        else:
            several = unjoined and len(own) > 1 and None not in own
            if (len(own) != 1 and not several) or None in own or (
                    len(sources) == len(f.participants) and not f.rule.story_target):
                return f
            left_out = own
        sides = [{a.country for a, _ in e.participants} for e in state.found if e.modality == "asserted"]
        story = [a for a in state.top_countries(f.token.i, len(left_out) + 1) if a.country not in left_out
                 and (len(sources) < len(f.participants) or f.rule.story_target_unjoined
                      or any(own <= side and a.country in side for side in sides))]
        if not story or _names_another(f, state, own):
            return f
        return replace(f, participants=[*((a, "source") for a in sources), (story[0], "target")])

    def _foreign_counterpart(self, f: Found, state: ArticleState) -> Found:
        """A contact whose parties are all of one country (it would be domestic) takes the
        party of another country named nearest its trigger in the sentence in place of its
        states and bodies ("received his counterpart Y in X's capital, where both will hold
        a meeting"). Unchanged when the sentence names none."""
        own = {a.country for a, _ in f.participants} - {None}
        taken = {a.id for a, _ in f.participants}
        for m in nearest_first(f, state):
            found = [a for a in m.actors if a.country and a.country not in own and a.id not in taken]
            if found:
                kept = [(a, r) for a, r in f.participants if a.kind == "person"] or f.participants[:1]
                return replace(f, participants=[*kept, (found[0], "participant")])
        return f

    def _story_pair_source(self, subject_tokens: list[Token], objects: list[Actor], token: Token,
                           state: ArticleState) -> list[Actor]:
        """The doer of a measure (``story_pair_source``) whose subject word names no actor (a pronoun,
        a state noun, a body the mention finder does not know; not kin: "X's family") when
        its target is of one side of the story's pair (the two countries the article has
        named most before the act, else in all): the other side, when it is named in the
        act's sentence or the one before ("A and B ... . The authorities expelled B's
        envoys": A expelled them). A weaker reading: the event's confidence is lowered as
        for a venue read as a party."""
        words = state.mentions.words
        if not subject_tokens or any({t.lower_, t.lemma_.lower()} & words.kin_nouns for t in subject_tokens):
            return []
        targets = {a.country for a in objects}
        pair = state.top_countries(token.i, 2) or state.top_countries(None, 2)
        if len(targets) != 1 or None in targets or targets - {a.country for a in pair}:
            return []
        sent = token.sent
        start = sent.doc[sent.start - 1].sent.start if sent.start else sent.start
        near = {a.country for m in state.mentions.within(start, sent.end) for a in m.actors}
        return [a for a in pair if a.country not in targets and a.country in near]

    def _recent_speaker(self, subject_tokens: list[Token], state: ArticleState) -> list[Actor]:
        """Who a subject word of one who speaks for a side (``speaker_nouns``: "the
        spokesperson", "the official") stands for when it names no actor: the reporter of
        the last report of the ``speaker_reference_sentences`` sentences before ("A Peruvian
        ministry spokesperson said ... . The spokesperson urged X to ...": Peru's). None
        when no such report is that near."""
        if not unnamed_speaker(subject_tokens, state):
            return []
        last = state.last_speaker
        if last is None or state.sentence - last[0] > self.actors.speaker_window:
            return []
        return list(last[1])

    def _previous_counterparts(self, sent: Span, state: ArticleState, sources: list[Actor],
                               own: frozenset[str]) -> list[Actor]:
        """The other side of the events of the sentence just before that involved the
        sources' side (``previous_counterpart``): "X expelled Y's envoy. Y vowed to respond"."""
        before = [f for f in state.found if f.sent.end == sent.start and f.modality == "asserted"]
        ids = {a.id for a in sources}
        sides = {state.actor_country(a) for a in sources} - {None}
        for f in before:
            actors = [a for a, _role in f.participants]
            if not any(a.id in ids or state.actor_country(a) in sides for a in actors):
                continue
            found = [a for a in actors if a.id not in ids and state.actor_country(a) not in sides
                     and is_foreign(a, own, self.non_state)]
            if found:
                return found
        return []

    def _fighting_sides(self, sent: Span, state: ArticleState, sources: set[str]) -> list[Actor]:
        """The sides of the last act of force told in ``sent`` or the sentence before, of
        two countries or more and none of the sources' ("X and Y troops clashed. Z called
        for restraint": X and Y), or none."""
        fight = state.last_fight(sent, sources)
        return unique_actors([a for a, _ in fight.participants]) if fight else []

    @staticmethod
    def _holders_asked(token: Token, rule: EventTypeRule, state: ArticleState,
                       sources: list[Actor]) -> list[Actor]:
        """Whom a call for a release that names no addressee asks (``release_calls``): the
        doers of the last asserted act of type ``release_act`` the story told so far ("X
        detained Y's national. Y called for his release": X), unless they are the caller's
        own side (then none: the story does not say who else holds him). ``token`` is the
        call ("called for his release") or the release asked for itself (a detector's anchor).
        Only a release of people naming no other party asks ("the release of the frozen
        funds", "of political prisoners in Z" do not), and only a detention told at most
        ``release_within`` sentences before or done to the caller's side."""
        release = _release_asked(token, rule.release_calls) or released_clause(token, rule.release_verbs)
        if not rule.release_act or release is None:
            return []
        named = _released_people(release, rule, state)
        if named is None:
            return []
        ids = {a.id for a in sources}
        sides = {state.actor_country(a) for a in sources} - {None}
        for f in reversed(state.found):
            if f.type != rule.release_act or f.modality != "asserted":
                continue
            doers = [a for a, role in f.participants if role == "source"]
            if not doers or any(a.id in ids or state.actor_country(a) in sides for a in doers):
                return []
            parties = {state.actor_country(a) for a, _ in f.participants} | sides
            targets = {state.actor_country(a) for a, role in f.participants if role == "target"}
            far = sum(1 for s in token.doc.sents if f.sent.start <= s.start < token.sent.start)
            if not named <= parties or (far > rule.release_within and not targets & sides):
                return []
            return unique_actors(doers)
        return []

    @staticmethod
    def _fighting_told_with(token: Token, settings: frozenset[str], state: ArticleState,
                            sources: set[str]) -> list[Actor]:
        """The two countries a phrase or clause of ``token`` opened by a word of
        ``settings`` joins as a pair ("called for restraint after X and Y troops clashed",
        "amid clashes between X and Y"), none of them the sources', or none."""
        for child in token.children:
            opened = child.dep_ == "prep" and child.lower_ in settings or child.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in settings for c in child.children)
            if not opened:
                continue
            words = sorted(t.i for t in child.subtree)
            pair = _last_joined_pair(token.doc[words[0]:words[-1] + 1], state, _not_subject_of(token))
            if len({a.country for a in pair if a.country}) >= 2 and not any(a.id in sources for a in pair):
                return pair
        return []

    def _linked_addressees(self, token: Token, state: ArticleState, sources: set[str]) -> list[Actor]:
        """The counterpart of a verbal act that names none, from the verb it is linked to
        (``addressee_links``): "spoke with X, demanding ...", "spoke to him and insisted
        ...", "accused X of ..., and warned ...", "summoned X's envoy to lodge a protest"
        (a noun act, through the verb it is the object of): aimed at X."""
        rules = self.rules
        # a noun act ("to lodge a protest") links through the verb it is the object of, to
        # whom that verb's object names only ("summoned X's envoy"; "spoke with X,
        # expressing concern over ..." tells the call's content, aimed at nobody there)
        noun = token.pos_ == "NOUN" and token.dep_ == "dobj"
        verb = token.head if noun else token
        for _ in range(rules.addressee_climb):
            if verb.dep_ not in rules.addressee_links or verb.head.i == verb.i:
                return []
            verb = verb.head
            found = [m for c in verb.children if c.dep_ in rules.addressee_deps
                     for m in mentions_at(c, state.mentions, deep=False)]
            if not noun:
                found += _after_preps(verb, rules.addressee_preps, state)
            # "told <an outlet>": the medium the words went through, nobody they are aimed at
            actors = [a for a in self._actors([m for m in found if not m.channel], state)
                      if a.id not in sources]
            if actors:
                return actors
        return []

    def _reciprocal(self, sent: Span) -> bool:
        """"against each other", "one another": both parties act on each other
        (``reciprocal_phrases`` of mentions.yaml)."""
        text = sent.text.lower()
        return any(phrase in text for phrase in self.reciprocal_phrases)

    def _distributive(self, token: Token) -> bool:
        """"Each side accuses the other": the word's own subject is a distributive phrase and
        "the other" stands in what it governs (``reciprocal_pairs`` of mentions.yaml)."""
        subjects, others = self.reciprocal_pairs
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or " ".join(t.lower_ for t in subject.subtree) not in subjects:
            return False
        rest = " ".join(t.lower_ for t in token.subtree if t.i > subject.i)
        return any(f" {o} " in f" {rest} " for o in others)

    def _clause_place_country(self, token: Token, state: ArticleState) -> list[Actor]:
        """The country of a place named anywhere in a verb's clause but its subject ("was
        detained while on assignment in Lima"): where an agentless authority act was."""
        clause: list[Token] = []
        stack = [token]
        while stack:  # the clause's own words: not its subject, nor a clause joined to it
            t = stack.pop()
            clause.append(t)
            stack.extend(c for c in t.children if c.dep_ not in _OTHER_PARTS)
        places = sorted((t for t in clause if t.dep_ == "prep" and t.lower_ in ("in", "at")),
                        key=lambda t: t.i)
        for prep in places:
            for p in prep.subtree:
                country = state.country_at(p.i)
                if country is not None:
                    return [country]
        return []

    def _host_country(self, token: Token, state: ArticleState, targets: list[Actor]) -> list[Actor]:
        """Who expelled in an agentless passive (``passive_host_source``): the country where
        the expelled were posted ("an aide of X's embassy in Y was expelled": Y), else the
        country the story has named most besides the expelled's own."""
        own = {a.country for a in targets}
        for subject in (c for c in token.children if c.dep_ == "nsubjpass"):
            for prep in (t for t in subject.subtree if t.dep_ == "prep" and t.lower_ in ("in", "at")):
                for p in prep.subtree:
                    country = state.country_at(p.i)
                    if country is not None and country.country not in own:
                        return [country]
        return [a for a in state.top_countries(token.i, 2) if a.country not in own][:1]

    @staticmethod
    def _left_country(token: Token, state: ArticleState, targets: list[Actor]) -> list[Actor]:
        """The country an agentless passive expulsion names as the one its target must
        leave: the state that expels ("X's envoy was expelled from Y", "was ordered to
        leave Y", "was given three days to leave Y"), when of another country than the
        target's own."""
        own = {a.country for a in targets if a.kind != "country" or len(targets) == 1}
        places = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                  for p in c.children if p.dep_ == "pobj"]
        leaves = [c for c in token.subtree if c.lemma_.lower() == "leave" and c.pos_ == "VERB"
                  and c.head in (token, *token.children)]
        places += [o for v in leaves for o in v.children if o.dep_ == "dobj"]
        for place in places:
            country = state.country_at(place.i)
            if country is not None and country.country not in own:
                return [country]
        return []

    def _place_country(self, token: Token, state: ArticleState,
                       target_preps: frozenset[str] = frozenset()) -> list[Actor]:
        """The country where a passive act took place ("were arrested in Baku"): the
        state that acts there, when the text names no agent. Not a place named by one of
        the type's ``target_preps``: "was fired at X", "was struck in X" name whom it hit."""
        for c in token.children:
            if c.dep_ == "prep" and c.lower_ in {"in", "at"} - target_preps:
                for p in c.subtree:
                    country = state.country_at(p.i)
                    if country is not None:
                        return [country]
        return []

    def _joint_commitment(self, verb: Token, speakers: list[Actor]) -> bool:
        """Two parties report together that they will do something."""
        if len({a.country for a in speakers}) < 2:
            return False
        for head in (c for c in verb.children if c.dep_ == "ccomp"):
            subject = {c.lower_ for c in head.children if c.dep_ == "nsubj"}
            modal = {c.lower_ for c in head.children if c.dep_ == "aux"}
            if subject & self.joint_subjects and modal & self.joint_modals:
                return True
        return False

    @staticmethod
    def _group_members(m: Mention, state: ArticleState, token: Token | None) -> list[Actor]:
        """The parties a group phrase names itself: "the leaders of Venezuela and Guyana"."""
        if token is None:
            return []
        doc = token.doc
        head = doc[m.end - 1]
        found: list[Actor] = []
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found.extend(a for n in mentions_at(pobj, state.mentions, deep=False) for a in n.actors)
        if len(unique_actors(found)) < 2:
            # "clashes between A and B, with both sides blaming each other": the pair the
            # sentence has just named by "between"
            found = []
            before = doc[head.sent.start:m.start]
            for prep in (t for t in before if t.dep_ == "prep" and t.lower_ == "between"):
                found = [a for pobj in prep.children if pobj.dep_ == "pobj"
                         for n in mentions_at(pobj, state.mentions, deep=False) for a in n.actors]
        if len(unique_actors(found)) < 2:
            # "A and B confirmed they had signed ...": the subjects of the report
            found = _reporting_subjects(doc[m.start], state)
        if len(unique_actors(found)) < 2:
            # "A and B troops clashed ..., and C urged both sides to ...": the last pair the
            # sentence has joined by a conjunction before the group
            found = _last_joined_pair(doc[head.sent.start:m.start], state, _not_subject_of(token))
        return unique_actors(found) if len(unique_actors(found)) >= 2 else []

    def _joined_pair_before(self, before: int, state: ArticleState, doc: Doc) -> list[Actor]:
        """The last two countries joined as a pair before token ``before`` (the start of
        the reference's sentence, whose own pairs ``_group_members`` reads: "X and Y", "X
        and Y troops"; not a list of three), which "both countries" told after them stands
        for when no event has told two sides; not two that act together on others, the
        subject of a verbal act ("X and Y condemned ..."), nor two told by a definite noun."""
        joint = {hit.token.i for hits in doc._.graphkit_triggers or () for hit in hits
                 if not self.rules.types[hit.rule.type].material
                 and self.rules.types[hit.rule.type].roles != "symmetric"}

        def excluded(second: Token, mentions: tuple[Mention, Mention], actors: list[Actor]) -> bool:
            head = second.head
            return head.dep_ in ("nsubj", "nsubjpass") and head.head.i in joint \
                or any(m.via == "definite" for m in mentions) \
                or len(actors) != 2 or len({a.country for a in actors if a.country}) != 2

        return _last_joined_pair(doc[:before], state, excluded)

    def _own_state(self, targets: list[Actor], token: Token, state: ArticleState) -> list[Actor]:
        """Who acted in an agentless passive act that names no place (``own_state_source``):
        the state of its targets' one country ("X, a <nationality> ex-minister, was
        convicted in 2017 of bribery": X's own state). None when the targets' countries
        differ, or a target is a country itself. The people held, when the
        targets hold any, tell the country ("convicted of accepting money from a <nationality>
        firm": the firm is no one held). People of no known country are held by the state
        of the story (the country it has named most so far), as a counted group is."""
        told = {a.country for a in targets if a.country}
        if len(told) == 1 and _told_as_citizen(token, state.mentions.words.citizen_nouns):
            # "X, an <nationality> citizen, received a death sentence": a nationality told
            # as such marks a foreigner where held: the state the story names most besides
            return [a for a in state.top_countries(token.i, 2) if a.country not in told][:1]
        held = [a for a in targets if a.kind == "person"] or targets
        countries = {a.country for a in held}
        if countries == {None} and all(a.kind == "person" for a in held):
            return state.top_countries(token.i, 1)
        if len(countries) != 1 or None in countries or any(a.kind == "country" for a in held):
            return []
        state = state_actor(self.gazetteer, next(iter(countries)))
        return [state] if state is not None else []

    def _counter_expeller(self, targets: list[Actor], state: ArticleState, type_name: str
                          ) -> list[Actor]:
        """Diplomats of X told to leave with no expeller named: a tit-for-tat, by the
        country whose diplomats X expelled last (an event of the same type)."""
        countries = {a.country for a in targets}
        for f in reversed(state.found):
            if f.type == type_name and f.modality == "asserted" and {
                    a.country for a, role in f.participants if role == "source"} & countries:
                expelled = {a.country for a, role in f.participants if role == "target"} - countries
                for code in sorted(c for c in expelled if c):
                    state = state_actor(self.gazetteer, code)
                    if state is not None:
                        return [state]
        return []

    def _actors(self, found: list[Mention], state: ArticleState, token: Token | None = None
                ) -> list[Actor]:
        actors: list[Actor] = []
        for m in found:
            if m.channel:
                continue  # "according to Reuters": the news's channel, no party to it
            if m.via == "group":
                named = self._group_members(m, state, token)  # "the leaders of A and B"
                if not named and token is not None:  # "the three governments": A, B and C
                    named = self.counted_groups.members(m, state, token.doc)
                # both sides: as events told them, else a pair told before ("X and Y
                # clashed. Z said both ..."), else as the story's names give them
                if not named:
                    named = state.told_sides()
                if not named and token is not None:
                    named = self._joined_pair_before(token.doc[m.start].sent.start, state, token.doc)
                actors.extend(named or state.story_sides(m.start))
            else:
                actors.extend(m.actors)
        return unique_actors(actors)

    @staticmethod
    def _roles(rule: EventTypeRule, subjects: list[Actor], objects: list[Actor]
               ) -> list[tuple[Actor, str]]:
        if rule.roles == "symmetric":
            return [(a, "participant") for a in unique_actors([*subjects, *objects])]
        if rule.roles == "speaker":
            out = [(a, "speaker") for a in subjects]
            ids = {a.id for a in subjects}
            return out + [(a, "target") for a in objects if a.id not in ids]
        ids = {a.id for a in subjects}
        if [a.id for a in objects] == [a.id for a in subjects]:  # reciprocal
            return [(a, "source") for a in subjects]
        return [(a, "source") for a in subjects] + [(a, "target") for a in objects if a.id not in ids]


def _after_preps(head: Token, preps: Container[str], state: ArticleState) -> list[Mention]:
    """The mentions of the objects of ``head``'s prepositions of ``preps`` ("by X")."""
    return [m for c in head.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj" for m in mentions_at(p, state.mentions)]


def unnamed_speaker(subject_tokens: list[Token], state: ArticleState) -> bool:
    """A subject word is a noun of one who speaks for a side (``speaker_nouns``: "the
    spokesperson") whose phrase names no actor ("a spokesperson for X's ministry" names X)."""
    nouns = state.mentions.words.speaker_nouns
    speakers = [t for t in subject_tokens if t.lower_ in nouns or t.lemma_.lower() in nouns]
    return bool(speakers) and not any(state.mentions.at(t.i) is not None
                                      for s in speakers for t in s.subtree)


def _agents(noun: Token, state: ArticleState) -> list[Mention]:
    """The mentions of who did what an act noun names, told by "by" ("the expulsion of X's
    envoys by Y"; :func:`~graphkit.extract.arguments.noun_agents`)."""
    hosts = state.mentions.words.agent_host_preps
    return [m for by in noun_agents(noun, hosts) for p in by.children if p.dep_ == "pobj"
            for m in mentions_at(p, state.mentions)]


def nearest_first(f: Found, state: ArticleState) -> list[Mention]:
    """The mentions of ``f``'s sentence, nearest its word first."""
    return sorted(state.mentions.within(f.sent.start, f.sent.end),
                  key=lambda m: min(abs(m.start - f.token.i), abs(m.end - 1 - f.token.i)))


def _last_joined_pair(span: Span, state: ArticleState,
                      excluded: Callable[[Token, tuple[Mention, Mention], list[Actor]], bool]
                      ) -> list[Actor]:
    """The actors of the last two mentions of ``span`` joined by a conjunction as a pair
    ("A and B", "A and B troops"; not a list of three), the second the conjunct of the
    first, neither a pronoun nor a group, and not a pair ``excluded`` (given the second's
    word, the two mentions and their actors) rules out; none when there is none."""
    for token in reversed(span):
        if token.dep_ != "conj" or token.head.i < span.start or token.head.dep_ == "conj" \
                or any(c.dep_ == "conj" for c in token.children) \
                or sum(c.dep_ == "conj" for c in token.head.children) != 1:
            continue  # a pair, not a list of three or more
        first = state.mentions.at(token.head.i)
        second = state.mentions.at(token.i)
        if first is None or second is None or first is second \
                or {first.via, second.via} & {"pronoun", "group"}:
            continue
        actors = unique_actors([*first.actors, *second.actors])
        if not excluded(token, (first, second), actors):
            return actors
    return []


def _not_subject_of(trigger: Token) -> Callable[[Token, tuple[Mention, Mention], list[Actor]], bool]:
    """Rules out a pair inside the subject of ``trigger`` itself ("A and B urged both
    sides to ..." asks others)."""
    own = [s for s in trigger.children if s.dep_ in ("nsubj", "nsubjpass")]
    return lambda second, _mentions, _actors: any(second in s.subtree for s in own)


def _reporting_subjects(word: Token, state: ArticleState) -> list[Actor]:
    """The actors of the subject of the verb whose content clause ``word`` is the subject
    of: "A and B confirmed they ..." gives A and B."""
    clause = word.head
    if word.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return []
    return [a for s in clause.head.children if s.dep_ == "nsubj"
            for n in mentions_at(s, state.mentions) for a in n.actors]


def _told_as_citizen(act: Token, citizen_nouns: Container[str]) -> bool:
    """The passive act's subject is described by an apposition headed by a word of
    citizenship ("X, a <nationality> citizen, was ..."; ``citizen_nouns``)."""
    verb = act.head if act.pos_ == "NOUN" and act.dep_ == "dobj" else act
    return any(c.dep_ == "appos" and c.lemma_.lower() in citizen_nouns
               for s in verb.children if s.dep_ == "nsubjpass" for c in s.children)


def _names_another(f: Found, state: ArticleState, own: set[str | None]) -> bool:
    """The sentence of ``f`` names a country besides its sources' (``own``): a party the
    act was not read as aimed at ("in a call with Y's minister, X raised concerns")."""
    named = {a.country for m in state.mentions.within(f.sent.start, f.sent.end) for a in m.actors}
    return bool(named - own - {None})


def _release_asked(token: Token, words: frozenset[str]) -> Token | None:
    """The release a call asks for: ``token`` itself (a detector's anchor on the noun) or its
    object or "for" phrase ("called for the release of ...", "urged their release"), or None."""
    if token.lemma_.lower() in words or token.lower_ in words:
        return token
    return next((a for a in _asked(token) if a.lemma_.lower() in words or a.lower_ in words), None)


def released_clause(token: Token, verbs: frozenset[str]) -> Token | None:
    """The passive clause of one of ``verbs`` a call asks for ("demanded that X be
    released", "called for X to be freed"): its verb, or None."""
    return next((c for c in token.children if c.dep_ in ("ccomp", "advcl", "xcomp")
                 and c.lemma_.lower() in verbs and any(g.dep_ == "auxpass" for g in c.children)), None)


def released_subjects(token: Token, verbs: frozenset[str]) -> range | None:
    """The token range of who a call's passive release clause frees ("demanded that the two
    sailors be released": "the two sailors"), or None when the call has no such clause. A
    clause on them is left out: "the sailors detained by X" names X as the holder, not as
    one held."""
    clause = released_clause(token, verbs)
    held = [] if clause is None else [c for c in clause.children if c.dep_ == "nsubjpass"]
    if not held:
        return None

    def end(h: Token) -> int:
        told = [c.left_edge.i for c in h.children if c.dep_ in ("acl", "relcl") and c.i > h.i]
        return min(told) - 1 if told else h.right_edge.i
    return range(min(h.left_edge.i for h in held), max(end(h) for h in held) + 1)


def _released_people(release: Token, rule: EventTypeRule, state: ArticleState) -> set[str | None] | None:
    """The countries named in whom ``release`` frees ("the release of the two Chilean
    sailors": {CHL}; "their release": none), or None when it frees no people: a word not a
    pronoun, number, person's name or noun of ``release_people`` ("of the frozen funds")."""
    held = [p for c in release.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]
    held += [c for c in release.children if c.dep_ == "nsubjpass"]  # "that X be released"
    held += [c for c in release.children if c.dep_ == "poss"]
    named: set[str | None] = set()
    for head in held:
        for part in [head] + [c for c in head.children if c.dep_ == "conj"]:
            mention = state.mentions.at(part.i)
            person = mention is not None and any(a.kind == "person" for a in mention.actors)
            if not (person or part.pos_ in ("PRON", "NUM", "DET") or part.ent_type_ == "PERSON"
                    or part.lemma_.lower() in rule.release_people or part.lower_ in rule.release_people):
                return None
        for t in head.subtree:
            mention = state.mentions.at(t.i)
            if mention is not None:
                named |= {state.actor_country(a) for a in mention.actors if a.kind != "person"}
    return named - {None}


def calls_for(token: Token, words: frozenset[str]) -> bool:
    """The act asks for one of ``words``, as its object or by "for" ("urged restraint",
    "called for a ceasefire", "a call for calm")."""
    return any(a.lemma_.lower() in words or a.lower_ in words for a in _asked(token))


def _asked(token: Token) -> list[Token]:
    """What an act of asking asks for: its objects and its "for" phrase's, with their conjuncts."""
    asked = [c for c in token.children if c.dep_ == "dobj"]
    asked += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
              for p in c.children if p.dep_ == "pobj"]
    return asked + [c for a in asked for c in a.children if c.dep_ == "conj"]
