"""Who takes part in an event: rules on which named actors are parties, one behaviour
each, on sentences written for these tests (invented people and outlets)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

# -- news outlets and platforms named as the channel of the news take no part in it -------

def test_a_platform_a_call_was_announced_on_is_no_party(extractor):
    events = _events(extractor, "Chilean President Tomas Orrego wrote on Twitter that he had "
                                "spoken by phone with Peruvian President Ana Quispe.")
    calls = _asserted(events, "CALL")
    assert calls
    assert {a.name for a in calls[0].actors} == {"Tomas Orrego", "Ana Quispe"}


def test_a_known_news_outlet_is_no_party_to_an_arrest(extractor):
    events = _events(extractor, "Kenyan police detained a Reuters reporter and two Ugandan "
                                "activists in Mombasa on Thursday.")
    arrests = _asserted(events, "ARREST")
    assert arrests
    assert "Reuters" not in {a.name for a in arrests[0].actors}


def test_an_outlet_named_by_its_medium_is_not_addressed_by_a_statement(extractor):
    events = _events(extractor, "Peruvian Foreign Minister Ana Quispe told Radio Andina Television "
                                "on Friday that Lima would never accept the new border line.")
    statements = _asserted(events, "STATEMENT")
    assert statements
    assert [a.name for a in statements[0].actors] == ["Ana Quispe"]



def test_an_outlet_cited_as_the_source_is_no_party(extractor):
    events = _events(extractor, "Kenyan troops shelled Ugandan border posts on Thursday, "
                                "according to Reuters.")
    attacks = _asserted(events, "ATTACK")
    assert attacks
    assert "Reuters" not in {a.name for a in attacks[0].actors}


def test_an_outlet_accused_in_its_own_right_stays_a_party(extractor):
    events = _events(extractor, "The Kenyan interior ministry accused Radio Andina Television "
                                "of spreading lies about Uganda.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations
    assert "Radio Andina Television" in {a.name for a in accusations[0].actors}


# -- one actor, two names -----------------------------------------------------------------

def test_a_name_and_its_short_form_in_brackets_are_one_party(extractor):
    events = _events(extractor, "The Tanzanian Coastal Guard (TCG) and the National Intelligence "
                                "Service (NIS) accused Uganda of arming rebels on Monday.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations
    names = [a.name for a in accusations[0].actors]
    assert "NIS" not in names and "TCG" not in names
    assert "Uganda" in names


def test_a_body_owned_by_an_armed_group_takes_the_group_country(extractor):
    events = _events(extractor, "Late on Sunday the Taliban's Interior Bureau struck Pakistani "
                                "checkpoints with mortars.")
    attacks = _asserted(events, "ATTACK")
    assert attacks
    assert all(a.country == "AFG" for a, role in ((p.actor, p.role) for p in attacks[0].participants)
               if role == "source")


# -- one party meeting several others ----------------------------------------------------

def test_meeting_several_counterparts_separately_is_one_meeting_with_each(extractor):
    events = _events(extractor, "Kenyan President Daniel Mwangi met with German Chancellor Karl "
                                "Brandt and Tanzanian President Amina Juma separately on Tuesday.")
    meetings = _asserted(events, "MEET")
    assert sorted(sorted(a.name for a in m.actors) for m in meetings) == [
        ["Amina Juma", "Daniel Mwangi"], ["Daniel Mwangi", "Karl Brandt"]]


def test_hosting_two_counterparts_together_is_one_meeting_of_three(extractor):
    events = _events(extractor, "Kenyan President Daniel Mwangi hosted German Chancellor Karl "
                                "Brandt and Tanzanian President Amina Juma on Tuesday.")
    meetings = _asserted(events, "MEET")
    assert len(meetings) == 1
    assert {a.name for a in meetings[0].actors} == {"Daniel Mwangi", "Karl Brandt", "Amina Juma"}


def test_meeting_three_counterparts_of_three_countries_is_one_meeting_with_each(extractor):
    events = _events(extractor, "Kenyan President Daniel Mwangi met on Tuesday with German "
                                "Chancellor Karl Brandt, Tanzanian President Amina Juma and "
                                "Peruvian President Ana Quispe.")
    meetings = _asserted(events, "MEET")
    assert sorted(sorted(a.name for a in m.actors) for m in meetings) == [
        ["Amina Juma", "Daniel Mwangi"], ["Ana Quispe", "Daniel Mwangi"], ["Daniel Mwangi", "Karl Brandt"]]


def test_meeting_two_counterparts_without_a_cue_stays_one_meeting(extractor):
    events = _events(extractor, "Kenyan President Daniel Mwangi met on Tuesday with German "
                                "Chancellor Karl Brandt and Tanzanian President Amina Juma.")
    meetings = _asserted(events, "MEET")
    assert len(meetings) == 1
    assert {a.name for a in meetings[0].actors} == {"Daniel Mwangi", "Karl Brandt", "Amina Juma"}


# -- a one-sided agreement right after a contact is with the contact's other party ---------

def test_an_agreement_naming_one_party_after_a_call_is_with_the_caller(rules_only):
    events = _events(rules_only, "Peruvian President Ana Quispe spoke by phone with Chilean "
                                "President Tomas Orrego on Monday. Quispe said her government "
                                "had agreed to send more police to the border.")
    agreements = _asserted(events, "AGREE")
    assert agreements
    assert {"PER", "CHL"} <= {a.country for a in agreements[0].actors}


def test_an_agreement_naming_one_party_long_after_any_contact_finds_no_counterpart(rules_only):
    events = _events(rules_only, "Peruvian President Ana Quispe spoke by phone with Chilean "
                                "President Tomas Orrego on Monday. The border has been quiet "
                                "for a month. Lima's markets rose on Tuesday. The harvest was "
                                "late this year. Quispe said her government had agreed to "
                                "send more police to the border.")
    agreements = [e for e in _asserted(events, "AGREE") if "police" in e.evidence]
    assert all("CHL" not in {a.country for a in e.actors} for e in agreements)


# -- a call told with its purpose, and one told beside an earlier one -----------------------

def test_a_person_called_to_be_congratulated_is_a_call_though_a_date_opens_the_sentence(rules_only):
    events = _events(rules_only, "On Monday, Chilean President Tomas Orrego called the Peruvian "
                                 "president Ana Quispe to congratulate her on her birthday.")
    calls = _asserted(events, "CALL")
    assert calls
    assert {a.country for a in calls[0].actors} == {"CHL", "PER"}


def test_a_call_said_not_to_have_happened_does_not_absorb_a_later_call(rules_only):
    events = _events(rules_only, "Chilean President Tomas Orrego and Peruvian President Ana Quispe "
                                 "have not spoken by phone since May. On Monday, Orrego called "
                                 "Quispe to congratulate her on her birthday, but before that "
                                 "they last spoke in May.")
    calls = [e for e in _asserted(events, "CALL") if "birthday" in e.evidence]
    assert calls


# -- going to a named place is a visit to its country ---------------------------------------

def test_going_to_a_foreign_capital_is_a_visit_to_its_country(rules_only):
    events = _events(rules_only, "Chilean Foreign Minister Tomas Verdal went to Lima on Monday.")
    visits = _asserted(events, "MEET")
    assert visits and {a.country for a in visits[0].actors} == {"CHL", "PER"}


def test_going_to_court_is_no_visit(rules_only):
    events = _events(rules_only, "Chilean Foreign Minister Tomas Verdal went to court on Monday.")
    assert not _asserted(events, "MEET")


# -- a threat aims at no party of the source's own country (`foreign_target`) ---------------

def test_own_armed_forces_named_in_a_threat_are_no_target(extractor):
    events = _events(extractor, "Chile's president threatened to deploy the Chilean army against Peru.")
    threats = _asserted(events, "THREATEN")
    assert threats
    assert {a.country for a in threats[0].actors} == {"CHL", "PER"}


def test_a_threat_at_only_its_own_army_names_no_target(extractor):
    events = _events(extractor, "Chile's president threatened to deploy the Chilean army.")
    threats = _asserted(events, "THREATEN")
    assert all({a.country for a in t.actors} == {"CHL"} and len(t.actors) == 1 for t in threats)


def test_a_threat_at_another_country_keeps_its_target(extractor):
    events = _events(extractor, "Kenya's president threatened to strike Ugandan border posts.")
    threats = _asserted(events, "THREATEN")
    assert threats
    assert {a.country for a in threats[0].actors} == {"KEN", "UGA"}


def test_rebels_threatening_their_own_state_keep_their_target(extractor):
    events = _events(extractor, "Houthi rebels threatened to attack the Yemeni army in Marib.")
    threats = _asserted(events, "THREATEN")
    assert threats
    assert {a.name for a in threats[0].actors} == {"Houthis", "Yemeni Armed Forces"}


def test_a_state_still_arrests_its_own_people(extractor):
    events = _events(extractor, "Kenyan police arrested Kenyan opposition leader Jomo Otieno "
                                "in Nairobi on Thursday.")
    arrests = _asserted(events, "ARREST")
    assert arrests
    assert {a.country for a in arrests[0].actors} == {"KEN"}
    assert len(arrests[0].actors) == 2


# -- the counterpart of a verbal act that names none of its own ---------------------------

def test_a_warning_joined_to_an_accusation_is_aimed_at_the_accused(extractor):
    events = _events(extractor, "Kenyan President Daniel Mwangi accused Uganda of arming rebels, and "
                                "warned that Kenyan troops would respond with force.")
    threats = _asserted(events, "THREATEN")
    assert threats
    assert [(p.actor.name, p.role) for p in threats[0].participants] == [
        ("Daniel Mwangi", "source"), ("Uganda", "target")]


def test_a_demand_after_words_said_to_a_party_is_aimed_at_that_party(extractor):
    events = _events(extractor, "Kenyan President Daniel Mwangi said to Ugandan President Amos Okello "
                                "that the fishing accord was unfair, and called for it to be "
                                "renegotiated.")
    demands = _asserted(events, "DEMAND")
    assert demands
    assert "Amos Okello" in {a.name for a in demands[0].actors}


def test_a_warning_of_action_is_aimed_at_the_party_warned(extractor):
    events = _events(extractor, "The Kenyan government on Friday warned Uganda that Kenya will take "
                                "unspecified action against the East African nation should its new "
                                "pact with Tanzania threaten Kenyan interests.")
    threats = _asserted(events, "THREATEN")
    assert threats
    assert "UGA" in {a.country for a in threats[0].actors}


# -- an act aimed at an event is aimed at who did it, not at whom it was done to --------

def test_condemning_an_arrest_by_a_party_is_aimed_at_the_arresting_party(extractor):
    events = _events(extractor, "Kenyan President Daniel Mwangi condemned the arrest of Kenyan "
                                "traders by Ugandan police.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations
    assert [(p.actor.country, p.role) for p in accusations[0].participants] == [
        ("KEN", "source"), ("UGA", "target")]


def test_concern_over_an_arrest_abroad_is_aimed_at_the_state_where_it_happened(extractor):
    events = _events(extractor, "Kenya voiced concern over the arrest of activist Amos Okello in "
                                "Uganda.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations
    assert {a.name for a in accusations[0].actors} == {"Kenya", "Uganda"}


def test_a_call_for_a_party_to_be_dealt_with_is_aimed_at_that_party(extractor):
    events = _events(extractor, "Kenyan senator Amos Kiprono called for Uganda to be suspended from "
                                "the regional trade bloc.")
    demands = _asserted(events, "DEMAND")
    assert demands
    assert [(p.actor.name, p.role) for p in demands[0].participants] == [
        ("Amos Kiprono", "source"), ("Uganda", "target")]


# -- where a meeting took place is a party only as a last resort --------------------------

_TALKS_IN_A_CAPITAL = ("The first talks in two years between Kenyan President Daniel Mwangi and "
                       "Ugandan President Amos Okello took place in Kigali.")


def test_talks_between_two_leaders_after_a_phrase_of_time_hold_both(extractor):
    meetings = _asserted(_events(extractor, _TALKS_IN_A_CAPITAL), "MEET")
    assert meetings
    assert {"Daniel Mwangi", "Amos Okello"} <= {a.name for a in meetings[0].actors}


def test_the_capital_talks_took_place_in_is_no_party_when_both_sides_are_named(extractor):
    meetings = _asserted(_events(extractor, _TALKS_IN_A_CAPITAL), "MEET")
    assert meetings
    assert "RWA" not in {a.country for a in meetings[0].actors}


def test_the_capital_a_leader_arrived_in_is_still_the_visit_counterpart(extractor):
    meetings = _asserted(_events(extractor, "Kenyan President Daniel Mwangi arrived in Kampala on "
                                            "Monday."), "MEET")
    assert meetings
    assert {a.country for a in meetings[0].actors} == {"KEN", "UGA"}


# -- a threat or demand naming no one answers the sentence before ------------------------

def test_a_vow_to_respond_is_aimed_at_the_party_that_acted_in_the_sentence_before(extractor):
    events = _events(extractor, "Uganda expelled a Kenyan diplomat on Monday. Kenyan officials vowed "
                                "to respond in kind.")
    threats = _asserted(events, "THREATEN")
    assert threats
    assert [(p.actor.country, p.role) for p in threats[0].participants] == [
        ("KEN", "source"), ("UGA", "target")]


def test_a_vow_to_respond_takes_no_target_from_a_sentence_its_side_had_no_part_in(extractor):
    events = _events(extractor, "Uganda expelled a Tanzanian diplomat on Monday. Kenyan officials "
                                "vowed to respond in kind.")
    # (with no target, no threat at all: a threat aimed at no party named is none)
    threats = _asserted(events, "THREATEN")
    assert not any({a.country for a in t.actors} & {"UGA", "TZA"} for t in threats)


def test_a_common_word_the_tagger_reads_as_a_name_is_no_party(extractor):
    events = _events(extractor, "Kenya announced visa bans against several Ugandan ministers on "
                                "Tuesday.")
    sanctions = _asserted(events, "SANCTION")
    assert sanctions
    assert [(p.actor.country, p.role) for p in sanctions[0].participants] == [
        ("KEN", "source"), ("UGA", "target")]


# -- what a demand asks for may name its parties ------------------------------------------

def test_a_call_for_a_truce_between_two_parties_is_aimed_at_both(extractor):
    events = _events(extractor, "Kenyan President Daniel Mwangi on Monday called for an immediate "
                                "ceasefire between Uganda and Tanzania.")
    demands = _asserted(events, "DEMAND")
    assert demands
    assert [(p.actor.country, p.role) for p in demands[0].participants] == [
        ("KEN", "source"), ("UGA", "target"), ("TZA", "target")]


def test_a_call_for_the_release_of_a_person_is_not_aimed_at_that_person(extractor):
    events = _events(extractor, "Kenyan President Daniel Mwangi on Monday called for the release "
                                "of Ugandan activist Amos Okello.")
    demands = _asserted(events, "DEMAND")
    assert demands
    assert "Amos Okello" not in {a.name for a in demands[0].actors}


# -- the modifier-letter apostrophe ------------------------------------------------------

def test_a_possessive_written_with_the_modifier_letter_apostrophe_names_its_owner(extractor):
    events = _events(extractor, "Kenyan President Olaf Brandt condemned Uganda\u02bcs war of "
                                "aggression against Tanzania.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations
    assert [(p.actor.country, p.role) for p in accusations[0].participants] == [
        ("KEN", "source"), ("UGA", "target")]


# -- "both sides" after a pair named by "between" ----------------------------------------

def test_both_sides_are_the_pair_the_sentence_named_by_between(extractor):
    events = _events(extractor, "Kenya and Ghana held talks in March. Fighting flared last week "
                                "along the frontier between Uganda and Tanzania, with both sides "
                                "counting losses and blaming each other for it.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations
    assert {a.country for a in accusations[0].actors} == {"UGA", "TZA"}


# -- where an attack struck a named party is no second target ----------------------------

def test_the_country_an_attacked_party_was_in_is_no_target(extractor):
    events = _events(extractor, "Kenyan troops attacked Ugandan soldiers in Tanzania on Monday.")
    attacks = _asserted(events, "ATTACK")
    assert attacks
    assert [(p.actor.country, p.role) for p in attacks[0].participants] == [
        ("KEN", "source"), ("UGA", "target")]


def test_a_city_struck_with_no_other_target_is_still_the_target(extractor):
    events = _events(extractor, "Kenyan forces launched strikes in northern Uganda on Monday.")
    attacks = _asserted(events, "ATTACK")
    assert attacks
    assert {a.country for a in attacks[0].actors} == {"KEN", "UGA"}


# -- who speaks inside a report ----------------------------------------------------------

def test_a_party_assuring_another_inside_a_report_is_the_speaker(extractor):
    events = _events(extractor, "A Kenyan government statement noted that Ugandan President Amos "
                                "Okello had assured Kenya there would be no Ugandan troops on the "
                                "border.")
    statements = _asserted(events, "STATEMENT")
    assert statements
    assert [a.name for a in statements[0].actors] == ["Amos Okello"]


# -- what a party is accused of names no further party ------------------------------------

def test_the_charge_after_an_accused_party_names_no_target(extractor):
    events = _events(extractor, "Kenya expelled two diplomats and accused Uganda of trying to "
                                "interfere in its courts, where activist Amos Okello lost a case "
                                "against his extradition last year.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations
    assert [(p.actor.country, p.role) for p in accusations[0].participants] == [
        ("KEN", "source"), ("UGA", "target")]


# -- a body the gazetteer does not know is a party only when the event needs it ------------

def test_a_place_read_as_an_unknown_body_beside_two_parties_is_no_party(extractor):
    events = _events(extractor, "Peruvian aircraft struck Rufo Cardal, a Bolivian commander, at the "
                                "al-Quispe refugee camp on Tuesday.")
    attacks = _asserted(events, "ATTACK")
    assert attacks
    assert "al-Quispe" not in {a.name for a in attacks[0].actors}
    assert "BOL" in {a.country for a in attacks[0].actors}


def test_an_unknown_body_that_is_the_only_other_party_stays_a_party(extractor):
    events = _events(extractor, "Peruvian troops attacked the Andean Solidarity Front near Tarma "
                                "on Monday.")
    attacks = _asserted(events, "ATTACK")
    assert attacks
    assert "Andean Solidarity Front" in {a.name for a in attacks[0].actors}


def test_a_country_beside_people_of_two_other_countries_is_no_party_of_their_contact():
    from graphkit.extract.restatements import _without_third_sides
    from graphkit.model import Actor

    def person(name: str, country: str) -> Actor:
        return Actor(id=Actor.make_id("person", name), name=name, kind="person", country=country)

    verdal, quiroga = person("Tomas Verdal", "CHL"), person("Anselmo Quiroga", "PER")
    peru = Actor(id=Actor.make_id("country", "Peru", "PER"), name="Peru", kind="country", country="PER")
    ecuador = Actor(id=Actor.make_id("country", "Ecuador", "ECU"), name="Ecuador", kind="country",
                    country="ECU")
    parties = [(verdal, "participant"), (quiroga, "participant"), (peru, "participant"),
               (ecuador, "participant")]
    assert [a.name for a, _ in _without_third_sides(parties)] == ["Tomas Verdal", "Anselmo Quiroga", "Peru"]


# -- a group pronoun stands for the subjects that report it ---------------------------------

@pytest.mark.parametrize("report", ["confirmed they had signed a security pact",
                                    "announced they had signed a border agreement"])
def test_they_reported_by_two_named_parties_stands_for_them(extractor, report):
    events = _events(extractor, "Chilean President Tomas Orrego met Peruvian President Ana Quispe "
                                f"in Lima on Monday. Days earlier, Kenya and Uganda {report}.")
    agreements = _asserted(events, "AGREE")
    assert agreements
    assert {a.name for a in agreements[0].actors} == {"Kenya", "Uganda"}
