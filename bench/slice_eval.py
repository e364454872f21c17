"""Prior-contact and date figures per slice of a gold folder (a measurement, not a test).

    .venv/bin/python bench/slice_eval.py ../shared/corpus/train

The train corpus comes in slices named by file prefix (``t1_`` ... ``t5_``). The rules for
implied prior contacts and dates were tuned looking at the errors of t1-t4 only; t5 is the
held-out slice. This prints, per slice, for t1-t4 together and for the whole folder: events
(P/R/F1), prior contacts found and dates right. The slices are linked into temporary folders,
so nothing of the corpus is copied. The figures are the rules' alone (no learned detector).
"""

from __future__ import annotations

import argparse
import inspect
import re
import tempfile
from pathlib import Path

from graphkit.evaluate import evaluate
from graphkit.extract import Extractor


def _linked(folder: Path, prefixes: tuple[str, ...], into: Path) -> Path:
    into.mkdir()
    for path in folder.iterdir():
        if path.name.startswith(prefixes):
            (into / path.name).symlink_to(path.resolve())
    return into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    args = parser.parse_args()
    slices = sorted({m.group(1) for p in args.gold_dir.glob("*.gold.json")
                     if (m := re.match(r"(t\d+)_", p.name))})
    groups = [(s, (f"{s}_",)) for s in slices]
    tuned = tuple(f"{s}_" for s in slices if s != "t5")
    groups += [("t1-t4 (tuned on)", tuned), ("all", tuple(f"{s}_" for s in slices))]
    # the rules alone: a learned event detector, where one ships, changes which events match
    rules_only = {"detector": False} if "detector" in inspect.signature(Extractor).parameters else {}
    extractor = Extractor(**rules_only)
    print(f"{'slice':<18} {'P':>6} {'R':>6} {'F1':>6}  {'priors':>10}  {'dates':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, prefixes) in enumerate(groups):
            report = evaluate(_linked(args.gold_dir, prefixes, Path(tmp) / str(i)), extractor)
            print(f"{name:<18} {report.precision:6.3f} {report.recall:6.3f} {report.f1:6.3f}  "
                  f"{report.prior_matched:>3}/{report.prior_gold:<3} {report.prior_share:4.0%}  "
                  f"{report.dates_right:>3}/{report.dated_matches:<3} {report.date_accuracy:4.0%}")


if __name__ == "__main__":
    main()
