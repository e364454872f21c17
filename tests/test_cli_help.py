"""Every command documents itself: --help works and shows an example."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from graphkit.cli import main

COMMANDS = sorted(main.commands)


def test_every_issue_command_exists():
    expected = {"extract", "ingest", "first-contact", "contacts", "timeline", "cypher", "export",
                "stats", "evaluate"}
    assert expected <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help_shows_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output
    assert f"graphkit {command}" in result.output


def test_group_help_lists_commands():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.output
