"""Extraction speed against bare ``nlp.pipe``, side by side in one run.

Times, on the same texts and the same loaded pipeline, in turn: spaCy's pipeline alone,
extraction by the rules alone, and extraction with the learned event detector (the
default). Each is run ``--rounds`` times and the fastest kept (the machine is shared).

Usage::

    .venv/bin/python bench/extract_speed.py                       # 1000 generated articles
    .venv/bin/python bench/extract_speed.py --texts ../shared/corpus/train --format json

``--texts DIR`` reads the ``*.txt`` articles of a folder (read in place) instead of the
generated bench corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_articles, write_jsonl  # noqa: E402

from graphkit.extract import Extractor, load_nlp  # noqa: E402
from graphkit.load import iter_articles  # noqa: E402
from graphkit.model import Article  # noqa: E402


def _articles(n: int, folder: Path | None) -> list[Article]:
    if folder is not None:
        return [a for a in iter_articles(sorted(folder.glob("*.txt"))) if isinstance(a, Article)]
    with tempfile.TemporaryDirectory() as tmp:
        path = write_jsonl(generate_articles(n), Path(tmp) / "bench.jsonl")
        return [a for a in iter_articles([path]) if isinstance(a, Article)]


def _fastest(func, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def run(n_articles: int, folder: Path | None, rounds: int) -> dict:
    articles = _articles(n_articles, folder)
    texts = [a.text for a in articles]
    nlp = load_nlp()
    rules = Extractor(nlp=nlp, detector=False)
    learned = Extractor(nlp=nlp)
    nlp = rules.nlp  # the pipeline as the extractors run it (with paragraph breaks)
    t_parse = _fastest(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=64)), rounds)
    t_rules = _fastest(lambda: sum(1 for _ in rules.extract_many(articles)), rounds)
    t_learned = _fastest(lambda: sum(1 for _ in learned.extract_many(articles)), rounds)
    return {
        "articles": len(articles),
        "source": str(folder) if folder else "generated",
        "nlp_pipe_s": round(t_parse, 3),
        "extract_rules_only_s": round(t_rules, 3),
        "extract_s": round(t_learned, 3),
        "extract_rules_only_to_parse_ratio": round(t_rules / t_parse, 3),
        "extract_to_parse_ratio": round(t_learned / t_parse, 3),
        "detector": learned.detector is not None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="generated articles (without --texts)")
    parser.add_argument("--texts", type=Path, default=None, help="a folder of *.txt articles instead")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each; the fastest is kept")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    args = parser.parse_args()
    figures = run(args.articles, args.texts, args.rounds)
    if args.format == "json":
        print(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        print(f"{key:36} {value}")


if __name__ == "__main__":
    main()
