"""``graphkit contacts`` and ``timeline`` show one page of rows (``--limit``, ``--offset``)
and say on standard error when more follow."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from query.world import world

from graphkit.cli import main
from graphkit.store import EmbeddedStore


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("paging") / "kg"
    with EmbeddedStore(path) as store:
        store.write(world())
    return str(path)


# (the store named by --store, whatever the environment names)
_ENV = {"NEO4J_URI": None, "GRAPHKIT_STORE": None}


def _rows(store_path: str, *args: str) -> tuple[list[dict], str]:
    result = CliRunner().invoke(main, [*args, "--format", "json", "--store", store_path],
                                env=_ENV, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


@pytest.mark.parametrize("command", [["contacts", "Aragorn Elessar", "Faramir Hurin"],
                                     ["timeline", "Faramir Hurin"]])
def test_limit_shows_a_page_and_says_more_follow(store_path: str, command: list[str]) -> None:
    every, note = _rows(store_path, *command, "--limit", "0")
    assert len(every) >= 3 and note == ""
    first, note = _rows(store_path, *command, "--limit", "2")
    assert first == every[:2]
    assert "--offset 2 for the next page" in note
    rest, note = _rows(store_path, *command, "--offset", "2", "--limit", str(len(every)))
    assert rest == every[2:] and note == ""


def test_the_default_page_holds_every_row_of_a_small_graph(store_path: str) -> None:
    shown, note = _rows(store_path, "timeline", "Faramir Hurin")
    every, _ = _rows(store_path, "timeline", "Faramir Hurin", "--limit", "0")
    assert shown == every and note == ""


def test_a_negative_limit_is_a_usage_error(store_path: str) -> None:
    result = CliRunner().invoke(main, ["contacts", "Aragorn Elessar", "Faramir Hurin", "--limit", "-1",
                                       "--store", str(store_path)], env=_ENV)
    assert result.exit_code == 2 and "--limit" in result.stderr
