"""An act of a ``story_target`` type (a threat, aid) that the learned detector adds to a
sentence naming its source alone ("X's spokeswoman said Lima would respond") seeks its
target in the story after the review, as a trigger's act does: the other side of an
earlier event of the story that joined the two. With no such event, none is made (too few
parties, as before). A detector that adds a threat to every sentence stands in for the
trained one; invented people, real countries."""

from __future__ import annotations

import pytest
from extract.helpers import _adding, _asserted, _events

from graphkit.extract import Extractor

JOINED = ("Chile expelled two Peruvian diplomats on Monday. "
          "Peruvian spokeswoman Ana Velarde said on Tuesday that Lima would not stay silent.")
ALONE = "Peruvian spokeswoman Ana Velarde said on Tuesday that Lima would not stay silent."



@pytest.fixture(scope="module")
def threatening(rules_only: Extractor) -> Extractor:
    return Extractor(nlp=rules_only.nlp, detector=_adding("THREATEN"))


@pytest.mark.parametrize("text", [
    pytest.param(JOINED, id="a spokeswoman's words after the other side's expulsion"),
    pytest.param(JOINED.replace("expelled two Peruvian diplomats", "seized a Peruvian fishing boat"),
                 id="after a seizure"),
])
def test_a_detector_threat_told_with_its_source_alone_aims_at_the_story_counterpart(
        threatening: Extractor, text: str) -> None:
    threats = [e for e in _asserted(_events(threatening, text), "THREATEN") if "Tuesday" in e.evidence]
    assert [(p.actor.country, p.role) for e in threats for p in e.participants] == [
        ("PER", "source"), ("CHL", "target")]


def test_a_detector_threat_with_no_story_counterpart_is_not_made(threatening: Extractor) -> None:
    assert _asserted(_events(threatening, ALONE), "THREATEN") == []
