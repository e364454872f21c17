"""State bodies named without their country take the story's (``context_bodies`` of
mentions.yaml, :mod:`graphkit.extract.bodies`)."""

from __future__ import annotations


def _bodies(extractor, text: str) -> dict[str, str | None]:
    """Each organisation mention of ``text``: its text and its actor's country."""
    doc = extractor.nlp(text)
    found = extractor.actors.mentions(doc, None)
    return {doc[m.start:m.end].text.removeprefix("The ").removeprefix("the "): m.actors[0].country for m in found.mentions
            if m.actors and m.actors[0].kind == "organisation"}


def test_an_unowned_ministry_takes_the_country_of_the_official_named_before_it(extractor):
    text = ("Peru and Peru's allies met on Monday. Chilean Foreign Minister Tomas Quenaya spoke. "
            "The Interior Ministry said it had detained two men.")
    assert _bodies(extractor, text)["Interior Ministry"] == "CHL"


def test_an_unowned_ministry_takes_the_most_named_country_when_no_official_came_before(extractor):
    text = "Peru closed its border. Peru and Chile talked. The Foreign Ministry said talks went on."
    assert _bodies(extractor, text)["Foreign Ministry"] == "PER"


def test_a_lower_case_ministry_takes_the_story_country_too(extractor):
    text = "Chile closed its border on Monday. The foreign ministry said it had expelled an envoy."
    assert _bodies(extractor, text)["foreign ministry"] == "CHL"


def test_a_lower_case_ministry_in_a_story_of_no_country_is_no_mention(extractor):
    assert "foreign ministry" not in _bodies(extractor, "The foreign ministry said it was calm.")


def test_an_owned_ministry_keeps_its_owner(extractor):
    text = "Chile closed its border on Monday. Peru's Foreign Ministry said it regretted it."
    assert "PER" in _bodies(extractor, text).values()
    assert "CHL" not in _bodies(extractor, text).values()


def test_a_ministry_after_a_country_adjective_is_one_mention_of_that_country(extractor):
    text = "Chile closed its border on Monday. The Saudi Arabian finance ministry said it would pay."
    assert _bodies(extractor, text)["Saudi Arabian finance ministry"] == "SAU"
