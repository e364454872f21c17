"""The shipped detector's training settings measured on real news it never saw: leave one
group of read sets out.

    PYTHONPATH=. nice .venv/bin/python bench/loso_sets.py ../shared/corpus/train \
        --sets $(cat /work/coord/extra_sets.txt) [--setting NAME=VALUE ...] [--setting ...]

The nine real-news read sets (S, T, U, V, W, X, Y, Z, ZA, in the order given) are dealt into
three FIXED groups of three in that order: A = S T U, B = V W X, C = Y Z ZA. For each group,
a detector is trained as the shipped one is (``graphkit train CORPUS SETS --no-veto
--context-classes 64 --seed 13``) on the corpus and the two other groups, and the held-out
group is read by the tree's rules with it and scored by :func:`graphkit.training.score`
(:func:`graphkit.evaluate.score_files`, the rule ``graphkit evaluate`` scores by). Prints,
per setting, one line per held-out set and group and the pooled matched / extracted / gold
/ F1 over the three held-out groups.

The corpus CV (``bench/cv_slices.py``) retrains on the corpus alone and scores the corpus;
this scores news from other outlets and hands, which the settings were never chosen on.

A setting is a comma-separated list of ``knob=value`` (``shipped``: none changed):
``C`` (liblinear's C, :data:`graphkit.training.REGULARISATION`), ``min_count``
(:data:`~graphkit.training.MIN_FEATURE_COUNT`), ``classes`` (context classes, default 64),
``class_weight`` (``balanced``), ``floor`` (:data:`~graphkit.training.ADD_FLOOR_SHARE`),
``add`` (a fixed add and add-beside threshold for every type, instead of the chosen ones),
``add_only`` (a fixed add threshold for every type, the add-beside ones chosen; with
``add`` also given, ``add`` wins and ``add_only`` is ignored),
``extra`` (``1``: the read sets fitted as ``--extra``, thresholds chosen on the corpus alone),
``seed`` (the training seed, default 13: the shipped setting under another seed tells the noise).
Each setting is three trainings (~1-2 min each on two shared cores); the articles are parsed
once.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

import graphkit.training as training
from graphkit.evaluate import EvaluationReport
from graphkit.extract import Extractor
from graphkit.extract.learned import EventDetector
from graphkit.training_labels import ParsedFile, parse_gold_dirs

SHIPPED_CLASSES = 64
GROUP_SIZE = 3
KNOBS = ("C", "min_count", "classes", "class_weight", "floor", "add", "add_only", "extra", "seed")


def _groups(count: int) -> list[list[int]]:
    """Indexes of ``count`` read sets in three fixed groups of consecutive sets (A, B, C)."""
    if count != 3 * GROUP_SIZE:
        raise SystemExit(f"expected {3 * GROUP_SIZE} read sets, got {count}")
    return [list(range(start, start + GROUP_SIZE)) for start in range(0, count, GROUP_SIZE)]


def _parse_setting(text: str) -> dict[str, str]:
    """``knob=value,...`` (or ``shipped``) as a dict; a part without ``=`` or an unknown knob
    stops the run with one clear message (a typo would otherwise measure the shipped setting)."""
    if text == "shipped":
        return {}
    knobs: dict[str, str] = {}
    for part in text.split(","):
        name, sep, value = part.partition("=")
        if not sep or name not in KNOBS:
            raise SystemExit(f"bad setting {text!r}: {part!r} is not knob=value with a knob "
                             f"among {', '.join(KNOBS)}")
        knobs[name] = value
    return knobs


def _train(corpus: list[ParsedFile], read: list[ParsedFile], knobs: dict[str, str],
           extractor: Extractor) -> EventDetector:
    """A detector trained on ``corpus`` and ``read`` with ``knobs`` over the shipped options."""
    saved = (training.REGULARISATION, training.MIN_FEATURE_COUNT, training.CLASS_WEIGHT,
             training.ADD_FLOOR_SHARE, training.choose_thresholds)
    try:
        training.REGULARISATION = float(knobs.get("C", training.REGULARISATION))
        training.MIN_FEATURE_COUNT = int(knobs.get("min_count", training.MIN_FEATURE_COUNT))
        training.CLASS_WEIGHT = knobs.get("class_weight", training.CLASS_WEIGHT)
        training.ADD_FLOOR_SHARE = float(knobs.get("floor", training.ADD_FLOOR_SHARE))
        if "add" in knobs:
            fixed, chooser = float(knobs["add"]), saved[4]

            def fixed_add(*args: Any, **kwargs: Any) -> Any:
                _add, veto, _beside = chooser(*args, **kwargs)
                return dict.fromkeys(veto, fixed), veto, dict.fromkeys(veto, fixed)

            training.choose_thresholds = fixed_add  # type: ignore[assignment]
        elif "add_only" in knobs:
            first, chooser = float(knobs["add_only"]), saved[4]

            def fixed_first_add(*args: Any, **kwargs: Any) -> Any:
                _add, veto, beside = chooser(*args, **kwargs)
                return dict.fromkeys(veto, first), veto, beside

            training.choose_thresholds = fixed_first_add  # type: ignore[assignment]
        as_extra = knobs.get("extra") == "1"
        return training.train(corpus if as_extra else corpus + read, int(knobs.get("seed", training.SEED)),
                              extra=read if as_extra else (), extractor=extractor, veto=False,
                              context_classes=int(knobs.get("classes", SHIPPED_CLASSES)))
    finally:
        (training.REGULARISATION, training.MIN_FEATURE_COUNT, training.CLASS_WEIGHT,
         training.ADD_FLOOR_SHARE, training.choose_thresholds) = saved


_COUNTS = ("files", "articles", "gold", "extracted", "matched", "strict_matched")


def _merge(into: EvaluationReport, report: EvaluationReport) -> None:
    """Add ``report``'s counts to ``into`` (pooled: each event scored once)."""
    for name in _COUNTS:
        setattr(into, name, getattr(into, name) + getattr(report, name))


def _line(name: str, r: EvaluationReport) -> str:
    return (f"  {name:<8} F1 {r.f1:.4f}  {r.matched:>4} / {r.extracted:>4} / {r.gold:>4}"
            f"  strict {r.strict_f1:.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sets", type=Path, nargs="+", required=True)
    parser.add_argument("--setting", action="append", default=[],
                        help="knob=value[,knob=value] or 'shipped' (repeatable; default: shipped)")
    args = parser.parse_args()
    groups = _groups(len(args.sets))
    extractor = Extractor(detector=False)
    corpus = parse_gold_dirs([args.corpus], extractor)
    by_set = [parse_gold_dirs([d], extractor) for d in args.sets]
    names = [d.parent.name for d in args.sets]
    for text in args.setting or ["shipped"]:
        knobs = _parse_setting(text)
        print(f"setting {text}", flush=True)
        pooled = EvaluationReport()
        for g, held in enumerate(groups):
            start = time.time()
            read = [f for i, files in enumerate(by_set) if i not in held for f in files]
            detector = _train(corpus, read, knobs, extractor)
            group = EvaluationReport()
            for i in held:
                report = training.score(by_set[i], extractor, detector)
                print(_line(names[i], report), flush=True)
                _merge(group, report)
            _merge(pooled, group)
            print(_line("ABC"[g], group) + f"  ({time.time() - start:.0f}s)", flush=True)
        print(_line("pooled", pooled), flush=True)


if __name__ == "__main__":
    main()
