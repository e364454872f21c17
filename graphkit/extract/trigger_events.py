"""One trigger hit to one event: the sides its arguments give, checked against its rule.

:class:`TriggerEvents` is a mixin of :class:`~graphkit.extract.article_reader.ArticleReader`
holding :meth:`~TriggerEvents._from_trigger`: the sources and targets of a trigger hit from
its arguments (:mod:`graphkit.extract.arguments`), from the report that tells it, from the
place, the group acted on or the story's last contact, then the rule's requirements (an
object, an aim, a second party) and the event's confidence, as a
:class:`~graphkit.extract.found.Found`. It calls the context helpers of
:class:`~graphkit.extract.parties.PartyFinder` through ``self``; the reader decides what
becomes of the events it returns.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from graphkit.extract.arguments import Arguments, is_possessor, mentions_at
from graphkit.extract.components import HitArguments
from graphkit.extract.found import ArticleState, Found
from graphkit.extract.mentions import Mention, aimable_targets, own_countries, state_actor, unique_actors
from graphkit.extract.parties import calls_for, released_subjects
from graphkit.extract.patients import (
    group_actor,
    group_agent,
    group_patient,
    state_organ_country,
    worded_group,
)
from graphkit.extract.reporting import report_of
from graphkit.extract.review import verbal_act
from graphkit.extract.rules import EventTypeRule
from graphkit.extract.triggers import TriggerHit, direct_verb, setting_prep
from graphkit.extract.unnamed_doers import reported_unit_doer
from graphkit.model import Actor

if TYPE_CHECKING:
    from graphkit.reference.gazetteer import Gazetteer


class TriggerEvents:
    """The event a trigger hit makes (a mixin of
    :class:`~graphkit.extract.article_reader.ArticleReader`: it reads the reader's rules,
    lexicons and party helpers)."""

    def _killed_in(self, token: Token, rule: EventTypeRule, state: ArticleState,
                   own: set[str | None]) -> list[Actor]:
        """The country of those an act killed or wounded, when not of the doer's own: the
        subject of a verb of ``victim_verbs`` the act's noun is "in" ("Peruvian civilians
        were killed in Chilean attacks": the attacks hit Peru) or whose when-clause the
        act's verb is ("four Peruvian soldiers were killed when Chilean drones struck a
        base"), or the object of such a verb told as the act's participle ("Chilean drones
        struck a base, killing four Peruvian soldiers")."""
        victims: list[Token] = []
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in rule.victim_verbs:
            victims = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif token.pos_ == "VERB" and token.dep_ == "advcl" and head.lemma_.lower() in rule.victim_verbs \
                and any(c.dep_ == "advmod" and c.lower_ == "when" for c in token.children):
            victims = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif token.pos_ == "VERB":
            victims = [o for c in token.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                       and c.lemma_.lower() in rule.victim_verbs
                       for o in c.children if o.dep_ == "dobj"]
        found: list[Actor] = []
        for victim in victims:
            for t in victim.subtree:
                m = state.mentions.at(t.i)
                if m is not None and not m.channel:
                    found.extend(a for a in m.actors if a.kind == "country" and a.country not in own)
        return unique_actors(found)

    def _body_alone(self, kinds: frozenset[str], participants: list[tuple[Actor, str]]) -> bool:
        """The one party is a body of one of ``kinds`` whose members act together ("the
        <bloc> summit adopted a declaration": ``body_alone`` of the trigger)."""
        ids = {a.id for a, _ in participants}
        return len(ids) == 1 and self.actors.org_kinds.get(next(iter(ids))) in kinds

    def _possessors_only(self, objects: list[Mention], state: ArticleState, token: Token) -> set[str]:
        """The ids of actors that ``objects`` (mentions) name only as the possessor of a
        thing ("X's remarks"): owners of the object, not the object; not of a person noun
        ("his counterpart", "Peru's president": `apposed_name_heads` of mentions.yaml)."""
        doc = token.doc
        people = state.mentions.words.apposed_name_heads
        owners = [m for m in objects if is_possessor(span := doc[m.start:m.end])
                  and span.root.head.lower_ not in people]
        if not owners:
            return set()
        named = {a.id for a in self._actors([m for m in objects if m not in owners], state, token)}
        return {a.id for a in self._actors(owners, state, token)} - named

    def _reporter_patient(self, verb: Token, reports: list[tuple[Token, list[Actor]]],
                          doers: list[Actor]) -> list[Actor]:
        """The reporter of the clause a directed act is told in, when the act's object or
        passive subject is a word that stands for it (``reporter_patients``: "it", "us",
        "the country") and it is of no doer's country: "X's air force said Y attacked the
        country overnight" (X), "X said it had been attacked by Y"."""
        words = self.actors.reporter_patients
        if not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in words and (
                c.pos_ == "PRON" or [d.lower_ for d in c.children] == ["the"])
                for c in verb.children):
            return []
        report = report_of(verb, reports)
        if report is None:
            return []
        own = {a.country for a in doers}
        return [state for a in report[1] if (state := self.actors.state_of_body(a)).country
                and state.country not in own]

    def _stranded_agent(self, verb: Token, state: ArticleState) -> list[Actor]:
        """The agent of an authority act told in the passive that the parser hung on a noun
        of a phrase of time or place between the verb and it ("were arrested on the fourth
        day of the protests by X's police", "was detained after the rally by the Y
        Guards"), or on a gapped conjunct of the verb or of such a noun ("N were arrested in
        May and three more in June by X's authorities": the second count shares the
        verb, and the agent closing the sentence is the doer of both): a "by" phrase inside
        one of the verb's own phrases whose head is a state organ (``state_nouns``) or names
        a government body. Any other ("detained during a visit by X's president", "after a
        rally by the opposition") tells whose the phrase's noun is."""
        organs = state.mentions.words.state_nouns
        found: list[Actor] = []
        stack = [p for c in verb.children if c.dep_ == "prep" and c.lower_ != "by" for p in c.children
                 if p.dep_ == "pobj"]
        stack += [c for c in verb.children if c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX")]
        while stack:
            noun = stack.pop()
            for c in noun.children:
                if c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX"):
                    stack.append(c)  # "on suspicion of X in May and another two in June by Y"
                    continue
                if c.dep_ not in ("prep", "agent"):
                    continue
                pobjs = [p for p in c.children if p.dep_ == "pobj"]
                if c.lower_ != "by":
                    stack.extend(pobjs)
                    continue
                for agent in pobjs:
                    named = self._actors(mentions_at(agent, state.mentions), state, agent)
                    if {agent.lower_, agent.lemma_.lower()} & organs or any(
                            self.actors.is_state_body(a) for a in named):
                        found.extend(named)
        return unique_actors(found)

    def _reporting_state(self, act: Token, reports: list[tuple[Token, list[Actor]]],
                         targets: list[Actor]) -> list[Actor]:
        """Who did an agentless passive act told in a report (``reporter_state_source``):
        the state of a reporter that is a state or a government body of a country none of
        ``targets`` is of ("two X citizens were detained, Y's security service said": Y);
        none for a person's report, or one by the targets' own state, which tells what
        befell its people elsewhere."""
        report = report_of(act, reports)
        if report is None:
            return []
        own = {a.country for a in targets}
        states = unique_actors([self.actors.state_of_body(a) for a in report[1]])
        return [a for a in states if a.kind == "country" and a.country and a.country not in own]

    def _joint_visitors(self, hit: TriggerHit, args: Arguments, went_to: list[Mention],
                        state: ArticleState) -> list[Actor]:
        """The visitors of a visit whose subjects name two or more parties ("X and Y
        visited Kyiv", "X, Y and Z arrived in Kyiv"), when the one place they went to (the visit's
        object, else its place phrase) is of a country none of them is of: they visit that
        place's host, each apart (not each other), on a trigger so marked (``each_visits_host``;
        ``went_to``: the visit's objects, else its places). Else none."""
        if not hit.rule.each_visits_host:
            return []
        visitors = self._actors(args.subjects, state)
        hosts = {a.country for m in went_to for a in m.actors}
        own = {a.country for a in visitors}
        if len(visitors) < 2 or len(hosts) != 1 or None in hosts or hosts & own:
            return []
        return visitors

    def _from_trigger(self, hit: TriggerHit, sent: Span, state: ArticleState,
                      reports: list[tuple[Token, list[Actor]]], found: HitArguments) -> Found | None:
        rule = self.rules.types[hit.rule.type]
        trig = hit.rule
        token = hit.token
        venue_as_party = False
        venue_ids: frozenset[str] = frozenset()
        args = found.arguments
        joint_visitors: list[Actor] = []
        if rule.place_preps and not trig.venue_not_party:
            places = list(found.places)
            went_to = args.objects or places
            joint_visitors = self._joint_visitors(hit, args, went_to, state)
            if joint_visitors or len(self._actors(args.subjects + args.objects, state)) < 2:
                # "arrived in Riyadh", but not "talks between A and B took place in Riyadh"
                objects = went_to if joint_visitors else state.mentions.without_settings(
                    args.subjects, [*args.objects, *places], sent.doc)
                venue_as_party = any(p is m for p in places for m in objects)
                venue_ids = frozenset(a.id for p in places if any(p is m for m in objects) for a in p.actors)
                args = replace(args, objects=objects)
        if trig.needs_xcomp and not args.has_xcomp:
            return None
        if trig.source_preps and token.pos_ == "NOUN" and not _drawn_from_party(
                token, trig.source_preps, state):
            return None  # "protests sparked by X's decision": a reaction nobody named voices
        words = state.mentions.words
        gerund_act = token.head.lower_ in words.gerund_preps  # "responded by expelling ..."
        if token.tag_ == "VBG" and token.dep_ == "pcomp" and not gerund_act and any(
                c.dep_ == "dobj" and {c.lemma_.lower(), c.lower_} & words.state_nouns
                for c in token.children) and not any(c.dep_ == "prt" for c in token.children):
            # (one with a particle is a verb: "succeeded in pushing back X's forces")
            return None  # "against invading Russian forces": a participle describing the forces
        deps = {c.dep_ for c in token.children}
        reporter_source: list[Actor] = []
        if rule.passive_needs_agent and token.pos_ == "VERB" and "auxpass" in deps and "agent" not in deps:
            report = report_of(token, reports) if rule.passive_reporter_source else None
            if report is None:
                return None  # "a pardon was demanded at the summit": nobody named demands it
            reporter_source = list(report[1])  # "Y was urged to ..., X said": X urged it
        denied = _denied_content(token, self.rules.content_clause_nouns, words.answering_verbs)
        if denied is not None and denied[0].i == token.i and not _owned_words(token):
            return None  # "X dismissed the allegation that Y had ...": nobody named accuses
        if denied is not None and denied[0].i != token.i:
            # "X rejected the claim that Y had attacked Z": the answer names none of the
            # parties of what the claim tells (whom it accuses back, the counter reading finds)
            inside = range(denied[1].left_edge.i, denied[1].right_edge.i + 1)
            args = replace(args, objects=[m for m in args.objects if m.start not in inside])
        subjects = self._actors(args.subjects, state, token)
        objects = self._actors(args.objects, state, token)
        if trig.hyphen_sides:
            pair = _hyphen_sides(token, state, self.actors.gaz)
            sides = _hyphen_war_sides(token, pair, objects, trig.joint_target_preps) if pair else None
            if sides is None:
                return None
            subjects, objects = sides
        if trig.possessor_source and (owner := state.mentions.at(hit.start)) is not None:
            # (the country word itself, not a person the mention was read as: "X's envoy")
            subjects = [owner.country_word] if owner.country_word is not None \
                else self._actors([owner], state, token)
            objects = [a for a in objects if a.id not in {x.id for x in subjects}]
        if rule.own_nationals_advised and subjects and args.objects and all(
                _nationals(m, sent.doc) for m in args.objects) and {
                a.country for a in objects} <= {a.country for a in subjects}:
            return None  # "the State Department urged Americans to leave": advice to people
        if reporter_source:
            if subjects or not objects or {a.country for a in objects} & {a.country for a in reporter_source}:
                return None
            subjects = reporter_source
        if rule.group_agents and not subjects and args.subject_tokens:
            group = group_agent(token, args.subject_tokens, rule.group_agents, state,
                                self._clause_place_country(token, state))
            subjects = [group] if group is not None else subjects
        if rule.reported_units and not subjects:
            # "X said its forces struck Y": a side's report of its own units' act
            subjects = [self.actors.state_of_body(a) for a in reported_unit_doer(
                token, args.subject_tokens, rule.reported_units,
                self.actors.reported_unit_owners, reports,
                sent.doc._.graphkit_attributions[state.sentence])]
        quoted = False
        if not subjects and any(t.lower_ in self.actors.reporter_pronouns for t in args.subject_tokens):
            quoted = True
            report = report_of(token, reports)
            if report is not None:
                subjects = list(report[1])
            elif (state.last_speaker is not None and state.sentence - state.last_speaker[0] <= 3
                  and any(t.lower_ in self.first_person for t in args.subject_tokens)):
                subjects = list(state.last_speaker[1])  # a quote that runs on
        if not subjects and verbal_act(rule):
            # "The spokesperson urged X to ...": the words of whoever spoke just before
            subjects = self._recent_speaker(args.subject_tokens, state)
        if (rule.quad_class and rule.quad_class.startswith("verbal") and token.dep_ == "conj"
                and not any(c.dep_ == "nsubj" for c in token.children) and reports
                and token.head.lemma_.lower() not in self.reporter.reporting):
            report = report_of(token, reports)
            if report is not None and report[0].i < token.head.i:
                # "X said the ships had intruded ... and insisted that ...": X insisted
                subjects = list(report[1])
        if (rule.quad_class == "verbal conflict" and subjects and objects and reports
                and {a.country for a in objects} <= {a.country for a in subjects}):
            report = report_of(token, reports)
            if report is not None and not {a.country for a in report[1]} & {a.country for a in objects}:
                subjects = list(report[1])  # "X said India had erred and accused Indian agents"
        if trig.speaker_is_source:
            report = report_of(token, reports)
            if report is None:
                return None
            subjects, objects = list(report[1]), [a for a in subjects if a.id not in {
                x.id for x in report[1]}]
        if rule.event_agent_target:
            victims = self._victims(token, rule, state)  # "the attack on X" does not blame X
            if victims:
                state.unblamed.add(token.i)
            objects = (self._event_agents(token, rule, state, {a.id for a in subjects})
                       or [a for a in objects if a.id not in victims])
        state_nouns = state.mentions.words.state_nouns
        if (rule.authority_source and not subjects and any(
                {t.lemma_.lower(), t.lower_} & state_nouns for t in args.subject_tokens)):
            # "Police detained ... in Paris": the police of the place, else of the story's
            # country (the one the article has named most so far)
            subjects = self._place_country(token, state) or state.top_countries(token.i, 1)
        if rule.roles == "symmetric" and len(subjects) + len(objects) < 2 and any(
                t.lower_ == "we" for t in args.subject_tokens):
            both = state.group_actors()
            if any(a.id in {x.id for x in both} for a in subjects):
                subjects = both  # "we did agree", said by one party of the talks
        if (trig.onset_verbs and not subjects and not objects and args.verb is not None
                and token.dep_ == "nsubj" and args.verb.lemma_.lower() in trig.onset_verbs):
            # "the truce began on Sunday": an accord of the sides of the story's last event
            # between two countries
            objects = next((sides for f in reversed(state.found) for sides in [
                [a for a, _ in f.participants if a.country]]
                if len({a.country for a in sides}) >= 2), [])
        if (trig.contact_passive_verbs and not subjects and not objects and args.verb is not None
                and token.dep_ == "nsubjpass" and token.head == args.verb
                and args.verb.lemma_.lower() in trig.contact_passive_verbs
                and state.last_contact is not None
                and (state.sentence - state.last_contact_sentence <= rule.contact_counterpart
                     or state.last_contact is state.main_contact)):
            # "an agreement was reached": an accord told with no sides, just after a contact,
            # is one of the contact's sides
            objects = [a for a, _ in state.last_contact.participants]
        if (trig.mediator_verbs and subjects and not objects and args.verb is not None
                and token.dep_ == "dobj" and token.head == args.verb
                and any(c.dep_ in ("det", "poss") for c in token.children)
                and args.verb.lemma_.lower() in trig.mediator_verbs):
            # "X brokered a truce" with no sides named: the sides are those of the last event
            # the story told between two countries other than the mediator's (one accord,
            # the verb's own object with its determiner: not "mediated truces", nor an
            # accord in a phrase beside the verb's object)
            own_side = {a.country for a in subjects}
            objects = next((sides for f in reversed(state.found) for sides in [
                [a for a, _ in f.participants if a.country not in own_side]]
                if len({a.country for a in sides if a.country}) >= 2), [])
        if (rule.contact_counterpart >= 0 and rule.roles == "symmetric" and subjects and not objects
                and state.last_contact is not None
                and state.sentence - state.last_contact_sentence <= rule.contact_counterpart):
            # "X agreed to send troops" just after a call with Y: X agreed with Y
            objects = _other_side(subjects, [a for a, _ in state.last_contact.participants])
        if trig.agreed_counterpart and subjects and not objects and token.pos_ == "VERB":
            # "X agreed to lift its tariffs on Y": one side's accord names the other in what
            # it agreed to do
            objects = _other_side(subjects, _agreed_parties(token, state, trig.agreed_counterpart))
        own = own_countries(subjects, self.non_state) if rule.foreign_target else frozenset()
        # "both countries took measures against each other"; "both sides expelled envoys": a
        # material act of both sides that names no other target (words are not: "both
        # countries denounced the raid" accuse neither; nor is "they", which names whoever
        # the story told last)
        reciprocal = trig.mutual or self._reciprocal(sent) or self._distributive(token) or (
            trig.mutual_subjects and not objects and not _aims(token, trig.target_preps)
            and len({a.country for a in subjects}) >= 2) or (
            rule.roles == "directed" and rule.material and not objects and bool(args.subjects)
            and all(m.via == "group" and sent.doc[m.start].pos_ != "PRON" for m in args.subjects))
        if rule.roles == "directed" and subjects and not objects and token.pos_ == "VERB" \
                and denied is None:
            # "X said Y had attacked the country", "X said it was attacked by Y": the reporter
            objects = self._reporter_patient(token, reports, subjects)
        if rule.roles == "directed" and subjects and not reciprocal:
            objects = aimable_targets(subjects, objects, own, self.non_state)
        if rule.roles == "directed" and not objects and verbal_act(rule):
            objects = self._linked_addressees(token, state, {a.id for a in subjects})
        if trig.aimed and not _aimed(token, rule.target_preps - {"in"}, self.rules.projectiles):
            return None  # "launched a missile" with nothing struck: a test, not an attack
        if trig.counter and not objects:
            # a rejection accuses back only a party its own sentence names: "denied the
            # allegations" alone answers the accuser, it makes no accusation of its own
            named = {a.id for m in state.mentions.within(sent.start, sent.end) for a in m.actors}
            objects = [a for a in self._counter_targets(token, rule.name, state, {a.id for a in subjects})
                       if a.id in named]
            if not objects:
                return None
        if rule.roles == "directed" and not objects and not reciprocal:
            objects = self._implicit_targets(token, rule, state, {a.id for a in subjects}, own)
        if (rule.group_patients and subjects and token.pos_ == "VERB" and not args.passive
                and not [o for o in objects if o.id not in {a.id for a in subjects}]):
            # "X detained two X officials": a counted group of the doer's own country is a
            # target of its own, not the doer's state again; a counted group whose words name
            # no country ("X's police detained six people") is the doer's, as in the
            # passive ("six people were detained by X's police"), unless told as foreign
            patient = group_patient(token, rule.group_patients, rule.group_counts, state, active=True)
            if patient is not None and patient[1] is None:
                objects = [worded_group(patient[0]) if _told_foreign(patient[0], rule)
                           else group_actor(patient[0], None, subjects[0])]
            elif patient is not None and patient[1] is not None and patient[1].country in {
                    a.country for a in subjects}:
                objects = [group_actor(patient[0], patient[1], subjects[0])]
        if rule.victim_verbs and not objects and subjects and (token.pos_ == "VERB" or _doer_on_noun(
                token, state, {a.id for a in subjects})):
            objects = self._killed_in(token, rule, state, {a.country for a in subjects})
        if rule.previous_counterpart and not objects and subjects and not reciprocal:
            # ("each other's diplomats": the sides act on each other, below)
            objects = self._previous_counterparts(sent, state, subjects, own)
        if rule.calm_calls and not objects and subjects and calls_for(token, rule.calm_calls):
            objects = self._fighting_sides(sent, state, {a.id for a in subjects}) \
                or self._fighting_told_with(token, rule.calm_call_settings, state,
                                            {a.id for a in subjects})
        freed = released_subjects(token, rule.release_verbs) if rule.release_verbs else None
        if freed is not None:
            # "demanded that X be released": X is who is to be released, never who is asked
            released = {a.id for m in state.mentions.within(freed.start, freed.stop) for a in m.actors}
            objects = [a for a in objects if a.id not in released]
        if rule.release_calls and not objects and subjects:
            objects = self._holders_asked(token, rule, state, subjects)
        if rule.roles == "directed" and not objects and len(subjects) >= 2 and reciprocal:
            objects = list(subjects)  # "both countries took measures against each other"
        if trig.subject == "group" and not any(m.via == "group" for m in args.subjects):
            return None
        if trig.setting_preps and token.pos_ == "NOUN" and setting_prep(
                token, self.rules.setting_heads, self.rules.onset_heads) in trig.setting_preps:
            own = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "between")]
            if not own:
                return None
        if trig.subject_pair:
            if len({a.country for a in subjects if a.country}) < 2 or not any(
                    a.kind == "person" for a in subjects):
                return None  # "Voss spoke on Monday": no second side; "Chile and Peru
                # discussed trade": no one named who spoke
            objects = []  # "the two leaders discussed Ukraine": the topic, no party
        if trig.needs_object and not objects:
            return None
        if trig.requires_object_kind:
            owners = self._possessors_only(args.objects, state, token)
            if not any(a.kind == trig.requires_object_kind and a.id not in owners for a in objects):
                return None  # "called X's remarks unacceptable": X owns what is called, no call
        if trig.foreign_partner and not _foreign_partner(subjects, objects):
            return None  # "spoke with his own minister", "spoke to CNN's X": no other side
        if trig.needs_actor and not (subjects or objects):
            return None
        if trig.requires_target and not objects:
            return None
        if rule.counter_source and not subjects and objects:
            subjects = self._counter_expeller(objects, state, rule.name)
        if trig.between_source and not subjects and len(objects) >= 2:
            subjects, objects = objects[:1], objects[1:]  # "clashes between X and Y": X on Y
        if rule.roles == "directed":
            # the act's own verb: a noun's passive light verb ("X was given a sentence in Y")
            act = args.verb if token.pos_ == "NOUN" and args.passive and args.verb is not None else token
            if not subjects and args.passive and rule.authority_source:
                subjects = self._stranded_agent(act, state)
            if not subjects and args.passive and not _undated_description(act):
                subjects = self._place_country(act, state, rule.target_preps)
                if not subjects and rule.authority_source:
                    # "X was detained while on assignment in Y": the state of a place told
                    # anywhere in the clause
                    subjects = self._clause_place_country(act, state)
                if not subjects and rule.reporter_state_source and objects:
                    subjects = self._reporting_state(act, reports, objects)
                if not subjects and rule.passive_host_source and objects:
                    subjects = self._left_country(token, state, objects)
                    objects = [o for o in objects if o.id not in {a.id for a in subjects}]
                if not subjects and rule.passive_host_source and objects:
                    subjects = self._host_country(token, state, objects)
                if not subjects and rule.own_state_source and objects:
                    subjects = self._own_state(objects, token, state)
                if not subjects and rule.announcer_verbs and objects:
                    # "X announced that rifles would be given to Y": X gives them
                    report = report_of(token, reports)
                    if report is not None and report[0].lemma_.lower() in rule.announcer_verbs:
                        subjects = [a for a in report[1] if a.id not in {o.id for o in objects}]
            if args.passive and rule.group_patients:
                place = (self._place_country(token, state, rule.target_preps)
                         or self._clause_place_country(token, state)) if token.dep_ == "relcl" else subjects
                subjects, objects = _group_patient_parties(token, rule, state, subjects, objects, place)
            elif trig.group_object and rule.group_patients and subjects:
                # "X is holding nine foreign citizens, among them Y": the counted group is the
                # target, Y only one of it
                patient = group_patient(token, rule.group_patients, rule.group_counts, state, active=True)
                if patient is not None:
                    objects = [group_actor(patient[0], patient[1], subjects[0]) if patient[1]
                               else worded_group(patient[0])]
            if not subjects and objects and rule.story_pair_source:
                subjects = self._story_pair_source(args.subject_tokens, objects, token, state)
                venue_as_party = venue_as_party or bool(subjects)  # a weaker reading, as a venue
            if not subjects:
                return None
            source_ids = {a.id for a in subjects}
            if rule.min_participants >= 2 and not [o for o in objects if o.id not in source_ids] \
                    and not (len(subjects) >= 2 and reciprocal) and not rule.story_target:
                return None
        participants = self._roles(rule, subjects, objects)
        if trig.body_alone and not self._body_alone(trig.body_alone, participants):
            return None  # "the parliament adopted a statement condemning X": no accord
        if len({a.id for a, _ in participants}) < rule.min_participants and not (
                rule.story_target and subjects) and not trig.body_alone:
            return None  # (a story target is sought after the review: too few then, none)
        confidence = trig.confidence * (1.0 if len(participants) >= 2 else 0.8)
        if venue_as_party:  # "arrived in Riyadh": a weaker reading than a named counterpart
            confidence *= 0.8
        counterparts = [a for a in objects if a.id not in {s.id for s in subjects}]
        apart = len(subjects) == 1 and len(counterparts) >= 2 and (
            any(t.lower_ in rule.pairwise_cues for t in sent)
            or (trig.pairwise_kinds and all(a.kind in trig.pairwise_kinds for a in counterparts))
            or _apart_by_count(rule, subjects, counterparts))
        if joint_visitors and len(counterparts) == 1:
            # "X and Y arrived in Kyiv": each visitor meets the host, not the other
            counterparts, apart = joint_visitors, True
        return Found(rule.name, rule, sent, token, participants, round(confidence, 3),
                     subtype=trig.subtype, quoted=quoted, trigger=trig, venue_parties=venue_ids,
                     counterparts=counterparts if apart else [])


def _foreign_partner(subjects: list[Actor], objects: list[Actor]) -> bool:
    """A counterpart among ``objects`` is of a known country that none of ``subjects`` is
    of (a subject of no known country leaves any country foreign)."""
    own = {a.country for a in subjects}
    return any(o.country and o.country not in own and o.id not in {a.id for a in subjects}
               for o in objects)


def _undated_description(token: Token) -> bool:
    """A passive relative clause that tells no time of its own describes its antecedent
    ("the reporters who were held in X have been freed": held, a state); one that
    dates itself tells an act ("X, who was jailed in Y in 2017, ...")."""
    return token.dep_ == "relcl" and not any(t.ent_type_ == "DATE" for t in token.subtree)


def _told_foreign(head: Token, rule: EventTypeRule) -> bool:
    """A counted group told as of another country than the one that holds it ("six
    foreigners", "two foreign nationals"): by a word of ``foreign_groups``."""
    heads = [head, *(c for c in head.children if c.dep_ == "conj")]  # "dual nationals and foreigners"
    words = {w for h in heads for w in (h.lemma_.lower(), h.lower_)} | {
        c.lower_ for h in heads for c in h.children if c.dep_ in ("amod", "compound")}
    return bool(words & rule.foreign_groups)


def _group_patient_parties(token: Token, rule: EventTypeRule, state: ArticleState,
                           subjects: list[Actor], objects: list[Actor],
                           place: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """An agentless passive act on a counted group ("200 people were detained"): the
    group, of its own country, is the target, and the source the state of the ``place``
    or, with none named, of the story (the country named most so far). Unchanged when the
    act names a target of another country than its source. In a relative clause ("two
    officials who were detained in X") the described group was acted on, so only the
    place gives the source."""
    patient = group_patient(token, rule.group_patients, rule.group_counts, state)
    if patient is None:
        return subjects, objects
    source = place[:1] or state_organ_country(token, state) or state.top_countries(token.i, 1)
    if not source or any(o.country != source[0].country for o in objects):
        return subjects, objects
    return source, [group_actor(patient[0], patient[1], source[0])]


def _drawn_from_party(noun: Token, preps: frozenset[str], state: ArticleState) -> bool:
    """A reaction noun names who reacts after one of ``preps``, on itself or its verb
    ("drew condemnation from X")."""
    verb = direct_verb(noun, state.mentions.words)
    return any(c.dep_ == "prep" and c.lower_ in preps for h in (noun, verb) if h is not None
               for c in h.children)


def _other_side(parties: list[Actor], sides: list[Actor]) -> list[Actor]:
    """The first of ``sides`` not of the parties' own country, if the parties are of one."""
    own = {a.country for a in parties}
    if len(own) != 1 or None in own:
        return []
    return [a for a in sides if a.country and a.country not in own][:1]


def _agreed_parties(token: Token, state: ArticleState, verbs: frozenset[str]) -> list[Actor]:
    """The countries named in what a verb says was agreed to do, its infinitive complement
    ("agreed to free two Yian sailors", "agreed to lift its tariffs on Y"), not by a
    pronoun nor a group the text leaves unnamed, when that act is one of ``verbs``, done for
    or with the other side (by its verb, or a "prep object" of it: "put ... on hold"); an
    act against a country ("agreed to impose sanctions on Y") is no accord with it. (Not a
    "to" phrase: "agreed to the return of Yian nationals" after the day's accord of the two
    is read as that accord told again, and its teller's words as a statement.)"""
    found: list[Actor] = []
    for c in token.children:
        if c.dep_ == "xcomp" and (c.lemma_.lower() in verbs or any(
                f"{p.lower_} {o.lemma_.lower()}" in verbs
                for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")):
            for m in state.mentions.within(c.left_edge.i, c.right_edge.i + 1):
                if m.via not in ("pronoun", "group"):
                    found += [a for a in m.actors if a.kind == "country"]
    return found


def _apart_by_count(rule: EventTypeRule, subjects: list[Actor], counterparts: list[Actor]) -> bool:
    """So many counterparts (``pairwise_min``), each of its own country and none of the
    party's, that the party met each apart: "X met A, B and C"."""
    countries = [a.country for a in counterparts]
    return (0 < rule.pairwise_min <= len(counterparts) and None not in countries
            and len(set(countries)) == len(countries) and subjects[0].country not in countries)


def _doer_on_noun(token: Token, state: ArticleState, doers: set[str]) -> bool:
    """The act's doer is told on the noun: as its qualifier ("Chilean attacks", "Chile's
    strikes", "Chilean drone strikes") or as its by-agent ("an attack by Chilean forces")."""
    for c in token.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < token.i or (
                c.dep_ == "prep" and c.lower_ == "by"):
            for t in c.subtree:
                m = state.mentions.at(t.i)
                if m is not None and any(a.id in doers for a in m.actors):
                    return True
    return False


def _aimed(token: Token, preps: frozenset[str], projectiles: frozenset[str]) -> bool:
    """The act names what it was aimed at: a target phrase ("fired rockets at X") on the
    verb or on its object (an object that is not what was fired: ``projectiles``)."""
    for t in token.subtree:
        if t.dep_ == "prep" and t.lower_ in preps and token.i in (t.head.i, t.head.head.i) and any(
                c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME") for c in t.children):
            return True
    return any(c.dep_ in ("dobj",) and c.lemma_.lower() not in projectiles for c in token.children)


def _nationals(mention: Mention, doc: Doc) -> bool:
    """A people named by a plural demonym alone ("Americans", "Britons"), not a country
    ("the Philippines": a name with its article)."""
    token = doc[mention.start]
    return mention.via in ("demonym", "country") and mention.end - mention.start == 1 \
        and token.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "det" for c in token.children) \
        and all(token.lower_ != a.name.lower() for a in mention.actors)


def _aims(verb: Token, preps: frozenset[str]) -> bool:
    """Whether a verb of fighting names whom it fought, party or not: one of ``preps`` on
    the verb or on its object ("clashed with protesters", "exchanged fire with Houthi
    boats": the subjects fought them, not each other)."""
    return any(c.dep_ == "prep" and c.lower_ in preps
               for o in [verb, *(c for c in verb.children if c.dep_ == "dobj")] for c in o.children)


def _hyphen_sides(token: Token, state: ArticleState,
                  gazetteer: Gazetteer) -> tuple[Actor, Actor] | None:
    """The two sides of "the X-Y war" (``token`` the war word, X and Y its third and first
    words before): the parties named by X and by Y, when they are of two countries. X, glued
    to the hyphen, is often no mention of its own: read as a country's name or demonym."""
    if token.i < 3:
        return None
    sides: list[Actor] = []
    for word in (token.doc[token.i - 3], token.doc[token.i - 1]):
        mention = state.mentions.at(word.i)
        if mention is not None and mention.actors:
            sides.append(mention.actors[0])
            continue
        entry = gazetteer.country(word.text)
        actor = state_actor(gazetteer, entry.code) if entry is not None else None
        if actor is None:
            return None
        sides.append(actor)
    x, y = sides
    if x.country is None or y.country is None or x.country == y.country:
        return None
    return x, y


def _hyphen_war_sides(token: Token, pair: tuple[Actor, Actor], objects: list[Actor],
                      joint_preps: frozenset[str]) -> tuple[list[Actor], list[Actor]] | None:
    """Who fights whom in "the X-Y war" (``pair``: X and Y; ``objects``: the targets the
    war word's own phrases name). A hyphen names co-belligerents as often as opponents,
    and a target of the war's own tells which: "the X-Y war on Z" (or against, with, or
    in a third country Z) is X and Y side by side on Z, the way "X and Y struck Z" is; a
    war on (against, with) a side of no third country ("the X-Y war against the rebels",
    the rebels often given X's or Y's country by their place) is no war of X on Y either,
    and makes none here. With no target of its own, or only a place "in" one of the pair
    ("the X-Y war in X's east"), the pair are the opponents, the first as actor as in "the
    war between X and Y" (the order is the writer's, not who began it)."""
    own = {pair[0].country, pair[1].country}
    third = [a for a in objects if a.country not in own]
    if third:
        return list(pair), third
    if any(c.dep_ == "prep" and c.lower_ in joint_preps for c in token.children):
        return None
    return [pair[0]], [pair[1]]


def _denied_content(token: Token, nouns: frozenset[str], answering: frozenset[str]
                    ) -> tuple[Token, Token] | None:
    """The noun of an allegation that a denying verb answers and the content clause the
    noun takes ("X dismissed the allegation that Y had attacked Z", "rejected as baseless
    claims that ..."), for the noun itself as ``token`` or for that verb: None when
    ``token`` is neither. ``nouns``: event_types.yaml `content_clause_nouns`;
    ``answering``: mentions.yaml `answering_verbs`."""
    candidates = [token] if token.pos_ == "NOUN" else [
        o for c in [token, *(c for c in token.children if c.dep_ in ("advcl", "oprd", "xcomp")
                             and c.pos_ == "ADJ")]
        for o in c.children if o.dep_ == "dobj"]
    for noun in candidates:
        if noun.dep_ != "dobj" or not ({noun.lemma_.lower(), noun.lower_} & nouns):
            continue
        verb = noun.head
        if verb.pos_ == "ADJ" and verb.dep_ in ("advcl", "oprd", "xcomp"):
            verb = verb.head  # "dismissed as baseless the allegation that ..."
        if verb.lemma_.lower() not in answering or (token.pos_ != "NOUN" and verb.i != token.i):
            continue
        clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > noun.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is not None:
            return noun, clause
    return None


def _owned_words(noun: Token) -> bool:
    """The noun names whose words it is: a possessor or a "by" phrase ("Y's allegation",
    "the allegation by Y")."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)
