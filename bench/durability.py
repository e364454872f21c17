"""Nothing is lost, in full: kill -9 of graphkit and of Neo4j mid-ingest, re-ingesting,
and concurrent writers, each compared with a clean run through ``graphkit dump``.

    nice -n 10 .venv/bin/python bench/durability.py --articles 300 --kills 13
    eval "$(scripts/neo4j-local env)"
    nice -n 10 .venv/bin/python bench/durability.py --neo4j --neo4j-kills 3

For each trial it prints whether the store reopened and whether re-ingesting gave the
clean run's dump byte for byte; the last line sums up. The reduced form of the same
checks runs in the test suite (tests/durability/).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.durability.checks import (  # noqa: E402
    concurrent_ingest,
    dump,
    graphkit,
    ingest,
    kill_mid_ingest,
    write_corpus,
)


def _neo4j_env() -> dict[str, str]:
    return {"NEO4J_URI": os.environ["NEO4J_URI"],
            "NEO4J_USERNAME": os.environ.get("NEO4J_USERNAME", "neo4j"),
            "NEO4J_PASSWORD": os.environ.get("NEO4J_PASSWORD", "")}


def _clear_neo4j(env: dict[str, str]) -> None:
    graphkit(["cypher", "MATCH (n) DETACH DELETE n", "--write"], env)


def _kill_neo4j_and_restart() -> None:
    status = subprocess.run([str(ROOT / "scripts/neo4j-local"), "status"], capture_output=True,
                            text=True).stdout
    pid = int(status.split("pid ")[1].split(")")[0])
    os.kill(pid, 9)
    subprocess.run([str(ROOT / "scripts/neo4j-local"), "start"], check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--kills", type=int, default=13, help="kill -9 trials of graphkit")
    parser.add_argument("--reingests", type=int, default=3)
    parser.add_argument("--writers", type=int, default=2, help="concurrent writers")
    parser.add_argument("--neo4j", action="store_true", help="run on Neo4j (NEO4J_URI) too")
    parser.add_argument("--neo4j-kills", type=int, default=0,
                        help="kill -9 trials of the Neo4j server (scripts/neo4j-local)")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    bad = 0
    with tempfile.TemporaryDirectory(prefix="graphkit-durability-") as work:
        work_dir = Path(work)
        corpus = write_corpus(work_dir / "corpus", args.articles, n_files=8)
        clean_env = {"GRAPHKIT_STORE": str(work_dir / "clean"), "NEO4J_URI": ""}
        started = time.monotonic()
        ingest(corpus, clean_env)
        clean = dump(clean_env)
        full = time.monotonic() - started
        print(f"clean run: {len(clean.splitlines())} dump lines, ingest {full:.0f} s", flush=True)

        stores = [("embedded", lambda i: {"GRAPHKIT_STORE": str(work_dir / f"kg-{i}"),
                                           "NEO4J_URI": ""})]
        if args.neo4j:
            stores.append(("neo4j", lambda i: _neo4j_env()))
        for name, env_for in stores:
            env = env_for("reingest")
            if name == "neo4j":
                _clear_neo4j(env)
            for n in range(args.reingests):
                ingest(corpus, env)
                same = dump(env) == clean
                bad += not same
                print(f"{name}: ingest #{n + 1}: {'same as clean' if same else 'DIFFERENT'}", flush=True)
            for trial in range(args.kills):
                env = env_for(f"kill-{trial}")
                if name == "neo4j":
                    _clear_neo4j(env)
                after = rng.uniform(2.0, max(3.0, full))
                killed = kill_mid_ingest(corpus, env, after)
                # (an ingest killed before its first write made no embedded store to open)
                made = name == "neo4j" or (Path(env["GRAPHKIT_STORE"]) / "graph.db").exists()
                reopened = not made or graphkit(["stats"], env, check=False).returncode == 0
                ingest(corpus, env)
                same = dump(env) == clean
                bad += (not reopened) + (not same)
                state = "killed" if killed else "had finished"
                print(f"{name}: kill -9 of graphkit at {after:.1f} s ({state}): reopened "
                      f"{reopened}, re-ingest {'same as clean' if same else 'DIFFERENT'}", flush=True)
            env = env_for("writers")
            if name == "neo4j":
                _clear_neo4j(env)
            concurrent_ingest([corpus[i::args.writers] for i in range(args.writers)], env)
            same = dump(env) == clean
            bad += not same
            print(f"{name}: {args.writers} concurrent writers: {'same as clean' if same else 'DIFFERENT'}",
                  flush=True)
        if args.neo4j:
            for _ in range(args.neo4j_kills):
                env = _neo4j_env()
                _clear_neo4j(env)
                process = subprocess.Popen([sys.executable, "-m", "graphkit", "ingest", "-q",
                                            *map(str, corpus)], env={**os.environ, **env},
                                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                time.sleep(rng.uniform(3.0, max(4.0, full)))
                _kill_neo4j_and_restart()
                _, err = process.communicate(timeout=900)
                one_line = process.returncode == 0 or len(err.strip().splitlines()) <= 3
                ingest(corpus, env)
                same = dump(env) == clean
                bad += (not same) + (not one_line)
                print(f"neo4j: kill -9 of Neo4j: graphkit exited {process.returncode} "
                      f"({'clear error' if one_line else 'UNCLEAR: ' + err[-200:]}), "
                      f"re-ingest {'same as clean' if same else 'DIFFERENT'}", flush=True)
    print(f"{'all checks held' if not bad else f'{bad} checks FAILED'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
