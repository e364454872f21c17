"""Headline grammar ("headlinese") read as prose would be (graphkit/extract/headlines.py
and the headline future of graphkit/extract/modality.py): a present-tense verb the tagger
took for a plural noun, a colon for "says", a comma for "and" between two subjects, and
"to" with a verb for an act still to come. Such lines reach the extractor as the text of a
feed item that carries only its title, or as a subhead or terse wire line. Sentences
written for these tests (invented people); real countries only because the gazetteer knows
them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events, _of_type, _roles, _schema_with, _with_setting


@pytest.mark.parametrize(("sentence", "type_", "source"), [
    ("Chile sanctions Bolivian officials over border raid.", "SANCTION", "CHL"),
    ("The United States sanctions three Bolivian officials over the crackdown.", "SANCTION", "USA"),
    ("Chile pledges aid to quake-hit Bolivia.", "AID", "CHL"),
])
def test_a_present_tense_verb_read_as_a_noun_is_read_as_the_verb(rules_only, sentence, type_, source):
    events = _asserted(_events(rules_only, sentence), type_)
    assert [_roles(e) for e in events] == [{source: "source", "BOL": "target"}]


@pytest.mark.parametrize("sentence", [
    "Chile sanctions on Bolivia remain in force.",
    "Chile sanctions hit Bolivian banks hard.",
    "The Chile sanctions on Bolivia.",
])
def test_sanctions_that_are_a_noun_stay_a_noun(rules_only, sentence):
    assert _asserted(_events(rules_only, sentence), "SANCTION") == []


def test_a_colon_after_a_speaker_reads_as_says(rules_only):
    events = _asserted(_events(rules_only, "Chile's Tomas Arrieta: Bolivia must withdraw its troops."),
                       "DEMAND")
    assert [_countries(e) for e in events] == [{"CHL", "BOL"}]


def test_a_dateline_colon_is_no_speaker(rules_only):
    # a two-word dateline of another country than the one named after it, so that no
    # shared country hides a dateline read as the speaker
    text = "New Delhi: Bolivia must withdraw its troops."
    colon = next(t for t in rules_only.nlp(text) if t.text == ":")
    assert colon.tag_ != "VBZ" and _events(rules_only, text) == []


@pytest.mark.xfail(strict=True, reason="the entity tagger reads this city as a person, so its colon "
                   "is taken for a speaker's (a known limit of the headline reader)")
def test_a_dateline_the_tagger_takes_for_a_person_is_no_speaker(rules_only):
    text = "Buenos Aires: Bolivia must withdraw its troops."
    colon = next(t for t in rules_only.nlp(text) if t.text == ":")
    assert colon.tag_ != "VBZ"


def test_two_subjects_joined_by_a_comma_are_a_pair(rules_only):
    events = _asserted(_events(rules_only, "Chile, Bolivia sign border accord."), "AGREE")
    assert [_countries(e) for e in events] == [{"CHL", "BOL"}]


@pytest.mark.parametrize(("sentence", "type_"), [
    ("Chile, Bolivia leaders hold talks in Velmora", "MEET"),
    ("Chilean, Bolivian ministers meet in Velmora", "MEET"),
    ("Chile, Bolivia foreign ministers sign border accord", "AGREE"),
])
def test_two_names_of_a_plural_subject_joined_by_a_comma_are_a_pair(rules_only, sentence, type_):
    events = _asserted(_events(rules_only, sentence), type_)
    assert [_countries(e) for e in events] == [{"CHL", "BOL"}]


@pytest.mark.parametrize(("sentence", "type_"), [
    ("Chile to send aid to Bolivia.", "AID"),
    ("Chile to impose new sanctions on Bolivia.", "SANCTION"),
    ("Chile's foreign minister to visit Bolivia.", "MEET"),
    ("Chile, Bolivia to sign border accord.", "AGREE"),
])
def test_to_and_a_verb_heading_a_headline_is_planned(rules_only, sentence, type_):
    events = _events(rules_only, sentence)
    assert _asserted(events, type_) == [] and len(_of_type(events, type_, "planned")) == 1


def test_a_feed_item_with_only_a_title_makes_the_headlines_event(rules_only):
    from graphkit.load.feeds import load_feed

    feed = ('<rss version="2.0"><channel><title>Andes Wire</title><item>'
            "<title>Chile sanctions Bolivian officials over border raid</title>"
            "<pubDate>Fri, 14 Mar 2025 09:00:00 GMT</pubDate></item></channel></rss>")
    [article] = load_feed(feed, source="andes.xml")
    events = _asserted(list(rules_only.extract(article).events), "SANCTION")
    assert [_roles(e) for e in events] == [{"CHL": "source", "BOL": "target"}]


def test_the_component_pipeline_reads_a_headline_as_the_extractor_does():
    from graphkit.extract.components import add_graphkit_components
    from graphkit.extract.nlp import new_nlp
    from graphkit.model import Article

    text = "Chile sanctions Bolivian officials over border raid."
    pipeline = add_graphkit_components(new_nlp(), detector=False)
    doc = pipeline.make_doc(text)
    doc._.graphkit_article = Article(id="t", text=text)
    assert [e.type for e in pipeline(doc)._.graphkit_events] == ["SANCTION"]


def test_an_extractor_given_a_pipeline_of_its_own_adds_the_headline_reader():
    from graphkit.extract.extractor import Extractor
    from graphkit.extract.headlines import HEADLINES
    from graphkit.extract.nlp import new_nlp

    own = new_nlp()
    own.remove_pipe(HEADLINES)
    assert HEADLINES in Extractor(nlp=own, detector=False).nlp.pipe_names


def test_an_extractor_on_the_shared_pipeline_reads_its_own_schemas_headline_verbs(rules_only, tmp_path):
    from graphkit.extract.rules import load_rules

    verbs = {k: v for k, v in load_rules().headline_verbs.items() if k != "sanctions"}
    own = _with_setting(rules_only, tmp_path, "event_types.yaml", "headline_verbs", verbs, detector=False)
    text = "Chile sanctions Bolivian officials over border raid."
    assert _asserted(_events(rules_only, text), "SANCTION")
    assert _asserted(_events(own, text), "SANCTION") == []


def test_headline_verbs_that_are_no_word_to_past_form_map_are_refused(tmp_path):
    from graphkit.errors import ExtractError
    from graphkit.extract.rules import load_rules

    with pytest.raises(ExtractError, match="headline_verbs must map a word to its past form"):
        load_rules(_schema_with(tmp_path, "event_types.yaml", "headline_verbs", ["sanctions", "sanctioned"]))
