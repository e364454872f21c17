"""The rounds in which the Neo4j store applies a write plan (graphkit.store.neo4j_apply)."""

from __future__ import annotations

import re

import pytest

from graphkit.store.neo4j_apply import APPLY, PHASES, delete_lists, rounds

NAMES = [name for phase in PHASES for name, _ in phase]


def _phase_of(name: str) -> int:
    return next(i for i, phase in enumerate(PHASES) if name in dict(phase))


def test_small_write_is_one_round_with_every_list() -> None:
    out = rounds({"merge_event": [1, 2], "create_participated_in": [3]}, batch_size=10)
    assert len(out) == 1
    assert set(out[0]) == set(NAMES)
    assert out[0]["merge_event"] == [1, 2] and out[0]["refresh"] == []


@pytest.mark.parametrize("batch_size", [1, 2, 3, 7])
def test_every_row_goes_once_and_a_phase_starts_after_the_last_batch_before_it(
        batch_size: int) -> None:
    lists = {"delete_participated_in": list(range(5)), "stale": list(range(2)),
             "merge_article": list(range(3)), "merge_event": list(range(8)),
             "create_mentioned_in": list(range(6)), "refresh": list(range(4))}
    out = rounds(lists, batch_size)
    for name, rows in lists.items():
        assert [row for r in out for row in r[name]] == rows
    assert all(sum(map(len, r.values())) <= batch_size for r in out)
    # the rounds a phase has rows in never come before a round of an earlier phase's rows
    last = -1
    for i in range(len(PHASES)):
        used = [k for k, r in enumerate(out) if any(r[n] for n, _ in PHASES[i])]
        if used:
            assert used[0] >= last
            last = used[-1]


def test_rows_are_counted_over_all_lists_so_a_write_under_the_size_is_one_round() -> None:
    # (one list longer than the size of the others is no reason for a second round)
    lists = {"merge_event": list(range(700)), "create_participated_in": list(range(1300)),
             "create_mentioned_in": list(range(700)), "refresh": list(range(700))}
    assert len(rounds(lists, batch_size=3400)) == 1
    assert len(rounds(lists, batch_size=3399)) == 2


@pytest.mark.parametrize("batch_size", [1, 4, 10])
def test_each_round_is_filled_before_the_next(batch_size: int) -> None:
    lists = {"stale": list(range(3)), "merge_actor": list(range(5)),
             "create_reported": list(range(9))}
    out = rounds(lists, batch_size)
    assert len(out) == -(-17 // batch_size)
    assert all(sum(map(len, r.values())) == batch_size for r in out[:-1])


def test_deleted_relationships_by_type_with_others_together() -> None:
    lists = delete_lists([("a", "e", "PARTICIPATED_IN", {"role": "x"}),
                          ("e", "f", "CUSTOM", {}), ("e", "g", "OTHER", {"w": 1})])
    assert [r["t"] for r in lists["delete_participated_in"]] == ["e"]
    assert [r["type"] for r in lists["delete_other"]] == ["CUSTOM", "OTHER"]


def test_apply_reads_every_list_from_its_own_parameter() -> None:
    assert all(re.search(rf"\${name}\b", APPLY) for name in NAMES)
