"""Durability checks on real processes, compared with ``graphkit dump``.

Each check runs ``graphkit`` as a separate process (as a user would), does something an
unlucky operator does to it (kill -9 mid-ingest, run two writers at once, ingest the same
files again), then dumps the store and compares the dump with a clean run's. Used in
reduced form by ``tests/durability/test_durability.py`` and in full by
``bench/durability.py``.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

COUNTRIES = ("Arnor", "Gondor", "Rohan", "Eriador", "Harad", "Rhun")
VERBS = ("spoke by telephone with", "met", "held talks with", "called")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def write_corpus(folder: Path, n_articles: int, n_files: int = 4, seed: int = 3) -> list[Path]:
    """``n_articles`` short invented wire stories in ``n_files`` JSON Lines files."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    files = [folder / f"part{i}.jsonl" for i in range(n_files)]
    lines: list[list[str]] = [[] for _ in files]
    for i in range(n_articles):
        a, b = rng.sample(COUNTRIES, 2)
        day = 1 + rng.randrange(28)
        text = (f"The foreign minister of {a} {rng.choice(VERBS)} the foreign minister of {b} "
                f"on {rng.choice(WEEKDAYS)}, the ministry in {a} said. They discussed trade "
                f"and agreed to meet again. It was their first call since May 2023.")
        record = {"id": f"story-{i}", "title": f"{a} and {b} talk ({i})",
                  "published": f"2025-03-{day:02d}", "text": text}
        lines[i % n_files].append(json.dumps(record))
    for path, chunk in zip(files, lines, strict=True):
        path.write_text("\n".join(chunk) + "\n", encoding="utf-8")
    return files


def graphkit(args: list[str], env: dict[str, str], timeout: float = 600,
             check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run ``python -m graphkit ARGS`` with ``env`` added to the environment."""
    done = subprocess.run([sys.executable, "-m", "graphkit", *args], env={**os.environ, **env},
                          capture_output=True, text=True, timeout=timeout)
    if check and done.returncode != 0:
        raise AssertionError(f"graphkit {' '.join(args)} exited {done.returncode}: "
                             f"{done.stderr[-2000:]}")
    return done


def start_graphkit(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "graphkit", *args], env={**os.environ, **env},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def dump(env: dict[str, str]) -> str:
    """The store's canonical dump (``graphkit dump``)."""
    return graphkit(["dump"], env).stdout


def ingest(files: list[Path], env: dict[str, str]) -> None:
    graphkit(["ingest", "-q", *map(str, files)], env)


def kill_mid_ingest(files: list[Path], env: dict[str, str], after: float) -> bool:
    """Start an ingest of ``files`` and kill -9 it ``after`` seconds in; True when it was
    still running (killed), False when it had finished."""
    process = start_graphkit(["ingest", "-q", *map(str, files)], env)
    deadline = time.monotonic() + after
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGKILL)
    process.wait()
    return True


def concurrent_ingest(groups: list[list[Path]], env: dict[str, str]) -> list[int]:
    """Ingest each group of files in its own process, all at once; their exit codes."""
    processes = [start_graphkit(["ingest", "-q", *map(str, group)], env) for group in groups]
    codes = []
    for process in processes:
        _, err = process.communicate(timeout=900)
        if process.returncode != 0:
            raise AssertionError(f"a concurrent writer failed: {err[-2000:]}")
        codes.append(process.returncode)
    return codes


def diff_lines(a: str, b: str, limit: int = 5) -> str:
    """The first lines that differ between two dumps (for an assertion message)."""
    only_a = sorted(set(a.splitlines()) - set(b.splitlines()))[:limit]
    only_b = sorted(set(b.splitlines()) - set(a.splitlines()))[:limit]
    return "only in the first:\n" + "\n".join(only_a) + "\nonly in the second:\n" + "\n".join(only_b)
