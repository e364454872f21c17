"""Which words of a sentence are quoted (a tokenizer alone, no model)."""

from __future__ import annotations

import pytest
import spacy

from graphkit.extract.reporting import quoted

NLP = spacy.blank("en")


def _quoted_words(text: str) -> list[str]:
    doc = NLP(text)
    inside = quoted(doc[:])
    return [t.text for t in doc if t.i in inside]


@pytest.mark.parametrize("text", [
    'Lima said "the talks are over" and left.',
    "Lima said 'the talks are over' and left.",
    "Lima said ‘the talks are over’ and left.",
])
def test_words_between_quotation_marks_are_quoted(text):
    assert _quoted_words(text) == ["the", "talks", "are", "over"]


def test_apostrophe_of_a_plural_possessive_opens_no_quote():
    assert _quoted_words("The two countries' envoys said it was over.") == []
