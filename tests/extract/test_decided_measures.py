"""A measure a party agreed or decided to take (a sanction, an expulsion, aid) is the
decision told, asserted, not a plan; a decision still to come stays open. Invented people;
real countries and bodies only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_assets_the_eu_agreed_to_freeze_are_a_sanction(rules_only):
    text = "The EU agreed on Friday to freeze all assets held by Peruvian minister Tomas Ferrand."
    sanctions = _asserted(_events(rules_only, text), "SANCTION")
    assert len(sanctions) == 1
    assert _countries(sanctions[0]) == {"EU", "PER"}


def test_diplomats_a_country_decided_to_expel_are_an_expulsion(rules_only):
    text = "Chile decided on Monday to expel two Peruvian diplomats from its embassy in Lima."
    expulsions = _asserted(_events(rules_only, text), "EXPEL")
    assert len(expulsions) == 1
    assert _countries(expulsions[0]) == {"CHL", "PER"}


def test_a_decision_still_to_come_is_no_expulsion(rules_only):
    text = "Chile will decide next week whether to expel Peruvian diplomats."
    assert _asserted(_events(rules_only, text), "EXPEL") == []
