"""The day of a story's news and the events the article dedup keeps apart: a full date
that names its weekday moves the news day as a bare weekday does; a month already gone
("last month") is background, not the day later undated acts run on from; an accord noun
with its own infinitive is another accord than one to do something else. Invented people,
real country names."""

from __future__ import annotations

from datetime import date

from extract.helpers import _asserted, _events, _with_setting

SUNDAY = date(2025, 3, 16)
WEDNESDAY = date(2025, 4, 16)

TALKS = "President Ilo Brast of Chile has held talks with Bolivian President Dara Vell in La Paz. "


def test_a_lead_in_the_present_perfect_takes_the_day_a_full_date_with_its_weekday_names(extractor):
    events = _events(extractor, TALKS + "The two leaders sat down on Saturday, March 15, for three "
                                        "hours behind closed doors.", SUNDAY)
    meetings = _asserted(events, "MEET")
    assert meetings and meetings[0].date.value == "2025-03-15"


def test_a_full_date_two_days_back_does_not_move_the_news_day(extractor):
    events = _events(extractor, TALKS + "The two leaders sat down on Friday, March 14, for three "
                                        "hours behind closed doors.", SUNDAY)
    meetings = _asserted(events, "MEET")
    assert meetings and meetings[0].date.value == SUNDAY.isoformat()


def _quarrel(when: str) -> str:
    return (f"Ghana and Togo sealed a deal {when} to end a quarrel over river tolls. The quarrel "
            "has weighed on trade for years. Ghanaian Foreign Minister Kofi Aban held talks with "
            "his Togolese counterpart Ama Sedo in Lome, a ministry spokesman said.")


def test_a_lead_month_already_gone_does_not_date_a_later_undated_meeting(extractor):
    meetings = _asserted(_events(extractor, _quarrel("last month"), date(2025, 3, 16)), "MEET")
    assert meetings and meetings[0].date.value is None


def test_a_lead_month_already_gone_dates_a_later_meeting_when_the_date_rules_say_so(extractor, tmp_path):
    own = _with_setting(extractor, tmp_path, "date_rules.yaml", "lead_gone_period_is_background", False)
    meetings = _asserted(_events(own, _quarrel("last month"), date(2025, 3, 16)), "MEET")
    assert meetings and meetings[0].date.value == "2025-02"


def test_a_lead_day_of_this_month_still_dates_a_later_undated_meeting(extractor):
    meetings = _asserted(_events(extractor, _quarrel("on March 9"), date(2025, 3, 16)), "MEET")
    assert meetings and meetings[0].date.value == "2025-03-09"


def test_an_accord_noun_with_its_own_infinitive_is_not_a_later_accord_to_do_another_thing(extractor):
    events = _events(extractor, "Accra and Lome reached an agreement on April 2 to reopen their "
                                "border. The deal has the potential to end years of friction. In "
                                "phone calls on April 2, the two foreign ministers agreed to meet "
                                "in Lome before the end of the month.", WEDNESDAY)
    assert len(_asserted(events, "AGREE")) == 2
