"""Leave-one-slice-out cross-validation: the rules alone vs the rules with the learned
detector, per slice and overall (a measurement, not a test).

    .venv/bin/python bench/cv_slices.py ../shared/corpus/train
    .venv/bin/python bench/cv_slices.py ../shared/corpus/train --seeds 13 7

The k-fold CV of ``bench/cv_seeds.py`` deals every slice (``t1_`` ... ``t5_``: news
gathered in one go, from the same outlets and weeks, often the same stories) into every
fold, so each fold's detector trains on the slices, outlets and stories it is scored on.
Here each slice is scored by a detector trained on the other slices alone (its
thresholds chosen on those slices too), the nearest the train corpus comes to news from
elsewhere; the rules alone are scored on the same slices for comparison. Prints per
slice and pooled P / R / F1 / strict F1 of both, and the detector's difference. With
``--seeds``, the random k-fold CV of ``bench/cv_seeds.py`` follows on the same parse, one
line per seed: a change to training is judged on both measures (they disagree on features
that memorise one story: docs/extraction-rounds.md, slices26).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from graphkit.evaluate import EvaluationReport
from graphkit.training import CrossValidation, cross_validate, parse_gold_dirs, repeated_cross_validation


def _row(report: EvaluationReport) -> dict[str, float]:
    return {"precision": round(report.precision, 4), "recall": round(report.recall, 4),
            "f1": round(report.f1, 4), "strict_f1": round(report.strict_f1, 4),
            "gold": report.gold, "extracted": report.extracted, "matched": report.matched}


def comparison(rules: CrossValidation, learned: CrossValidation) -> dict[str, object]:
    """Per slice and pooled figures of the two runs over the same slices, with the
    detector's F1 difference (the slice of a fold is its files' ``tN`` prefix)."""
    slices = []
    for names, r, d in zip(learned.fold_files, rules.folds, learned.folds, strict=True):
        name = names[0].split("_", 1)[0] if names else "?"
        slices.append({"slice": name, "articles": len(names), "rules": _row(r), "detector": _row(d),
                       "f1_gain": round(d.f1 - r.f1, 4)})
    pooled_r, pooled_d = rules.pooled(), learned.pooled()
    return {"slices": slices,
            "pooled": {"rules": _row(pooled_r), "detector": _row(pooled_d),
                       "f1_gain": round(pooled_d.f1 - pooled_r.f1, 4)},
            "slice_mean_f1": {"rules": rules.summary()["f1"]["mean"],
                              "detector": learned.summary()["f1"]["mean"]},
            "sentence_types": learned.to_dict()["sentence_types"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--seeds", type=int, nargs="*", default=[],
                        help="also the random k-fold CV on these fold seeds (same parse)")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    files = parse_gold_dirs([args.gold_dir])
    result = comparison(cross_validate(files, by_slice=True, learned=False),
                        cross_validate(files, by_slice=True))
    if args.seeds:
        result["random_cv"] = repeated_cross_validation(files, args.folds, args.seeds).to_dict()["per_seed"]
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{'slice':<8} {'n':>3}  {'rules P/R/F1 (strict)':<28} "
          f"{'detector P/R/F1 (strict)':<28} {'gain':>7}")
    rows = [(s["slice"], s["articles"], s["rules"], s["detector"], s["f1_gain"]) for s in result["slices"]]
    pooled = result["pooled"]
    rows.append(("pooled", sum(s["articles"] for s in result["slices"]), pooled["rules"], pooled["detector"],
                 pooled["f1_gain"]))
    for name, n, r, d, gain in rows:
        print(f"{name:<8} {n:>3}  " + "  ".join(
            f"{x['precision']:.3f} {x['recall']:.3f} {x['f1']:.3f} ({x['strict_f1']:.3f})" for x in (r, d))
            + f"  {gain:+.4f}")
    means = result["slice_mean_f1"]
    print(f"mean F1 over slices: rules {means['rules']:.4f}, detector {means['detector']:.4f} "
          f"({means['detector'] - means['rules']:+.4f})")
    for name, row in result["sentence_types"].items():
        print(f"(sentence, type) {name:<14} P {row['precision']:.3f} R {row['recall']:.3f} "
              f"F1 {row['f1']:.3f}")
    for row in result.get("random_cv", []):
        print(f"random {args.folds}-fold CV seed {row['seed']:>4}: P {row['precision']:.4f}  "
              f"R {row['recall']:.4f}  F1 {row['f1']:.4f}  strict F1 {row['strict_f1']:.4f}")


if __name__ == "__main__":
    main()
