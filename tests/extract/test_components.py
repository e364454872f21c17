"""graphkit's spaCy components, each run alone on a parsed doc, with only the extensions
the components before it leave (``graphkit.extract.components``)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from spacy.language import Language
from spacy.tokens import Doc

from graphkit.extract import Extractor, load_nlp
from graphkit.extract.components import COMPONENTS, add_graphkit_components
from graphkit.extract.nlp import new_nlp
from graphkit.model import Article

PUBLISHED = date(2025, 3, 14)


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The shared English pipeline; the components are built from it, never added to it."""
    return load_nlp()


def _doc(nlp: Language, text: str, *components: str, schema_dir: Path | None = None) -> Doc:
    """``text`` parsed, then run through the named components only, in the order given."""
    doc = nlp(text)
    doc._.graphkit_article = Article(id="t", text=text, published=PUBLISHED)
    config = {"schema_dir": str(schema_dir)} if schema_dir else {}
    for name in components:
        doc = nlp.create_pipe(name, config=config)(doc)
    return doc


def test_the_triggers_component_lists_each_sentences_hits(nlp: Language) -> None:
    doc = _doc(nlp, "The envoys of Norway and Chile met in Valdoria.\nThe weather was mild.",
               "graphkit_triggers")
    first, second = doc._.graphkit_triggers
    assert [(h.rule.type, h.token.text) for h in first] == [("MEET", "met")]
    assert second == []


def test_the_mentions_component_resolves_countries_and_people(nlp: Language) -> None:
    doc = _doc(nlp, "Norway's foreign minister Ola Vestby visited Chile.", "graphkit_mentions")
    countries = {a.country for m in doc._.graphkit_mentions.mentions for a in m.actors}
    assert {"NOR", "CHL"} <= countries


def test_the_arguments_component_reads_who_acts_on_whom(nlp: Language) -> None:
    doc = _doc(nlp, "Norway accused Chile of spying.",
               "graphkit_mentions", "graphkit_triggers", "graphkit_arguments")
    (hit,) = [h for h in doc._.graphkit_triggers[0] if h.rule.type == "ACCUSE"][:1]
    found = doc._.graphkit_arguments[(hit.rule.key, hit.token.i)].arguments
    assert [a.country for m in found.subjects for a in m.actors] == ["NOR"]
    assert [a.country for m in found.objects for a in m.actors] == ["CHL"]


def test_the_reporting_component_finds_the_speaker_of_a_report(nlp: Language) -> None:
    doc = _doc(nlp, "Norway said Chile had broken the accord.\nAccording to Chile, the talks failed.",
               "graphkit_mentions", "graphkit_reporting")
    (verb, speakers), = doc._.graphkit_reports[0]
    assert verb.text == "said" and [a.country for a in speakers] == ["NOR"]
    assert doc._.graphkit_attributions[0] is None
    assert doc._.graphkit_attributions[1].country == "CHL"


@pytest.mark.parametrize(("text", "modality"), [
    ("Norway will sanction Chile.", "planned"),
    ("Norway did not sanction Chile.", "negated"),
    ("Norway sanctioned Chile.", "asserted"),
])
def test_the_modality_component_reads_each_trigger(nlp: Language, text: str, modality: str) -> None:
    doc = _doc(nlp, text, "graphkit_mentions", "graphkit_triggers", "graphkit_reporting",
               "graphkit_modality")
    token = next(t for t in doc if t.lemma_ == "sanction")
    assert doc._.graphkit_modality[("SANCTION", token.i)] == modality


def test_the_prior_cues_component_dates_a_first_contact_since(nlp: Language) -> None:
    doc = _doc(nlp, "It was the first call between the two leaders since March 2021.",
               "graphkit_prior_cues")
    (cue,) = doc._.graphkit_prior_cues[0]
    assert cue.kind == "first" and cue.date is not None and cue.date.value == "2021-03"


def test_a_component_reads_the_rules_of_its_schema_dir(nlp: Language, tmp_path: Path) -> None:
    from graphkit.resources import schema_dir

    folder = tmp_path / "schema"
    shutil.copytree(schema_dir(), folder)
    types = yaml.safe_load((folder / "event_types.yaml").read_text(encoding="utf-8"))
    types["types"]["MEET"]["triggers"].append({"lemma": ["confabulate"], "pos": "VERB"})
    (folder / "event_types.yaml").write_text(yaml.safe_dump(types), encoding="utf-8")
    text = "The envoys of Norway and Chile confabulated for hours."
    own = _doc(nlp, text, "graphkit_triggers", schema_dir=folder)
    default = _doc(nlp, text, "graphkit_triggers")
    assert [h.rule.type for h in own._.graphkit_triggers[0]] == ["MEET"]
    assert default._.graphkit_triggers[0] == []


def test_the_whole_component_pipeline_gives_the_extractors_events(nlp: Language) -> None:
    text = ("Norway's foreign minister spoke by phone with his Chilean counterpart on Monday.\n"
            "Norway later accused Chile of spying on its embassy in Valdoria.")
    article = Article(id="t", text=text, published=PUBLISHED)
    pipeline = add_graphkit_components(new_nlp())
    assert [n for n in pipeline.pipe_names if n.startswith("graphkit_")
            and n not in ("graphkit_paragraphs", "graphkit_name_modals",
                          "graphkit_headlines")] == list(COMPONENTS)
    doc = pipeline.make_doc(text)
    doc._.graphkit_article = article
    doc = pipeline(doc)
    expected = Extractor(nlp=nlp).extract(article).events
    assert [e.type for e in expected] == ["CALL", "ACCUSE"]
    assert doc._.graphkit_events == expected
    # an extractor on that pipeline runs the components once, after parsing
    assert Extractor(nlp=pipeline).extract(article).events == expected




def test_the_events_component_reads_the_triggers_from_the_doc(nlp: Language) -> None:
    stages = [n for n in COMPONENTS if n != "graphkit_events"]
    doc = _doc(nlp, "Norway imposed sanctions on Chile on Monday.", *stages)
    events = nlp.create_pipe("graphkit_events", config={"detector": False})  # the rules only
    assert [e.type for e in events(doc)._.graphkit_events] == ["SANCTION"]
    doc._.graphkit_triggers = [[] for _ in doc._.graphkit_triggers]  # as if no trigger matched
    assert events(doc)._.graphkit_events == ()


def test_the_extractor_leaves_no_analysis_on_the_doc(nlp: Language) -> None:
    text = "Norway imposed sanctions on Chile on Monday."
    doc = nlp(text)
    extraction = Extractor(nlp=nlp).extract_doc(doc, Article(id="t", text=text, published=PUBLISHED))
    assert [e.type for e in extraction.events] == ["SANCTION"]
    assert doc._.graphkit_events is None and doc._.graphkit_triggers is None
