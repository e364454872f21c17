"""Where a real ingest spends its time: the CPU of the main process and of the extraction
workers against bare ``nlp.pipe`` on the same texts, and when each worker was busy.

Usage::

    nice -n 10 .venv/bin/python bench/ingest_cpu.py --articles 1000          # --jobs default
    nice -n 10 .venv/bin/python bench/ingest_cpu.py --articles 600 --rounds 3 --format json

The ingest is :func:`graphkit.pipeline.ingest`'s own path (load, extraction and actor
resolution on ``--jobs`` forked workers, the store's resolved writes in this process, into
an empty embedded store), with a fresh extractor as ``bench/bench.py`` makes one. On a
shared machine wall-clock figures follow the load; CPU times do not, so the figures are:

- ``pipe_cpu_s``: bare ``nlp.pipe`` over the texts (one process);
- ``main_cpu_s`` (of which ``main_write_cpu_s`` in ``Store.write``, ``main_init_cpu_s``
  making the extractor) and ``workers_cpu_s`` (every worker, from ``RUSAGE_CHILDREN``);
- ``cpu_ratio``: ``pipe_cpu_s`` over all of ingest's CPU, the articles/s ratio ingest would
  reach on one core (on two idle cores it may reach up to twice that);
- ``main_busy``: the share of ingest's wall time the main process spent on a CPU;
  ``worker_busy``: each worker's, from the wall time of its chunks over ingest's.

The figures are the medians over ``--rounds`` (pipe and ingest alternate).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_articles, write_jsonl  # noqa: E402

from graphkit.extract import Extractor, load_nlp  # noqa: E402
from graphkit.load import iter_articles  # noqa: E402
from graphkit.model import Article, Extraction  # noqa: E402
from graphkit.parallel import default_jobs, extract_in_workers  # noqa: E402
from graphkit.pipeline import _extract_batch, write_extractions  # noqa: E402
from graphkit.resolve import ActorResolver  # noqa: E402
from graphkit.store import EmbeddedStore  # noqa: E402


def _cpu() -> tuple[float, float]:
    """(this process's CPU seconds, its reaped children's)."""
    me, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                        resource.RUSAGE_CHILDREN))
    return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime


class _TimedStore(EmbeddedStore):
    """The embedded store, adding up the CPU its writes take."""

    write_cpu = 0.0

    def write(self, extractions: Any) -> Any:
        start = time.process_time()
        try:
            return super().write(extractions)
        finally:
            self.write_cpu += time.process_time() - start


def _ingest(path: Path, store: _TimedStore, nlp: Any, jobs: int, log: Path) -> float:
    """:func:`graphkit.pipeline.ingest` of ``path``, each worker logging its chunks to
    ``log``; returns the CPU seconds making the extractor took."""
    start = time.process_time()
    extractor = Extractor(nlp=nlp)
    init = time.process_time() - start
    store.prepare_writes()
    resolver = ActorResolver()

    def work(articles: list[Article]) -> list[Any]:
        began, cpu = time.perf_counter(), time.process_time()
        found = [resolver.resolve(x) if isinstance(x, Extraction) else x
                 for x in _extract_batch(articles, extractor)]
        with log.open("a") as out:  # (one line per chunk, from each worker)
            out.write(f"{os.getpid()} {began} {time.perf_counter()} "
                      f"{time.process_time() - cpu}\n")
        return found

    found = extract_in_workers(iter_articles([path]), work, jobs, prepare=extractor.preload)
    write_extractions(found, store, resolved=True)
    return init


def run(n_articles: int, jobs: int, rounds: int) -> dict[str, Any]:
    figures: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = write_jsonl(generate_articles(n_articles), Path(tmp) / "bench.jsonl")
        texts = [a.text for a in iter_articles([path]) if isinstance(a, Article)]
        nlp = load_nlp()
        list(Extractor(nlp=nlp).extract_many(  # (as bench.py: an extractor ran before)
            [a for a in iter_articles([path]) if isinstance(a, Article)][:50]))
        for i in range(rounds):
            start = time.process_time()
            sum(1 for _ in nlp.pipe(texts, batch_size=64))
            pipe_cpu = time.process_time() - start
            log = Path(tmp) / f"chunks-{i}"
            log.touch()
            with _TimedStore(Path(tmp) / f"store-{i}") as store:
                (me, children), began = _cpu(), time.perf_counter()
                init = _ingest(path, store, nlp, jobs, log)
                wall = time.perf_counter() - began
                me2, children2 = _cpu()
            workers: dict[str, list[tuple[float, float, float]]] = {}
            for line in log.read_text().split("\n"):
                if line:
                    pid, first, last, cpu = line.split()
                    workers.setdefault(pid, []).append((float(first), float(last), float(cpu)))
            total = (me2 - me) + (children2 - children)
            figures.append({
                "pipe_cpu_s": pipe_cpu, "ingest_wall_s": wall, "main_cpu_s": me2 - me,
                "main_write_cpu_s": store.write_cpu, "main_init_cpu_s": init,
                "workers_cpu_s": children2 - children, "cpu_ratio": pipe_cpu / total,
                "main_busy": (me2 - me) / wall,
                "worker_busy": statistics.mean(sum(b - a for a, b, _ in chunks) / wall
                                               for chunks in workers.values()),
                "worker_chunk_cpu_first_s": statistics.mean(c[0][2] for c in workers.values()),
                "worker_chunk_cpu_median_s": statistics.median(
                    x[2] for c in workers.values() for x in c),
                "load": os.getloadavg()[0]})
    out: dict[str, Any] = {"articles": n_articles, "jobs": jobs, "rounds": rounds}
    for key in figures[0]:
        out[key] = statistics.median(f[key] for f in figures)
    out["cpu_ratios"] = [round(f["cpu_ratio"], 3) for f in figures]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=None, help="default: every core")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--format", choices=["text", "json"], default="text")
    args = parser.parse_args()
    figures = run(args.articles, args.jobs or default_jobs(), args.rounds)
    if args.format == "json":
        print(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        print(f"{key:28} {value:10.3f}" if isinstance(value, float) else f"{key:28} {value!s:>10}")


if __name__ == "__main__":
    main()
