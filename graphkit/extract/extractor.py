"""The extractor: parsed articles in, events out.

For each article (parsed once by spaCy, in batches) the stages run in reading order:

1. :class:`~graphkit.extract.actors.ActorResolver` finds every actor mention;
2. per sentence, :class:`~graphkit.extract.triggers.TriggerMatcher` finds the triggers,
   :func:`~graphkit.extract.arguments.find_arguments` the actors on their arguments, and
   the reporting verbs decide who reports what ("X said that Y": Y is the event, X its
   reporter; a report holding no other event is a STATEMENT by X);
3. :class:`~graphkit.extract.modality.ModalityReader` sets the modality and the dates stage
   the date; an implied earlier contact ("first call since September 2022") adds an event
   of modality ``implied_prior``;
4. one event per (sentence, type); a later sentence that restates an event already found
   (same type, same actors, compatible date) adds nothing.

Date rule, in order: a date expression of the trigger's clause (or of the reporting clause,
unless the event is told in the pluperfect); else, for an event about the article's main
contact ("during the call", "the two leaders"), that contact's date (rule ``context``);
else, for an event told in the present perfect or present tense in the article's first
three sentences, the publication date (rule ``publication``); otherwise no date.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from graphkit.errors import ExtractError
from graphkit.extract.actors import ActorResolver, ArticleMentions, Mention, unique_actors
from graphkit.extract.arguments import find_arguments, mentions_at
from graphkit.extract.dates import find_date_in_sentence, find_since_expression
from graphkit.extract.modality import ModalityReader, PriorContactReader
from graphkit.extract.nlp import add_paragraph_breaks, load_nlp
from graphkit.extract.rules import EventTypeRule, Rules, load_rules
from graphkit.extract.triggers import TriggerHit, TriggerMatcher, setting_prep
from graphkit.model import (
    CONTACT_TYPES, Actor, Article, Event, EventDate, Extraction, Modality, Participant,
)

_LEAD_SENTENCES = 3
_CONTEXT_NOUNS = {"call", "conversation", "meeting", "talks", "talk", "summit", "visit", "session",
                  "discussion", "discussions"}


@dataclass
class _Found:
    """An event found in one sentence, before it gets its id."""

    type: str
    rule: EventTypeRule
    sent: Span
    token: Token
    participants: list[tuple[Actor, str]]
    confidence: float
    subtype: str | None = None
    modality: Modality = "asserted"
    reporter: Actor | None = None
    report_token: Token | None = None
    date: EventDate = field(default_factory=EventDate)

    @property
    def actor_ids(self) -> list[str]:
        return [a.id for a, _ in self.participants]


@dataclass
class _ArticleState:
    article: Article
    mentions: ArticleMentions
    found: list[_Found] = field(default_factory=list)
    main_contact: _Found | None = None
    last_contact: _Found | None = None

    def group_actors(self) -> list[Actor]:
        contact = self.last_contact or self.main_contact
        return [a for a, _ in contact.participants] if contact else []


class Extractor:
    """Finds the diplomatic events of articles.

    Args:
        nlp: A spaCy English pipeline with tagger, parser, NER and lemmatizer
            (default: :func:`~graphkit.extract.nlp.load_nlp`).
        gazetteer: A :class:`~graphkit.extract.gazetteer.Gazetteer` (default: the
            repository's).
        schema_dir: The folder of rule files (default: ``<repo>/schema``).
        n_process: spaCy worker processes for :meth:`extract_many` (>1 for many articles).
        batch_size: Articles per spaCy batch.

    Raises:
        ExtractError: no spaCy pipeline is installed or a rule file is broken.

    Example:
        >>> extractor = Extractor()
        >>> extraction = extractor.extract(article)
        >>> [e.type for e in extraction.events]
        ['CALL', 'AGREE']
    """

    def __init__(self, nlp: Language | None = None, gazetteer: Any = None,
                 schema_dir: Path | None = None, n_process: int = 1, batch_size: int = 32) -> None:
        self.nlp = add_paragraph_breaks(nlp if nlp is not None else load_nlp())
        missing = {"parser", "ner"} - set(self.nlp.pipe_names)
        if missing:
            raise ExtractError(f"the spaCy pipeline lacks {sorted(missing)}; fix: use en_core_web_sm")
        if gazetteer is None:
            from graphkit.extract.gazetteer import Gazetteer

            gazetteer = Gazetteer.load()
        self.gazetteer = gazetteer
        self.rules: Rules = load_rules(schema_dir)
        self.n_process = max(1, n_process)
        self.batch_size = max(1, batch_size)
        self.actors = ActorResolver(self.nlp, gazetteer, self.rules)
        self.triggers = TriggerMatcher(self.nlp, self.rules)
        self.modality = ModalityReader(self.rules)
        self.priors = PriorContactReader(self.rules)
        rep = self.rules.reporting
        self.reporting = self.rules.words(rep, "reporting")
        self.stance = self.rules.words(rep, "stance")
        self.needs_predicate = self.rules.words(rep, "needs_predicate")
        self.media_words = self.rules.words(rep, "media_words")
        self.wrapper_only = self.rules.words(rep, "wrapper_only")
        self.attribution_preps = self.rules.words(rep, "attribution_preps")
        self.attribution_verbs = self.rules.words(rep, "attribution_verbs")

    # -- public API -------------------------------------------------------------------

    def extract(self, article: Article) -> Extraction:
        """The events of one article."""
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """The events of many articles, parsed in batches, in input order."""
        stream = ((article.text, article) for article in articles)
        kwargs: dict[str, Any] = {"as_tuples": True, "batch_size": self.batch_size}
        if self.n_process > 1:
            kwargs["n_process"] = self.n_process
        for doc, article in self.nlp.pipe(stream, **kwargs):
            yield self.extract_doc(doc, article)

    def extract_doc(self, doc: Doc, article: Article) -> Extraction:
        """The events of an article already parsed by this extractor's pipeline."""
        state = _ArticleState(article, self.actors.mentions(doc, article.published))
        for index, sent in enumerate(doc.sents):
            self._sentence(sent, index, state)
        events = self._finish(state)
        return Extraction(article=article, events=tuple(events))

    # -- one sentence -----------------------------------------------------------------

    def _sentence(self, sent: Span, index: int, state: _ArticleState) -> None:
        mentions = state.mentions
        reports = self._reports(sent, mentions)
        candidates: list[_Found] = []
        for hit in self.triggers.find(sent):
            found = self._from_trigger(hit, sent, state, reports)
            if found is not None:
                candidates.append(found)
        event_tokens = [c.token for c in candidates]
        for verb, speakers in reports:
            content = _content_tokens(verb)
            holds_event = any(t.i in content for t in event_tokens)
            inner_report = any(v.i in content for v, _ in reports if v.i != verb.i)
            for c in candidates:
                if c.token.i in content and c.reporter is None:
                    c.reporter = speakers[0]
                    c.report_token = verb
            if holds_event or inner_report or verb.lemma_.lower() in self.wrapper_only:
                continue
            statement = self._statement(verb, speakers, sent, mentions)
            if statement is not None:
                outer = [v for v, s in reports if v.i != verb.i and verb.i in _content_tokens(v)]
                if outer:
                    statement.reporter = dict(reports)[outer[0]][0]
                    statement.report_token = outer[0]
                candidates.append(statement)
        attribution = self._attribution(sent, mentions)
        for c in candidates:
            if c.reporter is None and attribution is not None:
                c.reporter = attribution
        best: dict[str, _Found] = {}
        for c in candidates:
            c.modality = self.modality.modality(c.token, c.type, _subject_words(c))
            kept = best.get(c.type)
            if kept is None or _strength(c) > _strength(kept):
                best[c.type] = c
        chosen = sorted(best.values(), key=lambda f: f.token.i)
        for f in chosen:
            f.date = self._date(f, sent, index, state)
            state.found.append(f)
            if f.type in CONTACT_TYPES and f.modality == "asserted":
                state.last_contact = f
                if state.main_contact is None:
                    state.main_contact = f
        self._prior(sent, chosen, state)

    def _from_trigger(self, hit: TriggerHit, sent: Span, state: _ArticleState,
                      reports: list[tuple[Token, list[Actor]]]) -> _Found | None:
        rule = self.rules.types[hit.rule.type]
        trig = hit.rule
        token = hit.token
        args = find_arguments(token, state.mentions, rule.target_preps | {"between"})
        if trig.needs_xcomp and not args.has_xcomp:
            return None
        subjects = self._actors(args.subjects, state)
        objects = self._actors(args.objects, state)
        if not subjects and any(t.lower_ in self.actors.reporter_pronouns for t in args.subject_tokens):
            report = _report_of(token, reports)
            if report is not None:
                subjects = list(report[1])
        if trig.subject == "group":
            if not any(m.via == "group" for m in args.subjects):
                return None
        if trig.setting_preps and token.pos_ == "NOUN" and setting_prep(token) in trig.setting_preps:
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
        if rule.roles == "directed":
            if not subjects and args.passive:
                subjects = self._place_country(token, state)
            if not subjects:
                return None
            if rule.min_participants >= 2 and not [o for o in objects if o.id not in {s.id for s in subjects}]:
                return None
        participants = self._roles(rule, subjects, objects)
        if len({a.id for a, _ in participants}) < rule.min_participants:
            return None
        confidence = trig.confidence * (1.0 if len(participants) >= 2 else 0.8)
        return _Found(rule.name, rule, sent, token, participants, round(confidence, 3),
                      subtype=trig.subtype)

    def _place_country(self, token: Token, state: _ArticleState) -> list[Actor]:
        """The country where a passive act took place ("were arrested in Baku"): the
        state that acts there, when the text names no agent."""
        for c in token.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                for p in c.subtree:
                    m = state.mentions.at(p.i)
                    if m is not None and m.actors and m.actors[0].kind == "country":
                        return [m.actors[0]]
        return []

    def _actors(self, found: list[Mention], state: _ArticleState) -> list[Actor]:
        actors: list[Actor] = []
        for m in found:
            if m.via == "group":
                actors.extend(state.group_actors())
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
        return [(a, "source") for a in subjects] + [(a, "target") for a in objects if a.id not in ids]

    # -- reported speech ----------------------------------------------------------------

    def _reports(self, sent: Span, mentions: ArticleMentions) -> list[tuple[Token, list[Actor]]]:
        """The reporting verbs of a sentence whose speaker is an actor (not the media)."""
        out: list[tuple[Token, list[Actor]]] = []
        for token in sent:
            if token.pos_ != "VERB" or token.lemma_.lower() not in self.reporting:
                continue
            if token.lemma_.lower() in self.needs_predicate and not any(
                    c.dep_ in ("oprd", "ccomp", "xcomp") for c in token.children):
                continue
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if not subjects and token.dep_ in ("conj", "advcl", "xcomp"):
                subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            actors: list[Actor] = []
            for s in subjects:
                if s.lower_ in self.media_words or any(
                        t.lower_ in self.media_words for t in s.subtree if t.dep_ in ("compound", "amod")):
                    continue
                for m in mentions_at(s, mentions):
                    actors.extend(a for a in m.actors if a.id not in self.actors.media_ids)
            if actors:
                out.append((token, unique_actors(actors)))
        return out

    def _statement(self, verb: Token, speakers: list[Actor], sent: Span,
                   mentions: ArticleMentions) -> _Found | None:
        rule = self.rules.types["STATEMENT"]
        addressees: list[Actor] = []
        for c in verb.children:
            if c.dep_ in ("dative", "dobj") and verb.lemma_.lower() == "tell":
                for m in mentions_at(c, mentions):
                    addressees.extend(m.actors)
        participants = [(a, "speaker") for a in speakers]
        participants += [(a, "target") for a in unique_actors(addressees)
                         if a.id not in {s.id for s in speakers}]
        confidence = 0.7 if verb.lemma_.lower() in self.stance else 0.55
        return _Found("STATEMENT", rule, sent, verb, participants, confidence)

    def _attribution(self, sent: Span, mentions: ArticleMentions) -> Actor | None:
        """"according to X", "citing X": who the sentence attributes its news to."""
        for token in sent:
            if token.lower_ in self.attribution_preps or token.lemma_.lower() in self.attribution_verbs:
                for t in token.subtree:
                    m = mentions.at(t.i)
                    if m is not None and m.actors:
                        return m.actors[0]
        return None

    # -- dates, prior contacts, finishing ---------------------------------------------

    def _date(self, f: _Found, sent: Span, index: int, state: _ArticleState) -> EventDate:
        published = state.article.published
        if published is None:
            return EventDate()
        entities = [(e.text, e.start_char - sent.start_char, e.end_char - sent.start_char)
                    for e in sent.ents if e.label_ in ("DATE", "TIME")]
        if entities:
            own = [e for e, ent in zip(entities, (e for e in sent.ents if e.label_ in ("DATE", "TIME")),
                                       strict=True) if self._date_belongs(ent, f)]
            if own:
                found = find_date_in_sentence(sent.text, published, own,
                                              future=f.modality == "planned")
                if found is not None and found.value is not None:
                    return found
        contact = state.main_contact
        if contact is not None and contact is not f and contact.date.value and self._about_contact(f, sent, contact):
            return replace(contact.date, rule="context")
        verb = f.token if f.token.pos_ in ("VERB", "AUX") else (f.report_token or f.token.head)
        if index < _LEAD_SENTENCES and _present_tense(verb):
            return EventDate(published.isoformat(), "day", None, "publication")
        if index < _LEAD_SENTENCES and f.report_token is not None and _present_tense(f.report_token):
            return EventDate(published.isoformat(), "day", None, "publication")
        return EventDate()

    @staticmethod
    def _date_belongs(ent: Span, f: _Found) -> bool:
        """A date entity dates the event when it sits in the trigger's clause, or in the
        reporting clause of an event not told in the pluperfect."""
        clause = _clause_verb(ent.root)
        trigger_clause = f.token if f.token.pos_ in ("VERB", "AUX") else _clause_verb(f.token)
        if clause is None or trigger_clause is None:
            return True
        if clause == trigger_clause:
            return True
        if f.token.pos_ == "NOUN" and (ent.root.head == f.token or f.token.i in {t.i for t in ent.root.ancestors}):
            return True
        if f.report_token is not None and clause == f.report_token:
            return not _pluperfect(trigger_clause)
        return False

    @staticmethod
    def _about_contact(f: _Found, sent: Span, contact: _Found) -> bool:
        if f.type in CONTACT_TYPES:
            return False
        words = {t.lower_ for t in sent}
        if words & _CONTEXT_NOUNS and any(t.lower_ == "the" and t.head.lower_ in _CONTEXT_NOUNS
                                          for t in sent):
            return True
        contact_ids = {a.id for a, _ in contact.participants}
        ids = set(f.actor_ids)
        return bool(ids) and ids <= contact_ids and not _present_tense(f.token)

    def _prior(self, sent: Span, chosen: list[_Found], state: _ArticleState) -> None:
        published = state.article.published
        since = find_since_expression(sent.text, published) if published else None
        cue = self.priors.cue(sent, since is not None)
        if cue is None:
            return
        contact = next((f for f in chosen if f.type in CONTACT_TYPES), None) or state.main_contact
        actors: list[Actor] = []
        if contact is not None:
            actors = [a for a, _ in contact.participants]
        else:
            for m in state.mentions.within(sent.start, sent.end):
                actors.extend(m.actors if m.via != "group" else state.group_actors())
            actors = unique_actors(actors)
        if not actors:
            return
        if since is None and (cue.years_ago or cue.months_ago) and published:
            if cue.years_ago:
                since = EventDate(str(published.year - cue.years_ago), "year", None, "since_duration")
        rule = self.rules.types[cue.type]
        found = _Found(cue.type, rule, sent, sent.root, [(a, "participant") for a in actors], 0.7,
                       subtype="phone" if cue.type == "CALL" else "meeting",
                       modality="implied_prior", date=since or EventDate())
        state.found.append(found)

    def _finish(self, state: _ArticleState) -> list[Event]:
        article = state.article
        kept: list[_Found] = []
        for f in state.found:
            if any(_restates(f, k) for k in kept):
                continue
            kept.append(f)
        events = []
        for f in kept:
            cameo, mode = f.rule.codes(f.subtype)
            span = (f.sent.start_char, f.sent.end_char)
            evidence = f.sent.text.strip()
            events.append(Event(
                id=Event.make_id(article.id, span[0], f.type, f.actor_ids, f.modality,
                                 f.date.value if f.modality == "implied_prior" else None),
                article_id=article.id, type=f.type,
                participants=tuple(Participant(a, role) for a, role in f.participants),  # type: ignore[arg-type]
                evidence=evidence, span=span, date=f.date, modality=f.modality,
                subtype=f.subtype, cameo=cameo, plover=f.rule.plover, plover_mode=mode,
                confidence=f.confidence, reported_by=f.reporter,
            ))
        return events


def _report_of(token: Token, reports: list[tuple[Token, list[Actor]]]
               ) -> tuple[Token, list[Actor]] | None:
    """The innermost report whose content holds ``token``."""
    holding = [(verb, speakers) for verb, speakers in reports if token.i in _content_tokens(verb)]
    if not holding:
        return None
    return min(holding, key=lambda r: len(_content_tokens(r[0])))


def _restates(f: _Found, kept: _Found) -> bool:
    """``f`` tells again an event already found: same type, modality and actors, and
    dates that do not disagree."""
    if f.type != kept.type or f.modality != kept.modality:
        return False
    if set(f.actor_ids) != set(kept.actor_ids):
        return False
    a, b = f.date, kept.date
    if a.value and b.value:
        n = min(len(a.value), len(b.value))
        return a.value[:n] == b.value[:n]
    return True


def _strength(f: _Found) -> tuple[int, float]:
    return (min(len(f.participants), 3), f.confidence)


def _subject_words(f: _Found) -> list[Token]:
    token = f.token
    return [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]


def _content_tokens(verb: Token) -> set[int]:
    """The tokens a reporting verb reports: its clausal complements, and for a wrapper
    ("..., the ministry said") the main clause it hangs from."""
    content: set[int] = set()
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "dobj", "oprd", "advcl", "parataxis") or (
                c.dep_ == "conj" and c.pos_ == "VERB"):
            content.update(t.i for t in c.subtree)
    if verb.dep_ in ("parataxis", "advcl") and verb.head.i != verb.i:
        content.update(t.i for t in verb.head.subtree if t.i not in {x.i for x in verb.subtree})
    return content


def _clause_verb(token: Token) -> Token | None:
    current = token
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX") and current.dep_ != "aux":
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _pluperfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.lower_ == "had" and c.dep_ == "aux" for c in verb.children)


def _present_tense(verb: Token | None) -> bool:
    if verb is None:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(c.lower_ in ("has", "have") and c.dep_ == "aux"
                                      for c in verb.children)


def published_or_none(article: Article) -> date | None:
    return article.published
