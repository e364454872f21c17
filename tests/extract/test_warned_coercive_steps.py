"""A warning of a coercive step named by a noun of restriction, curb, counteraction or tariff,
told as what the warner would or could do, is a threat against the party it names. Invented
people; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_warning_that_it_could_tighten_restrictions_on_a_party_is_a_threat(rules_only):
    text = "Peru warned on Tuesday it could tighten its restrictions on Chilean fruit imports."
    threats = _asserted(_events(rules_only, text), "THREATEN")
    assert len(threats) == 1
    assert _countries(threats[0]) == {"PER", "CHL"}


def test_a_warning_that_it_could_take_counteractions_over_a_partys_deed_is_a_threat(rules_only):
    text = ("Bolivia's foreign ministry warned on Friday that it could take counteractions over "
            "Paraguay's new dam at Puerto Velasco.")
    threats = _asserted(_events(rules_only, text), "THREATEN")
    assert len(threats) == 1
    assert _countries(threats[0]) == {"BOL", "PRY"}


def test_a_warning_that_it_may_raise_tariffs_on_a_party_is_a_threat(rules_only):
    text = "Trade minister Ilse Varga warned that Austria may raise tariffs on Hungarian steel."
    threats = _asserted(_events(rules_only, text), "THREATEN")
    assert len(threats) == 1
    assert _countries(threats[0]) == {"AUT", "HUN"}


def test_a_warning_that_a_partys_curbs_had_hurt_trade_is_no_threat(rules_only):
    text = "Peru warned that Chile's curbs on shipments had hurt farmers in the south."
    assert _asserted(_events(rules_only, text), "THREATEN") == []
