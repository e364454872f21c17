"""`graphkit import`: GDELT, ICEWS and POLECAT rows as Events beside extracted ones, on both
stores. The sample files in data/ are written for the project in each data set's layout."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from store.opening import open_test_store

from graphkit.cli import main
from graphkit.export import export_graph
from graphkit.graph import EVENT, MENTIONED_IN
from graphkit.imports import import_events
from graphkit.imports.coding import Ontology
from graphkit.imports.gdelt import EVENT_COLUMNS, read_gdelt
from graphkit.imports.icews import ICEWS_COLUMNS
from graphkit.imports.polecat import POLECAT_COLUMNS
from graphkit.model import Extraction
from graphkit.pipeline import extract_paths, write_extractions
from graphkit.query import contacts, first_contact_since, timeline
from graphkit.store import EmbeddedStore, Store

DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"
GDELT = DATA / "20240313181500.export.CSV"
ICEWS = DATA / "events.2024.sample.tab"
POLECAT = DATA / "ngec_coded_all_sample.txt"
FILES = {"gdelt": GDELT, "icews": ICEWS, "polecat": POLECAT}
CALL_URL = "https://harbour-gazette.example/2024/02/leaders-phone-call"
EXAMPLE_CALL_URL = "https://example.org/graphkit/2024/02/macron-erdogan-call"


@pytest.fixture(scope="module")
def examples() -> list[Extraction]:
    """The project's example articles, extracted once."""
    return [item for item in extract_paths([EXAMPLES]) if isinstance(item, Extraction)]


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    opened = open_test_store(request, request.param, tmp_path / "kg")
    yield opened
    opened.close()


def events_by_source(store: Store) -> dict[str, dict[str, Any]]:
    graph = store.to_networkx()
    return {d["id"]: d for _, d in graph.nodes(data=True) if d.get("label") == EVENT}


def the_call(store: Store) -> dict[str, Any]:
    [call] = [e for e in events_by_source(store).values()
              if e["type"] == "CALL" and e.get("date") == "2024-02-13"]
    return call


# -- each format ---------------------------------------------------------------------------

@pytest.mark.parametrize(("fmt", "rows", "events", "bad_lines"), [
    ("gdelt", 6, 4, ["line 4", "line 5"]),
    ("icews", 4, 3, ["line 4"]),
    ("polecat", 3, 2, ["line 4"]),
])
def test_each_format_imports_its_good_rows_and_names_each_bad_line(
        store: Store, fmt: str, rows: int, events: int, bad_lines: list[str]) -> None:
    report = import_events(FILES[fmt], store, fmt=fmt)

    assert (report.rows, report.events) == (rows, events)
    assert [str(f).split(": ")[1] for f in report.failures] == bad_lines
    assert all(e["sources"] == [fmt] for e in events_by_source(store).values())


def test_gdelt_row_keeps_its_codes_measures_and_source_url(store: Store) -> None:
    import_events(GDELT, store, fmt="gdelt", mentions=None)

    graph = store.to_networkx()
    [accuse] = [d for _, d in graph.nodes(data=True) if d.get("type") == "ACCUSE"]
    assert (accuse["cameo"], accuse["goldstein_scale"], accuse["quad_class"],
            accuse["avg_tone"], accuse["num_mentions"]) == ("1121", -2.0, 3, -4.5, 3)
    [(_, article_id, report)] = [(s, t, d) for s, t, d in graph.edges(data=True)
                                 if s == accuse["id"] and d["type"] == MENTIONED_IN]
    article = graph.nodes[article_id]
    assert article["url"] == "https://lakeside-wire.example/2024/03/paris-accuses-moscow"
    assert article["outlet"] == "lakeside-wire.example"
    assert (report["coded_by"], report["source_id"]) == ("gdelt", "1100000002")
    assert {graph.nodes[s]["id"] for s, t, d in graph.edges(data=True)
            if t == accuse["id"]} == {"country:FRA", "country:RUS"}


def test_the_sample_files_are_in_each_data_sets_exact_layout() -> None:
    def header(path: Path) -> tuple[str, ...]:
        return tuple(path.read_text(encoding="utf-8").splitlines()[0].split("\t"))

    assert header(ICEWS) == ICEWS_COLUMNS
    assert header(POLECAT) == POLECAT_COLUMNS
    assert len(EVENT_COLUMNS) == 61 and len(header(GDELT)) == 61   # GDELT has no header row


def test_cameo_codes_map_through_the_ontologys_own_codes() -> None:
    ontology = Ontology.load()

    assert ontology.from_cameo("041").type == "CALL"
    assert (ontology.from_cameo("0421").type, ontology.from_cameo("0421").subtype) == ("MEET", "visit")
    assert ontology.from_cameo("195").type == "ATTACK"      # its own subtype code
    assert ontology.from_cameo("193").type == "ATTACK"      # the rest of the 19 root
    assert ontology.from_cameo("36").type == "OTHER"        # (read as a number: 036)
    assert ontology.from_plover("CONSULT", "phone").type == "CALL"
    assert ontology.from_plover("SANCTION", "").type == "SANCTION"


def test_rows_with_no_identifiable_actor_add_nothing(tmp_path: Path) -> None:
    read = read_gdelt(GDELT)

    source_ids = {e.source_id for x in read.extractions for e in x.events}
    assert "1100000003" not in source_ids            # POLICE and PROTESTER, no country
    assert {"1100000004", "1100000005"}.isdisjoint(source_ids)   # the bad rows


def test_a_zipped_export_reads_like_the_plain_file(tmp_path: Path) -> None:
    zipped = tmp_path / "20240313181500.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.write(GDELT, GDELT.name)
    with zipfile.ZipFile(tmp_path / "20240313181500.mentions.CSV.zip", "w") as archive:
        archive.write(DATA / "20240313181500.mentions.CSV", "20240313181500.mentions.CSV")

    plain, packed = read_gdelt(GDELT), read_gdelt(zipped)

    assert [x.events for x in packed.extractions] == [x.events for x in plain.extractions]
    assert packed.rows == plain.rows == 6


def test_mentions_beside_the_export_add_reports_of_merging_types_only(store: Store) -> None:
    import_events(GDELT, store, fmt="gdelt")

    call = the_call(store)
    assert call["n_articles"] == 2        # its SOURCEURL and one web mention (not the citation)
    [accuse] = [e for e in events_by_source(store).values() if e["type"] == "ACCUSE"]
    assert accuse["n_articles"] == 1      # an accusation never merges: its mention is not kept


def test_importing_twice_changes_nothing(store: Store) -> None:
    for fmt, path in FILES.items():
        import_events(path, store, fmt=fmt)
    before = store.counts()

    again = import_events(GDELT, store, fmt="gdelt")

    assert store.counts() == before and again.new_events == 0


# -- merging with extracted events ----------------------------------------------------------

def test_an_extracted_call_also_coded_by_each_data_set_is_one_event(
        store: Store, examples: list[Extraction]) -> None:
    write_extractions(examples, store)
    for fmt, path in FILES.items():
        import_events(path, store, fmt=fmt)

    call = the_call(store)

    assert call["sources"] == ["gdelt", "graphkit", "icews", "polecat"]
    assert call["evidence"].startswith("French President Emmanuel Macron spoke by telephone")
    assert call["n_articles"] == 5   # the example, GDELT's URL and mention, ICEWS and POLECAT stories


def test_a_cited_article_keeps_what_reading_it_said(store: Store, examples: list[Extraction],
                                                    tmp_path: Path) -> None:
    write_extractions(examples, store)

    import_events(gdelt_row_citing(EXAMPLE_CALL_URL, tmp_path / "cites.export.CSV"), store,
                  fmt="gdelt")

    [article] = [d for _, d in store.to_networkx().nodes(data=True)
                 if d.get("url") == EXAMPLE_CALL_URL]
    assert article["title"] == "Macron and Erdogan discuss Black Sea shipping in phone call"
    assert article["outlet"] == "graphkit sample wire"


def gdelt_row_citing(url: str, path: Path) -> Path:
    """GDELT's coding of the sample call (its first row), with ``url`` as its SOURCEURL."""
    row = GDELT.read_text(encoding="utf-8").splitlines()[0].split("\t")
    row[EVENT_COLUMNS.index("SOURCEURL")] = url
    path.write_text("\t".join(row) + "\n", encoding="utf-8")
    return path


def test_gdelt_coding_of_an_ingested_article_is_one_event_with_both_reports(
        store: Store, examples: list[Extraction], tmp_path: Path) -> None:
    write_extractions(examples, store)
    [read] = [x for x in examples if x.article.url == EXAMPLE_CALL_URL]
    before = store.counts()

    import_events(gdelt_row_citing(EXAMPLE_CALL_URL, tmp_path / "cites.export.CSV"), store,
                  fmt="gdelt")

    graph = store.to_networkx()
    call = the_call(store)
    reports = [d for _, _, d in graph.out_edges(call["id"], data=True)
               if d["type"] == MENTIONED_IN]
    assert call["sources"] == ["gdelt", "graphkit"]
    assert sorted(r["coded_by"] for r in reports) == ["gdelt", "graphkit"]
    assert {t for _, t, d in graph.out_edges(call["id"], data=True)
            if d["type"] == MENTIONED_IN} == {read.article.id}
    assert call["n_articles"] == 1
    assert call["evidence"].startswith("French President Emmanuel Macron spoke by telephone")
    after = store.counts()
    assert (after["Event"], after["Article"]) == (before["Event"], before["Article"])
    assert after["MENTIONED_IN"] == before["MENTIONED_IN"] + 1


def test_gdelt_coding_of_an_ingested_article_merges_in_either_order(
        request: pytest.FixtureRequest, examples: list[Extraction], tmp_path: Path) -> None:
    cites = gdelt_row_citing(EXAMPLE_CALL_URL, tmp_path / "cites.export.CSV")
    graphs = []
    for name, order in (("read-first", "ab"), ("coded-first", "ba")):
        with EmbeddedStore(tmp_path / name) as store:
            for step in order:
                if step == "a":
                    write_extractions(examples, store)
                else:
                    import_events(cites, store, fmt="gdelt")
            graphs.append(graph_rows(store.to_networkx()))
    assert graphs[0] == graphs[1]


def test_queries_and_exports_include_imported_events(
        store: Store, examples: list[Extraction], tmp_path: Path) -> None:
    for fmt, path in FILES.items():
        import_events(path, store, fmt=fmt)

    found = first_contact_since(store, "Macron", "Erdogan", "2024-03-01")
    assert found is not None and found.date == "2024-02-13"
    assert [r["date"] for r in contacts(store, "France", "Turkey")] == ["2024-02-13"]
    assert {r["type"] for r in timeline(store, "Russia")} >= {"ACCUSE", "SANCTION"}
    summary = export_graph(store.to_networkx(), "graphml", tmp_path / "g.graphml")
    assert summary.nodes == store.to_networkx().number_of_nodes()
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == summary.nodes


def test_timeline_filters_by_who_coded_the_event(store: Store,
                                                 examples: list[Extraction]) -> None:
    write_extractions(examples, store)
    import_events(GDELT, store, fmt="gdelt")

    gdelt = timeline(store, "France", sources=["gdelt"])
    own = timeline(store, "France", sources=["graphkit"])

    assert {r["type"] for r in gdelt} == {"CALL", "ACCUSE"}
    assert all("gdelt" in r["sources"] for r in gdelt)
    assert all("graphkit" in r["sources"] for r in own) and len(own) > 2
    assert "ACCUSE" not in {r["type"] for r in own}


# -- both stores, the CLI -------------------------------------------------------------------

def graph_rows(graph: nx.MultiDiGraph) -> tuple[list[Any], list[Any]]:
    return sorted(graph.nodes(data=True)), sorted(graph.edges(keys=True, data=True))


@pytest.mark.neo4j
def test_both_stores_hold_the_same_graph_after_imports(
        request: pytest.FixtureRequest, tmp_path: Path, examples: list[Extraction]) -> None:
    cites = gdelt_row_citing(EXAMPLE_CALL_URL, tmp_path / "cites.export.CSV")
    graphs, answers = [], []
    for kind in ("embedded", "neo4j"):
        with open_test_store(request, kind, tmp_path / "kg") as store:
            write_extractions(examples, store)
            for fmt, path in FILES.items():
                import_events(path, store, fmt=fmt)
            import_events(cites, store, fmt="gdelt")  # a coding of an ingested article
            graphs.append(graph_rows(store.to_networkx()))
            answers.append((timeline(store, "France", sources=["gdelt"]),
                            contacts(store, "Macron", "Erdogan"),
                            first_contact_since(store, "Macron", "Erdogan", "2024-11-04")))
    assert graphs[0] == graphs[1]
    assert answers[0] == answers[1]


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), env={"NEO4J_URI": None, "GRAPHKIT_STORE": None},
                              catch_exceptions=False)


def test_cli_import_then_timeline_by_source(tmp_path: Path) -> None:
    store = str(tmp_path / "s")

    imported = run("import", str(GDELT), "--format", "gdelt", "--store", store)
    only_gdelt = run("timeline", "France", "--source", "gdelt", "--format", "json", "--store", store)
    only_own = run("timeline", "France", "--source", "graphkit", "--format", "json",
                   "--store", store)

    assert imported.exit_code == 1   # two bad rows, reported; the rest imported
    assert "line 4: Day '20241345' is not a date" in imported.stderr
    assert {r["type"] for r in json.loads(only_gdelt.stdout)} == {"CALL", "ACCUSE"}
    assert json.loads(only_own.stdout) == []
