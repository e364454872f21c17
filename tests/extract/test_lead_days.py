"""The day of a story's news told by its lead (graphkit.extract.story_days): a full date
that names its weekday moves the news day as a bare weekday does, and a month already gone
("last month") is background, not the day later undated acts run on from; on invented
people, with real country names."""

from __future__ import annotations

from datetime import date

from extract.helpers import _asserted, _events

SUNDAY = date(2025, 3, 16)
WEDNESDAY = date(2025, 4, 16)


def test_a_lead_in_the_present_perfect_takes_the_day_a_full_date_with_its_weekday_names(extractor):
    events = _events(extractor, "The foreign ministers of Chile and Bolivia have met in Brasilia "
                                "to ease tensions over the border. The delegations were led by "
                                "Tomas Brell and Ilse Marrow this Saturday, March 15.", SUNDAY)
    meetings = _asserted(events, "MEET")
    assert meetings and meetings[0].date.value == "2025-03-15"


def test_a_full_date_two_days_back_does_not_move_the_news_day(extractor):
    events = _events(extractor, "The foreign ministers of Chile and Bolivia have met in Brasilia "
                                "to ease tensions over the border. The delegations were led by "
                                "Tomas Brell and Ilse Marrow this Friday, March 14.", SUNDAY)
    meetings = _asserted(events, "MEET")
    assert meetings and meetings[0].date.value == SUNDAY.isoformat()


def test_a_lead_month_already_gone_does_not_date_a_later_undated_meeting(extractor):
    events = _events(extractor, "Ghana and Togo announced an accord last month to reopen their "
                                "border. The deal has the potential to end years of friction. "
                                "Foreign Minister Kofi Aban of Ghana and his Togolese counterpart "
                                "Ama Sedo discussed the reopening of the border posts, Ghana's "
                                "foreign ministry said in a statement. State television in Lome "
                                "reported that the two ministers held a meeting in Lome.", WEDNESDAY)
    meetings = _asserted(events, "MEET")
    assert meetings and meetings[0].date.value == WEDNESDAY.isoformat()


def test_a_lead_day_of_this_month_still_dates_a_later_undated_meeting(extractor):
    events = _events(extractor, "Ghana and Togo announced an accord on April 9 to reopen their "
                                "border. The deal has the potential to end years of friction. "
                                "Foreign Minister Kofi Aban of Ghana and his Togolese counterpart "
                                "Ama Sedo discussed the reopening of the border posts, Ghana's "
                                "foreign ministry said in a statement. State television in Lome "
                                "reported that the two ministers held a meeting in Lome.", WEDNESDAY)
    meetings = _asserted(events, "MEET")
    assert meetings and meetings[0].date.value == "2025-04-09"


STORY = ("The foreign ministers of Chile and Bolivia have met in Brasilia to ease tensions over "
         "the border. The quarrel over the tolls is an old one. Farmers on both banks have "
         "complained for years. ")


def test_a_contact_told_undated_then_with_its_day_is_one_event_of_that_day(extractor):
    events = _events(extractor, STORY + "Chilean Foreign Minister Tomas Brell met Bolivian Foreign "
                                        "Minister Ilse Marrow on Thursday in the Itamaraty palace.",
                     SUNDAY)
    meetings = _asserted(events, "MEET")
    assert [m.date.value for m in meetings] == ["2025-03-13"]


def test_a_contact_dated_weeks_before_the_news_day_stays_another_contact(extractor):
    events = _events(extractor, STORY + "Chilean Foreign Minister Tomas Brell met Bolivian Foreign "
                                        "Minister Ilse Marrow on March 2 in the Itamaraty palace.",
                     SUNDAY)
    meetings = _asserted(events, "MEET")
    assert sorted(m.date.value for m in meetings) == ["2025-03-02", SUNDAY.isoformat()]
