"""Penalties one state lays on another party are its sanctions ("Chile imposed penalties on
three Icelandic firms"), but in news "penalties" are more often fines: none laid by a court,
a judge, a tribunal, a regulator, a watchdog or a commission (as subject or by-agent of the
verb of imposing), nor told as a fine for a breach of rules (``unless_subjects`` and
``unless`` of SANCTION's ``penalty`` trigger in event_types.yaml). Sentences written for
these tests (real countries, invented firms and people)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("text", [
    "A Chilean appeals court imposed heavy penalties on the Icelandic trawler operator Brimfang.",
    "Chile's aviation regulator slapped the Icelandic carrier Norðurflug with penalties on Tuesday.",
    "Penalties were imposed on the Icelandic salmon exporter Laxvik by a Chilean tribunal.",
    "The Chilean consumer watchdog imposed penalties on Icelandic lender Hafbanki over hidden fees.",
    "Chile imposed penalties on Icelandic ferry firm Solborg for breaching fishing rules.",
    "Chile levied penalties on the Icelandic mining group Gryta, a fine of two million pesos.",
])
def test_penalties_laid_by_a_court_or_regulator_or_for_a_breach_are_no_sanction(extractor, text):
    assert not _asserted(_events(extractor, text), "SANCTION")


@pytest.mark.parametrize("text", [
    "Chile imposed penalties on three Icelandic fishing firms on Tuesday.",
    "Fresh penalties were imposed on Icelandic banks by Chile.",
])
def test_penalties_one_state_lays_on_another_remain_sanctions(extractor, text):
    sanctions = _asserted(_events(extractor, text), "SANCTION")
    assert {a.country for e in sanctions for a in e.actors} >= {"CHL", "ISL"}
