"""Aid told with its giver alone goes to the country the story tells struck or in need,
though no earlier event joined the two (``story_target_unjoined``). Sentences written for
these tests; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _events, _roles


def test_aid_after_a_disaster_goes_to_the_country_it_struck(extractor):
    text = ("A powerful earthquake struck southern Turkey on Sunday, destroying thousands of "
            "buildings.\n\nJapan sent emergency aid on Monday.")
    aid = _asserted(_events(extractor, text), "AID")
    assert [_roles(e) for e in aid] == [{"JPN": "source", "TUR": "target"}]


def test_aid_in_a_story_of_no_other_country_goes_to_nobody(extractor):
    text = ("Heavy rain fell across the region on Sunday.\n\n"
            "Japan sent emergency aid on Monday.")
    assert _asserted(_events(extractor, text), "AID") == []
