"""A party added to or placed on a list of sanctions, export controls or a blacklist is
sanctioned by who listed it. Sentences written for these tests (invented companies and
people)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles


@pytest.mark.parametrize("text", [
    "Chile added 30 Peruvian companies to its export control list on Monday.",
    "Chile placed 12 Peruvian officials on its sanctions list on Monday.",
    "Chile put the Peruvian trading house Norvalle Group on a trade blacklist on Monday.",
])
def test_a_party_listed_for_sanctions_is_sanctioned(rules_only, text):
    sanctions = _asserted(_events(rules_only, text), "SANCTION")
    assert len(sanctions) == 1
    assert _roles(sanctions[0])["CHL"] == "source" and _roles(sanctions[0])["PER"] == "target"


def test_a_list_of_no_sanction_is_no_sanction(rules_only):
    events = _events(rules_only, "Chile added 30 Peruvian companies to its list of approved "
                                 "suppliers on Monday.")
    assert not _asserted(events, "SANCTION")
