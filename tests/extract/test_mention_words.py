"""The word lists later stages ask an article's mentions about are one object read from
mentions.yaml (:class:`graphkit.extract.mentions.MentionWords`). Invented words only."""

from __future__ import annotations

from dataclasses import fields

from graphkit.extract.mentions import ArticleMentions, MentionWords
from graphkit.extract.rules import load_rules


def test_each_list_is_read_lower_cased_under_its_own_name():
    words = MentionWords.from_schema({"kin_nouns": ["Clan", "kinfolk"], "victim_nouns": ["Marches"]})
    assert words.kin_nouns == frozenset({"clan", "kinfolk"})
    assert words.victim_nouns == frozenset({"marches"})
    assert words.attend_verbs == frozenset()


def test_venue_prepositions_come_from_the_place_lookup():
    words = MentionWords.from_schema({"venue_preps": ["beside"], "place_lookup": {"venue_preps": ["amid"]}})
    assert words.venue_preps == frozenset({"amid"})


def test_story_weights_come_from_story_country_weights():
    assert MentionWords.from_schema({"story_country_weights": {"demonym": 0.25}}).story_weights == {
        "demonym": 0.25}


def test_every_list_is_in_the_shipped_mentions_file():
    words = MentionWords.from_schema(load_rules().mentions)
    empty = [f.name for f in fields(words) if not getattr(words, f.name)]
    assert empty == []


def test_an_article_without_words_asks_empty_lists():
    assert ArticleMentions().words == MentionWords()
