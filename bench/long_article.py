"""Extraction time against article length: is it linear?

Builds one long article out of the synthetic wire stories of ``bench/corpus.py`` (their
paragraphs, one after another) at several sizes, extracts each once and prints the wall
time, the CPU time and the CPU time per 100 KB. Linear extraction keeps the last column
flat. (CPU time is the figure to compare: on a shared machine wall time mostly measures the
neighbours.)

    .venv/bin/python bench/long_article.py                       # 125 KB .. 1 MB
    .venv/bin/python bench/long_article.py --sizes 50000,100000 --profile
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_articles  # noqa: E402

from graphkit.extract import Extractor  # noqa: E402
from graphkit.load.guard import guard_article  # noqa: E402
from graphkit.model import Article  # noqa: E402


def long_text(n_chars: int, seed: int = 11) -> str:
    """Paragraphs of generated stories, about ``n_chars`` characters in all."""
    paragraphs: list[str] = []
    total = 0
    n = 200
    while total < n_chars:
        for record in generate_articles(n, seed=seed + len(paragraphs)):
            paragraphs.append(record["text"])
            total += len(record["text"]) + 2
            if total >= n_chars:
                break
    return "\n\n".join(paragraphs)[:n_chars]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="125000,250000,500000,1000000",
                        help="comma-separated article sizes in characters")
    parser.add_argument("--profile", action="store_true", help="print the top functions of the largest")
    args = parser.parse_args()
    extractor = Extractor()
    extractor.extract(Article(id="warm", text="Macron called Erdogan on Monday."))
    print(f"{'chars':>10} {'wall s':>8} {'CPU s':>8} {'events':>7} {'CPU s per 100 KB':>17}")
    sizes = [int(s) for s in args.sizes.split(",")]
    for size in sizes:
        article = guard_article(Article(id=f"long-{size}", text=long_text(size),
                                        published=date(2025, 7, 1), source=f"long-{size}"))
        profiler = cProfile.Profile() if args.profile and size == sizes[-1] else None
        started = time.perf_counter()
        cpu_started = time.process_time()
        if profiler:
            profiler.enable()
        extraction = extractor.extract(article)
        if profiler:
            profiler.disable()
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        print(f"{size:>10,} {seconds:>8.1f} {cpu:>8.1f} {len(extraction.events):>7} "
              f"{cpu / size * 100_000:>17.2f}", flush=True)
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
