"""schema/graphkit.ttl is a vocabulary rdflib reads, and it defines every term the RDF
export uses, with the event types' CAMEO and PLOVER codes of schema/event_types.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from graphkit.export.rdf import GK, SEM, WIKIDATA, event_type_class, generate_rdf, node_iri
from graphkit.graph import ACTOR, ARTICLE, EVENT
from graphkit.model import EVENT_TYPES

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schema"


@pytest.fixture(scope="module")
def vocabulary() -> Graph:
    return Graph().parse(SCHEMA_DIR / "graphkit.ttl", format="turtle")


def _defined(vocabulary: Graph) -> set[URIRef]:
    return {s for s in vocabulary.subjects(RDF.type, None) if str(s).startswith(str(GK))}


def test_vocabulary_parses_and_declares_the_ontology(vocabulary):
    assert len(vocabulary) > 100
    assert (URIRef("https://graphkit.dev/ns"), RDF.type, OWL.Ontology) in vocabulary


def test_core_classes_align_with_sem_schema_org_and_prov(vocabulary):
    assert (GK.Event, RDFS.subClassOf, SEM.Event) in vocabulary
    assert (GK.Actor, RDFS.subClassOf, SEM.Actor) in vocabulary
    assert (GK.Article, RDFS.subClassOf, URIRef("https://schema.org/NewsArticle")) in vocabulary
    assert (GK.Mention, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")) in vocabulary
    for role in (GK.hasSource, GK.hasTarget, GK.hasParticipant, GK.hasSpeaker):
        assert (role, RDFS.subPropertyOf, SEM.hasActor) in vocabulary


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_every_event_type_has_a_class_with_its_codes(vocabulary, event_type):
    cls = event_type_class(event_type)
    assert (cls, RDFS.subClassOf, GK.Event) in vocabulary
    assert (cls, GK.eventType, Literal(event_type)) in vocabulary
    spec = yaml.safe_load((SCHEMA_DIR / "event_types.yaml").read_text("utf-8"))["types"]
    if event_type in spec:
        assert vocabulary.value(cls, GK.cameoCode) == Literal(spec[event_type]["cameo"])
        plover = spec[event_type].get("plover")
        assert vocabulary.value(cls, GK.ploverCode) == (Literal(plover) if plover else None)


def test_export_uses_only_terms_the_vocabulary_defines(vocabulary, graph):
    rdf = generate_rdf(graph)
    used = {p for p in rdf.predicates() if str(p).startswith(str(GK))}
    used |= {o for o in rdf.objects(None, RDF.type) if str(o).startswith(str(GK))}
    assert used - _defined(vocabulary) == set()


def test_export_iris_are_stable_and_readable(graph):
    assert node_iri("person:vladimir-putin", ACTOR) == URIRef(
        "https://graphkit.dev/id/actor/person/vladimir-putin")
    assert node_iri("country:RUS", ACTOR) == URIRef("https://graphkit.dev/id/actor/country/RUS")
    assert node_iri("a b/c", ARTICLE) == URIRef("https://graphkit.dev/id/article/a%20b%2Fc")
    assert node_iri("ev-1", EVENT) == URIRef("https://graphkit.dev/id/event/ev-1")
    assert set(generate_rdf(graph)) == set(generate_rdf(graph))


def test_export_links_wikidata_and_provenance(graph):
    rdf = generate_rdf(graph)
    putin = node_iri("person:vladimir-putin", ACTOR)
    assert (putin, OWL.sameAs, WIKIDATA.Q7747) in rdf
    kremlin = node_iri("org:kremlin", ACTOR)
    mentions = set(rdf.subjects(GK.reportedBy, kremlin))
    assert len(mentions) == 2
    prov = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
    for mention in mentions:
        assert (mention, RDF.type, GK.Mention) in rdf
        assert rdf.value(mention, prov) is not None
        assert rdf.value(mention, GK.evidence) is not None
    call = next(s for s in rdf.subjects(RDF.type, GK.Call)
                if str(rdf.value(s, GK.date)) == "2024-01-11")
    assert (call, GK.hasSource, putin) in rdf and (call, SEM.hasActor, putin) in rdf
    assert str(rdf.value(call, SEM.hasBeginTimeStamp)) == "2024-01-11"
