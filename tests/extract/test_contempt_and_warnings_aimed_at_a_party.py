"""Blame and threats told without a verb of accusing or threatening: words of contempt for
a party's act or words (a campaign described as "stupid", a decision called "offensive", a
party said to play an "inappropriate role" or to commit "a stupid act") accuse that party;
a warning issued, sent or delivered to a party ("issued a stern warning to X") threatens it.
Look-alikes: a military "offensive" in a reported clause (a noun, no contempt), accusations
called baseless (a rejection, not an accusation), a travel warning issued to one's own
citizens (no party warned). Invented people; real countries only because the gazetteer
knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles


@pytest.mark.parametrize("text", [
    'Chilean Foreign Minister Tomas Arvel described the Norwegian campaign as "stupid and boring".',
    "The Chilean government called the Norwegian decision offensive.",
    "Chile's foreign ministry branded Norway's remarks insulting.",
    "Chilean Foreign Minister Tomas Arvel described Norway's conduct as disgraceful.",
])
def test_a_partys_act_named_with_a_word_of_contempt_accuses_that_party(rules_only, text):
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"CHL": "source", "NOR": "target"}


@pytest.mark.parametrize("text", [
    'Chilean Foreign Minister Tomas Arvel said Norway had taken on an "inappropriate role" in the talks.',
    "Chilean Foreign Minister Tomas Arvel said the Norwegian drills near Velmora were a stupid act.",
    "Chilean Foreign Minister Tomas Arvel said Norway's treatment of the Velmora fishermen was scandalous.",
])
def test_a_party_said_to_act_contemptibly_is_accused_by_the_speaker(rules_only, text):
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"CHL": "source", "NOR": "target"}


def test_a_military_offensive_in_a_reported_clause_accuses_nobody(rules_only):
    text = "Chilean Foreign Minister Tomas Arvel said Norway's offensive in the north had ended on Monday."
    assert _asserted(_events(rules_only, text), "ACCUSE") == []


def test_accusations_called_baseless_are_no_accusation(rules_only):
    text = "Chilean Foreign Minister Tomas Arvel said the Norwegian accusations were baseless."
    assert _asserted(_events(rules_only, text), "ACCUSE") == []


@pytest.mark.parametrize("text", [
    "Chilean army chief Tomas Arvel issued a stern warning to Norway on Sunday.",
    "Chilean army chief Tomas Arvel issued a stern warning to Norway, saying its navy was too weak to win.",
    "Chilean President Tomas Arvel sent a blunt warning to Norway on Friday.",
])
def test_a_warning_issued_to_a_party_threatens_that_party(rules_only, text):
    threats = _asserted(_events(rules_only, text), "THREATEN")
    assert len(threats) == 1
    assert _roles(threats[0]) == {"CHL": "source", "NOR": "target"}


@pytest.mark.parametrize("text", [
    "The Chilean embassy issued a travel warning to its citizens about thefts in Norway.",
    "The Chilean weather service issued a storm warning for the Velmora coast.",
])
def test_a_public_notice_of_danger_threatens_nobody(rules_only, text):
    assert _asserted(_events(rules_only, text), "THREATEN") == []
