"""A capitalised modal inside a person's name ("Can", "May", "Will" as first names) is part
of the name, not an auxiliary of the verb: the act is asserted, and the name is one party
with its title's country (graphkit.extract.nlp, ``name_modals``)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

# (sentence, type, countries of the parties in order)
NAMED: list[tuple[str, str, tuple[str, ...]]] = [
    ('Talks between Greek Foreign Minister Nikos Vlachakis and Turkish Foreign Minister Can '
     'Yilmaz were held in Athens on Monday.', 'MEET', ('GRC', 'TUR')),
    ('Turkish Foreign Minister Can Yilmaz met Greek Foreign Minister Nikos Vlachakis in Athens '
     'on Monday.', 'MEET', ('TUR', 'GRC')),
    ('Turkish Foreign Minister Can Yilmaz accused Greece of provocations on Monday.',
     'ACCUSE', ('TUR', 'GRC')),
    ('Turkish Interior Minister Can Ozturk accused Greece of harbouring militants.',
     'ACCUSE', ('TUR', 'GRC')),
    ('Turkish Foreign Minister Can Yilmaz called Greek Foreign Minister Nikos Vlachakis on '
     'Monday.', 'CALL', ('TUR', 'GRC')),
]


@pytest.mark.parametrize(("sentence", "type_", "countries"), NAMED)
def test_a_modal_word_inside_a_name_leaves_the_act_asserted(rules_only, sentence, type_, countries):
    found = _asserted(_events(rules_only, sentence), type_)
    assert [tuple(a.country for a in e.actors) for e in found] == [countries]


@pytest.mark.parametrize("sentence", [
    'Turkey can attack Syria.',
    'Greece said Turkey may attack Cyprus.',
])
def test_a_lower_case_modal_still_makes_the_act_possible(rules_only, sentence):
    assert not _asserted(_events(rules_only, sentence), 'ATTACK')
