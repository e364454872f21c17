"""When a later contact of the same countries is the one already told, and when it is
another: one behaviour each, on sentences written for these tests (invented people)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_a_contact_of_the_same_countries_by_other_people_is_another_contact(extractor):
    events = _events(extractor, "Kenyan President Amos Kiprono met Ugandan President Joseph "
                                "Okello in Nairobi on Monday. Kenyan Foreign Minister Grace "
                                "Wanjiru met Ugandan Foreign Minister Peter Mugisha on Monday.")
    meetings = _asserted(events, "MEET")
    assert {frozenset(a.name for a in m.actors) for m in meetings} == {
        frozenset({"Amos Kiprono", "Joseph Okello"}), frozenset({"Grace Wanjiru", "Peter Mugisha"})}


def test_a_contact_told_again_by_one_of_its_people_is_the_same_contact(extractor):
    events = _events(extractor, "Kenyan President Amos Kiprono met Ugandan President Joseph "
                                "Okello in Nairobi on Monday. Kiprono met Uganda's delegation "
                                "at the State House on Monday.")
    assert len(_asserted(events, "MEET")) == 1
