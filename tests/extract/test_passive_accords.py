"""An accord told in the passive with no side named ("an agreement was reached",
"agreements were signed"), just after a meeting or in a story of one contact, is an accord
of that contact's sides
(``contact_passive_verbs`` of AGREE). Invented people; real countries only because the
gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events

CONTACT = "Chilean President Tomas Varga met Peruvian President Ana Ruel in Lima on Monday. "


def test_an_agreement_reached_in_the_passive_is_the_meetings_sides(rules_only):
    text = CONTACT + "An agreement on fishing quotas was reached during the talks."
    accords = _asserted(_events(rules_only, text), "AGREE")
    assert len(accords) == 1
    assert _countries(accords[0]) == {"CHL", "PER"}


def test_agreements_signed_in_the_passive_are_the_meetings_sides(rules_only):
    text = CONTACT + "Several agreements on trade and energy were signed."
    accords = _asserted(_events(rules_only, text), "AGREE")
    assert len(accords) == 1
    assert _countries(accords[0]) == {"CHL", "PER"}


def test_a_passive_agreement_later_in_a_story_of_one_contact_is_its_sides(rules_only):
    text = (CONTACT + "The two presidents discussed the state of the fishing fleets. Ports and "
            "railways were also on the agenda. Customs rules were reviewed in detail. An agreement "
            "on a joint customs office was reached.")
    accords = _asserted(_events(rules_only, text), "AGREE")
    assert len(accords) == 1
    assert _countries(accords[0]) == {"CHL", "PER"}


def test_a_passive_agreement_with_no_contact_told_makes_no_accord(rules_only):
    text = "An agreement on fishing quotas was reached on Monday, a ministry said."
    assert _asserted(_events(rules_only, text), "AGREE") == []
