"""The rule files' word lists hold words: YAML 1.1 reads a bare ``on``, ``off``, ``yes`` or
``no`` as a boolean, so an unquoted preposition silently became ``True`` and never matched."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from graphkit.resources import schema_dir

SCHEMA_FILES = sorted(Path(schema_dir()).glob("*.yaml"))


def _booleans(node, path: str):
    """The places in a loaded YAML tree where a list item or a key is a boolean."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            if isinstance(item, bool):
                yield f"{path}[{i}]"
            yield from _booleans(item, f"{path}[{i}]")
    elif isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, bool):
                yield f"{path}.{key} (key)"
            yield from _booleans(value, f"{path}.{key}")


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_no_word_list_holds_a_boolean(path):
    assert list(_booleans(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)) == []


def test_a_bare_on_in_a_list_is_caught():
    assert list(_booleans(yaml.safe_load("preps: [in, on]"), "t")) == ["t.preps[1]"]
