"""A write merges each actor's rows once: an actor the store holds as the write merged it
is taken as it is (merging a merged row with itself gives it back)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from store.verolia import ORSINO, QUELLA, calls

import graphkit.store.planner as planner
from graphkit.model import Extraction, Participant
from graphkit.resolve import merge_actor
from graphkit.store import EmbeddedStore


def test_an_actor_stored_as_merged_is_not_merged_again(tmp_path, monkeypatch) -> None:
    store = EmbeddedStore(tmp_path / "store")
    store.write(calls(date(2031, 3, 1), 3, tag="first"))
    merged: list[Any] = []

    def counted(existing: Any, new: Any) -> Any:
        merged.append(new["id"])
        return merge_actor(existing, new)

    monkeypatch.setattr(planner, "merge_actor", counted)
    store.write(calls(date(2031, 4, 1), 3, tag="again"))
    # (once each, as the write's articles name them; not again against the stored row)
    assert sorted(merged) == sorted([ORSINO.id, QUELLA.id])
    assert sorted(a["id"] for a in store.actors()) == sorted([ORSINO.id, QUELLA.id])
    store.close()


def test_an_actor_stored_otherwise_is_merged_with_the_stored_row(tmp_path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    store.write(calls(date(2031, 3, 1), 1, tag="first"))
    again = calls(date(2031, 4, 1), 1, tag="again")
    renamed = replace(QUELLA, name="Quella Vantor-Ree", office="Queen")
    event = again[0].events[0]
    event = replace(event, participants=(Participant(renamed, "participant"),
                                         *event.participants[1:]))
    store.write([Extraction(again[0].article, (event,))])
    stored = next(a for a in store.actors() if a["id"] == QUELLA.id)
    assert stored["name"] == "Quella Vantor"  # (the smallest name; the other an alias)
    assert stored["office"] == "Queen"
    assert "Quella Vantor-Ree" in stored["aliases"]
    store.close()


def test_a_first_row_merges_as_against_a_row_of_its_id_alone() -> None:
    rng = random.Random(3)
    values = [None, "", "Talrun", "talrun", "Orsino Brask", "O. Brask"]
    for _ in range(2000):
        row: dict[str, Any] = {"id": "person:orsino-brask"}
        for key in ("name", "kind", "country", "office", "organisation", "wikidata", "extra"):
            if rng.random() < 0.7:
                row[key] = rng.choice(values)
        if rng.random() < 0.8:
            row["aliases"] = [rng.choice(values[1:]) for _ in range(rng.randint(0, 3))]
        alone = merge_actor(None, row)
        general = merge_actor({"id": row["id"]}, row)
        assert alone == general and list(alone) == list(general)
        assert merge_actor(alone, alone) == alone
