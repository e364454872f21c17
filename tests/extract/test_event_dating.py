"""How the extractor dates an event from its sentence and its story (graphkit.extract.dating),
on invented people in invented stories."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from extract.helpers import _asserted, _events
from spacy.tokens import Doc, Span

from graphkit.extract.date_rules import date_grammar
from graphkit.extract.dating import _widened

PUBLISHED = date(2025, 3, 14)  # a Friday
MONDAY = "2025-03-10"
LEAD = ("Chilean Foreign Minister Tomas Verdal met his Peruvian counterpart Anselmo Quiroga "
        "in Lima on Monday. ")


def test_a_date_in_a_relative_clause_does_not_leave_the_main_event_undated(extractor):
    events = _events(extractor, LEAD + "Verdal also condemned Bolivia, which had closed its "
                                       "border with Chile in 2019.", PUBLISHED)
    accusations = _asserted(events, "ACCUSE")
    assert accusations and accusations[0].date.value == MONDAY


def test_an_event_the_clause_happened_after_is_not_given_the_clause_date(extractor):
    events = _events(extractor, LEAD + "Relations froze after a raid by Peruvian troops on a "
                                       "Chilean border post.", PUBLISHED)
    attacks = _asserted(events, "ATTACK")
    assert attacks and attacks[0].date.value is None


def test_an_event_in_the_present_progressive_in_the_lead_is_dated_on_publication(extractor):
    events = _events(extractor, "Chilean President Tomas Verdal and Peruvian President Anselmo "
                                "Quiroga are meeting in Quito for talks on the border.", PUBLISHED)
    meetings = _asserted(events, "MEET")
    assert meetings and meetings[0].date.value == PUBLISHED.isoformat()


def test_an_accusation_reported_on_a_day_is_dated_that_day_though_its_content_lies_before(
        extractor):
    events = _events(extractor, LEAD + "The talks covered trade. Fishing was raised. On "
                                       "Wednesday, Bolivia's foreign ministry said that Peruvian "
                                       "troops had violated Bolivian airspace.", PUBLISHED)
    accusations = _asserted(events, "ACCUSE")
    assert accusations and accusations[0].date.value == "2025-03-12"


SATURDAY = date(2025, 3, 15)  # the morning after a Friday


def test_an_undated_lead_of_a_story_naming_only_yesterday_is_dated_yesterday(extractor):
    events = _events(extractor, "Chile has expelled Peru's ambassador Anselmo Quiroga over a "
                                "border dispute. Foreign Minister Tomas Verdal announced the "
                                "decision to reporters in Santiago on Friday.", SATURDAY)
    expulsions = _asserted(events, "EXPEL")
    assert expulsions and expulsions[0].date.value == "2025-03-14"


def test_an_undated_lead_stays_on_publication_when_the_story_says_today(extractor):
    events = _events(extractor, "Chile has expelled Peru's ambassador Anselmo Quiroga over a "
                                "border dispute. Foreign Minister Tomas Verdal had warned Lima "
                                "on Friday, and he repeated the warning today.", SATURDAY)
    expulsions = _asserted(events, "EXPEL")
    assert expulsions and expulsions[0].date.value == SATURDAY.isoformat()


def test_an_undated_lead_stays_on_publication_when_the_story_names_several_weekdays(extractor):
    events = _events(extractor, "Chile has expelled Peru's ambassador Anselmo Quiroga over a "
                                "border dispute. Foreign Minister Tomas Verdal warned Lima on "
                                "Wednesday and again on Friday.", SATURDAY)
    expulsions = _asserted(events, "EXPEL")
    assert expulsions and expulsions[0].date.value == SATURDAY.isoformat()


def test_an_event_told_as_the_day_before_is_dated_the_day_before_the_news(extractor):
    events = _events(extractor, "Chilean President Tomas Verdal and Peruvian President Anselmo "
                                "Quiroga held talks in Quito. Verdal met Quiroga in Lima the day "
                                "before.", PUBLISHED)
    meetings = [e for e in _asserted(events, "MEET") if "day before" in e.evidence]
    assert meetings and meetings[0].date.value == "2025-03-13"


def test_the_day_before_a_named_occasion_does_not_date_from_the_news_day(extractor):
    events = _events(extractor, "Chilean President Tomas Verdal and Peruvian President Anselmo "
                                "Quiroga held talks in Quito. Verdal met Quiroga in Lima the day "
                                "before the border vote.", PUBLISHED)
    meetings = [e for e in _asserted(events, "MEET") if "day before" in e.evidence]
    assert not meetings or meetings[0].date.value != "2025-03-13"


def test_an_old_year_in_the_lead_is_background_not_the_day_of_the_news(extractor):
    events = _events(extractor, "The Chilean army seized power in 2019. Chilean Foreign Minister "
                                "Tomas Verdal met his Peruvian counterpart Anselmo Quiroga in "
                                "Lima.", PUBLISHED)
    meetings = [e for e in _asserted(events, "MEET") if "Lima" in e.evidence]
    assert meetings and meetings[0].date.value in (None, PUBLISHED.isoformat())


def test_the_lead_date_is_its_main_clause_date_not_a_relative_clause_date(extractor):
    events = _events(extractor, "Chile's President Tomas Verdal stated on Thursday that a "
                                "passenger plane which crashed last week, killing 38 people, had "
                                "been damaged by gunfire from Peru.\n\nSpeaking on state "
                                "television, Verdal demanded that Lima issue an apology and pay "
                                "compensation.", PUBLISHED)
    demands = _asserted(events, "DEMAND")
    assert demands and demands[0].date.value == "2025-03-13"


def test_an_act_that_is_the_first_since_a_year_is_dated_by_its_tense_not_left_undated(extractor):
    events = _events(extractor, "Peru imposed sanctions on Bolivian officials, the first since 2019, "
                                "the ministry said.", PUBLISHED)
    sanctions = _asserted(events, "SANCTION")
    assert sanctions and sanctions[0].date.value == PUBLISHED.isoformat()


def test_a_period_since_a_year_still_leaves_its_own_event_undated(extractor):
    events = _events(extractor, "Peru has kept sanctions on Bolivian officials since 2019.", PUBLISHED)
    assert all(e.date.value in (None, "2019") for e in events if e.modality == "asserted")


def test_an_act_a_dated_report_tells_in_the_pluperfect_is_dated_by_the_report(extractor):
    events = _events(extractor, "Bolivia said on Monday that it had told the Peruvian envoy to "
                                "leave La Paz.", PUBLISHED)
    expulsions = _asserted(events, "EXPEL")
    assert expulsions and expulsions[0].date.value == MONDAY


def test_an_act_a_dated_report_tells_with_a_date_of_its_own_keeps_that_date(extractor):
    events = _events(extractor, "Bolivia said on Monday that Peruvian troops had attacked a border "
                                "post last week.", PUBLISHED)
    attacks = _asserted(events, "ATTACK")
    assert attacks and attacks[0].date.value == "2025-03"  # the week, a month


@pytest.mark.parametrize("bound", ["until March 2026", "through the end of June", "till May"])
def test_the_end_of_an_events_period_is_not_its_date(extractor, bound):
    events = _events(extractor, f"Chile on Monday extended its sanctions on Bolivia {bound}.",
                     PUBLISHED)
    sanctions = _asserted(events, "SANCTION")
    assert sanctions and sanctions[0].date.value == MONDAY


def test_an_event_with_only_an_end_bound_is_dated_by_its_tense(extractor):
    events = _events(extractor, "Chile extended its sanctions on Bolivia until March 2026.",
                     PUBLISHED)
    sanctions = _asserted(events, "SANCTION")
    assert sanctions and sanctions[0].date.value == PUBLISHED.isoformat()


def test_an_event_on_a_day_named_by_another_event_is_left_undated(extractor):
    events = _events(extractor, LEAD + "A strong earthquake struck northern Peru in January. "
                                       "Verdal telephoned Quiroga on the day of the earthquake "
                                       "to offer condolences.", PUBLISHED)
    calls = [e for e in _asserted(events, "CALL") if "earthquake" in e.evidence]
    assert calls and calls[0].date.value is None


def test_a_second_clause_with_its_own_month_is_not_given_the_first_clauses_day(extractor):
    events = _events(extractor, "Chilean President Tomas Verdal met Peruvian President Anselmo "
                                "Quiroga in Lima on Monday and signed a trade agreement with him "
                                "in January.", PUBLISHED)
    meetings, agreements = _asserted(events, "MEET"), _asserted(events, "AGREE")
    assert meetings and meetings[0].date.value == MONDAY
    assert agreements and agreements[0].date.value == "2025-01"


def test_a_speech_act_whose_content_is_pluperfect_is_dated_when_it_was_said(extractor):
    events = _events(extractor, LEAD + "The talks covered trade. Fishing was raised. Verdal said "
                                       "that Peru had violated Chilean airspace.", PUBLISHED)
    accusations = _asserted(events, "ACCUSE")
    assert accusations and accusations[0].date.value == MONDAY


@pytest.mark.parametrize("opening", ["Beginning on Wednesday", "Starting Wednesday"])
def test_a_date_opened_by_starting_or_beginning_dates_the_clause_it_opens(extractor, opening):
    events = _events(extractor, LEAD + f"The talks covered trade. Fishing was raised. {opening}, "
                                       "Chilean jets struck rebel camps in the Bolivian highlands.",
                     PUBLISHED)
    attacks = _asserted(events, "ATTACK")
    assert attacks and attacks[0].date.value == "2025-03-12"



@pytest.mark.parametrize("opener", ["this", "last"])
def test_a_date_entity_takes_back_the_relative_word_the_tagger_left_out(opener):
    words = ["Chile", "said", opener, "month", "it", "would", "help", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 6, 6, 1, 1],
              deps=["nsubj", "ROOT", "det", "npadvmod", "nsubj", "aux", "ccomp", "punct"])
    ent = Span(doc, 3, 4, label="DATE")
    assert _widened(ent, date_grammar().rules).text == f"{opener} month"


def test_the_day_a_threat_says_something_will_happen_is_not_the_day_of_the_threat(extractor):
    events = _events(extractor, LEAD + "The talks covered trade. Fishing was raised. Over the "
                                       "weekend, Verdal had warned that a 40% levy on "
                                       "Peruvian fruit would come into force on Thursday.", PUBLISHED)
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and threats[0].date.value == "2025-03"  # the weekend, a month


@pytest.mark.parametrize(("since", "span", "value"), [
    ("in 2016", "two years later", "2018"),
    ("in May 2021", "three months later", "2021-08"),
    ("in 2016", "three days later", "2016"),  # a finer span does not move a year
])
def test_a_counted_span_of_the_events_clause_counts_from_the_sentences_other_date(
        extractor, since, span, value):
    events = _events(extractor, f"Ties between Chile and Peru were restored {since}, but both "
                                f"countries expelled each other's envoys {span} in a dispute "
                                "over fishing rights.", PUBLISHED)
    expulsions = _asserted(events, "EXPEL")
    assert expulsions and expulsions[0].date.value == value


def test_an_undated_event_takes_the_day_a_later_sentence_tells_it_again(extractor):
    events = _events(extractor, "Prime Minister Tomas Verdal has had his first phone call with "
                                "Anselmo Quiroga since the Peruvian leader won the election in "
                                "January.\nThe two spoke about trade.\nThe leaders talked over the "
                                "phone on Tuesday about fishing rights.",
                     PUBLISHED)
    calls = _asserted(events, "CALL")
    assert [c.date.value for c in calls] == ["2025-03-11"]


def test_a_later_contact_of_other_actors_of_the_same_countries_does_not_date_the_first(extractor):
    events = _events(extractor, "Peruvian Foreign Minister Anselmo Quiroga spoke alongside his "
                                "Chilean counterpart Tomas Verdal, who was visiting Lima after "
                                "months of warming ties.\nThe two discussed fishing rights.\n"
                                "Quiroga visited Chile last month to encourage trade.", PUBLISHED)
    meetings = _asserted(events, "MEET")
    assert meetings and meetings[0].date.value != "2025-02"


def test_a_reaction_does_not_take_the_day_of_an_event_told_in_passing(extractor):
    events = _events(extractor, "Chile expelled a Peruvian diplomat on Friday over spying. The "
                                "diplomat had received secret papers from Chilean officer Jorge "
                                "Salas, who was arrested by Chilean police on Wednesday. Salas "
                                "worked at the port of Arica. Peruvian Foreign Minister Anselmo "
                                "Quiroga condemned the expulsion. Quiroga vowed to respond.",
                     PUBLISHED)
    arrests = _asserted(events, "ARREST")
    assert arrests and arrests[0].date.value == "2025-03-12"
    reactions = _asserted(events, "ACCUSE") + _asserted(events, "THREATEN")
    assert reactions and {r.date.value for r in reactions} == {PUBLISHED.isoformat()}


def test_a_span_earlier_counts_from_the_last_day_told_not_a_year_told_in_passing(extractor):
    events = _events(extractor, "Chilean jets struck an arms depot in southern Peru early "
                                "Wednesday. The depot belonged to a Peruvian group founded in "
                                "2014 by fishermen. About 24 hours earlier, Chilean "
                                "troops shelled a Peruvian border post.", date(2025, 3, 13))
    attacks = _asserted(events, "ATTACK")
    assert [a.date.value for a in attacks] == ["2025-03-12", "2025-03-11"]


def test_an_act_later_in_a_story_that_states_no_day_is_dated_the_news_day(extractor):
    events = _events(extractor, "Fishing rights have long divided Chile and Peru. Both claim the "
                                "waters off Arica. Talks stalled for years. Peruvian Foreign "
                                "Minister Anselmo Quiroga was speaking alongside his Chilean "
                                "counterpart Tomas Verdal, who was visiting Lima amid warming "
                                "ties.", PUBLISHED)
    meetings = _asserted(events, "MEET")
    assert meetings and meetings[0].date.value == PUBLISHED.isoformat()


@pytest.mark.parametrize("deadline", ["before winter", "by Friday"])
def test_the_deadline_of_a_demand_is_not_the_day_it_was_made(extractor, deadline):
    events = _events(extractor, "Chilean President Tomas Verdal met Peruvian President Anselmo "
                                "Quiroga in Lima on Monday. Verdal called on Peru to send more "
                                f"aid to fishing towns {deadline}.", date(2025, 10, 8))
    demands = _asserted(events, "DEMAND")
    assert demands and demands[0].date.value == "2025-10-06"


@pytest.mark.parametrize(("sentence", "value"), [
    ("Peru recalled its envoy to Santiago on Wednesday, a day after Chilean troops shelled a "
     "Peruvian border post.", "2025-03-11"),
    ("Verdal and Quiroga held talks in Lima on February 18, a week before Chilean troops shelled "
     "a Peruvian border post.", "2025-02-25"),
])
def test_an_event_a_counted_distance_from_its_governing_clause_moves_that_clauses_day(
        extractor, sentence, value):
    attacks = _asserted(_events(extractor, sentence, date(2025, 3, 13)), "ATTACK")
    assert attacks and attacks[0].date.value == value


def test_a_day_counted_from_another_clause_is_not_the_storys_day_for_later_reactions(extractor):
    events = _events(extractor, "Peru recalled its envoy to Santiago on Wednesday, a day after "
                                "Chilean troops shelled a Peruvian border post. Fishing boats "
                                "stayed in port. The border was calm. Peruvian Foreign Minister "
                                "Anselmo Quiroga condemned Chile.",
                     date(2025, 3, 12))
    accusations = _asserted(events, "ACCUSE")
    assert accusations and accusations[0].date.value == "2025-03-12"


STORY = ("Chilean President Tomas Verdal met Peruvian President Anselmo Quiroga in Lima on "
         "Monday. Verdal told reporters the talks went well. Quiroga said a day earlier that he "
         "hoped for progress. ")


def test_an_act_after_the_story_went_back_to_an_earlier_year_takes_that_year(extractor):
    events = _events(extractor, STORY + "Verdal had received Quiroga in Santiago in March 2023, "
                                        "and ties worsened after that. Quiroga accused Chile of "
                                        "arming its border guards.", PUBLISHED)
    accusations = _asserted(events, "ACCUSE")
    assert accusations and accusations[0].date.value == "2023"


@pytest.mark.parametrize("background", [
    "When Verdal toured Lima in 2023, crowds lined the streets.",  # an aside
    "Peru has long ignored a court ruling of March 2023 on the waters.",  # a present state
])
def test_an_earlier_year_told_as_background_does_not_stop_the_story_day(extractor, background):
    events = _events(extractor, STORY + background + " Quiroga accused Chile of arming its "
                                                     "border guards.", PUBLISHED)
    accusations = _asserted(events, "ACCUSE")
    assert accusations and accusations[0].date.value == MONDAY


def test_a_later_act_of_the_actors_of_the_last_day_told_takes_that_day_not_the_leads(extractor):
    events = _events(extractor, "Chilean President Tomas Verdal hailed Peruvian President Anselmo "
                                "Quiroga on Friday as a partner. Verdal spoke at a press briefing "
                                "in Santiago. Fishing rights have long divided the neighbours. At "
                                "the Thursday summit in Lima, Verdal and Quiroga agreed to reopen "
                                "border crossings. They further agreed to hold naval exercises.",
                     date(2025, 3, 15))
    agreements = _asserted(events, "AGREE")
    assert [a.date.value for a in agreements] == ["2025-03-13", "2025-03-13"]


def test_a_later_act_of_other_actors_than_the_last_day_told_takes_the_leads_day(extractor):
    events = _events(extractor, "Chilean President Tomas Verdal met Peruvian President Anselmo "
                                "Quiroga in Lima on Friday. The two discussed fishing rights. The "
                                "two sides seek to end a long row over the waters. Bolivian police "
                                "arrested Chilean officer Jorge Salas in La Paz on Wednesday. "
                                "Verdal later signed a trade deal with Quiroga.", date(2025, 3, 15))
    agreements = _asserted(events, "AGREE")
    assert agreements and agreements[0].date.value == "2025-03-14"


@pytest.mark.parametrize(("sentence", "value"), [
    ("Peru recalled its envoy to Santiago on Wednesday, days after Chilean troops shelled a "
     "Peruvian border post.", "2025-03"),
    ("The recall of the Peruvian envoy comes just days after Chilean troops shelled a Peruvian "
     "border post.", "2025-03"),
])
def test_an_event_a_vague_count_of_days_before_its_governing_clause_takes_that_days_month(
        extractor, sentence, value):
    attacks = _asserted(_events(extractor, sentence, date(2025, 3, 13)), "ATTACK")
    assert attacks and attacks[0].date.value == value


def test_a_vague_count_of_days_that_may_reach_into_the_month_before_dates_nothing(extractor):
    events = _events(extractor, "The recall of the Peruvian envoy comes days after Chilean troops "
                                "shelled a Peruvian border post.", date(2025, 3, 3))
    attacks = _asserted(events, "ATTACK")
    assert attacks and attacks[0].date.value is None


def test_a_vague_count_of_weeks_dates_nothing(extractor):
    events = _events(extractor, "The recall of the Peruvian envoy comes weeks after Chilean troops "
                                "shelled a Peruvian border post.", date(2025, 3, 27))
    attacks = _asserted(events, "ATTACK")
    assert attacks and attacks[0].date.value is None


BORDER = "Peru closed its border crossing at Tacna on Monday. Trucks waited for days. Traders protested. "


def test_an_act_the_reporter_took_part_in_told_in_the_pluperfect_is_the_reports_news(extractor):
    events = _events(extractor, BORDER + "Chilean President Tomas Verdal said that he and Peruvian "
                                          "President Anselmo Quiroga had agreed to reopen the crossing.",
                     PUBLISHED)
    agreements = _asserted(events, "AGREE")
    assert agreements and agreements[0].date.value == MONDAY


def test_an_act_of_others_told_in_the_pluperfect_under_a_report_stays_undated(extractor):
    events = _events(extractor, BORDER + "Chilean President Tomas Verdal said that Bolivia and Peru "
                                          "had agreed to reopen the crossing.", PUBLISHED)
    agreements = _asserted(events, "AGREE")
    assert agreements and agreements[0].date.value is None


def test_a_time_told_after_a_mark_inside_a_relative_clause_is_that_clauses_own(extractor):
    events = _events(extractor, LEAD + "Verdal also condemned Bolivia, whose navy kept a Chilean "
                                       "trawler in port after a storm in May 2019.", PUBLISHED)
    accusations = _asserted(events, "ACCUSE")
    assert accusations and accusations[0].date.value == MONDAY
