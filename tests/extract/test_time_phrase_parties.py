"""A party named only inside a phrase of time that tells another act ("since the invasion
of X", "following a call with X") takes no part in the event; a party named after the
phrase's comma still does, even when the parser hangs it on the phrase. Sentences written
for these tests (invented people)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_a_country_named_only_in_a_since_phrase_is_no_party(extractor):
    events = _events(extractor, "Since the invasion of Uruguay, Moldova, a small state, has "
                                "accused Bolivia of plotting a coup.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations
    # Moldova, after the phrase's comma (parsed into the phrase), stays the accuser
    assert {a.name for a in accusations[0].actors} == {"Moldova", "Bolivia"}


def test_the_other_side_of_a_call_told_in_a_following_phrase_is_no_party(extractor):
    events = _events(extractor, "Chilean President Elena Varga said on Monday that following "
                                "her call with US President Tom Brandt, the United States has "
                                "agreed to delay new tariffs.")
    agreements = _asserted(events, "AGREE")
    assert agreements
    assert {a.name for a in agreements[0].actors} == {"Elena Varga", "United States"}
