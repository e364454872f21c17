"""Fixtures shared by the extractor tests in this folder."""

from __future__ import annotations

import pytest

from graphkit.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The extractor with the real English model, built once per test module."""
    return Extractor()


@pytest.fixture(scope="module")
def rules_only() -> Extractor:
    """The rules without the learned detector, for behaviours that are the rules' own."""
    return Extractor(detector=False)
