"""A report is typed by what it says: an accusation, a demand or a threat told as reported
speech is that act by the speaker, not a STATEMENT (``content_acts`` of
``reporting_verbs.yaml``). Invented people; real countries only because the gazetteer
knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


def _sources(event) -> set[str | None]:  # type: ignore[no-untyped-def]
    return {p.actor.country for p in event.participants if p.role == "source"}


def _targets(event) -> set[str | None]:  # type: ignore[no-untyped-def]
    return {p.actor.country for p in event.participants if p.role == "target"}


@pytest.mark.parametrize(("text", "act", "source", "target"), [
    ("Chilean Foreign Minister Tomas Verdal said on Monday that Peru was responsible for the "
     "collapse of the border talks.", "ACCUSE", "CHL", "PER"),
    ("Peruvian President Ana Quispe said on Monday that Chile had violated the fishing accord.",
     "ACCUSE", "PER", "CHL"),
    ("Peruvian President Ana Quispe said on Monday that Chile must withdraw its troops from "
     "the border.", "DEMAND", "PER", "CHL"),
    ("Chilean Foreign Minister Tomas Verdal said on Monday that Bolivia needed to clarify its "
     "position on the corridor.", "DEMAND", "CHL", "BOL"),
    ("Chile's new fishing quotas, Peruvian President Ana Quispe wrote on Monday, were \"harming "
     "our coastal towns\".", "ACCUSE", "PER", "CHL"),
    ("Peruvian Interior Minister Rosa Tello insisted on Monday that Chile's rulers had \"close "
     "links to the smugglers\".", "ACCUSE", "PER", "CHL"),
])
def test_a_report_that_accuses_or_demands_is_that_act(extractor, text, act, source, target):
    events = _events(extractor, text)
    found = _asserted(events, act)
    assert found and source in _sources(found[0]) and target in _targets(found[0])
    assert not _asserted(events, "STATEMENT")


def test_a_report_of_retaliation_against_a_party_is_a_threat(extractor):
    events = _events(extractor, '"Chile will retaliate if Peruvian boats cross the line," Chilean '
                                'President Tomas Verdal said on Monday.')
    threats = _asserted(events, "THREATEN")
    assert threats and "CHL" in _sources(threats[0]) and "PER" in _targets(threats[0])
    assert not _asserted(events, "STATEMENT")


def test_a_promise_to_respond_aimed_at_nobody_stays_a_statement(extractor):
    events = _events(extractor, "Peruvian President Ana Quispe said on Monday that Lima would "
                                "respond in due course.")
    assert not _asserted(events, "THREATEN")


def test_a_promise_to_make_them_regret_is_a_threat(extractor):
    # (aimed at the story's counterpart: a threat aimed at no party named is none)
    events = _events(extractor, 'Chile shelled a Peruvian border post on Sunday. "We will make them '
                                'regret it," Peruvian President Ana Quispe said on Monday.')
    threats = _asserted(events, "THREATEN")
    assert threats and "PER" in _sources(threats[0])
    assert not _asserted(events, "STATEMENT")


def test_an_accusing_word_aimed_at_nobody_named_stays_a_statement(extractor):
    events = _events(extractor, "Peruvian President Ana Quispe said on Monday that the decision "
                                "was unacceptable.")
    statements = _asserted(events, "STATEMENT")
    assert statements and "PER" in _countries(statements[0])
    assert not _asserted(events, "ACCUSE")


def test_an_obligation_of_the_speakers_own_side_is_no_demand(extractor):
    events = _events(extractor, "Peruvian President Ana Quispe said on Monday that Peru must "
                                "protect its fishermen.")
    assert not _asserted(events, "DEMAND")


def test_an_accusation_names_its_target_outside_the_reported_clause(extractor):
    events = _events(extractor, "Despite Peru's assurances, Chilean President Tomas Verdal said on "
                                "Monday that the flight was a grave violation of the border accord.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and "CHL" in _sources(accusations[0]) and "PER" in _targets(accusations[0])


def test_a_consequence_on_a_possible_act_of_another_party_is_a_threat(extractor):
    events = _events(extractor, "Chilean Foreign Minister Tomas Verdal said on Monday that Chile "
                                "will respond if Peru attacks its border posts.")
    threats = _asserted(events, "THREATEN")
    assert threats and "PER" in _targets(threats[0])
    assert not _asserted(events, "STATEMENT")


def test_a_position_on_a_planned_visit_is_a_statement(extractor):
    events = _events(extractor, "Peruvian President Ana Quispe told Tomas Verdal she hoped that his "
                                "visit to Lima would ease ties between Peru and Chile.")
    statements = _asserted(events, "STATEMENT")
    assert statements and "PER" in _countries(statements[0])


@pytest.mark.parametrize("text", [
    "Chilean and Peruvian officials will hold border talks next week, Chilean Foreign Minister "
    "Tomas Verdal said on Monday.",
    "Chilean Foreign Minister Tomas Verdal said on Monday that he will meet Peruvian President Ana "
    "Quispe in Lima next week.",
])
def test_announcing_a_planned_meeting_is_no_statement(extractor, text):
    assert not _asserted(_events(extractor, text), "STATEMENT")


@pytest.mark.parametrize("text", [
    "The three leaders will meet at the president's invitation, the Chilean presidency said in a "
    "statement.",
    "Chilean Foreign Minister Tomas Verdal said the two ministers had a warm and useful phone conversation.",
])
def test_a_contact_passed_on_without_named_parties_is_no_statement(extractor, text):
    # the contact's word heads the report's clause, though its parties are not named
    assert not _asserted(_events(extractor, text), "STATEMENT")


def test_welcoming_an_agreement_is_still_a_statement(extractor):
    # "welcome" is also a contact word, but here it is the speaker's assessment
    events = _events(extractor, '"I welcome this accord on fishing quotas," Peruvian President '
                                'Ana Quispe wrote on Monday.')
    assert _asserted(events, "STATEMENT")


def test_a_report_of_an_act_within_the_speakers_own_country_is_a_statement(extractor):
    # one country's parties alone make no accusation: the report is the speaker's position
    events = _events(extractor, "On Monday, Chile's Ministry of Defense said that an armed drone had "
                                "violated Chilean airspace and was shot down over the border.")
    statements = _asserted(events, "STATEMENT")
    assert statements and "CHL" in _countries(statements[0])


def test_a_party_that_must_be_punished_is_threatened_not_asked(extractor):
    events = _events(extractor, 'Peruvian President Ana Quispe said on Monday that Chile "must be '
                                'punished and it shall be" for the attack on the Peruvian embassy.')
    threats = _asserted(events, "THREATEN")
    assert threats and "CHL" in _targets(threats[0])
    assert not _asserted(events, "DEMAND")


def test_indicating_reports_what_the_speaker_says(extractor):
    events = _events(extractor, '"The jailing of Juan Perez by the Peruvian regime shows its absolute '
                                'disregard for human rights," the Chilean foreign minister, Tomas Verdal, '
                                'indicated in the note.')
    accusations = _asserted(events, "ACCUSE")
    assert accusations and "CHL" in _sources(accusations[0]) and "PER" in _targets(accusations[0])


@pytest.mark.parametrize("text", [
    "Chilean prosecutors alleged on Monday that Peru had laid the mines near Valdomar.",
])
def test_an_allegation_that_a_party_acted_is_an_accusation(extractor, text):
    events = _events(extractor, text)
    accusations = _asserted(events, "ACCUSE")
    assert accusations and _sources(accusations[0]) == {"CHL"} and _targets(accusations[0]) == {"PER"}


@pytest.mark.parametrize("text", [
    "Tomas Verdal, held in Valdomar since May, alleged mistreatment by his guards.",
])
def test_an_allegation_with_no_clause_is_no_accusation(extractor, text):
    events = _events(extractor, text)
    assert not _asserted(events, "STATEMENT") and not _asserted(events, "ACCUSE")

def test_a_claim_that_another_party_attacked_accuses_it_beside_the_attack(extractor):
    events = _events(extractor, "Peruvian President Ana Quispe claimed on Monday that Chilean drones "
                                "had attacked a border post near Tacna.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and "PER" in _sources(accusations[0]) and "CHL" in _targets(accusations[0])
    attacks = _asserted(events, "ATTACK")
    assert attacks and "CHL" in _sources(attacks[0])


@pytest.mark.parametrize("text", [
    "Peruvian President Ana Quispe claimed on Monday that Peru had won the fishing dispute.",
    "Peruvian President Ana Quispe claimed victory in the fishing dispute on Monday.",
])
def test_a_claim_about_ones_own_side_accuses_nobody(extractor, text):
    assert not _asserted(_events(extractor, text), "ACCUSE")


@pytest.mark.parametrize("text", [
    '"Bolivia has violated the border accord," Chilean spokesperson Tomas Verdal said on Monday, '
    "warning that Bolivia should withdraw its troops from the border.",
    "Chilean President Tomas Orrego condemned the Bolivian raid on Monday and said that Bolivia must "
    "withdraw its troops.",
])
def test_a_demand_beside_an_accusation_by_one_speaker_is_an_event_of_its_own(extractor, text):
    events = _events(extractor, text)
    accusations, demands = _asserted(events, "ACCUSE"), _asserted(events, "DEMAND")
    assert accusations and "BOL" in _targets(accusations[0])
    assert demands and "CHL" in _sources(demands[0]) and "BOL" in _targets(demands[0])


@pytest.mark.parametrize("text", [
    "Chilean President Tomas Orrego condemned the Bolivian raid on Monday and said that the region "
    "deserved peace.",
    "Chilean President Tomas Orrego called the Bolivian raid \"criminal\" on Monday and said Bolivia "
    "would not escape its consequences.",
])
def test_words_beside_an_accusation_that_restate_it_make_no_second_event(extractor, text):
    events = _events(extractor, text)
    assert len(_asserted(events, "ACCUSE")) == 1
    assert not [e for e in events if e.modality == "asserted" and e.type != "ACCUSE"]
