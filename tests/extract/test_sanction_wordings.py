"""The ordinary wordings of sanctions: embargoes renewed, tariffs raised, asset freezes,
assets frozen or seized, visas denied or revoked, entry barred. Sentences written for these
tests (invented wording); real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles


@pytest.mark.parametrize("text", [
    "Chile renewed its arms embargo on Peru on Monday.",
    "Chile raised tariffs on Peruvian goods on Monday.",
    "Chile imposed an asset freeze on Peru's central bank on Monday.",
    "Chile froze the assets of three Peruvian ministers on Monday.",
    "Chile seized the assets of Peruvian tycoons on Monday.",
    "Chile denied visas to five Peruvian officials on Monday.",
    "Chile revoked the visas of five Peruvian diplomats on Monday.",
    "Chile barred Peru's foreign minister from entering the country on Monday.",
])
def test_a_measure_aimed_at_a_party_is_a_sanction_of_it(rules_only, text):
    sanctions = _asserted(_events(rules_only, text), "SANCTION")
    assert len(sanctions) == 1
    assert _roles(sanctions[0]) == {"CHL": "source", "PER": "target"}


def test_a_revoked_licence_is_no_sanction(rules_only):
    events = _events(rules_only, "Chile revoked the licence of a Peruvian airline on Monday.")
    assert _asserted(events, "SANCTION") == []
