"""Wordings of accusation, threat and demand that name their target another way: a judicial
act in a place ("condemned the execution of X in Y"), a threat linked to an accusation of the
same source ("condemned Y's move and vowed to respond"), a step a party says it is left with
("would have no choice but to respond"), an ultimatum told by its deadline ("gave X ten days
to ..."), a further coercive step weighed ("is weighing retaliatory measures"), "both
sides" after one country's act on another, "its neighbour" for the story's other
country, an act's only target kept though named in a setting, and no demand of a party
in advice to a population ("urged citizens to stay indoors"), nor a threat in a vow to
defend one's own; an attack its doer says it would make is a threat of force; a protest
lodged with a summoned envoy accuses the envoy's country. Invented people and events; real
countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _events, _roles


def test_condemning_an_execution_in_a_country_accuses_that_country(rules_only):
    text = ("In a short statement, the Dutch government strongly condemned the execution of two "
            "Dutch aid workers in Mongolia.")
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"NLD": "source", "MNG": "target"}


def test_denouncing_the_trial_of_a_foreigner_in_a_country_accuses_that_country(rules_only):
    text = "Norway on Saturday denounced the trial of a Canadian journalist in Bolivia."
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"NOR": "source", "BOL": "target"}


def test_condemning_a_hanging_in_a_country_accuses_that_country(rules_only):
    text = "Norway condemned the hanging of Ilse Marrow in Mongolia."
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"NOR": "source", "MNG": "target"}


def test_a_vow_to_respond_beside_condemning_a_partys_move_threatens_that_party(rules_only):
    text = ("Peru's government condemned on Friday Ecuador's closure of the consulate in Guayaquil "
            "as a hostile step and vowed to respond in kind.")
    threats = _asserted(_events(rules_only, text), "THREATEN")
    assert len(threats) == 1
    assert _roles(threats[0]) == {"PER": "source", "ECU": "target"}


def test_a_step_a_party_will_have_no_choice_but_to_take_is_a_threat(rules_only):
    text = ("The United States imposed new sanctions on Cuba on Monday. Cuba will have no choice "
            "but to respond, its foreign ministry said.")
    threats = _asserted(_events(rules_only, text), "THREATEN")
    assert len(threats) == 1
    assert _roles(threats[0]) == {"CUB": "source", "USA": "target"}


def test_having_had_no_choice_but_to_accept_a_deal_is_no_threat(rules_only):
    text = "Cuba said it had no choice but to accept the deal with Mexico."
    assert _asserted(_events(rules_only, text), "THREATEN") == []


def test_giving_a_party_days_to_act_or_face_a_step_is_a_threat(rules_only):
    text = ("The African Union gave the military rulers of Sudan ten days to hand power to "
            "civilians or face suspension.")
    threats = _asserted(_events(rules_only, text), "THREATEN")
    assert len(threats) == 1
    assert _roles(threats[0]) == {"AU": "source", "SDN": "target"}


def test_giving_a_party_hours_to_withdraw_is_a_threat(rules_only):
    text = "Kenya's president gave Somalia's militia commanders 36 hours to withdraw from Mandera."
    threats = _asserted(_events(rules_only, text), "THREATEN")
    assert len(threats) == 1
    assert _roles(threats[0]) == {"KEN": "source", "SOM": "target"}


def test_giving_an_envoy_days_to_quit_the_country_is_no_threat(rules_only):
    text = "Peru gave the Bolivian consul three days to quit Peruvian soil."
    assert _asserted(_events(rules_only, text), "THREATEN") == []


def test_weighing_retaliatory_measures_against_a_party_is_a_threat(rules_only):
    text = "Vietnam is weighing retaliatory measures against Cambodia, two officials said."
    threats = _asserted(_events(rules_only, text), "THREATEN")
    assert len(threats) == 1
    assert _roles(threats[0]) == {"VNM": "source", "KHM": "target"}


def test_considering_further_measures_to_support_a_party_is_no_threat(rules_only):
    text = "Japan is considering further measures to support Uruguay's economy."
    assert _asserted(_events(rules_only, text), "THREATEN") == []


def test_both_sides_after_one_countrys_shelling_of_another_are_those_two(rules_only):
    text = ("Mongolian artillery shelled villages in Senegal on Sunday. Ireland urged both sides "
            "to return to talks.")
    demands = _asserted(_events(rules_only, text), "DEMAND")
    assert len(demands) == 1
    assert _roles(demands[0]) == {"IRL": "source", "MNG": "target", "SEN": "target"}


def test_accusing_its_neighbour_accuses_the_other_country_of_the_story(rules_only):
    text = ("Rwanda cut its trade links with Burundi in May. On Friday the Rwandan government "
            "accused its neighbour of sheltering rebels.")
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"RWA": "source", "BDI": "target"}


def test_a_neighbour_named_beside_the_noun_is_the_target(rules_only):
    text = ("Rwanda cut its trade links with Burundi in May. On Friday the Rwandan government "
            "accused its neighbour Uganda of sheltering rebels.")
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"RWA": "source", "UGA": "target"}


def test_an_act_in_a_country_condemned_by_several_keeps_that_country_as_target(rules_only):
    text = "Last week's coup in Oman was denounced on Monday by Kenya, Peru and Chile."
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"KEN": "source", "PER": "source", "CHL": "source",
                                      "OMN": "target"}


def test_an_embassy_urging_citizens_to_stay_indoors_makes_no_demand(rules_only):
    text = "The Canadian embassy in Lima urged citizens to stay indoors on Friday."
    assert _asserted(_events(rules_only, text), "DEMAND") == []


def test_urging_the_voters_of_a_country_makes_no_demand_of_that_country(rules_only):
    text = "Santiago urged voters in Fiji to shun the candidate."
    assert _asserted(_events(rules_only, text), "DEMAND") == []


def test_urging_a_country_to_act_is_still_a_demand(rules_only):
    text = "Santiago urged Japan to withdraw its survey ships."
    demands = _asserted(_events(rules_only, text), "DEMAND")
    assert len(demands) == 1
    assert _roles(demands[0]) == {"CHL": "source", "JPN": "target"}


def test_a_vow_to_defend_ones_own_against_aggression_is_no_threat(rules_only):
    text = ("In her first speech, President Ilse Marrow of Fiji vowed to defend the island "
            "against any aggression by Chile.")
    assert _asserted(_events(rules_only, text), "THREATEN") == []


def test_a_strike_its_doer_says_it_would_make_is_a_threat(rules_only):
    text = "Mongolia said on Friday it would strike Senegal if the raids on its ports continued."
    events = _events(rules_only, text)
    threats = _asserted(events, "THREATEN")
    assert len(threats) == 1
    assert _roles(threats[0]) == {"MNG": "source", "SEN": "target"}
    assert _asserted(events, "ATTACK") == []


def test_a_strike_another_party_says_a_state_would_make_stays_a_planned_attack(rules_only):
    text = "Peru's army said Chile would attack Peruvian ships."
    events = _events(rules_only, text)
    assert _asserted(events, "THREATEN") == []
    assert len([e for e in events if e.type == "ATTACK" and e.modality == "planned"]) == 1


def test_summoning_an_envoy_to_lodge_a_protest_accuses_the_envoys_country(rules_only):
    text = "Peru summoned Chile's ambassador to lodge a formal protest over the arrests."
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"PER": "source", "CHL": "target"}


def test_concern_voiced_in_a_call_accuses_no_one_on_the_line(rules_only):
    text = ("Peru's foreign minister spoke with Chile's foreign minister by phone, expressing "
            "concern over the arrests.")
    assert _asserted(_events(rules_only, text), "ACCUSE") == []
