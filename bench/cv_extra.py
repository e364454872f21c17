"""Cross-validation of the detector as it ships: extra gold folders join every fold's training.

    .venv/bin/python bench/cv_extra.py ../shared/corpus/train --extra DIR [--extra DIR ...] \
        [--context-classes 64] [--seeds 13 7]

The corpus articles are split into 5 folds (stratified by slice, as ``graphkit evaluate
--cv``); each fold is scored with a detector trained, with the veto off, on the other folds
and on every ``--extra`` folder (never scored), as the shipped weights are trained on the
corpus and the real-news sets. ``bench/cv_slices.py`` measures the other regime, the corpus
alone (the rules' keep-gates). Prints one line per seed: pooled and mean F1.
"""

from __future__ import annotations

import argparse
import functools
from pathlib import Path

import graphkit.training as training
from graphkit.training_labels import parse_gold_dirs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--extra", type=Path, action="append", default=[])
    parser.add_argument("--context-classes", type=int, default=0)
    parser.add_argument("--seeds", type=int, nargs="+", default=[training.SEED])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    # cross_validate trains each fold through the module's ``train``: the shipped options
    training.train = functools.partial(training.train, veto=False,  # type: ignore[assignment]
                                       context_classes=args.context_classes)
    files = parse_gold_dirs([args.folder])
    extra = parse_gold_dirs(args.extra) if args.extra else []
    for seed in args.seeds:
        cv = training.cross_validate(files, args.folds, seed, extra=extra)
        pooled = cv.pooled()
        print(f"seed {seed:>4}: pooled F1 {pooled.f1:.4f} ({pooled.matched} matched / "
              f"{pooled.extracted} extracted / {pooled.gold} gold), strict {pooled.strict_f1:.4f}, "
              f"mean F1 {cv.summary()['f1']['mean']:.4f}")


if __name__ == "__main__":
    main()
