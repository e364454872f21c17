"""Cross-validation repeated over several fold splits (a measurement, not a test).

    .venv/bin/python bench/cv_seeds.py ../shared/corpus/train --seeds 13 7 21 5

One 5-fold split of 95 articles moves the mean F1 by about ±0.007 from seed to seed
(2026-12-03: 0.528-0.542 over four seeds, same code), more than most single changes to
the detector or a rule gain. This parses the articles once and runs the cross-validation
of ``graphkit evaluate --cv`` for each seed, printing each seed's fold means and their
mean and spread over seeds: compare a change with that spread, on the same seeds.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from graphkit.training import SEED, parse_gold_dirs, repeated_cross_validation


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seeds", type=int, nargs="+", default=[SEED, 7, 21, 5])
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--train-extra", type=Path, nargs="*", default=[],
                        help="gold folders added to every fold's training, never scored")
    parser.add_argument("--extra-weight", type=float, default=1.0,
                        help="sample weight of the --train-extra sentences in fitting")
    args = parser.parse_args()
    extra = parse_gold_dirs(args.train_extra) if args.train_extra else []
    for parsed in extra:
        parsed.weight = args.extra_weight
    result = repeated_cross_validation(parse_gold_dirs([args.gold_dir]), args.folds, args.seeds,
                                       learned=not args.rules_only, extra=extra)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2))
        return
    for row in result.to_dict()["per_seed"]:
        print(f"seed {row['seed']:>4}: P {row['precision']:.4f}  R {row['recall']:.4f}  "
              f"F1 {row['f1']:.4f}  strict F1 {row['strict_f1']:.4f}")
    print(result.to_text())


if __name__ == "__main__":
    main()
