"""Fixtures of the fuzzing tests."""

from __future__ import annotations

import pytest

from graphkit.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()
