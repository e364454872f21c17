"""A trigger that fires names its parties outside its own words: a passive verb's agent for
the act noun that is its subject, the addressee of the verb a call is the setting of, a
counterpart told "from" a country, and the reporter told as "it" or "the country" in what
it reports. Sentences written for these tests (invented people; real countries only because
the gazetteer knows them)."""

from __future__ import annotations

from datetime import date

from extract.helpers import _asserted, _countries, _events, _roles


def test_sanctions_imposed_by_a_country_are_its_sanctions(extractor):
    text = "Sanctions were imposed on three Peruvian banks by Chile on Monday."
    sanctions = _asserted(_events(extractor, text), "SANCTION")
    assert [_roles(e) for e in sanctions] == [{"CHL": "source", "PER": "target"}]


def test_sanctions_announced_by_a_country_against_another(extractor):
    text = "New sanctions were announced by Chile against Peru on Monday."
    sanctions = _asserted(_events(extractor, text), "SANCTION")
    assert [_roles(e) for e in sanctions] == [{"CHL": "source", "PER": "target"}]


def test_sanctions_criticised_by_a_country_are_not_its_sanctions(extractor):
    text = "The sanctions were criticised by Peru on Monday."
    assert _asserted(_events(extractor, text), "SANCTION") == []


def test_a_call_is_with_the_one_the_caller_told(extractor):
    text = ("President Arlen Voss of Chile told President Ilse Marrow of Peru in a phone call "
            "on Monday that the border would reopen.")
    calls = _asserted(_events(extractor, text), "CALL")
    assert [_countries(e) for e in calls] == [{"CHL", "PER"}]


def test_a_call_opening_the_sentence_is_with_the_one_thanked(extractor):
    text = ("In a phone call on Monday, President Arlen Voss of Chile thanked President Ilse "
            "Marrow of Peru for her support.")
    calls = _asserted(_events(extractor, text), "CALL")
    assert [_countries(e) for e in calls] == [{"CHL", "PER"}]


def test_a_call_is_with_the_one_the_topic_was_discussed_with(extractor):
    text = ("President Arlen Voss of Chile discussed trade with President Ilse Marrow of Peru "
            "during a phone call on Monday.")
    calls = _asserted(_events(extractor, text), "CALL")
    assert [_countries(e) for e in calls] == [{"CHL", "PER"}]


def test_a_country_discussed_in_a_call_is_no_party_of_it(extractor):
    text = "President Arlen Voss of Chile discussed the war in Uruguay in a phone call on Monday."
    assert _asserted(_events(extractor, text), "CALL") == []


def test_a_counterpart_from_a_country_is_of_that_country(extractor):
    text = "Foreign Minister Arlen Voss of Chile met his counterpart from Peru on Monday."
    meetings = _asserted(_events(extractor, text), "MEET")
    assert [_countries(e) for e in meetings] == [{"CHL", "PER"}]


def test_the_country_attacked_in_a_report_is_the_reporters(extractor):
    text = "Peru's defence ministry said on Monday that Chilean artillery had shelled the country."
    attacks = _asserted(_events(extractor, text), "ATTACK")
    assert [_roles(e) for e in attacks] == [{"CHL": "source", "PER": "target"}]


def test_it_attacked_in_a_report_is_the_reporter(extractor):
    text = "Peru said on Monday that it had been attacked by Chilean drones."
    attacks = _asserted(_events(extractor, text), "ATTACK")
    assert [_roles(e) for e in attacks] == [{"CHL": "source", "PER": "target"}]


def test_an_overnight_attack_in_a_dated_report_is_of_the_reports_day(extractor):
    text = ("Peru's defence ministry said on Monday that Chilean artillery had shelled Peruvian "
            "border posts overnight.")
    attacks = _asserted(_events(extractor, text, published=date(2025, 3, 12)), "ATTACK")
    assert [e.date.value for e in attacks] == ["2025-03-10"]


def test_an_overnight_attack_in_an_undated_report_is_of_the_news_day(extractor):
    text = "Chilean drones struck Peruvian positions overnight, the Peruvian army said."
    attacks = _asserted(_events(extractor, text, published=date(2025, 3, 12)), "ATTACK")
    assert [e.date.value for e in attacks] == ["2025-03-12"]


def test_sanctions_aimed_at_a_country_are_on_that_country(extractor):
    text = "Chile approved on Monday a package of sanctions aimed at Peru's mining industry."
    sanctions = _asserted(_events(extractor, text), "SANCTION")
    assert [_roles(e) for e in sanctions] == [{"CHL": "source", "PER": "target"}]


def test_tariffs_aimed_at_a_demonym_are_on_its_country(extractor):
    text = "Chile on Monday unveiled tariffs aimed at Peruvian steel."
    sanctions = _asserted(_events(extractor, text), "SANCTION")
    assert [_roles(e) for e in sanctions] == [{"CHL": "source", "PER": "target"}]


def test_sanctions_aimed_at_a_country_that_criticises_them_are_no_new_sanctions(extractor):
    text = "Peru on Monday criticised the sanctions aimed at its mining industry."
    assert _asserted(_events(extractor, text), "SANCTION") == []
