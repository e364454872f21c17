"""graphkit's extraction as registered spaCy pipeline components.

After spaCy's own components (tagger, parser, NER, lemmatizer, ``graphkit_paragraphs`` and
``graphkit_headlines``, :mod:`graphkit.extract.headlines`)
the components below run in this order; each reads what the ones before it left on the
Doc and leaves its own findings there, as Doc extensions (``doc._.graphkit_*``). Nothing
else passes between them.

==========================  ====================================  ===========================
component                   reads                                 writes
==========================  ====================================  ===========================
``graphkit_mentions``       ``graphkit_article`` (its date)       ``graphkit_mentions``
``graphkit_triggers``       the parse                             ``graphkit_triggers``
``graphkit_arguments``      ``graphkit_triggers``, ``…mentions``  ``graphkit_arguments``
``graphkit_reporting``      ``graphkit_mentions``                 ``graphkit_reports``,
                                                                  ``graphkit_attributions``
``graphkit_modality``       ``graphkit_triggers``, ``…reports``   ``graphkit_modality``
``graphkit_prior_cues``     ``graphkit_article`` (its date)       ``graphkit_prior_cues``
``graphkit_events``         all of the above                      ``graphkit_events``
==========================  ====================================  ===========================

Per-sentence extensions are lists aligned with ``list(doc.sents)``. The first six
components read one sentence at a time and know nothing of the rest of the article;
``graphkit_events`` reads the article in story order and keeps its state (the events
found so far, the last speaker, the main contact): it resolves the arguments in context
(targets by reference, the police of the place), reviews each sentence with the learned
event detector, dates the events and adds the implied prior contacts, because each of
these depends on what the earlier sentences gave.

Every factory takes ``schema_dir`` (default: the project's ``schema/``), so one folder
governs all rules. :class:`~graphkit.extract.Extractor` builds the components itself
(sharing one gazetteer and one set of rules) and runs them after ``nlp.pipe``; to run them
inside a spaCy pipeline instead, :func:`add_graphkit_components`.

The values are kept in ``doc.user_hooks``, which spaCy never serialises (they hold tokens
and spans): run the components in the process that reads the results.

Example:
    >>> from graphkit.extract.components import add_graphkit_components
    >>> from graphkit.extract.nlp import new_nlp
    >>> nlp = add_graphkit_components(new_nlp())
    >>> doc = nlp("Presidents Macron and Erdogan spoke by phone on Monday.")
    >>> [e.type for e in doc._.graphkit_events]
    ['CALL']

(A pipeline of its own, :func:`~graphkit.extract.nlp.new_nlp`: the one of
:func:`~graphkit.extract.nlp.load_nlp` is shared by every extractor of the process.)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from graphkit.extract.actors import MentionFinder
from graphkit.extract.arguments import (
    Arguments,
    carried_targets,
    find_arguments,
    mentions_at,
    origin_parties,
    place_recipients,
    purpose_targets,
    recipient_parties,
    setting_subjects,
)
from graphkit.extract.mentions import ArticleMentions, Mention
from graphkit.extract.nlp import add_headline_reader
from graphkit.extract.priors import PriorContactReader
from graphkit.extract.reporting import ReportReader
from graphkit.extract.rules import EventTypeRule, Rules, load_rules
from graphkit.extract.triggers import TriggerHit, TriggerMatcher, past_setting
from graphkit.model import Article

if TYPE_CHECKING:
    from graphkit.extract.extractor import ArticleReader
    from graphkit.extract.modality import ModalityReader

#: The Doc extensions the components read and write (see the module docstring).
EXTENSIONS = (
    "graphkit_article",        # the Article the doc was parsed from (set by the caller)
    "graphkit_mentions",       # ArticleMentions
    "graphkit_triggers",       # per sentence: list[TriggerHit]
    "graphkit_arguments",      # (trigger key, token index) -> HitArguments
    "graphkit_reports",        # per sentence: list[(reporting verb, speakers)]
    "graphkit_attributions",   # per sentence: Actor | None ("according to X")
    "graphkit_modality",       # (event type, token index) -> modality
    "graphkit_prior_cues",     # per sentence: list[PriorCue]
    "graphkit_events",         # tuple[Event]
)

#: The components, in the order they run.
COMPONENTS = ("graphkit_mentions", "graphkit_triggers", "graphkit_arguments",
              "graphkit_reporting", "graphkit_modality", "graphkit_prior_cues", "graphkit_events")


def _register(name: str) -> None:
    key = f"graphkit:{name}"

    def getter(doc: Doc) -> Any:
        return doc.user_hooks.get(key)

    def setter(doc: Doc, value: Any) -> None:
        doc.user_hooks[key] = value

    if not Doc.has_extension(name):
        Doc.set_extension(name, getter=getter, setter=setter)


for _name in EXTENSIONS:
    _register(_name)


def release(doc: Doc) -> None:
    """Drop what the components left on ``doc`` (its extensions and caches): they hold
    the doc's own tokens, which would keep a doc that is otherwise done with alive until
    the garbage collector's next cycle pass."""
    for key in [k for k in doc.user_hooks if isinstance(k, str)
                and k.startswith(("graphkit:", "graphkit_below:"))]:
        del doc.user_hooks[key]


def article_of(doc: Doc) -> Article:
    """The article of ``doc`` (``doc._.graphkit_article``), or a stand-in with no metadata
    for a doc parsed on its own."""
    article = doc._.graphkit_article
    if article is None:
        article = Article(id=Article.make_id(None, None, doc.text), text=doc.text)
        doc._.graphkit_article = article
    return article


# -- the components --------------------------------------------------------------------


class MentionsComponent:
    """``graphkit_mentions``: every actor mention of the doc (names, offices, pronouns,
    groups, definite references), resolved as of the article's date."""

    def __init__(self, finder: MentionFinder) -> None:
        self.finder = finder

    def __call__(self, doc: Doc) -> Doc:
        doc._.graphkit_mentions = self.finder.mentions(doc, article_of(doc).published)
        return doc


class TriggersComponent:
    """``graphkit_triggers``: the trigger hits of each sentence that pass the checks on
    the sentence's words (``event_types.yaml``)."""

    def __init__(self, matcher: TriggerMatcher) -> None:
        self.matcher = matcher

    def __call__(self, doc: Doc) -> Doc:
        doc._.graphkit_triggers = [self.matcher.find(sent) for sent in doc.sents]
        return doc


@dataclass(frozen=True)
class HitArguments:
    """The arguments of one trigger hit: the mentions on its subject and object side, and
    the places its type may take as a party (``place_preps``: "arrived in Riyadh")."""

    arguments: Arguments
    places: tuple[Mention, ...] = ()


class ArgumentsComponent:
    """``graphkit_arguments``: the actors on each trigger hit's dependency arguments, with
    the prepositions of its event type and trigger rule."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        mentions: ArticleMentions = doc._.graphkit_mentions
        found: dict[tuple[str, int], HitArguments] = {}
        for hits in doc._.graphkit_triggers:
            for hit in hits:
                found[(hit.rule.key, hit.token.i)] = self.of(hit, mentions)
        doc._.graphkit_arguments = found
        return doc

    def of(self, hit: TriggerHit, mentions: ArticleMentions) -> HitArguments:
        rule = self.rules.types[hit.rule.type]
        trig = hit.rule
        lenient = rule.roles == "symmetric"
        token = hit.token
        judged = token.dep_ == "nsubj" and token.head.lemma_.lower() == "be"
        members = trig.member_preps if token.pos_ == "NOUN" and not judged else frozenset()
        preps = (rule.target_preps | trig.target_preps | members | {"between"}) - trig.not_target_preps
        args = find_arguments(token, mentions, preps,
                              lenient=lenient, possessor_targets=rule.possessor_targets,
                              agent_verbs=trig.agent_verbs, source_preps=trig.source_preps,
                              content_preps=rule.content_preps, with_companions=rule.roles != "symmetric",
                              state_preps=trig.state_preps, taken_up_verbs=trig.taken_up_verbs,
                              answered=rule.name.lower() in mentions.words.answered_types)
        if trig.purpose_nouns:
            # "travelled to X for talks with Y": the talks the journey is for name whom it met
            args = replace(args, objects=args.objects + [
                m for m in purpose_parties(hit.token, trig.purpose_nouns, rule.target_preps, mentions)
                if m not in args.objects])
        if trig.origin_preps and not args.subjects and token.pos_ == "NOUN":
            # "aid from X arrived in Y": the doer named inside the noun's own phrase
            args = replace(args, subjects=[m for m in origin_parties(token, mentions, trig.origin_preps)
                                           if m not in args.objects])
        if (trig.past_setting_preps and not args.subjects and token.pos_ == "NOUN"
                and past_setting(token, trig, self.rules.setting_heads)):
            # "Following talks with X, Y said ...": who came from the talks speaks
            args = replace(args, subjects=[m for m in setting_subjects(token, mentions)
                                           if m not in args.objects])
        if not args.objects and args.verb is not None:
            args = replace(args, objects=self._indirect_targets(hit, args.verb, mentions, args))
        if not takes_place(rule):  # "met in Geneva": the city is the setting
            doc = hit.token.doc
            subjects = mentions.parties(args.subjects, doc)
            args = replace(args, subjects=subjects, objects=mentions.without_settings(
                subjects, mentions.parties(args.objects, doc), doc))
        elif rule.place_target and args.subjects:
            # "struck X's forces in Y": Y is where, X the target; "struck Y": Y the target
            args = replace(args, objects=mentions.without_settings(
                args.subjects, args.objects, hit.token.doc))
        if trig.recipient_preps and token.pos_ == "NOUN":
            # "a ship carrying aid for X arrived in Y": X the aid is for (even told by where
            # they are: "for people in X"), Y a stop on its way
            recipients = [m for m in recipient_parties(token, mentions, trig.recipient_preps,
                                                       trig.place_purposes)
                          if m not in args.subjects]
            if recipients:
                args = replace(args, objects=recipients)
        if not rule.place_preps:
            return HitArguments(args)
        named = {m.start for m in args.subjects + args.objects}
        places = find_arguments(hit.token, mentions, rule.place_preps, lenient=lenient).objects
        return HitArguments(args, tuple(m for m in places if m.start not in named))


    @staticmethod
    def _indirect_targets(hit: TriggerHit, verb: Token, mentions: ArticleMentions,
                          args: Arguments) -> list[Mention]:
        """Targets of an act that names none on its own words: a verb trigger's on what it
        moves ("shipped shells to X": ``object_preps``), else those of an infinitive of
        purpose ("pledged $20 million to assist X": ``purpose_verbs``), else the place of
        those it is for ("aid for flood victims in X": ``place_purposes``)."""
        trig = hit.rule
        found: list[Mention] = []
        if trig.object_preps and hit.token.pos_ == "VERB":
            found = carried_targets(verb, mentions, trig.object_preps)
        if not found and trig.purpose_verbs:
            found = purpose_targets(verb, mentions, trig.purpose_verbs)
        if not found and trig.place_purposes:
            found = place_recipients(hit.token, verb, mentions, trig.place_purposes)
        return [m for m in found if m not in args.subjects]


def purpose_parties(verb: Token, nouns: frozenset[str], preps: frozenset[str],
                    mentions: ArticleMentions) -> list[Mention]:
    """Those named by ``preps`` on a noun of ``nouns`` that a "for" phrase of ``verb``
    gives as its purpose ("travelled to X for talks with Y": Y)."""
    found: list[Mention] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for noun in (p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in nouns):
            for inner in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps):
                for obj in (p for p in inner.children if p.dep_ == "pobj"):
                    for party in [obj, *(c for c in obj.children if c.dep_ == "conj")]:
                        found.extend(mentions_at(party, mentions))
    return found


def takes_place(rule: EventTypeRule) -> bool:
    """Whether the type's parties may be where it happened ("struck Kharkiv", "police
    detained X in Yekaterinburg"): else a city named as the setting is no party."""
    return rule.place_target or rule.authority_source


class ReportingComponent:
    """``graphkit_reporting``: the reporting verbs of each sentence whose speaker is an
    actor ("X said ..."), and whom a sentence attributes its news to ("according to X")."""

    def __init__(self, reader: ReportReader) -> None:
        self.reader = reader

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.graphkit_mentions
        sents = list(doc.sents)
        doc._.graphkit_reports = [self.reader.reports(sent, mentions) for sent in sents]
        doc._.graphkit_attributions = [self.reader.attribution(sent, mentions) for sent in sents]
        return doc


class ModalityComponent:
    """``graphkit_modality``: asserted, planned, hypothetical or negated, for each trigger
    hit (under its event type) and each reporting verb (as a statement)."""

    def __init__(self, reader: ModalityReader, statement_type: str) -> None:
        self.reader = reader
        self.statement_type = statement_type

    def __call__(self, doc: Doc) -> Doc:
        found: dict[tuple[str, int], str] = {}
        for hits in doc._.graphkit_triggers:
            for hit in hits:
                key = (hit.rule.type, hit.token.i)
                if key not in found:
                    found[key] = self.reader.modality(hit.token, hit.rule.type, subject_words(hit.token))
        for reports in doc._.graphkit_reports:
            for verb, _speakers in reports:
                key = (self.statement_type, verb.i)
                if key not in found:
                    found[key] = self.reader.modality(verb, self.statement_type)
        doc._.graphkit_modality = found
        return doc


class PriorCuesComponent:
    """``graphkit_prior_cues``: each sentence's cues of an earlier contact ("the first call
    since September 2022", "they last met in May"), dated against the article's date."""

    def __init__(self, reader: PriorContactReader) -> None:
        self.reader = reader

    def __call__(self, doc: Doc) -> Doc:
        published = article_of(doc).published
        doc._.graphkit_prior_cues = [self.reader.cues(sent, published) for sent in doc.sents]
        return doc


class EventsComponent:
    """``graphkit_events``: the article's events, read in story order from what the other
    components found (see :class:`~graphkit.extract.extractor.ArticleReader`)."""

    def __init__(self, reader: ArticleReader) -> None:
        self.reader = reader

    def __call__(self, doc: Doc) -> Doc:
        doc._.graphkit_events = tuple(self.reader.read(doc))
        return doc


def subject_words(token: Token) -> list[Token]:
    """The subjects of a trigger word (its modality may depend on who speaks: "we will")."""
    return [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]


def components_of(reader: ArticleReader) -> list[tuple[str, Any]]:
    """The components, in order, built on the parts of one :class:`ArticleReader` (one
    gazetteer, one set of rules)."""
    return [
        ("graphkit_mentions", MentionsComponent(reader.actors)),
        ("graphkit_triggers", TriggersComponent(reader.triggers)),
        ("graphkit_arguments", ArgumentsComponent(reader.rules)),
        ("graphkit_reporting", ReportingComponent(reader.reporter)),
        ("graphkit_modality", ModalityComponent(reader.modality, reader.rules.statement_type)),
        ("graphkit_prior_cues", PriorCuesComponent(reader.priors)),
        ("graphkit_events", EventsComponent(reader)),
    ]


# -- factories: the components by name, each from a schema folder ------------------------

_CONFIG: dict[str, Any] = {"schema_dir": None}


def _rules(schema_dir: str | None) -> Rules:
    return load_rules(Path(schema_dir) if schema_dir else None)


def _finder(nlp: Language, schema_dir: str | None) -> MentionFinder:
    from graphkit.reference.gazetteer import Gazetteer

    folder = Path(schema_dir) if schema_dir else None
    return MentionFinder(nlp, Gazetteer.load(folder), _rules(schema_dir))


@Language.factory("graphkit_mentions", default_config=_CONFIG)
def make_mentions(nlp: Language, name: str, schema_dir: str | None) -> MentionsComponent:
    return MentionsComponent(_finder(nlp, schema_dir))


@Language.factory("graphkit_triggers", default_config=_CONFIG)
def make_triggers(nlp: Language, name: str, schema_dir: str | None) -> TriggersComponent:
    return TriggersComponent(TriggerMatcher(nlp, _rules(schema_dir)))


@Language.factory("graphkit_arguments", default_config=_CONFIG)
def make_arguments(nlp: Language, name: str, schema_dir: str | None) -> ArgumentsComponent:
    return ArgumentsComponent(_rules(schema_dir))


@Language.factory("graphkit_reporting", default_config=_CONFIG)
def make_reporting(nlp: Language, name: str, schema_dir: str | None) -> ReportingComponent:
    return ReportingComponent(ReportReader(_rules(schema_dir), _finder(nlp, schema_dir)))


@Language.factory("graphkit_modality", default_config=_CONFIG)
def make_modality(nlp: Language, name: str, schema_dir: str | None) -> ModalityComponent:
    from graphkit.extract.modality import ModalityReader

    rules = _rules(schema_dir)
    return ModalityComponent(ModalityReader(rules), rules.statement_type)


@Language.factory("graphkit_prior_cues", default_config=_CONFIG)
def make_prior_cues(nlp: Language, name: str, schema_dir: str | None) -> PriorCuesComponent:
    from graphkit.extract.date_rules import date_grammar

    rules = _rules(schema_dir)
    return PriorCuesComponent(PriorContactReader(rules, date_grammar(rules.folder / "date_rules.yaml")))


@Language.factory("graphkit_events", default_config={"schema_dir": None, "detector": True})
def make_events(nlp: Language, name: str, schema_dir: str | None, detector: bool) -> EventsComponent:
    from graphkit.extract.extractor import ArticleReader
    from graphkit.reference.gazetteer import Gazetteer

    folder = Path(schema_dir) if schema_dir else None
    return EventsComponent(ArticleReader(nlp, Gazetteer.load(folder), folder,
                                         detector=None if detector else False))


def add_graphkit_components(nlp: Language, schema_dir: Path | str | None = None,
                            detector: bool = True) -> Language:
    """Add every graphkit component to ``nlp`` (after its own), configured with
    ``schema_dir``; ``detector``: the events component uses the shipped learned detector.
    Set ``doc._.graphkit_article`` first to date relative expressions (``nlp.make_doc``,
    then run the pipeline on the doc); a doc without one is an article of unknown date."""
    add_headline_reader(nlp, schema_dir)
    config = {"schema_dir": str(schema_dir) if schema_dir else None}
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            extra = {"detector": detector} if name == "graphkit_events" else {}
            nlp.add_pipe(name, config={**config, **extra})
    return nlp
