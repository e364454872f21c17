"""The article reader: one parsed article read in story order, its events out.

:class:`ArticleReader` is what the ``graphkit_events`` component runs on a doc the
per-sentence components have annotated (:mod:`graphkit.extract.components`); the
:class:`~graphkit.extract.extractor.Extractor` builds one and wraps it. This module
holds its rule stages (``__init__``), the story order and the per-sentence steps
(:meth:`ArticleReader._sentence`: events from trigger hits, reports, the learned review,
the parties trimmed and completed, dates, implied prior contacts). Its mixins hold the
rest: :class:`~graphkit.extract.trigger_events.TriggerEvents` (one trigger hit and its
arguments to an event), :class:`~graphkit.extract.parties.PartyFinder` (parties from
context), :class:`~graphkit.extract.review.DetectorReview` (the learned detector's
review) and :class:`~graphkit.extract.speech.ReportedSpeech` (what each report makes).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from graphkit.extract.actors import MentionFinder
from graphkit.extract.charges import ChargeNouns, without_charges
from graphkit.extract.components import article_of
from graphkit.extract.counted_groups import CountedGroups
from graphkit.extract.date_rules import date_grammar
from graphkit.extract.dating import EventDater
from graphkit.extract.found import (
    ArticleState,
    Found,
    dates_overlap,
    folded_participles,
    sentence_events,
    years_before,
)
from graphkit.extract.learned import EventDetector, load_default_detector
from graphkit.extract.medium import (
    by_medium,
    in_person,
    in_person_by_story,
    story_meeting,
    without_calls_retold,
)
from graphkit.extract.mentions import is_non_state, unique_actors
from graphkit.extract.modality import ModalityReader
from graphkit.extract.parties import PartyFinder, nearest_first
from graphkit.extract.planned_threats import planned_threats
from graphkit.extract.prior_events import prior_contact
from graphkit.extract.priors import PriorContactReader
from graphkit.extract.reasons import reason_accusations
from graphkit.extract.reporting import ReportReader
from graphkit.extract.restatements import article_events
from graphkit.extract.review import DetectorReview, SentenceRecord
from graphkit.extract.rules import Rules, TriggerRule, load_rules
from graphkit.extract.settings import (
    too_few_known,
    with_countries_read_as_persons,
    with_holders_country,
    without_ownerless_bodies,
    without_setting_parties,
)
from graphkit.extract.speech import ReportedSpeech
from graphkit.extract.trigger_events import TriggerEvents
from graphkit.extract.triggers import TriggerMatcher
from graphkit.model import CONTACT_TYPES, Actor, Event, EventDate

if TYPE_CHECKING:
    from graphkit.reference.gazetteer import Gazetteer

#: A tracer of the reader's stages, told (stage, the sentence, the article's state, what
#: the stage made) at each stage of each sentence: "candidates" (the trigger hits, the
#: reports and the events read from them), "chosen" (one per type), "review" (the detector's review),
#: "reviewed" (the events after it), "dated" (the events after the filters, dated).
Tracer = Callable[[str, Span, ArticleState, Any], None]


class ArticleReader(PartyFinder, DetectorReview, ReportedSpeech, TriggerEvents):
    """Reads one parsed article in story order: the events of each sentence from what the
    per-sentence components found (``doc._.graphkit_*``, see
    :mod:`graphkit.extract.components`), in the context of the sentences before it (the
    events found so far, the last speaker, the main contact); the learned detector's
    review; the dates; the implied prior contacts; then the article's events, restatements
    dropped. The ``graphkit_events`` component runs it.

    Args:
        nlp: The pipeline whose vocabulary the matchers use.
        gazetteer: A :class:`~graphkit.reference.gazetteer.Gazetteer`.
        schema_dir: The folder of rule files (default: the project's).
        detector: As for :class:`Extractor`.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer, schema_dir: Path | None = None,
                 detector: EventDetector | None | bool = None) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer
        self.rules: Rules = load_rules(schema_dir)
        self.actors = MentionFinder(self.nlp, gazetteer, self.rules)
        self.triggers = TriggerMatcher(self.nlp, self.rules)
        self.modality = ModalityReader(self.rules, _country_code(gazetteer))
        # every date rule comes from the same schema folder as the other rules
        self.dates = date_grammar(self.rules.folder / "date_rules.yaml")
        # calendar years before the article from which an event is background
        self.background_years = self.dates.rules.background_years
        self.priors = PriorContactReader(self.rules, self.dates)
        self.reporter = ReportReader(self.rules, self.actors)
        self.dater = EventDater(self.modality.speech_types, _trigger_lemmas(self.rules, frozenset(
            name for name, rule in self.rules.types.items() if rule.material)),
                                self.dates, ahead_modals=self.modality.plan_modals)
        self.event_nouns = _event_nouns(self.rules)
        # per type, its one-word trigger lemmas: where a training sentence tells the type
        self.type_lemmas: dict[str, frozenset[str]] = {
            name: frozenset(_trigger_lemmas(self.rules, frozenset([name]))) for name in self.rules.types}
        # per type, the trigger words the rules may refuse for whom they address ("called on
        # its citizens to leave"): no detector addition of the type stands on one of them
        self.addressed_lemmas: dict[str, frozenset[str]] = _head_lemmas(self.rules, "unless_addressed")
        # per type, the trigger words that ask for an act ("asked X to ..."): a question
        # told by one ("asked X why ...") is no addition of the type
        self.xcomp_lemmas: dict[str, frozenset[str]] = _head_lemmas(self.rules, "needs_xcomp")
        self.non_state = frozenset(o.name for o in (gazetteer.organisations if gazetteer else ())
                                   if o.kind in self.rules.non_state_kinds)
        self.cited_bodies = frozenset(o.name for o in (gazetteer.organisations if gazetteer else ())
                                      if o.kind in self.rules.cited_kinds)
        anaphora = self.rules.mentions.get("act_reference") or {}
        self.act_nouns = frozenset(str(w).lower() for w in anaphora.get("nouns") or ())
        self.material_types = frozenset(name for name, rule in self.rules.types.items()
                                        if rule.material)
        stamp = self.rules.mentions.get("live_blog_stamp")
        self.blog_stamp = re.compile(stamp, re.M | re.I) if stamp else None
        self.blog_min = int(self.rules.mentions.get("live_blog_min_entries") or 3)
        self.contact_nouns = frozenset(str(w).lower() for w in anaphora.get("contact_nouns") or ())
        self.contact_types = frozenset(anaphora.get("contact_types") or ())
        self.anaphoric_modifiers = self.rules.words(self.rules.mentions, "anaphoric_modifiers")
        self.neighbour_nouns = self.rules.words(self.rules.mentions, "neighbour_references")
        self.definite_determiners = self.rules.words(self.rules.mentions, "definite_determiners")
        self.first_person = self.rules.words(self.rules.modality, "first_person_pronouns")
        self.holding_verbs = self.rules.words(self.rules.modality.get("implied_prior") or {}, "holding_verbs")
        joint = self.rules.reporting.get("joint_commitment") or {}
        self.joint_subjects = self.rules.words(joint, "subjects")
        self.joint_modals = self.rules.words(joint, "modals")
        self.charges = ChargeNouns.from_section(self.rules.mentions.get("charge_nouns"))
        self.unit_heads = self.rules.words(self.rules.mentions, "unit_heads")
        self.region_names = self.rules.words(self.rules.mentions, "region_names")
        self.reciprocal_phrases = tuple(sorted(self.rules.words(self.rules.mentions, "reciprocal_phrases")))
        self.counted_groups = CountedGroups(self.rules.mentions)
        pairs = self.rules.mentions.get("reciprocal_pairs") or {}
        self.reciprocal_pairs = (self.rules.words(pairs, "subjects"), self.rules.words(pairs, "others"))
        self.reciprocal_each_way = self.rules.words(self.rules.mentions, "reciprocal_each_way")
        self.each_doer_apart = self.rules.words(self.rules.mentions, "each_doer_apart")
        self.detector: EventDetector | None = (
            load_default_detector() if detector is None or detector is True
            else detector or None)
        # when a list: every sentence's detector features are appended to it (training)
        self.feature_log: list[SentenceRecord] | None = None
        # when set: told what each stage of a sentence made (bench/miss_stages.py)
        self.trace: Tracer | None = None

    def read(self, doc: Doc) -> list[Event]:
        """The events of ``doc``, whose per-sentence extensions are set."""
        state = ArticleState(article_of(doc), doc._.graphkit_mentions)
        sents = list(doc.sents)
        for entry in self._reading_order(sents, doc.text):
            # a live blog's entry stands alone for dates and speakers; references still
            # reach back to the older entries read before it
            state.date_floor = len(state.found)
            state.last_speaker = None
            for index in entry:
                state.sentence = index
                self._sentence(sents[index], index, state)
        # "X arrived in Lima ... X spoke with Y": a contact with no medium told during a
        # meeting the story tells of the same sides that day is that meeting
        state.found = in_person_by_story(state.found, self.rules)
        # "X and Y discussed ... during their meeting" in a story of their phone call: the call
        state.found = without_calls_retold(state.found, self.rules)
        return article_events(state, self.rules, self.background_years, self.reporter,
                              self.dates.rules.since_marks)

    def _reading_order(self, sents: list[Span], text: str) -> list[list[int]]:
        """The sentence indexes in story order, by entry: a live blog whose entries run
        newest first is read oldest entry first (``live_blog_stamp``); any other article is
        one entry, as written. ``text``: the text of the sentences' doc."""
        whole = [list(range(len(sents)))]
        if self.blog_stamp is None or not sents:
            return whole
        stamps = [(m.start(), int(m.group(1)) * 60 + int(m.group(2)))
                  for m in self.blog_stamp.finditer(text)]
        if (len(stamps) < self.blog_min or stamps[0][1] == stamps[-1][1]
                or any(b[1] > a[1] for a, b in zip(stamps, stamps[1:], strict=False))):
            return whole
        bounds = [s for s, _ in stamps]
        head: list[int] = []
        entries: list[list[int]] = [[] for _ in bounds]
        for index, sent in enumerate(sents):
            k = sum(1 for b in bounds if b <= sent.start_char) - 1
            (entries[k] if k >= 0 else head).append(index)
        return [head, *reversed(entries)]

    # -- one sentence -----------------------------------------------------------------

    def _sentence(self, sent: Span, index: int, state: ArticleState) -> None:
        mentions = state.mentions
        doc = sent.doc
        reports = doc._.graphkit_reports[index]
        cues = doc._.graphkit_prior_cues[index]
        modalities = doc._.graphkit_modality
        arguments = doc._.graphkit_arguments
        told_prior = {c.contact.i for c in cues if c.tells_prior and c.contact is not None}
        current = [c.contact for c in cues if c.kind == "first" and c.contact is not None
                   and c.contact.pos_ in ("NOUN", "PROPN")]
        candidates: list[Found] = []
        done: set[tuple[str, int]] = set()
        # types whose rejection ("denied the allegations") the rules read as an answer only
        answered: set[str] = set()
        hits = doc._.graphkit_triggers[index]
        for hit in hits:
            if (hit.rule.type, hit.token.i) in done:
                continue
            if hit.token.i in told_prior:
                continue  # "they last met in May": that meeting is the implied prior itself
            if any(hit.token.i == c.i and not (c.dep_ == "nsubj" and c.head.lemma_.lower() != "be")
                   and not (c.dep_ == "dobj" and c.head.lemma_.lower() in self.holding_verbs
                            and c == next(d for d in c.head.children if d.dep_ == "dobj"))
                   for c in current):
                # "it was the first visit ... since 2018": the contact already told; but
                # "the first talks since 2022 have ended", "held their first talks in four
                # years" tell the talks themselves (not a second object: "held talks ...,
                # his first visit since 2017" restates them)
                continue
            found = self._from_trigger(hit, sent, state, reports, arguments[(hit.rule.key, hit.token.i)])
            if found is None and (hit.rule.counter or hit.token.i in state.unblamed):
                answered.add(hit.rule.type)  # an answer, or blame of nobody named
            if found is not None:
                done.add((hit.rule.type, hit.token.i))
                found.modality = modalities[(found.type, found.token.i)]  # type: ignore[assignment]
                found = by_medium(in_person(found, self.rules), self.rules)
                if found.type != hit.rule.type:  # a meeting told by a remote medium: a call
                    if (found.type, found.token.i) in done:
                        continue
                    done.add((found.type, found.token.i))
                if hit.rule.modals and found.modality in ("planned", "hypothetical"):
                    found.modality = "asserted"  # "will take measures against X": a threat made now
                candidates.append(found)
        if any(self.reporter.tells_terms(verb) for verb, _ in reports):
            # "the envoys must leave by Friday, X said": an expulsion's terms, no speech act
            answered |= self.modality.speech_types
        if reports:
            state.last_speaker = (index, reports[-1][1])
        self._read_reports(sent, index, state, reports, hits, candidates)
        attribution = doc._.graphkit_attributions[index]
        for c in candidates:
            if c.reporter is None and attribution is not None:
                c.reporter = attribution
        # "expelled Y's envoys over Y's spying": the measure's reason accuses Y
        candidates += reason_accusations(candidates, state, self.rules)
        if self.trace is not None:
            self.trace("candidates", sent, state, (hits, reports, candidates))
        chosen = sentence_events(candidates, self.rules.own_clauses, self.rules.dated_clauses)
        folded = folded_participles(chosen, self.rules.folded_participles)
        if cues:  # "first visit since 2011, when X held talks with Y": the prior itself
            for f in chosen:
                if f.type in CONTACT_TYPES and f.modality == "asserted" and _background(
                        f, state, self.background_years, self.dates.rules.since_marks):
                    f.modality = "implied_prior"
        if self.trace is not None:
            self.trace("chosen", sent, state, chosen)
        if self.detector is not None or self.feature_log is not None:
            # (a contact word of no medium is no word of its type: the reading picks the type)
            cue_types = {h.rule.type for h in hits if not h.rule.medium_untold}
            chosen = self._learned(sent, index, state, chosen, cue_types, reports,
                                   any(c.tells_prior for c in cues), answered)
            if self.trace is not None:
                self.trace("reviewed", sent, state, chosen)
        if folded:  # "condemned X ..., while calling on Y to ...": the call is part of the
            # accusation, while the detector's review keeps that
            chosen = [f for f in chosen if not any(f is call and any(act is g for g in chosen)
                                                   for call, act in folded)]
        chosen = [self._trimmed(f, sent, state, reports) for f in chosen]
        if self.rules.announced_force is not None:  # after the review, as for charges
            chosen = _announced_force(chosen, self.rules.announced_force, self.rules)
        chosen = chosen + planned_threats(chosen, self.rules)  # after the review, too
        # a charge read as a party ("accused X of <charge>"): after the review, so the
        # detector's features stay as they are
        chosen = [g for g in (without_charges(f, self.charges, self.actors.is_known, self.actors.named_actor,
                                              lambda g: self._nearest_foreign(g, state))
                              for f in chosen) if g is not None]
        # a country's name read as a person named with it ("Israel" after "Israel X"):
        # after the review, as for charges
        chosen = [with_countries_read_as_persons(f, mentions) for f in chosen]
        # a detainee of no known country held by a state: of that state (after the review)
        chosen = [with_holders_country(f) for f in chosen]
        # parties the setting gave that are none (a place of no country, a time zone):
        # after the review, as for charges
        chosen = [g for f in chosen
                  if (g := without_setting_parties(f, mentions, self.region_names)) is not None
                  and (g := without_ownerless_bodies(g, mentions.words)) is not None
                  and not too_few_known(g, self.actors.is_known, self.unit_heads, self.actors.is_outlet)]
        chosen = [one for f in chosen for one in _each_counterpart(f)]
        chosen = [one for f in chosen for one in self._each_way(f)]
        chosen = [one for f in chosen for one in self._each_doer(f)]
        chosen = [_linked_target(f, chosen, self.rules.addressee_links, self.rules.addressee_climb)
                  if f.rule.story_target and all(role == "source" for _, role in f.participants) else f
                  for f in chosen]
        chosen = [self._foreign_retarget(f, state) if (f.rule.foreign_retarget and self._domestic(f)) or (
            f.rule.story_target and all(role == "source" for _, role in f.participants)) else f
                  for f in chosen]
        chosen = [f for f in chosen if not (f.rule.story_target and f.rule.min_participants >= 2 and all(
            role == "source" for _, role in f.participants))]  # no story target found: none
        chosen = [self._foreign_counterpart(f, state) if f.rule.foreign_counterpart and self._domestic(f)
                  else f for f in chosen]
        chosen = [f for f in chosen if not (f.rule.foreign_parties and self._domestic(f))]
        # a target the participant scorer finds far less likely than a candidate of a third
        # side is swapped for it; last, after the rules' own ways to find a target (a story
        # target, a foreign counterpart), so it never stands in for the side they find
        chosen = [self._swapped(f, sent, state, reports) for f in chosen]
        for f in chosen:
            f.date = self._dated(f, sent, index, state)
            if f.type in CONTACT_TYPES and f.modality == "asserted" and years_before(
                    f, state.article.published, self.background_years):
                f.modality = "implied_prior"  # a contact of years ago: a prior, not the news
            # "met Y in Lima ... the two presidents discussed Z": words had at a meeting the
            # story told are that meeting told again
            meeting = story_meeting(f, state.found, self.rules)
            state.found.append(f)
            if f.type in CONTACT_TYPES and f.modality == "asserted" and not _background(
                    f, state, self.background_years, self.dates.rules.since_marks):
                state.last_contact = meeting or f
                state.last_contact_sentence = index
                if state.main_contact is None:
                    state.main_contact = meeting or f
        if self.trace is not None:
            self.trace("dated", sent, state, chosen)
        told = [f for f in chosen if f.modality == "implied_prior"]
        for cue in cues:
            prior = prior_contact(cue, sent, chosen, state, self.rules, self.dates.rules.since_marks)
            if prior is None:
                continue
            same = next((f for f in told if f.type == prior.type
                         and dates_overlap(f.date, prior.date)), None)
            if same is None:
                state.found.append(prior)
            elif same.date.value is None:  # "since May 2012, when X held talks with Y"
                same.date = prior.date

    def _dated(self, f: Found, sent: Span, index: int, state: ArticleState) -> EventDate:
        """The event's date; for an act told by another verb (``told_by``), that verb's
        date, else the publication day: an act told now (a threat made by announcing a
        plan) is never left undated, as the measure planned may be."""
        if f.told_by is None:
            return self.dater.date(f, sent, index, state)
        found = self.dater.date(replace(f, token=f.told_by), sent, index, state)
        published = state.article.published
        if found.value is None and published is not None:
            return EventDate(published.isoformat(), "day", None, "publication")
        return found

    def _each_way(self, f: Found) -> list[Found]:
        """An act of two sides on each other's people ("A and B expelled each other's
        envoys") of a type of ``reciprocal_each_way``: two acts, A on B and B on A."""
        sides = unique_actors(a for a, _ in f.participants)
        if (f.type.lower() not in self.reciprocal_each_way or len(sides) != 2
                or any(role != "source" for _, role in f.participants)
                or not any(f"{phrase}'s" in f.sent.text.lower() or f"{phrase}’s" in f.sent.text.lower()
                           for phrase in self.reciprocal_phrases)):
            return [f]
        first, second = sides
        return [replace(f, participants=[(first, "source"), (second, "target")]),
                replace(f, participants=[(second, "source"), (first, "target")])]

    def _each_doer(self, f: Found) -> list[Found]:
        """An act of several states on one party of a type of ``each_doer_apart`` ("A, B and C
        expelled X's diplomats"): one act by each state (its people, its envoys), on the same
        target; a doer of no known country keeps the one event."""
        sources = unique_actors(a for a, role in f.participants if role == "source")
        targets = [(a, role) for a, role in f.participants if role != "source"]
        if f.type.lower() not in self.each_doer_apart or not targets or any(
                a.country is None for a in sources):
            return [f]
        states: dict[str | None, list[Actor]] = {}
        for a in sources:
            states.setdefault(a.country, []).append(a)
        if len(states) < 2:
            return [f]
        return [replace(f, participants=[(a, "source") for a in doers] + targets)
                for doers in states.values()]

    def _nearest_foreign(self, f: Found, state: ArticleState) -> Actor | None:
        """The country named nearest ``f``'s word in its sentence that none of its parties
        is of (None when the sentence names none)."""
        own = {a.country for a, _ in f.participants} | {None}
        return next((a for m in nearest_first(f, state) for a in m.actors
                     if a.kind == "country" and a.country not in own), None)

    def _domestic(self, f: Found) -> bool:
        """All parties with a known country are of one, one of them a state or a body
        (not only people, whose country is often a guess) and none a non-state group:
        "the minister visited the navy's base" is no diplomatic contact, "X's government
        condemned strikes in X" no accusation between states (``foreign_parties``)."""
        known = [a for a, _ in f.participants if a.country]
        return len(known) >= 2 and len({a.country for a in known}) == 1 and any(
            a.kind != "person" for a in known) and not any(is_non_state(a, self.non_state) for a in known)


def _each_counterpart(f: Found) -> list[Found]:
    """"X met A and B separately" (``pairwise_cues``): one event of X with each of them."""
    if not f.counterparts:
        return [f]
    own = next((a for a, _ in f.participants if a.id not in {c.id for c in f.counterparts}), None)
    if own is None:  # (no party of its own left to pair: keep the one event)
        return [f]
    return [replace(f, participants=[(own, "participant"), (other, "participant")], counterparts=[])
            for other in f.counterparts]


def _background(f: Found, state: ArticleState, years: int | None, since: frozenset[str]) -> bool:
    """A contact told as background ("since 2011, when X held talks with Y", or dated
    before the story's own contact): never what "the two leaders" refers to."""
    if any(a.lower_ in since for a in f.token.ancestors):
        return True
    verb = f.token if f.token.pos_ == "VERB" else f.token.head
    if any(c.lower_ == "when" and c.dep_ == "advmod" for c in verb.children) and any(
            t.lower_ in since and t.i < verb.i for t in f.sent):
        return True  # "since December 2011, when X held talks with Y"
    published = state.article.published
    if years_before(f, published, years):
        return True  # a contact of years ago
    main = state.main_contact
    if main is not None and main is not f and main.date.value and f.date.value:
        n = min(len(main.date.value), len(f.date.value))
        return f.date.value[:n] < main.date.value[:n]
    return False


def _announced_force(chosen: list[Found], types: tuple[str, str], rules: Rules) -> list[Found]:
    """A planned or hypothetical act of force (``announced_force``: ``types`` is the act's
    type and the threat's) that its own doer reports ("X said it would attack any ship
    bound for Y") and that names its target is a threat of force, made when it is said
    (asserted); not when the sentence already holds a threat."""
    act, threat = types
    if any(f.type == threat for f in chosen):
        return chosen
    out = []
    for f in chosen:
        sources = [a for a, role in f.participants if role == "source"]
        reporter = f.reporter
        if (f.type == act and f.modality in ("planned", "hypothetical") and reporter is not None
                and any(role == "target" for _, role in f.participants)
                and any(a.id == reporter.id or (a.country is not None and a.country == reporter.country)
                        for a in sources)):
            f = replace(f, type=threat, rule=rules.types[threat], subtype=None, modality="asserted")
        out.append(f)
    return out


def _linked_target(f: Found, chosen: list[Found], links: frozenset[str], climb: int) -> Found:
    """An act told with its source alone (``story_target``) that is linked to the word of
    another directed act of the same sources in its sentence (up to ``climb`` links of
    ``links``) aims where that act aims: "X denounced Y's decision and vowed to retaliate"
    is a threat aimed at Y (the parser may hang "Y's decision" anywhere in the clause; the
    accusation found it). Unchanged when no such act is found."""
    sources = {a.id for a, _ in f.participants}
    verb = f.token
    for _ in range(climb):
        if verb.dep_ not in links or verb.head.i == verb.i:
            return f
        verb = verb.head
        for other in chosen:
            if other is f or other.token.i != verb.i or other.rule.roles != "directed":
                continue
            if {a.id for a, role in other.participants if role == "source"} != sources:
                continue
            targets = [(a, "target") for a, role in other.participants if role == "target"]
            if targets:
                return replace(f, participants=[*f.participants, *targets])
    return f


def _one_word_lemmas(rules: Rules) -> Iterator[tuple[str, TriggerRule]]:
    """(lower-cased lemma, trigger) for each lemma of each one-word trigger, in rule order."""
    for trigger in rules.triggers:
        if len(trigger.pattern) != 1:
            continue
        lemma = trigger.pattern[0].get("LEMMA")
        for word in lemma.get("IN", []) if isinstance(lemma, dict) else [lemma]:
            yield str(word).lower(), trigger


def _head_lemmas(rules: Rules, check: str) -> dict[str, frozenset[str]]:
    """Type -> the head lemmas of its triggers that carry the word check ``check``
    (``unless_addressed``, ``needs_xcomp``)."""
    lemmas: dict[str, set[str]] = {}
    for trigger in rules.triggers:
        if not getattr(trigger, check):
            continue
        lemma = trigger.pattern[trigger.head].get("LEMMA")
        words = lemma.get("IN", []) if isinstance(lemma, dict) else [lemma] if lemma else []
        lemmas.setdefault(trigger.type, set()).update(str(w).lower() for w in words)
    return {name: frozenset(words) for name, words in lemmas.items()}


def _trigger_lemmas(rules: Rules, types: frozenset[str]) -> dict[str, str]:
    """Lemma -> event type, from the one-word triggers of ``types`` (verbs and nouns)."""
    lemmas: dict[str, str] = {}
    for word, trigger in _one_word_lemmas(rules):
        if trigger.type in types:
            lemmas.setdefault(word, trigger.type)
    return lemmas


def _event_nouns(rules: Rules) -> dict[str, str]:
    """Noun lemma -> the event type it names ("arrest" -> ARREST), from the noun triggers
    and then the nouns that name an act without being its trigger (``act_nouns``)."""
    nouns: dict[str, str] = {}
    for word, trigger in _one_word_lemmas(rules):
        if trigger.pattern[0].get("POS") == "NOUN":
            nouns.setdefault(word, trigger.type)
    for type_name, words in rules.act_nouns.items():
        for word in sorted(words):
            nouns.setdefault(word, type_name)
    return nouns


def _country_code(gazetteer: Gazetteer) -> Callable[[str], str | None]:
    """The gazetteer's country code of a name ("Uruguay", "the Kremlin"), or None."""
    def code(text: str) -> str | None:
        entry = gazetteer.country(text)
        return entry.code if entry is not None else None
    return code
