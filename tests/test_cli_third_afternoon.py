"""The third user sweep: graphkit run unattended. A Neo4j server that goes away in the middle
of an ingest, a TLS scheme against a server without TLS, worker processes whose parent was
killed, files a folder holds that are no articles, and the running counts of the progress
line. Invented news throughout, real stores."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import graphkit
from graphkit.api import KnowledgeGraph
from graphkit.cli import main

PROJECT = Path(__file__).resolve().parents[1]
COUNTRIES = ("France", "Kenya", "Chile", "Norway", "Egypt", "Japan")


def write_news(folder: Path, count: int, verb: str = "met", site: str = "ops") -> Path:
    """``count`` short invented wire stories, each a meeting of two invented ministers."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        home, guest = COUNTRIES[i % 6], COUNTRIES[(i + 1 + i // 6) % 6]
        if home == guest:
            guest = COUNTRIES[(i + 2) % 6]
        (folder / f"n{i:04d}.txt").write_text(
            f"URL: https://example.test/{site}/{i}\nPUBLISHED: 2025-{1 + i % 12:02d}-{1 + i % 27:02d}\n\n"
            f"President Orla Vance{i} of {home} {verb} Foreign Minister Teodor Brask{i} of {guest} "
            f"in Lindhaven on Tuesday.\n", encoding="utf-8")
    return folder


def run(*args: str):
    env = {"NEO4J_URI": None, "GRAPHKIT_STORE": None}
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


# -- a Neo4j server that goes away in the middle of an ingest ---------------------------------

# Runs in a process of its own (so a run that retries for hours can be stopped): a TCP proxy
# stands between graphkit and the test server and is shut once 250 articles were read, after
# the first 200-article batch was written; then the same ingest runs again on the server.
GONE_SCRIPT = textwrap.dedent('''
    import socket, sys, threading
    import graphkit
    from graphkit.errors import StoreError

    uri, user, password, news = sys.argv[1:5]
    host, port = uri.rsplit("/", 1)[-1].rsplit(":", 1)
    listener = socket.create_server(("127.0.0.1", 0))
    open_sockets = [listener]

    def pipe(src, dst):
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.close()
            except OSError:
                pass

    def serve():
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection((host, int(port)))
            open_sockets.extend((client, server))
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=pipe, args=(a, b), daemon=True).start()

    def go_away():
        for s in open_sockets:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    threading.Thread(target=serve, daemon=True).start()
    proxied = f"bolt://127.0.0.1:{listener.getsockname()[1]}"

    def on_progress(report):
        if report.articles == 250 and len(open_sockets) > 1:
            go_away()

    with graphkit.open(proxied, user=user, password=password) as kg:
        try:
            kg.ingest([news], on_progress=on_progress, jobs=1)
        except StoreError as exc:
            print("STOPPED", exc)
    with graphkit.open(uri, user=user, password=password) as kg:
        print("AFTER", kg.stats()["Article"])
        report = kg.ingest([news], jobs=1)
        print("RERUN", report.new_events, kg.stats()["Article"], kg.stats()["Event"])
''')


@pytest.mark.neo4j
def test_a_server_gone_mid_ingest_stops_the_run_at_once_and_a_rerun_completes_it(
        tmp_path, neo4j_clean, neo4j_credentials):
    news = write_news(tmp_path / "news", 420)
    script = tmp_path / "gone.py"
    script.write_text(GONE_SCRIPT, encoding="utf-8")
    env = {**os.environ, "NEO4J_RETRY_TIMEOUT": "2", "PYTHONPATH": str(PROJECT)}
    started = time.monotonic()
    try:
        done = subprocess.run([sys.executable, str(script), neo4j_credentials["uri"],
                               neo4j_credentials["user"], neo4j_credentials["password"],
                               str(news)], capture_output=True, text=True, env=env,
                              timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("the ingest kept retrying a server that had gone away")
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stderr[-2000:]
    stopped = next(line for line in lines if line.startswith("STOPPED"))
    assert "cannot reach Neo4j" in stopped
    assert "the 200 articles written before it are stored" in stopped
    assert "run the same command again" in stopped
    assert "AFTER 200" in lines          # whole batches only
    embedded = tmp_path / "kg"
    assert run("ingest", str(news), "--store", str(embedded), "-q").exit_code == 0
    with graphkit.open(embedded) as kg:
        articles, events = kg.stats()["Article"], kg.stats()["Event"]
    assert f"RERUN {events - 200} {articles} {events}" in lines  # the rest, nothing twice
    assert time.monotonic() - started < 120


def test_a_store_that_cannot_be_reached_is_not_retried_article_by_article(tmp_path):
    from graphkit.errors import StoreUnavailable
    from graphkit.pipeline import write_each_good
    from graphkit.store.embedded import EmbeddedStore

    class GoneStore(EmbeddedStore):
        calls = 0

        def write(self, extractions):
            GoneStore.calls += 1
            raise StoreUnavailable("cannot reach the server")

    news = write_news(tmp_path / "news", 3)
    batch = list(KnowledgeGraph().iter_extract([str(news)], jobs=1))
    with pytest.raises(StoreUnavailable), GoneStore(tmp_path / "kg") as store:
        write_each_good(store, batch)
    assert GoneStore.calls == 1


@pytest.mark.neo4j
def test_a_tls_scheme_against_a_server_without_tls_is_one_line_naming_the_plain_scheme(
        neo4j_credentials):
    address = neo4j_credentials["uri"].split("://", 1)[1]
    # (a process of its own: the driver's log lines reach stderr only outside pytest)
    done = subprocess.run([sys.executable, "-m", "graphkit", "stats", "--neo4j",
                           f"neo4j+s://{address}", "--neo4j-user", neo4j_credentials["user"],
                           "--neo4j-password", neo4j_credentials["password"]],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(PROJECT)})
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert done.stderr.startswith("Error: cannot reach Neo4j")
    assert "use neo4j://" in done.stderr


# -- kill -9 of an ingest: its worker processes end with it, silently -------------------------

def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(p) for p in (task / "children").read_text().split()]
    return found


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")
def test_killing_an_ingest_ends_its_workers_without_a_traceback(tmp_path):
    news = write_news(tmp_path / "news", 1000)
    log = tmp_path / "stderr.txt"
    with log.open("w") as stderr:
        ingest = subprocess.Popen([sys.executable, "-m", "graphkit", "ingest", str(news),
                                   "--store", str(tmp_path / "kg"), "-q", "--jobs", "2"],
                                  stderr=stderr, stdout=subprocess.DEVNULL,
                                  env={**os.environ, "PYTHONPATH": str(PROJECT)})
        deadline = time.monotonic() + 120
        while len(workers := _children(ingest.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(workers) == 2, "the ingest started no workers"
        time.sleep(1)  # (they are extracting)
        os.kill(ingest.pid, signal.SIGKILL)
        ingest.wait()
        deadline = time.monotonic() + 30
        while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
    assert not any(Path(f"/proc/{w}").exists() for w in workers), "a worker outlived the kill"
    assert "Traceback" not in log.read_text()


# -- a folder's files that are no articles: one warning, not silence --------------------------

def test_a_folder_walk_names_the_files_it_does_not_read(tmp_path):
    news = write_news(tmp_path / "news", 2)
    (news / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    (news / "notes.md").write_text("Minutes of the Lindhaven meeting.\n", encoding="utf-8")
    (news / ".draft.txt").write_text("hidden\n", encoding="utf-8")
    (news / "n0000.gold.json").write_text("{}", encoding="utf-8")
    result = run("ingest", str(news), "--store", str(tmp_path / "kg"), "-q")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"Warning: {news}: 2 files not read, the name ending in none of .txt .html .htm .jsonl "
        ".json .rss .atom .rdf .xml: notes.md, photo.png"]
    with graphkit.open(tmp_path / "kg") as kg:
        assert kg.stats()["Article"] == 2


# -- progress: counts that hold, and a line now and then in a log -----------------------------

def test_an_ingest_logging_to_a_file_shows_progress_lines_of_what_is_read_and_stored(
        tmp_path, capsys):
    from graphkit.progress import ingest_progress

    news = write_news(tmp_path / "news", 3)
    with graphkit.open(tmp_path / "kg") as kg, ingest_progress(every=0) as on_progress:
        kg.ingest([str(news)], on_progress=on_progress, jobs=1)
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(" (")[0] for line in lines] == [
        f"Progress: {n} articles read, {n} events, 0 articles stored, 0 failed" for n in (1, 2, 3)]
    assert all(re.search(r" \(\d+:\d\d:\d\d\)$", line) for line in lines)


# -- --encoding on a mixed batch: the UTF-8 files stay UTF-8 ----------------------------------

def test_encoding_latin1_on_a_mixed_folder_leaves_its_utf8_files_as_written(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "latin1.txt").write_bytes(
        "PUBLISHED: 2025-04-02\n\nPresident Arlen Voss of France met Foreign Minister Ilse "
        "Marrow of Germany at the Café Lindhaven on Tuesday.\n".encode("latin-1"))
    (news / "utf8.txt").write_text(
        "PUBLISHED: 2025-04-04\n\nPresident Zoë Kärnten of Norway met President Maren Oduya "
        "of Kenya in Saltreach on Thursday.\n", encoding="utf-8")
    (news / "utf16.txt").write_text(
        "PUBLISHED: 2025-04-05\n\nPrime Minister Tobin Karsk of Poland met President Maren "
        "Oduya of Kenya in Korvel on Friday.\n", encoding="utf-16")
    result = run("extract", str(news), "--encoding", "latin-1")
    assert result.exit_code == 0, result.output
    evidence = [json.loads(line)["evidence"] for line in result.stdout.splitlines()]
    assert any("Café Lindhaven" in e for e in evidence)
    assert any("Zoë Kärnten" in e for e in evidence)
    assert any("Tobin Karsk" in e for e in evidence)
    assert "Ã" not in result.stdout


# -- the help examples of extract, ingest, load and reindex run as written ---------------------

@pytest.mark.parametrize("command", ["extract", "ingest", "load", "reindex"])
def test_help_examples_of_the_writing_commands_run_in_a_checkout(command, tmp_path, monkeypatch):
    import shlex
    import shutil

    shutil.copytree(PROJECT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    store = str(tmp_path / "graphkit-data")
    assert run("ingest", "examples/", "--store", store, "--quiet").exit_code == 0
    text = main.commands[command].help or ""
    examples = [line.strip() for line in text.split("Example:", 1)[1].splitlines()
                if line.strip().startswith("graphkit ")]
    assert examples
    for example in examples:
        if "--neo4j" in example:  # (a server of the user's own)
            continue
        words, _, out = example.partition(" > ")
        args = shlex.split(words)[1:]
        if args[0] in ("ingest", "load", "reindex"):
            args += ["--store", store]
        result = run(*args)
        assert result.exit_code == 0, f"{example}: {result.output}"
        if out:
            Path(out).write_text(result.stdout, encoding="utf-8")


# -- a mistyped file name given to extract is an error, not an article of that text -------------

def test_extract_of_a_file_that_is_not_there_is_an_error_not_an_empty_article(tmp_path,
                                                                               monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("extract", "news/2025-03-04-cal.txt", "news-typo/")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "Error: news/2025-03-04-cal.txt: no such file or directory",
        "Error: news-typo: no such file or directory"]
    from graphkit.errors import LoadError

    with pytest.raises(LoadError, match="no such file"):
        KnowledgeGraph().extract("news/2025-03-04-cal.txt")


# -- two writers into one Neo4j database at once --------------------------------------------

@pytest.mark.neo4j
def test_two_writers_into_neo4j_at_once_store_each_event_once(tmp_path, neo4j_clean,
                                                              neo4j_credentials, monkeypatch):
    """Each meeting is reported twice, once in each folder, and two writers store them at the
    same moment: each must resolve against what the other committed. (Both writers' planning
    is held until the other's has begun, or 5 s: so the two reads coincide unless the
    writes take turns.)"""
    import threading

    from graphkit.pipeline import write_extractions
    from graphkit.store import neo4j_write

    folders = [write_news(tmp_path / "met", 40),
               write_news(tmp_path / "talks", 40, verb="held talks with", site="wire")]
    kg = KnowledgeGraph()
    batches = [list(kg.iter_extract([folder], jobs=1)) for folder in folders]
    together = threading.Barrier(2, timeout=5)
    plan = neo4j_write.plan_write

    def plan_together(*args, **kwargs):
        with contextlib.suppress(threading.BrokenBarrierError):
            together.wait()
        return plan(*args, **kwargs)

    monkeypatch.setattr(neo4j_write, "plan_write", plan_together)
    credentials = {"user": neo4j_credentials["user"], "password": neo4j_credentials["password"]}
    errors: list[BaseException] = []

    def write(batch):
        try:
            with graphkit.open(neo4j_credentials["uri"], **credentials) as store:
                write_extractions(batch, store.store, batch_size=100)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    writers = [threading.Thread(target=write, args=(batch,)) for batch in batches]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(120)
    assert not errors
    monkeypatch.setattr(neo4j_write, "plan_write", plan)
    with graphkit.open(tmp_path / "kg") as embedded:
        embedded.ingest([str(f) for f in folders], jobs=1)
        expected = embedded.stats()
    with graphkit.open(neo4j_credentials["uri"], **credentials) as stored:
        assert stored.stats() == expected


def test_the_pooled_evaluate_example_of_the_help_runs_in_a_checkout(monkeypatch):
    import shlex

    monkeypatch.chdir(PROJECT)
    [example] = [line.strip() for line in (main.commands["evaluate"].help or "").splitlines()
                 if line.strip().startswith("graphkit evaluate tests/")]
    result = run(*shlex.split(example)[1:])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["gold"] > 0


def test_a_store_failure_that_stops_an_ingest_still_names_the_inputs_that_failed_before(
        tmp_path, monkeypatch):
    from graphkit.errors import StoreUnavailable
    from graphkit.store.embedded import EmbeddedStore

    news = write_news(tmp_path / "news", 250)
    (news / "a-empty.txt").write_text("", encoding="utf-8")
    write = EmbeddedStore.write
    writes = []

    def second_fails(self, extractions):
        writes.append(len(extractions))
        if len(writes) == 2:
            raise StoreUnavailable("cannot reach the disk")
        return write(self, extractions)

    monkeypatch.setattr(EmbeddedStore, "write", second_fails)
    result = run("ingest", str(news), "--store", str(tmp_path / "kg"), "-q", "--jobs", "1")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {news / 'a-empty.txt'}: is empty (0 bytes)",
        "Error: cannot reach the disk; the run stopped: the 200 articles written before it "
        "are stored, the rest not; run the same command again to write the rest (what is "
        "stored is not written twice)"]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")
def test_ctrl_c_of_an_ingest_says_what_is_stored_and_its_workers_stay_quiet(tmp_path):
    news = write_news(tmp_path / "news", 1000)
    ingest = subprocess.Popen([sys.executable, "-m", "graphkit", "ingest", str(news),
                               "--store", str(tmp_path / "kg"), "--jobs", "2"],
                              stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                              start_new_session=True,
                              env={**os.environ, "PYTHONPATH": str(PROJECT)})
    deadline = time.monotonic() + 120
    while len(_children(ingest.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1)
    os.killpg(ingest.pid, signal.SIGINT)  # (what Ctrl-C does: the terminal's whole group)
    _, stderr = ingest.communicate(timeout=60)
    assert ingest.returncode == 130, stderr
    [line] = stderr.splitlines()
    assert re.fullmatch(r"Interrupted: the run stopped: (the \d+ articles written before it "
                        r"are stored|nothing of this run was stored), the rest not; run the "
                        r"same command again to write the rest \(what is stored is not "
                        r"written twice\)", line)
