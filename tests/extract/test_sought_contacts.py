"""A contact someone is trying to bring about is not yet held (false51).

"Diplomats are trying to arrange a meeting between the two leaders", "X approached Y to
arrange talks", "attempted to hold talks": the meeting is sought, not told; the news read
codes none. A verb of arranging in the past tells the contact set up and held ("Qatar
arranged a meeting between X and Y on Monday"), and an attack tried is still an attack (the
reading is for contacts only). Invented people; real countries only because the gazetteer
knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _modalities


@pytest.mark.parametrize("text", [
    "Envoys from Norway and Chile are trying to arrange a meeting of the two heads of state for March.",
    "Chile has contacted Norway to arrange a meeting of its foreign minister with the Norwegian king.",
    "Chile and Norway attempted to hold talks in Doha.",
    "Officials in Santiago are trying to organise a meeting of Chilean and Norwegian ministers.",
])
def test_a_sought_contact_is_not_told_as_held(rules_only, text):
    modalities = _modalities(rules_only, text, "MEET")
    assert modalities and "asserted" not in modalities


@pytest.mark.parametrize("text", [
    "Qatar arranged a meeting between Chile and Norway in Doha on Monday.",
    "Chilean President Tomas Varel met Norwegian Prime Minister Erik Lunde in Oslo on Monday.",
    # the attempt governs a verb joined to the meeting, or one it is reported under
    "Chile tried to block the vote and met Norwegian Prime Minister Erik Lunde in Oslo on Monday.",
    "Officials are trying to find out why Chilean President Tomas Varel met Norwegian Prime "
    "Minister Erik Lunde in Oslo on Monday.",
])
def test_a_contact_arranged_or_held_is_told(rules_only, text):
    assert "asserted" in _modalities(rules_only, text, "MEET")


@pytest.mark.parametrize("text", [
    "Chilean forces tried to storm a Norwegian base near Lomvik on Monday.",
    "Chilean troops are trying to seize the Norwegian town of Lomvik.",
])
def test_an_attack_tried_is_still_an_attack(rules_only, text):
    assert _modalities(rules_only, text, "ATTACK") == {"asserted"}
