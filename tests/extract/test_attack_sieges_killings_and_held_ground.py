"""Ways conflict news tells an attack: a siege laid to a place, a side's armed men killed by
another's, a target told as ground "held by" a side (or "X-held"), and a reporter's "its" on
its ground, property or people that another side struck or held ("X said Y had shelled its
villages"). Invented towns and numbers; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_forces_laying_siege_to_a_town_of_another_country_attack_it(rules_only):
    text = "Chilean forces laid siege to the Peruvian town of Velmora on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"CHL", "PER"}


def test_troops_besieging_a_town_attack_its_country(rules_only):
    text = "Bolivian troops besieged the Paraguayan garrison town of Orvada on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"BOL", "PRY"}


def test_a_siege_imposed_on_a_city_is_an_attack(rules_only):
    text = "Paraguay imposed a siege on the Bolivian city of Corvale on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"PRY", "BOL"}


def test_troops_killing_another_sides_soldiers_attack_that_side(rules_only):
    text = "Chilean troops killed five Peruvian soldiers near the border on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"CHL", "PER"}


def test_fighters_killed_by_another_sides_troops_are_its_attack(rules_only):
    text = "Six Bolivian fighters were killed by Paraguayan troops on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"PRY", "BOL"}


def test_soldiers_killed_by_a_flood_are_no_attack(rules_only):
    text = "The flood killed five Peruvian soldiers near the border on Monday."
    assert _asserted(_events(rules_only, text), "ATTACK") == []


def test_a_plan_killed_by_a_vote_is_no_attack(rules_only):
    text = "Chile's senate killed the Peruvian pipeline plan on Monday."
    assert _asserted(_events(rules_only, text), "ATTACK") == []


def test_villages_held_by_a_side_name_it_as_the_target(rules_only):
    text = "Chilean jets bombed villages held by Peruvian forces near Velmora on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"CHL", "PER"}


def test_a_town_held_by_a_side_told_as_a_hyphened_adjective_names_it(rules_only):
    text = "Chilean jets struck the Peruvian-held town of Velmora on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"CHL", "PER"}


def test_a_made_in_adjective_names_no_target(rules_only):
    text = "Chilean jets struck German-made tanks near Velmora on Monday."
    assert _asserted(_events(rules_only, text), "ATTACK") == []


def test_a_reporters_its_on_villages_another_side_shelled_is_the_reporter(rules_only):
    text = "Peru said Chilean forces had shelled its border villages near Velmora on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert [a.country for a in attacks[0].actors] == ["CHL", "PER"]


def test_a_reporters_its_on_an_embassy_stormed_by_another_sides_police(rules_only):
    text = "Bolivia said its embassy in Orvada had been stormed by Paraguayan police on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert [a.country for a in attacks[0].actors] == ["PRY", "BOL"]


def test_a_reporters_citizens_detained_by_another_sides_police_are_the_reporters(rules_only):
    text = "Peru said Chilean police had detained two of its citizens in Velmora on Monday."
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert [a.country for a in arrests[0].actors] == ["CHL", "PER"]
