"""Why held-out gold events whose sentence gave no event at all were missed (a
measurement, not a test).

    .venv/bin/python bench/cv_nothing.py ../shared/corpus/train --seed 13 > /tmp/nothing.jsonl

Runs the k-fold cross-validation of ``graphkit evaluate --cv`` (same folds, same training)
and, for each gold event no held-out event matched whose aligned sentence holds no
extracted event of any type, says where it was lost:

- ``under_threshold``: the detector's probability for the gold type is under the ``add``
  (or ``add_beside``) threshold: a feature or model problem;
- ``detected_none``: over it, but the review found too few participants for the type;
- ``lost_later``: an event of the type left the review (added, or the rules') and a later
  step dropped it (one country on all sides, a restatement of an earlier event);
- ``blocked``: over the threshold, but never added there (a second contact, a statement
  beside a report the rules read, a contact word telling an earlier contact);
- ``not_reviewed`` / ``unaligned``: the sentence never reached the detector / the
  evidence aligned to no sentence.

The last line sums the causes and bins the probabilities under the threshold. The lines
quote the corpus: write them outside the project.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from graphkit.evaluate import score_files
from graphkit.extract import Extractor, review
from graphkit.training import SEED, _rule_types, _split, align, parse_gold_dirs, train


class _Trace:
    """Per reviewed sentence (article id, start character): the rule types, the types the
    review returned and, per type handed to the participant search, whether it made one."""

    def __init__(self) -> None:
        self.sentences: dict[tuple[str, int], dict[str, Any]] = {}
        self._current: tuple[str, int] | None = None

    def install(self) -> None:
        learned, detected = review.DetectorReview._learned, review.DetectorReview._detected
        trace = self

        def _learned(reader, sent, index, state, chosen, *args, **kwargs):  # type: ignore[no-untyped-def]
            key = (state.article.id, sent.start_char)
            trace._current = key
            row = trace.sentences[key] = {"rules": sorted({f.type for f in chosen}), "detected": {}}
            out = learned(reader, sent, index, state, chosen, *args, **kwargs)
            row["out"] = sorted({f.type for f in out})
            return out

        def _detected(reader, type_name, sent, state, reports, probability):  # type: ignore[no-untyped-def]
            found = detected(reader, type_name, sent, state, reports, probability)
            if trace._current is not None:
                trace.sentences[trace._current]["detected"][type_name] = found is not None
            return found

        review.DetectorReview._learned = _learned  # type: ignore[method-assign]
        review.DetectorReview._detected = _detected  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    files = parse_gold_dirs([args.gold_dir])
    extractor = Extractor(detector=False)
    trace = _Trace()
    trace.install()
    causes: Counter[str] = Counter()
    bins: Counter[float] = Counter()
    for fold in _split(files, args.folds, args.seed):
        held = set(fold)
        detector = train([f for i, f in enumerate(files) if i not in held], args.seed)
        extractor.detector = detector
        for i in fold:
            parsed = files[i]
            events = [e for doc, article in zip(parsed.docs, parsed.gold.articles, strict=True)
                      for e in extractor.extract_doc(doc, article).events]
            for miss in score_files([parsed.gold], [events]).misses:
                where = align(parsed.records, miss.evidence)
                if not where:
                    causes["unaligned"] += 1
                    continue
                rows = [parsed.records[j] for j in where]
                start, end = min(r.start_char for r in rows), max(r.end_char for r in rows)
                if any(e.span[0] < end and e.span[1] > start for e in events):
                    continue  # something was found there: cv_errors.py tells those apart
                record = rows[0]
                seen = trace.sentences.get((record.article_id, record.start_char))
                probs = detector.probabilities(record.features)
                cut = (detector.add_beside if _rule_types(record) else detector.add).get(miss.type, 1.1)
                p = probs.get(miss.type, 0.0)
                if seen is None:
                    cause = "not_reviewed"
                elif miss.type in seen["out"]:
                    cause = "lost_later"
                elif p < cut:
                    cause = "under_threshold"
                    bins[min(int(p * 10), 9) / 10] += 1
                elif seen["detected"].get(miss.type) is False:
                    cause = "detected_none"
                else:
                    cause = "blocked"
                causes[cause] += 1
                print(json.dumps({"cause": cause, "type": miss.type, "probability": round(p, 3),
                                  "threshold": cut, "rule_types": seen["rules"] if seen else None,
                                  "top": sorted(probs, key=lambda t: -probs[t])[:3], **miss.to_dict()}))
    print(json.dumps({"seed": args.seed, "causes": dict(causes.most_common()),
                      "under_threshold_by_probability": {str(k): v for k, v in sorted(bins.items())}}))


if __name__ == "__main__":
    main()
