"""State bodies named without their country take the story's (``context_bodies`` of
mentions.yaml, :mod:`graphkit.extract.bodies`)."""

from __future__ import annotations


def _bodies(extractor, text: str) -> dict[str, str | None]:
    """Each organisation mention of ``text`` (without its article): its actor's country."""
    doc = extractor.nlp(text)
    found = extractor.actors.mentions(doc, None)
    return {doc[m.start:m.end].text.removeprefix("The ").removeprefix("the "): m.actors[0].country
            for m in found.mentions if m.actors and m.actors[0].kind == "organisation"}


def test_an_unowned_ministry_takes_the_country_the_story_named_most_before_it(extractor):
    text = "Peru closed its border. Peru and Chile talked. The Foreign Ministry said talks went on."
    assert _bodies(extractor, text)["Foreign Ministry"] == "PER"


def test_an_unowned_ministry_takes_the_official_s_country_when_no_country_came_before(extractor):
    text = ("Chilean Foreign Minister Tomas Quenaya spoke on Monday. "
            "The Interior Ministry said it had detained two men near Peru.")
    assert _bodies(extractor, text)["Interior Ministry"] == "CHL"


def test_an_unowned_ministry_first_in_the_story_takes_its_most_named_country(extractor):
    text = "The Defence Ministry said drills went on. Chile and Peru talked. Peru then left."
    assert _bodies(extractor, text)["Defence Ministry"] == "PER"


def test_a_ministry_after_its_country_s_name_is_one_mention_of_that_country(extractor):
    text = "Chile closed its border on Monday. South Korea's Foreign Ministry said it regretted it."
    assert _bodies(extractor, text) == {"South Korea's Foreign Ministry": "KOR"}


def test_an_owned_ministry_keeps_its_owner(extractor):
    text = "Chile closed its border on Monday. Peru's Foreign Ministry said it regretted it."
    assert set(_bodies(extractor, text).values()) == {"PER"}


def test_a_lower_case_ministry_of_no_written_country_stays_no_mention(extractor):
    text = "Chile closed its border on Monday. The foreign ministry said it had expelled an envoy."
    assert "foreign ministry" not in _bodies(extractor, text)
