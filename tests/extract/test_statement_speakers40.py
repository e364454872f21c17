"""STATEMENT: who speaks for a body named again (statement40).

A body named again without its country ("the Defence Ministry said", "the Foreign Ministry said")
is the body of that kind the article named before with its country, whatever countries its
own sentence names (the side spoken of is not the side speaking). Sentences written for
these tests; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _events


def _speaker_countries(extractor, text: str) -> list[set[str | None]]:
    return [{p.actor.country for p in e.participants if p.role in ("speaker", "source")}
            for e in _events(extractor, text) if e.type in ("STATEMENT", "ACCUSE")
            and e.modality == "asserted"]


def test_a_body_named_again_is_the_one_named_before_with_its_country(extractor):
    countries = _speaker_countries(
        extractor, "Japan's Defence Ministry on Tuesday reported that six Chinese warships had "
                   "sailed past Yonaguni. \"The activity of the Chinese navy near our islands is a "
                   "grave concern,\" the Defence Ministry said.")
    assert countries and all(c == {"JPN"} for c in countries)


def test_a_ministry_named_again_speaks_for_its_own_side(extractor):
    countries = _speaker_countries(
        extractor, "China's foreign ministry on Monday summoned the Japanese ambassador over the "
                   "Japanese prime minister's remarks. Japan's remarks were \"a grave provocation,\" "
                   "the Foreign Ministry said.")
    assert {"CHN"} in countries and all("JPN" not in c for c in countries)
