"""Property-based fuzzing (Hypothesis) of the stages that take untrusted input: whatever
the input, each stage either returns a usable value or raises graphkit's own error.

The budget is bounded (``GRAPHKIT_FUZZ_EXAMPLES`` scales it; derandomized so CI runs are
the same every time)."""

from __future__ import annotations

import contextlib
import json
import os
from datetime import date
from pathlib import Path

import networkx as nx
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.errors import GraphkitError, LoadError
from graphkit.export import export_graph
from graphkit.load import articles_from_text, parse_published
from graphkit.load.aggregator import RelativeAge
from graphkit.model import Article, EventDate
from graphkit.sanitize import UntrustedJSONError, loads_json
from graphkit.store.cypher_rights import admin_reason

SCALE = float(os.environ.get("GRAPHKIT_FUZZ_EXAMPLES", "1"))


def budget(n: int) -> settings:
    return settings(max_examples=max(1, int(n * SCALE)), deadline=None, derandomize=True,
                    database=None, suppress_health_check=list(HealthCheck))


any_text = st.text(alphabet=st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF),
                   max_size=400)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4),
    max_leaves=20)


def _storable(article: Article) -> None:
    for name in ("id", "text", "title", "outlet", "url", "source"):
        value = getattr(article, name)
        if value is not None:
            value.encode("utf-8")


@budget(150)
@given(text=any_text, kind=st.sampled_from([None, "text", "html", "jsonl", "json"]))
def test_any_text_in_any_format_loads_or_is_a_load_error(text: str, kind: str | None) -> None:
    try:
        items = list(articles_from_text(text, source="fuzz", as_of=date(2025, 7, 2), kind=kind))
    except LoadError:
        return
    for item in items:
        assert isinstance(item, (Article, LoadError))
        if isinstance(item, Article):
            _storable(item)


@budget(100)
@given(records=st.lists(json_values, max_size=4), deep=st.integers(0, 3000))
def test_any_json_lines_load_record_by_record(records: list, deep: int) -> None:
    lines = [json.dumps(r) for r in records] + ["[" * deep + "]" * deep]
    items = list(articles_from_text("\n".join(lines), source="f.jsonl", kind="jsonl"))
    assert all(isinstance(i, (Article, LoadError)) for i in items)


@budget(100)
@given(text=any_text)
def test_untrusted_json_raises_only_its_own_errors(text: str) -> None:
    with contextlib.suppress(json.JSONDecodeError, UntrustedJSONError):
        loads_json(text)


@budget(50)  # dateparser takes a few milliseconds per value
@given(value=st.one_of(any_text, st.from_regex(r"\d{1,30} (years|days|hours|months) ago")),
       as_of=st.dates())
def test_any_publication_value_is_a_date_or_a_load_error(value: str, as_of: date) -> None:
    with contextlib.suppress(LoadError):
        parse_published(value, as_of)


@budget(200)
@given(count=st.integers(0, 10**40),
       unit=st.sampled_from(["seconds", "minutes", "hours", "days", "weeks", "months", "years"]),
       as_of=st.dates())
def test_any_relative_age_resolves_to_a_date_or_nothing(count: int, unit: str, as_of: date) -> None:
    resolved = RelativeAge(count, unit).resolve(as_of)
    assert resolved is None or resolved <= as_of


@budget(100)
@given(day=st.dates(), precision=st.sampled_from(["day", "month", "year"]))
def test_every_event_date_has_a_start_and_an_end(day: date, precision: str) -> None:
    value = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}
    when = EventDate(value[precision], precision)  # type: ignore[arg-type]
    assert when.start is not None and when.end is not None and when.start <= when.end


@budget(200)
@given(query=any_text)
def test_admin_check_reads_any_query(query: str) -> None:
    admin_reason(query)


@budget(25)
@given(names=st.lists(any_text, min_size=1, max_size=4))
def test_exports_of_any_text_parse_in_their_readers(names: list[str], tmp_path_factory) -> None:
    folder: Path = tmp_path_factory.mktemp("export")
    graph = nx.MultiDiGraph()
    for i, name in enumerate(names):
        graph.add_node(f"a{i}", label="Actor", id=f"a{i}", name=name, kind="person")
    graph.add_node("e", label="Event", id="e", type="CALL", evidence=names[0])
    for i in range(len(names)):
        graph.add_edge(f"a{i}", "e", key="PARTICIPATED_IN", type="PARTICIPATED_IN", role="participant")
    export_graph(graph, "graphml", folder / "g.graphml")
    export_graph(graph, "gexf", folder / "g.gexf")
    export_graph(graph, "nt", folder / "g.nt")
    assert nx.read_graphml(folder / "g.graphml").number_of_nodes() == len(names) + 1
    assert nx.read_gexf(folder / "g.gexf").number_of_nodes() == len(names) + 1
    rdflib.Graph().parse(folder / "g.nt", format="nt")


@budget(20)
@given(text=st.text(alphabet=st.characters(min_codepoint=1, max_codepoint=0x2FFF), min_size=1,
                    max_size=300))
def test_extraction_of_any_text_never_fails(text: str, extractor) -> None:
    try:
        [article] = list(articles_from_text(text, source="fuzz", as_of=date(2025, 7, 2), kind="text"))
    except GraphkitError:
        return
    if isinstance(article, Article):
        extractor.extract(article)
