"""The day of a story's news and the events the article dedup keeps apart: a full date
that names its weekday moves the news day as a bare weekday does; a month already gone
("last month") is background, not the day later undated acts run on from; an accord noun
with its own infinitive is another accord than one to do something else. Invented people,
real country names."""

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


def test_an_accord_noun_with_its_own_infinitive_is_not_a_later_accord_to_do_another_thing(extractor):
    events = _events(extractor, "Accra and Lome reached an agreement on April 2 to reopen their "
                                "border. The deal has the potential to end years of friction. In "
                                "phone calls on April 2, the two foreign ministers agreed to meet "
                                "in Lome before the end of the month.", WEDNESDAY)
    assert len(_asserted(events, "AGREE")) == 2

