"""Thanks for a courtesy of the contact itself ("thanked X for his hospitality", "expressed
gratitude for the invitation", "thanked Y for hosting the summit", "thanked X for the
greetings") are the visit's
politeness, no STATEMENT; thanks for an act ("thanked X for the aid") still are one
(``position.courtesy_thanks`` of reporting_verbs.yaml; sentences written for these tests)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("sentence", [
    "Chilean President Tomas Ardila thanked Peruvian President Rufo Mendaz for his warm hospitality.",
    "Chilean President Tomas Ardila expressed gratitude to Peru for the invitation.",
    "Chilean President Tomas Ardila thanked King Harald of Norway for hosting the summit.",
    "Chilean President Tomas Ardila expressed his appreciation for the opportunity to meet and "
    "discuss trade.",
    # thanks for a courtesy message
    "Chilean President Tomas Ardila expressed gratitude for the greetings.",
    "Chilean President Tomas Ardila thanked Peruvian President Rufo Mendaz for the birthday wishes.",
    "Chilean President Tomas Ardila expressed his gratitude for the congratulations.",
])
def test_thanks_for_a_courtesy_make_no_statement(extractor, sentence):
    assert not _asserted(_events(extractor, sentence), "STATEMENT")


@pytest.mark.parametrize("sentence", [
    "Chilean President Tomas Ardila thanked Japan for the aid it sent after the flood.",
    "Chilean President Tomas Ardila thanked Peru for its support of the border treaty.",
])
def test_thanks_for_an_act_are_a_statement(extractor, sentence):
    assert _asserted(_events(extractor, sentence), "STATEMENT")
