"""Fixtures shared by the whole suite.

``shared_corpus``: the dev corpus in ../shared/corpus/dev. Tests that use it skip only when
that folder is absent (CI always has it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "dev"


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """The folder of real news pages with gold annotations."""
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"{SHARED_CORPUS} is absent")
    return SHARED_CORPUS


# --- Neo4j (section owned by tests/conftest neo4j fixture work) ---
#
# A real Neo4j server. With NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD set (Docker,
# Desktop, Aura...) the tests use that server; without NEO4J_URI they start the local
# one with `scripts/neo4j-local start` (built from Maven Central into .cache/neo4j).
# Unreachable server: skip locally, but fail under CI=true (CI must never silently
# skip the Neo4j tests).

# This section's imports stay with its code, below the shared part above.
import os  # noqa: E402
import subprocess  # noqa: E402
from typing import NoReturn  # noqa: E402

NEO4J_LOCAL = PROJECT_ROOT / "scripts" / "neo4j-local"


def _neo4j_unavailable(reason: str) -> NoReturn:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Neo4j is required under CI=true but unavailable: {reason}", pytrace=False)
    pytest.skip(f"Neo4j unavailable: {reason}")


def _neo4j_local(*args: str, timeout: float = 600) -> tuple[int, str, str]:
    """Runs scripts/neo4j-local; returns (exit code, stdout, stderr)."""
    try:
        done = subprocess.run(
            [str(NEO4J_LOCAL), *args],
            cwd=PROJECT_ROOT,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return 1, "", str(exc)
    return done.returncode, done.stdout, done.stderr


def _parse_exports(text: str) -> dict[str, str]:
    """`export NAME=value` lines (as printed by `scripts/neo4j-local env`) -> dict."""
    found = {}
    for line in text.splitlines():
        if line.startswith("export ") and "=" in line:
            name, _, value = line[len("export ") :].partition("=")
            found[name.strip()] = value.strip()
    return found


# The suite runs on two pytest-xdist workers (scripts/test: `-n 2 --dist loadgroup`), but
# Neo4j Community holds one database: every test that reaches the shared server joins one
# xdist group, so they all run on one worker, one after another, while the other worker
# takes the rest. A test reaches it through the `neo4j_credentials` fixture (asked for in
# its signature, or through `request.getfixturevalue`, as tests/store/opening.py does) or
# carries the `neo4j` mark; a test that took the server without being grouped fails, so a
# new one cannot race the others unnoticed.
NEO4J_GROUP = "neo4j-server"


def _in_neo4j_group(item: pytest.Item) -> bool:
    return any(mark.args[:1] == (NEO4J_GROUP,) for mark in item.iter_markers("xdist_group"))


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "neo4j_credentials" in getattr(item, "fixturenames", ()) or item.get_closest_marker("neo4j"):
            item.add_marker(pytest.mark.xdist_group(NEO4J_GROUP))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    outcome = yield
    # the fixtures the test used, those asked for at run time included (pytest's own record)
    used = getattr(getattr(item, "_request", None), "_fixture_defs", {})
    if "neo4j_credentials" in used and not _in_neo4j_group(item):
        pytest.fail(f"{item.nodeid} uses the shared Neo4j server but is not in the xdist group "
                    f"{NEO4J_GROUP!r}: give it the `neo4j` mark (tests/conftest.py)", pytrace=False)
    # xdist groups by a suffix it writes into the test's id; a pytest that ignores that write
    # (9.2 with xdist 3.8.0, pytest-xdist issue #1386) would spread the group silently
    if (_in_neo4j_group(item) and getattr(item.config.option, "loadgroup", False)
            and not item.nodeid.endswith(f"@{NEO4J_GROUP}")):
        pytest.fail(f"pytest-xdist did not group {item.nodeid}: the Neo4j tests may run on two "
                    "workers at once (see pyproject.toml's pin of pytest)", pytrace=False)
    return outcome


@pytest.fixture(scope="session")
def neo4j_credentials():
    """{"uri", "user", "password"} of a reachable Neo4j server (see the section comment)."""
    try:
        import neo4j
    except ImportError as exc:
        _neo4j_unavailable(f"the neo4j Python driver is not installed ({exc})")

    started_here = False
    if os.environ.get("NEO4J_URI"):
        creds = {
            "uri": os.environ["NEO4J_URI"],
            "user": os.environ.get("NEO4J_USERNAME", "neo4j"),
            "password": os.environ.get("NEO4J_PASSWORD", ""),
        }
    else:
        code, _, err = _neo4j_local("start")
        if code != 0:
            lines = err.strip().splitlines()
            reason = [line for line in lines if line.startswith("neo4j-local: error:")] or lines[-3:]
            _neo4j_unavailable(f"`scripts/neo4j-local start` exited {code}: {' | '.join(reason)}")
        # The script says "already running" when it did not start the server itself
        # (it serialises concurrent starts with a lock, so exactly one caller starts it).
        started_here = "already running" not in err
        code, out, err = _neo4j_local("env", timeout=60)
        env = _parse_exports(out)
        if code != 0 or "NEO4J_URI" not in env:
            _neo4j_unavailable(f"`scripts/neo4j-local env` exited {code}: {err.strip()}")
        creds = {
            "uri": env["NEO4J_URI"],
            "user": env.get("NEO4J_USERNAME", "neo4j"),
            "password": env.get("NEO4J_PASSWORD", ""),
        }

    try:
        with neo4j.GraphDatabase.driver(creds["uri"], auth=(creds["user"], creds["password"])) as driver:
            driver.verify_connectivity()
    except Exception as exc:  # ServiceUnavailable, AuthError, bad URI...
        where = f"{creds['uri']} as {creds['user']}"
        _neo4j_unavailable(f"cannot connect to {where}: {type(exc).__name__}: {exc}")

    yield creds

    # Under CI, leave no server behind that this session started itself; locally keep it
    # running so the next test run starts in seconds.
    if started_here and os.environ.get("CI", "").lower() == "true":
        _neo4j_local("stop", timeout=300)


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_credentials):
    """An official neo4j driver for the test server, closed at session end."""
    import neo4j

    driver = neo4j.GraphDatabase.driver(
        neo4j_credentials["uri"], auth=(neo4j_credentials["user"], neo4j_credentials["password"])
    )
    yield driver
    driver.close()


@pytest.fixture
def neo4j_clean(neo4j_driver):
    """The driver, after deleting every node and relationship of the default database.

    Indexes and constraints are left in place (a test that creates some owns them). The
    delete runs in batches: a graph left by ``bench/scale.py`` (100k events and more) is
    too large for one transaction's memory pool.
    """
    with neo4j_driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    return neo4j_driver
