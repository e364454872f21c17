"""The fictional training corpus (training/fictional/): articles written for the project,
in the corpus's own format, that the detector trains on beside ../shared/corpus/train."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from graphkit.evaluate import load_gold_dir
from graphkit.training import TYPES

FICTIONAL = Path(__file__).resolve().parent.parent / "training" / "fictional"
KNOWN = set(TYPES) | {"OTHER"}
_SENTENCE_END = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"])")


@pytest.fixture(scope="module")
def gold_files():
    return load_gold_dir(FICTIONAL)


def test_every_article_loads_with_its_header(gold_files):
    assert len(gold_files) >= 40
    for gold in gold_files:
        assert not gold.load_errors, gold.name
        assert len(gold.articles) == 1 and gold.articles[0].published is not None, gold.name


def test_every_gold_evidence_is_a_sentence_of_its_article(gold_files):
    for gold in gold_files:
        text = gold.articles[0].text
        raw = json.loads(gold.path.read_text(encoding="utf-8"))["articles"][0]
        for event in raw["events"] + raw["prior_contacts"]:
            assert event["evidence"] in text, (gold.name, event["evidence"])


def test_gold_events_follow_the_corpus_format(gold_files):
    for gold in gold_files:
        raw = json.loads(gold.path.read_text(encoding="utf-8"))["articles"][0]
        for event in raw["events"] + raw["prior_contacts"]:
            assert event["type"] in KNOWN and set(event.get("type_alt", [])) <= KNOWN, gold.name
            assert len(event["actors"]) == len(event["countries"]), (gold.name, event["evidence"])
            assert event["date"] is None or event["date"][:2] == "20", gold.name


def test_articles_hold_sentences_with_no_event(gold_files):
    # an unlabelled sentence teaches the detector "no event": each story has some
    for gold in gold_files:
        raw = json.loads(gold.path.read_text(encoding="utf-8"))["articles"][0]
        evidence = {e["evidence"] for e in raw["events"]}
        sentences = _SENTENCE_END.split(gold.articles[0].text.strip())
        assert len([s for s in sentences if s.strip() not in evidence]) >= 1, gold.name
