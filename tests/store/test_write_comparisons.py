"""A write's resolution compares only what can differ: a day cluster looks at the days of
its window, a group of reports all clustered again is swept as chains of days, and an
actor merged already, seen again with nothing new, is not merged again."""

from __future__ import annotations

from datetime import date, timedelta

import graphkit.resolve.actors as actors
import graphkit.resolve.events as events
import graphkit.store.components as components
from graphkit.resolve import ResolutionRules, cluster, merge_actor
from graphkit.store.windows import report_span

RULES = ResolutionRules.load()
FAMILY = "CALL|person:orsino-brask+person:queen-quella"


def _day_report(i: int, day: date) -> dict:
    return {"mention_id": f"m{i:04d}", "article_id": f"talrun-courier-{i}",
            "date": day.isoformat(), "date_precision": "day", "date_rule": "weekday",
            "confidence": 0.8, "family": FAMILY, "modality": "asserted"}


def test_a_day_cluster_looks_only_at_the_days_of_its_window(monkeypatch) -> None:
    # 300 reports, ten days apart: 300 clusters, each found without a look at the others
    reports = [_day_report(i, date(2031, 1, 1) + timedelta(days=10 * i)) for i in range(300)]
    asked: list[int] = []
    origin = events.origin

    def counted(report: dict) -> tuple[str, str]:
        asked.append(1)
        return origin(report)

    monkeypatch.setattr(events, "origin", counted)
    found = cluster(reports, RULES)
    assert [[r["mention_id"] for r in c.reports] for c in found] == \
        [[r["mention_id"]] for r in reports]
    assert len(asked) <= 4 * len(reports)  # (was once per report left, per cluster)


def test_a_group_clustered_again_whole_is_swept_as_chains_of_days(monkeypatch) -> None:
    # new reports only: days 1-2 chain (within the day window), day 10 alone
    days = [date(2031, 5, 1), date(2031, 5, 2), date(2031, 5, 10)]
    reports = [_day_report(i, d) for i, d in enumerate(days)]

    def no_union_find(*args: object) -> None:
        raise AssertionError("a group with nothing kept needs no union-find")

    monkeypatch.setattr(components, "_Links", no_union_find)
    reach = components.untouched_events([], reports, RULES, {})
    first, second, third = (report_span(d.isoformat(), "day") for d in days)
    assert reach.extents == {FAMILY: [(first[0], second[1]), third]}
    assert not reach.kept and not reach.need and not reach.kept_counts


def test_an_actor_merged_already_is_not_merged_again_when_seen_again(monkeypatch) -> None:
    row = {"id": "person:orsino-brask", "name": "Orsino Brask", "kind": "person",
           "country": "TAL", "office": None, "organisation": None, "wikidata": None,
           "aliases": ["Brask", "Orsino Brask"]}
    merged = merge_actor(None, row)

    def no_comparison(*args: object, **kwargs: object) -> object:
        raise AssertionError("nothing to weigh: the merged row is taken as it is")

    monkeypatch.setattr(actors, "min", no_comparison, raising=False)
    again = merge_actor(merged, dict(row))
    assert again == merged and list(again) == list(merged)
    assert again is not merged  # (a row of its own: the caller may change it)

