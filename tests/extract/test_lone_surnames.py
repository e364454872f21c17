"""A leader named by surname alone where the tagger reads no person there: the word is
the gazetteer's person if they hold an office on the article's day, and not when the word
is also something else (a country, a place where a place goes, an English word, a word of
a longer name). One behaviour each, on sentences written for these tests, with real
leaders as facts."""

from __future__ import annotations

from datetime import date

from extract.helpers import _asserted, _events

from graphkit.extract import Extractor

SUMMER = date(2025, 8, 1)  # Merz chancellor, Scholz out of office


def _persons(extractor: Extractor, text: str, published: date = SUMMER) -> set[str]:
    """The gazetteer's and unknown persons that ``text``, published on ``published``, names."""
    doc = extractor.nlp(text)
    return {a.name for m in extractor.actors.mentions(doc, published).mentions
            for a in m.actors if a.kind == "person"}


def test_a_serving_leaders_surname_the_tagger_reads_as_no_name_is_that_leader(extractor):
    accusations = _asserted(_events(extractor, "Stubb accused Moscow of jamming satellite "
                                               "signals over the Baltic.", SUMMER), "ACCUSE")
    assert [(a.name, a.country) for a in accusations[0].actors] == [
        ("Alexander Stubb", "FIN"), ("Russia", "RUS")]


def test_a_leaders_surname_the_tagger_reads_as_a_common_noun_or_a_date_is_the_leader(extractor):
    accusations = _asserted(_events(extractor, "Macron accused Tebboune of humiliating France.",
                                    SUMMER), "ACCUSE")
    assert [a.name for a in accusations[0].actors] == ["Emmanuel Macron", "Abdelmadjid Tebboune"]


def test_two_lone_surnames_joined_by_and_are_both_leaders(extractor):
    accords = _asserted(_events(extractor, "Milei and Orsi signed a trade accord in Montevideo "
                                           "on Friday.", SUMMER), "AGREE")
    assert {a.name for a in accords[0].actors} == {"Javier Milei", "Yamandú Orsi"}


def test_a_hyphenated_surname_alone_is_the_leader(extractor):
    meetings = _asserted(_events(extractor, "Meinl-Reisinger met Sybiha in Vienna on Monday.",
                                 SUMMER), "MEET")
    assert {a.name for a in meetings[0].actors} == {"Beate Meinl-Reisinger", "Andrii Sybiha"}


def test_a_surname_with_an_apostrophe_alone_is_the_leader(extractor):
    accusations = _asserted(_events(extractor, "Sa'ar accused Ankara of arming Hamas.", SUMMER),
                            "ACCUSE")
    assert [a.name for a in accusations[0].actors] == ["Gideon Sa'ar", "Türkiye"]


def test_a_surname_of_several_words_with_a_particle_alone_is_the_leader(extractor):
    assert _persons(extractor, "Van der Bellen received Stubb in Vienna.") == {
        "Alexander Van der Bellen", "Alexander Stubb"}


def test_lone_surnames_of_a_headline_fragment_are_leaders(extractor):
    assert _persons(extractor, "Modi, Sharif trade barbs after the border skirmish.") == {
        "Narendra Modi", "Shehbaz Sharif"}


def test_a_lone_surname_owning_a_government_is_the_leader(extractor):
    assert _persons(extractor, "Frederiksen's government summoned the US ambassador on "
                               "Friday.") >= {"Mette Frederiksen"}


def test_a_lone_surname_of_someone_out_of_office_that_day_stays_unnamed(extractor):
    assert _persons(extractor, "Scholz criticised Merz over the migration vote.") == {
        "Friedrich Merz"}


def test_a_surname_that_is_also_an_english_word_is_left_to_the_tagger(extractor):
    # "Store" is Norway's prime minister Støre's surname, folded
    assert _persons(extractor, "Store owners cheered as Stubb cut the ribbon in Turku.") == {
        "Alexander Stubb"}


def test_a_surname_inside_a_longer_name_is_no_leader(extractor):
    assert _persons(extractor, "Stubb toured the Meloni Bakery in Helsinki.") == {
        "Alexander Stubb"}


def test_a_surname_before_a_name_particle_is_a_word_of_a_longer_name(extractor):
    # "Costa": the European Council's president António Costa
    assert _persons(extractor, "Tourists flocked to the Costa del Sol this summer as Stubb "
                               "visited Malaga.") == {"Alexander Stubb"}


def test_a_surname_inside_a_known_place_name_is_the_place(extractor):
    # "Dar": Pakistan's foreign minister Ishaq Dar
    assert _persons(extractor, "The ferry reached Dar es Salaam on Monday as Stubb "
                               "watched.") == {"Alexander Stubb"}


def test_a_surname_joined_by_a_hyphen_to_a_word_is_no_mention(extractor):
    assert _persons(extractor, "The Merz-led coalition approved the budget as Stubb toured "
                               "Turku.") == {"Alexander Stubb"}


def test_a_surname_that_is_a_city_where_a_place_goes_is_the_place(extractor):
    # "Paz": Bolivia's president Rodrigo Paz, and a Mexican city
    assert _persons(extractor, "Fighting raged near Paz as Stubb landed in La Paz.") == {
        "Alexander Stubb"}


def test_a_country_name_that_is_also_a_leaders_surname_is_the_country(extractor):
    accords = _asserted(_events(extractor, "Montenegro and Serbia signed a border accord, "
                                           "Vucic said.", SUMMER), "AGREE")
    assert {(a.name, a.kind) for a in accords[0].actors} >= {("Montenegro", "country")}


def test_a_lone_surname_of_someone_the_article_named_is_that_person(extractor):
    # "Fidan" is also the surname of Türkiye's foreign minister
    assert _persons(extractor, "Carvanian envoy Tomas Fidan arrived in Helsinki on Monday. "
                               "Fidan met Stubb on Tuesday.") == {"Tomas Fidan", "Alexander Stubb"}


def test_an_official_of_the_users_own_gazetteer_is_found_by_surname_alone_while_serving(
        tmp_path, monkeypatch):
    from graphkit.reference.gazetteer import ACTORS_ENV

    own = tmp_path / "own.yaml"
    own.write_text("people:\n  CHL:\n  - name: Tomas Varguen\n    offices: [{title: foreign "
                   "minister, from: 2025-01-15}]\n", encoding="utf-8")
    monkeypatch.setenv(ACTORS_ENV, str(own))
    extractor = Extractor()
    text = "Varguen accused Peru of breaking the fishing accord."
    assert "Tomas Varguen" in _persons(extractor, text)
    assert "Tomas Varguen" not in _persons(extractor, text, date(2024, 6, 1))  # not yet in office
