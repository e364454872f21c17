"""How news words events: one behaviour per test (datelines, demands, protests, sanctions,
attacks, threats, agreements, arrests, expulsions), on invented sentences about invented
people (real countries only because the gazetteer knows them)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events

from graphkit.model import Event


def _names(event: Event) -> set[str]:
    return {a.name for a in event.actors}


# -- datelines ---------------------------------------------------------------------------

def test_dateline_date_is_not_the_event_date(extractor):
    events = _events(extractor, "Lima, March 14 (PNA) -- Peruvian President Lucia Quispe held talks "
                                "with Chilean President Tomas Varela in Lima on March 12.")
    meet = _asserted(events, "MEET")
    assert meet and meet[0].date.value == "2025-03-12"


def test_dateline_outlet_is_no_participant(extractor):
    events = _events(extractor, "Lima, March 14 (PNA) -- Peruvian President Lucia Quispe held talks "
                                "with Chilean President Tomas Varela on March 12.")
    meet = _asserted(events, "MEET")
    assert meet and "PNA" not in _names(meet[0])


# -- DEMAND ------------------------------------------------------------------------------

def test_pressing_a_party_on_a_matter_is_a_demand(extractor):
    events = _events(extractor, "Chilean President Tomas Varela pressed Peruvian President Lucia "
                                "Quispe on the fishing dispute on Tuesday.")
    demand = _asserted(events, "DEMAND")
    assert demand and _countries(demand[0]) >= {"CHL", "PER"}


def test_telling_a_party_what_it_should_do_is_a_demand(extractor):
    events = _events(extractor, "Chile's foreign minister told his Peruvian counterpart that Lima "
                                "should withdraw its patrol boats.")
    assert _asserted(events, "DEMAND")


def test_telling_a_party_a_past_fact_is_no_demand(extractor):
    events = _events(extractor, "Chile's foreign minister told his Peruvian counterpart that Lima "
                                "had withdrawn its patrol boats.")
    assert not _asserted(events, "DEMAND")


def test_possessor_of_a_government_is_the_target_of_a_demand(extractor):
    events = _events(extractor, "Chile's president urged Peru's government to reopen the border.")
    demand = _asserted(events, "DEMAND")
    assert demand and "PER" in _countries(demand[0])


def test_document_participle_speaks_for_its_issuer(extractor):
    events = _events(extractor, "The UN Security Council adopted a resolution demanding that Peru "
                                "withdraw its troops from the border.")
    demand = _asserted(events, "DEMAND")
    assert demand and "UN Security Council" in _names(demand[0])


# -- ACCUSE ------------------------------------------------------------------------------

def test_lodged_representations_are_a_protest(extractor):
    events = _events(extractor, "Chile lodged stern representations with Peru over the arrests.")
    accuse = _asserted(events, "ACCUSE")
    assert accuse and _countries(accuse[0]) == {"CHL", "PER"}


def test_made_its_concerns_clear_to_a_party_is_an_accusation(extractor):
    events = _events(extractor, "Chile made its concerns about Peru's border policy clear on "
                                "Tuesday.")
    assert _asserted(events, "ACCUSE")


# -- SANCTION ----------------------------------------------------------------------------

def test_countermeasures_announced_against_a_party_are_sanctions(extractor):
    events = _events(extractor, "Chile announced countermeasures against Peru on Friday.")
    sanction = _asserted(events, "SANCTION")
    assert sanction and _countries(sanction[0]) == {"CHL", "PER"}


def test_banning_a_party_from_airspace_is_a_sanction(extractor):
    events = _events(extractor, "Chile banned Peruvian aircraft from its airspace on Friday.")
    assert _asserted(events, "SANCTION")


# -- ATTACK / THREATEN -------------------------------------------------------------------

def test_shooting_down_a_party_aircraft_is_an_attack(extractor):
    events = _events(extractor, "Chile shot down a Peruvian surveillance drone on Friday.")
    attack = _asserted(events, "ATTACK")
    assert attack and _countries(attack[0]) == {"CHL", "PER"}


def test_threat_target_in_its_infinitive_clause(extractor):
    events = _events(extractor, "Chile has threatened to use force against Peru.")
    threat = _asserted(events, "THREATEN")
    assert threat and _countries(threat[0]) == {"CHL", "PER"}


def test_warning_of_sanctions_is_a_threat(extractor):
    events = _events(extractor, "Chilean officials warned that they could reimpose sanctions on Peru.")
    assert _asserted(events, "THREATEN")


# -- AGREE / MEET ------------------------------------------------------------------------

def test_accepting_an_invitation_is_an_agreement(extractor):
    events = _events(extractor, "Peruvian President Lucia Quispe accepted an invitation to visit "
                                "Chile later this year.")
    assert _asserted(events, "AGREE")


def test_accepting_a_budget_cut_is_no_agreement(extractor):
    events = _events(extractor, "Peruvian President Lucia Quispe accepted a cut to Chile's budget.")
    assert not _asserted(events, "AGREE")


def test_taking_part_in_talks_is_a_meeting(extractor):
    events = _events(extractor, "Peruvian President Lucia Quispe took part in the talks with "
                                "Chilean President Tomas Varela on Tuesday.")
    assert _asserted(events, "MEET")


# -- ARREST / EXPEL ----------------------------------------------------------------------

def test_forces_led_by_a_general_name_the_general(extractor):
    events = _events(extractor, "Soldiers led by General Juan Ortega detained Peruvian President "
                                "Lucia Quispe on Tuesday.")
    arrest = _asserted(events, "ARREST")
    assert arrest and "Juan Ortega" in {a.name for a in arrest[0].actors}


def test_given_hours_to_leave_the_country_is_an_expulsion(extractor):
    events = _events(extractor, "On Tuesday Chile gave Peru's ambassador 72 hours to leave the country.")
    assert _asserted(events, "EXPEL")


# -- conditional threats -----------------------------------------------------------------

def test_reported_consequence_unless_a_party_acts_is_a_threat(extractor):
    events = _events(extractor, "Chilean officials have said that Peruvian boats could be barred from "
                                "the port unless Lima drops its claim.")
    threat = _asserted(events, "THREATEN")
    assert threat and _countries(threat[0]) == {"CHL", "PER"}


@pytest.mark.parametrize("text", [
    "Peruvian President Ana Quispe said in February that Lima would recall its envoy if Chile "
    "pressed ahead with the dam.",
    "Peruvian President Ana Quispe said on Monday that Peru would end its fuel shipments to Chile "
    "if the Chilean navy kept up its patrols.",
])
def test_reported_consequence_if_a_party_goes_on_is_a_threat_at_it(extractor, text):
    threat = _asserted(_events(extractor, text), "THREATEN")
    assert threat and _countries(threat[0]) == {"PER", "CHL"}


def test_reported_promise_if_a_party_agrees_is_no_threat(extractor):
    events = _events(extractor, "Chilean officials said the talks would resume if Peru agrees.")
    assert not _asserted(events, "THREATEN")


@pytest.mark.parametrize("text", [
    "The Chilean trade ministry said the port curbs would stay in place until Peru allowed "
    "grain barges through the Valdomar strait.",
    "Chilean officials said the fishing ban on Peruvian boats will remain until Lima withdraws "
    "its patrol ships.",
])
def test_reported_measure_lasting_until_a_party_acts_is_a_demand_on_it(extractor, text):
    events = _events(extractor, text)
    demands = _asserted(events, "DEMAND")
    assert demands and _countries(demands[0]) == {"CHL", "PER"}
    assert not _asserted(events, "THREATEN")


def test_measure_lasting_until_a_passive_outcome_makes_no_demand(extractor):
    events = _events(extractor, "Chilean Foreign Minister Ivo Marek said Santiago would keep up the "
                                "pressure until Peru's fish exports were brought down to zero.")
    assert not _asserted(events, "DEMAND")


def test_threat_target_is_the_subject_of_its_condition(extractor):
    events = _events(extractor, "Chilean officials warned that they could reimpose sanctions if Lima "
                                "does not free the prisoners.")
    threat = _asserted(events, "THREATEN")
    assert threat and "PER" in _countries(threat[0])


def test_participle_act_shares_the_date_of_its_verb(extractor):
    events = _events(extractor, "Chilean President Tomas Varela threatened Peru with sanctions, "
                                "accusing Lima of breaking the fishing accord.")
    accusations = _asserted(events, "ACCUSE")
    threats = _asserted(events, "THREATEN")
    assert accusations and threats and accusations[0].date == threats[0].date
    assert accusations[0].date.value is not None
