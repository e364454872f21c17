"""Custody, convictions and sentences told with no holder and no place: done by the
state of the person held (``own_state_source`` of event_types.yaml). Sentences written
for these tests (invented people; real countries only because the gazetteer knows them)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def _roles(event) -> dict[str, tuple[str, str | None]]:
    return {p.actor.name: (p.role, p.actor.country) for p in event.participants}


def test_a_sentence_with_no_holder_nor_place_is_the_persons_own_state(rules_only):
    text = ("The Chilean opposition leader Tomas Quirell was sentenced in absentia to ten "
            "years in prison last year.")
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert _roles(arrests[0]) == {"Chile": ("source", "CHL"), "Tomas Quirell": ("target", "CHL")}


def test_a_sentence_of_a_person_of_no_known_country_names_no_holder(rules_only):
    text = "Tomas Quirell was sentenced in absentia to ten years in prison last year."
    assert _asserted(_events(rules_only, text), "ARREST") == []


def test_a_passive_joined_to_a_relative_clause_acts_on_its_antecedent(rules_only):
    text = ("The Chilean businessman Tomas Quirell fled the country in 2021. Quirell, who "
            "lives abroad and was arrested in Peru last year, denies wrongdoing.")
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert _roles(arrests[0]) == {"Peru": ("source", "PER"), "Tomas Quirell": ("target", "CHL")}


def test_a_conviction_for_bribery_is_an_arrest(rules_only):
    text = "The former Chilean minister Ilsa Varno was convicted of bribery in 2015."
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert _roles(arrests[0])["Ilsa Varno"] == ("target", "CHL")


def test_a_conviction_of_a_charge_naming_a_firm_holds_no_firm(rules_only):
    text = ("The Chilean engineer Ilsa Varno was convicted in 2019 in Santiago of taking money "
            "from a Peruvian firm for espionage.")
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert _roles(arrests[0]) == {"Chile": ("source", "CHL"), "Ilsa Varno": ("target", "CHL")}

