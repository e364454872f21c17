"""The held-out errors of a cross-validation, each beside what its sentence gave (a
measurement, not a test).

    .venv/bin/python bench/cv_errors.py ../shared/corpus/train --seed 13 > /tmp/errors.jsonl

Runs the k-fold cross-validation of ``graphkit evaluate --cv`` (same folds, same
training) and prints one JSON line per gold event no held-out event matched and per
held-out event that matched no gold event, with the events (of any type and modality)
extracted from the same sentence and a kind:

- misses: ``nothing`` (no event in the sentence), ``other_type``, ``same_type`` (the type
  found, other participants or date), ``not_asserted`` (the type read as planned,
  hypothetical, negated or prior);
- false events: ``no_gold`` (no gold event in the sentence), ``wrong_type``,
  ``same_type`` (a gold event of its type there, other participants or date);
- ``loose``: a gold event matched only loosely (an actor the gold event does not name),
  with each actor's country and kind; ``date``: a matched event dated otherwise than gold,
  with the extracted date's rule; ``country``: a matched actor of another country;
  ``prior_miss``: a prior contact not found.

The lines quote the corpus: write them outside the project.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from graphkit.evaluate import (
    _names_match,
    _only_gold_participants,
    matched_pairs,
    participant_matches,
    score_files,
)
from graphkit.extract import Extractor
from graphkit.model import Event
from graphkit.training import SEED, ParsedFile, _split, align, parse_gold_dirs, train


def _event_row(event: Event) -> dict[str, Any]:
    return {"type": event.type, "modality": event.modality, "date": event.date.value,
            "actors": [a.name for a in event.actors], "rule": event.date.rule}


def _sentence(parsed: ParsedFile, evidence: str) -> tuple[int, int] | None:
    where = align(parsed.records, evidence)
    if not where:
        return None
    rows = [parsed.records[i] for i in where]
    return min(r.start_char for r in rows), max(r.end_char for r in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--train-extra", type=Path, nargs="*", default=[],
                        help="gold folders added to every fold's training, never scored")
    args = parser.parse_args()
    files = parse_gold_dirs([args.gold_dir])
    extra = parse_gold_dirs(args.train_extra) if args.train_extra else []
    extractor = Extractor(detector=False)
    for fold in _split(files, args.folds, args.seed):
        held = set(fold)
        detector = None if args.rules_only else train(
            [f for i, f in enumerate(files) if i not in held], args.seed, extra=extra)
        extractor.detector = detector
        for i in fold:
            parsed = files[i]
            events = [e for doc, article in zip(parsed.docs, parsed.gold.articles, strict=True)
                      for e in extractor.extract_doc(doc, article).events]
            report = score_files([parsed.gold], [events])
            gold_spans = [(g, _sentence(parsed, g.evidence)) for g in parsed.gold.events]
            for miss in report.misses:
                span = _sentence(parsed, miss.evidence)
                near = [e for e in events if span and e.span[0] < span[1] and e.span[1] > span[0]]
                asserted = [e for e in near if e.modality == "asserted"]
                kind = ("nothing" if not near else
                        "same_type" if any(e.type == miss.type for e in asserted) else
                        "not_asserted" if any(e.type == miss.type for e in near) else "other_type")
                print(json.dumps({"error": "miss", "kind": kind, "fold_seed": args.seed,
                                  **miss.to_dict(), "found": [_event_row(e) for e in near]}))
            for false in report.false_events:
                event = next(e for e in events if e.evidence == false.evidence and e.type == false.type)
                golds = [g for g, s in gold_spans if s and s[0] < event.span[1] and s[1] > event.span[0]]
                kind = ("no_gold" if not golds else
                        "same_type" if any(false.type in g.types for g in golds) else "wrong_type")
                print(json.dumps({"error": "false", "kind": kind, **false.to_dict(),
                                  "gold": [{"type": g.type, "actors": [n or c for n, c in g.participants],
                                            "date": g.date} for g in golds]}))
            for gold, event in _matched_pairs(parsed.gold.events, events):
                row = {"file": parsed.gold.name, "type": gold.type, "evidence": gold.evidence,
                       "gold_actors": [list(p) for p in gold.participants], "gold_date": gold.date}
                if not _only_gold_participants(gold, event):
                    print(json.dumps({"error": "loose", **row, "actors": [
                        {"name": a.name, "country": a.country, "kind": a.kind,
                         "gold": any(participant_matches(g, a) for g in gold.participants)}
                        for a in event.actors]}))
                for name, country in gold.participants:
                    actor = next((a for a in event.actors if name and _names_match(name, a)), None)
                    if country and actor is not None and actor.country != country:
                        print(json.dumps({"error": "country", **row, "actor": actor.name,
                                          "extracted_country": actor.country}))
                value = event.date.value
                if gold.date and not (value and value[:len(gold.date)] == gold.date
                                      and len(value) >= len(gold.date)):
                    print(json.dumps({"error": "date", **row, "extracted_date": value,
                                      "rule": event.date.rule,
                                      "published": str(parsed.gold.articles[0].published)
                                      if parsed.gold.articles else None}))
            for miss in report.prior_misses:
                print(json.dumps({"error": "prior_miss", **miss.to_dict()}))


def _matched_pairs(gold_events: list, events: list[Event]) -> list[tuple[Any, Event]]:
    """The loose matching of ``graphkit evaluate`` as (gold, event) pairs."""
    scored, pairs = matched_pairs(gold_events, events)
    return [(gold_events[g], scored[e]) for g, e in pairs.items()]


if __name__ == "__main__":
    main()
