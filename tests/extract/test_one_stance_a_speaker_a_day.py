"""A speaker's second stance of the day elaborates the first: "X praised ... . X reaffirmed
..." is one STATEMENT by X (graphkit.extract.restatements `article_events`: a statement of
speakers and a date already kept is dropped), as a later plain quote of X already was. A
stance told as a further one ("X also stressed ...", the STATEMENT entry's `further_cues`
in event_types.yaml) is kept, and so is a stance of another day or another speaker.
Invented people and towns; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _events

LEAD = ("Norway's Foreign Minister Halvard Brekkestad met Chilean officials in the town of "
        "Vestermo on Tuesday. ")


def _speakers(extractor, text):
    return [tuple(a.name for a in e.actors) for e in _asserted(_events(extractor, text), "STATEMENT")]


def test_a_second_stance_of_the_day_makes_no_second_statement(rules_only):
    text = (LEAD + "Brekkestad praised the fisheries cooperation between the two countries on "
            "Tuesday. Brekkestad reaffirmed Norway's support for the coastal research programme.")
    speakers = _speakers(rules_only, text)
    assert len([s for s in speakers if any("Brekkestad" in n for n in s)]) == 1


def test_a_stance_told_as_further_is_kept(rules_only):
    text = (LEAD + "Brekkestad praised the fisheries cooperation between the two countries on "
            "Tuesday. Brekkestad also reaffirmed Norway's support for the coastal research programme.")
    speakers = _speakers(rules_only, text)
    assert len([s for s in speakers if any("Brekkestad" in n for n in s)]) == 2


def test_stances_of_two_speakers_are_both_kept(rules_only):
    text = (LEAD + "Brekkestad praised the fisheries cooperation between the two countries on "
            "Tuesday. Chile's ambassador Tomasina Orrego reaffirmed Chile's support for the "
            "coastal research programme on Tuesday.")
    speakers = _speakers(rules_only, text)
    assert any(any("Brekkestad" in n for n in s) for s in speakers)
    assert any(any("Orrego" in n for n in s) for s in speakers)


def _brekkestad(extractor, text):
    return [s for s in _speakers(extractor, text) if any("Brekkestad" in n for n in s)]


def test_a_second_stance_on_other_parties_is_kept(rules_only):
    text = (LEAD + "Brekkestad praised Chile for its fisheries cooperation on Tuesday. "
            "Brekkestad welcomed Peru's new port agreement with Ecuador.")
    assert len(_brekkestad(rules_only, text)) == 2


def test_a_stance_after_a_plain_quote_is_kept(rules_only):
    text = (LEAD + 'Brekkestad said: "The talks in Vestermo were long." '
            "Brekkestad praised Chile's new fisheries law on Tuesday.")
    assert len(_brekkestad(rules_only, text)) == 2


def test_a_negated_stance_leaves_room_for_an_asserted_one(rules_only):
    text = (LEAD + "Brekkestad refused to praise Chile's new fisheries law on Tuesday. "
            "Brekkestad praised Chile's port reforms on Tuesday.")
    assert len(_brekkestad(rules_only, text)) == 1
