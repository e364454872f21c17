"""Parties an event's setting gives that take no part in it: a third side named only as
where the event was. Invented people; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest

from graphkit.extract import Extractor
from graphkit.extract.found import Found
from graphkit.extract.nlp import load_nlp
from graphkit.extract.rules import load_rules
from graphkit.extract.settings import without_setting_parties, without_setting_sides
from graphkit.model import Actor


@pytest.fixture(scope="module")
def reader() -> tuple:
    return load_nlp(), Extractor(detector=False).actors


def _country(code: str, name: str) -> Actor:
    return Actor(id=f"country:{code}", name=name, kind="country", country=code)


_PERU, _CHILE, _SWISS = _country("PER", "Peru"), _country("CHL", "Chile"), _country("CHE", "Switzerland")


def _accusation(reader, text: str, type_name: str = "ACCUSE") -> tuple[Found, object]:
    nlp, actors = reader
    doc = nlp(text)
    mentions = actors.mentions(doc, None)
    rule = load_rules().types[type_name]
    trigger = next(t for t in doc if t.lemma_ in ("accuse", "strike"))
    parties = [(_PERU, "source"), (_CHILE, "target"), (_SWISS, "target")]
    return Found(type_name, rule, doc[:], trigger, parties, 0.9), mentions


def test_a_third_side_named_only_as_where_it_was_said_is_left_out(reader):
    f, mentions = _accusation(reader, "At their talks in Switzerland, Peru accused Chile of provocations.")
    assert [a for a, _ in without_setting_sides(f, f.participants, mentions)] == [_PERU, _CHILE]


def test_a_third_side_named_also_as_a_party_stays(reader):
    f, mentions = _accusation(reader, "At their talks in Switzerland, Peru accused Chile and Switzerland "
                                      "of provocations.")
    assert without_setting_sides(f, f.participants, mentions) == f.participants


def test_a_type_that_takes_its_place_keeps_the_setting(reader):
    f, mentions = _accusation(reader, "Peru struck Chilean positions in Switzerland.", "ATTACK")
    assert without_setting_sides(f, f.participants, mentions) == f.participants


def test_a_third_side_after_a_preposition_of_the_type_targets_stays(reader):
    f, mentions = _accusation(reader, "Peru accused Chile of provocations and lashed out at Switzerland.")
    assert without_setting_sides(f, f.participants, mentions) == f.participants


_REGIONS = load_rules().words(load_rules().mentions, "region_names")


def _with_region(reader, region: Actor, *others: tuple[Actor, str]) -> tuple[Found, object]:
    nlp, actors = reader
    doc = nlp("Peru struck positions in the Balkans.")
    rule = load_rules().types["ATTACK"]
    found = Found("ATTACK", rule, doc[:], doc[1], [*others, (region, "target")], 0.9)
    return found, actors.mentions(doc, None)


@pytest.mark.parametrize("name", ["Balkans", "the Balkans", "Horn of Africa"])
def test_a_world_region_read_as_a_body_is_no_party(reader, name):
    region = Actor(id=f"organisation:{name}", name=name, kind="organisation", country=None)
    f, mentions = _with_region(reader, region, (_PERU, "source"), (_CHILE, "target"))
    kept = without_setting_parties(f, mentions, _REGIONS)
    assert kept is not None and [a for a, _ in kept.participants] == [_PERU, _CHILE]


def test_an_event_left_with_too_few_parties_without_the_region_is_none(reader):
    region = Actor(id="organisation:Balkans", name="Balkans", kind="organisation", country=None)
    f, mentions = _with_region(reader, region, (_PERU, "source"))
    assert without_setting_parties(f, mentions, _REGIONS) is None


def test_a_body_of_a_known_country_named_like_a_region_stays(reader):
    region = Actor(id="organisation:Levant", name="Levant", kind="organisation", country="CHL")
    f, mentions = _with_region(reader, region, (_PERU, "source"))
    assert without_setting_parties(f, mentions, _REGIONS) == f
