"""The detector's additions on a noun of the type the rules' patterns passed over: an act
told by name in background narrative ("after a round of talks between X and Y", "decided
on a package of sanctions against X") is the detector's to read, as news tells many acts
by their noun. A verb of the type the rules refused stays a look-alike ("spoke about X",
"called X a liar": tests/extract/test_contacts_of_no_medium.py and
test_battery_contacts36.py). Real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize(("text", "kind", "sides"), [
    ("The new fighting came after a second round of peace talks between Armenia and Azerbaijan, "
     "held in Vienna earlier this month.", "MEET", {"ARM", "AZE"}),
    ("The talks in Doha marked the first attempt by Sudan and Chad to settle the border dispute.",
     "MEET", {"SDN", "TCD"}),
    ("Note that on March 3, the European Union decided on a further package of sanctions "
     "against Myanmar.", "SANCTION", {"EU", "MMR"}),
    ("The African Union decided on another round of sanctions against Mali in January.",
     "SANCTION", {"AU", "MLI"}),
])
def test_an_act_told_by_its_noun_is_the_detectors_to_add(extractor, text, kind, sides):
    events = _asserted(_events(extractor, text), kind)
    assert len(events) == 1
    assert _countries(events[0]) == sides
