"""The day told on the document an act was told in ("in a statement issued on Monday",
"in a letter dated March 3") dates the act of telling, not an act the document reports:
"X said in a statement issued on Monday that Y shelled its posts on Sunday" is a shelling
of Sunday, and with no day of its own a reported act takes none from the statement. An act
of speech under the document's verb, and an act done by the verb the document hangs on
("in a letter dated March 3, ordered ..."), still take the document's day. A day before the noun
of the setting the act was told at ("at Monday's session") dates the act even where the
parser hangs the setting on the act's object. Invented sentences; real countries only
because the gazetteer knows them. Published on Friday 2025-03-14 (``helpers.PUBLISHED``)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _of_type


def _dates(extractor, text: str, type_name: str, modality: str = "asserted") -> list[str | None]:
    return [e.date.value for e in _of_type(_events(extractor, text), type_name, modality)]


@pytest.mark.parametrize("sentence, type_name, own_day", [
    ("Chile said in a statement issued on Monday that Peru shelled its border posts on "
     "Sunday.", "ATTACK", "2025-03-09"),
    ("In a statement issued on Thursday, Chile said Peru arrested three Chilean fishermen on "
     "Tuesday.", "ARREST", "2025-03-11"),
    ("In a letter dated March 3, Chile told the UN that Peru expelled its ambassador on "
     "February 28.", "EXPEL", "2025-02-28"),
    ("Bolivia said in a note issued on Wednesday that Peruvian police detained two Bolivian "
     "traders on Monday.", "ARREST", "2025-03-10"),
])
def test_a_reported_act_keeps_its_own_day(rules_only, sentence, type_name, own_day):
    assert _dates(rules_only, sentence, type_name) == [own_day]


@pytest.mark.parametrize("sentence, type_name, modality", [
    ("In a statement issued on Monday, Chile said Peruvian forces attacked its border posts.",
     "ATTACK", "asserted"),
    ("Chile claimed in a statement issued on Monday that Peruvian troops attacked Chilean "
     "border posts.", "ATTACK", "asserted"),
    ("Chile said in an interview published Tuesday that it would never attack Peru.",
     "ATTACK", "negated"),
])
def test_a_reported_act_without_a_day_takes_none_from_the_document(rules_only, sentence,
                                                                   type_name, modality):
    dates = _dates(rules_only, sentence, type_name, modality)
    assert dates, "the act is made"
    assert dates == [None]


@pytest.mark.parametrize("sentence, type_name, day", [
    ("Chile said in a statement issued on Monday that it condemned Peru's missile tests.",
     "ACCUSE", "2025-03-10"),
    ("Chile told the paper in an interview published Tuesday that Peru must withdraw its "
     "troops.", "DEMAND", "2025-03-11"),
    ("In a letter dated March 3, Chile accused Peru of violating its airspace.", "ACCUSE",
     "2025-03-03"),
    ("In a letter dated March 3, Chile ordered two Peruvian diplomats to leave, declaring them "
     "persona non grata.", "EXPEL", "2025-03-03"),
])
def test_an_act_told_in_a_document_takes_its_day(rules_only, sentence, type_name, day):
    assert _dates(rules_only, sentence, type_name) == [day]


@pytest.mark.parametrize("sentence, day", [
    ("Chile condemned Peru's attack at Monday's UN session.", "2025-03-10"),
    ("Chile denounced Peru's raid at Wednesday's OAS meeting.", "2025-03-12"),
])
def test_a_setting_hung_on_the_acts_object_dates_the_act(rules_only, sentence, day):
    found = [e for e in _asserted(_events(rules_only, sentence), "ACCUSE")
             if {a.country for a in e.actors} == {"CHL", "PER"}]
    assert [e.date.value for e in found] == [day]
