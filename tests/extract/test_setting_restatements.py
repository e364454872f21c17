"""A country named after a city to say where the city lies ("in <city>, <country>") is a
setting, not a side, and a contact told again with such a setting beside its two parties is
the same contact. Invented people; real places only because the gazetteer knows them."""

from __future__ import annotations

import datetime

import pytest

from graphkit.extract import Extractor
from graphkit.extract.found import ArticleState, Found
from graphkit.extract.nlp import load_nlp
from graphkit.extract.restatements import article_events
from graphkit.extract.rules import load_rules
from graphkit.extract.settings import without_setting_sides
from graphkit.model import Actor, Article

TEXT = ("Peru's Ana Varela met Chile's Tomas Brenner in Lima on Monday. "
        "Varela and Brenner shook hands before a dinner in Geneva, Switzerland, on Monday.")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(detector=False)


@pytest.fixture(scope="module")
def parsed(extractor) -> tuple:
    doc = load_nlp()(TEXT)
    return doc, extractor.actors.mentions(doc, None)


def _person(name: str, code: str) -> Actor:
    return Actor(id=f"person:{name.lower().replace(' ', '-')}", name=name, kind="person", country=code)


_VARELA, _BRENNER = _person("Ana Varela", "PER"), _person("Tomas Brenner", "CHL")
_SWISS = Actor(id="country:CHE", name="Switzerland", kind="country", country="CHE")


def _meeting(sent, parties: list[Actor]) -> Found:
    rule = load_rules().types["MEET"]
    token = next(t for t in sent if t.lemma_ in ("meet", "shake"))
    return Found("MEET", rule, sent, token, [(a, "participant") for a in parties], 0.8)


def test_a_country_named_after_its_city_is_a_setting(parsed):
    doc, mentions = parsed
    swiss = next(m for m in mentions.mentions if doc[m.start:m.end].text == "Switzerland")
    assert mentions.in_setting(swiss, doc)


def test_a_country_named_after_its_city_is_no_side_of_the_meeting(parsed):
    doc, mentions = parsed
    second = list(doc.sents)[1]
    f = _meeting(second, [_VARELA, _BRENNER, _SWISS])
    assert [a for a, _ in without_setting_sides(f, f.participants, mentions)] == [_VARELA, _BRENNER]


def test_a_meeting_told_again_with_its_setting_country_is_one_meeting(parsed, extractor):
    doc, mentions = parsed
    first, second = list(doc.sents)
    state = ArticleState(Article(id="a1", title="t", text=TEXT, published=datetime.date(2025, 3, 4)),
                         mentions)
    state.found = [_meeting(first, [_VARELA, _BRENNER]), _meeting(second, [_VARELA, _BRENNER, _SWISS])]
    events = article_events(state, load_rules(), None, extractor.reporter,
                            extractor.dates.rules.since_marks)
    assert [e.evidence for e in events if e.type == "MEET"] == [first.text.strip()]
