"""An event is dated by its story when its sentence's only date belongs to something else:
the start of another first-ever noun's period ("during her first trip abroad since
taking office on <day>, X met Y"), and a participle in an absolute phrase ("with its envoy
negotiating a truce") is told in the tense of the verb the phrase hangs on (invented people)."""

from __future__ import annotations

from extract.helpers import PUBLISHED, _asserted, _events

_MONTH = PUBLISHED.isoformat()[:7]


def test_a_since_date_of_another_first_noun_leaves_the_event_to_its_story(extractor):
    text = ("Premier Ana Varen of Kestria is touring Dalmoria. During the opening stop of her "
            "tour, her first trip abroad since taking office on June 3, 2024, Varen met with "
            "Dalmorian President Ilk Brast in Tavi.")
    met = [e for e in _asserted(_events(extractor, text), "MEET")
           if "Ilk Brast" in {a.name for a in e.actors}]
    assert met and met[0].date.value and met[0].date.value.startswith(_MONTH)


def test_a_participle_of_an_absolute_phrase_takes_the_tense_of_its_clause(extractor):
    text = ("Chilean and Peruvian troops clashed on the border earlier this month. Brazil "
            "intervened swiftly, with its envoy Tomas Brenn negotiating a truce.")
    agreed = _asserted(_events(extractor, text), "AGREE")
    assert agreed and agreed[0].date.value and agreed[0].date.value.startswith(_MONTH)
