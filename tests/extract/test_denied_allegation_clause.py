"""An allegation that a party dismisses, rejects or denies ("X dismissed the allegation that
Y had attacked Z's ships") tells its act only as alleged, and the one who denies it accuses
nobody of it: the denial answers the allegation (graphkit.extract.trigger_events
`_denied_content`: a noun of event_types.yaml `content_clause_nouns` with its "that" clause,
the object of one of mentions.yaml `answering_verbs`). Neither the noun's own reading
(ACCUSE on "allegation") nor the rejection's counter reading takes its parties from the
clause. Invented sentences; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles

DENIED = [
    "Uruguay dismissed the allegation that Paraguay had attacked Argentine ships.",
    "Uruguay rejected the claim that Paraguay had expelled Argentine diplomats.",
    "Uruguay denied the accusation that Paraguay had shelled Argentine border posts.",
]


@pytest.mark.parametrize("sentence", DENIED, ids=[s[:40] for s in DENIED])
def test_a_denied_allegation_makes_the_denier_accuse_nobody(rules_only, sentence):
    events = _events(rules_only, sentence)
    assert not [e for e in events if e.type == "ACCUSE" and "URY" in _roles(e)]
    assert not [e for e in events if e.type in ("ATTACK", "EXPEL") and e.modality == "asserted"]


def test_a_denied_allegation_accuses_nobody_with_the_shipped_detector(extractor):
    events = _events(extractor, "Uruguay dismissed the allegation that Paraguay had attacked "
                                "Argentine ships.")
    assert not [e for e in events if e.type == "ACCUSE" and "URY" in _roles(e)]


@pytest.mark.parametrize(("sentence", "type_", "roles", "modality"), [
    # a rejected accusation that names its accuser still accuses the accuser back
    ("Uruguay rejected Paraguay's accusations.", "ACCUSE",
     {"URY": "source", "PRY": "target"}, "asserted"),
    ("Uruguay rejected the accusations, saying Paraguay was behind the unrest.", "ACCUSE",
     {"URY": "source", "PRY": "target"}, "asserted"),
    # what is confirmed or said is told
    ("Uruguay confirmed that Paraguay had attacked Argentine ships.", "ATTACK",
     {"PRY": "source", "ARG": "target"}, "asserted"),
    ("Uruguay said Paraguay had attacked Argentine ships.", "ATTACK",
     {"PRY": "source", "ARG": "target"}, "asserted"),
    # one's own act denied stays a denied act
    ("Uruguay denied attacking Argentina.", "ATTACK", {"URY": "source", "ARG": "target"}, "negated"),
    # a demand refused stays made
    ("Uruguay rejected Paraguay's demand that it withdraw its troops.", "DEMAND",
     {"PRY": "source", "URY": "target"}, "asserted"),
])
def test_look_alikes_keep_their_events(rules_only, sentence, type_, roles, modality):
    events = [e for e in _events(rules_only, sentence) if e.type == type_ and e.modality == modality]
    assert [_roles(e) for e in events] == [roles]


def test_a_denied_allegation_leaves_a_plain_denial_a_statement(rules_only):
    assert _asserted(_events(rules_only, "Uruguay denied reports that Paraguay had attacked "
                                         "Argentine ships."), "STATEMENT")
