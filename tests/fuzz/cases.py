"""A seeded generator of hostile CLI runs, and the judge of what each run did.

Each :class:`Case` is one ``graphkit`` command line over generated inputs only (files of
random bytes, nested or huge JSON, lone surrogates, control characters, endless runs
without spaces, absurd relative ages, special files, odd file names, hostile query
arguments). :func:`run_case` runs it in-process with click's ``CliRunner`` under a time
limit and sorts the outcome:

- ``crash``: an exception escaped the CLI (a traceback instead of one ``Error:`` line);
- ``hang``: the run took longer than the case's time limit;
- ``silent``: a run that should have reported a bad input exited 0, or a run exited
  non-zero without saying why on stderr;
- ``lost``: a good article given in the same batch as bad ones was not stored;
- ``ok``: everything else.

Used by ``tests/fuzz/test_cli_cases.py`` (a few dozen cases) and ``bench/fuzz.py --cases N``.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from unittest import mock

from click.testing import CliRunner

from graphkit.api import KnowledgeGraph
from graphkit.cli import main
from graphkit.extract import Extractor
from graphkit.limits import TimeLimitExceeded, time_limit

GOOD_TITLE = "Queen Elowen and King Thalion talk"
GOOD_ARTICLE = (f"TITLE: {GOOD_TITLE}\nPUBLISHED: 2025-03-04\n\n"
                "Queen Elowen of Arnor spoke with King Thalion of Gondor by telephone on "
                "Monday, the palace said. The two leaders discussed the harvest treaty.\n")
QUERY_COMMANDS = ("first-contact", "contacts", "timeline", "summary", "network", "resumed",
                  "report", "claim-check", "stats", "export", "dump")
EXPORT_FORMATS = ("graphml", "gexf", "nt", "ttl", "jsonld", "json", "cytoscape", "dot", "html", "csv")
ODD_STRINGS = ("\ud800", "\x00", "\x01\x1f\x1e", "'; MATCH (n) DETACH DELETE n //", "$x", "`",
               "Putin", "Arnor", "RUS", "", " ", "\u2028", "%s%n", "{}", "[]", "9" * 5000,
               "é" * 300, "\\", "\"", "..", "/", "-", "--help")
ODD_DATES = ("0001-01-01", "9999-12-31", "2025-02-30", "2025-13-01", "-1", "20250101", "",
             "2025-07-02", "1970-01-01")


@dataclass
class Case:
    """One generated command line and what it needs on disk."""

    number: int
    kind: str
    args: list[str]
    files: dict[str, bytes] = field(default_factory=dict)   # name -> content
    specials: list[tuple[str, str]] = field(default_factory=list)  # (name, fifo|loop|dir)
    bad: bool = False          # a bad input is given: the run must say so and exit non-zero
    good_in_batch: bool = False  # the good article is in the batch: it must be stored
    input: bytes | None = None  # standard input
    store: str = "embedded"

    def describe(self) -> str:
        shown = " ".join(a if len(a) < 60 else a[:57] + "..." for a in self.args)
        return f"#{self.number} {self.kind}: graphkit {shown!r}"[:300]


@dataclass
class Outcome:
    case: Case
    verdict: str     # ok, crash, hang, silent, lost
    detail: str = ""
    seconds: float = 0.0


# -- generating inputs ------------------------------------------------------------------

def _random_bytes(rng: random.Random) -> bytes:
    return bytes(rng.randrange(256) for _ in range(rng.choice((1, 2, 3, 50, 2000))))


def _deep_json(rng: random.Random) -> bytes:
    depth = rng.choice((150, 5000, 100_000))
    opener = rng.choice(("[", '{"a":'))
    closer = "]" if opener == "[" else "}"
    return (opener * depth + "1" + closer * depth).encode()


def _huge_int_json(rng: random.Random) -> bytes:
    digits = "9" * rng.choice((4301, 20_000))
    field = rng.choice(("id", "text", "published"))
    return ('{"' + field + '": ' + digits + ', "text": "Arnor spoke."}\n').encode()


def _surrogate_json(rng: random.Random) -> bytes:
    field = rng.choice(("id", "title", "outlet", "url", "text", "published"))
    record = {"id": "r1", "title": "Talks", "text": "Queen Elowen of Arnor met King Thalion."}
    record[field] = (record.get(field) or "") + rng.choice(("\\ud800", "\\udfff", "\\ud83d"))
    return json.dumps(record).replace("\\\\u", "\\u").encode() + b"\n"


def _control_text(rng: random.Random) -> bytes:
    chars = [rng.choice("abc \n.") if rng.random() > 0.03 else chr(rng.choice((1, 2, 0x1e, 0x1f, 0x7f, 0x0c)))
             for _ in range(400)]
    return ("Queen Elowen of Arnor met King Thalion. " + "".join(chars)).encode()


def _long_run(rng: random.Random) -> bytes:
    unit = rng.choice(("[", "&", "&amp;", "a", "-", "\u0301", ".", "(", "@@"))
    return ("Arnor met Gondor. " + unit * rng.choice((2000, 20_000))).encode()


def _short_lines(rng: random.Random) -> bytes:
    line = rng.choice(("Arnor met Gondor.", "x", "Queen Elowen called King Thalion on Monday."))
    return ("\n".join([line] * rng.choice((500, 3000)))).encode()


def _aggregator(rng: random.Random) -> bytes:
    ages = ("99999 years ago", "3 hours ago", "100000000000 days ago", "2 months ago",
            "999999999999999999999 minutes ago", "an hour ago")
    blocks = []
    for i in range(rng.choice((2, 3, 5))):
        blocks.append(f"Arnor and Gondor hold talks round {i}\nArnor Herald{rng.choice(ages)}\n"
                      f"Queen Elowen of Arnor met King Thalion of Gondor in Minas Tirith.\n")
    return "\n".join(blocks).encode()


def _tiny(rng: random.Random) -> bytes:
    return rng.choice((b"a", b"ab", b"{}", b"[]", b"\n", b" ", b"\xef\xbb\xbf", b"12"))


def _html(rng: random.Random) -> bytes:
    body = rng.choice(("<p>" * 5000, "<html><body></body></html>", "<script>" + "x" * 1000,
                       "<html><title>\x01</title><p>Arnor met Gondor.</p></html>"))
    return body.encode()


def _latin1(rng: random.Random) -> bytes:
    return "Café talks in Arnor ended.".encode("latin-1")


BAD_CONTENT: dict[str, Callable[[random.Random], bytes]] = {
    "bytes": _random_bytes, "deep-json": _deep_json, "huge-int": _huge_int_json,
    "tiny": _tiny, "latin1": _latin1,
}
ODD_CONTENT: dict[str, Callable[[random.Random], bytes]] = {
    "surrogate-json": _surrogate_json, "control": _control_text, "long-run": _long_run,
    "short-lines": _short_lines, "aggregator": _aggregator, "html": _html,
}
SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".md", "")


def generate_cases(n: int, seed: int = 1, store: str = "embedded") -> Iterator[Case]:
    """``n`` cases, the same for the same seed."""
    rng = random.Random(seed)
    for number in range(n):
        roll = rng.random()
        if roll < 0.45:
            yield _input_case(number, rng, store)
        elif roll < 0.55:
            yield _special_case(number, rng, store)
        elif roll < 0.9:
            yield _query_case(number, rng, store)
        else:
            yield _cypher_case(number, rng, store)


def _as_of(rng: random.Random) -> list[str]:
    return ["--as-of", rng.choice(("0001-01-01", "9999-12-31", "2025-07-02"))] if rng.random() < 0.5 else []


def _input_case(number: int, rng: random.Random, store: str) -> Case:
    command = rng.choice(("extract", "ingest"))
    bad = rng.random() < 0.5
    maker = rng.choice(list((BAD_CONTENT if bad else ODD_CONTENT).items()))
    name = f"input{rng.choice(SUFFIXES)}"
    if bad and maker[0] == "latin1":
        name = "input.txt"
    files = {name: maker[1](rng), "good.txt": GOOD_ARTICLE.encode()}
    args = [command, name, "good.txt", *_as_of(rng)]
    if command == "ingest":
        args.append("-q")
    return Case(number, f"{command} {maker[0]}", args, files, bad=bad,
                good_in_batch=command == "ingest", store=store)


def _special_case(number: int, rng: random.Random, store: str) -> Case:
    special = rng.choice(("fifo", "loop", "dev-zero", "trailing-slash", "non-utf8-name",
                          "missing", "stdin-deep", "stdin-zero"))
    files = {"good.txt": GOOD_ARTICLE.encode()}
    specials: list[tuple[str, str]] = []
    target, bad, stdin = "x.txt", True, None
    if special == "fifo":
        specials.append(("x.txt", "fifo"))
    elif special == "loop":
        specials.append(("x.txt", "loop"))
    elif special == "dev-zero":
        target = "/dev/zero"
    elif special == "trailing-slash":
        files["x.txt"] = GOOD_ARTICLE.encode()
        target = "x.txt/"
    elif special == "non-utf8-name":
        specials.append(("caf\udce9.txt", "file"))
        target, bad = "caf\udce9.txt", False
    elif special == "missing":
        target = "nowhere.txt"
    elif special == "stdin-deep":
        target, stdin = "-", b"[" * 50_000
    else:
        target, stdin = "-", b"\x00" * 5000
    return Case(number, f"ingest {special}", ["ingest", target, "good.txt", "-q"], files, specials,
                bad=bad, good_in_batch=True, input=stdin, store=store)


def _odd(rng: random.Random) -> str:
    return rng.choice(ODD_STRINGS) if rng.random() < 0.8 else "".join(
        chr(rng.randrange(1, 0x3000)) for _ in range(rng.randrange(1, 30)))


def _query_case(number: int, rng: random.Random, store: str) -> Case:
    command = rng.choice(QUERY_COMMANDS)
    files = {"good.txt": GOOD_ARTICLE.encode()}
    if command in ("first-contact", "contacts", "summary"):
        args = [command, _odd(rng), _odd(rng)]
        if command == "first-contact" and rng.random() < 0.7:
            args += ["--on", rng.choice(ODD_DATES)]
    elif command in ("timeline", "network"):
        args = [command, _odd(rng)]
        if rng.random() < 0.6:
            args += ["--from", rng.choice(ODD_DATES), "--to", rng.choice(ODD_DATES)]
    elif command == "resumed":
        args = [command, "--min-gap", rng.choice(("0", "365", "99999999999999999999", "-5"))]
    elif command == "report":
        args = [command, "dyad", _odd(rng), _odd(rng), "--format",
                rng.choice(("text", "markdown", "json", "csv", "html"))]
    elif command == "claim-check":
        args = [command, rng.choice(("good.txt", "nowhere.txt", _odd(rng) or "x"))]
    elif command == "export":
        fmt = rng.choice(EXPORT_FORMATS)
        args = [command, f"out/graph.{fmt}", "--format", fmt]
        if rng.random() < 0.3:
            args += ["--actor", _odd(rng)]
    else:
        args = [command]
    return Case(number, f"query {command}", args, files, store=store, good_in_batch=False)


def _cypher_case(number: int, rng: random.Random, store: str) -> Case:
    query = rng.choice(("MATCH (n) RETURN count(n) AS n", "RETURN $x AS x",
                        "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "SHOW USERS",
                        "CALL db.clearQueryCaches()", "RETURN date($x) AS d", "MATCH (n RETURN n"))
    value = rng.choice(('[' * 5000, '"\\ud800"', "9" * 5000, "x" * 100_000, '{"a": 1}', "[]", "\x01"))
    bad = query.split()[0] in ("TERMINATE", "SHOW", "CALL") or "(n RETURN" in query or store == "embedded"
    return Case(number, "cypher", ["cypher", query, "--param", f"x={value}"], store=store, bad=bad)


# -- running and judging ----------------------------------------------------------------

def _materialise(case: Case, folder: Path) -> None:
    for name, content in case.files.items():
        (folder / name).write_bytes(content)
    for name, what in case.specials:
        path = folder / name
        if what == "fifo":
            os.mkfifo(path)
        elif what == "loop":
            path.symlink_to(path)
        else:
            path.write_bytes(GOOD_ARTICLE.replace(GOOD_TITLE, "A second talk").encode())


def run_case(case: Case, workdir: Path, seconds: float = 30.0,
             neo4j_env: dict[str, str] | None = None,
             reset_neo4j: Callable[[], None] | None = None) -> Outcome:
    """Run ``case`` in a fresh folder under ``workdir`` and judge what it did."""
    folder = workdir / f"case-{case.number}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    _materialise(case, folder)
    env = {"GRAPHKIT_STORE": str(folder / "kg"), "NEO4J_URI": ""}
    if case.store == "neo4j" and neo4j_env:
        env.update(neo4j_env)
        if reset_neo4j:
            reset_neo4j()
    else:
        env["NEO4J_URI"] = ""
    if case.store == "embedded" or neo4j_env is None:
        env.pop("NEO4J_URI")
    runner = CliRunner()
    _shared_extractor()  # built before the clock starts
    started = time.monotonic()
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        with time_limit(seconds), _one_extractor():
            result = runner.invoke(main, case.args, input=case.input, env=_env(env),
                                   catch_exceptions=True)
    except TimeLimitExceeded:
        return Outcome(case, "hang", f"over {seconds:g} s", time.monotonic() - started)
    finally:
        os.chdir(cwd)
    took = time.monotonic() - started
    if isinstance(result.exception, TimeLimitExceeded) or took > seconds:
        # the limit fired inside the CLI (maybe caught there, as a slow article's is)
        return Outcome(case, "hang", f"over {seconds:g} s", took)
    return _judge(case, result, folder, env, took)


@lru_cache(maxsize=1)
def _shared_extractor() -> Extractor:
    return Extractor()


def _one_extractor() -> mock._patch[object]:
    """Every run of the process shares one extractor, as a long-running process would: a
    ``graphkit`` process builds its own once, and building it (spaCy, the gazetteer's
    phrase patterns) costs several times more than running a case. The extractor keeps no
    state between articles, so sharing it hides nothing."""
    return mock.patch.object(KnowledgeGraph, "extractor", property(lambda self: _shared_extractor()))


def _env(env: dict[str, str]) -> dict[str, str | None]:
    out: dict[str, str | None] = dict(env)
    if "NEO4J_URI" not in env:
        out["NEO4J_URI"] = None  # CliRunner unsets it
    return out


def _judge(case: Case, result: object, folder: Path, env: dict[str, str], took: float) -> Outcome:
    exc = getattr(result, "exception", None)
    code = getattr(result, "exit_code", 0)
    stderr = getattr(result, "stderr", "") or ""
    if exc is not None and not isinstance(exc, SystemExit):
        return Outcome(case, "crash", f"{type(exc).__name__}: {str(exc)[:200]}", took)
    if "Traceback" in stderr:
        return Outcome(case, "crash", stderr[-300:], took)
    if code != 0 and "Error" not in stderr and "Usage" not in stderr:
        return Outcome(case, "silent", f"exit {code} with nothing on stderr", took)
    if case.bad and code == 0:
        return Outcome(case, "silent", "bad input accepted with exit 0", took)
    if case.good_in_batch and case.args[0] == "ingest":
        runner = CliRunner()
        cwd = os.getcwd()
        os.chdir(folder)
        try:
            dumped = runner.invoke(main, ["dump"], env=_env(env))
        finally:
            os.chdir(cwd)
        if GOOD_TITLE not in (dumped.stdout or ""):
            return Outcome(case, "lost", "the good article of the batch was not stored", took)
    return Outcome(case, "ok", "", took)
