"""A later report of a speaker already quoted, told with "also" and about another side, is
new words of that speaker, not an elaboration of the first. Sentences written for these
tests (invented people and places)."""

from __future__ import annotations

from extract.helpers import _asserted, _events

LEAD = ("Ugandan Foreign Minister Joseph Okello met Kenyan Foreign Minister Amos Kiprono in "
        "Kampala on Monday. Okello said that Uganda and Kenya both want to steady their ties. ")


def test_a_further_report_about_another_side_is_a_second_statement(extractor):
    events = _events(extractor, LEAD + "Okello also said Kenya had promised not to close the "
                                       "border crossing at Busia.")
    assert len(_asserted(events, "STATEMENT")) == 2


def test_a_later_plain_report_of_the_same_speaker_stays_one_statement(extractor):
    events = _events(extractor, LEAD + "Okello said Kenya had promised not to close the border "
                                       "crossing at Busia.")
    assert len(_asserted(events, "STATEMENT")) == 1
