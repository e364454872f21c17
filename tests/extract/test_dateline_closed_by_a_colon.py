"""A wire dateline may close with a colon instead of a dash ("PLACE, March 12: ...",
"PLACE - 12 March 2025: ...", "PLACE [Region], March 12 (AGENCY): ..."): its date is the
day the story was filed, not the day of the act the sentence tells, and its place is no
party. Invented places and people; real countries only because the gazetteer knows them.
Published on Friday 2025-03-14 (``helpers.PUBLISHED``)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize("dateline", [
    "Korvala, March 13:",
    "Korvala – 13 March 2025:",
    "Korvala [Chile], March 13:",
    "Korvala, March 13 (KNA):",
])
def test_the_act_takes_its_own_day_not_the_datelines(rules_only, dateline):
    text = f"{dateline} Chile and Peru signed a trade deal on Tuesday."
    accords = _asserted(_events(rules_only, text), "AGREE")
    assert len(accords) == 1
    assert accords[0].date.value == "2025-03-11"


def test_an_explicit_day_after_a_colon_dateline_dates_the_call(rules_only):
    text = ("Korvala – 13 March 2025: Foreign Minister Aldo Venn of Chile held a call on "
            "March 10 with Peruvian Foreign Minister Remi Hollis.")
    calls = _asserted(_events(rules_only, text), "CALL")
    assert calls and all(c.date.value == "2025-03-10" for c in calls)


def test_the_place_of_a_colon_dateline_is_no_party(rules_only):
    text = "Riyadh, March 13 (KNA): Chile and Peru signed a trade deal on Tuesday."
    accords = _asserted(_events(rules_only, text), "AGREE")
    assert len(accords) == 1
    assert _countries(accords[0]) == {"CHL", "PER"}

