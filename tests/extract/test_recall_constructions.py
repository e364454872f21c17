"""Constructions of news English that tell an event without the usual trigger shape, one
behaviour each, on sentences written for these tests (invented people and towns)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events, _of_type

# -- a threat made by stating its condition -----------------------------------------------


def test_warning_with_its_own_condition_is_a_threat_made_now(extractor):
    events = _events(extractor, "Chile's foreign ministry warned of a firm response if Peru "
                                "continues the drills near Valdomar.")
    threats = _asserted(events, "THREATEN")
    assert threats and {"CHL", "PER"} <= _countries(threats[0])


def test_an_act_under_a_condition_stays_hypothetical(extractor):
    events = _events(extractor, "Chile would impose sanctions on Peru if the talks in Valdomar failed.")
    assert not _asserted(events, "SANCTION")
    assert _of_type(events, "SANCTION", "hypothetical")


# -- a request told as a noun -------------------------------------------------------------


def test_an_appeal_issued_to_a_party_is_a_demand(extractor):
    events = _events(extractor, "Chile issued an appeal to Peru to end the blockade of Valdomar.")
    demands = _asserted(events, "DEMAND")
    assert demands and {"CHL", "PER"} <= _countries(demands[0])


def test_an_appeal_to_a_court_rejected_is_no_demand(extractor):
    events = _events(extractor, "Peru rejected Chile's appeal to the court in Valdomar.")
    assert not _asserted(events, "DEMAND")


# -- a promise of a coercive measure ------------------------------------------------------


def test_a_vow_to_impose_sanctions_on_a_party_is_a_threat(extractor):
    events = _events(extractor, "Chile's president Tomas Orrego vowed to impose sanctions on Peru "
                                "over the Valdomar dam.")
    threats = _asserted(events, "THREATEN")
    assert threats and {"CHL", "PER"} <= _countries(threats[0])


def test_a_pledge_to_lift_sanctions_is_no_threat(extractor):
    events = _events(extractor, "Chile pledged to lift sanctions on Peru after the Valdomar talks.")
    assert not _asserted(events, "THREATEN")


# -- an envoy asked to leave --------------------------------------------------------------


def test_asking_a_named_envoy_to_leave_is_an_expulsion(extractor):
    events = _events(extractor, "Chile said on Monday it had asked the Peruvian ambassador to leave "
                                "the country after the Valdomar affair.")
    expulsions = _asserted(events, "EXPEL")
    assert expulsions and {"CHL", "PER"} <= _countries(expulsions[0])
    assert not _asserted(events, "DEMAND")  # the request is the expulsion, not a demand besides


def test_asking_a_party_to_do_something_else_stays_a_demand(extractor):
    events = _events(extractor, "Chile asked Peru to withdraw its troops from Valdomar.")
    assert _asserted(events, "DEMAND")


def test_asking_citizens_to_leave_is_no_expulsion(extractor):
    events = _events(extractor, "Chile asked its own citizens to leave Peru before the Valdomar vote.")
    assert not _asserted(events, "EXPEL")


# -- time words of a verb told in the past ------------------------------------------------


def test_a_meeting_told_in_the_past_later_that_day_is_asserted(extractor):
    events = _events(extractor, "Upon arrival in Valdomar, Chilean Foreign Minister Tomas Orrego met "
                                "with Peruvian President Ana Quispe later in the day.")
    assert _asserted(events, "MEET")


def test_a_meeting_later_this_month_is_still_planned(extractor):
    events = _events(extractor, "Chile and Peru will hold talks in Valdomar later this month.")
    assert not _asserted(events, "MEET")
    assert _of_type(events, "MEET", "planned")


# -- what a demand asks for names whom it is asked of -------------------------------------


def test_a_call_for_a_ceasefire_between_parties_is_asked_of_them(extractor):
    events = _events(extractor, "Chile's president Tomas Orrego called for an immediate ceasefire "
                                "between Peru and Bolivia near Valdomar.")
    demands = _asserted(events, "DEMAND")
    assert demands and {"CHL", "PER", "BOL"} <= _countries(demands[0])


def test_a_call_for_a_release_does_not_ask_the_one_released(extractor):
    events = _events(extractor, "Chile called for the release of Peruvian journalist Ruben Castel.")
    demands = _asserted(events, "DEMAND")
    assert demands and "PER" not in _countries(demands[0])


# -- a wrapper report that says an act ----------------------------------------------------


def test_an_added_remark_that_a_party_acted_unacceptably_is_an_accusation(rules_only):
    events = _events(rules_only, "Chile's foreign minister Tomas Orrego added that Peru's actions in "
                                "Valdomar were completely unacceptable.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and {"CHL", "PER"} <= _countries(accusations[0])


def test_an_added_fact_makes_no_statement(rules_only):
    events = _events(rules_only, "Tomas Orrego added that three Peruvians were also arrested in Valdomar.")
    assert not _asserted(events, "STATEMENT")


# -- an agentless passive of an authority act ---------------------------------------------


def test_an_agentless_detention_takes_the_state_of_a_place_told_in_its_clause(rules_only):
    events = _events(rules_only, "Tomas Orrego, a photographer for the Valdomar Times, was detained "
                                 "last spring while on a short trip in Lima.")
    arrests = _asserted(events, "ARREST")
    assert arrests and "PER" in _countries(arrests[0])


def test_a_place_in_a_clause_joined_to_a_detention_is_not_its_state(rules_only):
    events = _events(rules_only, "He added that three Chilean students were also arrested and linked "
                                 "the plot to agencies in Peru.")
    assert not any("PER" in _countries(e) for e in _asserted(events, "ARREST"))


# -- the speaker's own state named as "the country" ---------------------------------------


def test_the_country_in_a_ministry_report_is_the_speakers_state(rules_only):
    events = _events(rules_only, "Speaking in Valdomar, a Chilean defence ministry spokesman said the "
                                 "country will now impose sanctions against Peru's largest bank.")
    sanctions = _asserted(events, "SANCTION")
    assert sanctions and {"CHL", "PER"} <= _countries(sanctions[0])


# -- a contact held now that carries a "first in N years" cue ------------------------------


def test_talks_held_as_the_first_in_years_are_themselves_asserted(rules_only):
    events = _events(rules_only, "Chile and Peru on Thursday held their highest-level talks in four "
                                 "years in Valdomar.")
    assert _asserted(events, "MEET")
    assert _of_type(events, "MEET", "implied_prior")


def test_a_first_meeting_hailed_by_a_speaker_is_not_held_in_that_sentence(rules_only):
    events = _events(rules_only, "Chile's foreign minister Tomas Orrego hailed the first meeting "
                                 "between Peru and Bolivia in seven years.")
    assert not _asserted(events, "MEET")


# -- material acts are counted per actor --------------------------------------------------


def test_two_attacks_by_different_actors_in_one_sentence_are_two_events(extractor):
    events = _events(extractor, "Chile struck Peru on Monday, while Bolivia shelled Argentine "
                                "positions near Valdomar.")
    attacks = _asserted(events, "ATTACK")
    assert {frozenset(_countries(a)) for a in attacks} == {frozenset({"CHL", "PER"}),
                                                            frozenset({"BOL", "ARG"})}


def test_expulsions_by_each_side_in_one_sentence_are_two_events(extractor):
    events = _events(extractor, "Peru expelled two Chilean diplomats on Monday, and Chile expelled "
                                "three Peruvian diplomats on Tuesday.")
    sources = {e.actors[0].country for e in _asserted(events, "EXPEL")}
    assert sources == {"PER", "CHL"}


def test_two_strikes_by_one_actor_in_one_sentence_are_one_event(extractor):
    events = _events(extractor, "Chile shelled Peruvian positions and struck Peruvian depots near "
                                "Valdomar on Monday.")
    assert len(_asserted(events, "ATTACK")) == 1


def test_an_attack_named_as_a_reason_is_no_second_event(extractor):
    events = _events(extractor, "Chile fired rockets at Peru on Monday, saying it was responding to "
                                "Bolivian strikes on villages in Argentina.")
    attacks = _asserted(events, "ATTACK")
    assert len(attacks) == 1 and {"CHL", "PER"} <= _countries(attacks[0])


def test_exchanging_fire_with_a_party_is_an_attack_beside_another_actors_attack(extractor):
    events = _events(extractor, "Chilean troops have exchanged fire on a daily basis with Peru, "
                                "while Bolivian militias have fired on Argentine forces near Valdomar.")
    attacks = _asserted(events, "ATTACK")
    assert {frozenset(_countries(a)) for a in attacks} == {frozenset({"CHL", "PER"}),
                                                            frozenset({"BOL", "ARG"})}


def test_clashes_between_two_parties_are_an_attack_of_the_first_on_the_second(extractor):
    events = _events(extractor, "Clashes between Chile and Peru along the Valdomar border have "
                                "increased since May.")
    attacks = _asserted(events, "ATTACK")
    assert attacks and attacks[0].actors[0].country == "CHL" and "PER" in _countries(attacks[0])


def test_clashes_naming_no_sides_make_no_rule_attack(rules_only):
    events = _events(rules_only, "Clashes along the Valdomar border have increased since May.")
    assert not _asserted(events, "ATTACK")


# -- talks told by their state ------------------------------------------------------------


def test_talks_underway_between_two_parties_are_a_meeting(extractor):
    events = _events(extractor, "Officials said last week that talks were underway between "
                                "Lima and Santiago to reopen the Valdomar consulate.")
    meetings = _asserted(events, "MEET")
    assert meetings and {"PER", "CHL"} <= _countries(meetings[0])


# -- a party placed in custody ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Chilean police took two Peruvian nationals into custody on Monday.",
    "Chile put the Peruvian journalist in prison.",
])
def test_placing_a_party_in_custody_is_an_arrest(rules_only, text):
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert arrests and {"CHL", "PER"} <= _countries(arrests[0])


def test_a_passive_infinitive_acts_on_the_object_of_its_verb(rules_only):
    # "ordered X to be sent to jail": X is who is sent, the court's state who sends
    arrests = _asserted(_events(rules_only, "A Chilean court ordered Marek to be sent to prison."), "ARREST")
    assert arrests and "CHL" in _countries(arrests[0])
    assert any(a.name == "Marek" for a in arrests[0].actors)


def test_taking_part_in_talks_is_no_arrest(rules_only):
    events = _events(rules_only, "Chile's envoy took part in the talks in Lima on Monday.")
    assert not _asserted(events, "ARREST")


# -- a truce reached or brokered ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Chile and Peru reached a ceasefire in Valdomar on Monday.",
    "Chile and Peru signed a truce on Monday.",
])
def test_a_truce_reached_by_two_parties_is_an_agreement(rules_only, text):
    agreements = _asserted(_events(rules_only, text), "AGREE")
    assert agreements and {"CHL", "PER"} <= _countries(agreements[0])
