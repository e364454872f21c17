"""A verb of naming says what a party's act is in an "as" phrase ("branded X's dam as a
hostile act"). The parser often hangs that "as" on the object noun rather than on the
verb; the words it names are read the same wherever it hangs. Look-alike: a neutral or
friendly naming ("described the dam as a useful step") accuses nobody. Invented people and
wording; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles


@pytest.mark.parametrize("text", [
    # the parser hangs these "as" phrases on "dam"
    "Uruguay's river commissioner branded Paraguay's new dam as a hostile act.",
    "Uruguay's river commissioner described Paraguay's new dam as a dangerous provocation.",
    "Uruguay's river commissioner described Paraguay's new dam as an act of aggression.",
    # and this one on the verb
    "Uruguay's trade envoy labelled Paraguay's grain levy as a hostile act.",
])
def test_an_act_named_in_an_as_phrase_on_the_object_accuses_its_doer(rules_only, text):
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert len(accusations) == 1
    assert _roles(accusations[0]) == {"URY": "source", "PRY": "target"}


@pytest.mark.parametrize("text", [
    "Uruguay's river commissioner described Paraguay's new dam as a useful step.",
    "Uruguay's river commissioner branded Paraguay's new dam as a friendly gesture.",
])
def test_a_neutral_naming_on_the_object_accuses_nobody(rules_only, text):
    assert _asserted(_events(rules_only, text), "ACCUSE") == []
