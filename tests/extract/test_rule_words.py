"""The closed word lists of the extraction rules are data: each comes from the extractor's
schema folder (``Extractor(schema_dir=...)``), so emptying it there switches its behaviour
off. Invented stories; real countries only because the gazetteer knows them."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from extract.helpers import _with_setting

from graphkit.extract import Extractor
from graphkit.model import Article, Event
from graphkit.resources import schema_dir

PUBLISHED = date(2025, 3, 14)
LEAD = ("Chilean President Tomas Varela met Peruvian President Lucia Quispe in Lima on "
        "Tuesday. ")


def _events(extractor: Extractor, text: str) -> list[Event]:
    return list(extractor.extract(Article(id="t", text=text, published=PUBLISHED)).events)


def _without(extractor: Extractor, tmp_path: Path, file: str, path: tuple[str, ...]) -> Extractor:
    """A rules-only extractor over a copy of the schema folder where the list at ``path`` is
    empty."""
    folder = tmp_path / "schema"
    shutil.copytree(schema_dir(), folder)
    data = yaml.safe_load((folder / file).read_text(encoding="utf-8"))
    node = data
    for key in path[:-1]:
        node = node[key]
    assert node[path[-1]], f"{file} has no list at {path}"
    node[path[-1]] = []
    (folder / file).write_text(yaml.safe_dump(data), encoding="utf-8")
    return Extractor(nlp=extractor.nlp, schema_dir=folder, detector=False)


def _expel_modality(events: list[Event]) -> set[str]:
    return {e.modality for e in events if e.type == "EXPEL"}


def _attack_dates(events: list[Event]) -> set[str | None]:
    return {e.date.value for e in events if e.type == "ATTACK"}


def _sanction_count(events: list[Event]) -> int:
    return sum(e.type == "SANCTION" and e.modality == "asserted" for e in events)


def _accusers(events: list[Event]) -> int:
    return sum(e.type == "ACCUSE" for e in events)


def _expels(events: list[Event]) -> int:
    return sum(e.type == "EXPEL" for e in events)


def _demand_targets(events: list[Event]) -> int:
    return sum(p.role == "target" for e in events if e.type == "DEMAND" for p in e.participants)


def _agreements(events: list[Event]) -> int:
    return sum(e.type == "AGREE" for e in events)


def _prior_names(events: list[Event]) -> set[str]:
    return {a.name for e in events if e.modality == "implied_prior" for a in e.actors}


@pytest.mark.parametrize(("file", "path", "text", "reading", "stock"), [
    # an announced act in the first person is done by saying it
    ("modality.yaml", ("first_person_pronouns",),
     '"We will expel the Peruvian ambassador," Chilean Foreign Minister Tomas Verdal said on Monday.',
     _expel_modality, {"asserted"}),
    # a noun event its clause happened after is not dated by that clause
    ("date_rules.yaml", ("temporal_marks",),
     LEAD + "Relations froze after a raid by Peruvian troops on a Chilean border post.",
     _attack_dates, {None}),
    # "further sanctions": a second act against the earlier target (a sentence between, so
    # that the counterpart of the sentence before, previous_counterpart, does not tell it)
    ("mentions.yaml", ("anaphoric_modifiers",),
     "Chile imposed sanctions on Peru on Monday. Talks on the fishing dispute had stalled for "
     "weeks. On Tuesday Chile announced further sanctions.",
     _sanction_count, 2),
    # "condemned the launch": whoever launched is accused
    ("mentions.yaml", ("definite_determiners",),
     "Peru fired a missile at Chile on Monday. Bolivia condemned the launch on Tuesday.",
     _accusers, 1),
    # "the first visit by a Chilean president to Peru": the parties of the cue's own phrase
    ("modality.yaml", ("implied_prior", "party_preps"),
     LEAD + "It was the first visit by a Chilean president to Peru since 2018.",
     _prior_names, {"Chilean president", "Peru"}),
    # "of one another": both parties act on each other
    ("mentions.yaml", ("reciprocal_phrases",),
     "Chile and Peru expelled diplomats of one another on Monday.", _expels, 1),
    # "spoke with X, demanding ...": the demand is aimed at X
    ("event_types.yaml", ("addressee_preps",),
     "Peruvian Foreign Minister Ana Ruiz spoke with Chile's envoy on Monday, demanding an apology.",
     _demand_targets, 1),
    # "A and B announced that they would ...": a joint commitment
    ("reporting_verbs.yaml", ("joint_commitment", "subjects"),
     "Chile and Peru announced on Monday that they would restore diplomatic relations.",
     _agreements, 1),
    # "said Y was responsible for ...": the report is an accusation of Y
    ("reporting_verbs.yaml", ("content_acts", "ACCUSE", "lemmas"),
     "Chilean Foreign Minister Tomas Verdal said on Monday that Peru was responsible for the "
     "collapse of the border talks.", _accusers, 1),
])
def test_rule_words_come_from_the_schema_folder(rules_only, tmp_path, file, path, text, reading, stock):
    # the rules alone: the learned detector reads some of these wordings without the word
    assert reading(_events(rules_only, text)) == stock
    assert reading(_events(_without(rules_only, tmp_path, file, path), text)) != stock


@pytest.mark.parametrize(("file", "key"), [
    ("mentions.yaml", "honorifics"), ("mentions.yaml", "governing_nouns"),
    ("mentions.yaml", "document_nouns"), ("mentions.yaml", "leader_verbs"),
    ("modality.yaml", "consequence_modals"), ("event_types.yaml", "projectiles"),
    ("date_rules.yaml", "event_context_nouns"), ("date_rules.yaml", "vague_earlier_words"),
    ("date_rules.yaml", "vague_span_units"), ("date_rules.yaml", "simultaneous_marks"),
    ("date_rules.yaml", "today_words"), ("mentions.yaml", "container_nouns"),
    ("mentions.yaml", "listing_words"), ("mentions.yaml", "office_heads"),
    ("mentions.yaml", "reciprocal_phrases"), ("event_types.yaml", "setting_heads"),
    ("event_types.yaml", "addressee_preps"), ("event_types.yaml", "speech_acts"),
    ("date_rules.yaml", "quantity_qualifiers"), ("reporting_verbs.yaml", "content_acts"),
])
def test_every_rule_word_list_is_in_the_schema(file, key):
    data = yaml.safe_load((schema_dir() / file).read_text(encoding="utf-8"))
    assert data.get(key), f"{file} lacks {key}"


def test_background_cut_off_for_statements_comes_from_the_date_rules(extractor, tmp_path):
    text = ("Talks between Lima and Santiago resumed on Monday. Peru's president declared in 2024 "
            "that the border was not open for negotiation.")
    statements = [e for e in _events(extractor, text) if e.type == "STATEMENT"]
    assert statements  # last year's statement is news with the shipped two-year cut-off
    stricter = _with_setting(extractor, tmp_path, "date_rules.yaml", "background_years", 1)
    assert not [e for e in _events(stricter, text) if e.type == "STATEMENT"]
