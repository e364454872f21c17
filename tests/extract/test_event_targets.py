"""Whom a directed act is aimed at when its target would be its own side or is not told:
behaviour tests on sentences written for them (invented people, courts and towns)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _of_type

_STORY = ("An Armenian court sentenced Georgian writer Lado Kvirik to ten years in prison on "
          "Monday. Armenia and Georgia have argued over the case for months. ")


def test_concern_over_an_own_citizen_aims_at_the_story_other_country(rules_only):
    events = _events(rules_only, _STORY + "Georgian officials have raised concerns over "
                                          "Kvirik's treatment.")
    accusations = [e for e in _asserted(events, "ACCUSE") if "Kvirik" in e.evidence]
    assert accusations
    assert {a.country for a in accusations[0].actors} == {"GEO", "ARM"}


def test_an_act_at_its_own_side_with_no_other_country_in_the_story_stays_dropped(rules_only):
    events = _events(rules_only, "Georgian officials have raised concerns over the treatment "
                                 "of Georgian writer Lado Kvirik.")
    assert not _asserted(events, "ACCUSE")


def test_an_act_at_its_own_side_beside_another_country_named_in_the_sentence_stays_dropped(rules_only):
    events = _events(rules_only, _STORY + "In a call with Armenian Foreign Minister Aram Vosk, "
                                          "Georgian officials raised concerns over Kvirik's treatment.")
    assert [e for e in _asserted(events, "CALL") if "Vosk" in e.evidence]
    assert not [e for e in _asserted(events, "ACCUSE") if "Vosk" in e.evidence]


_EXPULSION = ("Armenia expelled two Georgian diplomats on Monday. Armenia and Georgia have argued "
              "over the border for months. ")


def test_a_threat_told_with_its_source_alone_aims_at_the_story_other_country(rules_only):
    events = _events(rules_only, _EXPULSION + "The Georgian Foreign Ministry vowed to respond.")
    threats = [e for e in _asserted(events, "THREATEN") if "vowed" in e.evidence]
    assert threats
    assert {a.country for a in threats[0].actors} == {"GEO", "ARM"}


def test_a_threat_told_with_its_source_alone_beside_another_country_keeps_no_target(rules_only):
    events = _events(rules_only, _EXPULSION + "The Georgian Foreign Ministry vowed to respond, "
                                              "while Turkish President Tomas Orrego urged calm.")
    # (with no target, no threat at all: a threat aimed at no party named is none)
    threats = [e for e in _asserted(events, "THREATEN") if "vowed" in e.evidence]
    assert not any("ARM" in {a.country for a in t.actors} for t in threats)


def test_a_quoted_threat_at_them_aims_at_the_story_other_country(rules_only):
    events = _events(rules_only, _EXPULSION + '"We will make them regret this," Georgian Foreign '
                                              'Minister Lado Kvirik said on Tuesday.')
    threats = [e for e in _asserted(events, "THREATEN") if "regret" in e.evidence]
    assert threats
    assert {a.country for a in threats[0].actors} == {"GEO", "ARM"}
    assert not [e for e in _asserted(events, "STATEMENT") if "regret" in e.evidence]


def test_a_visit_to_ones_own_country_named_with_a_foreign_guest_is_a_contact_with_the_guest(rules_only):
    events = _events(rules_only, "Georgian President Tomas Orrego spoke with Armenian envoy Aram Vosk "
                                 "on Monday. During the call, Orrego invited Vosk to visit Georgia.")
    visits = [e for e in _of_type(events, "MEET", "planned") if "invited" in e.evidence]
    assert visits
    assert {a.name for a in visits[0].actors} == {"Tomas Orrego", "Aram Vosk"}



@pytest.mark.parametrize("place, country", [("Beirut", None), ("Haifa", "ISR")])
def test_a_country_read_off_the_place_of_an_attack_is_never_the_attacker_own(rules_only, place, country):
    """A group of Lebanon firing on boats in the harbour of a Lebanese city aims at no party
    of Lebanon; in an Israeli city's harbour, at Israel."""
    events = _asserted(_events(rules_only, f"Hezbollah has fired on boats in the harbour of {place}."),
                       "ATTACK")
    assert {a.country for e in events for a in e.actors} - {"LBN"} == ({country} if country else set())
    assert not [e for e in events if {a.country for a in e.actors} == {"LBN"}]


def test_a_country_named_as_the_time_zone_of_an_attack_is_no_target(rules_only):
    """"at 4 p.m. <a country's> time" tells the clock, not whom the missile was fired at."""
    events = _events(rules_only, "The Zoran Brigade launched a cruise missile at the frigate Alma on "
                                 "Thursday near 9:20 a.m. Yemen time, according to the navy.")
    assert not [e for e in _asserted(events, "ATTACK") if "YEM" in {a.country for a in e.actors}]


def test_a_country_named_both_as_time_zone_and_as_target_stays_the_target(rules_only):
    events = _events(rules_only, "Hezbollah fired a missile at Israel on Sunday at 4 p.m. Israel time.")
    attacks = _asserted(events, "ATTACK")
    assert attacks and "ISR" in {a.country for a in attacks[0].actors}


def test_a_condemned_act_named_before_with_its_agent_aims_at_that_agent(rules_only):
    events = _events(rules_only, "Ghana's latest launch of a long-range missile alarmed the region. "
                                 "Kenyan Foreign Minister Oduya Maro strongly condemned the launch on "
                                 "Tuesday.")
    accusations = _asserted(events, "ACCUSE")
    assert [{a.country for a in e.actors} for e in accusations] == [{"KEN", "GHA"}]


def test_a_condemned_act_named_before_without_an_agent_aims_at_nobody(rules_only):
    events = _events(rules_only, "The latest launch of a long-range missile alarmed the region. "
                                 "Kenyan Foreign Minister Oduya Maro strongly condemned the launch on "
                                 "Tuesday.")
    assert not _asserted(events, "ACCUSE")


def test_an_agentless_expulsion_is_by_the_country_where_the_expelled_was_posted(rules_only):
    events = _events(rules_only, "A clerk of the Ghanaian embassy in Nairobi, Kenya, was expelled last "
                                 "Wednesday.")
    expulsions = _asserted(events, "EXPEL")
    assert [[(p.actor.country, p.role) for p in e.participants] for e in expulsions] == [
        [("KEN", "source"), ("GHA", "target")]]


def test_an_agentless_expulsion_is_by_the_story_other_country(rules_only):
    events = _events(rules_only, "Kenya and Ghana have quarreled for months over a border dam. "
                                 "Two Ghanaian diplomats were expelled on Thursday.")
    expulsions = _asserted(events, "EXPEL")
    assert [{p.actor.country: p.role for p in e.participants} for e in expulsions] == [
        {"KEN": "source", "GHA": "target"}]


def test_an_agentless_expulsion_in_a_story_of_one_country_has_no_expeller(rules_only):
    events = _events(rules_only, "Two Ghanaian diplomats were expelled on Thursday.")
    assert not _asserted(events, "EXPEL")
