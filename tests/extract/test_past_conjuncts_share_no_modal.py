"""A verb in the simple past joined to a verb with a modal does not share that modal: "said
the curbs would hurt trade and accused X" tells the accusation. Invented people; real
countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_past_accusation_joined_to_a_would_clause_is_asserted(rules_only):
    text = ("Peru's president Ana Ruiz said on Thursday that the new curbs would hurt trade "
            "and accused Chile of bullying its neighbours.")
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _countries(accusations[0]) == {"PER", "CHL"}


def test_a_base_form_verb_joined_to_a_would_clause_stays_hypothetical(rules_only):
    text = ("Peru's president Ana Ruiz said that the new curbs would hurt trade and force Lima "
            "to condemn Chile.")
    assert _asserted(_events(rules_only, text), "ACCUSE") == []
