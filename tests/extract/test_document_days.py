"""An act told by a document named again with a definite determiner ("the statement
accused X") took place on the day that document was named with before ("in a statement
published on Thursday evening"), not on the news day (invented people and towns)."""

from __future__ import annotations

from datetime import date

import pytest
from extract.helpers import _asserted, _events

FRIDAY = date(2025, 8, 15)

_STORY = ("Chile detained a Peruvian engineer, Tomas Brenn, near the border town of Valdomar, "
          "officials said. The Chilean defence ministry named Brenn among the detainees in a "
          "statement published on Thursday evening. Peru's embassy said on Friday that it was "
          "seeking consular access. {}")


@pytest.mark.parametrize("act", [
    "The statement accused Peru of sending Brenn to spy on the Chilean army.",
    "The ministry statement accused Peru of sending Brenn to spy on the Chilean army.",
])
def test_an_act_told_by_the_document_takes_its_day(extractor, act):
    accused = _asserted(_events(extractor, _STORY.format(act), FRIDAY), "ACCUSE")
    assert accused and accused[-1].date.value == "2025-08-14"
