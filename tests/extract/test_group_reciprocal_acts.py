"""A material act both sides did, told by a group reference with no other target ("both
sides expelled envoys"), is each side's act on the other; words of both sides ("both
countries denounced the raid") accuse neither. Invented people; real countries only
because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events

CONTACT = "Chilean President Tomas Varga met Peruvian President Ana Ruel in Lima on Monday. "


def test_both_sides_expelling_envoys_expel_each_others(rules_only):
    text = CONTACT + "Both sides expelled envoys in 2021."
    expulsions = _asserted(_events(rules_only, text), "EXPEL")
    assert len(expulsions) == 1
    assert _countries(expulsions[0]) == {"CHL", "PER"}


def test_both_countries_denouncing_a_raid_accuse_neither(rules_only):
    text = CONTACT + "Both countries denounced the raid on Bolivia."
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert all(_countries(a) != {"CHL", "PER"} for a in accusations)
