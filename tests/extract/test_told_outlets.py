"""The outlet a speaker talked to ("told Xinhua", "told Radio <name>"), or the national news
agency that passed the words on (", <agency> said"), carried them: it is the channel of the
news, no party to what was said. Sentences written for these tests (invented people and
towns)."""

from __future__ import annotations

from extract.helpers import _events


def _names(events) -> set[str]:
    return {a.name for e in events for a in e.actors}


def test_a_known_agency_told_a_quote_is_no_party(extractor):
    events = _events(extractor, '"They should stop blaming us for every raid," spokesman Tarin '
                                'Oduk of Peru told Xinhua in Sorna.')
    assert "Xinhua" not in _names(events)


def test_an_unknown_radio_told_is_an_outlet_and_no_party(extractor):
    events = _events(extractor, "Peruvian Foreign Minister Dario Senko told Radio NZ on Monday "
                                "that the ban on the Quelvar fishermen was the work of outsiders.")
    assert not any(n.startswith("Radio") for n in _names(events))


def test_a_national_news_agency_closing_a_sentence_is_no_party(extractor):
    events = _events(extractor, "Sudanese President Omar Hadal accused the rulers in Tamri of "
                                "arming the raiders who struck an army post near Kesh in May, "
                                "SUNA said.")
    assert "Sudan News Agency" not in _names(events) and "SUNA" not in _names(events)
