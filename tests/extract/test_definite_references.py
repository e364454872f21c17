"""Definite class nouns ("the junta", "the general", "the ministry") and "It" as a subject
resolve to an earlier mention of the same article; one behaviour each, on sentences written
for these tests (not taken from any corpus)."""

from __future__ import annotations

from extract.helpers import PUBLISHED, _asserted, _countries, _events


def test_junta_resolves_to_country(extractor):
    text = ("Soldiers seized power in Mali last month. On Tuesday, the junta expelled the "
            "French ambassador.")
    expel = _asserted(_events(extractor, text), "EXPEL")
    assert expel and "MLI" in _countries(expel[0])


def test_the_general_is_the_person_with_that_title(extractor):
    text = ("General Tom Brask has led the army of Lumeria since 2020. Officials said the "
            "envoy Kenji Sato held talks with the general in the capital on Monday.")
    meet = _asserted(_events(extractor, text), "MEET")
    assert meet and "Tom Brask" in {a.name for a in meet[0].actors}


def test_the_ministry_needs_a_ministry_named_before(extractor):
    text = ("The Chilean embassy in Reykjavik issued a statement on Monday. The ministry "
            "condemned Japan for the incident.")
    for e in _asserted(_events(extractor, text), "ACCUSE"):
        assert "Chilean Embassy" not in {a.name for a in e.actors}


def test_it_as_subject_is_the_last_organisation_subject(extractor):
    text = ("Germany's foreign ministry confirmed the closure of the consulate on Monday. "
            "It accused Mongolia of plotting attacks on dissidents.")
    accuse = _asserted(_events(extractor, text), "ACCUSE")
    assert accuse and "DEU" in _countries(accuse[0]) and "MNG" in _countries(accuse[0])


def test_expletive_it_is_no_actor(extractor):
    text = ("Germany's foreign ministry confirmed the closure on Monday. It remains unclear "
            "whether Mongolia accused anyone.")
    for e in _events(extractor, text):
        assert "DEU" not in _countries(e) or e.type == "STATEMENT"


def test_the_group_without_an_armed_group_before_stays_unresolved(extractor):
    text = ("France and Italy signed a trade pact on Monday. The group attacked a convoy "
            "in the desert.")
    for e in _asserted(_events(extractor, text), "ATTACK"):
        assert not {"FRA", "ITA"} & _countries(e)


def test_the_group_is_the_last_armed_group(extractor):
    text = ("Hezbollah fighters crossed the border on Sunday. The group attacked an Icelandic "
            "army post near the village.")
    attack = _asserted(_events(extractor, text), "ATTACK")
    assert attack and "LBN" in _countries(attack[0])


# -- "agreed on", reactions to a visit ---------------------------------------------------

def test_agreed_on_a_matter_is_an_agreement(extractor):
    text = "Chile and Peru agreed on how to share the border river on Tuesday."
    agree = _asserted(_events(extractor, text), "AGREE")
    assert agree and {"CHL", "PER"} <= _countries(agree[0])


def test_agreeing_with_a_view_needs_two_parties(extractor):
    text = "Many analysts agreed on Tuesday that the economy was slowing."
    assert not _asserted(_events(extractor, text), "AGREE")


def test_criticising_the_visit_targets_its_participants(extractor):
    text = ("Icelandic President Sigrun Hallsdottir met Nepalese President Ravi Thapaliya in "
            "Kathmandu on Monday. Argentine President Tomas Ardila criticised the visit on Tuesday.")
    accuse = [e for e in _asserted(_events(extractor, text), "ACCUSE")
              if "ARG" in _countries(e)]
    assert accuse and {"ISL", "NPL"} & _countries(accuse[0])


def test_criticising_a_visit_with_no_contact_before_has_no_target(extractor):
    text = "Argentine President Tomas Ardila criticised the visit on Tuesday."
    for e in _asserted(_events(extractor, text), "ACCUSE"):
        assert len(e.actors) < 2 or _countries(e) == {"ARG"}


def test_a_known_group_read_as_a_person_keeps_its_country(extractor):
    ex = extractor
    text = "The Security Council adopted a resolution demanding that the Houthis halt their attacks."
    doc = ex.nlp(text)
    found = ex.actors.mentions(doc, PUBLISHED)
    houthis = [m for m in found.mentions if "Houthi" in doc[m.start:m.end].text]
    assert houthis and houthis[0].actors[0].kind != "person"


def test_an_unknown_name_read_as_a_person_stays_a_person(extractor):
    text = "Police arrested Tomas Verhoeven in the capital on Monday."
    doc = extractor.nlp(text)
    found = extractor.actors.mentions(doc, PUBLISHED)
    assert any(m.actors[0].kind == "person" for m in found.mentions if m.actors)


# -- live blogs, newest entry first ------------------------------------------------------

_BLOG = ("12:30 GMT\nKenyan Foreign Minister Odera Wambua condemned the strikes as a "
         "violation of international law.\n\n"
         "11:00 GMT\nNepal carried out missile strikes on camps in Peru overnight.\n\n"
         "10:15 GMT\nPeru closed its airspace to Nepalese flights.\n")


def test_a_reversed_live_blog_reads_its_older_entry_first(extractor):
    accuse = _asserted(_events(extractor, _BLOG), "ACCUSE")
    assert accuse and "NPL" in _countries(accuse[0])


def test_stamps_in_reading_order_keep_the_written_order(extractor):
    text = ("11:00 GMT\nKenyan Foreign Minister Odera Wambua condemned the strikes as a "
            "violation of international law.\n\n"
            "12:30 GMT\nNepal carried out missile strikes on camps in Peru overnight.\n\n"
            "13:10 GMT\nPeru closed its airspace.\n")
    for e in _asserted(_events(extractor, text), "ACCUSE"):
        assert "NPL" not in _countries(e)


# -- a passive verb sharing the first verb's subject -------------------------------------

def test_arrived_and_was_received_by_is_a_meeting_of_both(extractor):
    text = ("Ghanaian President Kofi Mensah landed in Montevideo on Wednesday and "
            "was received by Uruguayan President Martin Larrea at the palace.")
    meet = _asserted(_events(extractor, text), "MEET")
    assert meet and {"GHA", "URY"} <= _countries(meet[0])


def test_a_passive_conjunct_of_another_kind_takes_no_first_subject(extractor):
    # (not "landed in Montevideo": a journey to a place is a visit of its own)
    text = ("Ghanaian President Kofi Mensah spoke in Montevideo on Wednesday and "
            "was criticised by the opposition.")
    assert not _asserted(_events(extractor, text), "MEET")


# -- support for an act told before -------------------------------------------------------

def test_support_for_the_operation_goes_to_its_actors(extractor):
    text = ("Iceland and Chile carried out air strikes on militia sites in Namibia on Friday. "
            "Spain and Portugal provided support for the operation, including refuelling.")
    aid = _asserted(_events(extractor, text), "AID")
    assert aid and {"ESP", "ISL"} <= _countries(aid[0])


def test_support_for_an_operation_never_told_has_no_target(extractor):
    text = "Spain and Portugal provided support for the operation, including refuelling."
    assert not _asserted(_events(extractor, text), "AID")


# -- names with a bracketed acronym -------------------------------------------------------

def test_a_bracketed_acronym_is_not_part_of_the_name(extractor):
    from graphkit.extract.names import _clean_name
    doc = extractor.nlp("The Council for the Defence of the Republic (CDR) welcomed it.")
    opening = next(t.i for t in doc if t.text == "(")
    span = doc[1:opening + 2]  # an entity that runs into the bracket: "Council ... (CDR"
    assert _clean_name(span, extractor.actors.honorifics) == "Council for the Defence of the Republic"


def test_a_bracket_inside_a_name_keeps_the_name(extractor):
    text = "Foreign Minister (Dainis) Varkalis met the envoy on Sunday."
    doc = extractor.nlp(text)
    names = {a.name for m in extractor.actors.mentions(doc, PUBLISHED).mentions for a in m.actors}
    assert any("Varkalis" in n for n in names)



# -- assessments that accuse ---------------------------------------------------------------

def test_saying_a_party_violated_an_accord_accuses_it(extractor):
    text = "Chile's foreign ministry said on Monday that Peru had violated the fishing agreement."
    accuse = _asserted(_events(extractor, text), "ACCUSE")
    assert accuse and {"CHL", "PER"} <= _countries(accuse[0])


def test_denying_ones_own_violation_accuses_nobody(extractor):
    text = "Chile's foreign ministry said on Monday that it had never violated the fishing agreement."
    assert not _asserted(_events(extractor, text), "ACCUSE")


def test_a_violation_told_without_a_speaker_is_no_accusation(extractor):
    text = "Peru violated the fishing agreement in 2019, according to court records."
    assert not _asserted(_events(extractor, text), "ACCUSE")
