"""Days that belong to another time than the event's (graphkit.extract.dating): a weekday
named far below the lead, a time phrase the entity recogniser leaves untagged, the day an
accord of a contact was reported, an act told as made at first; on invented people in
invented places."""

from __future__ import annotations

from datetime import date

from extract.helpers import _asserted, _events

SATURDAY = date(2025, 3, 15)  # published the day after a Friday
FRIDAY = "2025-03-14"

LEAD = "Chile has expelled Peru's ambassador Pell Odrun over a quarrel about river tolls. "
FILLER = ("The quarrel over the tolls is an old one. Barges pay twice at the border. Farmers "
          "on both banks have complained for years. Traders in Puerto Cardal say prices have risen. ")


def test_a_weekday_named_only_below_the_top_does_not_move_the_news_day(extractor):
    events = _events(extractor, LEAD + FILLER + "Peruvian envoy Dara Vell told reporters on Friday "
                                                "she hoped for calm.", SATURDAY)
    expulsions = _asserted(events, "EXPEL")
    assert expulsions and expulsions[0].date.value == SATURDAY.isoformat()


def test_talks_held_last_evening_are_dated_the_day_before_publication(extractor):
    events = _events(extractor, "Chilean Prime Minister Ilo Brast and Peruvian President "
                                "Dara Vell have held talks at the Harbour Palace last evening.",
                     SATURDAY)
    meetings = _asserted(events, "MEET")
    assert meetings and meetings[0].date.value == FRIDAY


CONTACT = ("Chilean Foreign Minister Tomas Verdal met his Peruvian counterpart Anselmo Quiroga in "
           "Caldera on Monday. ")


def test_an_accord_of_the_contact_posted_days_later_keeps_the_contacts_day(extractor):
    events = _events(extractor, CONTACT + '"Talked about the fishing zones. Agreed to reopen the '
                                          'border crossing," Verdal wrote on social media on '
                                          'Wednesday.', date(2025, 3, 14))
    accords = _asserted(events, "AGREE")
    assert accords and accords[0].date.value == "2025-03-10"


def test_a_threat_told_as_initially_made_is_not_given_the_storys_day(extractor):
    events = _events(extractor, CONTACT + "Bolivia initially threatened to close its border "
                                          "with Chile over the fishing dispute.", date(2025, 3, 14))
    threats = _asserted(events, "THREATEN")
    assert threats and threats[0].date.value is None
