"""Cities named without their country stand for it (``place_lookup`` of mentions.yaml)."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_struck_city_makes_its_country_the_target(extractor):
    events = _events(extractor, "Chilean troops shelled Kharkiv on Tuesday.")
    attacks = _asserted(events, "ATTACK")
    assert attacks and "UKR" in _countries(attacks[0])


def test_a_city_read_as_an_organisation_still_gives_its_country(extractor):
    events = _events(extractor, "Peruvian drones struck Belgorod overnight.")
    attacks = _asserted(events, "ATTACK")
    assert attacks and "RUS" in _countries(attacks[0])


def test_a_city_listed_as_a_common_word_gives_no_country(extractor):
    events = _events(extractor, "Chilean troops shelled Nice on Tuesday.")
    assert all("FRA" not in _countries(e) for e in events)


def test_an_ambiguous_city_takes_the_country_of_the_story(extractor):
    text = ("Pakistan's army said on Monday it was on alert. "
            "Chilean troops shelled Hyderabad on Tuesday.")
    attacks = _asserted(_events(extractor, text), "ATTACK")
    assert attacks and "PAK" in _countries(attacks[0]) and "IND" not in _countries(attacks[0])


def test_a_city_where_a_meeting_took_place_is_no_participant(extractor):
    events = _events(extractor, "Chilean and Peruvian leaders met at a summit in Geneva on Tuesday.")
    meetings = _asserted(events, "MEET")
    assert meetings and _countries(meetings[0]) == {"CHL", "PER"}


def _venues(extractor, text: str) -> dict[str, bool]:
    """Each city mention of ``text``: whether it is read as the setting of an act."""
    doc = extractor.nlp(text)
    found = extractor.actors.mentions(doc, None)
    return {doc[m.start:m.end].text: found.is_venue(m, doc) for m in found.mentions if m.via == "place"}


def test_a_city_after_a_preposition_of_place_is_a_setting(extractor):
    assert _venues(extractor, "Chilean envoys delivered aid into Kumasi on Tuesday.") == {"Kumasi": True}


def test_a_city_qualifying_a_noun_is_a_setting(extractor):
    assert _venues(extractor, "Chile and Peru will attend the Geneva summit.") == {"Geneva": True}


def test_a_struck_city_is_no_setting(extractor):
    assert _venues(extractor, "Chilean troops shelled Kharkiv on Tuesday.") == {"Kharkiv": False}


def test_a_city_where_a_strike_landed_stays_the_target_country(extractor):
    events = _events(extractor, "Chilean troops struck a depot in Kharkiv on Tuesday.")
    attacks = _asserted(events, "ATTACK")
    assert attacks and "UKR" in _countries(attacks[0])


def test_a_city_a_visitor_arrived_in_stays_the_host_when_no_other_party_is_named(extractor):
    events = _events(extractor, "Chile's foreign minister arrived in Riyadh on Tuesday.")
    meetings = _asserted(events, "MEET")
    assert meetings and "SAU" in _countries(meetings[0])


def test_a_name_of_no_country_where_a_meeting_took_place_is_no_counterpart(extractor):
    """A place stands for its host state: "met the detainees at <an unknown name>'s office"
    names no counterpart (the meeting, with one party left, is no event)."""
    events = _events(extractor, "Chilean Ambassador Ian Corr met with the detainees at Karsal's public "
                                "prosecutor's office, the report added.")
    assert not _asserted(events, "MEET")


def test_a_visit_to_a_body_of_no_known_country_is_no_contact(extractor):
    """A contact needs two parties besides bodies the gazetteer does not know and the text
    gives no country ("visited the <unit> Brigade": an inspection, no diplomatic contact)."""
    events = _events(extractor, "Chilean President Ana Merel visited the Karsal Marine Brigade on Monday.")
    assert not _asserted(events, "MEET")


def test_a_meeting_with_a_body_of_no_known_country_beside_two_parties_stays(extractor):
    events = _events(extractor, "Chilean President Ana Merel met Peruvian President Olo Brand at the "
                                "Karsal Marine Brigade on Monday.")
    meetings = _asserted(events, "MEET")
    assert meetings and {"CHL", "PER"} <= _countries(meetings[0])


def test_a_call_with_a_name_read_as_a_body_stays(extractor):
    events = _events(extractor, "Prime Minister Tomas Verdal had a phone call with Anselmo Quiroga "
                                "on Tuesday.")
    assert _asserted(events, "CALL")
