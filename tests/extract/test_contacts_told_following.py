"""A contact told as what came before, in a phrase the tagger reads as a verb ("Following
talks with X, Y said ...", "Following her meeting with X on Monday, Y told ...", "Y,
following a call by phone with X, said ..."): a contact of the two, Y being the subject of
the clause the phrase opens or the subject it follows (``past_setting_preps`` of the
contact nouns). Sentences written for these tests (invented people, real countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize("sentence,type_", [
    ("Following her meeting with Chinese Premier Wen Dalu on Monday, Australian Foreign "
     "Minister Kara Wendt said trade would grow.", "MEET"),
    ("Following the meeting with Chinese Premier Wen Dalu, Australian Foreign Minister Kara "
     "Wendt said the two sides were close.", "MEET"),
    ("Australian Prime Minister Tom Harlow, following talks with Chinese Premier Wen Dalu, "
     "said trade would grow.", "MEET"),
])
def test_a_contact_told_as_what_came_before_is_one_of_the_speaker_and_the_other(extractor, sentence, type_):
    contacts = _asserted(_events(extractor, sentence), type_)
    assert contacts and _countries(contacts[0]) == {"AUS", "CHN"}


def test_a_contact_before_with_no_party_of_its_own_is_none(extractor):
    sentence = "Following the meeting, Australian Foreign Minister Kara Wendt said trade would grow."
    assert not _asserted(_events(extractor, sentence), "MEET")
