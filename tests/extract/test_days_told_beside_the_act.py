"""A day told beside an act rather than on its verb is still the act's own day:

- in a present participle opening the sentence ("Speaking to reporters on Wednesday, X
  accused Y ...", "Visiting the capital on Monday, X pledged ..."): the setting of the act,
  at its time; not through the noun of another act ("Citing the raid on Monday, ...");
- on the document an act of speech was told in, wherever the parser hangs it ("X urged Y
  to withdraw the decree in a statement on Wednesday", "..., in a statement published
  Wednesday", "accused Y of stoking the crisis in an interview on Wednesday", "according
  to a statement released on Wednesday").

The story's lead names another time ("this week", a day of its own), so an act missing
its day would take the lead's. Invented people; real countries only because the gazetteer
knows them. Published on Friday 2025-03-14 (``helpers.PUBLISHED``)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

LEADS = [
    "Tensions rose between the neighbours this week after the border dispute flared.",
    "Tensions rose between the neighbours after the border dispute flared on Thursday.",
]


def _days(extractor, sentence: str, type_name: str, lead: str) -> list[str | None]:
    text = "Border quarrel deepens\n\n" + lead + "\n\n" + sentence + "\n"
    return [e.date.value for e in _asserted(_events(extractor, text), type_name)]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("sentence, type_name, day", [
    ("Speaking in a radio interview on Wednesday night, Norwegian Foreign Minister "
     "Halvard Strand accused Russia of stoking the crisis.", "ACCUSE", "2025-03-12"),
    ("Speaking to reporters on Tuesday, Chilean President Tomas Varga called on Peru to "
     "release the fishermen.", "DEMAND", "2025-03-11"),
    ("Sharing a post on social media on Wednesday, Malian leader Oumar Keita condemned "
     "France over the raid.", "ACCUSE", "2025-03-12"),
])
def test_a_day_in_a_participle_opening_the_sentence_dates_the_act(rules_only, sentence, type_name,
                                                                  day, lead):
    assert _days(rules_only, sentence, type_name, lead) == [day]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("sentence, type_name", [
    ("Norway's foreign ministry called on Sweden to withdraw the decree in a statement on "
     "Wednesday.", "DEMAND"),
    ("Norway's foreign ministry has now called on Sweden to withdraw the decree, in a statement "
     "published Wednesday.", "DEMAND"),
    ("Norwegian Foreign Minister Halvard Strand accused Russia of stoking the crisis in an "
     "interview on Wednesday.", "ACCUSE"),
    ("Chile condemned Peru's decision to close the border, according to a statement released "
     "on Wednesday.", "ACCUSE"),
])
def test_the_day_of_the_document_an_act_is_told_in_dates_it_wherever_it_hangs(rules_only, sentence,
                                                                             type_name, lead):
    assert _days(rules_only, sentence, type_name, lead) == ["2025-03-12"]


@pytest.mark.parametrize("sentence", [
    "Speaking at a news conference on Monday, Chile's president accused Peru of lying.",
    "Visiting the border post of Arcenal on Monday, Chile's president accused Peru of lying.",
])
def test_a_day_on_the_occasion_of_the_participle_dates_the_act(rules_only, sentence):
    assert _days(rules_only, sentence, "ACCUSE", LEADS[0]) == ["2025-03-10"]


@pytest.mark.parametrize("sentence", [
    "Citing the raid on Monday, Chile accused Peru of violating its airspace.",
    "Commenting on Peru's statement of Monday, Chile's president accused Peru of lying.",
    "Responding to a statement that Peru issued on Monday, Chile accused Peru of lying.",
    "After meeting Peru's president on Monday, Chile's president accused Peru of lying.",
])
def test_a_day_on_what_the_participle_answers_or_follows_is_not_the_act_s(rules_only, sentence):
    days = _days(rules_only, sentence, "ACCUSE", LEADS[0])
    assert days, "the accusation is made"
    assert "2025-03-10" not in days


@pytest.mark.parametrize("sentence, type_name", [
    ("Arriving on Monday, the Chilean president signed a border accord with Peru on Wednesday.",
     "AGREE"),
    ("Speaking on Monday, Chile's president accused Peru on Wednesday of lying.", "ACCUSE"),
])
def test_the_act_s_own_day_wins_over_the_participle_s(rules_only, sentence, type_name):
    assert _days(rules_only, sentence, type_name, LEADS[0]) == ["2025-03-12"]


@pytest.mark.parametrize("sentence, type_name", [
    ("Peru's troops shelled the Chilean border town of Arcenal, according to a statement "
     "from Chile's foreign ministry on Wednesday.", "ATTACK"),
    ("Peru expelled Chile's ambassador, according to a statement on Wednesday.", "EXPEL"),
])
def test_a_deed_a_statement_reports_keeps_its_own_time(rules_only, sentence, type_name):
    days = _days(rules_only, sentence, type_name, LEADS[0])
    assert days, "the deed is made"
    assert "2025-03-12" not in days


def test_a_document_in_a_clause_of_time_does_not_date_the_act(rules_only):
    sentence = ("Chile accused Peru of lying, days after appearing in a television interview "
                "aired on Monday.")
    days = _days(rules_only, sentence, "ACCUSE", LEADS[0])
    assert days, "the accusation is made"
    assert "2025-03-10" not in days
