"""An act of speech (a threat, a demand, an accusation, a statement) read from a word of
its message is made by saying it: the modal, plan or proposal inside the message ("said Y
must stop", "said the strike would widen the targets", "called for the release of ...") is
the message's, and the act takes the modality of the verb that says it (invented sentences;
the word is the one a reading of the sentence anchors the act on)."""

from __future__ import annotations

import pytest

# (type, anchor word, sentence, expected modality)
Case = tuple[str, str, str, str]

SAID: list[Case] = [
    ("THREATEN", "respond", "Foreign minister Ivo Brask announced that Chile would respond firmly "
     "to the expulsions.", "asserted"),
    ("THREATEN", "broaden", "Ivo Brask said the Peruvian strike would broaden the range of "
     "legitimate targets.", "asserted"),
    ("THREATEN", "act", "\"Should Peru move its troops to the border, it would be an act of war,\" "
     "the spokesperson Ivo Brask said.", "asserted"),
    ("DEMAND", "stop", "A spokesperson for the Chilean army said Peru must immediately stop its "
     "provocations.", "asserted"),
    ("DEMAND", "release", "Ivo Brask said Peru should release the detained sailors.", "asserted"),
    ("DEMAND", "release", "Ivo Brask called for the release of the detained sailors.", "asserted"),
    ("DEMAND", "talks", "Ivo Brask said that Chile proposed talks of the defence chiefs in "
     "Lima.", "asserted"),
    ("ACCUSE", "break", "Ivo Brask has long argued that Peru wants to break Chile's economy.", "asserted"),
]

NOT_SAID: list[Case] = [
    # no verb says it: the modal is the act's own
    ("THREATEN", "respond", "Chile would respond firmly to any attack.", "hypothetical"),
    ("DEMAND", "release", "Peru should release the detained sailors.", "hypothetical"),
    # the word names the act of speech itself: a demand still to come
    ("DEMAND", "demand", "Chile said it would demand an explanation from Peru.", "hypothetical"),
    # the saying itself lies ahead
    ("THREATEN", "retaliate", "Ivo Brask will say that Chile would retaliate against Peru.",
     "planned"),
    # a question is no message: what it asks about stays open
    ("DEMAND", "continue", "Chile asked Peru whether the talks would continue.", "hypothetical"),
    # a negated message tells no threat
    ("THREATEN", "retaliate", "Ivo Brask said Chile would not retaliate against Peru.", "negated"),
    # a deed is no act of speech: the plan stays the deed's
    ("MEET", "visit", "Ivo Brask said Chile's president would visit Peru.", "planned"),
]


def _modality(extractor, case: Case) -> str:
    type_name, word, text, _ = case
    doc = extractor.nlp(text)
    token = next(t for t in doc if t.text == word)
    return extractor.reader.modality.modality(token, type_name)


@pytest.mark.parametrize("case", SAID, ids=[f"{c[0]}-{c[1]}-{c[2][:30]}" for c in SAID])
def test_a_speech_act_read_from_its_message_is_made_by_saying_it(extractor, case):
    assert _modality(extractor, case) == case[3]


@pytest.mark.parametrize("case", NOT_SAID, ids=[f"{c[0]}-{c[1]}-{c[2][:30]}" for c in NOT_SAID])
def test_the_modality_stays_the_words_own_where_nothing_says_it(extractor, case):
    assert _modality(extractor, case) == case[3]
