"""Gold folders read for training: each article parsed once, its sentences labelled.

:func:`parse_gold_dirs` parses every article of the gold folders once, reads it with the
rule extractor (which logs each sentence's detector features) and labels each sentence
with the types of the gold events whose ``evidence`` :func:`align` finds in it, giving one
:class:`ParsedFile` per gold file; :data:`TYPES` are the types labelled. Fitting,
thresholds and cross-validation over these files live in :mod:`graphkit.training`, the
reports of a cross-validation in :mod:`graphkit.training_results`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path

from spacy.tokens import Doc

from graphkit.evaluate import GoldFile, load_gold_dir, participant_matches
from graphkit.extract import Extractor
from graphkit.extract.extractor import SentenceRecord

#: The event types the detector learns (OTHER is not scored, so not learned).
TYPES = ("ACCUSE", "AGREE", "AID", "ARREST", "ATTACK", "CALL", "DEMAND", "EXPEL", "MEET",
         "SANCTION", "STATEMENT", "THREATEN")
# an evidence is aligned to a sentence holding this share of its words
_ALIGN_MIN = 0.5


@dataclass
class ParsedFile:
    """One gold file, parsed: its docs, the sentences the detector reads, their labels."""

    gold: GoldFile
    slice: str
    docs: list[Doc]
    records: list[SentenceRecord]
    labels: list[set[str]]
    unaligned: int = 0
    # (candidate features, is a gold participant) of the aligned sentences' candidates
    participant_examples: list[tuple[list[str], bool]] = field(default_factory=list)
    # the sample weight of its sentences in fitting (written training articles may count less)
    weight: float = 1.0


def _fold(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.findall(r"\w+", text)


def align(records: Sequence[SentenceRecord], evidence: str) -> list[int]:
    """The indexes of the records (sentences of one article) that state ``evidence``:
    the one holding most of its words, and any other that lies almost wholly inside it
    (an evidence spanning two sentences); none when no sentence holds half its words."""
    wanted = _fold(evidence)
    if not wanted:
        return []
    bag = set(wanted)
    scores = []
    for i, r in enumerate(records):
        words = set(_fold(r.text))
        inside = len(bag & words)
        scores.append((inside / len(bag), inside / len(words) if words else 0.0, i))
    best = max(scores, default=None)
    if best is None or best[0] < _ALIGN_MIN:
        return []
    return sorted({best[2]} | {i for cover, within, i in scores
                               if i != best[2] and within >= 0.8 and cover >= 0.25})


def _slice(name: str) -> str:
    match = re.match(r"(t\d+)_", name)
    return match.group(1) if match else "other"


def parse_gold_dirs(gold_dirs: Sequence[Path], extractor: Extractor | None = None,
                    on_step: Callable[[str], None] | None = None) -> list[ParsedFile]:
    """Every gold file of ``gold_dirs``, parsed and read by the rules, with labels
    (``on_step`` told "read 3 of 95 gold files" after each).

    Raises:
        GraphkitError: a folder holds no gold file.
    """
    import json

    extractor = extractor or Extractor(detector=False)
    saved = extractor.detector
    extractor.detector = None
    files = [f for d in gold_dirs for f in load_gold_dir(Path(d))]
    parsed: list[ParsedFile] = []
    articles = [a for f in files for a in f.articles]
    docs = iter(extractor.parse(a.text for a in articles))
    try:
        for gold in files:
            log: list[SentenceRecord] = []
            extractor.feature_log = log
            own_docs = []
            for article in gold.articles:
                doc = next(docs)
                extractor.extract_doc(doc, article)
                own_docs.append(doc)
            labels: list[set[str]] = [set() for _ in log]
            examples: list[tuple[list[str], bool]] = []
            unaligned = 0
            data = json.loads(gold.path.read_text(encoding="utf-8"))
            for raw_article in data.get("articles", []):
                for raw in raw_article.get("events", []):
                    if raw["type"] not in TYPES:
                        continue
                    where = align(log, raw.get("evidence", ""))
                    unaligned += not where
                    parties = list(zip_longest(raw.get("actors") or [], raw.get("countries") or []))
                    for i in where:
                        labels[i].add(raw["type"])
                        examples.extend((by_type[raw["type"]], any(
                            participant_matches(g, a) for g in parties for a in actors))
                            for actors, by_type in log[i].candidates if raw["type"] in by_type and actors)
            parsed.append(ParsedFile(gold, _slice(gold.name), own_docs, log, labels, unaligned, examples))
            if on_step is not None:
                on_step(f"read {len(parsed)} of {len(files)} gold files")
    finally:
        extractor.feature_log = None
        extractor.detector = saved
    return parsed
