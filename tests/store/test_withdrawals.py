"""Corrected and retracted articles: an article read again tells only what its latest
reading tells, and ``forget`` takes articles out; on both stores, with the same answers.

Invented news (invented leaders and towns; a real president as a fact): article ``a``
tells a meeting and a phone call, its correction ``a2`` (same URL) only the meeting;
``b`` (another outlet) reports the same call; ``c`` a later call, "the first contact
since March" (an implied contact standing for March's call).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from store.opening import open_test_store

from graphkit.api import KnowledgeGraph
from graphkit.errors import QueryError, StoreError
from graphkit.export.dump import generate_dump
from graphkit.model import Extraction
from graphkit.pipeline import write_extractions
from graphkit.store import EmbeddedStore, Store

HEADER = "URL: https://example.org/{name}\nOUTLET: {outlet}\nPUBLISHED: {day}\nTITLE: {title}\n\n"
MEETING = ("Dastovan Foreign Minister Ilse Marrow met Carvanian President Arlen Voss in the "
           "town of Belkora on Monday.\n")
CALL = "Voss also spoke by phone with Turkey's Recep Erdogan on Tuesday.\n"
NEWS = {
    "a": (HEADER.format(name="a", outlet="Harbour Wire", day="2025-03-05",
                        title="Voss meets Marrow") + MEETING + CALL),
    "a2": (HEADER.format(name="a", outlet="Harbour Wire", day="2025-03-05",
                         title="Voss meets Marrow") + MEETING),
    "b": (HEADER.format(name="b", outlet="Northgate Courier", day="2025-03-05",
                        title="Voss calls Ankara")
          + "Carvanian President Arlen Voss held a phone call with Turkey's Recep Erdogan "
            "on Tuesday, his office said.\n"),
    "c": (HEADER.format(name="c", outlet="Harbour Wire", day="2025-06-20",
                        title="Voss and Erdogan talk again")
          + "Carvanian President Arlen Voss spoke by phone with Turkey's Recep Erdogan "
            "on Thursday.\nIt was the first contact between the two presidents "
            "since March.\n"),
}
STORES = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


@pytest.fixture(scope="module")
def readings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Extraction]:
    """Each article of NEWS read once (extraction is the slow part)."""
    folder = tmp_path_factory.mktemp("news")
    out = {}
    for name, text in NEWS.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        [out[name]] = KnowledgeGraph().extract(path)
    return out


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    opened = open_test_store(request, request.param, tmp_path / "kg")
    yield opened
    opened.close()


def ingest(store: Store, readings: dict[str, Extraction], *names: str) -> None:
    write_extractions([readings[n] for n in names], store)


def timeline(store: Store) -> list[tuple[str, str, list[str]]]:
    """Voss's events as (day, type, the URLs of the articles that report it)."""
    graph = store.to_networkx()
    rows = KnowledgeGraph(store).timeline("Arlen Voss")
    return [(r["date"], r["type"], sorted(
        graph.nodes[article]["url"] for _, article, kind in graph.out_edges(r["event_id"], data="type")
        if kind == "MENTIONED_IN")) for r in rows]


def calls(store: Store) -> list[tuple[str, str, int]]:
    """Voss's contacts with Erdogan as (day, modality, articles that report it)."""
    graph = store.to_networkx()
    return [(r["date"], r["modality"], graph.nodes[r["event_id"]]["n_articles"])
            for r in KnowledgeGraph(store).contacts("Voss", "Erdogan", modalities=[])]


A, B = "https://example.org/a", "https://example.org/b"


def test_an_article_read_again_no_longer_holds_the_event_its_corrected_text_dropped(store, readings):
    ingest(store, readings, "a")
    ingest(store, readings, "a2")
    assert timeline(store) == [("2025-03-03", "MEET", [A])]


def test_the_dropped_event_takes_its_evidence_and_relationships_with_it(store, readings):
    ingest(store, readings, "a")
    ingest(store, readings, "a2")
    counts = store.counts()
    assert (counts["Event"], counts["MENTIONED_IN"], counts["PARTICIPATED_IN"]) == (1, 1, 2)
    assert "phone" not in json.dumps(list(generate_dump(store.to_networkx())))


def test_an_event_another_article_reports_stays_with_that_articles_source_and_evidence(store, readings):
    ingest(store, readings, "a", "b")
    ingest(store, readings, "a2")
    [call] = [r for r in KnowledgeGraph(store).timeline("Arlen Voss") if r["type"] == "CALL"]
    assert call["article_url"] == B
    assert call["evidence"].startswith("Carvanian President Arlen Voss held a phone call")
    assert calls(store) == [("2025-03-04", "asserted", 1)]


def test_an_actor_no_event_holds_any_more_is_dropped_and_no_longer_found(store, readings):
    ingest(store, readings, "a")
    ingest(store, readings, "a2")
    assert sorted(a["name"] for a in store.actors()) == ["Arlen Voss", "Ilse Marrow"]
    with pytest.raises(QueryError):
        KnowledgeGraph(store).timeline("Erdogan")


def test_an_actor_is_dropped_only_once_no_event_holds_it(store, readings):
    ingest(store, readings, "a", "c")
    ingest(store, readings, "a2")
    assert "Recep Tayyip Erdoğan" in [a["name"] for a in store.actors()]  # (c's call)
    KnowledgeGraph(store).forget("https://example.org/c")
    assert "Recep Tayyip Erdoğan" not in [a["name"] for a in store.actors()]


def test_reading_the_same_text_again_withdraws_nothing(store, readings):
    ingest(store, readings, "a", "b")
    before = list(generate_dump(store.to_networkx()))
    counts = store.write([readings["a"]])
    assert (counts.events_withdrawn, counts.events_kept, counts.nodes_created) == (0, 0, 0)
    assert list(generate_dump(store.to_networkx())) == before


def test_a_write_holding_two_readings_of_one_article_keeps_the_later(store, readings):
    write_extractions([readings["a"], readings["a2"]], store)
    assert timeline(store) == [("2025-03-03", "MEET", [A])]


def test_a_summary_only_reading_withdraws_nothing_where_a_full_reading_does(store, readings):
    from dataclasses import replace

    ingest(store, readings, "a")
    full = readings["a2"]
    summary = replace(full, article=replace(full.article, summary_only=True))
    write_extractions([summary], store)
    assert [day for day, _, _ in timeline(store)] == ["2025-03-03", "2025-03-04"]
    write_extractions([full], store)
    assert [day for day, _, _ in timeline(store)] == ["2025-03-03"]


def test_the_implied_contact_of_a_later_article_loses_its_link_to_a_withdrawn_call(store, readings):
    ingest(store, readings, "a", "c")
    assert store.counts()["REFERS_TO"] == 1
    ingest(store, readings, "a2")
    assert store.counts()["REFERS_TO"] == 0
    last = KnowledgeGraph(store).first_contact("Voss", "Erdogan", on="2025-06-19")
    assert last is not None and last.modality == "implied_prior"


def test_forget_deletes_the_events_only_that_article_reported(store, readings):
    ingest(store, readings, "a", "b", "c")
    report = KnowledgeGraph(store).forget(A)
    assert ([a["url"] for a in report.articles], report.events_deleted,
            report.events_kept) == ([A], 1, 1)
    assert [(day, kind) for day, kind, _ in timeline(store)] == [
        ("2025-03-04", "CALL"), ("2025-06-19", "CALL")]
    assert store.counts()["Article"] == 2


def test_forget_keeps_the_other_articles_sources_of_an_event_they_also_report(store, readings):
    ingest(store, readings, "a", "b")
    KnowledgeGraph(store).forget(A)
    assert timeline(store) == [("2025-03-04", "CALL", [B])]


def test_forget_takes_an_article_named_by_id_or_by_the_file_it_was_read_from(store, readings, tmp_path):
    ingest(store, readings, "a", "b")
    graph = KnowledgeGraph(store)
    graph.forget([readings["b"].article.id])
    assert [a["url"] for a in graph.forget(readings["a"].article.source).articles] == [A]
    assert store.counts()["Article"] == store.counts()["Event"] == 0


def test_forget_of_an_article_the_store_does_not_hold_is_an_error_that_forgets_nothing(store, readings):
    ingest(store, readings, "a")
    before = list(generate_dump(store.to_networkx()))
    with pytest.raises(QueryError, match="no stored article is known by 'https://example.org/z'"):
        KnowledgeGraph(store).forget([A, "https://example.org/z"])
    assert list(generate_dump(store.to_networkx())) == before


def test_every_query_answers_as_if_the_forgotten_article_was_never_read(store, readings, tmp_path):
    ingest(store, readings, "b", "c")
    never = _answers(store, tmp_path / "never.json")
    ingest(store, readings, "a")
    KnowledgeGraph(store).forget(A)
    assert _answers(store, tmp_path / "after.json") == never


def test_a_corrected_article_answers_as_if_only_its_latest_text_was_ever_read(store, readings, tmp_path):
    ingest(store, readings, "a2", "b", "c")
    only_latest = _answers(store, tmp_path / "latest.json")
    for name in ("a", "b", "c"):
        ingest(store, readings, name)
    ingest(store, readings, "a2")
    assert _answers(store, tmp_path / "corrected.json") == only_latest


def _answers(store: Store, out: Path) -> dict[str, object]:
    """What the queries say of Voss and Erdogan, and the exported graph."""
    graph = KnowledgeGraph(store)
    last = graph.first_contact("Voss", "Erdogan", on="2025-06-19")
    graph.export(out, "json")
    return {"timeline": graph.timeline("Arlen Voss"),
            "contacts": graph.contacts("Voss", "Erdogan", modalities=[]),
            "first_contact": None if last is None else (last.date, last.modality),
            "resumed": graph.resumed(0), "export": json.loads(out.read_text("utf-8")),
            "dump": list(generate_dump(store.to_networkx()))}


@pytest.mark.neo4j
def test_both_stores_hold_the_same_graph_after_each_correction_and_forget(request, readings, tmp_path):
    pair = (EmbeddedStore(tmp_path / "kg"), open_test_store(request, "neo4j"))
    steps = [lambda s: ingest(s, readings, "a", "b", "c"), lambda s: ingest(s, readings, "a2"),
             lambda s: ingest(s, readings, "a"), lambda s: KnowledgeGraph(s).forget(B),
             lambda s: KnowledgeGraph(s).forget(A)]
    try:
        for step in steps:
            for opened in pair:
                step(opened)
            dumps = [list(generate_dump(s.to_networkx())) for s in pair]
            assert dumps[0] == dumps[1]
            assert timeline(pair[0]) == timeline(pair[1])
    finally:
        for opened in pair:
            opened.close()


def test_a_forget_that_fails_midway_leaves_every_article_and_event_in_place(store, readings, monkeypatch):
    from graphkit.store import embedded_write, neo4j_write

    ingest(store, readings, "a", "b", "c")
    before = list(generate_dump(store.to_networkx()))

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("disk gone")

    # (the last step of a forget, after the plan's deletes ran in the same transaction)
    monkeypatch.setattr(embedded_write, "_delete_forgotten", broken)
    monkeypatch.setattr(neo4j_write, "_DELETE_FORGOTTEN", "RETURN 1/0")
    with pytest.raises((StoreError, ValueError)):
        KnowledgeGraph(store).forget(A)
    assert list(generate_dump(store.to_networkx())) == before


# -- on a synthetic world: many families, month and year reports, implied contacts ----------

def _world() -> list[Extraction]:
    import sys

    from graphkit.resolve import ActorResolver

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from world import extractions

    resolver = ActorResolver()
    # (30 people: dense pairs, so withdrawn reports share families and days with others)
    return [resolver.resolve(x) for x in extractions(500, seed=3, n_people=30)]


def _write_in_batches(store: Store, items: list[Extraction]) -> None:
    for i in range(0, len(items), 40):
        store.write(items[i:i + 40])


def _state(store: Store) -> dict[str, object]:
    """The dump (actors by id only: an actor's merged names and aliases are not taken
    back) and what the queries say of the busiest actors."""
    lines = []
    for line in generate_dump(store.to_networkx()):
        row = json.loads(line)
        lines.append(json.dumps({"id": row["id"], "label": "Actor"} if row.get("label") == "Actor"
                                else row, sort_keys=True))
    graph = KnowledgeGraph(store)
    busiest = sorted(store.actors(), key=lambda a: a["id"])[:6]
    return {"dump": sorted(lines), "resumed": graph.resumed(0),
            "timelines": [graph.timeline(a["id"]) for a in busiest]}


def test_forgetting_articles_leaves_the_graph_of_never_having_read_them(store, tmp_path):
    import random

    world = _world()
    gone = set(random.Random(5).sample(range(len(world)), len(world) // 6))
    _write_in_batches(store, world)
    KnowledgeGraph(store).forget([world[i].article.id for i in sorted(gone)])
    after = _state(store)
    with EmbeddedStore(tmp_path / "never") as never:
        _write_in_batches(never, [x for i, x in enumerate(world) if i not in gone])
        assert after == _state(never)


def test_correcting_articles_leaves_the_graph_of_reading_only_their_latest_text(store, tmp_path):
    import random
    from dataclasses import replace

    world = _world()
    rng = random.Random(6)
    corrected = {}
    for i in rng.sample(range(len(world)), len(world) // 5):
        events = world[i].events
        k = rng.randrange(len(events))
        corrected[i] = replace(world[i], events=events[:k] + events[k + 1:])
    _write_in_batches(store, world)
    _write_in_batches(store, [corrected[i] for i in sorted(corrected)])
    after = _state(store)
    with EmbeddedStore(tmp_path / "latest") as latest:
        _write_in_batches(latest, [corrected.get(i, x) for i, x in enumerate(world)])
        assert after == _state(latest)


_FORGET_IN_A_PROCESS = (
    "import sys\nfrom pathlib import Path\nfrom graphkit.store import EmbeddedStore\n"
    "store = EmbeddedStore(sys.argv[1])\nids = Path(sys.argv[2]).read_text().split()\n"
    "store.counts()\nprint('forgetting', flush=True)\nstore.forget(ids)\n")


def test_a_forget_killed_midway_leaves_the_store_as_before_or_as_after(tmp_path):
    import shutil
    import signal
    import subprocess
    import sys

    world = _world()
    with EmbeddedStore(tmp_path / "before") as before:
        _write_in_batches(before, world)
        was = _state(before)
    ids = [x.article.id for x in world[::2]]
    (tmp_path / "ids").write_text("\n".join(ids), encoding="utf-8")
    shutil.copytree(tmp_path / "before", tmp_path / "after")
    with EmbeddedStore(tmp_path / "after") as after:
        after.forget(ids)
        gone = _state(after)
    for delay in (0.0, 0.02, 0.05, 0.1, 0.2):
        shutil.rmtree(tmp_path / "killed", ignore_errors=True)
        shutil.copytree(tmp_path / "before", tmp_path / "killed")
        process = subprocess.Popen(
            [sys.executable, "-c", _FORGET_IN_A_PROCESS, str(tmp_path / "killed"),
             str(tmp_path / "ids")], stdout=subprocess.PIPE, text=True,
            cwd=Path(__file__).resolve().parents[2])
        assert process.stdout is not None and process.stdout.readline() == "forgetting\n"
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        with EmbeddedStore(tmp_path / "killed") as killed:
            assert _state(killed) in (was, gone)


def test_a_corrected_text_withdraws_graphkits_report_but_never_a_data_sets_coding_of_the_url(store, readings):
    from dataclasses import replace

    text = readings["b"]
    [call] = text.events
    coded = replace(text, article=replace(text.article, source="gdelt:day.export.CSV#1"),
                    events=(replace(call, id="ev-gdelt-0001", source="gdelt", source_id="1"),))
    write_extractions([coded, text], store)
    write_extractions([replace(text, events=())], store)  # (the outlet took the call out)
    graph = store.to_networkx()
    reports = sorted(data.get("coded_by") or "graphkit" for _, _, data in graph.edges(data=True)
                     if data["type"] == "MENTIONED_IN")
    assert reports == ["gdelt"]
