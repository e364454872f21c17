"""graphkit.resolve alone: actor canonicalisation, date-compatible clustering, merge rules."""

from __future__ import annotations

import itertools

import pytest
from store.samples import PUTIN, event

from graphkit.model import Actor, Article, EventDate, Extraction
from graphkit.resolve import (
    ActorResolver,
    ResolutionRules,
    cluster,
    merge_actor,
    name_key,
    resolve_reports,
)

RULES = ResolutionRules.load()
MACRON = Actor(id="person:emmanuel-macron", name="Emmanuel Macron", kind="person",
               country="FRA", wikidata="Q3052772")
FRANCE = Actor(id="country:FRA", name="France", kind="country", country="FRA")


def report(mention_id: str, article: str, value: str | None, precision: str | None,
           rule: str = "weekday", confidence: float = 0.8) -> dict:
    return {"mention_id": mention_id, "article_id": article, "date": value,
            "date_precision": precision, "date_rule": rule, "confidence": confidence}


def clusters_of(reports: list[dict]) -> list[tuple[str | None, list[str]]]:
    return [(c.value, sorted(r["mention_id"] for r in c.reports))
            for c in cluster(reports, RULES)]


# -- actors ---------------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b"), [
    ("Sergey Ivanov", "Sergei Ivanov"), ("Oleksiy Zelensky", "Oleksiy Zelenskyy"),
    ("Dmitriy Petrov", "Dmitri Petrov"), ("Aleksei Kuznetsov", "Alexei Kuznetsov"),
    ("José Núñez", "Jose Nunez"),
])
def test_transliteration_variants_share_a_key(a: str, b: str) -> None:
    assert name_key(a, RULES) == name_key(b, RULES)


def test_different_given_names_keep_different_keys() -> None:
    assert name_key("Sergei Ivanov", RULES) != name_key("Viktor Ivanov", RULES)


def _article_with(article_id: str, *people: Actor) -> Extraction:
    article = Article(id=article_id, text="X spoke with Y. Z said so.")
    ev = event(article, 0, "CALL", *((p, "participant") for p in people),
               date_=EventDate("2024-05-02", "day", None, "explicit"))
    return Extraction(article, (ev,))


def _person(name: str) -> Actor:
    return Actor(id=Actor.make_id("person", name), name=name, kind="person")


def test_gazetteer_people_become_the_gazetteer_entry() -> None:
    resolver = ActorResolver()
    lavrov = _person("Sergei Lavrov")
    zelensky = _person("Zelensky")
    out = resolver.resolve(_article_with("a", lavrov, zelensky))
    ids = sorted(a.id for a in out.actors)
    assert ids == ["person:sergey-lavrov", "person:volodymyr-zelenskyy"]
    zel = next(a for a in out.actors if a.id == "person:volodymyr-zelenskyy")
    assert zel.wikidata == "Q3881215" and zel.name == "Volodymyr Zelenskyy"


def test_unknown_full_names_merge_across_spellings() -> None:
    resolver = ActorResolver()
    one = resolver.resolve(_article_with("a", _person("Sergey Kovalenkov"), PUTIN))
    two = resolver.resolve(_article_with("b", _person("Sergei Kovalenkov"), PUTIN))
    assert {a.id for a in one.actors} == {a.id for a in two.actors}


def test_a_bare_surname_never_merges_across_articles() -> None:
    resolver = ActorResolver()
    one = resolver.resolve(_article_with("a", _person("Kovalenkov"), PUTIN))
    two = resolver.resolve(_article_with("b", _person("Kovalenkov"), PUTIN))
    full = resolver.resolve(_article_with("c", _person("Sergei Kovalenkov"), PUTIN))
    ids = [next(a.id for a in x.actors if "kovalenkov" in a.id) for x in (one, two, full)]
    assert len(set(ids)) == 3
    assert ids[0] == "person:kovalenkov@a"


def test_a_bare_surname_resolves_to_the_full_name_in_the_same_article() -> None:
    article = Article(id="a", text="Sergei Kovalenkov met Putin. Kovalenkov said so.")
    first = event(article, 0, "MEET", (_person("Sergei Kovalenkov"), "participant"),
                  (PUTIN, "participant"))
    second = event(article, article.text.index("Kovalenkov said"), "STATEMENT",
                   (_person("Kovalenkov"), "speaker"))
    out = ActorResolver().resolve(Extraction(article, (first, second)))
    assert out.events[1].participants[0].actor.id == out.events[0].participants[0].actor.id


def test_two_people_sharing_a_surname_in_one_article_stay_apart() -> None:
    article = Article(id="a", text="Anna Kovalenkova and Olga Kovalenkova met. "
                                   "Kovalenkova said so.")
    ev = event(article, 0, "MEET", (_person("Anna Kovalenkova"), "participant"),
               (_person("Olga Kovalenkova"), "participant"))
    said = event(article, article.text.index("Kovalenkova said"), "STATEMENT",
                 (_person("Kovalenkova"), "speaker"))
    out = ActorResolver().resolve(Extraction(article, (ev, said)))
    assert out.events[1].participants[0].actor.id == "person:kovalenkova@a"


def test_merge_actor_is_order_independent() -> None:
    a = {"id": "person:x", "name": "Sergey X", "kind": "person", "aliases": ["S. X"]}
    b = {"id": "person:x", "name": "Sergei X", "kind": "person", "office": "Mayor",
         "aliases": []}
    assert merge_actor(a, b) == merge_actor(b, a) == merge_actor(None, merge_actor(a, b))
    assert merge_actor(a, b) == {"id": "person:x", "name": "Sergei X", "kind": "person",
                                 "office": "Mayor", "aliases": ["S. X", "Sergey X"]}


# -- clustering -----------------------------------------------------------------------

def test_relative_days_merge_within_the_window_around_the_most_reported_day() -> None:
    reports = [report("m1", "a", "2024-05-01", "day"), report("m2", "b", "2024-05-02", "day"),
               report("m3", "c", "2024-05-02", "day"), report("m4", "d", "2024-05-03", "day"),
               report("m5", "e", "2024-05-05", "day")]
    assert clusters_of(reports) == [("2024-05-02", ["m1", "m2", "m3", "m4"]),
                                    ("2024-05-05", ["m5"])]


def test_explicit_days_merge_only_on_the_same_day() -> None:
    reports = [report("m1", "a", "2024-05-01", "day", "explicit"),
               report("m2", "b", "2024-05-02", "day", "explicit")]
    assert clusters_of(reports) == [("2024-05-01", ["m1"]), ("2024-05-02", ["m2"])]


def test_a_month_report_joins_the_single_day_event_of_its_month() -> None:
    reports = [report("m1", "a", "2022-09-11", "day"), report("m2", "b", "2022-09", "month"),
               report("m3", "c", "2022", "year")]
    assert clusters_of(reports) == [("2022-09-11", ["m1", "m2", "m3"])]


def test_a_month_report_stays_apart_when_its_month_has_two_events() -> None:
    reports = [report("m1", "a", "2022-09-01", "day"), report("m2", "b", "2022-09-20", "day"),
               report("m3", "c", "2022-09", "month"), report("m4", "d", "2022-09", "month")]
    assert clusters_of(reports) == [("2022-09-01", ["m1"]), ("2022-09-20", ["m2"]),
                                    ("2022-09", ["m3", "m4"])]


def test_two_reports_of_one_article_never_share_an_event() -> None:
    reports = [report("m1", "a", "2024-05-01", "day"), report("m2", "a", "2024-05-02", "day"),
               report("m3", "b", "2024-05-02", "day")]
    assert clusters_of(reports) == [("2024-05-01", ["m1"]), ("2024-05-02", ["m2", "m3"])]


def test_undated_reports_never_merge() -> None:
    reports = [report("m1", "a", None, None), report("m2", "b", None, None)]
    assert clusters_of(reports) == [(None, ["m1"]), (None, ["m2"])]


def _full(mention_id: str, article: str, value: str, precision: str, modality: str = "asserted",
          rule: str = "weekday") -> dict:
    return {**report(mention_id, article, value, precision, rule), "type": "CALL",
            "modality": modality, "family": "CALL|a+b", "actor_key": ["a", "b"],
            "evidence": f"sentence {mention_id}", "start": 0, "end": 10, "outlet": article,
            "url": None, "date_text": None, "participants": ["participant:a", "participant:b"],
            "reported_by": None, "subtype": None, "cameo": None, "plover": None,
            "plover_mode": None}


def test_resolution_is_a_function_of_the_set_of_reports() -> None:
    reports = [_full("m1", "a", "2024-05-01", "day"), _full("m2", "b", "2024-05-02", "day"),
               _full("m3", "c", "2024-05", "month"), _full("m4", "d", "2024-05-03", "day"),
               _full("m5", "e", "2024-04", "month", "implied_prior"),
               _full("m6", "f", "2024-04-10", "day", rule="explicit")]
    results = set()
    for order in itertools.permutations(reports):
        rows = resolve_reports(list(order), RULES)
        results.add(repr((rows.events, rows.participations, rows.mentions, rows.refers)))
    assert len(results) == 1
    rows = resolve_reports(reports, RULES)
    # Seeds: the earliest of equally reported days; May has two events, so the month
    # report stays apart; the implied April call refers to the real one of April 10.
    assert sorted((e["id"], e["date"], e["n_articles"]) for e in rows.events) == [
        ("m1", "2024-05-01", 2), ("m3", "2024-05", 1), ("m4", "2024-05-03", 1),
        ("m5", "2024-04", 1), ("m6", "2024-04-10", 1)]
    assert rows.refers == [{"event_id": "m5", "prior_id": "m6"}]


def test_rules_come_from_the_schema_file() -> None:
    assert "CALL" in RULES.merge_types and RULES.day_window == 1
    assert "explicit" in RULES.exact_date_rules



# -- planning a write -----------------------------------------------------------------

def _two_articles() -> list[Extraction]:
    out = []
    for article_id, day in (("p-a", "2024-05-02"), ("p-b", "2024-05-03")):
        art = Article(id=article_id, outlet=f"Outlet {article_id}", url=f"https://e.org/{article_id}",
                      text="Putin and Macron spoke by phone.")
        out.append(Extraction(art, (event(art, 0, "CALL", (PUTIN, "participant"),
                                          (MACRON, "participant"), reported_by=PUTIN,
                                          date_=EventDate(day, "day", "on Tuesday", "weekday")),)))
    return out


def test_stores_can_fetch_every_resolved_property_by_name() -> None:
    from graphkit.resolve import EVENT_FIELDS, MENTION_FIELDS, article_reports

    reports = [r for x in _two_articles() for r in article_reports(x, RULES)]
    rows = resolve_reports(reports, RULES)
    assert len(rows.events) == 1
    assert set(rows.events[0]) <= set(EVENT_FIELDS)
    for mention in rows.mentions:
        assert set(mention) - {"event_id", "article_id"} <= set(MENTION_FIELDS)


def test_a_write_plans_only_what_changes(tmp_path) -> None:
    from graphkit.store.embedded import EmbeddedStore
    from graphkit.store.embedded_write import _nodes_of_label, _stored_events
    from graphkit.store.planner import plan_write

    store = EmbeddedStore(tmp_path / "kg")
    first, second = _two_articles()
    store.write([first])

    def plan(extractions: list[Extraction]):
        conn = store.conn
        return plan_write(extractions, lambda families, ids: _stored_events(conn, families, ids),
                          lambda label, ids: _nodes_of_label(conn, label, ids))

    again = plan([first])  # nothing new: nothing to write, everything matched
    assert (again.rows.articles, again.rows.actors, again.rows.events) == ([], [], [])
    assert not (again.rows.participations or again.rows.mentions or again.rows.reports
                or again.refers or again.deleted_edges or again.stale_events)
    assert again.counts["nodes_created"] == again.counts["relationships_created"] == 0
    more = plan([second])  # joins the stored event: one node update, one new mention
    assert [e["n_articles"] for e in more.rows.events] == [2]
    assert [m["article_id"] for m in more.rows.mentions] == ["p-b"]
    assert [r["article_id"] for r in more.rows.reports] == ["p-b"]
    assert more.rows.participations == [] and more.deleted_edges == []


def _call(article_id: str, value: str, precision: str, modality: str = "asserted"
          ) -> Extraction:
    art = Article(id=article_id, outlet=f"Outlet {article_id}",
                  url=f"https://e.org/{article_id}", text="Putin and Macron spoke by phone.")
    return Extraction(art, (event(art, 0, "CALL", (PUTIN, "participant"),
                                  (MACRON, "participant"), modality=modality,
                                  date_=EventDate(value, precision, "in", "weekday")),))


def test_a_write_leaves_the_date_components_it_does_not_reach_alone(tmp_path) -> None:
    import networkx as nx

    from graphkit.store.embedded import EmbeddedStore
    from graphkit.store.embedded_write import _nodes_of_label, _stored_events
    from graphkit.store.planner import EventSummary, plan_write

    march, june = _call("c-mar", "2024-03-05", "day"), _call("c-jun", "2024-06-10", "day")
    implied = _call("c-imp", "2024-03", "month", "implied_prior")
    near = _call("c-near", "2024-06-11", "day")
    store = EmbeddedStore(tmp_path / "kg")
    store.write([march, june])
    conn = store.conn
    plans = [plan_write([implied, near],
                        lambda families, ids: _stored_events(conn, families, ids),
                        lambda label, ids: _nodes_of_label(conn, label, ids),
                        fetch_summaries=summaries)
             for summaries in (None, lambda f, i: [EventSummary.of(e)
                                                   for e in _stored_events(conn, f, i)])]
    assert plans[0] == plans[1]
    plan = plans[0]
    march_id, june_id = march.events[0].id, june.events[0].id
    # June is clustered again (a report joins it); March is not, but the new implied call
    # still REFERS_TO it; the counts are those of every resolved row.
    joined = min(june_id, near.events[0].id)
    assert sorted(e["id"] for e in plan.rows.events) == sorted([implied.events[0].id, joined])
    assert march_id not in plan.stale_events
    assert plan.refers == [{"event_id": implied.events[0].id, "prior_id": march_id}]
    # the two actors, March, and June when the joined event keeps its id
    assert plan.counts["nodes_matched"] == 2 + 1 + (joined == june_id)
    store.write([implied, near])

    def graph_of(order: list[Extraction], path: str) -> nx.MultiDiGraph:
        other = EmbeddedStore(tmp_path / path)
        for x in order:
            other.write([x])
        return other.to_networkx()

    for i, order in enumerate(([implied, near, june, march], [near, march, implied, june])):
        expected = graph_of(order, f"kg{i}")
        got = store.to_networkx()
        assert sorted(got.nodes(data=True)) == sorted(expected.nodes(data=True))
        assert sorted(got.edges(keys=True, data=True)) == sorted(
            expected.edges(keys=True, data=True))
