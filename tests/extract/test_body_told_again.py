"""A state body told again by its bare name ("the Treasury", "the Foreign Office") is the
body the article named before with its country, not the body of the country the story
names most. Sentences written for these tests (real countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _first_statement_parties


@pytest.mark.parametrize("text, speaker", [
    ("The US Treasury imposed sanctions on three Russian banks on Thursday. The Treasury said "
     "the measures would deepen Russia's isolation.", "US Treasury"),
    ("Britain's Foreign Office summoned Iran's ambassador on Monday over the execution. The "
     "Foreign Office said the execution was barbaric.", "British Foreign Office"),
])
def test_a_body_told_again_keeps_the_country_it_was_named_with(extractor, text, speaker):
    assert _first_statement_parties(extractor, text) == [speaker]
