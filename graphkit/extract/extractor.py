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

This module holds the :class:`Extractor` alone; the reader it wraps is
:mod:`graphkit.extract.article_reader`'s :class:`ArticleReader` (story order and the
per-sentence steps), whose mixin :class:`~graphkit.extract.trigger_events.TriggerEvents`
turns one trigger hit into an event.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

from graphkit.errors import ExtractError
from graphkit.extract.article_reader import ArticleReader
from graphkit.extract.components import components_of, release
from graphkit.extract.headlines import HEADLINES
from graphkit.extract.learned import EventDetector
from graphkit.extract.nlp import add_headline_reader, add_paragraph_breaks, load_nlp, warn_if_cut
from graphkit.extract.review import SentenceRecord
from graphkit.model import Article, Extraction

if TYPE_CHECKING:
    from graphkit.reference.gazetteer import Gazetteer


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
        >>> from graphkit.extract import Extractor
        >>> from graphkit.load import article_from_text
        >>> article = article_from_text("PUBLISHED: 2025-03-04\\n\\n"
        ...                             "Emmanuel Macron spoke by phone with Olaf Scholz on Monday.")
        >>> extractor = Extractor()
        >>> extraction = extractor.extract(article)
        >>> [(e.type, e.date.value) for e in extraction.events]
        [('CALL', '2025-03-03')]
    """

    def __init__(self, nlp: Language | None = None, gazetteer: Gazetteer | None = None,
                 schema_dir: Path | None = None, n_process: int = 1, batch_size: int = 64,
                 detector: EventDetector | None | bool = None) -> None:
        self.nlp = add_paragraph_breaks(nlp if nlp is not None else load_nlp())
        add_headline_reader(self.nlp, schema_dir)
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
        for doc, article in self.parse(stream, as_tuples=True):
            warn_if_cut(doc, article.label())
            yield self.extract_doc(doc, article)

    def parse(self, texts: Iterable[Any], as_tuples: bool = False) -> Iterator[Any]:
        """``self.nlp.pipe(texts)`` in this extractor's batches and processes, the headline
        reader reading this extractor's ``headline_verbs``, ``hyphen_prefixes``,
        ``gerund_governors``, ``told_clause_verbs`` and ``content_clause_nouns`` (a shared
        pipeline's reader may hold another schema's) and graphkit's components left to
        :meth:`extract_doc`."""
        kwargs: dict[str, Any] = {
            "as_tuples": as_tuples, "batch_size": self.batch_size,
            "component_cfg": {HEADLINES: {"verbs": self.reader.rules.headline_verbs,
                                          "prefixes": self.reader.rules.hyphen_prefixes,
                                          "governors": self.reader.rules.gerund_governors,
                                          "told_verbs": self.reader.rules.told_clause_verbs,
                                          "content_nouns": self.reader.rules.content_clause_nouns}}}
        ours = [name for name, _ in self.components if name in self.nlp.pipe_names]
        if ours:  # a pipeline that holds graphkit's components: they run below, once
            kwargs["disable"] = ours
        if self.n_process > 1:
            kwargs["n_process"] = self.n_process
        return self.nlp.pipe(texts, **kwargs)

    def extract_doc(self, doc: Doc, article: Article) -> Extraction:
        """The events of an article already parsed by this extractor's pipeline (training
        and cross-validation parse once and extract many times)."""
        doc._.graphkit_article = article
        for _name, component in self.components:
            doc = component(doc)
        events = doc._.graphkit_events
        release(doc)  # the doc keeps its parse, not the analyses that point into it
        return Extraction(article=article, events=events)
