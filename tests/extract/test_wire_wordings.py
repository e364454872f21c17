"""ACCUSE, ATTACK, THREATEN, DEMAND and EXPEL in the ordinary wordings of wire news, read as
a news reader would (battery22): blame laid "on" a party, a party held responsible, said to
be "behind" an attack or charged with a deed; ambushes, raids by warplanes, incursions made,
a place under artillery fire; ultimatums given; instructions and appeals; envoys kicked or
thrown out. Each class has its look-alikes that are no event. Sentences written for these
tests (invented people and towns); real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _roles(event) -> dict[str | None, str]:
    return {p.actor.country: p.role for p in event.participants}


def _read(extractor, text: str, type_: str, source: str, target: str) -> bool:
    """Whether ``text`` tells one asserted ``type_`` event from ``source`` to ``target``."""
    found = _asserted(_events(extractor, text), type_)
    return any(_roles(e).get(source) == "source" and _roles(e).get(target) == "target"
               for e in found)


# --- ACCUSE -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bolivia blamed the blast on Paraguay.",
    "Bolivia pinned the blame on Paraguay for the failed talks.",
    "Bolivia put the blame on Paraguay on Monday.",
])
def test_blame_laid_on_a_party_accuses_it(rules_only, text):
    assert _read(rules_only, text, "ACCUSE", "BOL", "PRY")


@pytest.mark.parametrize("text", [
    "Bolivia held Paraguay responsible for the deaths of three border guards.",
    "Bolivia held Paraguay accountable for the attack on its embassy.",
    "Bolivian President Maren Dask held Paraguay fully responsible for the crisis.",
])
def test_a_party_held_responsible_is_accused(rules_only, text):
    assert _read(rules_only, text, "ACCUSE", "BOL", "PRY")


@pytest.mark.parametrize("text", [
    "Bolivia pointed the finger at Paraguay after the explosion in Velmora.",
    "Bolivia pointed an accusing finger at Paraguay on Monday.",
])
def test_pointing_the_finger_at_a_party_accuses_it(rules_only, text):
    assert _read(rules_only, text, "ACCUSE", "BOL", "PRY")


@pytest.mark.parametrize("text", [
    "Bolivia said Paraguay was behind the bombing of a market in Velmora.",
    "Bolivia said Paraguayan agents were behind the assassination of a judge in Velmora.",
    "Bolivia's interior minister said Paraguay was behind the cyberattack on its banks.",
])
def test_a_party_said_to_be_behind_an_attack_is_accused(rules_only, text):
    assert _read(rules_only, text, "ACCUSE", "BOL", "PRY")


@pytest.mark.parametrize("text", [
    "Bolivian Foreign Minister Arlo Venn charged that Paraguay had violated the ceasefire.",
    "Bolivia charged that Paraguay had armed the rebels.",
])
def test_a_charge_that_a_party_acted_accuses_it(rules_only, text):
    assert _read(rules_only, text, "ACCUSE", "BOL", "PRY")


@pytest.mark.parametrize("text", [
    "Bolivian police blamed the fire in Velmora on faulty wiring.",
    "Bolivia held Paraguay's ambassador at the airport for two hours on Monday.",
    "The Bolivian army said it held the town of Velmora.",
    "Bolivia pointed to Paraguay's growth as a model on Monday.",
    "The worst of the crisis is behind Bolivia, President Maren Dask said.",
    "Bolivia said the floods were behind the rise in prices.",
    "Bolivian police charged two men from Velmora with arson on Monday.",
    "Paraguay's charges for electricity rose sharply on Monday.",
])
def test_blame_look_alikes_accuse_no_one(rules_only, text):
    assert _asserted(_events(rules_only, text), "ACCUSE") == []


# --- ATTACK -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Paraguayan soldiers ambushed a Bolivian patrol near Velmora on Monday.",
    "Paraguayan gunmen ambushed a convoy of Bolivian police near Velmora.",
    "Paraguayan warplanes hit a Bolivian fuel depot on Monday.",
    "Paraguayan bombers hit Bolivian positions near Velmora overnight.",
    "Paraguayan troops made an incursion into Bolivia on Monday.",
    "Paraguay made a new incursion into Bolivia on Monday.",
])
def test_ambushes_raids_and_incursions_are_attacks(rules_only, text):
    assert _read(rules_only, text, "ATTACK", "PRY", "BOL")


@pytest.mark.parametrize("text", [
    "Bolivia came under Paraguayan artillery fire on Monday.",
    "The Bolivian town of Velmora came under Paraguayan rocket fire on Monday.",
])
def test_a_place_under_a_partys_artillery_fire_is_attacked(rules_only, text):
    assert _read(rules_only, text, "ATTACK", "PRY", "BOL")


@pytest.mark.parametrize("text", [
    "Bolivia came under heavy fire from critics in Paraguay over the dam.",
    "Bolivian workers went on strike on Monday over pay.",
    "The Paraguayan striker scored twice against Bolivia on Monday.",
    "A storm struck the Bolivian town of Velmora on Monday.",
    "The Paraguayan team attacked relentlessly but lost to Bolivia.",
])
def test_attack_look_alikes_are_no_attack(rules_only, text):
    assert _asserted(_events(rules_only, text), "ATTACK") == []


# --- THREATEN and DEMAND ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Paraguay gave Bolivia an ultimatum to withdraw its troops by Friday.",
    "Paraguay delivered an ultimatum to Bolivia on Monday.",
    "Paraguay sent Bolivia an ultimatum on Monday.",
])
def test_an_ultimatum_given_to_a_party_threatens_it(rules_only, text):
    assert _read(rules_only, text, "THREATEN", "PRY", "BOL")


@pytest.mark.parametrize("text", [
    "Paraguay told Bolivia to stop the shelling.",
    "Paraguay told Bolivia to pull back its troops from the border.",
    "Paraguay appealed to Bolivia to show restraint.",
    "Paraguay appealed to Bolivia to release the fishermen.",
])
def test_telling_or_appealing_to_a_party_to_act_is_a_demand(rules_only, text):
    assert _read(rules_only, text, "DEMAND", "PRY", "BOL")


@pytest.mark.parametrize("text", [
    "Bolivia told Paraguay it would attend the summit in Velmora.",
    "Bolivia told Paraguay to expect a reply within a week.",
    "Bolivia appealed to the court in Velmora to overturn the ruling.",
])
def test_demand_look_alikes_ask_no_party(rules_only, text):
    assert not _read(rules_only, text, "DEMAND", "BOL", "PRY")


# --- EXPEL ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Paraguay kicked out the Bolivian envoy on Monday.",
    "Paraguay booted out two Bolivian diplomats on Monday.",
    "Paraguay threw out three Bolivian diplomats on Monday.",
])
def test_envoys_kicked_or_thrown_out_are_expelled(rules_only, text):
    assert _read(rules_only, text, "EXPEL", "PRY", "BOL")


@pytest.mark.parametrize("text", [
    "Bolivia threw out Paraguay's proposal on Monday.",
    "Paraguay threw out a Bolivian bid to host the games.",
    "Bolivia kicked off its campaign against Paraguay with a win in Velmora.",
])
def test_expulsion_look_alikes_expel_no_one(rules_only, text):
    assert _asserted(_events(rules_only, text), "EXPEL") == []


# --- the ordinary wordings, read before and after (one row per wording) -----------------

@pytest.mark.parametrize(("type_", "text"), [
    ("ACCUSE", "Bolivia accused Paraguay of arming rebels near the town of Velmora on Monday."),
    ("ACCUSE", "Bolivia on Monday blamed Paraguay for the collapse of the border talks."),
    ("ACCUSE", "Bolivia condemned Paraguay for the shelling of Velmora on Monday."),
    ("ACCUSE", "Bolivia alleged that Paraguay had smuggled weapons across the border."),
    ("ACCUSE", "Bolivia denounced Paraguay over the seizure of a fishing boat on Monday."),
    ("ACCUSE", "Bolivian President Maren Dask accused Paraguay of lying about the incident."),
    ("ACCUSE", "Bolivia has accused Paraguay of interfering in its elections."),
    ("ACCUSE", "The Bolivian government blamed Paraguayan forces for the attack on Velmora."),
    ("ACCUSE", "Bolivia criticised Paraguay for closing the border crossing on Monday."),
    ("ACCUSE", "Bolivia slammed Paraguay over its treatment of migrants."),
    ("ACCUSE", "Bolivia lashed out at Paraguay on Monday over the dam project."),
    ("ACCUSE", "Bolivia rebuked Paraguay for the incursion."),
    ("ACCUSE", "Bolivia accused Paraguayan troops of killing two farmers near Velmora."),
    ("ACCUSE", "Paraguay was accused by Bolivia of spying on its embassy."),
    ("ACCUSE", "Bolivia faulted Paraguay for the failure of the talks."),
    ("ACCUSE", "Bolivia castigated Paraguay on Monday for its refusal to cooperate."),
    ("ATTACK", "Paraguay struck targets in Bolivia on Monday."),
    ("ATTACK", "Paraguayan artillery shelled the Bolivian town of Velmora on Monday."),
    ("ATTACK", "Paraguay bombed a Bolivian army base near Velmora on Monday."),
    ("ATTACK", "Paraguay fired missiles at Bolivia on Monday."),
    ("ATTACK", "A Paraguayan drone strike on Velmora in Bolivia killed four people on Monday."),
    ("ATTACK", "A Paraguayan air raid on the Bolivian town of Velmora killed six people."),
    ("ATTACK", "Paraguay launched an assault on Bolivian positions near Velmora on Monday."),
    ("ATTACK", "Paraguayan forces raided a Bolivian village on Monday."),
    ("ATTACK", "Paraguay launched airstrikes on Bolivia on Monday."),
    ("ATTACK", "Paraguayan jets pounded Bolivian positions on Monday."),
    ("ATTACK", "Paraguay attacked Bolivia on Monday."),
    ("ATTACK", "Paraguayan forces opened fire on Bolivian border guards on Monday."),
    ("ATTACK", "Paraguay carried out a missile strike on Bolivia on Monday."),
    ("ATTACK", "Paraguayan troops invaded Bolivia on Monday."),
    ("ATTACK", "Paraguayan drones targeted a Bolivian power plant on Monday."),
    ("ATTACK", "Paraguay bombarded Bolivian positions overnight."),
    ("ATTACK", "A Paraguayan missile hit a Bolivian hospital on Monday."),
    ("ATTACK", "Paraguayan forces stormed the Bolivian border post at Velmora on Monday."),
    ("ATTACK", "Paraguayan gunboats fired on a Bolivian ship on Monday."),
    ("THREATEN", "Paraguay warned Bolivia of consequences if it moved troops to the border."),
    ("THREATEN", "Paraguay vowed to retaliate against Bolivia on Monday."),
    ("THREATEN", "Paraguay threatened to cut off gas supplies to Bolivia."),
    ("THREATEN", "Paraguay threatened Bolivia with sanctions on Monday."),
    ("THREATEN", "Paraguay warned Bolivia that it would respond with force."),
    ("THREATEN", "Paraguay vowed revenge against Bolivia on Monday."),
    ("THREATEN", "Paraguay threatened military action against Bolivia."),
    ("THREATEN", "Paraguay warned that Bolivia would pay a heavy price for the attack."),
    ("THREATEN", "Paraguay issued an ultimatum to Bolivia on Monday."),
    ("THREATEN", "Paraguayan President Tovan Reyl threatened to expel Bolivian diplomats."),
    ("THREATEN", "Paraguay vowed a tough response to Bolivia."),
    ("THREATEN", "Paraguay threatened retaliation against Bolivia over the seizure."),
    ("DEMAND", "Paraguay demanded that Bolivia release the fishermen."),
    ("DEMAND", "Paraguay urged Bolivia to halt the dam project."),
    ("DEMAND", "Paraguay called on Bolivia to withdraw its troops."),
    ("DEMAND", "Paraguay pressed Bolivia to reopen the border on Monday."),
    ("DEMAND", "Paraguay insisted that Bolivia pay compensation."),
    ("DEMAND", "Paraguay demanded an apology from Bolivia on Monday."),
    ("DEMAND", "Paraguay demanded the release of its nationals held by Bolivia."),
    ("DEMAND", "Paraguay asked Bolivia to hand over the suspects."),
    ("DEMAND", "Paraguay pushed Bolivia to accept the deal on Monday."),
    ("DEMAND", "Paraguay called for Bolivia to end the blockade."),
    ("DEMAND", "Paraguay requested that Bolivia extradite the suspect."),
    ("EXPEL", "Paraguay expelled two Bolivian diplomats on Monday."),
    ("EXPEL", "Paraguay ordered the Bolivian ambassador to leave the country."),
    ("EXPEL", "Paraguay declared a Bolivian diplomat persona non grata on Monday."),
    ("EXPEL", "Paraguay gave Bolivian diplomats 72 hours to leave."),
    ("EXPEL", "Paraguay deported 40 Bolivian migrants on Monday."),
    ("EXPEL", "Paraguay ordered the expulsion of three Bolivian diplomats."),
    ("EXPEL", "Paraguay expelled Bolivia's ambassador on Monday."),
    ("EXPEL", "Three Bolivian diplomats were expelled by Paraguay on Monday."),
    ("EXPEL", "Paraguay told the Bolivian military attache to leave within 48 hours."),
    ("EXPEL", "Paraguay sent home the Bolivian ambassador on Monday."),
    ("EXPEL", "Paraguay deported a Bolivian journalist on Monday."),
])
def test_the_ordinary_wordings_of_each_class_are_read(rules_only, type_, text):
    source, target = ("BOL", "PRY") if type_ == "ACCUSE" else ("PRY", "BOL")
    assert _read(rules_only, text, type_, source, target)
