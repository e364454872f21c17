"""Trigger words a rule refused where real news tells the event with them (trigger51): a
charge named by an indictment or by its "with" phrase, custody held "on charges", a
warning told with its condition, a party branded, sanctions maintained or issued, an arrest
named with its doer. Each is a lexicon entry or a trigger of schema/event_types.yaml.
Invented people, towns and outlets; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles


def _one(extractor, sentence: str, type_: str) -> dict[str | None, str]:
    """The roles of the one asserted event of ``type_`` found in ``sentence``."""
    events = _asserted(_events(extractor, sentence), type_)
    assert events, f"no {type_} in: {sentence}"
    return _roles(events[0])


def test_an_indictment_is_a_charge_whatever_the_crime(rules_only):
    roles = _one(rules_only, "Two Chilean deckhands were indicted by Peru on Thursday over a "
                             "forged cargo manifest.", "ARREST")
    assert roles == {"PER": "source", "CHL": "target"}


def test_a_document_that_indicts_a_country_charges_no_one(rules_only):
    text = ("The Halden Institute's report indicted Peru for failing to shelter the refugees "
            "of Grimsvik.")
    assert not _asserted(_events(rules_only, text), "ARREST")


def test_a_country_charged_with_a_deed_is_accused_not_tried(rules_only):
    assert not _asserted(_events(rules_only, "Peru charged Chile with breaking the fishing truce."),
                         "ARREST")


def test_the_capture_of_a_town_is_no_arrest(rules_only):
    text = "Peru's capture of the hill town of Grimsvik angered Chile."
    assert not _asserted(_events(rules_only, text), "ARREST")


def test_a_charge_told_by_its_with_phrase_is_a_charge_whatever_the_crime(rules_only):
    roles = _one(rules_only, "Peruvian prosecutors charged two Chilean nationals with plotting "
                             "attacks on Varessa.", "ARREST")
    assert roles == {"PER": "source", "CHL": "target"}


@pytest.mark.parametrize("sentence", [
    "Peru charged Chilean mediator Tomas Relga with overseeing the talks.",
    "Peru charged the Chilean diplomat Tomas Relga with leading the border talks.",
], ids=["overseeing", "leading"])
def test_a_duty_charged_with_is_no_charge(rules_only, sentence):
    assert not _asserted(_events(rules_only, sentence), "ARREST")


def test_a_party_held_on_charges_is_in_custody(rules_only):
    roles = _one(rules_only, "Ramon Tuquer, a Chilean lawyer, has been held in Peru since May "
                             "on fraud charges.", "ARREST")
    assert roles.get("PER") == "source" and roles.get("CHL") == "target"


def test_a_warning_told_with_its_condition_is_a_threat(rules_only):
    roles = _one(rules_only, "Peruvian President Tomas Ardila warned he would halt the copper "
                             "trade with Chile unless its troops left the border.", "THREATEN")
    assert roles == {"PER": "source", "CHL": "target"}


def test_a_warning_of_a_danger_names_no_threat(rules_only):
    events = _events(rules_only, "Peru warned Chile that if the drought continued, harvests "
                                 "across the region would fail.")
    assert not _asserted(events, "THREATEN")


def test_a_forecast_with_a_condition_is_no_threat(rules_only):
    events = _events(rules_only, "Peru warned Chile that the fishing talks would collapse unless "
                                 "both sides gave ground.")
    assert not _asserted(events, "THREATEN")


def test_branding_a_party_accuses_it_whatever_the_word(rules_only):
    roles = _one(rules_only, 'Peruvian President Tomas Ardila branded Chilean President Marco '
                             'Quispe an "arsonist of the Andes" in a column for the Varessa '
                             'Courier.', "ACCUSE")
    assert roles.get("PER") == "source" and roles.get("CHL") == "target"


def test_a_quoted_word_of_praise_brands_no_one(rules_only):
    events = _events(rules_only, 'Peru labelled Chile\'s offer "generous" and welcomed it.')
    assert not _asserted(events, "ACCUSE")


@pytest.mark.parametrize("sentence", [
    "Peru maintained its trade sanctions on Bolivia.",
    "Peru issued sanctions against two Bolivian officials.",
], ids=["maintained", "issued"])
def test_sanctions_maintained_or_issued_are_sanctions(rules_only, sentence):
    assert _one(rules_only, sentence, "SANCTION") == {"PER": "source", "BOL": "target"}


def test_an_arrest_named_with_its_doer_is_an_arrest(rules_only):
    roles = _one(rules_only, "Bolivia recalled its ambassador after Peru's arrest of a Bolivian "
                             "trade attaché in Montacruz.", "ARREST")
    assert roles == {"PER": "source", "BOL": "target"}
