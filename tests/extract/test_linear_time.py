"""Per-line, per-sentence and per-cue lookups cost time in proportion to what they find,
not to the article's length (each test compares CPU time at two lengths: linear work grows
8× for 8× the input, a whole-article scan per item about 64×)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import spacy
from spacy.tokens import Doc, Span

from graphkit.extract.mentions import ArticleMentions, Mention
from graphkit.extract.nlp import PARAGRAPHS, ents_in

LINE = "Queen Elowen of Arnor spoke with King Thalion of Gondor"
SCALE = 8
BOUND = 3 * SCALE  # well under the ~64x of a quadratic step, well over timing noise


def _cpu_seconds(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return max(best, 1e-4)


def _growth(build: Callable[[int], Callable[[], object]], n: int) -> float:
    small, large = build(n), build(n * SCALE)
    return _cpu_seconds(large) / _cpu_seconds(small)


def test_paragraph_breaks_start_a_sentence_at_every_line() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(PARAGRAPHS)

    doc = nlp("\n".join([LINE] * 5))

    starts = [t.i for t in doc if t.is_sent_start]
    assert len(starts) == 5
    assert all(doc[i].text == "Queen" for i in starts)


def test_paragraph_breaks_time_grows_linearly_with_the_number_of_lines() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(PARAGRAPHS)
    component = nlp.get_pipe(PARAGRAPHS)

    def build(lines: int) -> Callable[[], object]:
        doc = nlp.make_doc("\n".join([LINE] * lines))
        return lambda: component(doc)

    assert _growth(build, 400) < BOUND


def _doc_with_entities(nlp: spacy.language.Language, lines: int) -> Doc:
    doc = nlp.make_doc(" ".join([LINE + "."] * lines))
    doc.ents = [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text in ("Arnor", "Gondor")]
    return doc


def test_entities_in_a_span_are_those_wholly_inside_it() -> None:
    doc = _doc_with_entities(spacy.blank("en"), 3)

    found = ents_in(doc[5:15])  # "with King Thalion of Gondor . Queen Elowen of Arnor"

    assert [(e.text, e.start) for e in found] == [("Gondor", 9), ("Arnor", 14)]
    assert [e.text for e in ents_in(doc[4:14])] == ["Gondor"]


def test_entities_by_sentence_time_grows_linearly_with_the_article() -> None:
    nlp = spacy.blank("en")

    def build(lines: int) -> Callable[[], object]:
        doc = _doc_with_entities(nlp, lines)
        windows = [doc[i:i + 12] for i in range(0, len(doc) - 12, 12)]
        ents_in(windows[0])  # the per-doc index is built once, outside the clock
        return lambda: [ents_in(w) for w in windows]

    assert _growth(build, 300) < BOUND


def _random_mentions(rng: random.Random, n: int) -> ArticleMentions:
    mentions = ArticleMentions()
    for _ in range(n):
        start = rng.randrange(0, n * 3)
        mentions.add(Mention(start, start + rng.randrange(1, 4), (), rng.choice(("name", "group"))))
    return mentions


def test_mentions_within_a_range_are_those_a_scan_finds_in_the_order_added() -> None:
    rng = random.Random(7)
    mentions = _random_mentions(rng, 300)
    for _ in range(200):
        start = rng.randrange(0, 900)
        end = start + rng.randrange(0, 40)

        assert mentions.within(start, end) == [
            m for m in mentions.mentions if start <= m.start and m.end <= end]
        assert mentions.starting_in(start, end) == [
            m for m in mentions.mentions if start <= m.start < end]


def test_mentions_removed_within_a_range_are_no_longer_found() -> None:
    mentions = ArticleMentions()
    for start in (0, 4, 8):
        mentions.add(Mention(start, start + 2, (), "name"))

    mentions.remove_within(3, 7)

    assert [m.start for m in mentions.within(0, 20)] == [0, 8]
    assert mentions.at(4) is None


def test_mentions_by_range_time_grows_linearly_with_the_article() -> None:
    def build(n: int) -> Callable[[], object]:
        mentions = _random_mentions(random.Random(3), n)
        ranges = [(i, i + 30) for i in range(0, n * 3, 30)]
        mentions.within(0, 1)  # the index is built once, outside the clock
        return lambda: [mentions.within(s, e) for s, e in ranges]

    assert _growth(build, 300) < BOUND
