"""graphkit installs as a wheel: ``pip install .`` into a fresh virtual environment, then
``graphkit ingest`` and a query work from any folder (schema/ and queries/ ship inside).

The wheel is built without the network (``--no-build-isolation``, the test extra's
setuptools) and installed with ``--no-deps`` into a new venv that sees the project venv's
dependencies through a ``.pth`` file, so nothing is downloaded and the editable checkout is
not on the new venv's path.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True,
                          timeout=600, env=env)
    assert done.returncode == 0, f"{args[0]} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_wheel_installs_and_ingests_from_any_folder(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    _run(sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", dist, cwd=tmp_path)
    wheel = next(dist.glob("graphkit-*.whl"))

    target = tmp_path / "venv"
    venv.create(target, with_pip=False)
    python = target / "bin" / "python"
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                     cwd=tmp_path).strip())
    # the project venv's packages (spaCy, its model, networkx...) without its editable graphkit
    (site / "project_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
         "-q", wheel, cwd=tmp_path)

    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(ROOT / "examples", elsewhere / "news")
    env = {k: v for k, v in os.environ.items()
           if k not in ("NEO4J_URI", "GRAPHKIT_STORE", "GRAPHKIT_SCHEMA_DIR",
                        "GRAPHKIT_QUERIES_DIR", "PYTHONPATH")}
    graphkit = target / "bin" / "graphkit"
    where = _run(python, "-c", "import graphkit, graphkit.resources as r; "
                 "print(graphkit.__file__); print(r.schema_dir()); print(r.queries_dir())",
                 cwd=elsewhere, env=env).split()
    assert all(Path(p).is_relative_to(site) for p in where), where
    _run(graphkit, "ingest", "news", "--quiet", cwd=elsewhere, env=env)
    answer = json.loads(_run(graphkit, "first-contact", "Macron", "Erdogan", "--on", "2024-11-04",
                             "--format", "json", cwd=elsewhere, env=env))
    assert answer["previous_contact"]["date"] == "2024-02-13"
    assert (elsewhere / "graphkit-data").is_dir()
