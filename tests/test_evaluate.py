"""The evaluator: the corpus README's matching rule on hand-made gold, and the dev corpus."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from graphkit.errors import GraphkitError
from graphkit.evaluate import evaluate
from graphkit.model import Actor, Article, Event, EventDate, Extraction, Participant

TEXT = "URL: https://example.org/a\nPUBLISHED: 2025-03-14\nTITLE: A test\n\nSome text. More text.\n"


def _country(code: str, name: str) -> Actor:
    return Actor(id=f"country:{code}", name=name, kind="country", country=code)


def _person(name: str, country: str) -> Actor:
    return Actor(id=Actor.make_id("person", name), name=name, kind="person", country=country)


def _event(type_: str, actors: list[Actor], date_value: str | None = None, *,
           modality: str = "asserted", evidence: str = "Some text.") -> Event:
    precision = {4: "year", 7: "month", 10: "day"}.get(len(date_value or ""))
    return Event(id=f"ev-{type_}-{len(actors)}-{date_value}-{modality}", article_id="a", type=type_,
                 participants=tuple(Participant(a) for a in actors), evidence=evidence, span=(0, 10),
                 date=EventDate(date_value, precision), modality=modality)  # type: ignore[arg-type]


class FixedExtractor:
    """Returns the same events for every article: the evaluator under test, not extraction."""

    def __init__(self, events: list[Event]) -> None:
        self.events = events

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        for article in articles:
            yield Extraction(article=article, events=tuple(self.events))


def _gold_dir(tmp_path: Path, events: list[dict], priors: list[dict] | None = None) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    gold = {"file": "a.txt", "as_of": "2025-03-14", "articles": [
        {"title": "A test", "published": "2025-03-14", "events": events,
         "prior_contacts": priors or []}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


CALL_GOLD = {"type": "CALL", "actors": ["Emmanuel Macron", "Vladimir Putin"],
             "countries": ["FRA", "RUS"], "date": "2025-03-11", "evidence": "Some text."}


def test_call_naming_both_participants_matches(tmp_path):
    gold = _gold_dir(tmp_path, [CALL_GOLD])
    report = evaluate(gold, FixedExtractor([
        _event("CALL", [_person("Emmanuel Macron", "FRA"), _person("Vladimir Putin", "RUS")],
               "2025-03-11")]))
    assert (report.gold, report.extracted, report.matched) == (1, 1, 1)
    assert report.f1 == 1.0
    assert report.date_accuracy == 1.0
    assert report.country_accuracy == 1.0


def test_participants_match_by_country(tmp_path):
    gold = _gold_dir(tmp_path, [CALL_GOLD])
    report = evaluate(gold, FixedExtractor([
        _event("CALL", [_country("FRA", "France"), _country("RUS", "Russia")], "2025-03-11")]))
    assert report.matched == 1


def test_one_participant_of_two_does_not_match(tmp_path):
    gold = _gold_dir(tmp_path, [CALL_GOLD])
    report = evaluate(gold, FixedExtractor([
        _event("CALL", [_person("Emmanuel Macron", "FRA")], "2025-03-11")]))
    assert report.matched == 0
    assert len(report.misses) == 1 and len(report.false_events) == 1


def test_one_actor_cannot_stand_for_two_gold_participants(tmp_path):
    gold = _gold_dir(tmp_path, [{**CALL_GOLD, "countries": ["FRA", "FRA"]}])
    report = evaluate(gold, FixedExtractor([_event("CALL", [_country("FRA", "France")])]))
    assert report.matched == 0


def test_single_participant_gold_needs_one(tmp_path):
    gold = _gold_dir(tmp_path, [{"type": "STATEMENT", "actors": ["Vladimir Putin"],
                                 "countries": ["RUS"], "date": None, "evidence": "x"}])
    report = evaluate(gold, FixedExtractor([_event("STATEMENT", [_country("RUS", "Russia")])]))
    assert report.matched == 1


def test_type_alt_is_also_right(tmp_path):
    gold = _gold_dir(tmp_path, [{**CALL_GOLD, "type": "MEET", "type_alt": ["CALL"]}])
    report = evaluate(gold, FixedExtractor([
        _event("CALL", [_country("FRA", "France"), _country("RUS", "Russia")])]))
    assert report.matched == 1
    assert report.per_type["MEET"].matched_gold == 1
    assert report.per_type["CALL"].matched_extracted == 1


@pytest.mark.parametrize(("extracted", "matches"), [
    ("2025-03-11", True), ("2025-03", True), ("2025", True), (None, True),
    ("2025-03-12", False), ("2025-02", False),
])
def test_dates_agree_at_the_coarser_precision(tmp_path, extracted, matches):
    gold = _gold_dir(tmp_path, [CALL_GOLD])
    report = evaluate(gold, FixedExtractor([
        _event("CALL", [_country("FRA", "France"), _country("RUS", "Russia")], extracted)]))
    assert report.matched == int(matches)


def test_date_accuracy_needs_the_gold_precision(tmp_path):
    gold = _gold_dir(tmp_path, [CALL_GOLD])
    report = evaluate(gold, FixedExtractor([
        _event("CALL", [_country("FRA", "France"), _country("RUS", "Russia")], "2025-03")]))
    assert report.matched == 1 and report.date_accuracy == 0.0
    assert len(report.wrong_dates) == 1


def test_a_wrong_extra_participant_counts_only_in_the_strict_figure(tmp_path):
    gold = _gold_dir(tmp_path, [CALL_GOLD])
    both = [_country("FRA", "France"), _country("RUS", "Russia")]
    listed_more = evaluate(gold, FixedExtractor([_event("CALL", [*both, _country("ITA", "Italy")])]))
    assert listed_more.f1 == 1.0 and listed_more.strict_f1 == 0.0
    exact = evaluate(gold, FixedExtractor([_event("CALL", both)]))
    assert exact.f1 == 1.0 and exact.strict_f1 == 1.0
    assert exact.to_dict()["strict_f1"] == 1.0


def test_matching_is_one_to_one(tmp_path):
    gold = _gold_dir(tmp_path, [CALL_GOLD])
    both = [_country("FRA", "France"), _country("RUS", "Russia")]
    report = evaluate(gold, FixedExtractor([_event("CALL", both), _event("CALL", both, "2025-03-11")]))
    assert report.matched == 1 and report.extracted == 2
    assert report.precision == 0.5


def test_each_scored_event_says_whether_the_scoring_matched_it(tmp_path):
    from graphkit.evaluate import load_gold_dir, scored_matches

    (gold,) = load_gold_dir(_gold_dir(tmp_path, [CALL_GOLD]))
    both = [_country("FRA", "France"), _country("RUS", "Russia")]
    right, wrong_day = _event("CALL", both, "2025-03-11"), _event("CALL", both, "2025-02-02")
    pairs = scored_matches(gold.events, [_event("MEET", both, modality="planned"), wrong_day, right])
    assert pairs == [(wrong_day, False), (right, True)]  # the planned meeting is not scored


def test_planned_events_are_left_out_of_the_score(tmp_path):
    gold = _gold_dir(tmp_path, [CALL_GOLD])
    both = [_country("FRA", "France"), _country("RUS", "Russia")]
    report = evaluate(gold, FixedExtractor([_event("MEET", both, modality="planned"),
                                            _event("CALL", both)]))
    assert report.extracted == 1 and report.precision == 1.0


def test_other_gold_events_are_not_scored(tmp_path):
    gold = _gold_dir(tmp_path, [CALL_GOLD, {**CALL_GOLD, "type": "OTHER"}])
    report = evaluate(gold, FixedExtractor([]))
    assert report.gold == 1


def test_implied_prior_is_matched_against_prior_contacts_only(tmp_path):
    prior = {**CALL_GOLD, "date": "2022-09"}
    gold = _gold_dir(tmp_path, [CALL_GOLD], [prior])
    both = [_country("FRA", "France"), _country("RUS", "Russia")]
    report = evaluate(gold, FixedExtractor([_event("CALL", both, "2022-09", modality="implied_prior")]))
    assert report.prior_matched == 1 and report.prior_share == 1.0
    assert report.matched == 0 and report.extracted == 0


def test_report_renders_as_text_and_dict(tmp_path):
    gold = _gold_dir(tmp_path, [CALL_GOLD])
    report = evaluate(gold, FixedExtractor([]))
    data = report.to_dict()
    assert data["gold"] == 1 and data["recall"] == 0.0
    assert "CALL" in data["per_type"]
    text = report.to_text(show_errors=True)
    assert "missed (1)" in text and "Some text." in text
    json.dumps(data)


def test_several_folders_are_scored_as_one_pooled_set(tmp_path):
    found, missed = _gold_dir(tmp_path / "found", [CALL_GOLD]), _gold_dir(tmp_path / "missed", [CALL_GOLD])
    call = _event("CALL", [_person("Emmanuel Macron", "FRA"), _person("Vladimir Putin", "RUS")], "2025-03-11")
    report = evaluate([found, missed], FixedExtractor([call]))
    assert (report.files, report.gold, report.extracted, report.matched) == (2, 2, 2, 2)
    alone = evaluate(found, FixedExtractor([call]))
    assert (alone.files, alone.gold) == (1, 1)


def test_the_command_pools_the_folders_it_is_given(tmp_path):
    from click.testing import CliRunner

    from graphkit.cli import main

    folders = [str(_gold_dir(tmp_path / name, [CALL_GOLD])) for name in ("north", "south")]
    result = CliRunner().invoke(main, ["evaluate", *folders, "--rules-only", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["files"], data["gold"]) == (2, 2)


def test_a_folder_without_gold_among_several_is_an_error(tmp_path):
    found = _gold_dir(tmp_path / "found", [CALL_GOLD])
    (tmp_path / "empty").mkdir()
    with pytest.raises(GraphkitError, match="empty"):
        evaluate([found, tmp_path / "empty"], FixedExtractor([]))


def test_folder_without_gold_is_an_error(tmp_path):
    with pytest.raises(GraphkitError, match="gold"):
        evaluate(tmp_path, FixedExtractor([]))


@pytest.mark.corpus
def test_dev_corpus_is_scored_end_to_end(shared_corpus):
    report = evaluate(shared_corpus)
    assert report.files == 11 and report.gold == 91
    assert report.articles >= 14  # the aggregator page holds four articles
    assert report.prior_gold == 3
    assert 0.0 < report.f1 <= 1.0
    assert not report.load_errors


# Dev is the set the rules were written on (rules alone: F1 0.862, P 0.947). With the
# learned detector trained on ../shared/corpus/train (never on dev; since stop 42 also on
# 360 real news articles annotated here, dev 0.859, P 0.884): F1 0.837, P 0.889,
# priors 3/3, dates 90%, countries 98%. The detector trades ~0.02 of dev F1 for +0.03 of
# cross-validated F1 on the 95 unseen train articles (tests/test_learned.py). These floors
# sit ~0.02 under the current figures: they fail the suite when a change makes extraction
# worse; raise them when it gets better.
DEV_FLOOR = {"f1": 0.82, "precision": 0.865, "prior_share": 1.0, "date_accuracy": 0.87,
             "country_accuracy": 0.95, "strict_f1": 0.71}  # strict F1 0.733 now


@pytest.fixture(scope="module")
def dev_report(shared_corpus):
    return evaluate(shared_corpus)


@pytest.mark.corpus
@pytest.mark.parametrize("figure", sorted(DEV_FLOOR))
def test_dev_corpus_quality_does_not_regress(dev_report, figure):
    assert getattr(dev_report, figure) >= DEV_FLOOR[figure], dev_report.to_text()
