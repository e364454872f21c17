"""The learned detector's review of a sentence, as a mixin of the article reader.

:class:`DetectorReview` runs the detector (:mod:`graphkit.extract.learned`) over a
sentence's features: rule events it finds unlikely are dropped, types it finds likely
that the rules missed are added with participants read from the word that speaks most
for the type, and events naming three sides or more keep only the parties the participant
scorer (:mod:`graphkit.extract.participants`) finds likely. While training, each sentence
is logged as a :class:`SentenceRecord`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from graphkit.extract.arguments import asks_a_question, find_arguments, withheld_document
from graphkit.extract.calibration import DETECTOR, RULES
from graphkit.extract.components import takes_place
from graphkit.extract.found import ArticleState, Found
from graphkit.extract.learned import never_added, sentence_features
from graphkit.extract.mentions import Mention, foreign_targets
from graphkit.extract.nlp import consequence_of
from graphkit.extract.participants import candidate_features
from graphkit.extract.parties import unnamed_speaker
from graphkit.extract.reporting import content_tokens, report_of
from graphkit.extract.rules import EventTypeRule
from graphkit.extract.topics import discussion_topics, topic_around
from graphkit.extract.triggers import direct_verb
from graphkit.model import CONTACT_TYPES, Actor


class DetectorReview:
    """Mixin: the detector's review of a sentence's events (needs the reader's rules,
    mentions, modality, ``detector``, ``feature_log``, ``trace`` and the party helpers)."""

    def _learned(self, sent: Span, index: int, state: ArticleState, chosen: list[Found],
                 trigger_types: set[str], reports: list[tuple[Token, list[Actor]]],
                 told_prior: bool = False, answered: set[str] | None = None) -> list[Found]:
        """The sentence's events after the learned detector's review: rule events it finds
        unlikely dropped, types it finds likely that the rules missed added (no contact
        where the sentence's contact word tells an earlier one, ``told_prior``: "they last
        met in May"; none of the ``answered`` types, whose rejection the rules read as an
        answer naming nobody: "denied the allegations, saying ...")."""
        # a contact told with no medium word is the rules' reading alone: train holds too
        # few for the detector to weigh it, so it is no feature and no event under review
        rule_types = sorted({f.type for f in chosen if f.trigger is None or not f.trigger.medium_untold})
        features = sentence_features(sent, state.mentions, index, sorted(trigger_types), rule_types,
                                     bool(reports), self.rules.dated_act_nouns)
        if self.feature_log is not None:
            self.feature_log.append(SentenceRecord(state.article.id, index, sent.start_char,
                                                   sent.end_char, sent.text, features,
                                                   self._candidate_log(sent, state, chosen, reports)))
        if self.detector is None:
            return chosen
        # the detector's context classes: training adds them to the logged features itself
        features = features + self.detector.class_features(sent)
        review = self.detector.review(features, rule_types)
        if self.trace is not None:
            self.trace("review", sent, state, review)
        kept = [f for f in chosen if f.type not in review.veto or f.modality != "asserted"]
        for f in kept:
            f.probability = review.probabilities.get(f.type)
            if f.probability is not None:
                f.reported = self.detector.confidence(f.type, f.probability, RULES)
        for type_name in review.add:
            if type_name not in self.rules.types:
                continue
            if never_added(type_name, {f.type for f in kept}, self.rules.statement_type):
                continue
            if type_name in CONTACT_TYPES and told_prior:
                continue  # the sentence's contact word tells an earlier contact
            if answered and type_name in answered:
                continue  # the rejection answers an accusation, it makes none
            if type_name == self.rules.statement_type and reports:
                # the reports the rules read already made their statement or were found to
                # wrap a fact, a figure or earlier words
                continue
            found = self._detected(type_name, sent, state, reports, review.probabilities[type_name],
                                   cued=type_name in trigger_types)
            if found is not None:
                kept.append(found)
        added = [f for f in kept if f.type not in rule_types]
        if added:
            # "X said Y will impose sanctions": the speech reports the act the detector
            # found in its sentence, as the detector never adds a statement beside an event;
            # also a statement of its speaker alone whose clause the rules read as telling
            # no act (the clause they read missed the words the detector weighed); one
            # that names a party besides its speaker is about that party, and stays
            kept = [f for f in kept if f.type != self.rules.statement_type
                    or not (any(a.token.i in content_tokens(f.token) for a in added)
                            or len({a.id for a, _ in f.participants}) == 1)]
        return sorted(kept, key=lambda f: f.token.i)

    def _detected(self, type_name: str, sent: Span, state: ArticleState,
                  reports: list[tuple[Token, list[Actor]]], probability: float,
                  cued: bool = False) -> Found | None:
        """An event the detector found and the rules did not: anchored on the sentence's
        word that speaks most for the type; participants from that word's arguments, else
        the actors the sentence names (those before the word act, those after are acted
        on), else the speaker or the story's two parties."""
        assert self.detector is not None
        rule = self.rules.types[type_name]
        anchor = self.detector.anchor(sent, state.mentions, type_name)
        if type_name == self.rules.conditional_threat_type:
            # "if X goes on, Y will cut ...": the threat is the consequence's, aimed at X
            anchor = consequence_of(anchor)
        if not cued and anchor.pos_ in ("VERB", "AUX") \
                and anchor.lemma_.lower() in self.type_lemmas.get(type_name, frozenset()):
            # the verb is one of the type's trigger words and the rules' word checks refused
            # it ("spoke about X", "called X a liar"): a look-alike. A noun of the type the
            # rules' patterns refused is still the detector's to read ("the talks between X
            # and Y", "a new package of sanctions against X": news tells many acts by name)
            return None
        if any(t.pos_ == "NOUN" and _unvoiced_reaction(t, rule, state) for t in sent):
            # "X's arrest drew protests": a reaction nobody named voices, whatever word the
            # detector anchors it on ("drew", "opposition"), as the rules' source_preps say
            return None
        if not cued and anchor.lemma_.lower() in self.addressed_lemmas.get(type_name, frozenset()):
            return None  # "called on its citizens to leave": the rules refused whom it addresses
        if anchor.lemma_.lower() in self.xcomp_lemmas.get(type_name, frozenset()) and asks_a_question(anchor):
            return None  # "asked X why it had ...": a question, not an act asked for
        if anchor.dep_ in ("acl", "relcl") and withheld_document(anchor.head, state.mentions.words):
            return None  # "vetoed a resolution condemning X": nobody condemned X
        if not rule.background_added and _in_since_clause(
                anchor, self.dates.rules.since_marks | self.rules.background_preps):
            # "since X accused Y", "amid tensions between X and Y": background words; a war
            # or an invasion a since or amid phrase names is an attack all the same
            # (``background_added``: the corpus's ongoing wars mentioned in passing)
            return None
        args = find_arguments(anchor, state.mentions, rule.target_preps | {"between"},
                              lenient=rule.roles == "symmetric", possessor_targets=rule.possessor_targets,
                              content_preps=rule.content_preps, with_companions=rule.roles != "symmetric",
                              answered=rule.name.lower() in state.mentions.words.answered_types)
        # "X discussed the war in Y (in a call)": Y is the matter talked over, no party of a
        # contact; and the war, inside the matter, is waged by whom the matter names, not X
        # (a contact's own word inside a matter, "talked about the war in a phone call" as
        # parsed, is still the contact's: only the matter around it is talked of)
        topics = discussion_topics(sent, self.rules)
        contact = type_name in CONTACT_TYPES
        inside = None if contact else topic_around(anchor, topics)
        talked_of = frozenset().union(*(indices for _, indices in topics)) - {t.i for t in anchor.subtree} \
            if contact else frozenset()
        if talked_of or inside is not None:
            def told(m: Mention) -> bool:
                return m.start not in talked_of and (inside is None or m.start in inside)
            args = replace(args, subjects=[m for m in args.subjects if told(m)],
                           objects=[m for m in args.objects if told(m)])
        # a contact whose other side was only the matter talked over has no partner named
        topic_only = bool(talked_of) and any(m.actors and m.start in talked_of
                                             for m in state.mentions.within(sent.start, sent.end))
        if not takes_place(rule):  # "met in Geneva": the city is the setting
            subjects = state.mentions.parties(args.subjects, sent.doc)
            args = replace(args, subjects=subjects, objects=state.mentions.without_settings(
                subjects, state.mentions.parties(args.objects, sent.doc), sent.doc))
        if verbal_act(rule):  # "said it violated the sovereignty of X": X is no one aimed at
            args = replace(args, objects=[m for m in args.objects
                                          if not state.mentions.owns_victim_noun(m, sent.doc)])
        subjects = self._actors(args.subjects, state, anchor)
        objects = self._actors(args.objects, state, anchor)
        if rule.roles == "directed" and verbal_act(rule) and subjects:
            # "X said Y had been detained illegally by Z": the words of blame are the
            # reporter's, aimed at who did the deed the report tells (a doer of the
            # reporter's own side acts itself: "X's minister said X would berate Y")
            report = report_of(anchor, reports)
            if report is not None and report[0] is not anchor and report[1] and not (
                    {a.id for a in subjects} & {a.id for a in report[1]}
                    or {a.country for a in subjects} & {a.country for a in report[1] if a.country}):
                subjects, objects = list(report[1]), subjects
        # "people accused of ...": a charge whose accuser goes unnamed (a material act told
        # so, "the tariffs levied last year", is still the nearby state's)
        participle = anchor.dep_ == "acl" and anchor.tag_ == "VBN" and verbal_act(rule)
        if rule.roles == "directed" and (args.passive or participle) and not subjects:
            # "X is accused of ...", "were detained in Y": X is acted on, and who acted is
            # the place's state or unnamed, as for a rule's passive, not a name nearby
            subjects = self._place_country(anchor, state, rule.target_preps)
            if not subjects:
                return None
        if rule.roles == "directed" and rule.foreign_target:
            objects = foreign_targets(subjects, objects, self.non_state)
        if rule.roles == "directed" and not objects and verbal_act(rule):
            objects = self._linked_addressees(anchor, state, {a.id for a in subjects})
        # "X's family demanded ...": the kin are no party named here, and never X
        kin = {t.i for s in args.subject_tokens if s.lemma_.lower() in state.mentions.words.kin_nouns
               for t in s.subtree}
        if len({a.id for a in subjects + objects}) < 2:
            # "X's jets struck Y's town, according to the UN": an international body or
            # outlet the news is attributed to is no party of a deed of force (of words, it
            # may be the speaker; a state's forces cited are often the side struck)
            cited = frozenset() if rule.quad_class != "material conflict" else _attributed(
                sent, anchor, self.rules.words(self.rules.reporting, "attribution_preps"),
                self.rules.words(self.rules.reporting, "attribution_verbs"))
            named = [m for m in state.mentions.within(sent.start, sent.end)
                     if m.actors and m.start not in kin
                     and not (m.start in cited and all(a.name in self.cited_bodies for a in m.actors))
                     and not (verbal_act(rule) and state.mentions.owns_victim_noun(m, sent.doc))
                     and m.start not in talked_of and (inside is None or m.start in inside)]
            if not takes_place(rule):
                named = state.mentions.parties(named, sent.doc)
            # "aid to X", "drills around X", "arrived in X": the object of a preposition
            # of the act's recipient, target or place is acted on wherever it stands
            acted_on = {m.start for m in named if rule.roles == "directed"
                        and _object_of(sent.doc[m.start:m.end].root, rule.acted_on_preps)}
            before = self._actors([m for m in named if m.start < anchor.i and m.start not in acted_on],
                                  state, anchor)
            after = self._actors([m for m in named if m.start >= anchor.i and m.start not in acted_on],
                                 state, anchor)
            received = self._actors([m for m in named if m.start in acted_on], state, anchor)
            if not subjects and verbal_act(rule) and report_of(anchor, reports) is None \
                    and unnamed_speaker(args.subject_tokens, state):
                # "The spokesperson urged X to ...": whoever spoke just before, or nobody
                # (never X, whom the words are aimed at)
                subjects = self._recent_speaker(args.subject_tokens, state)
                if not subjects:
                    return None
            if not subjects:
                report = report_of(anchor, reports)
                subjects = list(report[1]) if report is not None else before or ([] if kin else after[:1])
            if kin and not subjects:
                return None  # the act's doer is someone's kin: no party this reads
            known = {a.id for a in subjects + objects}
            objects = objects + [a for a in before + after + received if a.id not in known]
        callers = {a.id for a in subjects}
        if rule.release_calls and subjects and all(a.id in callers for a in objects):
            # "X condemned the detentions, calling for the release of the staff": whoever the
            # story told held them (the sentence's names are all the caller's)
            objects = objects + self._holders_asked(anchor, rule, state, subjects)
        if rule.roles == "symmetric" and len({a.id for a in subjects + objects}) < 2:
            known = {a.id for a in subjects + objects}
            objects = objects + [a for a in state.group_actors(sent.start) if a.id not in known]
        if not subjects and not objects and rule.roles == "speaker" and state.last_speaker is not None \
                and state.sentence - state.last_speaker[0] <= 2:
            subjects = list(state.last_speaker[1])
        if rule.roles == "directed" and rule.foreign_target:
            objects = foreign_targets(subjects, objects, self.non_state)
        participants = self._roles(rule, subjects, objects)
        if len(participants) < max(1, rule.min_participants) and not (rule.story_target and subjects):
            # no more lenient than the rules on who took part: an act told with its source
            # alone ("X vowed to respond") seeks its story target after the review, as a
            # trigger's does, and is dropped there when the story gives none
            return None
        if topic_only and len({a.country or a.id for a, _ in participants}) < 2:
            return None
        found = Found(type_name, rule, sent, anchor, participants, round(probability * 0.8, 3),
                      probability=probability,
                      reported=self.detector.confidence(type_name, probability, DETECTOR))
        found.modality = self.modality.modality(anchor, type_name, _subject_words(found))
        return found

    def _trimmed(self, f: Found, sent: Span, state: ArticleState,
                 reports: list[tuple[Token, list[Actor]]]) -> Found:
        """``f`` without the parties of three sides or more that the participant scorer
        finds unlikely, two sides kept at least and its sources always: "the diplomats of
        A, B and C met" keeps them, "A and B agreed, C's envoy said" loses C."""
        scorer = self.detector.participants if self.detector is not None else None
        sides = {a.country or a.id for a, _ in f.participants}
        if scorer is None or len(sides) < 3 or f.counterparts:
            return f
        candidates, speakers = _candidates(sent, state, reports)
        story = _story_country(state, f.token)
        best: dict[str, float] = {}
        for m in candidates:
            p = scorer.probability(candidate_features(m, candidates, f.token, sent, state.mentions, f.type,
                                                      story, speakers))
            if sent.doc[m.start:m.end].root.head.i == f.token.i:
                p = 1.0  # an argument of the event's own word ("told X", "met X") is never cut
            for a in m.actors:
                for key in (a.id, a.country):
                    best[key] = max(p, best.get(key, 0.0))

        def score(actor: Actor) -> float:  # an actor named in no mention of the sentence stays
            return best.get(actor.id, best.get(actor.country or actor.id, 1.0))

        ranked = sorted(f.participants,
                        key=lambda pair: (pair[1] not in ("source", "speaker"), -score(pair[0])))
        kept: list[tuple[Actor, str]] = []
        have: set[str] = set()
        for actor, role in ranked:
            if role in ("source", "speaker") or score(actor) >= scorer.threshold or len(have) < 2:
                kept.append((actor, role))
                have.add(actor.country or actor.id)
        if len(kept) == len(f.participants):
            return f
        return replace(f, participants=[pair for pair in f.participants if pair in kept])

    def _swapped(self, f: Found, sent: Span, state: ArticleState,
                 reports: list[tuple[Token, list[Actor]]]) -> Found:
        """``f``, a directed act of two sides and one target, with its target swapped for
        the sentence's candidate of a third side when the participant scorer finds that
        candidate likelier by the scorer's ``swap`` margin at least (chosen in training on
        held-out reads; None: never): a target read from a name that is not acted on (a
        programme, "providing funds for the X package and for Y"; a weapon; a body in "the
        X member's affairs") where the sentence names the one acted on. An argument of the
        event's own word is never swapped."""
        scorer = self.detector.participants if self.detector is not None else None
        if scorer is None or scorer.swap is None or f.rule.roles != "directed" \
                or f.rule.min_participants < 2 or f.counterparts:
            return f
        targets = [a for a, role in f.participants if role == "target"]
        sides = {a.country or a.id for a, _ in f.participants}
        if len(targets) != 1 or len(sides) != 2:
            return f
        target = targets[0]
        candidates, speakers = _candidates(sent, state, reports)
        story = _story_country(state, f.token)
        held: float | None = None
        best: tuple[float, Actor] | None = None
        for m in candidates:
            p = scorer.probability(candidate_features(m, candidates, f.token, sent, state.mentions, f.type,
                                                      story, speakers))
            if any(a.id == target.id for a in m.actors):
                held = 1.0 if sent.doc[m.start:m.end].root.head.i == f.token.i else max(p, held or 0.0)
            elif all((a.country or a.id) not in sides for a in m.actors) and (best is None or p > best[0]):
                best = (p, m.actors[0])
        if held is None or best is None or best[0] - held < scorer.swap:
            return f  # a target named elsewhere than the sentence is not judged here
        margin, actor = best[0] - held, best[1]
        if scorer.swaps is not None:
            scorer.swaps.append((state.article.id, sent.start_char, f.type, actor.id, target, margin))
        return replace(f, participants=[(actor, role) if a is target else (a, role)
                                        for a, role in f.participants])

    def _candidate_log(self, sent: Span, state: ArticleState, chosen: list[Found],
                       reports: list[tuple[Token, list[Actor]]]) -> list[Candidate]:
        """Per candidate mention of a training sentence, its actors and its participant
        features for each type, anchored where the rules found the type, else on the
        type's trigger word, else on the sentence's root."""
        candidates, speakers = _candidates(sent, state, reports)
        if len(candidates) < 2:
            return []
        anchors: dict[str, Token] = {}
        for name, lemmas in self.type_lemmas.items():
            ruled = next((f.token for f in chosen if f.type == name), None)
            anchors[name] = ruled or next((t for t in sent if t.lemma_.lower() in lemmas), sent.root)
        out = []
        for m in candidates:
            by_type = {}
            for name, anchor in anchors.items():
                by_type[name] = candidate_features(m, candidates, anchor, sent, state.mentions, name,
                                                   _story_country(state, anchor), speakers)
            out.append((tuple(self._actors([m], state, anchors.get(self.rules.statement_type))), by_type))
        return out


def _candidates(sent: Span, state: ArticleState, reports: list[tuple[Token, list[Actor]]]
                ) -> tuple[list[Mention], frozenset[str]]:
    """The sentence's candidate party mentions (actors, not a channel) and its speakers' ids."""
    candidates = [m for m in state.mentions.within(sent.start, sent.end) if m.actors and not m.channel]
    return candidates, frozenset(a.id for _, actors in reports for a in actors)


def _story_country(state: ArticleState, token: Token) -> str | None:
    """The country the story has named most up to ``token``."""
    story = state.top_countries(token.i, 1)
    return story[0].country if story else None


#: a training sentence's candidate mention: its actors, and its participant features by type
Candidate = tuple[tuple[Actor, ...], dict[str, list[str]]]


@dataclass(frozen=True)
class SentenceRecord:
    """One sentence as the detector saw it (kept while training, never stored)."""

    article_id: str
    index: int
    start_char: int
    end_char: int
    text: str
    features: list[str]
    # per candidate actor mention: its actors and its participant features by type
    candidates: list[Candidate] = field(default_factory=list)


def _object_of(token: Token, preps: frozenset[str]) -> bool:
    """``token`` (or the first of the conjuncts it belongs to) is the object of a
    preposition of ``preps``."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in preps


def _attributed(sent: Span, anchor: Token, preps: frozenset[str], verbs: frozenset[str]) -> frozenset[int]:
    """The indices of the words that name whom ``sent`` attributes its news to: the
    phrases of an attribution preposition or verb ("according to X", "citing X"), not one
    that holds the act itself ("according to reports that X struck Y")."""
    heads = [token for token in sent
             if token.lower_ in preps or (token.lemma_.lower() in verbs and token.pos_ == "VERB")]
    return frozenset(t.i for token in heads if anchor not in token.subtree for t in token.subtree)


def verbal_act(rule: EventTypeRule) -> bool:
    """A verbal act (an accusation, a demand, a threat ...), not a material one."""
    return bool(rule.quad_class) and rule.quad_class.startswith("verbal")


def _unvoiced_reaction(noun: Token, rule: EventTypeRule, state: ArticleState) -> bool:
    """A reaction noun the object of one of its trigger's light verbs with no source phrase
    ("the arrest of X by Y drew protests", "the ruling drew criticism"): as for the rules'
    ``source_preps``, nobody named reacts, and the act's own parties are not the reactors."""
    verb = direct_verb(noun, state.mentions.words)
    if verb is None:
        return False
    word = {noun.lemma_.lower(), noun.lower_}
    for trig in rule.triggers:
        if not trig.source_preps or verb.lemma_.lower() not in trig.light_verbs:
            continue
        lemmas = (trig.pattern[trig.head].get("LEMMA") or {}).get("IN") or ()
        if word & {str(w).lower() for w in lemmas}:
            return not any(c.dep_ == "prep" and c.lower_ in trig.source_preps
                           for h in (noun, verb) for c in h.children)
    return False


def _in_since_clause(token: Token, since: frozenset[str]) -> bool:
    """``token`` is told inside a since-phrase or since-clause ("since X launched ..."), or
    inside a phrase of another of ``since``'s words ("amid tensions ...")."""
    return any(t.lower_ in since and t.dep_ == "mark"
               for a in (token, *token.ancestors) for t in a.children) or any(
        a.lower_ in since for a in token.ancestors)


def _subject_words(f: Found) -> list[Token]:
    token = f.token
    return [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
