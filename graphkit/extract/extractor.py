"""The extractor: parsed articles in, events out.

:class:`Extractor` parses articles with spaCy in batches and runs graphkit's components
on each doc (:mod:`graphkit.extract.components`): mentions, triggers, arguments,
reporting, modality and prior cues, each sentence by sentence, then ``graphkit_events``,
whose :class:`ArticleReader` reads the article in story order:

1. per sentence, the trigger hits with their arguments become events once the context
   fills what the sentence leaves open (targets given by reference, the police of the
   place, the speaker of a quote that runs on); the reporting verbs decide who reports
   what ("X said that Y": Y is the event, X its reporter; a report holding no other event
   is a STATEMENT by X);
2. the learned event detector reviews the sentence's events; the dates stage dates them;
   an implied earlier contact ("first call since September 2022") adds an event of
   modality ``implied_prior``;
3. one event per (sentence, type); a later sentence that restates an event already found
   (same type, same actors, compatible date) adds nothing.

The date rule is :mod:`graphkit.extract.dating`'s; reported speech is
:mod:`graphkit.extract.reporting`'s (who reports what) and
:mod:`graphkit.extract.speech`'s (what each report makes); one event per type and
clause is :func:`graphkit.extract.found.sentence_events`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from graphkit.errors import ExtractError
from graphkit.extract.actors import MentionFinder
from graphkit.extract.charges import ChargeNouns, without_charges
from graphkit.extract.components import HitArguments, article_of, components_of, release
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
from graphkit.extract.learned import (
    EventDetector,
    load_default_detector,
)
from graphkit.extract.mentions import (
    aimable_targets,
    own_countries,
    unique_actors,
)
from graphkit.extract.modality import ModalityReader
from graphkit.extract.nlp import add_paragraph_breaks, load_nlp, warn_if_cut
from graphkit.extract.parties import PartyFinder, nearest_first
from graphkit.extract.patients import (
    group_actor,
    group_agent,
    group_patient,
    state_organ_country,
    worded_group,
)
from graphkit.extract.priors import PriorContactReader, prior_contact
from graphkit.extract.reasons import reason_accusations
from graphkit.extract.reporting import (
    ReportReader,
    report_of,
)
from graphkit.extract.restatements import article_events
from graphkit.extract.review import DetectorReview, SentenceRecord, verbal_act
from graphkit.extract.rules import EventTypeRule, Rules, TriggerRule, load_rules
from graphkit.extract.settings import (
    too_few_known,
    with_countries_read_as_persons,
    with_holders_country,
    without_setting_parties,
)
from graphkit.extract.speech import ReportedSpeech
from graphkit.extract.triggers import TriggerHit, TriggerMatcher, direct_verb, setting_prep
from graphkit.model import CONTACT_TYPES, Actor, Article, Event, Extraction

# modifiers by which a noun points back to events of its kind ("similar sanctions")


class Extractor:
    """Finds the diplomatic events of articles.

    A thin wrapper around graphkit's spaCy components
    (:mod:`graphkit.extract.components`): it parses articles with ``nlp`` in batches,
    runs the components on each doc (all configured from ``schema_dir``) and returns what
    they left in ``doc._.graphkit_events`` as an :class:`~graphkit.model.Extraction`.

    Args:
        nlp: A spaCy English pipeline with tagger, parser, NER and lemmatizer
            (default: :func:`~graphkit.extract.nlp.load_nlp`).
        gazetteer: A :class:`~graphkit.reference.gazetteer.Gazetteer` (default: the one of
            ``schema_dir``).
        schema_dir: The folder of rule and gazetteer files (default:
            :func:`graphkit.resources.schema_dir`).
        n_process: spaCy worker processes for :meth:`extract_many` (>1 for many articles).
        batch_size: Articles per spaCy batch (larger batches parse faster; the results are
            the same).
        detector: The learned event detector that vetoes unlikely rule events and adds
            the ones the rules missed (:mod:`graphkit.extract.learned`); default: the
            shipped weights when installed; ``False``: rules only.

    Raises:
        ExtractError: no spaCy pipeline is installed or a rule file is broken.

    Example:
        >>> extractor = Extractor()
        >>> extraction = extractor.extract(article)
        >>> [e.type for e in extraction.events]
        ['CALL', 'AGREE']
    """

    def __init__(self, nlp: Language | None = None, gazetteer: Any = None,
                 schema_dir: Path | None = None, n_process: int = 1, batch_size: int = 64,
                 detector: EventDetector | None | bool = None) -> None:
        self.nlp = add_paragraph_breaks(nlp if nlp is not None else load_nlp())
        missing = {"parser", "ner"} - set(self.nlp.pipe_names)
        if missing:
            raise ExtractError(f"the spaCy pipeline lacks {sorted(missing)}; fix: use en_core_web_sm")
        if gazetteer is None:
            from graphkit.reference.gazetteer import Gazetteer

            gazetteer = Gazetteer.load(schema_dir)
        self.n_process = max(1, n_process)
        self.batch_size = max(1, batch_size)
        self.reader = ArticleReader(self.nlp, gazetteer, schema_dir, detector)
        #: graphkit's components, in the order they run on each parsed doc
        self.components: list[tuple[str, Any]] = components_of(self.reader)

    def __getattr__(self, name: str) -> Any:
        """The rule stages of the reader (``rules``, ``actors``, ``dates``, ``dater``,
        ``priors``, ...), for callers that use one alone."""
        if name == "reader":
            raise AttributeError(name)
        return getattr(self.reader, name)

    @property
    def detector(self) -> EventDetector | None:
        """The learned event detector the events component uses (None: rules only)."""
        return self.reader.detector

    @detector.setter
    def detector(self, value: EventDetector | None) -> None:
        self.reader.detector = value

    @property
    def feature_log(self) -> list[SentenceRecord] | None:
        """When a list, every sentence's detector features are appended to it (training)."""
        return self.reader.feature_log

    @feature_log.setter
    def feature_log(self, value: list[SentenceRecord] | None) -> None:
        self.reader.feature_log = value

    # -- public API -------------------------------------------------------------------

    def extract(self, article: Article) -> Extraction:
        """The events of one article."""
        return next(self.extract_many([article]))

    def preload(self) -> None:
        """Read now the data the rules otherwise read on first use (~0.9 s of CPU): a
        process about to fork extraction workers calls it, so that they share one copy
        rather than each reading its own."""
        self.reader.actors.preload()

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """The events of many articles, parsed in batches, in input order."""
        stream = ((article.text, article) for article in articles)
        kwargs: dict[str, Any] = {"as_tuples": True, "batch_size": self.batch_size}
        ours = [name for name, _ in self.components if name in self.nlp.pipe_names]
        if ours:  # a pipeline that holds graphkit's components: they run below, once
            kwargs["disable"] = ours
        if self.n_process > 1:
            kwargs["n_process"] = self.n_process
        for doc, article in self.nlp.pipe(stream, **kwargs):
            warn_if_cut(doc, article.label())
            yield self.extract_doc(doc, article)

    def extract_doc(self, doc: Doc, article: Article) -> Extraction:
        """The events of an article already parsed by this extractor's pipeline (training
        and cross-validation parse once and extract many times)."""
        doc._.graphkit_article = article
        for _name, component in self.components:
            doc = component(doc)
        events = doc._.graphkit_events
        release(doc)  # the doc keeps its parse, not the analyses that point into it
        return Extraction(article=article, events=events)


class ArticleReader(PartyFinder, DetectorReview, ReportedSpeech):
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

    def __init__(self, nlp: Language, gazetteer: Any, schema_dir: Path | None = None,
                 detector: EventDetector | None | bool = None) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer
        self.rules: Rules = load_rules(schema_dir)
        self.actors = MentionFinder(self.nlp, gazetteer, self.rules)
        self.triggers = TriggerMatcher(self.nlp, self.rules)
        self.modality = ModalityReader(self.rules)
        # every date rule comes from the same schema folder as the other rules
        self.dates = date_grammar(self.rules.folder / "date_rules.yaml")
        # calendar years before the article from which an event is background
        self.background_years = self.dates.rules.background_years
        self.priors = PriorContactReader(self.rules, self.dates)
        self.reporter = ReportReader(self.rules, self.actors)
        self.dater = EventDater(self.modality.speech_types, _trigger_lemmas(self.rules, frozenset(
            name for name, rule in self.rules.types.items() if rule.material)),
                                self.dates)
        self.event_nouns = _event_nouns(self.rules)
        # per type, its one-word trigger lemmas: where a training sentence tells the type
        self.type_lemmas: dict[str, frozenset[str]] = {
            name: frozenset(_trigger_lemmas(self.rules, frozenset([name]))) for name in self.rules.types}
        self.non_state = frozenset(o.name for o in (gazetteer.organisations if gazetteer else ())
                                   if o.kind in self.rules.non_state_kinds)
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
        self.detector: EventDetector | None = (
            load_default_detector() if detector is None or detector is True
            else detector or None)
        # when a list: every sentence's detector features are appended to it (training)
        self.feature_log: list[SentenceRecord] | None = None

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
        chosen = sentence_events(candidates, self.rules.own_clauses)
        folded = folded_participles(chosen, self.rules.folded_participles)
        if cues:  # "first visit since 2011, when X held talks with Y": the prior itself
            for f in chosen:
                if f.type in CONTACT_TYPES and f.modality == "asserted" and _background(
                        f, state, self.background_years, self.dates.rules.since_marks):
                    f.modality = "implied_prior"
        if self.detector is not None or self.feature_log is not None:
            chosen = self._learned(sent, index, state, chosen, {h.rule.type for h in hits}, reports,
                                   any(c.tells_prior for c in cues), answered)
        if folded:  # "condemned X ..., while calling on Y to ...": the call is part of the
            # accusation, while the detector's review keeps that
            chosen = [f for f in chosen if not any(f is call and any(act is g for g in chosen)
                                                   for call, act in folded)]
        chosen = [self._trimmed(f, sent, state, reports) for f in chosen]
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
                  and not too_few_known(g, self.actors.is_known, self.unit_heads)]
        chosen = [one for f in chosen for one in _each_counterpart(f)]
        chosen = [one for f in chosen for one in self._each_way(f)]
        chosen = [self._foreign_retarget(f, state) if (f.rule.foreign_retarget and self._domestic(f)) or (
            f.rule.story_target and all(role == "source" for _, role in f.participants)) else f
                  for f in chosen]
        chosen = [f for f in chosen if not (f.rule.story_target and f.rule.min_participants >= 2 and all(
            role == "source" for _, role in f.participants))]  # no story target found: none
        chosen = [self._foreign_counterpart(f, state) if f.rule.foreign_counterpart and self._domestic(f)
                  else f for f in chosen]
        chosen = [f for f in chosen if not (f.rule.foreign_parties and self._domestic(f))]
        for f in chosen:
            f.date = self.dater.date(f, sent, index, state)
            if f.type in CONTACT_TYPES and f.modality == "asserted" and years_before(
                    f, state.article.published, self.background_years):
                f.modality = "implied_prior"  # a contact of years ago: a prior, not the news
            state.found.append(f)
            if f.type in CONTACT_TYPES and f.modality == "asserted" and not _background(
                    f, state, self.background_years, self.dates.rules.since_marks):
                state.last_contact = f
                state.last_contact_sentence = index
                if state.main_contact is None:
                    state.main_contact = f
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

    def _nearest_foreign(self, f: Found, state: ArticleState) -> Actor | None:
        """The country named nearest ``f``'s word in its sentence that none of its parties
        is of (None when the sentence names none)."""
        own = {a.country for a, _ in f.participants} | {None}
        return next((a for m in nearest_first(f, state) for a in m.actors
                     if a.kind == "country" and a.country not in own), None)

    def _killed_in(self, token: Token, rule: EventTypeRule, state: ArticleState,
                   own: set[str | None]) -> list[Actor]:
        """The country of those an act named by a noun killed or wounded, told as the
        subject of a verb of ``victim_verbs`` the noun is "in" ("Peruvian civilians were
        killed in Chilean attacks": the attacks hit Peru), when not of the doer's own."""
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lemma_.lower() not in rule.victim_verbs:
            return []
        verb = prep.head
        found: list[Actor] = []
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            for t in subject.subtree:
                m = state.mentions.at(t.i)
                if m is not None and not m.channel:
                    found.extend(a for a in m.actors if a.kind == "country" and a.country not in own)
        return unique_actors(found)

    def _domestic(self, f: Found) -> bool:
        """All parties with a known country are of one, one of them a state or a body
        (not only people, whose country is often a guess) and none a non-state group:
        "the minister visited the navy's base" is no diplomatic contact, "X's government
        condemned strikes in X" no accusation between states (``foreign_parties``)."""
        known = [a for a, _ in f.participants if a.country]
        return len(known) >= 2 and len({a.country for a in known}) == 1 and any(
            a.kind != "person" for a in known) and not any(a.name in self.non_state for a in known)

    def _from_trigger(self, hit: TriggerHit, sent: Span, state: ArticleState,
                      reports: list[tuple[Token, list[Actor]]], found: HitArguments) -> Found | None:
        rule = self.rules.types[hit.rule.type]
        trig = hit.rule
        token = hit.token
        venue_as_party = False
        venue_ids: frozenset[str] = frozenset()
        args = found.arguments
        if rule.place_preps:
            places = list(found.places)
            if len(self._actors(args.subjects + args.objects, state)) < 2:
                # "arrived in Riyadh", but not "talks between A and B took place in Riyadh"
                objects = state.mentions.without_settings(args.subjects, [*args.objects, *places], sent.doc)
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
        if rule.passive_needs_agent and token.pos_ == "VERB" and "auxpass" in deps and "agent" not in deps:
            return None  # "a pardon was demanded at the summit": nobody named demands it
        subjects = self._actors(args.subjects, state, token)
        objects = self._actors(args.objects, state, token)
        if rule.group_agents and not subjects and args.subject_tokens:
            group = group_agent(token, args.subject_tokens, rule.group_agents, state,
                                self._clause_place_country(token, state))
            subjects = [group] if group is not None else subjects
        quoted = False
        if not subjects and any(t.lower_ in self.actors.reporter_pronouns for t in args.subject_tokens):
            quoted = True
            report = report_of(token, reports)
            if report is not None:
                subjects = list(report[1])
            elif (state.last_speaker is not None and state.sentence - state.last_speaker[0] <= 3
                  and any(t.lower_ in self.first_person for t in args.subject_tokens)):
                subjects = list(state.last_speaker[1])  # a quote that runs on
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
        own = own_countries(subjects, self.non_state) if rule.foreign_target else frozenset()
        # "both countries took measures against each other"; "both sides expelled envoys": a
        # material act of both sides that names no other target (words are not: "both
        # countries denounced the raid" accuse neither; nor is "they", which names whoever
        # the story told last)
        reciprocal = trig.mutual or self._reciprocal(sent) or self._distributive(token) or (
            rule.roles == "directed" and rule.material and not objects and bool(args.subjects)
            and all(m.via == "group" and sent.doc[m.start].pos_ != "PRON" for m in args.subjects))
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
        if rule.victim_verbs and not objects and subjects and token.pos_ == "NOUN" and _doer_on_noun(
                token, state, {a.id for a in subjects}):
            objects = self._killed_in(token, rule, state, {a.country for a in subjects})
        if rule.previous_counterpart and not objects and subjects:
            objects = self._previous_counterparts(sent, state, subjects, own)
        if rule.roles == "directed" and not objects and len(subjects) >= 2 and reciprocal:
            objects = list(subjects)  # "both countries took measures against each other"
        if trig.subject == "group" and not any(m.via == "group" for m in args.subjects):
            return None
        if trig.setting_preps and token.pos_ == "NOUN" and setting_prep(
                token, self.rules.setting_heads) in trig.setting_preps:
            own = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "between")]
            if not own:
                return None
        if trig.needs_object and not objects:
            return None
        if trig.requires_object_kind and not any(a.kind == trig.requires_object_kind for a in objects):
            return None
        if trig.needs_actor and not (subjects or objects):
            return None
        if trig.requires_target and not objects:
            return None
        if rule.counter_source and not subjects and objects:
            subjects = self._counter_expeller(objects, state, rule.name)
        if trig.between_source and not subjects and len(objects) >= 2:
            subjects, objects = objects[:1], objects[1:]  # "clashes between X and Y": X on Y
        if rule.roles == "directed":
            if not subjects and args.passive and not _undated_description(token):
                subjects = self._place_country(token, state, rule.target_preps)
                if not subjects and rule.authority_source:
                    # "X was detained while on assignment in Y": the state of a place told
                    # anywhere in the clause
                    subjects = self._clause_place_country(token, state)
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
        if len({a.id for a, _ in participants}) < rule.min_participants and not (
                rule.story_target and subjects):
            return None  # (a story target is sought after the review: too few then, none)
        confidence = trig.confidence * (1.0 if len(participants) >= 2 else 0.8)
        if venue_as_party:  # "arrived in Riyadh": a weaker reading than a named counterpart
            confidence *= 0.8
        counterparts = [a for a in objects if a.id not in {s.id for s in subjects}]
        return Found(rule.name, rule, sent, token, participants, round(confidence, 3),
                     subtype=trig.subtype, quoted=quoted, trigger=trig, venue_parties=venue_ids,
                     counterparts=counterparts if len(subjects) == 1 and len(counterparts) >= 2
                     and (any(t.lower_ in rule.pairwise_cues for t in sent) or (
                         trig.pairwise_kinds and all(a.kind in trig.pairwise_kinds for a in counterparts))
                         or _apart_by_count(rule, subjects, counterparts))
                     else [])


    # -- reported speech ----------------------------------------------------------------

    # -- dates, prior contacts, finishing ---------------------------------------------


def _undated_description(token: Token) -> bool:
    """A passive relative clause that tells no time of its own describes its antecedent
    ("the reporters who were held in X have been freed": held, a state); one that
    dates itself tells an act ("X, who was jailed in Y in 2017, ...")."""
    return token.dep_ == "relcl" and not any(t.ent_type_ == "DATE" for t in token.subtree)


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


def _apart_by_count(rule: EventTypeRule, subjects: list[Actor], counterparts: list[Actor]) -> bool:
    """So many counterparts (``pairwise_min``), each of its own country and none of the
    party's, that the party met each apart: "X met A, B and C"."""
    countries = [a.country for a in counterparts]
    return (0 < rule.pairwise_min <= len(counterparts) and None not in countries
            and len(set(countries)) == len(countries) and subjects[0].country not in countries)


def _each_counterpart(f: Found) -> list[Found]:
    """"X met A and B separately" (``pairwise_cues``): one event of X with each of them."""
    if not f.counterparts:
        return [f]
    own = next((a for a, _ in f.participants if a.id not in {c.id for c in f.counterparts}), None)
    if own is None:  # (no party of its own left to pair: keep the one event)
        return [f]
    return [replace(f, participants=[(own, "participant"), (other, "participant")], counterparts=[])
            for other in f.counterparts]


def _doer_on_noun(token: Token, state: ArticleState, doers: set[str]) -> bool:
    """The act's doer is told before the noun, as its qualifier ("Chilean attacks", "Chile's
    strikes", "Chilean drone strikes")."""
    for c in token.lefts:
        if c.dep_ in ("amod", "compound", "poss", "nmod"):
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


def _one_word_lemmas(rules: Rules) -> Iterator[tuple[str, TriggerRule]]:
    """(lower-cased lemma, trigger) for each lemma of each one-word trigger, in rule order."""
    for trigger in rules.triggers:
        if len(trigger.pattern) != 1:
            continue
        lemma = trigger.pattern[0].get("LEMMA")
        for word in lemma.get("IN", []) if isinstance(lemma, dict) else [lemma]:
            yield str(word).lower(), trigger


def _trigger_lemmas(rules: Rules, types: frozenset[str]) -> dict[str, str]:
    """Lemma -> event type, from the one-word triggers of ``types`` (verbs and nouns)."""
    lemmas: dict[str, str] = {}
    for word, trigger in _one_word_lemmas(rules):
        if trigger.type in types:
            lemmas.setdefault(word, trigger.type)
    return lemmas


def _event_nouns(rules: Rules) -> dict[str, str]:
    """Noun lemma -> the event type it names ("arrest" -> ARREST), from the noun triggers."""
    nouns: dict[str, str] = {}
    for word, trigger in _one_word_lemmas(rules):
        if trigger.pattern[0].get("POS") == "NOUN":
            nouns.setdefault(word, trigger.type)
    return nouns
