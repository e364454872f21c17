"""An implied contact of no kind ("the first contact since February") REFERS_TO the latest
call or meeting of its period, whatever the order of the writes (graphkit.store.planner
reads a contact family with its sibling, graphkit.resolve.events.contact_siblings): a
meeting written after it takes the link only when it is the latest contact of the period,
and a write holding a meeting and a far call of the pair still finds the stored implied
contact. Invented news, both stores (tests by siblings37)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


def _article(slug: str, day: str, title: str, body: str) -> str:
    return (f"URL: https://example.test/carvania/{slug}\nOUTLET: Velmar Ledger\n"
            f"PUBLISHED: 2026-{day}\nTITLE: {title}\n\n{body}\n")


VOSS, MARROW = "President Arlen Voss of Carvania", "Foreign Minister Ilse Marrow of Dastova"
IMPLIED = _article("call", "03-10", "Voss and Marrow speak",
                   f"{VOSS} spoke by phone with {MARROW} on Tuesday, the first contact between "
                   "the two since February.")
LATE_CALL = _article("late-call", "02-20", "Voss calls Marrow",
                     f"{VOSS} spoke by phone with {MARROW} on Friday.")
EARLY_MEETING = _article("early-meet", "02-12", "Voss meets Marrow",
                         f"{VOSS} met {MARROW} in Velmar on Thursday to discuss trade.")
LATE_MEETING = _article("late-meet", "02-25", "Voss meets Marrow again",
                        f"{VOSS} met {MARROW} in Velmar on Wednesday to discuss ports.")
EARLY_CALL = _article("early-call", "02-05", "Voss calls Marrow",
                      f"{VOSS} spoke by phone with {MARROW} on Thursday.")
JUNE_CALL = _article("june-call", "06-15", "Voss calls Marrow in June",
                     f"{VOSS} spoke by phone with {MARROW} on Monday about grain.")
# (what each write leaves: the REFERS_TO of the implied contact, as (type, date) of its prior)
STEPS = [([IMPLIED, LATE_CALL], [("CALL", "2026-02-20")]),
         ([EARLY_MEETING], [("CALL", "2026-02-20")]),  # the call of the 20th is still the latest
         ([LATE_MEETING], [("MEET", "2026-02-25")])]
# (a write holding a call and a meeting of the pair: the stored implied contact, read with
# the calls' days alone, is found on the meeting's days too)
BOTH_WRITTEN = [([IMPLIED, EARLY_CALL], [("CALL", "2026-02-05")]),
                ([LATE_MEETING, JUNE_CALL], [("MEET", "2026-02-25")])]


def _priors(kg: Any) -> list[tuple[str, str]]:
    graph = kg.store.to_networkx()
    node = graph.nodes
    return sorted((node[t]["type"], node[t]["date"]) for s, t, edge in graph.edges(data=True)
                  if edge["type"] == "REFERS_TO" and node[s].get("subtype") == "contact")


def _files(tmp_path: Path, texts: list[str], step: int) -> list[Path]:
    folder = tmp_path / f"news-{step}"
    folder.mkdir()
    paths = []
    for i, text in enumerate(texts):
        path = folder / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _check(tmp_path: Path, steps: list[tuple[list[str], list[tuple[str, str]]]]) -> None:
    import graphkit

    with graphkit.open(tmp_path / "kg") as kg:
        for step, (texts, priors) in enumerate(steps):
            kg.ingest(_files(tmp_path, texts, step))
            assert _priors(kg) == priors


def test_a_meeting_written_after_an_implied_contact_takes_it_only_as_the_latest_contact(
        tmp_path):
    _check(tmp_path, STEPS)


def test_a_meeting_written_with_a_far_call_of_the_pair_takes_the_implied_contact(tmp_path):
    _check(tmp_path, BOTH_WRITTEN)


@pytest.mark.neo4j
@pytest.mark.parametrize("steps", [STEPS, BOTH_WRITTEN], ids=["one by one", "both written"])
def test_neo4j_gives_a_later_meeting_the_implied_contact_as_the_embedded_store_does(
        tmp_path, neo4j_clean, neo4j_credentials, steps):
    import graphkit

    served = graphkit.open(neo4j_credentials["uri"], user=neo4j_credentials["user"],
                           password=neo4j_credentials["password"])
    with served, graphkit.open(tmp_path / "kg") as embedded:
        for step, (texts, priors) in enumerate(steps):
            paths = _files(tmp_path, texts, step)
            served.ingest(paths)
            embedded.ingest(paths)
            assert _priors(served) == _priors(embedded) == priors
