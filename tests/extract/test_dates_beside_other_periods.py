"""An event is dated by its story when its sentence's only date belongs to something else:
the start of another first-ever noun's period ("his first visit since being elected on
<day>, X met Y"), and a participle in an absolute phrase ("with its minister negotiating a
ceasefire") is told in the tense of the verb the phrase hangs on (invented people)."""

from __future__ import annotations

from extract.helpers import PUBLISHED, _asserted, _events

_MONTH = PUBLISHED.isoformat()[:7]


def test_a_since_date_of_another_first_noun_leaves_the_event_to_its_story(extractor):
    text = ("Premier Oren Varen of Kestria is in Dalmoria this week. During the first leg of "
            "his long trip to Dalmoria, his first visit to the country since being voted back "
            "into office on Nov. 1, 2022, Varen met with Dalmorian President Ilk Brast in Tavi.")
    met = _asserted(_events(extractor, text), "MEET")
    assert met and met[0].date.value and met[0].date.value.startswith(_MONTH)


def test_a_participle_of_an_absolute_phrase_takes_the_tense_of_its_clause(extractor):
    text = ("Clashes broke out on the border between Chile and Peru earlier this month, with "
            "each side blaming the other. Brazil stepped in to mediate, with Brazil's Defence "
            "Minister Tomas Brenn negotiating a ceasefire.")
    agreed = _asserted(_events(extractor, text), "AGREE")
    assert agreed and agreed[0].date.value and agreed[0].date.value.startswith(_MONTH)
