"""The store contract: one test class, subclassed per backend, so the embedded store and
Neo4j are held to the same behaviour; then parity of the two on the same articles."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from store.samples import (
    KREMLIN,
    LAVROV,
    NEWS_COUNTS,
    PUTIN,
    RUBIO,
    TRUMP,
    event,
    more_news,
    news,
)

from graphkit.errors import QueryError, StoreError
from graphkit.graph import LABELS, RELATIONSHIP_TYPES
from graphkit.model import Actor, Article, EventDate, Extraction
from graphkit.query import named
from graphkit.store import EmbeddedStore, Store
from graphkit.store.base import empty_counts

StoreFactory = Callable[..., Store]


def graph_rows(graph: nx.MultiDiGraph) -> tuple[list[Any], list[Any]]:
    """Sorted nodes and edges with their attributes, for comparing graphs."""
    return (sorted(graph.nodes(data=True)), sorted(graph.edges(keys=True, data=True)))


class StoreContract:
    """What every store does. Subclasses provide ``make_store(**options)``: a store on an
    empty graph (a second call opens the SAME graph again, as a new process would)."""

    @pytest.fixture
    def make_store(self) -> StoreFactory:
        raise NotImplementedError

    @pytest.fixture
    def store(self, make_store: StoreFactory) -> Store:
        return make_store()

    # -- writing -------------------------------------------------------------------------

    def test_new_store_is_empty(self, store: Store) -> None:
        assert store.counts() == empty_counts()
        assert set(store.counts()) == {*LABELS, *RELATIONSHIP_TYPES}
        assert store.actors() == []
        assert store.to_networkx().number_of_nodes() == 0

    def test_counts_nodes_per_label_and_relationships_per_type(self, store: Store) -> None:
        store.write(news())
        assert store.counts() == NEWS_COUNTS

    def test_write_reports_created_then_matched(self, store: Store) -> None:
        first = store.write(news())
        second = store.write(news())
        assert first.nodes_created == 19 and first.nodes_matched == 0
        assert first.relationships_created == 25 and first.relationships_matched == 0
        assert second.nodes_created == 0 and second.nodes_matched == 19
        assert second.relationships_created == 0 and second.relationships_matched == 25
        assert first.rows == second.rows == 44
        assert first.events_added == NEWS_COUNTS["Event"] and second.events_added == 0

    def test_writing_twice_changes_nothing(self, store: Store) -> None:
        store.write(news())
        before = graph_rows(store.to_networkx())
        store.write(news())
        store.write(news()[1:])
        assert store.counts() == NEWS_COUNTS
        assert graph_rows(store.to_networkx()) == before

    def test_writing_articles_one_by_one_equals_one_write(
            self, make_store: StoreFactory) -> None:
        store = make_store()
        for extraction in news():
            store.write([extraction])
        one_by_one = graph_rows(store.to_networkx())
        assert store.counts() == NEWS_COUNTS
        assert one_by_one == graph_rows(_written(make_store, news()).to_networkx())

    def test_empty_write_is_a_no_op(self, store: Store) -> None:
        counts = store.write([])
        assert counts.rows == 0 and counts.nodes_created == 0
        assert store.counts() == empty_counts()

    def test_graph_survives_reopening(self, make_store: StoreFactory) -> None:
        first = make_store()
        first.write(news())
        expected = graph_rows(first.to_networkx())
        first.close()
        again = make_store(reopen=True)
        assert again.counts() == NEWS_COUNTS
        assert graph_rows(again.to_networkx()) == expected

    def test_an_article_written_again_keeps_what_its_new_reading_lacks(self, store: Store) -> None:
        extraction = news()[0]
        store.write([extraction])
        untitled = replace(extraction.article, title=None, url=None, outlet=None)
        store.write([Extraction(untitled, extraction.events)])
        article = store.to_networkx().nodes[untitled.id]
        assert (article["title"], article["url"], article["outlet"]) == (
            "Putin and Trump speak by phone", "https://example.com/a1", "Example Wire")

    @pytest.mark.parametrize("placeholder", ["<stdin>", "<stdin>#2", "<text>", ""])
    def test_an_article_written_again_from_stdin_keeps_the_path_it_was_read_from(
            self, store: Store, placeholder: str) -> None:
        extraction = news()[0]
        store.write([extraction])
        piped = replace(extraction.article, source=placeholder)
        store.write([Extraction(piped, extraction.events)])
        assert store.to_networkx().nodes[piped.id]["source"] == "a1.html"

    def test_missing_events_are_the_ids_that_name_no_event(self, store: Store) -> None:
        store.write(news())
        held = news()[0].events[0].id
        assert store.missing_events([held, "ev-typo", "a1-2022-call", "ev-typo"]) == [
            "a1-2022-call", "ev-typo"]

    def test_a_failed_write_leaves_nothing_half_written(self, store: Store) -> None:
        store.write(news()[:1])
        before = graph_rows(store.to_networkx())
        # An article whose id is already an actor's: refused, and the valid articles
        # written with it are not kept either.
        clash = Extraction(Article(id=PUTIN.id, text="An article with an actor's id."))
        with pytest.raises(StoreError, match=PUTIN.id):
            store.write([*news()[1:], *more_news(5), clash])
        assert graph_rows(store.to_networkx()) == before

    def test_an_unstorable_value_leaves_nothing_half_written(
            self, make_store: StoreFactory) -> None:
        store = make_store(batch_size=2)
        # neither JSON nor Bolt can hold an object()
        bad_actor = replace(RUBIO, id="person:bad-rubio", aliases=(object(),))
        bad = more_news(1)[0]
        bad_event = bad.events[0]
        bad_event = replace(bad_event, participants=(
            bad_event.participants[0], replace(bad_event.participants[1], actor=bad_actor)))
        with pytest.raises(StoreError):
            store.write([*news(), *more_news(6)[1:], Extraction(bad.article, (bad_event,))])
        assert store.counts() == empty_counts()

    # -- reading -------------------------------------------------------------------------

    def test_actors_lists_each_actor_once_with_its_properties(self, store: Store) -> None:
        store.write(news())
        actors = store.actors()
        assert [a["id"] for a in actors] == sorted(a["id"] for a in actors)
        assert len(actors) == NEWS_COUNTS["Actor"]
        putin = next(a for a in actors if a["id"] == PUTIN.id)
        assert putin == {"id": PUTIN.id, "name": "Vladimir Putin", "kind": "person",
                         "country": "RUS", "office": "President", "wikidata": "Q7747",
                         "aliases": ["Vladimir Vladimirovich Putin", "Путин"]}
        kremlin = next(a for a in actors if a["id"] == KREMLIN.id)
        assert "office" not in kremlin  # None is not stored

    @pytest.mark.parametrize("text", [
        "Putin", "vladimir  PUTIN", "Lavrov", "Rubio", "Russia", "RUS", "usa",
        "United States", "Kremlin", "person:vladimir-putin", "Nobody Atall", "Ukraine"])
    def test_names_found_by_index_resolve_as_over_every_actor(
            self, store: Store, text: str) -> None:
        from graphkit.query.refs import resolve_ref

        store.write(news())

        def outcome(actors: Any) -> object:
            try:
                return resolve_ref(actors, text)
            except QueryError as exc:
                return str(exc)

        assert outcome(store) == outcome(store.actors())

    def test_thousands_of_names_at_once_find_the_actors_that_hold_them(
            self, store: Store) -> None:
        from graphkit.store.base import Store as DefaultLookup

        store.write(news())
        unknown = [f"nobody{n} atall{n}" for n in range(1500)]
        names = [*unknown, "vladimir putin", "lavrov", 'say "hello" or not']
        found = store.find_actors(names=names)
        assert [a["id"] for a in found] == sorted({PUTIN.id, LAVROV.id})
        assert found == DefaultLookup.find_actors(store, names=names)

    @pytest.mark.parametrize(("a", "b"), [
        ("Putin", "Trump"), ("Russia", "usa"), ("Lavrov", "Lavrov"), ("RUS", "Kremlin"),
        ("Nobody Atall", "Putin"), ("Putin", "Nobody Atall"), ("", "Putin")])
    def test_two_names_resolved_at_once_resolve_as_one_by_one(
            self, store: Store, a: str, b: str) -> None:
        from graphkit.query.refs import resolve_ref, resolve_refs

        store.write(news())

        def outcome(call: Callable[[], object]) -> object:
            try:
                return call()
            except QueryError as exc:
                return str(exc)

        every = store.actors()
        assert outcome(lambda: resolve_refs(store, a, b)) == outcome(
            lambda: (resolve_ref(every, a), resolve_ref(every, b)))

    def test_a_name_a_write_gives_an_actor_resolves_fresh(self, store: Store) -> None:
        from graphkit.query.refs import resolve_ref

        store.write(news())
        assert resolve_ref(store, "Putin").ids == (PUTIN.id,)
        with pytest.raises(QueryError):
            resolve_ref(store, "Vova Pootin")
        store.write([_meeting(replace(PUTIN, aliases=(*PUTIN.aliases, "Vova Pootin")),
                              Actor(id="person:anya-putin", name="Anya Putin",
                                    kind="person", country="RUS"))])
        assert resolve_ref(store, "Vova Pootin").ids == (PUTIN.id,)
        assert resolve_ref(store, "Putin").ids == ("person:anya-putin", PUTIN.id)

    def test_a_write_by_another_store_object_is_seen_by_the_next_query(
            self, make_store: StoreFactory) -> None:
        from graphkit.query import contacts, resolve_ref

        reader, writer = make_store(), make_store()
        writer.write(news())
        before = contacts(reader, "Putin", "Trump")
        assert contacts(reader, "Putin", "Trump") == before  # (names kept)
        anya = Actor(id="person:anya-putin", name="Anya Putin", kind="person", country="RUS")
        writer.write([_meeting(anya, TRUMP)])
        after = contacts(reader, "Putin", "Trump")
        assert len(after) == len(before) + 1
        assert resolve_ref(reader, "Putin").ids == ("person:anya-putin", PUTIN.id)

    def test_names_kept_on_a_store_are_reused_while_it_is_unchanged(
            self, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
        from graphkit.query import contacts

        store.write(news())
        contacts(store, "Putin", "Trump")
        looked_up: list[object] = []
        find_actors = store.find_actors
        monkeypatch.setattr(store, "find_actors",
                            lambda **kw: looked_up.append(kw) or find_actors(**kw))
        contacts(store, "Putin", "Trump")
        assert looked_up == []

    def test_to_networkx_has_graph_shape(self, store: Store) -> None:
        store.write(news())
        graph = store.to_networkx()
        assert isinstance(graph, nx.MultiDiGraph)
        labels = [attrs["label"] for _, attrs in graph.nodes(data=True)]
        assert labels == sorted(labels, key=LABELS.index)  # Article, Actor, Event
        assert graph.nodes[PUTIN.id]["label"] == "Actor"
        assert graph.nodes[PUTIN.id]["id"] == PUTIN.id
        event_id = news()[0].events[0].id
        assert graph.edges[PUTIN.id, event_id, "PARTICIPATED_IN:participant"] == {
            "type": "PARTICIPATED_IN", "role": "participant"}
        assert graph.edges[KREMLIN.id, event_id, "REPORTED:a1-2022-call"] == {
            "type": "REPORTED", "article_id": "a1-2022-call"}
        mention = graph.edges[event_id, "a1-2022-call", "MENTIONED_IN"]
        assert mention["evidence"].startswith("Putin and Trump spoke")
        assert (mention["start"], mention["confidence"]) == (0, 0.8)

    # -- named queries -------------------------------------------------------------------

    def test_first_contact_since_finds_the_latest_contact_before(self, store: Store) -> None:
        store.write(news())
        rows = store.run_named(named("first_contact_since"), {
            "a_ids": [PUTIN.id], "b_ids": [TRUMP.id], "on": "2025-02-12"})
        assert rows == [{
            "event_id": news()[0].events[0].id, "type": "CALL", "date": "2022-09",
            "date_precision": "month", "date_start": "2022-09-01", "modality": "asserted",
            "evidence": "Putin and Trump spoke by phone in September 2022.",
            "article_id": "a1-2022-call", "article_title": "Putin and Trump speak by phone",
            "article_url": "https://example.com/a1", "article_outlet": "Example Wire",
            "article_published": "2022-09-14", "gap_days": 895,
        }]

    @pytest.mark.parametrize(("on", "expected_date"), [
        ("2025-02-13", "2025-02-12"),   # the 2025 call itself is now before
        ("2022-09-01", None),           # strictly before: the call's own start is excluded
        ("2030-01-01", "2025-02-12"),   # the planned meeting does not count
    ])
    def test_first_contact_since_is_strictly_before(
            self, store: Store, on: str, expected_date: str | None) -> None:
        store.write(news())
        rows = store.run_named(named("first_contact_since"),
                               {"a_ids": [TRUMP.id], "b_ids": [PUTIN.id], "on": on})
        assert [r["date"] for r in rows] == ([expected_date] if expected_date else [])

    def test_contacts_are_oldest_first_with_undated_last(self, store: Store) -> None:
        store.write(news())
        rows = store.run_named(named("contacts"), {"a_ids": [PUTIN.id, LAVROV.id],
                                            "b_ids": [TRUMP.id, RUBIO.id], "modalities": []})
        assert [(r["date"], r["type"], r["modality"]) for r in rows] == [
            ("2022-09", "CALL", "asserted"), ("2025-02", "MEET", "negated"),
            ("2025-02-12", "CALL", "asserted"), (None, "MEET", "asserted"),
            (None, "MEET", "planned")]
        undated = rows[3:]
        assert [r["event_id"] for r in undated] == sorted(r["event_id"] for r in undated)
        assert set(rows[0]) == {"event_id", "type", "date", "date_precision", "date_start",
                                "modality", "evidence", "article_id", "article_title",
                                "article_outlet", "article_url", "article_published"}

    def test_contacts_filter_modalities(self, store: Store) -> None:
        store.write(news())
        rows = store.run_named(named("contacts"), {"a_ids": [PUTIN.id], "b_ids": [TRUMP.id],
                                            "modalities": ["planned"]})
        assert [r["evidence"] for r in rows] == ["They plan to meet in Riyadh."]

    def test_timeline_overlaps_the_range_and_filters_types(self, store: Store) -> None:
        store.write(news())
        rows = store.run_named(named("timeline"), {"x_ids": [LAVROV.id], "date_from": "2022-09-15",
                                            "date_to": "2025-02-01", "types": []})
        # 2022-09 (the call) does not involve Lavrov; his 2022-09-13 statement is before
        # the range; the negated 2025-02 meeting overlaps on its first day.
        assert [(r["date"], r["type"]) for r in rows] == [("2025-02", "MEET")]
        rows = store.run_named(named("timeline"), {"x_ids": [LAVROV.id], "date_from": None,
                                            "date_to": None, "types": ["MEET", "STATEMENT"]})
        assert [(r["date"], r["type"]) for r in rows] == [
            ("2022-09-13", "STATEMENT"), ("2025-02", "MEET"), (None, "MEET")]
        assert rows[-1]["participants"] == [
            {"name": "Marco Rubio", "country": "USA", "role": "participant"},
            {"name": "Sergey Lavrov", "country": "RUS", "role": "participant"}]

    @pytest.mark.parametrize(("name", "params"), [
        ("contacts", {"a_ids": [LAVROV.id], "b_ids": [RUBIO.id], "modalities": []}),
        ("timeline", {"x_ids": [LAVROV.id], "date_from": None, "date_to": None, "types": []}),
    ])
    def test_pages_of_rows_are_consecutive_slices_of_all_rows(
            self, store: Store, name: str, params: dict[str, Any]) -> None:
        store.write([*news(), *more_news(12)])
        every = store.run_named(named(name), params)
        assert len(every) > 12
        pages = [store.run_named(named(name), {**params, "limit": 5, "offset": offset})
                 for offset in range(0, len(every) + 5, 5)]
        assert [len(page) for page in pages[:-2]] == [5] * (len(pages) - 2)
        assert [row for page in pages for row in page] == every
        assert store.run_named(named(name), {**params, "offset": 4}) == every[4:]
        assert store.run_named(named(name), {**params, "limit": 0}) == []

    def test_timeline_pages_only_the_events_of_the_sources_asked_for(self, store: Store) -> None:
        coded = [Extraction(x.article, tuple(replace(e, source="gdelt") for e in x.events))
                 if i % 3 == 0 else x for i, x in enumerate(more_news(12))]
        store.write(coded)
        params = {"x_ids": [RUBIO.id], "date_from": None, "date_to": None, "types": []}
        every = store.run_named(named("timeline"), params)
        gdelt = [row for row in every if "gdelt" in row["sources"]]
        assert len(gdelt) == 4 and len(every) == 12
        assert store.run_named(named("timeline"), {**params, "sources": ["gdelt"],
                                                   "limit": 3, "offset": 1}) == gdelt[1:4]
        assert store.run_named(named("timeline"), {**params, "sources": ["graphkit"]}) == [
            row for row in every if "gdelt" not in row["sources"]]

    def test_unknown_named_query_or_missing_parameter_raises(self, store: Store) -> None:
        with pytest.raises(QueryError, match="no named query 'nope'"):
            store.run_named(named("nope"), {})
        with pytest.raises(QueryError, match="needs parameter"):
            store.run_named(named("contacts"), {"a_ids": []})


def _meeting(*actors: Actor) -> Extraction:
    """An article in which ``actors`` (two) meet, dated."""
    article = Article(id="a9-meeting", outlet="Example Wire", url="https://example.com/a9",
                      title="A meeting", published=date(2026, 3, 2), source="a9.html",
                      text="The two met in Vell on Monday.")
    return Extraction(article, (event(article, 0, "MEET", *((a, "participant") for a in actors),
                                      date_=EventDate("2026-03-02", "day", "on Monday",
                                                      "weekday")),))


def _written(make_store: StoreFactory, extractions: list[Extraction]) -> Store:
    store = make_store(fresh=True)
    store.write(extractions)
    return store


class TestEmbeddedStore(StoreContract):
    @pytest.fixture
    def make_store(self, tmp_path: Path) -> Iterator[StoreFactory]:
        opened: list[Store] = []
        made = iter(range(1000))

        def make(reopen: bool = False, fresh: bool = False, batch_size: int = 0) -> Store:
            folder = tmp_path / (f"other-{next(made)}" if fresh else "kg")
            opened.append(EmbeddedStore(folder))
            opened[-1].create()  # (an empty graph, as a new Neo4j database is)
            return opened[-1]

        yield make
        for store in opened:
            store.close()

    def test_graph_db_is_plain_sqlite(self, store: EmbeddedStore) -> None:
        import sqlite3

        store.write(news())
        with sqlite3.connect(store.file) as conn:
            assert conn.execute("SELECT count(*) FROM node").fetchone() == (19,)
            # (PARTICIPATED_IN are participation rows, the other relationships edge rows)
            assert conn.execute("SELECT (SELECT count(*) FROM edge) + "
                                "(SELECT count(*) FROM participation)").fetchone() == (25,)

    def test_a_graph_json_store_migrates_on_first_open_and_is_kept(
            self, make_store: StoreFactory, tmp_path: Path) -> None:
        import json

        expected = _written(make_store, news()).to_networkx()
        legacy = tmp_path / "old-kg"
        legacy.mkdir()
        old = expected.copy()
        old.graph["graphkit_format"] = 1
        (legacy / "graph.json").write_text(json.dumps(nx.node_link_data(old, edges="edges")),
                                           encoding="utf-8")
        migrated = EmbeddedStore(legacy)
        assert migrated.counts() == NEWS_COUNTS
        assert graph_rows(migrated.to_networkx()) == graph_rows(expected)
        assert not (legacy / "graph.json").exists()
        assert (legacy / "graph.json.migrated").exists()  # kept, never deleted
        migrated.write(news())  # resolution reads the migrated graph: nothing new
        assert graph_rows(EmbeddedStore(legacy).to_networkx()) == graph_rows(expected)

    @pytest.mark.parametrize("content", [
        b"\x00\x01garbage", b'{"nodes": [', b"[]", b'{"directed": true}',
        b'{"directed": true, "multigraph": true, "graph": {}, "nodes": [], "edges": []}',
        "é".encode("latin-1"),
    ])
    def test_a_corrupt_graph_json_raises_naming_the_file(
            self, tmp_path: Path, content: bytes) -> None:
        (tmp_path / "graph.json").write_bytes(content)
        with pytest.raises(StoreError, match=r"graph\.json"):
            EmbeddedStore(tmp_path)
        assert (tmp_path / "graph.json").read_bytes() == content  # left as it was

    def test_a_corrupt_graph_db_raises_naming_the_file(self, tmp_path: Path) -> None:
        (tmp_path / "graph.db").write_bytes(b"not a database at all, " * 100)
        with pytest.raises(StoreError, match=r"graph\.db"):
            EmbeddedStore(tmp_path).counts()

    def test_a_second_writer_waits_for_the_first(self, tmp_path: Path) -> None:
        import sqlite3

        store = EmbeddedStore(tmp_path, lock_timeout=0.2)
        store.create()
        other = sqlite3.connect(tmp_path / "graph.db", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another process in the middle of a write
        with pytest.raises(StoreError, match="another graphkit process"):
            store.write(news())
        other.execute("ROLLBACK")
        other.close()
        store.write(news())  # released: the write goes through
        assert store.counts() == NEWS_COUNTS

    def test_a_writer_killed_mid_write_leaves_a_consistent_store(
            self, tmp_path: Path, make_store: StoreFactory) -> None:
        import signal
        import subprocess
        import sys
        import time

        # A child process writes batch after batch; it is killed (SIGKILL) while writing.
        script = (
            "import sys; sys.path.insert(0, sys.argv[2])\n"
            "from store.samples import more_news\n"
            "from graphkit.store import EmbeddedStore\n"
            "store = EmbeddedStore(sys.argv[1])\n"
            "batches = more_news(400)\n"
            "for i in range(0, 400, 4):\n"
            "    store.write(batches[i:i + 4])\n"
            "    print(i, flush=True)\n")
        tests_dir = str(Path(__file__).resolve().parent.parent)
        child = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "kg"),
                                  tests_dir], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        child.stdout.readline()  # one write committed; the next ones are under way
        time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait()
        crashed = make_store(reopen=True)
        assert crashed.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert crashed.counts()["Article"] % 4 == 0  # whole writes only
        crashed.write(more_news(400))
        assert graph_rows(crashed.to_networkx()) == graph_rows(
            _written(make_store, more_news(400)).to_networkx())

    def test_two_writers_do_not_lose_each_others_writes(self, tmp_path: Path) -> None:
        first, second = EmbeddedStore(tmp_path), EmbeddedStore(tmp_path)
        first.write(news()[:1])
        second.write(news()[1:])  # reloads what `first` wrote before merging
        assert first.counts() == second.counts() == NEWS_COUNTS

    @pytest.mark.parametrize("read", [
        lambda s: s.counts(), lambda s: s.actors(), lambda s: s.to_networkx(),
        lambda s: s.find_actors(names=["voss"]), lambda s: s.version(),
        lambda s: s.missing_events(["ev-1"]),
        lambda s: s.run_named(named("timeline"), {"x_ids": ["person:arlen-voss"], "date_from": None,
                                                  "date_to": None, "types": []}),
    ])
    def test_a_read_of_a_folder_holding_no_store_raises_and_creates_nothing(
            self, tmp_path: Path, read: Callable[[Store], Any]) -> None:
        store = EmbeddedStore(tmp_path / "kg-typo")
        with pytest.raises(StoreError, match=r"no graphkit store at .*kg-typo \(no such folder\)"):
            read(store)
        assert list(tmp_path.iterdir()) == []

    def test_a_folder_without_graph_db_is_no_store_and_gets_none(self, tmp_path: Path) -> None:
        store = EmbeddedStore(tmp_path)
        with pytest.raises(StoreError, match="the folder holds no graph.db"):
            store.counts()
        assert list(tmp_path.iterdir()) == []

    def test_a_file_path_is_refused(self, tmp_path: Path) -> None:
        (tmp_path / "kg.json").write_text("{}", encoding="utf-8")
        with pytest.raises(StoreError, match="is a file"):
            EmbeddedStore(tmp_path / "kg.json")

    def test_default_path_comes_from_graphkit_store(
            self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        from graphkit.store import open_store

        monkeypatch.delenv("NEO4J_URI", raising=False)
        monkeypatch.setenv("GRAPHKIT_STORE", str(tmp_path / "env-kg"))
        store = open_store()
        assert isinstance(store, EmbeddedStore) and store.path == tmp_path / "env-kg"
        monkeypatch.delenv("GRAPHKIT_STORE")
        monkeypatch.chdir(tmp_path)
        assert open_store().path == Path("graphkit-data")

    def test_ad_hoc_cypher_needs_neo4j(self, store: EmbeddedStore) -> None:
        with pytest.raises(QueryError, match="ad-hoc Cypher needs Neo4j") as caught:
            store.run_cypher("MATCH (n) RETURN n", {})
        assert "--neo4j URI" in str(caught.value) and "--neo4j-uri" not in str(caught.value)


@pytest.mark.neo4j
class TestNeo4jStore(StoreContract):
    @pytest.fixture
    def make_store(self, neo4j_credentials: dict[str, str],
                   neo4j_clean: Any, tmp_path: Path) -> Iterator[StoreFactory]:
        from graphkit.store.neo4j import Neo4jStore

        opened: list[Store] = []
        made = iter(range(1000))

        def make(reopen: bool = False, fresh: bool = False, batch_size: int = 1000) -> Store:
            if fresh:  # a second, independent graph to compare with: the embedded store
                opened.append(EmbeddedStore(tmp_path / f"other-{next(made)}"))
            else:
                opened.append(Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                                         neo4j_credentials["password"],
                                         batch_size=batch_size))
            return opened[-1]

        yield make
        for store in opened:
            store.close()

    def test_writes_planned_ahead_change_nothing(self, make_store: StoreFactory,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
        from graphkit.store import neo4j_write

        monkeypatch.setattr(neo4j_write, "_PLANNED", set())
        store = make_store()
        store.write(news())
        before = graph_rows(store.to_networkx())
        store.prepare_writes()
        store._planning.join()  # type: ignore[attr-defined]  # (every statement planned)
        assert (store.uri, None) in neo4j_write._PLANNED  # type: ignore[attr-defined]
        assert graph_rows(store.to_networkx()) == before
        store.write(more_news(2))
        assert store.counts()["Article"] == NEWS_COUNTS["Article"] + 2

    def test_wrong_password_raises_store_error(self, neo4j_credentials: dict[str, str]) -> None:
        from graphkit.store.neo4j import Neo4jStore

        with pytest.raises(StoreError, match="refused the username/password.*NEO4J_PASSWORD"):
            Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"], "not-the-password")

    def test_unreachable_server_raises_store_error(self) -> None:
        from graphkit.store.neo4j import Neo4jStore

        with pytest.raises(StoreError,
                           match=r"cannot reach Neo4j at bolt://127\.0\.0\.1:1: is it running"):
            Neo4jStore("bolt://127.0.0.1:1", "neo4j", "x")

    def test_bad_uri_raises_store_error(self) -> None:
        from graphkit.store.neo4j import Neo4jStore

        with pytest.raises(StoreError, match="bad Neo4j URI"):
            Neo4jStore("htp://nowhere", "neo4j", "x")

    def test_a_bad_row_in_a_later_batch_rolls_back_every_batch(
            self, make_store: StoreFactory) -> None:
        store = make_store(batch_size=2)
        mixed = replace(RUBIO, id="person:mixed-rubio", aliases=("Rubio", 7))  # mixed list: refused
        bad = more_news(1)[0]
        event = bad.events[0]
        event = replace(event, participants=(
            event.participants[0], replace(event.participants[1], actor=mixed)))
        with pytest.raises(StoreError, match="nothing was written"):
            store.write([*news(), Extraction(bad.article, (event,))])
        assert store.counts() == empty_counts()

    def test_schema_is_applied_idempotently(self, make_store: StoreFactory) -> None:
        store = make_store()
        make_store(reopen=True)  # applying it again is fine
        # SHOW is an administration command: refused without write=True (--write)
        names = {r["name"] for r in store.run_cypher("SHOW CONSTRAINTS YIELD name", write=True)}
        assert {"article_id", "actor_id", "event_id"} <= names
        indexes = {r["name"] for r in store.run_cypher("SHOW INDEXES YIELD name", write=True)}
        assert {"event_type", "event_date_start", "actor_country", "actor_name"} <= indexes

    def test_ad_hoc_cypher_reads_with_parameters(self, store: Store) -> None:
        store.write(news())
        rows = store.run_cypher("MATCH (a:Actor {country: $c}) RETURN a.name AS name "
                                "ORDER BY name", {"c": "USA"})
        assert rows == [{"name": "Donald Trump"}, {"name": "Marco Rubio"},
                        {"name": "United States"}]

    def test_ad_hoc_cypher_refuses_writes_unless_asked(self, store: Store) -> None:
        with pytest.raises(QueryError, match="pass write=True"):
            store.run_cypher("CREATE (:Scratch {x: 1})", {})
        assert store.run_cypher("MATCH (n:Scratch) RETURN count(n) AS n") == [{"n": 0}]
        store.run_cypher("CREATE (:Scratch {x: $x})", {"x": 1}, write=True)
        assert store.run_cypher("MATCH (n:Scratch) RETURN n.x AS x") == [{"x": 1}]
        store.run_cypher("MATCH (n:Scratch) DELETE n", write=True)

    def test_a_cypher_typo_raises_a_one_line_query_error(self, store: Store) -> None:
        with pytest.raises(QueryError, match="Cypher syntax error") as caught:
            store.run_cypher("MATCH (n) RETRUN n", {})
        assert "\n" not in str(caught.value) and "RETRUN" in str(caught.value)

    def test_open_store_picks_neo4j_from_the_environment(
            self, neo4j_credentials: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
        from graphkit.store import open_store
        from graphkit.store.neo4j import Neo4jStore

        monkeypatch.setenv("NEO4J_URI", neo4j_credentials["uri"])
        monkeypatch.setenv("NEO4J_USERNAME", neo4j_credentials["user"])
        monkeypatch.setenv("NEO4J_PASSWORD", neo4j_credentials["password"])
        with open_store() as store:
            assert isinstance(store, Neo4jStore)


@pytest.mark.neo4j
class TestParity:
    """The same articles into both stores give the same graph and the same answers."""

    @pytest.fixture
    def both(self, neo4j_credentials: dict[str, str], neo4j_clean: Any,
             tmp_path: Path) -> Iterator[tuple[Store, Store]]:
        from graphkit.store.neo4j import Neo4jStore

        embedded = EmbeddedStore(tmp_path / "kg")
        neo4j = Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                           neo4j_credentials["password"], batch_size=3)
        extractions = [*news(), *more_news(12)]
        embedded.write(extractions)
        neo4j.write(extractions)
        yield embedded, neo4j
        neo4j.close()

    def test_same_graph(self, both: tuple[Store, Store]) -> None:
        embedded, neo4j = both
        assert graph_rows(neo4j.to_networkx()) == graph_rows(embedded.to_networkx())
        assert list(neo4j.to_networkx().nodes) == list(embedded.to_networkx().nodes)
        assert neo4j.counts() == embedded.counts()
        assert neo4j.actors() == embedded.actors()

    @pytest.mark.parametrize(("name", "params"), [
        ("first_contact_since", {"a_ids": [PUTIN.id], "b_ids": [TRUMP.id], "on": "2025-02-12"}),
        ("first_contact_since", {"a_ids": [LAVROV.id], "b_ids": [RUBIO.id], "on": "2025-03-20"}),
        ("first_contact_since", {"a_ids": ["country:RUS", PUTIN.id, LAVROV.id, KREMLIN.id],
                                 "b_ids": ["country:USA", TRUMP.id, RUBIO.id],
                                 "on": "2026-01-01"}),
        ("first_contact_since", {"a_ids": [PUTIN.id], "b_ids": [PUTIN.id], "on": "2026-01-01"}),
        ("contacts", {"a_ids": [PUTIN.id, LAVROV.id], "b_ids": [TRUMP.id, RUBIO.id],
                      "modalities": []}),
        ("contacts", {"a_ids": [LAVROV.id], "b_ids": [RUBIO.id],
                      "modalities": ["asserted", "implied_prior"]}),
        ("contacts", {"a_ids": ["nobody"], "b_ids": [RUBIO.id], "modalities": []}),
        ("timeline", {"x_ids": ["country:RUS", PUTIN.id, LAVROV.id, KREMLIN.id],
                      "date_from": None, "date_to": None, "types": []}),
        ("timeline", {"x_ids": [LAVROV.id], "date_from": "2025-03-05",
                      "date_to": "2025-03-09", "types": ["CALL"]}),
        ("timeline", {"x_ids": [TRUMP.id], "date_from": "2025-02-28", "date_to": None,
                      "types": ["MEET", "CALL"]}),
        ("contacts", {"a_ids": [LAVROV.id, PUTIN.id], "b_ids": [RUBIO.id, TRUMP.id],
                      "modalities": [], "limit": 4, "offset": 3}),
        ("timeline", {"x_ids": ["country:RUS", LAVROV.id], "date_from": None,
                      "date_to": None, "types": [], "sources": ["graphkit"], "limit": 6,
                      "offset": 5}),
        ("timeline", {"x_ids": [LAVROV.id], "date_from": "2025-03-02",
                      "date_to": "2025-03-20", "types": ["CALL"], "limit": 3}),
    ])
    def test_same_named_query_rows(self, both: tuple[Store, Store], name: str,
                                   params: dict[str, Any]) -> None:
        embedded, neo4j = both
        expected = embedded.run_named(named(name), params)
        assert neo4j.run_named(named(name), params) == expected
        if "nobody" not in params.get("a_ids", ()):
            assert expected or name == "first_contact_since"
