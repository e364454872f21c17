"""A future word that begins a phrase of place ("next to X", as in a photo's caption) tells
where an act is, not when: the act is not placed ahead by it; "next week" still is
(invented sentences)."""

from __future__ import annotations

import pytest

CASES = [
    ("speaks", "Finance Minister Ivo Brask speaks next to Governor Olek Varn outside the harbour office.",
     "asserted"),
    ("sits", "President Olek Varn sits next to Ivo Brask during the talks in Lima.", "asserted"),
    ("meets", "Ivo Brask meets Olek Varn next week.", "planned"),
]


@pytest.mark.parametrize(("word", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_next_to_is_a_place_not_a_time(extractor, word, text, expected):
    token = next(t for t in extractor.nlp(text) if t.text == word)
    assert extractor.reader.modality.modality(token, "MEET") == expected
