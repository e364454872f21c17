"""General rules of news English (not tied to any corpus sentence), one behaviour each,
on sentences written for these tests."""

from __future__ import annotations

import pytest
from extract.helpers import PUBLISHED, _asserted, _countries, _events, _of_type

# -- STATEMENT: a position, not a wrapper on a fact ---------------------------------------

def test_said_on_a_casualty_figure_is_no_statement(extractor):
    events = _events(extractor, "Nobody was injured in the collision, the Kenyan defence ministry said.")
    assert not _asserted(events, "STATEMENT")


def test_said_on_a_plain_fact_is_no_statement(extractor):
    events = _events(extractor, "The Chilean foreign ministry said the convoy included twelve trucks.")
    assert not _asserted(events, "STATEMENT")


def test_said_with_a_negated_claim_is_a_statement(extractor):
    events = _events(extractor, "Peru's foreign minister said the border was not open for negotiation.")
    assert _asserted(events, "STATEMENT")


def test_said_with_a_commitment_is_a_statement(extractor):
    events = _events(extractor, "Chile's president said Santiago would keep up the pressure on Lima.")
    assert _asserted(events, "STATEMENT")


def test_partial_quote_marks_a_position(extractor):
    events = _events(extractor, 'The Kenyan foreign ministry said the talks had been '
                                '"constructive and frank".')
    assert _asserted(events, "STATEMENT")


def test_report_of_a_mere_possibility_is_no_statement(extractor):
    events = _events(extractor, "Brazil could host the next round, Brazilian officials said.")
    assert not _asserted(events, "STATEMENT")


def test_report_of_a_considered_sanction_is_no_statement(extractor):
    events = _events(extractor, "Norway said it was considering new sanctions on Belarus.")
    assert not _asserted(events, "STATEMENT")


def test_condemnation_with_a_said_clause_is_one_accusation(extractor):
    events = _events(extractor, "Chile's president condemned Argentina and said Santiago "
                                "would not back down.")
    assert _asserted(events, "ACCUSE")
    assert not _asserted(events, "STATEMENT")


def test_thanking_a_party_is_a_statement_by_who_thanks(extractor):
    events = _events(extractor, "Chilean President Tomas Orrego thanked Peru for its patience "
                                "during the dispute.")
    statements = _asserted(events, "STATEMENT")
    assert statements and "CHL" in _countries(statements[0])


@pytest.mark.parametrize("text", [
    "Peruvian President Ana Quispe thanked Chile for the aid on Monday, stressing that the two "
    "countries would remain close partners.",
    "Peru's Foreign Ministry expressed gratitude for the Chilean aid on Monday, emphasizing that it "
    "would contribute to peace in the region.",
])
def test_a_report_with_a_participle_report_beside_it_is_one_statement(extractor, text):
    statements = _asserted(_events(extractor, text), "STATEMENT")
    assert len(statements) == 1 and "PER" in _countries(statements[0])


@pytest.mark.parametrize("text", [
    "Peruvian Foreign Minister Ana Quispe spoke with Chilean Foreign Minister Tomas Orrego by phone "
    "on Sunday, stressing that Lima would keep supporting the peace talks.",
    "Peru's foreign minister talked to Chilean Foreign Minister Tomas Orrego by telephone on "
    "Tuesday, reaffirming that Lima would honour the fishing accord.",
])
def test_a_participle_report_beside_a_contact_is_a_statement_of_its_own(extractor, text):
    events = _events(extractor, text)
    statements = _asserted(events, "STATEMENT")
    assert _asserted(events, "CALL")
    assert len(statements) == 1 and "PER" in _countries(statements[0])


def test_hailing_an_outcome_is_a_statement(extractor):
    events = _events(extractor, "Kenya's foreign ministry hailed the outcome of the vote in Nairobi.")
    assert _asserted(events, "STATEMENT")


def test_apologising_is_a_statement_by_who_apologises(extractor):
    events = _events(extractor, "Peruvian President Ana Quispe apologised on Tuesday for the remarks "
                                "of her envoy.")
    statements = _asserted(events, "STATEMENT")
    assert statements and "PER" in _countries(statements[0])


def test_a_quote_reporting_another_party_is_the_quoting_speakers_statement(extractor):
    events = _events(extractor, '"Lima will respond to this hostile move," Peruvian foreign ministry '
                                'spokeswoman Ana Quispe said in a statement.')
    statements = _asserted(events, "STATEMENT")
    assert statements and "Quispe" in {a.name for a in statements[0].actors}


def test_a_statement_made_years_before_the_story_is_background(extractor):
    events = _events(extractor, "Talks between Lima and Santiago resumed on Monday. Peru's president "
                                "declared in 2019 that the border was not open for negotiation.")
    assert not _asserted(events, "STATEMENT")


def test_a_statement_in_a_since_clause_is_background(extractor):
    events = _events(extractor, "Chilean envoy Tomas Orrego held talks with Peruvian officials on "
                                "Monday, the first since President Ana Quispe said the border was "
                                "not open for negotiation.")
    assert not _asserted(events, "STATEMENT")


def test_an_announcement_is_no_statement_of_position(extractor):
    events = _events(extractor, "Chile announced on Monday that it would not renew its fishing "
                                "accord with Peru.")
    assert not _asserted(events, "STATEMENT")


def test_the_same_words_said_are_a_statement(extractor):
    events = _events(extractor, "Chile said on Monday that it would not renew its fishing accord "
                                "with Peru.")
    assert _asserted(events, "STATEMENT")


def test_a_joint_announcement_of_a_commitment_is_an_agreement(extractor):
    events = _events(extractor, "Chile and Peru announced on Monday they would restore diplomatic "
                                "relations.")
    assert _asserted(events, "AGREE")


def test_an_announcement_that_says_an_accusation_is_one(extractor):
    events = _events(extractor, "Chile announced on Monday that Peru's fishing fleet had violated "
                                "its waters.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and {"CHL", "PER"} <= _countries(accusations[0])


def test_an_apology_a_party_must_make_is_not_made(extractor):
    events = _events(extractor, "Chile must apologise to Peru for the raid on the border post.")
    assert not _asserted(events, "STATEMENT")


def test_an_apology_made_is_a_statement(extractor):
    events = _events(extractor, "Chile apologised to Peru for the raid on the border post.")
    assert _asserted(events, "STATEMENT")


def test_a_visitor_welcomed_at_the_airport_makes_no_statement(extractor):
    events = _events(extractor, "Peruvian President Ana Quispe arrived in Chile on Monday and was "
                                "welcomed by Chilean officials at the airport.")
    assert not _asserted(events, "STATEMENT")


# -- modality ------------------------------------------------------------------------------

def test_rejecting_allegations_and_accusing_is_not_negated(extractor):
    events = _events(extractor, "Peru rejected the allegations and accused Chile of spreading lies.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and {"PER", "CHL"} <= _countries(accusations[0])


def test_agreed_to_meet_again_is_an_agreement_and_a_planned_meeting(extractor):
    events = _events(extractor, "Kenyan President Daniel Mwangi and Icelandic President Sigrun "
                                "Hallsdottir agreed on Thursday to meet again in May.")
    assert _asserted(events, "AGREE")
    assert not _asserted(events, "MEET")


def test_sanctions_asked_for_on_a_condition_are_not_imposed(extractor):
    events = _events(extractor, "Estonia called on the European Union to impose sanctions on Bolivia "
                                "if it closed the border.")
    assert not _asserted(events, "SANCTION")


def test_a_government_announcing_it_will_expel_has_decided_the_expulsion(extractor):
    events = _events(extractor, "The Chilean government said on Monday it would expel two Peruvian "
                                "diplomats.")
    expulsions = _asserted(events, "EXPEL")
    assert expulsions and {"CHL", "PER"} <= _countries(expulsions[0])


def test_a_ministry_announcing_it_will_impose_sanctions_has_decided_them(extractor):
    events = _events(extractor, "Chile's foreign ministry said it will impose sanctions on Peru.")
    assert _asserted(events, "SANCTION")


def test_a_report_of_another_state_s_intended_expulsion_stays_planned(extractor):
    events = _events(extractor, "Chile said Peru would expel two Chilean diplomats.")
    assert not _asserted(events, "EXPEL")
    assert _of_type(events, "EXPEL", "planned")


def test_a_government_announcing_a_meeting_has_not_met(extractor):
    events = _events(extractor, "Chile said it would meet Peru next week.")
    assert not _asserted(events, "MEET")


# -- triggers --------------------------------------------------------------------------

def test_lodged_a_protest_with_a_party_is_an_accusation(extractor):
    events = _events(extractor, "Japan lodged a strong protest with Chile on Thursday.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and _countries(accusations[0]) == {"JPN", "CHL"}


def test_calling_an_act_criminal_accuses_its_actor(extractor):
    events = _events(extractor, "Paraguayan jets struck a depot in Bolivia on Monday. "
                                "Bolivia's foreign minister called the strike \"criminal\".")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and "PRY" in _countries(accusations[0])


def test_calling_talks_useful_is_no_accusation(extractor):
    events = _events(extractor, "Kenya's foreign minister called the talks with Uganda useful.")
    assert not _asserted(events, "ACCUSE")


def test_condemning_the_launch_accuses_who_launched(extractor):
    events = _events(extractor, "Mongolia launched a satellite rocket on Monday. "
                                "Germany condemned the launch on Tuesday.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and "MNG" in _countries(accusations[0])


def test_missile_launch_with_no_target_is_no_attack(extractor):
    events = _events(extractor, "Paraguay launched a ballistic missile on Thursday.")
    assert not _asserted(events, "ATTACK")


def test_rockets_fired_at_a_place_are_an_attack(extractor):
    events = _events(extractor, "Paraguay fired rockets at northern Uruguay on Thursday.")
    assert _asserted(events, "ATTACK")


def test_rejecting_an_accusation_accuses_the_one_named(extractor):
    events = _events(extractor, "Reykjavik rejected the accusation on Monday, saying Chile had staged "
                                "the incident.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and "ISL" in _countries(accusations[0])


def test_rejecting_an_accusation_that_names_nobody_accuses_nobody(extractor):
    events = _events(extractor, "Peru accused Chile of arming the rebels. Chile rejected the allegations.")
    sources = {p.actor.country for e in _asserted(events, "ACCUSE") for p in e.participants
               if p.role == "source"}
    assert "CHL" not in sources


def test_wrapped_up_negotiations_is_a_meeting(extractor):
    events = _events(extractor, "Kenyan Foreign Minister Odera Wambua and his Ugandan counterpart "
                                "Amos Okello wrapped up two days of negotiations in Nairobi on Friday.")
    assert _asserted(events, "MEET")


def test_funding_plan_with_a_sum_is_aid(extractor):
    events = _events(extractor, "The European Union on Thursday announced a 2 billion euro recovery "
                                "plan for Mongolia.")
    aid = _asserted(events, "AID")
    assert aid and "MNG" in _countries(aid[0])


def test_a_sum_in_aid_for_a_party_is_aid(extractor):
    events = _events(extractor, "Peru's parliament approved $2 billion in military assistance for "
                                "Chile on Tuesday.")
    aid = _asserted(events, "AID")
    assert aid and {"PER", "CHL"} <= _countries(aid[0])


def test_providing_a_party_with_drones_is_aid(extractor):
    events = _events(extractor, "Peru said it would provide Chile with armed drones.")
    aid = _asserted(events, "AID")
    assert aid and {"PER", "CHL"} <= _countries(aid[0])


def test_sending_relief_supplies_and_rescue_teams_to_a_party_is_aid(extractor):
    events = _events(extractor, "Peru sent rescue teams and relief supplies to Chile after the "
                                "earthquake in Valdomar.")
    aid = _asserted(events, "AID")
    assert aid and {"PER", "CHL"} <= _countries(aid[0])


def test_a_sum_of_money_alone_is_no_aid(extractor):
    events = _events(extractor, "Peru approved $2 billion in spending for its ports.")
    assert not _asserted(events, "AID")


def test_a_tax_on_a_partys_imports_is_a_sanction(extractor):
    events = _events(extractor, "Peru imposed a 100-percent tax on Chilean imports.")
    sanctions = _asserted(events, "SANCTION")
    assert sanctions and {"PER", "CHL"} <= _countries(sanctions[0])


def test_a_duty_to_protect_is_no_sanction(extractor):
    events = _events(extractor, "Peru took up its duty to protect Chile.")
    assert not _asserted(events, "SANCTION")


def test_sending_an_ambassador_home_is_an_expulsion(extractor):
    events = _events(extractor, "Chile sent the Peruvian ambassador back home on Thursday.")
    expulsions = _asserted(events, "EXPEL")
    assert expulsions and {"CHL", "PER"} <= _countries(expulsions[0])


def test_sending_an_ambassador_abroad_is_no_expulsion(extractor):
    events = _events(extractor, "Chile sent its ambassador to Lima on Thursday.")
    assert not _asserted(events, "EXPEL")


def test_condemnation_drawn_from_a_party_is_its_accusation(extractor):
    events = _events(extractor, "Chile kicked off military exercises on Thursday, a move that drew "
                                "condemnation from Peru.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and [a.country for a in accusations[0].actors] == ["PER", "CHL"]


def test_protests_sparked_by_a_decision_are_no_accusation(extractor):
    events = _events(extractor, "The sanctions follow protests sparked by Chile's decision to expel "
                                "Peruvian diplomats.")
    assert not _asserted(events, "ACCUSE")


def test_criticism_drawn_by_nobody_named_is_no_accusation(extractor):
    events = _events(extractor, "The decision sparked criticism from Chile.")
    assert not _asserted(events, "ACCUSE")


def test_sanctions_take_the_target_from_a_nationality_adjective(extractor):
    events = _events(extractor, "The United States on Monday imposed sanctions on ten companies "
                                "shipping Namibian oil.")
    sanctions = _asserted(events, "SANCTION")
    assert sanctions and _countries(sanctions[0]) == {"USA", "NAM"}


def test_charging_a_party_with_a_crime_is_an_arrest_event(extractor):
    events = _events(extractor, "Peru charged two Chilean citizens with espionage on Tuesday.")
    arrests = _asserted(events, "ARREST")
    assert arrests and {"PER", "CHL"} <= _countries(arrests[0])


def test_charging_a_cost_is_no_arrest(extractor):
    events = _events(extractor, "Peru charged Chile with the cost of the repairs.")
    assert not _asserted(events, "ARREST")


def test_declaring_an_envoy_persona_non_grata_is_an_expulsion(extractor):
    events = _events(extractor, "Chile declared the Peruvian ambassador Jorge Valdivia persona non "
                                "grata on Friday.")
    expulsions = _asserted(events, "EXPEL")
    assert expulsions and {"CHL", "PER"} <= _countries(expulsions[0])


def test_a_report_verb_that_is_the_act_makes_no_statement(extractor):
    events = _events(extractor, "Chile is expelling the Peruvian ambassador, with Foreign Minister "
                                "Ana Soto declaring the ambassador \"a persona non grata\" on Friday.")
    assert _asserted(events, "EXPEL") and not _asserted(events, "STATEMENT")


def test_words_quoted_inside_an_accusation_s_object_make_no_statement(extractor):
    events = _events(extractor, "Chilean Foreign Minister Ana Soto criticized the Peruvian government for "
                                "imposing obstacles on diplomats, including what Peruvian President Jorge "
                                "Valdivia called \"necessary and legitimate checks\" at the border.")
    assert _asserted(events, "ACCUSE") and not _asserted(events, "STATEMENT")


def test_an_act_a_party_is_accused_of_is_not_asserted(extractor):
    events = _events(extractor, "Chile and Peru accused each other of starting the clash along the "
                                "river on Sunday.")
    assert _asserted(events, "ACCUSE") and not _asserted(events, "ATTACK")


def test_declaring_an_emergency_is_no_expulsion(extractor):
    events = _events(extractor, "Chile declared a state of emergency in the north.")
    assert not _asserted(events, "EXPEL")


def test_protesting_a_state_s_act_accuses_that_state(extractor):
    events = _events(extractor, "Chile protested Peru's continued detention of three Chilean "
                                "fishermen.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and {"CHL", "PER"} <= _countries(accusations[0])


def test_objecting_to_a_party_s_remarks_accuses_it(extractor):
    events = _events(extractor, "Chile objected to Peru's remarks on Monday.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and {"CHL", "PER"} <= _countries(accusations[0])


def test_a_street_protest_accuses_nobody(extractor):
    events = _events(extractor, "Thousands of people protested in Lima on Monday.")
    assert not _asserted(events, "ACCUSE")


def test_suspending_trade_with_a_party_sanctions_it(extractor):
    events = _events(extractor, "Chile suspended all trade with Peru on Monday.")
    sanctions = _asserted(events, "SANCTION")
    assert sanctions and {"CHL", "PER"} <= _countries(sanctions[0])


def test_halting_talks_is_no_sanction(extractor):
    events = _events(extractor, "Chile halted the talks with Peru on Monday.")
    assert not _asserted(events, "SANCTION")


def test_firing_on_a_party_s_troops_attacks_it(extractor):
    events = _events(extractor, "Chilean troops fired on Peruvian border guards on Monday.")
    attacks = _asserted(events, "ATTACK")
    assert attacks and {"CHL", "PER"} <= _countries(attacks[0])


def test_firing_a_minister_attacks_nobody(extractor):
    events = _events(extractor, "Chile fired its defence minister on Monday.")
    assert not _asserted(events, "ATTACK")


def test_saying_it_will_take_measures_against_a_party_threatens_it(extractor):
    events = _events(extractor, "Chile said it would take firm countermeasures against Peru over "
                                "the border closure.")
    threats = _asserted(events, "THREATEN")
    assert threats and {"CHL", "PER"} <= _countries(threats[0])


def test_measures_to_protect_its_own_firms_threaten_nobody(extractor):
    events = _events(extractor, "Chile's foreign ministry said Santiago would take all needed "
                                "steps to defend the interests of Chilean companies.")
    assert not _asserted(events, "THREATEN")


def test_measures_already_taken_are_no_threat(extractor):
    events = _events(extractor, "Chile took measures against Peru on Monday.")
    assert not _asserted(events, "THREATEN")


def test_steps_for_its_own_economy_threaten_nobody(extractor):
    events = _events(extractor, "Chile will take steps to improve its economy.")
    assert not _asserted(events, "THREATEN")


def test_vowing_to_retaliate_against_a_party_threatens_it(extractor):
    events = _events(extractor, "Chile vowed to retaliate against Peru for the border raid.")
    threats = _asserted(events, "THREATEN")
    assert threats and {"CHL", "PER"} <= _countries(threats[0])


def test_pledging_revenge_on_a_party_threatens_it(extractor):
    events = _events(extractor, "Chile pledged punishment and revenge on Peru after the border raid.")
    threats = _asserted(events, "THREATEN")
    assert threats and {"CHL", "PER"} <= _countries(threats[0])


def test_pledging_to_help_a_party_defend_itself_is_no_threat(extractor):
    events = _events(extractor, "Chile pledged to help Peru defend itself.")
    assert not _asserted(events, "THREATEN")


def test_vowing_help_beside_a_clause_of_war_is_no_threat(extractor):
    events = _events(extractor, "Chile vowed to help rebuild Peru's ports, condemning the war on its "
                                "coast and defending its right to trade.")
    assert not _asserted(events, "THREATEN")


def test_vowing_to_meet_again_is_no_threat(extractor):
    events = _events(extractor, "Chile and Peru vowed to meet again before the end of the year.")
    assert not _asserted(events, "THREATEN")


def test_an_arrival_and_the_meeting_it_was_for_are_one_meeting(extractor):
    events = _events(extractor, "Peruvian Foreign Minister Ana Quispe arrived in Santiago on Monday. "
                                "Quispe met Chilean President Tomas Orrego at the presidential palace.")
    assert len(_asserted(events, "MEET")) == 1


def test_meetings_between_different_countries_stay_two(extractor):
    events = _events(extractor, "Chilean Foreign Minister Tomas Orrego met Peruvian President Ana "
                                "Quispe in Lima on Monday. Orrego also met Bolivian President Luis "
                                "Mamani in La Paz on Monday.")
    assert len(_asserted(events, "MEET")) == 2


# -- actors ------------------------------------------------------------------------------

def test_bare_name_links_to_any_word_of_the_full_name(extractor):
    events = _events(extractor, "South Korean President Seo Min-jun visited Tokyo on Monday. "
                                "On Tuesday, Japan accused Seo of breaking a promise.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and "Seo Min-jun" in {a.name for a in accusations[0].actors}


def test_title_alone_is_no_actor(extractor):
    events = _events(extractor, "Chinese State Councilor and Foreign Minister Gao Wenbo met Icelandic "
                                "Foreign Minister Einar Karlsson in Beijing on Monday.")
    meets = _asserted(events, "MEET")
    assert meets and all(a.name != "Councilor" for a in meets[0].actors)


def test_the_two_ministers_are_the_pair_of_the_story(extractor):
    events = _events(extractor, "Kenyan Foreign Minister Odera Wambua met his Ugandan counterpart "
                                "Amos Okello in Nairobi on Friday. The two ministers agreed to reopen "
                                "the border crossing.")
    agreements = _asserted(events, "AGREE")
    assert agreements and _countries(agreements[0]) == {"KEN", "UGA"}


def test_dateline_is_no_subject(extractor):
    events = _events(extractor, "NAIROBI, March 13 (Wire) — The European Union on Thursday announced "
                                "a 2 billion euro recovery plan for Kenya.")
    aid = _asserted(events, "AID")
    assert aid and "KEN" in _countries(aid[0])


def test_joint_announcement_of_a_commitment_is_an_agreement(extractor):
    events = _events(extractor, "Qatar and Bahrain announced in Riyadh on Monday that they would "
                                "restore diplomatic relations.")
    agreements = _asserted(events, "AGREE")
    assert agreements and _countries(agreements[0]) == {"QAT", "BHR"}
    assert not _asserted(events, "STATEMENT")


def test_leaders_of_two_named_countries_are_those_countries(extractor):
    events = _events(extractor, "The leaders of Kenya and Uganda have agreed to reopen the border.")
    agreements = _asserted(events, "AGREE")
    assert agreements and _countries(agreements[0]) == {"KEN", "UGA"}


def test_two_agreements_on_different_things_are_both_kept(extractor):
    events = _events(extractor, "The leaders of Kenya and Uganda agreed to reopen the border. "
                                "The leaders of Kenya and Uganda also agreed to build a railway.")
    assert len(_asserted(events, "AGREE")) == 2


def test_source_in_a_national_delegation_belongs_to_its_country(extractor):
    events = _events(extractor, "A source in the Uruguayan delegation accused Asuncion of stalling.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and _countries(accusations[0]) == {"URY", "PRY"}


def test_undated_reaction_later_in_the_story_is_not_dated_by_the_act(extractor):
    events = _events(extractor, "Paraguayan jets struck a depot in Bolivia on Monday. Nobody was hurt. "
                                "The depot was empty. Bolivia's foreign minister condemned the strike.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and accusations[0].date.value == PUBLISHED.isoformat()


def test_insisting_on_a_past_fact_is_no_demand(extractor):
    events = _events(extractor, "Kenya's foreign ministry insisted that its police had acted lawfully.")
    assert not _asserted(events, "DEMAND")


def test_insisting_that_a_party_act_is_a_demand(extractor):
    events = _events(extractor, "Kenya insisted that Uganda withdraw its troops.")
    assert _asserted(events, "DEMAND")


def test_coordinated_speech_verb_in_a_report_is_the_reporters(extractor):
    events = _events(extractor, "Chile's foreign minister said Bolivian troops had crossed the border "
                                "and urged that La Paz withdraw them.")
    demands = _asserted(events, "DEMAND")
    assert demands and "CHL" in _countries(demands[0])


def test_ramming_vessels_is_an_attack(extractor):
    events = _events(extractor, "Jamaican coast guard ships rammed two Fijian vessels on Tuesday.")
    attacks = _asserted(events, "ATTACK")
    assert attacks and _countries(attacks[0]) == {"JAM", "FJI"}


def test_event_a_day_after_is_not_dated_by_the_main_clause(extractor):
    events = _events(extractor, "Japan summoned Chile's ambassador on Thursday, a day after Chilean "
                                "coast guard ships rammed two Japanese vessels.")
    attacks = _asserted(events, "ATTACK")
    assert attacks and attacks[0].date.value != "2025-03-13"


def test_first_talks_since_that_end_are_told_themselves(extractor):
    events = _events(extractor, "The first direct talks between Kenya and Iceland since March 2022 "
                                "ended on Friday in Djibouti.")
    meets = _asserted(events, "MEET")
    assert meets and _countries(meets[0]) == {"KEN", "ISL"}


def test_contact_in_a_since_when_clause_is_only_the_prior(extractor):
    events = _events(extractor, "Mwangi's trip is the first visit to Tanzania by a Kenyan leader since "
                                "May 2012, when then-President Peter Kamau held talks with Juma "
                                "Mrisho.")
    assert not _asserted(events, "MEET")
    assert [e.type for e in events if e.modality == "implied_prior"] == ["MEET"]


def test_a_move_that_someone_denounced_targets_who_made_the_move(extractor):
    events = _events(extractor, "Bolivia held naval drills off Norway last week, a move that Norway's "
                                "defence minister denounced as a provocation.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and _countries(accusations[0]) == {"NOR", "BOL"}


def test_allegations_that_a_party_did_something_accuse_it(extractor):
    events = _events(extractor, "Chile's president repeated allegations that Bolivian agents had "
                                "smuggled weapons.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and _countries(accusations[0]) == {"CHL", "BOL"}


def test_present_denial_with_a_bare_object_is_background(extractor):
    events = _events(extractor, "Kenyan businessman Amos Kiprono, who lives in Dubai, denies wrongdoing.")
    assert not _asserted(events, "STATEMENT")


def test_past_denial_is_a_statement(extractor):
    events = _events(extractor, "Kenya's foreign ministry denied that it had armed the rebels.")
    assert _asserted(events, "STATEMENT")


def test_diplomats_told_to_leave_after_an_expulsion_are_a_counter_expulsion(extractor):
    events = _events(extractor, "Kenya expelled Uganda's ambassador on Monday. Hours later, three "
                                "Kenyan diplomats were told to leave Uganda.")
    expulsions = _asserted(events, "EXPEL")
    assert len(expulsions) == 2
    assert [a.country for a in expulsions[1].actors] == ["UGA", "KEN"]


def test_forcing_a_country_to_pull_out_diplomats_is_an_expulsion(extractor):
    events = _events(extractor, "Last year Kenya forced Uganda to pull 20 diplomats out of the country.")
    expulsions = _asserted(events, "EXPEL")
    assert expulsions and [a.country for a in expulsions[0].actors] == ["KEN", "UGA"]


def test_forcing_a_country_to_pay_is_no_expulsion(extractor):
    events = _events(extractor, "Kenya forced Uganda to pay its diplomats' debts.")
    assert not _asserted(events, "EXPEL")



def test_demands_conveyed_to_a_party_aim_at_that_party(extractor):
    demands = _asserted(_events(extractor, "Chile conveyed its demands to Peru on Monday."), "DEMAND")
    assert demands and _countries(demands[0]) == {"CHL", "PER"}


def test_travelling_to_a_country_is_a_visit(extractor):
    events = _events(extractor, "Chilean President Tomas Orrego travelled to Peru on Monday.")
    visits = _asserted(events, "MEET")
    assert visits and _countries(visits[0]) == {"CHL", "PER"}


def test_landing_in_a_capital_is_a_visit_to_its_country(extractor):
    events = _events(extractor, "Chilean President Tomas Orrego landed in Lima on Sunday night.")
    visits = _asserted(events, "MEET")
    assert visits and _countries(visits[0]) == {"CHL", "PER"}


def test_flying_cargo_to_a_country_is_no_visit(extractor):
    events = _events(extractor, "Chile flew tents and blankets to Peru on Monday.")
    assert not _asserted(events, "MEET")


def test_a_visit_to_two_countries_is_a_visit_to_each(extractor):
    events = _events(extractor, "Chilean President Tomas Orrego visited Peru and Bolivia last week.")
    visits = _asserted(events, "MEET")
    assert sorted(tuple(sorted(_countries(v))) for v in visits) == [("BOL", "CHL"), ("CHL", "PER")]


def test_a_visit_with_two_people_stays_one_meeting(extractor):
    events = _events(extractor, "Chilean President Tomas Orrego visited Peruvian President "
                                "Ana Quispe and Bolivian President Luis Mamani in La Paz.")
    assert len(_asserted(events, "MEET")) == 1


def test_opening_a_criminal_case_against_a_party_is_an_arrest(extractor):
    events = _events(extractor, "Kenya's security service opened a criminal case against "
                                "Ugandan journalist John Okello on Monday.")
    arrests = _asserted(events, "ARREST")
    assert arrests and [a.country for a in arrests[0].actors] == ["KEN", "UGA"]


def test_a_criminal_case_merely_mentioned_is_no_arrest(extractor):
    events = _events(extractor, "The criminal case against Ugandan journalist John Okello "
                                "drew wide attention in Kenya.")
    assert not _asserted(events, "ARREST")


def test_a_contact_told_as_the_last_one_is_only_a_prior(extractor):
    events = _events(extractor, "Chilean President Tomas Orrego and Peruvian President Ana "
                                "Quispe last met in January in the Peruvian capital.")
    assert not _asserted(events, "MEET")
    assert _of_type(events, "MEET", "implied_prior")


def test_two_leaders_resolving_together_is_an_agreement(extractor):
    events = _events(extractor, "Chilean President Tomas Orrego and Peruvian President Ana Quispe "
                                "met in Lima on Monday. The two leaders resolved to restore trust "
                                "between their countries.")
    agreements = _asserted(events, "AGREE")
    assert agreements and _countries(agreements[0]) == {"CHL", "PER"}


def test_one_party_resolving_alone_is_no_agreement(extractor):
    events = _events(extractor, "Chile resolved to restore trust with its neighbours.")
    assert not _asserted(events, "AGREE")


# -- events told again -------------------------------------------------------------------

def test_a_second_call_on_a_party_to_do_something_else_is_a_second_demand(extractor):
    events = _events(extractor, "Peruvian President Ana Quispe condemned the raids and called on "
                                "Chile to stop them. Quispe also called on Chile to negotiate "
                                "with Bolivia.")
    assert len(_asserted(events, "DEMAND")) == 2


def test_the_same_demand_told_twice_is_one_demand(extractor):
    events = _events(extractor, "Peruvian President Ana Quispe called on Chile to stop the raids. "
                                "Quispe also called on Chile to stop the raids at once.")
    assert len(_asserted(events, "DEMAND")) == 1


def test_a_demand_told_in_the_passive_without_an_agent_is_no_demand(extractor):
    events = _events(extractor, "The Peruvian president arrived in Chile, where a pardon for the "
                                "jailed fishermen was demanded.")
    assert not _asserted(events, "DEMAND")


def test_a_demand_told_in_the_passive_with_its_agent_is_a_demand(extractor):
    events = _events(extractor, "Chile was urged by Peru to withdraw its troops from the border.")
    assert _asserted(events, "DEMAND")
