"""A bare gerund after a verb that takes one ("denied threatening Uruguay", "ruled out
sanctioning Paraguay", "admitted expelling Bolivia") is the verb's complement and the name
after it the gerund's object, though spaCy's small tagger reads the gerund before some
country names as an adjective or a compound of the name: the act is read (denied, ruled
out, admitted) whichever country is named. A participle adjective after another verb
("visited neighbouring Bolivia") is left as it is."""

from __future__ import annotations

import pytest
from extract.helpers import _events, _of_type, _with_setting

# (sentence, type, modality, countries of the parties in order): each one the tagger, left
# alone, reads with the gerund an adjective or a compound of the name
MISREAD: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("Norway denied threatening Uruguay.", "THREATEN", "negated", ("NOR", "URY")),
    ("Ghana denied threatening Paraguay.", "THREATEN", "negated", ("GHA", "PRY")),
    ("Iceland ruled out sanctioning Paraguay.", "SANCTION", "negated", ("ISL", "PRY")),
    ("Peru ruled out expelling Bolivia.", "EXPEL", "negated", ("PER", "BOL")),
    ("Ghana admitted expelling Bolivia.", "EXPEL", "asserted", ("GHA", "BOL")),
    ("Peru considered expelling Bolivia.", "EXPEL", "hypothetical", ("PER", "BOL")),
    # a feed item's title, no full stop: the name ends the text
    ("Ghana ruled out expelling Mongolia", "EXPEL", "negated", ("GHA", "MNG")),
    ("Norway denied sanctioning Uruguay", "SANCTION", "negated", ("NOR", "URY")),
]


@pytest.mark.parametrize(("sentence", "type_", "modality", "countries"), MISREAD,
                         ids=[r[0][:40] for r in MISREAD])
def test_the_gerund_is_read_as_the_act_on_the_name(rules_only, sentence, type_, modality, countries):
    found = _of_type(_events(rules_only, sentence), type_, modality)
    assert [tuple(a.country for a in e.actors) for e in found] == [countries]


def test_a_participle_adjective_after_another_verb_is_left(rules_only):
    found = _of_type(_events(rules_only, "Chile visited neighbouring Bolivia."), "MEET")
    assert [tuple(a.country for a in e.actors) for e in found] == [("CHL", "BOL")]


@pytest.mark.parametrize("sentence", [
    "Norway denied expelling Chile", "Norway denied expelling Peru", "Norway denied expelling Kenya",
    "Ghana denied threatening Paraguay",
])
def test_a_title_that_ends_with_the_name_is_read_without_error(rules_only, sentence):
    """No word after the name (no full stop): the reader looks past the text's end for none."""
    assert _of_type(_events(rules_only, sentence), "STATEMENT")


def test_an_extractor_on_the_shared_pipeline_reads_its_own_schemas_gerund_governors(rules_only, tmp_path):
    own = _with_setting(rules_only, tmp_path, "event_types.yaml", "gerund_governors", [], detector=False)
    sentence = "Norway denied threatening Uruguay."
    assert _of_type(_events(rules_only, sentence), "THREATEN", "negated")
    assert not _of_type(_events(own, sentence), "THREATEN", "negated")
