"""A charge taken for a name is no party ("accused X of <charge>"): the charge lexicon of
mentions.yaml applied to events after the detector's review. Invented wording; real
countries only because the gazetteer knows them; the charge words are made up."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import spacy
import yaml
from extract.helpers import _events

from graphkit.extract import Extractor
from graphkit.extract.charges import ChargeNouns, without_charges
from graphkit.extract.found import Found
from graphkit.extract.rules import load_rules
from graphkit.model import Actor
from graphkit.resources import schema_dir

_CHARGES = ChargeNouns(suffixes=("phobia", "ism"), words=frozenset({"aggression"}))
_CHILE = Actor(id="country:CHL", name="Chile", kind="country", country="CHL")
_PERU = Actor(id="country:PER", name="Peru", kind="country", country="PER")


def _org(name: str) -> Actor:
    return Actor(id=Actor.make_id("organisation", name), name=name, kind="organisation")


def _accusation(target: Actor) -> Found:
    doc = spacy.blank("en")("Chile accused them.")
    rule = load_rules().types["ACCUSE"]
    return Found("ACCUSE", rule, doc[:], doc[1], [(_CHILE, "source"), (target, "target")], 0.9)


def _named(text: str) -> Actor | None:
    return _PERU if text == "Peru" else None


def _gazetteer_knows(actor: Actor) -> bool:
    return actor.kind == "country"


@pytest.mark.parametrize(("word", "charge"), [
    ("Chilephobia", True), ("aggression", True), ("Andeanism", True), ("Peru", False),
    ("Ism", False), ("Tomas", False)])
def test_a_charge_is_read_by_its_suffix_or_its_word(word, charge):
    assert _CHARGES.is_charge(word) is charge


def test_an_gazetteer_knows_one_word_charge_leaves_too_few_parties():
    assert without_charges(_accusation(_org("Chilephobia")), _CHARGES, _gazetteer_knows, _named) is None


def test_a_name_of_the_shape_owner_of_charge_stands_for_the_owner():
    f = without_charges(_accusation(_org("Peru of Aggression")), _CHARGES, _gazetteer_knows, _named)
    assert f is not None
    assert [(a.name, role) for a, role in f.participants] == [("Chile", "source"), ("Peru", "target")]


def test_a_known_actor_or_a_plain_name_is_kept():
    f = _accusation(_org("Andean Council"))
    assert without_charges(f, _CHARGES, _gazetteer_knows, _named) is f
    known = _accusation(_org("Chilephobia"))
    assert without_charges(known, _CHARGES, lambda a: True, _named) is known


_SENTENCE = ('Chilean officials said Peru was stoking Chilephobia, and accused the Andean country '
             'of "open Chilephobia."')


def test_a_dropped_charge_gives_way_to_the_party_the_event_is_aimed_at():
    f = without_charges(_accusation(_org("Chilephobia")), _CHARGES, _gazetteer_knows, _named,
                        lambda g: _PERU)
    assert f is not None
    assert [(a.name, role) for a, role in f.participants] == [("Chile", "source"), ("Peru", "target")]


def test_a_charge_tagged_as_a_name_is_not_accused_the_country_named_beside_it_is(extractor):
    accusations = [e for e in _events(extractor, _SENTENCE) if e.type == "ACCUSE"]
    assert accusations
    assert {(p.actor.name, p.role) for p in accusations[0].participants} == {
        ("Chile", "source"), ("Peru", "target")}


def test_the_charge_lexicon_comes_from_the_schema(extractor, tmp_path: Path):
    folder = tmp_path / "schema"
    shutil.copytree(schema_dir(), folder)
    data = yaml.safe_load((folder / "mentions.yaml").read_text(encoding="utf-8"))
    assert data.get("charge_nouns")
    del data["charge_nouns"]
    (folder / "mentions.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    off = Extractor(nlp=extractor.nlp, schema_dir=folder)
    accused = {a.name for e in _events(off, _SENTENCE) if e.type == "ACCUSE" for a in e.actors}
    assert "Chilephobia" in accused
