"""What a cross-validation of the learned event detector reports.

:class:`CrossValidation` holds the per-fold evaluation reports of one k-fold run (their
mean and spread, the held-out folds pooled, the (sentence, type) decisions with and
without the detector); :class:`RepeatedCrossValidation` holds runs over several seeds.
:func:`graphkit.training.cross_validate` and
:func:`graphkit.training.repeated_cross_validation` build them, scoring each fold by the
rule of :mod:`graphkit.evaluate`.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any

from graphkit.evaluate import EvaluationReport


@dataclass
class CrossValidation:
    """Per-fold reports of a k-fold cross-validation, and their mean and spread."""

    folds: list[EvaluationReport]
    fold_files: list[list[str]]
    seed: int
    unaligned: int = 0
    # (sentence, type) decisions on the held-out folds: true/false positives and misses
    # of the rules alone and of the rules with the detector (labels: aligned gold evidence)
    sentence_types: dict[str, list[int]] = field(default_factory=dict)

    def summary(self) -> dict[str, dict[str, float]]:
        """Mean and standard deviation over folds of each headline figure."""
        rows = {
            "precision": [r.precision for r in self.folds],
            "recall": [r.recall for r in self.folds],
            "f1": [r.f1 for r in self.folds],
            "strict_f1": [r.strict_f1 for r in self.folds],
            "prior_contacts": [r.prior_share for r in self.folds],
            "dates_right": [r.date_accuracy for r in self.folds],
            "countries_right": [r.country_accuracy for r in self.folds],
        }
        return {k: {"mean": round(statistics.fmean(v), 4),
                    "sd": round(statistics.pstdev(v), 4) if len(v) > 1 else 0.0,
                    "min": round(min(v), 4), "max": round(max(v), 4)} for k, v in rows.items()}

    def pooled(self) -> EvaluationReport:
        """All held-out folds scored as one set (each event scored by a model that never
        saw its article)."""
        total = EvaluationReport()
        for r in self.folds:
            for name in ("files", "articles", "gold", "extracted", "matched", "strict_matched", "prior_gold",
                         "prior_extracted", "prior_matched", "dated_matches", "dates_right",
                         "countries_checked", "countries_right"):
                setattr(total, name, getattr(total, name) + getattr(r, name))
            for t, s in r.per_type.items():
                mine = total.per_type.setdefault(t, type(s)())
                mine.gold += s.gold
                mine.extracted += s.extracted
                mine.matched_gold += s.matched_gold
                mine.matched_extracted += s.matched_extracted
            total.misses.extend(r.misses)
            total.false_events.extend(r.false_events)
            total.prior_misses.extend(r.prior_misses)
            total.wrong_dates.extend(r.wrong_dates)
        return total

    def to_dict(self) -> dict[str, Any]:
        pooled = self.pooled().to_dict()
        return {"folds": len(self.folds), "seed": self.seed, "summary": self.summary(),
                "per_fold": [{k: v for k, v in r.to_dict().items() if k not in (
                    "misses", "false_events", "prior_misses", "wrong_dates", "per_type")}
                    | {"files": files} for r, files in zip(self.folds, self.fold_files, strict=True)],
                "pooled": {k: v for k, v in pooled.items()
                           if k not in ("misses", "false_events", "prior_misses", "wrong_dates")},
                "unaligned_evidence": self.unaligned,
                "sentence_types": {name: _prf(*counts) for name, counts in self.sentence_types.items()}}

    def to_text(self) -> str:
        lines = [f"{len(self.folds)}-fold cross-validation (seed {self.seed}); mean ± sd over folds:"]
        for name, row in self.summary().items():
            lines.append(f"  {name:<16} {row['mean']:.3f} ± {row['sd']:.3f}  "
                         f"(min {row['min']:.3f}, max {row['max']:.3f})")
        lines.append("")
        lines.append("held-out folds pooled:")
        lines.append(self.pooled().to_text())
        if self.sentence_types:
            lines.append("")
            lines.append("(sentence, type) decisions on the held-out folds (before participants and dates):")
            for name, counts in self.sentence_types.items():
                row = _prf(*counts)
                lines.append(f"  {name:<16} precision {row['precision']:.3f}  recall {row['recall']:.3f}  "
                             f"F1 {row['f1']:.3f}")
        if self.unaligned:
            lines.append(f"\n{self.unaligned} gold evidences matched no sentence (not learned from)")
        return "\n".join(lines)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


@dataclass
class RepeatedCrossValidation:
    """k-fold cross-validations repeated over several seeds (fold splits): a change to
    extraction is measured against the spread that the choice of split alone gives."""

    runs: list[CrossValidation]

    def summary(self) -> dict[str, dict[str, float]]:
        """Per headline figure: the mean over seeds of the fold mean, and its spread over
        seeds (``sd_over_seeds``), with the lowest and highest seed's figure."""
        out: dict[str, dict[str, float]] = {}
        per_seed = [run.summary() for run in self.runs]
        for name in per_seed[0]:
            means = [s[name]["mean"] for s in per_seed]
            out[name] = {"mean": round(statistics.fmean(means), 4),
                         "sd_over_seeds": round(statistics.pstdev(means), 4) if len(means) > 1 else 0.0,
                         "min": round(min(means), 4), "max": round(max(means), 4)}
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"seeds": [run.seed for run in self.runs], "folds": len(self.runs[0].folds),
                "summary": self.summary(),
                "per_seed": [{"seed": run.seed} | {k: v["mean"] for k, v in run.summary().items()}
                             for run in self.runs]}

    def to_text(self) -> str:
        lines = [f"{len(self.runs[0].folds)}-fold cross-validation repeated over seeds "
                 f"{', '.join(str(run.seed) for run in self.runs)}; mean over seeds (sd over seeds):"]
        for name, row in self.summary().items():
            lines.append(f"  {name:<16} {row['mean']:.3f} ({row['sd_over_seeds']:.3f}; "
                         f"min {row['min']:.3f}, max {row['max']:.3f})")
        return "\n".join(lines)
