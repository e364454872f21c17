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
  ``same_type`` (a gold event of its type there, other participants or date).

The lines quote the corpus: write them outside the project.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from graphkit.evaluate import score_files
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
    args = parser.parse_args()
    files = parse_gold_dirs([args.gold_dir])
    extractor = Extractor(detector=False)
    for fold in _split(files, args.folds, args.seed):
        held = set(fold)
        detector = None if args.rules_only else train(
            [f for i, f in enumerate(files) if i not in held], args.seed)
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
            for gold_item, value in report.wrong_dates:
                print(json.dumps({"error": "date", **gold_item.to_dict(), "extracted_date": value}))


if __name__ == "__main__":
    main()
