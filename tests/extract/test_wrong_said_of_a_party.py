"""A report whose clause says another party did a wrong to the speaker's side ("X said Y had
interfered in its election", "had meddled in", "had sabotaged", "had breached") states a
position, as "had violated" does: the report is the speaker's ACCUSE of that party
(``position.evaluative`` of schema/reporting_verbs.yaml makes the report a position, the
ACCUSE ``content_acts`` words make it the act). Invented sentences."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

ACCUSED = [
    ("Mongolia said that Senegal had interfered in its election.", {"MNG", "SEN"}),
    ("Uruguay said Paraguay interfered in its election.", {"URY", "PRY"}),
    ("Iceland said Chile was interfering in its internal affairs.", {"ISL", "CHL"}),
    ("Nepal said Peru had meddled in its election.", {"NPL", "PER"}),
    ("Estonia's foreign ministry said that Bolivia had interfered in the vote.", {"EST", "BOL"}),
    ("Chile said Iceland had sabotaged its undersea cable.", {"CHL", "ISL"}),
    ("Nepal's prime minister said Peru had breached the agreement.", {"NPL", "PER"}),
]


@pytest.mark.parametrize(("sentence", "countries"), ACCUSED, ids=[c[0][:40] for c in ACCUSED])
def test_a_wrong_said_of_another_party_is_an_accusation(rules_only, sentence, countries):
    accusations = _asserted(_events(rules_only, sentence), "ACCUSE")
    assert any({a.country for a in e.actors} == countries for e in accusations), \
        [(e.type, [a.country for a in e.actors]) for e in accusations]


def test_a_wrong_denied_is_no_accusation(rules_only):
    events = _events(rules_only, "Mongolia denied that Senegal had interfered in its election.")
    assert not _asserted(events, "ACCUSE")
