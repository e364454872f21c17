"""RDF (Turtle, JSON-LD, N-Triples) in graphkit's vocabulary, ``schema/graphkit.ttl``.

Events are ``gk:Event`` (a ``sem:Event``) and an instance of their type's class
(``gk:Call``, ``gk:Meet``, ...), with ``sem:hasActor`` plus a role property
(``gk:hasSource``...) per participant and SEM time stamps; each article that states an event
gives a ``gk:Mention`` (a ``prov:Entity`` ``prov:wasDerivedFrom`` the article) holding the
evidence sentence, its offsets and who reported it. Actors with a Wikidata id are
``owl:sameAs`` its entity. Node IRIs are made from graphkit ids under :data:`ID_BASE` (see
:func:`node_iri`), so the same graph always gives the same triples.

Example::

    write_ttl(store.to_networkx(), "graph.ttl")
    rdflib.Graph().parse("graph.ttl")
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import networkx as nx
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

from graphkit.export._common import Output, display_name, printable_graph, write_text
from graphkit.graph import ACTOR, ARTICLE, EVENT, MENTIONED_IN, PARTICIPATED_IN, REPORTED
from graphkit.model import DEFAULT_SOURCE

GK = Namespace("https://graphkit.dev/ns#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
ID_BASE = "https://graphkit.dev/id/"

PREFIXES = {"gk": GK, "sem": SEM, "schema": SCHEMA, "prov": PROV, "owl": OWL, "xsd": XSD,
            "rdfs": RDFS, "dcterms": DCTERMS, "wd": WIKIDATA}

ROLE_PROPERTIES = {"source": GK.hasSource, "target": GK.hasTarget,
                   "participant": GK.hasParticipant, "speaker": GK.hasSpeaker}
KIND_CLASSES = {"person": GK.Person, "organisation": GK.Organisation, "country": GK.Country}
_DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}
_SEGMENT = {ACTOR: "actor", EVENT: "event", ARTICLE: "article"}


def _segment(text: str) -> str:
    return quote(text, safe="-._~")


def node_iri(node_id: str, label: str, base: str = ID_BASE) -> URIRef:
    """The IRI of a node: ``person:vladimir-putin`` -> ``<base>actor/person/vladimir-putin``.

    An actor id's ``kind:`` prefix becomes a path segment; every segment is percent-encoded.
    """
    parts = str(node_id).split(":", 1) if label == ACTOR else [str(node_id)]
    return URIRef(base + _SEGMENT.get(label, "node") + "/" + "/".join(map(_segment, parts)))


def mention_iri(event_iri: URIRef, article_id: str, coded_by: str | None = None) -> URIRef:
    """The IRI of the mention of an event in one article (by graphkit's reading, or by the
    data set ``coded_by`` that coded the same article)."""
    iri = f"{event_iri}/mention/{_segment(str(article_id))}"
    if coded_by not in (None, DEFAULT_SOURCE):
        iri += f"/{_segment(str(coded_by))}"
    return URIRef(iri)


def event_type_class(event_type: str) -> URIRef:
    """``"CALL"`` -> ``gk:Call`` (every type of ``graphkit.model.EVENT_TYPES`` has a class)."""
    return GK[str(event_type).strip().capitalize() or "Other"]


def _add(rdf: Graph, subject: URIRef, predicate: URIRef, value: Any,
         datatype: URIRef | None = None) -> None:
    if value is None or value == "":
        return
    if isinstance(value, URIRef):
        rdf.add((subject, predicate, value))
    elif datatype is not None:
        rdf.add((subject, predicate, Literal(str(value), datatype=datatype)))
    elif isinstance(value, bool):
        rdf.add((subject, predicate, Literal(value)))
    elif isinstance(value, int):
        rdf.add((subject, predicate, Literal(value, datatype=XSD.integer)))
    elif isinstance(value, float):
        rdf.add((subject, predicate, Literal(value, datatype=XSD.double)))
    else:
        rdf.add((subject, predicate, Literal(str(value))))


def _add_actor(rdf: Graph, iri: URIRef, data: dict[str, Any]) -> None:
    rdf.add((iri, RDF.type, GK.Actor))
    if data.get("kind") in KIND_CLASSES:
        rdf.add((iri, RDF.type, KIND_CLASSES[data["kind"]]))
    _add(rdf, iri, SCHEMA.name, data.get("name"))
    for alias in data.get("aliases") or ():
        _add(rdf, iri, SCHEMA.alternateName, alias)
    _add(rdf, iri, GK.kind, data.get("kind"))
    _add(rdf, iri, GK.countryCode, data.get("country"))
    _add(rdf, iri, GK.office, data.get("office"))
    _add(rdf, iri, GK.organisation, data.get("organisation"))
    wikidata = str(data.get("wikidata") or "").strip()
    if wikidata:
        _add(rdf, iri, GK.wikidataId, wikidata)
        rdf.add((iri, OWL.sameAs, WIKIDATA[_segment(wikidata)]))


def _add_event(rdf: Graph, iri: URIRef, data: dict[str, Any]) -> None:
    rdf.add((iri, RDF.type, GK.Event))
    rdf.add((iri, RDF.type, event_type_class(data.get("type") or "OTHER")))
    _add(rdf, iri, GK.eventType, data.get("type"))
    _add(rdf, iri, GK.subtype, data.get("subtype"))
    _add(rdf, iri, GK.cameoCode, data.get("cameo"))
    _add(rdf, iri, GK.ploverCode, data.get("plover"))
    _add(rdf, iri, GK.ploverMode, data.get("plover_mode"))
    _add(rdf, iri, GK.modality, data.get("modality"))
    _add(rdf, iri, GK.confidence, data.get("confidence"), XSD.double)
    precision = data.get("date_precision")
    _add(rdf, iri, GK.date, data.get("date"), _DATE_TYPES.get(precision, XSD.string))
    _add(rdf, iri, GK.datePrecision, precision)
    _add(rdf, iri, GK.dateText, data.get("date_text"))
    _add(rdf, iri, GK.dateRule, data.get("date_rule"))
    _add(rdf, iri, SEM.hasBeginTimeStamp, data.get("date_start"), XSD.date)
    _add(rdf, iri, SEM.hasEndTimeStamp, data.get("date_end"), XSD.date)
    if precision == "day":
        _add(rdf, iri, SEM.hasTimeStamp, data.get("date_start"), XSD.date)
    _add(rdf, iri, GK.evidence, data.get("evidence"))


def _add_article(rdf: Graph, iri: URIRef, data: dict[str, Any]) -> None:
    rdf.add((iri, RDF.type, GK.Article))
    _add(rdf, iri, SCHEMA.headline, data.get("title"))
    _add(rdf, iri, GK.outlet, data.get("outlet"))
    _add(rdf, iri, SCHEMA.url, data.get("url"), XSD.anyURI)
    _add(rdf, iri, SCHEMA.datePublished, data.get("published"), XSD.date)
    _add(rdf, iri, GK.source, data.get("source"))


def generate_rdf(graph: nx.MultiDiGraph, base: str = ID_BASE) -> Graph:
    """The RDF graph of ``graph`` in graphkit's vocabulary.

    Args:
        graph: a graph in graphkit's shape.
        base: the IRI prefix of node IRIs (default ``https://graphkit.dev/id/``).

    Returns:
        An ``rdflib.Graph`` with graphkit's prefixes bound.
    """
    rdf = Graph()
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace)
    iris: dict[Any, URIRef] = {}
    graph = printable_graph(graph)
    for node, data in graph.nodes(data=True):
        label = data.get("label", "")
        iri = iris[node] = node_iri(node, label, base)
        _add(rdf, iri, GK.id, node)
        _add(rdf, iri, RDFS.label, display_name(node, data))
        if label == ACTOR:
            _add_actor(rdf, iri, data)
        elif label == EVENT:
            _add_event(rdf, iri, data)
        elif label == ARTICLE:
            _add_article(rdf, iri, data)
    for u, v, data in graph.edges(data=True):
        rel_type = data.get("type")
        if rel_type == PARTICIPATED_IN:
            rdf.add((iris[v], SEM.hasActor, iris[u]))
            role = ROLE_PROPERTIES.get(data.get("role") or "participant", GK.hasParticipant)
            rdf.add((iris[v], role, iris[u]))
        elif rel_type == MENTIONED_IN:
            mention = mention_iri(iris[u], v, data.get("coded_by"))
            rdf.add((iris[u], GK.mentionedIn, iris[v]))
            rdf.add((iris[u], GK.hasMention, mention))
            rdf.add((mention, RDF.type, GK.Mention))
            rdf.add((mention, PROV.wasDerivedFrom, iris[v]))
            _add(rdf, mention, GK.evidence, data.get("evidence"))
            _add(rdf, mention, GK.startOffset, data.get("start"), XSD.integer)
            _add(rdf, mention, GK.endOffset, data.get("end"), XSD.integer)
            _add(rdf, mention, GK.confidence, data.get("confidence"), XSD.double)
        elif rel_type == REPORTED and data.get("article_id"):
            mention = mention_iri(iris[v], data["article_id"])
            rdf.add((iris[v], GK.hasMention, mention))
            rdf.add((mention, RDF.type, GK.Mention))
            rdf.add((mention, GK.reportedBy, iris[u]))
    return rdf


def _context() -> dict[str, str]:
    return {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def write_ttl(graph: nx.MultiDiGraph, out: Output, base: str = ID_BASE) -> int:
    """Write ``graph`` as Turtle to a path or an open file; returns the triple count."""
    rdf = generate_rdf(graph, base)
    write_text(out, rdf.serialize(format="turtle"))
    return len(rdf)


def write_jsonld(graph: nx.MultiDiGraph, out: Output, base: str = ID_BASE) -> int:
    """Write ``graph`` as JSON-LD (compacted with graphkit's prefixes); returns the triple
    count."""
    rdf = generate_rdf(graph, base)
    document = json.loads(rdf.serialize(format="json-ld", context=_context()))
    write_text(out, json.dumps(_stable_jsonld(document), ensure_ascii=False, indent=2) + "\n")
    return len(rdf)


_JSONLD_FIRST = ("@context", "@id", "@type")


def _stable_jsonld(value: Any, key: str | None = None) -> Any:
    """``value`` with each node's keys and each set of values in a fixed order: rdflib
    writes subjects and multiple values in the order of its hashed store, so one graph gave
    a different file on each export. Values under ``@list`` keep their order."""
    if isinstance(value, dict):
        first = [k for k in _JSONLD_FIRST if k in value]
        return {k: _stable_jsonld(value[k], k)
                for k in first + sorted(k for k in value if k not in first)}
    if isinstance(value, list):
        items = [_stable_jsonld(item) for item in value]
        if key == "@list":
            return items
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


def write_nt(graph: nx.MultiDiGraph, out: Output, base: str = ID_BASE) -> int:
    """Write ``graph`` as N-Triples (sorted, one triple a line); returns the triple count."""
    rdf = generate_rdf(graph, base)
    # One triple per "\n"-ended line; str.splitlines() would also split inside a literal at
    # \x1c-\x1e, \x85 or \u2028, which N-Triples keeps raw.
    lines = sorted(line for line in rdf.serialize(format="nt").split("\n") if line.strip())
    write_text(out, "".join(line + "\n" for line in lines))
    return len(rdf)
