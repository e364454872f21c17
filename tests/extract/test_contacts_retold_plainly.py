"""A contact already told, told again in a source's plain words ("the two leaders
discussed trade, X said"): what was talked about passes the contact on and makes no
STATEMENT, whoever tells it; words of the teller that judge it still make one
(``party_retelling.contacts`` of reporting_verbs.yaml; sentences written for these tests)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

_CALL = ("Chilean President Tomas Ardila spoke by phone with Peruvian President Rufo Mendaz "
         "on Tuesday. ")


@pytest.mark.parametrize("retold", [
    "Ardila said the two leaders discussed trade, energy and the shared border.",
    "The two leaders discussed trade, energy and the shared border, Ardila said.",
    "Ardila said they also talked about the new rail link and the fishing season.",
    "The Chilean presidency said in a statement that the two presidents discussed the rail link.",
])
def test_a_contact_retold_plainly_makes_no_statement(extractor, retold):
    events = _events(extractor, _CALL + retold)
    assert _asserted(events, "CALL")
    assert not _asserted(events, "STATEMENT")


@pytest.mark.parametrize("judged", [
    "Ardila said the talks had been frank and that the border dispute was unacceptable.",
    "Ardila said the two leaders had discussed the rail link, which he called essential.",
    "\"We discussed the rail link and we agreed it must be finished,\" Ardila said.",
])
def test_a_retold_contact_with_the_tellers_judgement_is_a_statement(extractor, judged):
    events = _events(extractor, _CALL + judged)
    assert _asserted(events, "STATEMENT")
