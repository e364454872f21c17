"""Extraction: articles in, events out (spaCy's English pipeline plus graphkit's rules).

Public API: :func:`load_nlp` and :class:`Extractor`.
"""

from graphkit.extract.extractor import Extractor
from graphkit.extract.nlp import load_nlp

__all__ = ["Extractor", "load_nlp"]
