"""When a later directed act of the same source tells the earlier one again: an act aimed at
a person the earlier one did not aim at is a new act, one aimed again at the same person is
not. Sentences written for these tests (invented people)."""

from __future__ import annotations

from extract.helpers import _asserted, _events

from graphkit.extract import Extractor


def _targets(extractor: Extractor, text: str) -> list[set[str]]:
    return [{p.actor.name for p in e.participants if p.role == "target"}
            for e in _asserted(_events(extractor, text), "ACCUSE")]


def test_an_accusation_of_a_person_newly_aimed_at_is_a_second_accusation(rules_only):
    later = " Kiprono accused {} of hiding the closure from the regional bloc."
    assert _targets(rules_only, "Kenyan President Amos Kiprono accused Uganda of closing the Busia "
                                "crossing on Monday." + later.format("Ugandan President Joseph Okello")
                    ) == [{"Uganda"}, {"Joseph Okello"}]
    # the same person accused again: the first accusation told again
    assert _targets(rules_only, "Kenyan President Amos Kiprono accused Ugandan President Joseph Okello "
                                "of closing the Busia crossing on Monday." + later.format("Okello")
                    ) == [{"Joseph Okello"}]
