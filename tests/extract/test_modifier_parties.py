"""A name joined by a hyphen to a participle ("the EU-backed process") describes the noun
it qualifies; it is a party only when that noun is the event's own word ("a NATO-led
strike"). Sentences written for these tests (invented people)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_a_hyphenated_backer_of_another_noun_is_no_party_of_a_statement(extractor):
    events = _events(extractor, "Kenyan President Amos Kiprono said on Monday that the "
                                "EU-backed process would be meaningless.")
    statements = _asserted(events, "STATEMENT")
    assert statements
    assert [a.name for a in statements[0].actors] == ["Amos Kiprono"]


def test_a_hyphenated_leader_of_the_event_word_itself_stays_a_party(extractor):
    events = _events(extractor, "A NATO-led strike hit a Serbian army depot on Monday.")
    attacks = _asserted(events, "ATTACK")
    assert attacks
    assert "NATO" in {a.name for a in attacks[0].actors}
