"""A speaker's words that pass a verdict of blame on another's act ("the closure is
unjustified", "the trial was a miscarriage of justice") are the accusation the corpus
conventions code ACCUSE of the act's doer, no STATEMENT (graphkit.extract.restatements
`article_events`, `verdict_words` of event_types.yaml). The same speaker's words without
such a word stay a statement, and a verdict word inside a name passes no verdict.
Invented people, towns and bodies; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def _speakers(extractor, text):
    return [tuple(a.name for a in e.actors) for e in _asserted(_events(extractor, text), "STATEMENT")]


def _said_by(speakers, name):
    return [s for s in speakers if any(name in n for n in s)]


def test_words_calling_an_act_unjustified_make_no_statement(rules_only):
    text = ("The closure of the consulate in Harnvik \u201cis unjustified and sends the wrong "
            "message,\u201d Norway's Foreign Minister Halvard Brekkestad said on Tuesday.")
    assert not _said_by(_speakers(rules_only, text), "Brekkestad")


def test_words_calling_a_trial_a_miscarriage_of_justice_make_no_statement(rules_only):
    text = ("Chile's ambassador Tomasina Orrego said on Friday the trial of the Vestermo "
            "fishermen was a miscarriage of justice.")
    assert not _said_by(_speakers(rules_only, text), "Orrego")


def test_the_same_words_without_a_verdict_stay_a_statement(rules_only):
    text = ("Chile's ambassador Tomasina Orrego said on Friday the trial of the Vestermo "
            "fishermen would resume next month.")
    assert _said_by(_speakers(rules_only, text), "Orrego")


def test_a_verdict_word_inside_a_name_passes_no_verdict(rules_only):
    text = ("Norway's Foreign Minister Halvard Brekkestad said on Tuesday that Norway would keep "
            "its fishing quotas and join the Vestermo Forum on Arbitrary Detention.")
    assert _said_by(_speakers(rules_only, text), "Brekkestad")
