"""Any verb that names diplomats persona non grata, or takes away their accreditation or
diplomatic status (of a phrase, a possessive, a "stripped X of"), expels them; an
accreditation or a status of no diplomat taken away is no expulsion. Sentences written
for these tests (real countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize("text", [
    "Chad branded two Sudanese envoys persona non grata on Monday.",
    "Chad labelled the Sudanese consul persona non grata on Monday.",
    "Chad deemed two Sudanese diplomats personae non gratae on Monday.",
    "Chad named two Sudanese diplomats persona non grata on Monday.",
    "Chad pronounced the Sudanese attache persona non grata on Monday.",
    "Chad revoked the accreditation of two Sudanese diplomats on Monday.",
    "Chad withdrew the Sudanese consul's accreditation on Monday.",
    "Chad stripped two Sudanese diplomats of their diplomatic status on Monday.",
])
def test_diplomats_named_unwelcome_or_unaccredited_are_expelled(rules_only, text):
    expel = _asserted(_events(rules_only, text), "EXPEL")
    assert expel and {"TCD", "SDN"} <= _countries(expel[0])


@pytest.mark.parametrize("text", [
    "Chad revoked the accreditation of two Sudanese journalists on Monday.",
    "Chad revoked the special status of the border province on Monday.",
])
def test_an_accreditation_or_status_of_no_diplomat_taken_away_is_no_expulsion(rules_only, text):
    assert not _asserted(_events(rules_only, text), "EXPEL")
