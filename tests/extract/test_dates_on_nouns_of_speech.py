"""A day told before a noun ("the July 14 attacks", "Monday's strikes", "last year's
crackdown") is the time of what that noun names. An accusation or a demand about it was
not made that day: "X condemned Monday's strikes" dates the strikes, not the condemnation.
A day told before the noun of the act's setting still dates the act ("said at Monday's
briefing", "met on the sidelines of Monday's summit"). The reverse: the day told on the
document an act was told in ("In a statement issued on Tuesday, X condemned ...", "in an
interview published Tuesday") is the act's own day. Invented people; real countries only
because the gazetteer knows them. Published on Friday 2025-03-14 (``helpers.PUBLISHED``)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _dated(extractor, text: str, type_name: str, countries: set[str]) -> list[str | None]:
    return [e.date.value for e in _asserted(_events(extractor, text), type_name)
            if countries <= {a.country for a in e.actors}]


@pytest.mark.parametrize("sentence, type_name, noun_day", [
    ("Chile protested the May 3 and May 4 mortar strikes on the hill village of Arcenal and "
     "urged Peru to restrain its gunners.", "DEMAND", "2024-05-04"),
    ("Chile accused Peru of the January 5 attack on its embassy.", "ACCUSE", "2025-01-05"),
    ("Chile condemned Peru over Monday's strikes on its border posts.", "ACCUSE", "2025-03-10"),
])
def test_the_day_of_what_an_act_of_speech_is_about_is_not_its_own(rules_only, sentence, type_name,
                                                                    noun_day):
    dates = _dated(rules_only, sentence, type_name, {"CHL", "PER"})
    assert dates, "the act is made"
    assert noun_day not in dates


@pytest.mark.parametrize("sentence, type_name", [
    ("Chile's foreign minister Ana Vilma said at Monday's briefing that Peru must withdraw its "
     "troops.", "DEMAND"),
    ("Chile and Peru met on the sidelines of Monday's summit.", "MEET"),
])
def test_the_day_of_the_act_s_setting_still_dates_it(rules_only, sentence, type_name):
    assert _dated(rules_only, sentence, type_name, {"CHL", "PER"}) == ["2025-03-10"]


@pytest.mark.parametrize("sentence, type_name, day", [
    ("In a statement issued on Tuesday, Chile condemned Peru's seizure of the vessel.",
     "ACCUSE", "2025-03-11"),
    ("Chile and Argentina, in a joint declaration issued on Wednesday, condemned Peru's "
     "seizure of the vessel.", "ACCUSE", "2025-03-12"),
    ("Peru must release the vessel's crew, Chilean Foreign Minister Ana Vilma said in an "
     "interview aired Tuesday by the radio station Onda Tamberia.", "DEMAND", "2025-03-11"),
])
def test_the_day_of_the_document_an_act_is_told_in_is_its_own(rules_only, sentence, type_name, day):
    text = ("Chile and Peru quarrel over a fishing vessel\n\n"
            "Peruvian coast guards seized a Chilean fishing vessel on March 2.\n\n" + sentence + "\n")
    assert _dated(rules_only, text, type_name, {"CHL", "PER"}) == [day]
