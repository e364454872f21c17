"""How diplomatic statements voice blame and keep a reply open: displeasure, dissatisfaction
or outrage expressed at a party's act, concerns reiterated, an act called a sham or a farce
(each an accusation of the party whose act it is); a party that "reserves the right to
respond", says it "will respond firmly to any provocation by X" or "will not hesitate to use
force" (a threat to the party it answers; "did not hesitate to condemn" tells the
condemnation, it does not deny it). Look-alikes: displeasure at no party's act, a sham named
with no party, a right reserved to something that is no hostile step, a quick answer to
questions, no hesitation to help. Invented people and events; real countries only because
the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _events, _roles


def test_strong_dissatisfaction_with_a_partys_decision_accuses_that_party(rules_only):
    text = "Uruguay expressed strong dissatisfaction with Paraguay's decision to close the Orvada river port."
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"URY": "source", "PRY": "target"}


def test_displeasure_voiced_at_a_partys_handling_accuses_that_party(rules_only):
    text = "Norway voiced its displeasure at Iceland's handling of the Velmora ferry dispute."
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"NOR": "source", "ISL": "target"}


def test_outrage_expressed_at_a_partys_raid_accuses_that_party(rules_only):
    text = "Ghana expressed its outrage at Togo's raid on the Tarvella border camp."
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"GHA": "source", "TGO": "target"}


def test_concerns_reiterated_about_a_partys_programme_accuse_that_party(rules_only):
    text = "Portugal's government reiterated its concerns about Iceland's Velmora dam programme on Monday."
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"PRT": "source", "ISL": "target"}


def test_dissatisfaction_with_no_partys_act_accuses_nobody(rules_only):
    text = "Uruguay expressed dissatisfaction with the slow pace of the Orvada river talks."
    assert _asserted(_events(rules_only, text), "ACCUSE") == []


def test_calling_a_partys_election_a_sham_accuses_that_party(rules_only):
    text = "Uruguay's foreign ministry called Paraguay's Orvada referendum a sham."
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"URY": "source", "PRY": "target"}


def test_calling_a_partys_trial_of_a_foreigner_a_farce_accuses_that_party(rules_only):
    text = "Norway called Finland's trial of the Norwegian geologist a farce."
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"NOR": "source", "FIN": "target"}


def test_calling_a_play_a_farce_is_no_accusation(rules_only):
    text = "Norway's culture minister Ilse Marrow called the new play a farce."
    assert _asserted(_events(rules_only, text), "ACCUSE") == []


def test_reserving_the_right_to_respond_threatens_the_party_answered(rules_only):
    text = ("Ghana imposed tariffs on Togolese cement on Monday. Togo reserved the right to "
            "respond, its foreign ministry said.")
    threats = _asserted(_events(rules_only, text), "THREATEN")
    assert len(threats) == 1
    assert _roles(threats[0]) == {"TGO": "source", "GHA": "target"}


def test_reserving_the_right_to_take_countermeasures_against_a_party_threatens_it(rules_only):
    text = "Uruguay said it reserved the right to take countermeasures against Paraguay."
    threats = _asserted(_events(rules_only, text), "THREATEN")
    assert len(threats) == 1
    assert _roles(threats[0]) == {"URY": "source", "PRY": "target"}


def test_reserving_the_right_to_host_a_summit_is_no_threat(rules_only):
    text = "Uruguay said it reserved the right to host the next summit with Paraguay."
    assert _asserted(_events(rules_only, text), "THREATEN") == []


def test_a_firm_response_promised_to_a_partys_provocation_threatens_that_party(rules_only):
    text = "Togo will respond firmly to any provocation by Ghana, its defence minister said."
    threats = _asserted(_events(rules_only, text), "THREATEN")
    assert len(threats) == 1
    assert _roles(threats[0]) == {"TGO": "source", "GHA": "target"}


def test_retaliating_in_kind_after_a_partys_measure_threatens_that_party(rules_only):
    text = ("Ghana imposed tariffs on Togolese cement on Monday. Togo would retaliate in kind, "
            "its foreign ministry said.")
    threats = _asserted(_events(rules_only, text), "THREATEN")
    assert len(threats) == 1
    assert _roles(threats[0]) == {"TGO": "source", "GHA": "target"}


def test_responding_swiftly_to_reporters_questions_is_no_threat(rules_only):
    text = "The Togolese ministry said it would respond swiftly to questions from Ghanaian reporters."
    assert _asserted(_events(rules_only, text), "THREATEN") == []


def test_not_hesitating_to_use_force_against_a_party_threatens_it(rules_only):
    text = "Paraguay will not hesitate to use force against Uruguay, its defence minister said."
    threats = _asserted(_events(rules_only, text), "THREATEN")
    assert len(threats) == 1
    assert _roles(threats[0]) == {"PRY": "source", "URY": "target"}


def test_a_condemnation_made_without_hesitation_is_told_not_denied(rules_only):
    text = "Portugal did not hesitate to condemn Iceland over the Velmora dam."
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"PRT": "source", "ISL": "target"}


def test_not_hesitating_to_help_a_party_is_no_threat(rules_only):
    text = "Paraguay will not hesitate to help Uruguay after the Orvada floods, the president said."
    assert _asserted(_events(rules_only, text), "THREATEN") == []
