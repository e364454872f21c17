"""Events the corpus conventions do not count, one behaviour each, on sentences written for
these tests (invented people and towns; real countries where a country code is the point)."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events, _of_type

# -- a contact is between parties of two countries ---------------------------------------


def test_a_minister_visiting_his_own_army_is_no_diplomatic_meeting(extractor):
    events = _events(extractor, "Chilean Defence Minister Ivo Marek visited the Chilean army's "
                                "garrison in Valdomar on Thursday.")
    assert not _asserted(events, "MEET")


def test_a_visit_to_a_foreign_minister_is_a_meeting(extractor):
    events = _events(extractor, "Chilean Defence Minister Ivo Marek met Peruvian Foreign Minister "
                                "Tam Ruse in Valdomar on Thursday.")
    meetings = _asserted(events, "MEET")
    assert meetings and {"CHL", "PER"} <= _countries(meetings[0])


def test_a_government_condemning_strikes_in_its_own_country_is_no_accusation_of_it(extractor):
    events = _events(extractor, "Chile's government on Wednesday condemned strikes launched in "
                                "Chile against militias in Valdomar.")
    assert not [e for e in _asserted(events, "ACCUSE") if _countries(e) == {"CHL"}]
    assert not [e for e in _asserted(events, "ATTACK") if _countries(e) == {"CHL"}]


def test_a_government_condemning_another_states_strikes_accuses_it(extractor):
    events = _events(extractor, "Chile's government on Wednesday condemned Peru's strikes on Valdomar.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and {"CHL", "PER"} <= _countries(accusations[0])


# -- an infinitive on a noun takes its time from the clause of the noun -------------------


def test_the_first_minister_to_visit_in_a_future_clause_is_a_planned_visit(extractor):
    events = _events(extractor, "Peruvian Foreign Minister Lina Dorr will on Wednesday become the "
                                "first Peruvian minister to visit Chile in four years.")
    assert not _asserted(events, "MEET")
    assert _of_type(events, "MEET", "planned")


def test_the_first_minister_to_visit_in_a_past_clause_is_a_visit_made(extractor):
    events = _events(extractor, "Peruvian Foreign Minister Lina Dorr on Wednesday became the "
                                "first Peruvian minister to visit Chile in four years.")
    assert _asserted(events, "MEET")


# -- a report's act on a condition --------------------------------------------------------


def test_an_accusation_said_only_on_a_condition_is_hypothetical(extractor):
    events = _events(extractor, "Chilean Foreign Minister Ivo Marek said that if Peru presses ahead "
                                "with the dam, it would be a violation of the Valdomar treaty.")
    assert not _asserted(events, "ACCUSE")
    assert _of_type(events, "ACCUSE", "hypothetical")


def test_an_accusation_said_outright_is_asserted(extractor):
    events = _events(extractor, "Chilean Foreign Minister Ivo Marek said Peru's dam was a violation "
                                "of the Valdomar treaty.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and {"CHL", "PER"} <= _countries(accusations[0])


# -- a verb coordinated with a verb of response shares its auxiliary ----------------------


def test_an_attack_coordinated_with_a_future_response_is_not_asserted(extractor):
    events = _events(extractor, "Chile will respond and strike Peru, Defence Minister Ivo Marek "
                                "said in Valdomar.")
    assert not _asserted(events, "ATTACK")


def test_an_attack_coordinated_with_a_past_response_is_asserted(extractor):
    events = _events(extractor, "Chile responded and struck Peruvian positions near Valdomar on Monday.")
    attacks = _asserted(events, "ATTACK")
    assert attacks and {"CHL", "PER"} <= _countries(attacks[0])


# -- one statement of a speaker's day: a later plain quote elaborates it ------------------


def test_a_plain_quote_after_a_speakers_stance_is_no_second_statement(extractor):
    events = _events(extractor, "Chilean President Tomas Orrego met Peruvian President Ana Quispe "
                                "in Valdomar on Monday. Orrego stressed Chile's commitment to the "
                                "border accord. Orrego also said that Chile would keep "
                                "trading with Peru for as long as it could.")
    statements = [e for e in _asserted(events, "STATEMENT") if "CHL" in _countries(e)]
    assert len(statements) == 1


def test_a_plain_quote_of_another_day_after_a_stance_is_a_statement_of_its_own(extractor):
    events = _events(extractor, "Chilean President Tomas Orrego met Peruvian President Ana Quispe "
                                "in Valdomar on Monday. Orrego stressed Chile's commitment to the "
                                "border accord. Last month, Orrego said that Chile would "
                                "keep trading with Peru for as long as it could.")
    statements = [e for e in _asserted(events, "STATEMENT") if "CHL" in _countries(e)]
    assert len(statements) == 2


# -- the news told again: its teller's statement, unless the verb only passes it on -------


def test_news_told_again_by_a_plain_report_is_the_tellers_statement(extractor):
    events = _events(extractor, "Chilean troops shelled a Peruvian border post on Monday. Chilean "
                                "Defence Minister Ivo Marek said that Chilean troops had shelled "
                                "the Peruvian border post.")
    assert len(_asserted(events, "ATTACK")) == 1
    assert _asserted(events, "STATEMENT")


def test_news_told_again_with_a_wrapper_verb_is_no_statement(extractor):
    events = _events(extractor, "Chilean troops shelled a Peruvian border post on Monday. Chilean "
                                "Defence Minister Ivo Marek added that Chilean troops had shelled "
                                "the Peruvian border post.")
    assert len(_asserted(events, "ATTACK")) == 1
    assert not _asserted(events, "STATEMENT")


def test_aid_one_will_not_be_deterred_from_giving_is_no_aid_told(extractor):
    events = _events(extractor, "\"Ghana's moves will not deter us from sending continued military "
                                "aid to Norway,\" Kenyan Foreign Minister Oduya Maro said on Tuesday.")
    assert not _asserted(events, "AID")
    assert _asserted(events, "STATEMENT")


def test_aid_provided_outright_is_aid_told(extractor):
    events = _events(extractor, "Kenya has provided continued military aid to Norway.")
    assert _asserted(events, "AID")
