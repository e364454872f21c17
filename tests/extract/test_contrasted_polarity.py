"""Two readings of one type in a sentence, one asserted and one denied ("accepted the text
but did not sign it"): the act that happened tells the sentence's event, not the denial
beside it. Invented people; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _events, _of_type


def test_an_agreement_accepted_but_not_signed_is_asserted(rules_only):
    text = ("Chile and Peru accepted the text of the fisheries accord at a meeting in Quito on "
            "Monday, but did not sign it.")
    events = _events(rules_only, text)
    assert len(_asserted(events, "AGREE")) == 1
    assert not _of_type(events, "AGREE", "negated")


def test_an_agreement_only_denied_stays_negated(rules_only):
    text = "Chile and Peru did not sign the fisheries accord at a meeting in Quito on Monday."
    events = _events(rules_only, text)
    assert not _asserted(events, "AGREE")
