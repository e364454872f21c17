"""Is an event's ``confidence`` calibrated? A reliability table, before and after the map
(a measurement, not a test).

    .venv/bin/python bench/confidence.py ../shared/corpus/train
    .venv/bin/python bench/confidence.py ../shared/corpus/train --seeds 13 7 --format json
    .venv/bin/python bench/confidence.py ../shared/corpus/train --by-slice
    .venv/bin/python bench/confidence.py --sets /work/coord/realnews/G/look /work/coord/realnews/H/look
    .venv/bin/python bench/confidence.py --sets ../shared/corpus/dev /work/coord/realnews/G/look --each

With a train folder: random k-fold cross-validation (the folds of ``bench/cv_seeds.py``);
each held-out fold is read by a detector trained on the other folds, and its scored events
(asserted, not OTHER) are matched against the fold's gold by graphkit's own scoring rule
(:func:`graphkit.evaluate.scored_matches`). Each event is read twice by the same detector,
with its confidence map ("after") and without it ("before": the detector's probability,
else the rule's constant, as reported before the map existed); the decisions are the same
both times, only the confidence differs. ``--by-slice``: one fold per slice (``tN_``
prefix) instead, each slice read by a detector trained on the others (news of outlets and
stories it never saw). With ``--sets``: the events the shipped detector finds in those
gold folders, pooled, before and after the same way (``--each``: also each folder alone).

Prints, for each reading, the events binned by reported confidence (tenths): how many,
the mean confidence, the share matched; and the Brier score, the expected calibration
error (ECE: the bins' |mean confidence - share matched|, weighted by their events), the
AUC (the chance that a matched event reads a higher confidence than an unmatched one: how
well the confidence ranks) and the mean confidence against the overall share matched;
then per type the events, mean confidence and share matched. Figures only: no text of any
article or gold event is printed.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from graphkit.evaluate import GoldFile, load_gold_dir, scored_matches
from graphkit.extract import Extractor
from graphkit.extract.learned import EventDetector
from graphkit.model import Event
from graphkit.training import _folds, parse_gold_dirs, train

BINS = 10


def reliability(typed: Sequence[tuple[str, float, bool]]) -> dict[str, object]:
    """The reliability table, Brier score and ECE of (type, confidence, matched) points,
    and per type the events, mean confidence and share matched."""
    points = [(c, m) for _, c, m in typed]
    by_type: dict[str, list[tuple[float, bool]]] = {}
    for name, c, m in typed:
        by_type.setdefault(name, []).append((c, m))
    rows = []
    for b in range(BINS):
        low, high = b / BINS, (b + 1) / BINS
        inside = [(c, m) for c, m in points if low <= c < high or (b == BINS - 1 and c >= high)]
        if not inside:
            continue
        rows.append({"bin": f"{low:.1f}-{high:.1f}", "events": len(inside),
                     "mean_confidence": round(sum(c for c, _ in inside) / len(inside), 3),
                     "matched_share": round(sum(m for _, m in inside) / len(inside), 3)})
    n = len(points)
    right = [c for c, m in points if m]
    wrong = [c for c, m in points if not m]
    # the chance that a matched event reads a higher confidence than an unmatched one
    auc = (sum((r > w) + 0.5 * (r == w) for r in right for w in wrong) / (len(right) * len(wrong))
           if right and wrong else 0.0)
    brier = sum((c - m) ** 2 for c, m in points) / n if n else 0.0
    ece = sum(r["events"] * abs(r["mean_confidence"] - r["matched_share"]) for r in rows) / n if n else 0.0
    return {"events": n, "brier": round(brier, 4), "ece": round(ece, 4), "auc": round(auc, 3),
            "mean_confidence": round(sum(c for c, _ in points) / n, 3) if n else 0.0,
            "matched_share": round(sum(m for _, m in points) / n, 3) if n else 0.0,
            "bins": rows,
            "types": {name: {"events": len(p), "mean_confidence": round(sum(c for c, _ in p) / len(p), 3),
                             "matched_share": round(sum(m for _, m in p) / len(p), 3)}
                      for name, p in sorted(by_type.items())}}


def _read_twice(read: Callable[[], list[Event]], detector: EventDetector) -> tuple[list[Event], list[Event]]:
    """The events ``read()`` gives with ``detector``'s map removed, then with it."""
    saved = detector.calibration
    detector.calibration = None
    try:
        before = read()
    finally:
        detector.calibration = saved
    after = read()
    if [e.id for e in before] != [e.id for e in after]:
        raise SystemExit("the map changed which events were found")
    return before, after


def _points(gold: GoldFile, before: list[Event], after: list[Event],
            into: dict[str, list[tuple[str, float, bool]]]) -> None:
    by_id = {e.id: e.confidence for e in before}
    for event, matched in scored_matches(gold.events, after):
        into["before"].append((event.type, by_id[event.id], matched))
        into["after"].append((event.type, event.confidence, matched))


def cross_validated(gold_dir: Path, seeds: Sequence[int], k: int, by_slice: bool = False
                    ) -> dict[str, object]:
    """The reliability of held-out events of random k-fold CV on ``gold_dir``, per seed
    (``by_slice``: of leave-one-slice-out CV, under the key ``slices``)."""
    files = parse_gold_dirs([gold_dir])
    extractor = Extractor(detector=False)
    result = {}
    for seed in seeds[:1] if by_slice else seeds:
        points: dict[str, list[tuple[str, float, bool]]] = {"before": [], "after": []}
        for fold in _folds(files, k, seed, by_slice):
            held = set(fold)
            detector = train([f for i, f in enumerate(files) if i not in held], seed)
            extractor.detector = detector
            for i in fold:
                parsed = files[i]

                def read(parsed=parsed) -> list[Event]:  # type: ignore[no-untyped-def]
                    return [e for doc, article in zip(parsed.docs, parsed.gold.articles, strict=True)
                            for e in extractor.extract_doc(doc, article).events]

                _points(parsed.gold, *_read_twice(read, detector), points)
        result["slices" if by_slice else str(seed)] = {name: reliability(p) for name, p in points.items()}
    return result


def on_sets(folders: Sequence[Path]) -> dict[str, object]:
    """The reliability of the shipped detector's events on gold ``folders``, pooled."""
    extractor = Extractor()
    if extractor.detector is None:
        raise SystemExit("no shipped detector")
    points: dict[str, list[tuple[str, float, bool]]] = {"before": [], "after": []}
    for folder in folders:
        for gold in load_gold_dir(folder):
            def read(gold=gold) -> list[Event]:  # type: ignore[no-untyped-def]
                return [e for x in extractor.extract_many(gold.articles) for e in x.events]

            _points(gold, *_read_twice(read, extractor.detector), points)
    return {name: reliability(p) for name, p in points.items()}


def _print(title: str, figures: dict[str, dict]) -> None:
    print(title)
    for name in ("before", "after"):
        r = figures[name]
        print(f"  {name:<6} events {r['events']}  Brier {r['brier']:.4f}  ECE {r['ece']:.4f}  "
              f"AUC {r['auc']:.3f}  "
              f"mean confidence {r['mean_confidence']:.3f}  matched {r['matched_share']:.3f}")
        for row in r["bins"]:
            print(f"    {row['bin']}  {row['events']:>4}  confidence {row['mean_confidence']:.3f}  "
                  f"matched {row['matched_share']:.3f}")
        for name, row in r["types"].items():
            print(f"    {name:<10} {row['events']:>4}  confidence {row['mean_confidence']:.3f}  "
                  f"matched {row['matched_share']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path, nargs="?")
    parser.add_argument("--seeds", type=int, nargs="*", default=[13])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--by-slice", action="store_true",
                        help="leave one slice out instead of random folds")
    parser.add_argument("--sets", type=Path, nargs="*", default=[],
                        help="gold folders read by the shipped detector, pooled")
    parser.add_argument("--each", action="store_true", help="also each --sets folder alone")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    args = parser.parse_args()
    result: dict[str, object] = {}
    if args.gold_dir is not None:
        result["cv"] = cross_validated(args.gold_dir, args.seeds, args.folds, args.by_slice)
    if args.sets:
        result["sets"] = on_sets(args.sets)
    if args.sets and args.each:
        result["each"] = {str(folder): on_sets([folder]) for folder in args.sets}
    if args.format == "json":
        print(json.dumps(result, indent=2))
        return
    for seed, figures in result.get("cv", {}).items():
        _print("leave-one-slice-out CV" if seed == "slices" else f"random {args.folds}-fold CV, seed {seed}",
               figures)
    if "sets" in result:
        _print("sets (shipped detector)", result["sets"])
    for folder, figures in result.get("each", {}).items():
        _print(f"{folder} (shipped detector)", figures)


if __name__ == "__main__":
    main()
