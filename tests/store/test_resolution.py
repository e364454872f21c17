"""Cross-article resolution in both stores: one Event per call whatever the ingest order,
implied prior contacts linked to the real one, and claim_check on the same answers."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from store.samples import KREMLIN, PUTIN, RUSSIA, event
from store.test_contract import graph_rows

from graphkit.model import Actor, Article, EventDate, Extraction
from graphkit.query import claim_check, named
from graphkit.store import EmbeddedStore, Store, tables

MACRON = Actor(id="person:emmanuel-macron", name="Emmanuel Macron", kind="person",
               country="FRA", office="President", wikidata="Q3052772")
ELYSEE = Actor(id="org:elysee-palace", name="Elysee Palace", kind="organisation",
               country="FRA")

StoreFactory = Callable[[], Store]


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreFactory]:
    """A factory of EMPTY stores of one backend (Neo4j: wiped on each call)."""
    opened: list[Store] = []
    made = itertools.count()

    def make() -> Store:
        if request.param == "embedded":
            opened.append(EmbeddedStore(tmp_path / f"kg-{next(made)}"))
        else:
            from graphkit.store.neo4j import Neo4jStore

            creds: dict[str, Any] = request.getfixturevalue("neo4j_credentials")
            driver = request.getfixturevalue("neo4j_driver")
            driver.execute_query("MATCH (n) DETACH DELETE n")
            opened.append(Neo4jStore(creds["uri"], creds["user"], creds["password"]))
        return opened[-1]

    yield make
    for store in opened:
        store.close()


def call_reports() -> list[Extraction]:
    """Three articles (three outlets) about one Putin-Macron call of 2022-09-11, one of
    which reports it twice, and a fourth about their meeting a month later."""
    a = Article(id="t-wire-a", outlet="Test Wire", url="https://example.org/a",
                published=date(2022, 9, 12), title="Macron and Putin talk",
                text="Emmanuel Macron and Vladimir Putin spoke by phone on Sunday. "
                     "The call between Macron and Putin lasted two hours.")
    b = Article(id="t-post-b", outlet="Test Post", url="https://example.org/b",
                published=date(2022, 9, 12), title="Kremlin on the call",
                text="Putin held a telephone conversation with Macron on Monday, the "
                     "Kremlin said.")
    c = Article(id="t-news-c", outlet="Test News", published=date(2022, 10, 2),
                title="A month of talks", text="Putin and Macron spoke in September.")
    d = Article(id="t-wire-d", outlet="Test Wire", url="https://example.org/d",
                published=date(2022, 10, 20), title="A meeting",
                text="Putin and Macron met on 19 October 2022.")
    sunday = EventDate("2022-09-11", "day", "on Sunday", "weekday")
    return [
        Extraction(a, (
            event(a, 0, "CALL", (MACRON, "participant"), (PUTIN, "participant"),
                  date_=sunday, confidence=0.9),
            event(a, a.text.index("The call"), "CALL", (MACRON, "participant"),
                  (PUTIN, "participant"), (RUSSIA, "participant"), date_=sunday))),
        Extraction(b, (event(b, 0, "CALL", (PUTIN, "source"), (MACRON, "target"),
                             date_=EventDate("2022-09-12", "day", "on Monday", "weekday"),
                             reported_by=KREMLIN),)),
        Extraction(c, (event(c, 0, "CALL", (PUTIN, "participant"), (MACRON, "participant"),
                             date_=EventDate("2022-09", "month", "in September", "month")),)),
        Extraction(d, (event(d, 0, "MEET", (PUTIN, "participant"), (MACRON, "participant"),
                             date_=EventDate("2022-10-19", "day", None, "explicit")),)),
    ]


def claim_article(since: str = "2022-09") -> Extraction:
    """A 2025 call said to be the first since September 2022."""
    art = Article(id="t-claim", outlet="Claim Times", published=date(2025, 7, 1),
                  title="First call in years",
                  text="Putin and Macron spoke by phone on Tuesday, their first call since "
                       "September 2022.")
    return Extraction(art, (
        event(art, 0, "CALL", (PUTIN, "participant"), (MACRON, "participant"),
              date_=EventDate("2025-07-01", "day", "on Tuesday", "weekday")),
        event(art, 0, "CALL", (PUTIN, "participant"), (MACRON, "participant"),
              date_=EventDate(since, "month", "since September 2022", "since"),
              modality="implied_prior", confidence=0.7)))


def invented_2023_call() -> Extraction:
    art = Article(id="t-invented-2023", outlet="Invented Daily", published=date(2023, 3, 15),
                  text="Macron and Putin held a phone call on 14 March 2023.")
    return Extraction(art, (event(art, 0, "CALL", (MACRON, "participant"),
                                  (PUTIN, "participant"),
                                  date_=EventDate("2023-03-14", "day", None, "explicit")),))


def _calls(store: Store) -> list[dict[str, Any]]:
    graph = store.to_networkx()
    return [a for _, a in graph.nodes(data=True)
            if a.get("label") == "Event" and a.get("type") == "CALL"]


def test_reports_of_one_call_become_one_event_with_one_mention_per_article(
        make_store: StoreFactory) -> None:
    store = make_store()
    store.write(call_reports())
    calls = sorted(_calls(store), key=lambda e: e["date"])
    assert [(e["date"], e["n_articles"], e["n_outlets"]) for e in calls] == [
        ("2022-09-11", 3, 3)]
    graph = store.to_networkx()
    merged = calls[0]["id"]
    mentions = sorted((t, d["outlet"], d["date"]) for _, t, d in graph.out_edges(merged, data=True)
                      if d["type"] == "MENTIONED_IN")
    assert mentions == [("t-news-c", "Test News", "2022-09"),
                        ("t-post-b", "Test Post", "2022-09-12"),
                        ("t-wire-a", "Test Wire", "2022-09-11")]
    roles = sorted((s, d["role"]) for s, _, d in graph.in_edges(merged, data=True)
                   if d["type"] == "PARTICIPATED_IN")
    assert roles == [(RUSSIA.id, "participant"), (MACRON.id, "participant"),
                     (MACRON.id, "target"), (PUTIN.id, "participant"), (PUTIN.id, "source")]
    assert graph.has_edge(KREMLIN.id, merged)
    assert store.counts()["Event"] == 2 and store.counts()["MENTIONED_IN"] == 4


def test_any_ingest_order_gives_the_same_graph(make_store: StoreFactory) -> None:
    articles = [*call_reports(), claim_article(), invented_2023_call()]
    reference = make_store()
    reference.write(articles)
    expected = graph_rows(reference.to_networkx())
    orders = list(itertools.permutations(articles[:4]))
    for i, order in enumerate([*orders[::5], list(reversed(articles))]):
        store = make_store()
        rest = [a for a in articles if a not in order]
        for extraction in [*order, *rest] if i % 2 else [*rest, *order]:
            store.write([extraction])
        assert graph_rows(store.to_networkx()) == expected, order
    store.write(articles)  # re-ingesting everything changes nothing
    assert graph_rows(store.to_networkx()) == expected


def test_both_stores_hold_the_same_resolved_graph(neo4j_credentials: dict[str, str],
                                                  neo4j_clean: Any, tmp_path: Path) -> None:
    from graphkit.store.neo4j import Neo4jStore

    articles = [*call_reports(), claim_article(), invented_2023_call()]
    embedded = EmbeddedStore(tmp_path / "kg")
    with Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                    neo4j_credentials["password"], batch_size=2) as neo4j:
        for extraction in articles:
            embedded.write([extraction])
        for extraction in reversed(articles):
            neo4j.write([extraction])
        assert graph_rows(neo4j.to_networkx()) == graph_rows(embedded.to_networkx())
        for types in ([], ["CALL", "MEET"]):
            assert (neo4j.run_named(named("claim_check"), {"article_id": "t-claim", "types": types})
                    == embedded.run_named(named("claim_check"),
                                          {"article_id": "t-claim", "types": types}))


def test_both_stores_read_the_same_events_for_the_same_days(
        neo4j_credentials: dict[str, str], neo4j_clean: Any, tmp_path: Path) -> None:
    from graphkit.store import embedded_write, neo4j_write
    from graphkit.store.neo4j import Neo4jStore

    articles = [*call_reports(), claim_article(), invented_2023_call()]
    embedded = EmbeddedStore(tmp_path / "kg")
    embedded.write(articles)
    families = sorted({e["resolution_key"] for e in embedded.view().whole().nodes.values()
                       if e.get("resolution_key")})
    windows = [(f, first, last) for f in families for first, last in (
        ("2022-09-10", "2022-09-10"), ("2022-09-12", "2022-09-30"), ("2022-10-01", "2022-10-31"),
        ("2021-01-01", "2021-12-31"), ("2023-03-15", "2024-01-01"))]
    with Neo4jStore(neo4j_credentials["uri"], neo4j_credentials["user"],
                                 neo4j_credentials["password"]) as neo4j:
        neo4j.write(articles)
        for window in windows:
            with neo4j._session() as session:
                found = session.execute_read(lambda tx, w=window: sorted(
                    r["s"][0][0] for r in tx.run(neo4j_write._EVENT_SUMMARIES,
                                              windows=neo4j_write._candidates([w]), ids=[])))
            assert found == sorted(embedded_write._window_event_ids(embedded.conn, [window])), (
                window)
        # (and count the clusters of a month or a year alike)
        queries = [[f, modality, precisions, first, last] for f in families
                   for modality in ("asserted", "implied_prior")
                   for precisions, first, last in ((["day"], "2022-09-01", "2022-09-30"),
                                                   (["day", "month"], "2022-01-01", "2022-12-31"))]
        with neo4j._session() as session:
            counted = session.execute_read(lambda tx: [
                r["n"] for r in tx.run(neo4j_write._COUNT_DATED, queries=queries)])
        assert counted == [tables.count_dated(embedded.conn, *q) for q in queries]
        assert sum(counted) > 0
        # (and a write's first read gives the same in one statement)
        article_ids = sorted(x.article.id for x in articles)
        actor_ids = sorted({a.id for x in articles for a in x.actors})
        for asked in (queries, []):
            with neo4j._session() as session:
                first, alone = session.execute_read(lambda tx, q=asked: (
                    tx.run(neo4j_write._FIRST_READ, articles=[*article_ids, "t-none"],
                           actors=actor_ids, windows=neo4j_write._candidates(windows),
                           ids=[], queries=q).single().data(),
                    sorted(r["s"] for r in tx.run(neo4j_write._EVENT_SUMMARIES,
                                                  windows=neo4j_write._candidates(windows),
                                                  ids=[]))))
            assert first["c"] == (counted if asked else [])
            assert sorted(first["s"]) == alone and alone
            assert sorted(a["id"] for a in first["a"]) == article_ids
            assert sorted(a["id"] for a in first["b"]) == actor_ids


def test_an_implied_prior_contact_refers_to_the_real_one(make_store: StoreFactory) -> None:
    for order in ([claim_article(), *call_reports()], [*call_reports(), claim_article()]):
        store = make_store()
        for extraction in order:
            store.write([extraction])
        graph = store.to_networkx()
        refers = [(s, t) for s, t, d in graph.edges(data=True) if d["type"] == "REFERS_TO"]
        assert len(refers) == 1
        implied, prior = refers[0]
        assert graph.nodes[implied]["modality"] == "implied_prior"
        assert graph.nodes[prior]["date"] == "2022-09-11"


def test_write_counts_after_resolution(make_store: StoreFactory) -> None:
    store = make_store()
    first = store.write(call_reports())
    again = store.write(call_reports())
    assert first.nodes_created > 0 and again.nodes_created == 0
    assert again.relationships_created == 0
    assert again.relationships_matched == first.relationships_created


@pytest.mark.parametrize(("extra", "status"), [
    ([], "confirmed"), (["2023"], "contradicted"), (["no-prior"], "unverified"),
    (["meetings count"], "contradicted")])
def test_claim_check(make_store: StoreFactory, extra: list[str], status: str) -> None:
    store = make_store()
    articles = [claim_article()]
    if "no-prior" not in extra:
        articles += call_reports()
    if "2023" in extra:
        articles.append(invented_2023_call())
    store.write(articles)
    types = ["CALL", "MEET"] if "meetings count" in extra else []
    rows = claim_check(store, "t-claim", types=types)
    assert [r["status"] for r in rows] == [status]
    row = rows[0]
    assert (row["since"], row["event_date"], row["until"]) == ("2022-09", "2025-07-01",
                                                             "2025-07-01")
    if status == "contradicted":
        assert [(c["date"], c["type"]) for c in row["contacts_between"]] == (
            [("2022-10-19", "MEET")] if types else [("2023-03-14", "CALL")])
    else:
        assert row["contacts_between"] == []
    assert (row["prior_date"] is None) == (status == "unverified")
    assert claim_check(store, "no-such-article") == []


def window_claim_article() -> Extraction:
    """A 2025 call said to be the first in two years: the prior call lies in a window."""
    art = Article(id="t-window", outlet="Claim Times", published=date(2025, 7, 1),
                  title="First call in two years",
                  text="Putin and Macron spoke by phone on Tuesday for the first time in two "
                       "years.")
    window = EventDate.interval(date(2022, 7, 1), date(2023, 7, 1), "in two years",
                                "since_duration")
    return Extraction(art, (
        event(art, 0, "CALL", (PUTIN, "participant"), (MACRON, "participant"),
              date_=EventDate("2025-07-01", "day", "on Tuesday", "weekday")),
        event(art, 0, "CALL", (PUTIN, "participant"), (MACRON, "participant"),
              date_=window, modality="implied_prior", confidence=0.7)))


def call_on(day: date) -> Extraction:
    art = Article(id=f"t-call-{day.isoformat()}", outlet="Invented Daily", published=day,
                  text=f"Macron and Putin held a phone call on {day.isoformat()}.")
    return Extraction(art, (event(art, 0, "CALL", (MACRON, "participant"), (PUTIN, "participant"),
                                  date_=EventDate(day.isoformat(), "day", None, "explicit")),))


@pytest.mark.parametrize(("calls", "status", "between"), [
    ([date(2023, 3, 14)], "confirmed", []),                       # inside the window
    ([date(2023, 3, 14), date(2024, 1, 10)], "contradicted", ["2024-01-10"]),  # after it
    ([], "unverified", []),
])
def test_claim_check_reads_a_duration_window(make_store: StoreFactory, calls: list[date],
                                             status: str, between: list[str]) -> None:
    store = make_store()
    store.write([window_claim_article(), *(call_on(d) for d in calls)])
    rows = claim_check(store, "t-window")
    assert [r["status"] for r in rows] == [status]
    assert rows[0]["since"] == "2022-07-01/2023-07-01"
    assert [c["date"] for c in rows[0]["contacts_between"]] == between


def test_first_contact_since_counts_a_window_from_its_first_day(make_store: StoreFactory) -> None:
    store = make_store()
    store.write([window_claim_article()])
    rows = store.run_named(named("first_contact_since"), {"a_ids": [PUTIN.id], "b_ids": [MACRON.id],
                                                   "on": "2025-07-01"})
    assert [(r["date"], r["date_precision"], r["date_start"], r["gap_days"]) for r in rows] == [
        ("2022-07-01/2023-07-01", "interval", "2022-07-01", 1096)]


# -- the real extractor, the dev corpus and articles written for these tests ------------

OWN_2022 = ("TITLE: Macron and Putin hold phone talks\nOUTLET: Test Wire\n"
            "URL: https://example.org/test-wire/macron-putin-2022\nPUBLISHED: 2022-09-12\n\n"
            "Emmanuel Macron and Vladimir Putin spoke by phone on 11 September 2022. "
            "The two presidents discussed the safety of a nuclear plant.\n")
OWN_2022_B = ("TITLE: Putin and Macron talk\nOUTLET: Second Test Wire\n"
              "URL: https://example.org/second/putin-macron-2022\nPUBLISHED: 2022-09-11\n\n"
              "Russian President Vladimir Putin held a telephone conversation with French "
              "President Emmanuel Macron on Sunday, the Kremlin said.\n")
INVENTED_2023 = ("TITLE: Macron and Putin talk again\nOUTLET: Invented Daily\n"
                 "URL: https://example.org/invented/macron-putin-2023\nPUBLISHED: 2023-03-15\n\n"
                 "Emmanuel Macron and Vladimir Putin held a phone call on 14 March 2023, "
                 "according to an invented report written for this test.\n")


@pytest.fixture(scope="module")
def extractor() -> Any:
    from graphkit.extract import Extractor

    return Extractor()


def _ingest(store: Store, paths: list[Path], extractor: Any) -> None:
    from graphkit.pipeline import ingest

    for path in paths:  # one call per file: the order is the given one
        report = ingest([path], store, as_of=date(2025, 7, 2), extractor=extractor)
        assert report.ok, report.failures


def _dev_article_id(shared_corpus: Path) -> tuple[Path, str]:
    from graphkit.load import iter_articles

    page = shared_corpus / "000_daily8_aggregator_page.txt"
    for article in iter_articles([page], as_of=date(2025, 7, 2)):
        if isinstance(article, Article) and "Macron" in (article.title or ""):
            return page, article.id
    raise AssertionError("the Putin-Macron article is not on the page")


def test_own_articles_about_one_call_give_one_event_in_any_order(
        make_store: StoreFactory, tmp_path: Path, extractor: Any) -> None:
    (tmp_path / "a.txt").write_text(OWN_2022, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OWN_2022_B, encoding="utf-8")
    graphs = []
    for order in (["a.txt", "b.txt"], ["b.txt", "a.txt"]):
        store = make_store()
        _ingest(store, [tmp_path / name for name in order], extractor)
        calls = _calls(store)
        assert [(e["date"], e["n_articles"], e["n_outlets"]) for e in calls] == [
            ("2022-09-11", 2, 2)]
        graphs.append(graph_rows(store.to_networkx()))
    assert graphs[0] == graphs[1]


def test_claim_check_on_the_dev_corpus_call(make_store: StoreFactory, tmp_path: Path,
                                            shared_corpus: Path, extractor: Any) -> None:
    page, article_id = _dev_article_id(shared_corpus)
    (tmp_path / "own-2022.txt").write_text(OWN_2022, encoding="utf-8")
    (tmp_path / "invented-2023.txt").write_text(INVENTED_2023, encoding="utf-8")
    store = make_store()
    _ingest(store, [page, tmp_path / "own-2022.txt"], extractor)
    rows = claim_check(store, article_id)
    assert [(r["since"], r["status"], r["prior_date"]) for r in rows] == [
        ("2022-09", "confirmed", "2022-09-11")]
    _ingest(store, [tmp_path / "invented-2023.txt"], extractor)
    rows = claim_check(store, article_id)
    assert [r["status"] for r in rows] == ["contradicted"]
    assert [c["date"] for c in rows[0]["contacts_between"]] == ["2023-03-14"]
