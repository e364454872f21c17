"""Wikidata ids of countries and people: facts in the schema, owl:sameAs in the RDF export."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import OWL, URIRef

from graphkit.export.rdf import generate_rdf
from graphkit.imports import import_events
from graphkit.reference.gazetteer import Gazetteer
from graphkit.store import EmbeddedStore

GDELT = Path(__file__).resolve().parent / "imports" / "data" / "20240313181500.export.CSV"
WIKIDATA = "http://www.wikidata.org/entity/"


def test_countries_carry_their_wikidata_items() -> None:
    gazetteer = Gazetteer.load()
    ids = {c.code: c.wikidata for c in gazetteer.countries}

    assert (ids["USA"], ids["RUS"], ids["FRA"], ids["CHN"], ids["XKX"]) == (
        "Q30", "Q159", "Q142", "Q148", "Q1246")
    known = [q for q in ids.values() if q]
    assert len(known) >= 240
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in known)
    assert len(set(known)) == len(known)


def test_people_wikidata_ids_are_well_formed_and_unique() -> None:
    known = [p.wikidata for p in Gazetteer.load().people if p.wikidata]

    assert len(known) >= 19
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in known)
    assert len(set(known)) == len(known)


def test_country_and_person_actors_are_owl_same_as_their_wikidata_items(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "kg") as store:
        import_events(GDELT, store, fmt="gdelt")
        graph = store.to_networkx()

    rdf = generate_rdf(graph)
    same_as = {str(o) for _, _, o in rdf.triples((None, OWL.sameAs, None))}

    assert {WIKIDATA + "Q142", WIKIDATA + "Q159", WIKIDATA + "Q3052772"} <= same_as
    assert graph.nodes["country:FRA"]["wikidata"] == "Q142"
    assert isinstance(next(iter(rdf.subjects(OWL.sameAs, URIRef(WIKIDATA + "Q142")))), URIRef)
