"""A report whose content is an act found by its own trigger keeps that act's modality: the
blame words inside it ("sabotage", "meddling") do not make the report a second, asserted act
of the same type (graphkit.extract.speech). "Finland denied accusing Bolivia of sabotage" is
an accusation denied, as "denied accusing Bolivia of espionage" is."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _of_type


@pytest.mark.parametrize("sentence", [
    'Finland denied accusing Bolivia of sabotage.',
    'Sweden denied accusing Bolivia of sabotage on Monday.',
    'Norway denied blaming Bolivia for the sabotage.',
    'Lithuania denied that it had accused Belarus of sabotage.',
    'Estonia denied accusing La Paz of meddling.',
])
def test_an_accusation_denied_is_negated_whatever_its_charge(rules_only, sentence):
    events = _events(rules_only, sentence)
    assert not _asserted(events, 'ACCUSE')
    assert _of_type(events, 'ACCUSE', 'negated')


@pytest.mark.parametrize("sentence", [
    'Poland accused Bolivia of sabotage.',
    'Poland said Bolivia was responsible for the sabotage.',
])
def test_an_accusation_made_stays_asserted(rules_only, sentence):
    assert _asserted(_events(rules_only, sentence), 'ACCUSE')
