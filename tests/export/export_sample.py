"""A small realistic graph for export tests and the README picture.

Three leaders and a foreign minister, calls and meetings over a few months, one statement
with a month-precision date, one undated accusation, a reporter (the Kremlin), and text
that tries to break exporters (quotes, ``</script>``, non-ASCII, a newline, ``;`` in an
alias).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import networkx as nx

from graphkit.graph import (
    ACTOR,
    ARTICLE,
    EVENT,
    MENTIONED_IN,
    PARTICIPATED_IN,
    REFERS_TO,
    REPORTED,
    GraphRecords,
    records,
    relationship_key,
)
from graphkit.model import Actor, Article, Event, EventDate, Extraction, Participant

PUTIN = Actor(Actor.make_id("person", "Vladimir Putin"), "Vladimir Putin", "person", "RUS",
              office="President of Russia", wikidata="Q7747",
              aliases=("Putin", "Vladimir Vladimirovich Putin"))
ERDOGAN = Actor(Actor.make_id("person", "Recep Tayyip Erdoğan"), "Recep Tayyip Erdoğan",
                "person", "TUR", office="President of Turkey", wikidata="Q39723",
                aliases=("Erdogan", "Tayyip; Erdoğan"))
MACRON = Actor(Actor.make_id("person", "Emmanuel Macron"), "Emmanuel Macron", "person", "FRA",
               office="President of France", wikidata="Q3052772")
LAVROV = Actor(Actor.make_id("person", "Sergey Lavrov"), "Sergey Lavrov", "person", "RUS",
               office="Foreign Minister", organisation="Russian Foreign Ministry",
               wikidata="Q167107", aliases=("Sergei Lavrov",))
KREMLIN = Actor(Actor.make_id("organisation", "Kremlin"), "Kremlin", "organisation", "RUS")
UKRAINE = Actor(Actor.make_id("country", "Ukraine", "UKR"), "Ukraine", "country", "UKR")


def _event(article: Article, offset: int, type_: str, parts: list[tuple[Actor, str]],
           evidence: str, when: EventDate, *, reported_by: Actor | None = None,
           cameo: str | None = None, plover: str | None = None,
           modality: str = "asserted") -> Event:
    participants = tuple(Participant(actor, role) for actor, role in parts)  # type: ignore[arg-type]
    return Event(
        id=Event.make_id(article.id, offset, type_, [a.id for a, _ in parts], modality),
        article_id=article.id, type=type_, participants=participants, evidence=evidence,
        span=(offset, offset + len(evidence)), date=when, modality=modality,  # type: ignore[arg-type]
        cameo=cameo, plover=plover, confidence=0.8, reported_by=reported_by,
    )


def sample_extractions(tricky: bool = True) -> list[Extraction]:
    """The sample articles and events; ``tricky=False`` leaves out the exporter-breaking
    text (for pictures)."""
    hostile = " </script><b>x</b>" if tricky else ""
    a1 = Article("tass-2024-01-12", "Putin and Erdogan spoke by phone ...",
                 title="Putin, Erdogan discuss grain deal by phone", outlet="TASS",
                 url="https://tass.example/politics/1", published=date(2024, 1, 12),
                 source="corpus/tass-1.html")
    a2 = Article("reuters-2024-03-05", "Macron met Erdogan in Paris ...",
                 title=f'Macron hosts Erdogan: "frank" talks{hostile}',
                 outlet="Reuters", url="https://reuters.example/world/2",
                 published=date(2024, 3, 5), source="corpus/reuters-2.html")
    a3 = Article("aa-2024-05-20", "Lavrov met his Turkish counterpart ...",
                 title="Lavrov in Ankara", outlet="Anadolu", url=None,
                 published=date(2024, 5, 20), source="corpus/aa-3.html")
    day = "day"
    e1 = _event(a1, 0, "CALL", [(PUTIN, "source"), (ERDOGAN, "target")],
                "Vladimir Putin held a telephone conversation with Recep Tayyip Erdoğan on "
                "Thursday, the Kremlin said.",
                EventDate("2024-01-11", day, "on Thursday", "weekday"), reported_by=KREMLIN,
                cameo="041", plover="CONSULT")
    e2 = _event(a1, 120, "CALL", [(PUTIN, "participant"), (ERDOGAN, "participant")],
                "The two leaders last spoke in December.",
                EventDate("2023-12", "month", "in December", "month"),
                modality="implied_prior", cameo="041", plover="CONSULT")
    e3 = _event(a2, 0, "MEET", [(MACRON, "source"), (ERDOGAN, "target")],
                f'Macron met Erdoğan at the Élysée on Monday for "frank" talks{hostile}.',
                EventDate("2024-03-04", day, "on Monday", "weekday"), cameo="043",
                plover="CONSULT")
    e4 = _event(a2, 90, "CALL", [(MACRON, "source"), (PUTIN, "target")],
                "Macron said he had called Putin\non February 14.",
                EventDate("2024-02-14", day, "on February 14", "explicit"), cameo="041",
                plover="CONSULT")
    e5 = _event(a2, 200, "ACCUSE", [(MACRON, "source"), (PUTIN, "target")],
                "Macron accused Moscow of stalling.", EventDate(), cameo="112",
                plover="ACCUSE")
    e6 = _event(a3, 0, "MEET", [(LAVROV, "source"), (ERDOGAN, "target")],
                "Lavrov met Erdoğan in Ankara on May 19.",
                EventDate("2024-05-19", day, "on May 19", "explicit"), cameo="042",
                plover="CONSULT")
    e7 = _event(a3, 60, "STATEMENT", [(LAVROV, "speaker"), (UKRAINE, "target")],
                "Lavrov said in April that talks on Ukraine were possible.",
                EventDate("2024-04", "month", "in April", "month"), cameo="010")
    e8 = _event(a3, 140, "CALL", [(PUTIN, "source"), (ERDOGAN, "target")],
                "Putin and Erdoğan spoke again by phone on May 30.",
                EventDate("2024-05-30", day, "on May 30", "explicit"), reported_by=KREMLIN,
                cameo="041", plover="CONSULT")
    return [Extraction(a1, (e1, e2)), Extraction(a2, (e3, e4, e5)), Extraction(a3, (e6, e7, e8))]


def merge_records(graph: nx.MultiDiGraph, rows: GraphRecords) -> None:
    """Merge ``rows`` into a networkx graph, as ``MERGE … SET n += row``
    would (no resolution: one Event per extracted event).

    Node and relationship properties are overwritten by the newest write, as
    ``SET n += row`` does, and a property written as None is removed (Neo4j stores no
    nulls), so both stores hold exactly the same properties.
    """
    for label, nodes in ((ARTICLE, rows.articles), (ACTOR, rows.actors), (EVENT, rows.events)):
        for props in nodes:
            existing = graph.nodes[props["id"]].get("label") if props["id"] in graph else label
            if existing != label:
                raise ValueError(f"id {props['id']!r} is already a {existing}")
            graph.add_node(props["id"], label=label)
            _set_properties(graph.nodes[props["id"]], props)
    for rel_type, rels, src, dst in (
        (PARTICIPATED_IN, rows.participations, "actor_id", "event_id"),
        (MENTIONED_IN, rows.mentions, "event_id", "article_id"),
        (REPORTED, rows.reports, "actor_id", "event_id"),
    ):
        for rel in rels:
            props = {k: v for k, v in rel.items() if k not in (src, dst)}
            key = graph.add_edge(rel[src], rel[dst], key=relationship_key(rel_type, rel),
                                 type=rel_type)
            _set_properties(graph.edges[rel[src], rel[dst], key], props)


def _set_properties(attrs: dict[str, Any], props: dict[str, Any]) -> None:
    """``SET x += props`` on a networkx attribute dict: None removes the property."""
    for name, value in props.items():
        if value is None:
            attrs.pop(name, None)
        else:
            attrs[name] = value


def sample_graph(tricky: bool = True) -> nx.MultiDiGraph:
    """The sample extractions merged into a graph, as ``Store.to_networkx()`` returns it."""
    graph = nx.MultiDiGraph()
    extractions = sample_extractions(tricky)
    merge_records(graph, records(extractions))
    # One REFERS_TO (implied prior -> real prior, made by the stores' resolution) so that
    # every relationship type appears; the sample has no December call, so the May call
    # stands in as the target.
    implied = extractions[0].events[1]
    prior = extractions[2].events[2]
    graph.add_edge(implied.id, prior.id, key=REFERS_TO, type=REFERS_TO)
    return graph


def main(argv: list[str]) -> int:
    """``python tests/export/export_sample.py docs/html-view.png``: the README picture of the
    HTML export, drawn by headless Chromium from the sample graph."""
    import shutil
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from graphkit.export.html import write_html

    out = Path(argv[0] if argv else "docs/html-view.png").resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    event = next(n for n, d in sample_graph(tricky=False).nodes(data=True)
                 if d.get("date") == "2024-03-04")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "view.html"
        write_html(sample_graph(tricky=False), page, title="Putin, Erdoğan, Macron: contacts")
        subprocess.run([shutil.which("chromium") or "chromium", "--headless", "--no-sandbox",
                        "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", f"--user-data-dir={tmp}/profile",
                        "--virtual-time-budget=3000", "--window-size=1400,900",
                        f"--screenshot={out}", page.as_uri() + f"#event={event}"],
                       check=True, capture_output=True, timeout=180)
    print(out)
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
