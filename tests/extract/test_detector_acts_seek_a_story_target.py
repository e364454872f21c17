"""An act of a ``story_target`` type (a threat, aid) that the learned detector adds to a
sentence naming its source alone ("X's spokeswoman said Lima would respond") seeks its
target in the story after the review, as a trigger's act does: the other side of an
earlier event of the story that joined the two. With no such event, none is made (too few
parties, as before). A detector that adds a threat to every sentence stands in for the
trained one; invented people, real countries."""

from __future__ import annotations

import numpy as np
import pytest
from extract.helpers import _asserted, _events

from graphkit.extract import Extractor
from graphkit.extract.learned import EventDetector
from graphkit.training_labels import TYPES

JOINED = ("Chile expelled two Peruvian diplomats on Monday. "
          "Peruvian spokeswoman Ana Velarde said on Tuesday that Lima would not stay silent.")
ALONE = "Peruvian spokeswoman Ana Velarde said on Tuesday that Lima would not stay silent."


def _adding(type_name: str) -> EventDetector:
    """A detector that adds ``type_name`` to every sentence and vetoes nothing."""
    bias = np.full(len(TYPES), -6.0)
    bias[list(TYPES).index(type_name)] = 6.0
    return EventDetector(TYPES, [], np.zeros((len(TYPES), 0), dtype=np.float32), bias,
                         dict.fromkeys(TYPES, 0.5), dict.fromkeys(TYPES, 0.0))


@pytest.fixture(scope="module")
def threatening(rules_only: Extractor) -> Extractor:
    return Extractor(nlp=rules_only.nlp, detector=_adding("THREATEN"))


@pytest.mark.parametrize("text", [
    pytest.param(JOINED, id="a spokeswoman's words after the other side's expulsion"),
    pytest.param(JOINED.replace("expelled two Peruvian diplomats", "seized a Peruvian fishing boat"),
                 id="after a seizure"),
])
def test_a_detector_threat_told_with_its_source_alone_aims_at_the_story_counterpart(threatening, text):  # type: ignore[no-untyped-def]
    threats = [e for e in _asserted(_events(threatening, text), "THREATEN") if "Tuesday" in e.evidence]
    assert [(p.actor.country, p.role) for e in threats for p in e.participants] == [
        ("PER", "source"), ("CHL", "target")]


def test_a_detector_threat_with_no_story_counterpart_is_not_made(threatening):  # type: ignore[no-untyped-def]
    assert _asserted(_events(threatening, ALONE), "THREATEN") == []
