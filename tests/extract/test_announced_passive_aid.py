"""Aid announced in a passive that names no giver ("X announced that rifles would be given
to Y") is given by the announcer, and asserted: a pledge. Invented people; real
countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_rifles_a_minister_announced_would_be_delivered_to_a_party_are_aid(rules_only):
    text = ("Chile's defence minister Raul Ibarra announced on Monday that 400 rifles would be "
            "delivered to Peru.")
    aid = _asserted(_events(rules_only, text), "AID")
    assert len(aid) == 1
    assert _countries(aid[0]) == {"CHL", "PER"}


def test_vehicles_a_country_confirmed_would_be_sent_to_a_party_are_aid(rules_only):
    text = "Norway confirmed on Monday that 40 armoured vehicles would be sent to Estonia."
    aid = _asserted(_events(rules_only, text), "AID")
    assert len(aid) == 1
    assert _countries(aid[0]) == {"NOR", "EST"}


def test_aid_a_third_party_said_would_be_sent_names_no_giver(rules_only):
    text = "A United Nations spokesman said aid would be sent to Peru."
    assert _asserted(_events(rules_only, text), "AID") == []
