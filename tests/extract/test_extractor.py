"""The extractor on sentences written for these tests, with the real English model."""

from __future__ import annotations

from extract.helpers import PUBLISHED, _countries, _events, _of_type

from graphkit.model import Article


def test_spoke_by_telephone_is_a_call_between_both_leaders(extractor):
    events = _events(extractor, "German Chancellor Karl Brandt spoke by telephone with Bolivian "
                                "President Rosa Mamani on Thursday.")
    calls = _of_type(events, "CALL")
    assert len(calls) == 1
    assert _countries(calls[0]) >= {"DEU", "BOL"}
    assert calls[0].date.value == "2025-03-13"
    assert calls[0].cameo == "041"


def test_counterpart_takes_country_from_demonym(extractor):
    events = _events(extractor, "The Kenyan foreign minister Amara Odhiambo met his Ghanaian "
                                "counterpart Kwame Mensah-Boateng in Nairobi on Monday.")
    meets = _of_type(events, "MEET")
    assert meets
    by_name = {a.name: a.country for a in meets[0].actors}
    assert by_name.get("Kwame Mensah-Boateng") == "GHA"


def test_floated_idea_is_hypothetical(extractor):
    events = _events(extractor, "Brazil floated the idea of imposing sanctions on Iceland.")
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert sanctions and sanctions[0].modality == "hypothetical"
    assert _countries(sanctions[0]) == {"BRA", "ISL"}


def test_could_is_hypothetical(extractor):
    events = _events(extractor, "Chile could expel Argentine diplomats, the minister said.")
    expels = [e for e in events if e.type == "EXPEL"]
    assert expels and expels[0].modality == "hypothetical"


def test_will_visit_next_week_is_planned(extractor):
    events = _events(extractor, "Nepalese Prime Minister Ravi Thapaliya will meet Japanese Prime "
                                "Minister Kenji Arakawa in Tokyo next week.")
    meets = [e for e in events if e.type == "MEET"]
    assert meets and meets[0].modality == "planned"


def test_did_not_meet_is_negated(extractor):
    events = _events(extractor, "Luc Garnier did not meet Rosa Mamani on Friday.")
    meets = [e for e in events if e.type == "MEET"]
    assert meets and meets[0].modality == "negated"


def test_said_wrapper_adds_no_statement(extractor):
    events = _events(extractor, "Police in Georgia arrested two Armenian citizens on Monday, "
                                "the Georgian interior ministry said.")
    assert _of_type(events, "ARREST")
    assert not _of_type(events, "STATEMENT")


def test_reported_event_keeps_its_reporter(extractor):
    events = _events(extractor, "Paraguay struck targets in Uruguay on Sunday, the Uruguayan army "
                                "said.")
    attacks = _of_type(events, "ATTACK")
    assert attacks and attacks[0].reported_by is not None
    assert attacks[0].reported_by.country == "URY"


def test_statement_of_position_is_a_statement(extractor):
    events = _events(extractor, "Polish President Marek Nowicki reiterated that Poland would "
                                "never accept a neutral Iceland.")
    statements = _of_type(events, "STATEMENT")
    assert statements and statements[0].participants[0].role == "speaker"
    assert statements[0].participants[0].actor.country == "POL"


def test_directed_event_lists_source_then_target(extractor):
    events = _events(extractor, "Mongolian authorities arrested a French tourist in Ulaanbaatar on "
                                "Saturday.")
    arrests = _of_type(events, "ARREST")
    assert arrests
    roles = [(p.role, p.actor.country) for p in arrests[0].participants]
    assert roles[0] == ("source", "MNG")
    assert ("target", "FRA") in roles


def test_metonym_stands_for_its_country(extractor):
    events = _events(extractor, "Oslo accused Reykjavik of shelling a power plant.")
    accusations = _of_type(events, "ACCUSE")
    assert accusations
    assert [(p.role, p.actor.id) for p in accusations[0].participants] == [
        ("source", "country:NOR"), ("target", "country:ISL")]


def test_surname_refers_back_to_full_name(extractor):
    events = _events(extractor, "Kenyan President Daniel Mwangi arrived in Addis Ababa on "
                                "Monday. Later, Mwangi condemned Bolivia's army for the attacks.")
    accusations = _of_type(events, "ACCUSE")
    assert accusations
    assert accusations[0].participants[0].actor.name == "Daniel Mwangi"


def test_the_two_leaders_are_the_parties_of_the_last_contact(extractor):
    events = _events(extractor, "Luc Garnier spoke by phone with Rosa Mamani on Tuesday. "
                                "The two leaders agreed to stay in contact.")
    agreements = _of_type(events, "AGREE")
    assert agreements
    assert {a.name for a in agreements[0].actors} == {"Luc Garnier", "Rosa Mamani"}
    assert agreements[0].date.value == "2025-03-11"


def test_restated_event_is_not_extracted_twice(extractor):
    events = _events(extractor, "Paraguay launched missiles at Uruguay on Thursday. The Paraguayan "
                                "strikes on Uruguay killed three people, officials said.")
    assert len(_of_type(events, "ATTACK")) == 1


def test_agreement_told_again_by_its_signatories_is_one_event(extractor):
    events = _events(extractor, "Kenya and Ghana signed a trade agreement on Monday. The agreement "
                                "was signed in Nairobi by Kenyan President Amara Odhiambo and Ghanaian "
                                "President Kwame Mensah-Boateng.")
    agreements = _of_type(events, "AGREE")
    assert len(agreements) == 1
    assert _countries(agreements[0]) == {"KEN", "GHA"}


def test_further_agreement_of_the_same_countries_is_its_own_event(extractor):
    events = _events(extractor, "Kenya and Ghana signed a trade agreement on Monday. Agreements on "
                                "fisheries were also signed by Kenyan President Amara Odhiambo and "
                                "Ghanaian President Kwame Mensah-Boateng.")
    assert len(_of_type(events, "AGREE")) == 2


def test_events_carry_evidence_and_span(extractor):
    text = "Intro line.\nChina imposed sanctions on Lithuania on Monday."
    events = _events(extractor, text)
    sanctions = _of_type(events, "SANCTION")
    assert sanctions
    start, end = sanctions[0].span
    assert text[start:end].strip() == sanctions[0].evidence
    assert sanctions[0].plover == "SANCTION"


def test_event_ids_are_stable(extractor):
    text = "Oslo accused Reykjavik of shelling a power plant."
    first = [e.id for e in _events(extractor, text)]
    second = [e.id for e in _events(extractor, text)]
    assert first == second and first


def test_extract_many_keeps_input_order(extractor):
    articles = [Article(id=f"a{i}", text=text, published=PUBLISHED) for i, text in enumerate([
        "Oslo accused Reykjavik of shelling a power plant.",
        "Nothing happened here.",
        "Chile imposed sanctions on Latvia on Monday.",
    ])]
    extractions = list(extractor.extract_many(articles))
    assert [x.article.id for x in extractions] == ["a0", "a1", "a2"]
    assert not extractions[1].events


def test_article_without_publication_date_gets_no_dates(extractor):
    article = Article(id="x", text="Oslo accused Reykjavik of shelling a power plant on Monday.")
    events = extractor.extract(article).events
    assert events and all(e.date.value is None for e in events)


def test_would_in_reported_speech_is_planned(extractor):
    events = _events(extractor, "The Elysee said Luc Garnier would visit Nepal later this "
                                "year.")
    meets = [e for e in events if e.type == "MEET"]
    assert meets and meets[0].modality == "planned"


def test_measures_against_each_other_are_reciprocal(extractor):
    events = _events(extractor, "Mongolia and Senegal traded accusations on Monday. Both "
                                "countries announced the expulsion of diplomats from each other's "
                                "embassies.")
    expels = _of_type(events, "EXPEL")
    assert expels and _countries(expels[0]) == {"MNG", "SEN"}


def test_media_outlet_reports_but_makes_no_statement(extractor):
    events = _events(extractor, "Reuters reported that the talks had stalled.")
    assert not _of_type(events, "STATEMENT")


def test_vague_earlier_time_leaves_the_day_open(extractor):
    # "days after": the month of the day it counts from (graphkit.extract.vague_distance)
    events = _events(extractor, "Lima said on Friday that the drills would go ahead. The launches "
                                "came days after Quito threatened to retaliate against Lima.")
    threats = _of_type(events, "THREATEN")
    assert threats and threats[0].date.value == PUBLISHED.isoformat()[:7]


def test_vague_earlier_time_in_weeks_leaves_the_date_open(extractor):
    events = _events(extractor, "Lima said on Friday that the drills would go ahead. The launches "
                                "came weeks after Quito threatened to retaliate against Lima.")
    threats = _of_type(events, "THREATEN")
    assert threats and threats[0].date.value is None


def test_police_belong_to_the_country_where_they_arrest(extractor):
    events = _events(extractor, "Police arrested two Kenyan journalists in Uganda on Friday.")
    arrests = _of_type(events, "ARREST")
    assert arrests
    assert [(p.role, p.actor.country) for p in arrests[0].participants] == [
        ("source", "UGA"), ("target", "KEN")]


def test_named_guest_beats_the_venue_as_counterpart(extractor):
    events = _events(extractor, "Italian Prime Minister Giulia Ferrante hosted Japanese Prime "
                                "Minister Kenji Arakawa in Rome on Tuesday for talks on energy.")
    meetings = _of_type(events, "MEET")
    assert len(meetings) == 1
    assert {a.name for a in meetings[0].actors} == {"Giulia Ferrante", "Kenji Arakawa"}


QUISPE = ('Peruvian Foreign Minister Ana Quispe said on Monday that the border closure was "a grave '
          'mistake that hurts both peoples". The Peruvian foreign ministry said in a statement that the '
          'closure was ')


def test_quote_told_again_by_another_voice_of_its_side_is_one_statement(extractor):
    events = _events(extractor, QUISPE + '"a grave mistake that hurts both peoples".')
    assert [a.name for e in _of_type(events, "STATEMENT") for a in e.actors] == ["Ana Quispe"]


def test_other_words_of_another_voice_of_its_side_are_a_statement_of_their_own(extractor):
    events = _events(extractor, QUISPE + '"an unfriendly act with no basis in law".')
    assert len(_of_type(events, "STATEMENT")) == 2
