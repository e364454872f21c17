"""A hyphened noun the tokenizer splits ("counter-offensive": "counter", "-", "offensive")
is one noun: the small tagger reads its last part as an adjective and the parser makes the
three parts objects of one verb, so no attack word was found. Where the first part is one
of ``hyphen_prefixes`` (schema/event_types.yaml) with a role of its own, the last part
takes that role as a noun (graphkit/extract/headlines.py), and the act is found as for
"counteroffensive". Invented sentences."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events, _with_setting

ACTS = [
    ("Uruguay launched a counter-offensive against Paraguay.", "ATTACK", {"URY", "PRY"}),
    ("Nepalese forces mounted a counter-offensive against Peruvian troops on Tuesday.", "ATTACK",
     {"NPL", "PER"}),
    ("Iceland launched a counter-offensive against Chilean forces on Friday.", "ATTACK", {"ISL", "CHL"}),
    ("The Nepalese army launched a major counter-offensive against Peru on Monday.", "ATTACK",
     {"NPL", "PER"}),
    ("Peruvian troops began a counter-offensive against Nepalese units.", "ATTACK", {"PER", "NPL"}),
]


@pytest.mark.parametrize(("sentence", "type_", "countries"), ACTS, ids=[c[0][:40] for c in ACTS])
def test_a_hyphened_counter_noun_is_the_act_its_last_part_names(rules_only, sentence, type_, countries):
    events = _asserted(_events(rules_only, sentence), type_)
    assert any(_countries(e) == countries for e in events), [_countries(e) for e in events]


# hyphened counter- nouns the tagger already reads as nouns keep their act
KEPT = [
    ("Paraguayan forces began a counter-attack against Uruguayan troops.", "ATTACK"),
    ("Uruguay imposed counter-sanctions on Paraguay.", "SANCTION"),
    ("Paraguay ordered the counter-expulsion of two Uruguayan diplomats on Monday.", "EXPEL"),
]


@pytest.mark.parametrize(("sentence", "type_"), KEPT, ids=[c[0][:40] for c in KEPT])
def test_counter_nouns_read_as_nouns_keep_their_act(rules_only, sentence, type_):
    assert _asserted(_events(rules_only, sentence), type_)


def test_a_counter_adjective_is_no_act(rules_only):
    events = _events(rules_only, "Chile said the Peruvian move was counter-productive.")
    assert not _asserted(events, "ATTACK")


def test_a_speakers_colon_read_again_keeps_the_joined_noun(rules_only):
    """The colon's re-parse ("says") would undo the join: the join runs after it."""
    events = _asserted(_events(rules_only, "Uruguay's Ana Voss: Paraguay launched a counter-offensive "
                                           "against Uruguayan troops"), "ATTACK")
    assert any(_countries(e) == {"PRY", "URY"} for e in events), [_countries(e) for e in events]


def test_an_extractor_on_the_shared_pipeline_reads_its_own_schemas_hyphen_prefixes(rules_only, tmp_path):
    own = _with_setting(rules_only, tmp_path, "event_types.yaml", "hyphen_prefixes", [], detector=False)
    text = "Uruguay launched a counter-offensive against Paraguay."
    assert _asserted(_events(rules_only, text), "ATTACK")
    assert _asserted(_events(own, text), "ATTACK") == []
