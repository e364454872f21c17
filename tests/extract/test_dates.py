"""Date expressions resolved against the publication date (graphkit.extract.date_rules,
date_expressions and sentence_dates).

Publication dates used below: 2 July 2025 is a Wednesday, 1 July 2025 a Tuesday.
"""

from __future__ import annotations

from datetime import date

import pytest

from graphkit.extract.date_expressions import resolve_date_expression
from graphkit.extract.sentence_dates import (
    counted_days,
    counted_span_months,
    find_date_in_sentence,
    find_since_expression,
    shift_by_months,
)
from graphkit.model import EventDate

WED = date(2025, 7, 2)
TUE = date(2025, 7, 1)


def _resolved(text: str, published: date, **kwargs: bool) -> tuple[str | None, ...]:
    got = resolve_date_expression(text, published, **kwargs)
    assert got is not None, f"{text!r} did not resolve"
    return got.value, got.precision, got.rule


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Tuesday", WED, "2025-07-01"),
    ("on Tuesday", WED, "2025-07-01"),
    ("on Monday", WED, "2025-06-30"),
    ("Thursday", WED, "2025-06-26"),
    ("on Tuesday", TUE, "2025-07-01"),  # same day allowed
    ("Monday night", WED, "2025-06-30"),
    ("on Tuesday morning", WED, "2025-07-01"),
    ("late Tuesday", WED, "2025-07-01"),
    ("earlier Friday", date(2024, 4, 26), "2024-04-26"),
    ("Tuesday's", WED, "2025-07-01"),
    ("last Wednesday", WED, "2025-06-25"),
    ("Tues.", WED, "2025-07-01"),
])
def test_weekday_resolves_to_most_recent_past_day(text: str, published: date,
                                                  value: str) -> None:
    assert _resolved(text, published) == (value, "day", "weekday")


@pytest.mark.parametrize(("text", "published", "future", "value"), [
    ("on Friday", WED, True, "2025-07-04"),
    ("on Wednesday", WED, True, "2025-07-02"),
    ("next Wednesday", WED, False, "2025-07-09"),
    ("next Friday", WED, False, "2025-07-04"),
])
def test_weekday_resolves_forward_only_when_future(text: str, published: date, future: bool,
                                                   value: str) -> None:
    assert _resolved(text, published, future=future) == (value, "day", "weekday")


@pytest.mark.parametrize(("text", "published", "value"), [
    ("in May", WED, "2025-05"),
    ("May", WED, "2025-05"),
    ("back in May", WED, "2025-05"),
    ("in July", WED, "2025-07"),  # the publication month itself
    ("in August", WED, "2024-08"),
    ("in December", date(2025, 1, 10), "2024-12"),
    ("early March", WED, "2025-03"),
    ("the end of May", WED, "2025-05"),
    ("this May", date(2025, 2, 1), "2025-05"),
])
def test_month_name_resolves_to_latest_not_after_publication(text: str, published: date,
                                                             value: str) -> None:
    assert _resolved(text, published) == (value, "month", "month")


@pytest.mark.parametrize(("text", "published", "value"), [
    ("last August", WED, "2024-08"),
    ("last May", WED, "2025-05"),
    ("last July", WED, "2024-07"),  # said in July: a year ago
    ("this past June", WED, "2025-06"),
    ("next March", WED, "2026-03"),
])
def test_last_month_name_is_strictly_before_publication_month(text: str, published: date,
                                                              value: str) -> None:
    assert _resolved(text, published) == (value, "month", "month")


@pytest.mark.parametrize(("text", "value"), [
    ("last November 2023", "2023-11"),
    ("last July 2024", "2024-07"),
    ("this past June 2025", "2025-06"),
    ("last May, 2022", "2022-05"),
])
def test_a_month_with_its_year_keeps_the_year_told_after_a_relative_word(text: str, value: str) -> None:
    # "last November 2023" in a July 2025 paper: the year told, not the November before the paper
    assert _resolved(text, WED) == (value, "month", "explicit")


def test_month_name_resolves_forward_when_future() -> None:
    assert _resolved("in May", WED, future=True) == ("2026-05", "month", "month")


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("5 May 2024", "2024-05-05", "day"),
    ("May 5, 2024", "2024-05-05", "day"),
    ("Dec. 11, 2024", "2024-12-11", "day"),
    ("the 5th of May, 2024", "2024-05-05", "day"),
    ("Tuesday, May 6, 2025", "2025-05-06", "day"),
    ("2024-05-05", "2024-05-05", "day"),
    ("05/06/2024", "2024-05-06", "day"),  # month first, as in US usage
    ("25/06/2024", "2024-06-25", "day"),  # unless the first number cannot be a month
    ("September 2022", "2022-09", "month"),
    ("Sept. 2022", "2022-09", "month"),
    ("September of 2022", "2022-09", "month"),
    ("early March 2023", "2023-03", "month"),
    ("May '24", "2024-05", "month"),
])
def test_explicit_date_keeps_its_precision(text: str, value: str, precision: str) -> None:
    assert _resolved(text, WED) == (value, precision, "explicit")


@pytest.mark.parametrize(("text", "published", "value"), [
    ("May 5", WED, "2025-05-05"),
    ("on 11 September", WED, "2024-09-11"),
    ("Dec. 11", date(2024, 12, 11), "2024-12-11"),
    ("July 2", WED, "2025-07-02"),
    ("July 3", WED, "2024-07-03"),
    ("February 29", WED, "2024-02-29"),  # the latest year that has the day
])
def test_missing_year_is_latest_not_after_publication(text: str, published: date,
                                                      value: str) -> None:
    assert _resolved(text, published) == (value, "day", "inferred_year")


@pytest.mark.parametrize(("text", "value"), [
    ("2022", "2022"),
    ("in 2022", "2022"),
    ("mid-2023", "2023"),
    ("late 2019", "2019"),
    ("the end of 2020", "2020"),
])
def test_bare_year_has_year_precision(text: str, value: str) -> None:
    assert _resolved(text, WED) == (value, "year", "year")


@pytest.mark.parametrize(("text", "published", "value"), [
    ("last week", WED, "2025-06"),
    ("last week", date(2025, 7, 10), "2025-07"),
    ("the previous week", WED, "2025-06"),
    ("this past week", WED, "2025-06"),
])
def test_last_week_has_month_precision(text: str, published: date, value: str) -> None:
    assert _resolved(text, published) == (value, "month", "last_week")


@pytest.mark.parametrize(("text", "published", "value", "rule"), [
    ("this week", WED, "2025-07", "this_week"),
    ("earlier this week", WED, "2025-07", "this_week"),
    ("earlier this week", TUE, "2025-06", "this_week"),  # only Monday 30 June is earlier
    ("next week", date(2025, 6, 28), "2025-07", "next_week"),
    ("over the weekend", date(2025, 6, 30), "2025-06", "weekend"),
    ("earlier this month", WED, "2025-07", "this_month"),
    ("this month", WED, "2025-07", "this_month"),
    ("last month", WED, "2025-06", "last_month"),
    ("last month", date(2025, 1, 15), "2024-12", "last_month"),
])
def test_relative_week_and_month_have_month_precision(text: str, published: date, value: str,
                                                      rule: str) -> None:
    assert _resolved(text, published) == (value, "month", rule)


@pytest.mark.parametrize(("text", "value", "rule"), [
    ("this year", "2025", "this_year"),
    ("earlier this year", "2025", "this_year"),
    ("last year", "2024", "last_year"),
    ("late last year", "2024", "last_year"),
    ("next year", "2026", "next_year"),
])
def test_relative_year_has_year_precision(text: str, value: str, rule: str) -> None:
    assert _resolved(text, WED) == (value, "year", rule)


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("September last year", "2024-09", "month"),  # not the latest September, 2024 itself
    ("in August of last year", "2024-08", "month"),
    ("early March this year", "2025-03", "month"),
    ("January next year", "2026-01", "month"),
    ("May 5 last year", "2024-05-05", "day"),
    ("the 5th of May last year", "2024-05-05", "day"),
])
def test_month_of_a_relative_year_keeps_its_month(text: str, value: str, precision: str) -> None:
    assert _resolved(text, WED) == (value, precision, "relative_year")


def test_sentence_date_reads_a_month_of_last_year() -> None:
    found = find_date_in_sentence("Talks stalled after Ruritania recalled its envoy in October last year.",
                                  WED)
    assert found is not None and found.value == "2024-10"


@pytest.mark.parametrize(("text", "value", "rule"), [
    ("yesterday", "2025-07-01", "yesterday"),
    ("yesterday afternoon", "2025-07-01", "yesterday"),
    ("last night", "2025-07-01", "last_night"),
    ("today", "2025-07-02", "today"),
    ("earlier today", "2025-07-02", "today"),
    ("this morning", "2025-07-02", "today"),
    ("tomorrow", "2025-07-03", "tomorrow"),
])
def test_day_words_have_day_precision(text: str, value: str, rule: str) -> None:
    assert _resolved(text, WED) == (value, "day", rule)


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("three days ago", "2025-06-29", "day"),
    ("a few days ago", "2025-06", "month"),
    ("two weeks ago", "2025-06", "month"),
    ("six months ago", "2025-01", "month"),
    ("three years ago", "2022", "year"),
    ("about a year ago", "2024", "year"),
    ("a decade ago", "2015", "year"),
])
def test_ago_precision_follows_its_unit(text: str, value: str, precision: str) -> None:
    assert _resolved(text, WED) == (value, precision, "ago")


@pytest.mark.parametrize(("text", "published", "value"), [
    ("this past winter", WED, "2025"),  # December 2024 to February 2025
    ("last winter", date(2025, 1, 20), "2024"),
    ("this winter", date(2024, 12, 20), "2025"),
    ("last summer", WED, "2024"),  # said in summer: the previous one
    ("last summer", date(2025, 10, 1), "2025"),
    ("this summer", WED, "2025"),
    ("in the spring", WED, "2025"),
    ("the summer of 2023", WED, "2023"),
])
def test_season_has_year_precision(text: str, published: date, value: str) -> None:
    assert _resolved(text, published) == (value, "year", "season")


@pytest.mark.parametrize("text", [
    "four months", "for many years", "decades", "years", "three days", "the past week",
    "the past year", "recent months", "in three years", "the 1990s", "the '90s",
    "the next day", "that day", "the same week", "", "31 February 2024",
])
def test_duration_is_not_a_date(text: str) -> None:
    assert resolve_date_expression(text, WED) is None


def test_resolution_keeps_the_expression_text() -> None:
    got = resolve_date_expression("  on   Tuesday ", WED)
    assert got == EventDate("2025-07-01", "day", "on Tuesday", "weekday")


@pytest.mark.parametrize(("sentence", "published", "value", "precision"), [
    ("Tuesday's call was the presidents' first phone contact since September 2022.",
     WED, "2022-09", "month"),
    ("The call was their first conversation since their November summit in Lima.",
     date(2024, 4, 2), "2023-11", "month"),
    ("Officials said it was the first meeting of the two ministers since March 2021, "
     "when talks broke down.", WED, "2021-03", "month"),
])
def test_since_expression_gives_month_precision(sentence: str, published: date, value: str,
                                                precision: str) -> None:
    got = find_since_expression(sentence, published)
    assert got is not None
    assert (got.value, got.precision, got.rule) == (value, precision, "since")


@pytest.mark.parametrize(("sentence", "value", "precision"), [
    ("The envoys met for the first time in three years.", "2022", "year"),
    ("It is the first visit by a foreign minister to the capital in 11 years.", "2014",
     "year"),
    ("This is their first call in over a decade.", "2015", "year"),
    ("It was the first such summit in more than two years.", "2023", "year"),
    ("The two ministers spoke for the first time in six months.", "2025-01", "month"),
])
def test_first_in_n_years_counts_back_from_publication(sentence: str, value: str,
                                                       precision: str) -> None:
    got = find_since_expression(sentence, WED)
    assert got is not None
    assert (got.value, got.precision, got.rule) == (value, precision, "since_duration")


@pytest.mark.parametrize(("sentence", "value", "precision"), [
    ("The two leaders, having last talked in 2022, spoke for an hour.", "2022", "year"),
    ("The presidents last met in May 2023 at a summit in Jakarta.", "2023-05", "month"),
    ("Their previous meeting was in Geneva in November 2021.", "2021-11", "month"),
    ("The foreign ministers last spoke by phone in March.", "2025-03", "month"),
])
def test_last_contact_expression_dates_the_prior_contact(sentence: str, value: str,
                                                         precision: str) -> None:
    got = find_since_expression(sentence, WED)
    assert got is not None
    assert (got.value, got.precision, got.rule) == (value, precision, "last_contact")


@pytest.mark.parametrize("sentence", [
    "The ministers met in Vienna on Monday.",
    "Relations have been strained since the embassy closed.",
    "The talks will resume in three years, the envoy said.",
    "They have met several times since, officials said.",
])
def test_since_expression_absent(sentence: str) -> None:
    assert find_since_expression(sentence, WED) is None


@pytest.mark.parametrize(("sentence", "value"), [
    ("The ministers met in Vienna on Monday, the ministry said on Tuesday.", "2025-06-30"),
    ("The foreign minister said on Tuesday that the envoys had been recalled.", "2025-07-01"),
    ("Troops crossed the border earlier this year, after an incursion which began last "
     "August.", "2025"),
    ('The spokesman said on Monday that the raid was "worse than the one of May 5, 2024".',
     "2025-06-30"),
    ("The envoys met on Tuesday for their first talks this year.", "2025-07-01"),
    ("In early March, the two governments agreed to reopen their embassies.", "2025-03"),
])
def test_sentence_date_prefers_the_main_clause(sentence: str, value: str) -> None:
    got = find_date_in_sentence(sentence, WED)
    assert got is not None and got.value == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("It was the leaders' first phone contact since September 2022.", None),
    ("The presidents, who last met in May 2023, spoke by phone on Tuesday.", "2025-07-01"),
    ("The two leaders met on Monday for the first time since their talks in June 2021.",
     "2025-06-30"),
    ("The leaders have not spoken since the spring of 2022, officials said.", None),
])
def test_sentence_date_ignores_dates_of_prior_contacts(sentence: str,
                                                      value: str | None) -> None:
    got = find_date_in_sentence(sentence, WED)
    assert (got.value if got else None) == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("The reporters have been held in custody since Monday.", "2025-06-30"),
    ("The ministers met on Tuesday; sanctions have been in place since March 2022.",
     "2025-07-01"),
])
def test_sentence_date_keeps_the_onset_of_a_state(sentence: str, value: str) -> None:
    got = find_date_in_sentence(sentence, WED)
    assert got is not None and got.value == value


@pytest.mark.parametrize(("sentence", "value"), [
    ('The army blamed the group for "the attack of May 5, 2024" on Tuesday.', "2025-07-01"),
    ('The army blamed the group for "the attack of May 5, 2024".', None),
    ('"I told him so when we spoke on Monday," the minister said.', "2025-06-30"),
])
def test_sentence_date_skips_calendar_dates_inside_quotes(sentence: str,
                                                          value: str | None) -> None:
    got = find_date_in_sentence(sentence, WED)
    assert (got.value if got else None) == value


def test_sentence_date_extends_an_entity_that_stops_before_its_year() -> None:
    sentence = "The anniversary of the October 7, 2023 attack was marked on Tuesday."
    start = sentence.index("the October 7")
    got = find_date_in_sentence(sentence, WED, [("the October 7", start, start + 13)])
    assert got is not None and got.value == "2023-10-07"


def test_sentence_date_keeps_a_date_after_a_last_contact_noun() -> None:
    got = find_date_in_sentence("At their last meeting in May, the two leaders agreed to "
                                "extend the truce.", WED)
    assert got is not None and got.value == "2025-05"


def test_sentence_date_uses_the_given_entity_spans() -> None:
    sentence = "The delegation arrived on Monday and stayed for four days."
    monday = sentence.index("Monday")
    four = sentence.index("four days")
    entities = [("Monday", monday, monday + 6), ("four days", four, four + 9)]
    got = find_date_in_sentence(sentence, WED, entities)
    assert got == EventDate("2025-06-30", "day", "Monday", "weekday")


def test_sentence_date_entity_offsets_from_the_document_are_tolerated() -> None:
    sentence = "The summit opened on 3 June in the capital."
    got = find_date_in_sentence(sentence, WED, [("3 June", 1040, 1046)])
    assert got is not None and got.value == "2025-06-03"


def test_sentence_date_given_entities_are_the_only_candidates() -> None:
    sentence = "The court jailed the men for four months on Tuesday."
    start = sentence.index("four months")
    assert find_date_in_sentence(sentence, WED, [("four months", start, start + 11)]) is None
    assert find_date_in_sentence(sentence, WED).value == "2025-07-01"


def test_sentence_date_future_resolves_forward() -> None:
    got = find_date_in_sentence("The ministers will meet on Friday in Rome.", WED, future=True)
    assert got is not None and got.value == "2025-07-04"


@pytest.mark.parametrize("sentence", [
    "Theresa May said the government would act.",
    "Prices may fall sharply, the ministry warned.",
    "Some 2000 troops were deployed to the border region.",
    "Protesters began a march towards parliament.",
    "The Arab Spring changed the region.",
    "Officials sat down to talk.",
    "The talks have dragged on for many years.",
    "The 1990s were a turbulent decade for the region.",
])
def test_sentence_scan_skips_words_that_are_not_dates(sentence: str) -> None:
    assert find_date_in_sentence(sentence, WED) is None


def test_sentence_scan_text_includes_its_preposition() -> None:
    got = find_date_in_sentence("The ministers met on Monday in Vienna.", WED)
    assert got is not None and got.text == "on Monday"


# -- dates anchored on the story's last stated date ---------------------------------------

def test_n_days_later_counts_from_the_last_stated_day():
    from datetime import date as _date

    from graphkit.extract import Extractor
    from graphkit.model import Article
    text = ("Soldiers detained the president of Niger on July 26. The Economic Community of "
            "West African States imposed sanctions on Niger four days later.")
    events = Extractor().extract(Article(id="t", text=text, published=_date(2023, 9, 25))).events
    sanction = [e for e in events if e.type == "SANCTION"]
    assert sanction and sanction[0].date.value == "2023-07-30"


def test_at_the_time_of_is_no_anchor():
    from graphkit.extract.sentence_dates import anchored_offset
    assert anchored_offset("At the time of the attack, the envoy was in Paris.") is None
    assert anchored_offset("China protested over the sale at the time.") == 0
    assert anchored_offset("The talks resumed three weeks later.") == 21
    assert anchored_offset("The talks resumed several weeks later.") is None


@pytest.mark.parametrize(("sentence", "offset"), [
    ("About 24 hours earlier, Arnorian jets struck a Gondorian depot.", -1),
    ("Two days earlier, the envoy had met the king.", -2),
    ("The envoys met again 48 hours later.", 2),
    ("Earlier that day, the envoy met the king.", 0),
    ("The king received the envoy later in the day.", 0),
    ("The envoys met again 36 hours later.", None),  # not a whole number of days
])
def test_a_span_earlier_or_later_moves_the_last_stated_date(sentence, offset):
    from graphkit.extract.sentence_dates import anchored_offset
    assert anchored_offset(sentence) == offset


def test_overnight_is_the_day_of_publication():
    from datetime import date as _date

    from graphkit.extract import Extractor
    from graphkit.model import Article
    text = ("Shipping firms rerouted vessels. Insurers raised premiums. Oil prices rose. "
            "Analysts expect more disruption. The United States carried out strikes overnight "
            "on several sites in Yemen.")
    events = Extractor().extract(Article(id="t", text=text, published=_date(2024, 1, 12))).events
    attack = [e for e in events if e.type == "ATTACK"]
    assert attack and attack[0].date.value == "2024-01-12"


def test_overnight_as_an_adjective_dates_nothing():
    from graphkit.extract.sentence_dates import publication_day_word
    assert publication_day_word("Overnight") and not publication_day_word("tonight")


def test_a_when_clause_dates_its_main_event():
    from datetime import date as _date

    from graphkit.extract import Extractor
    from graphkit.model import Article
    text = ("Officials in Lima welcomed the news. Chilean President Arlen Voss and Peruvian "
            "President Ilse Marrow agreed on the plan when they met in Quito last November.")
    events = Extractor().extract(Article(id="t", text=text, published=_date(2024, 3, 14))).events
    agree = [e for e in events if e.type == "AGREE"]
    assert agree and agree[0].date.value == "2023-11"


def test_a_before_clause_does_not_date_its_main_event():
    from datetime import date as _date

    from graphkit.extract import Extractor
    from graphkit.model import Article
    text = ("Officials in Lima welcomed the news. Chilean President Arlen Voss and Peruvian "
            "President Ilse Marrow agreed on the plan before they met in Quito last November.")
    events = Extractor().extract(Article(id="t", text=text, published=_date(2024, 3, 14))).events
    for e in events:
        if e.type == "AGREE":
            assert e.date.value != "2023-11"


# -- the rule folder governs the date grammar ---------------------------------------------

def test_importing_the_module_loads_no_rule_file() -> None:
    import subprocess
    import sys

    code = ("import graphkit.extract.date_rules as d, graphkit.extract.date_expressions, "
            "graphkit.extract.sentence_dates, graphkit.extract; "
            "print(d.date_grammar.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_extractor_schema_dir_governs_the_date_words(extractor, tmp_path) -> None:
    import shutil

    import yaml

    from graphkit.extract import Extractor
    from graphkit.extract.date_expressions import resolve_date_expression
    from graphkit.extract.date_rules import date_grammar
    from graphkit.resources import schema_dir

    folder = tmp_path / "schema"
    shutil.copytree(schema_dir(), folder)
    rules = yaml.safe_load((folder / "date_rules.yaml").read_text(encoding="utf-8"))
    rules["months"]["Brumaire"] = 10  # a month name only this folder knows
    (folder / "date_rules.yaml").write_text(yaml.safe_dump(rules), encoding="utf-8")
    own = date_grammar(folder / "date_rules.yaml")
    published = date(2025, 3, 14)
    assert resolve_date_expression("in Brumaire 2024", published, grammar=own).value == "2024-10"
    assert resolve_date_expression("in Brumaire 2024", published).value == "2024"
    custom = Extractor(nlp=extractor.nlp, schema_dir=folder)
    assert custom.dates is own and custom.dater.grammar is own and custom.priors.grammar is own


def test_a_sentence_date_entity_is_read_by_the_grammar_given(tmp_path) -> None:
    import shutil

    import yaml

    from graphkit.extract.date_rules import date_grammar
    from graphkit.extract.sentence_dates import find_date_in_sentence
    from graphkit.resources import schema_dir

    folder = tmp_path / "schema"
    shutil.copytree(schema_dir(), folder)
    rules = yaml.safe_load((folder / "date_rules.yaml").read_text(encoding="utf-8"))
    rules["months"]["Brumaire"] = 10
    (folder / "date_rules.yaml").write_text(yaml.safe_dump(rules), encoding="utf-8")
    own = date_grammar(folder / "date_rules.yaml")
    sentence = "The envoys of Norvania met on 3 Brumaire 2024."
    start = sentence.index("3 Brumaire")
    found = find_date_in_sentence(sentence, date(2025, 3, 14), [("3 Brumaire 2024", start, start + 15)],
                                  grammar=own)
    assert found is not None and found.value == "2024-10-03"


def test_the_qualifiers_of_a_count_come_from_the_date_rules(tmp_path) -> None:
    import shutil

    import yaml

    from graphkit.extract.date_rules import date_grammar
    from graphkit.extract.sentence_dates import dates_in_text
    from graphkit.resources import schema_dir

    folder = tmp_path / "schema"
    shutil.copytree(schema_dir(), folder)
    rules = yaml.safe_load((folder / "date_rules.yaml").read_text(encoding="utf-8"))
    rules["quantity_qualifiers"] = ["some"]
    (folder / "date_rules.yaml").write_text(yaml.safe_dump(rules), encoding="utf-8")
    own = date_grammar(folder / "date_rules.yaml")
    published = date(2025, 3, 14)
    text = "The envoys met roughly two weeks ago."
    assert [when.text for _, _, when in dates_in_text(text, published)] == ["roughly two weeks ago"]
    assert [when.text for _, _, when in dates_in_text(text, published, own)] == ["two weeks ago"]


@pytest.mark.parametrize(("text", "value"), [
    ("on late Aug. 11", "2024-08-11"),
    ("early on March 3, 2023", "2023-03-03"),
    ("in late August", "2024-08"),
])
def test_a_part_of_day_before_a_month_and_day_keeps_the_day(text: str, value: str) -> None:
    assert resolve_date_expression(text, date(2024, 8, 13)).value == value


@pytest.mark.parametrize(("text", "value"), [
    ("from December 8-9, 2015", "2015-12-08"),
    ("on 8-9 December 2015", "2015-12-08"),
    ("on 8–9 December", "2024-12-08"),
])
def test_a_span_of_days_is_dated_by_its_first_day(text: str, value: str) -> None:
    assert resolve_date_expression(text, date(2025, 3, 14)).value == value


@pytest.mark.parametrize(("text", "months"), [
    ("two years later", 24), ("three months earlier", -3), ("a year later", 12),
    ("several years later", None), ("four days later", None), ("later", None),
])
def test_counted_span_months_reads_years_and_months(text: str, months: int | None) -> None:
    assert counted_span_months(text) == months


@pytest.mark.parametrize(("value", "precision", "months", "shifted"), [
    ("2016", "year", 24, "2018"), ("2021-11", "month", 3, "2022-02"),
    ("2016", "year", 3, None), ("2021-05-04", "day", 12, None),
])
def test_shift_by_months_moves_only_a_date_as_coarse_as_the_span(
        value: str, precision: str, months: int, shifted: str | None) -> None:
    assert shift_by_months(value, precision, months) == shifted


@pytest.mark.parametrize(("text", "days"), [
    ("a day", 1), ("two weeks", 14), ("48 hours", 2), ("36 hours", None), ("several days", None),
    ("the day", None),
])
def test_a_counted_distance_is_read_in_whole_days(text, days):
    assert counted_days(text) == days
