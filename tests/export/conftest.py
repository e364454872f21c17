"""Fixtures for the export tests: the sample graph, and where screenshots go."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from export_sample import sample_graph

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return sample_graph()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
