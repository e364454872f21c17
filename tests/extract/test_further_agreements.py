"""An agreement told again with a word of a further one ("they also agreed to ...") in a
later sentence is a second agreement of the same parties, not the first told again
(``further_cues`` of AGREE). Invented people; real countries only because the gazetteer
knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_they_also_agreed_in_a_later_sentence_is_a_second_agreement(rules_only):
    text = ("Chilean President Tomas Varga hosted Peruvian President Ana Ruel in Santiago on "
            "Monday. The two leaders agreed to hold joint summits every year. They also agreed "
            "to hold joint naval exercises.")
    assert len(_asserted(_events(rules_only, text), "AGREE")) == 2


def test_an_agreement_told_again_without_a_further_word_is_one(rules_only):
    text = ("Chilean President Tomas Varga hosted Peruvian President Ana Ruel in Santiago on "
            "Monday. The two leaders agreed to hold joint summits every year. They agreed to "
            "hold the summits in turn in each capital.")
    assert len(_asserted(_events(rules_only, text), "AGREE")) == 1
