"""An import is checked whole, then written in batches: what a store failure leaves, and
that importing again finishes the job."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graphkit.errors import StoreError
from graphkit.imports import import_events
from graphkit.model import Extraction
from graphkit.store import EmbeddedStore, Store
from graphkit.store.base import WriteCounts

DATA = Path(__file__).resolve().parent / "data"
GDELT = DATA / "20240313181500.export.CSV"


class StoreFailingAfter(EmbeddedStore):
    """An embedded store whose writes fail once ``writes`` of them have been committed
    (a disk filling up, a server going away part way through an import)."""

    def __init__(self, path: Path, writes: int) -> None:
        super().__init__(path)
        self.writes_left = writes

    def write(self, extractions: Sequence[Extraction]) -> WriteCounts:
        if self.writes_left == 0:
            raise StoreError(f"cannot write to {self.path}: disk full")
        self.writes_left -= 1
        return super().write(extractions)


def graph_rows(store: Store) -> tuple[list[Any], list[Any]]:
    graph: nx.MultiDiGraph = store.to_networkx()
    return sorted(graph.nodes(data=True)), sorted(graph.edges(keys=True, data=True))


def test_batches_of_one_article_give_the_graph_of_one_batch(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "one") as whole, EmbeddedStore(tmp_path / "many") as batched:
        import_events(GDELT, whole, fmt="gdelt")
        report = import_events(GDELT, batched, fmt="gdelt", batch_size=1)

        assert graph_rows(batched) == graph_rows(whole)
    assert report.stored == report.articles == 4


def test_a_store_failing_part_way_keeps_whole_batches_and_says_how_many(tmp_path: Path) -> None:
    with StoreFailingAfter(tmp_path / "kg", writes=1) as store:
        with pytest.raises(StoreError) as failed:
            import_events(GDELT, store, fmt="gdelt", batch_size=1)

        assert "1 of 4 articles were written before this" in str(failed.value)
        assert "importing the file again writes the rest" in str(failed.value)
        assert store.counts()["Article"] == 1


def test_importing_again_after_a_failure_finishes_the_import(tmp_path: Path) -> None:
    with StoreFailingAfter(tmp_path / "kg", writes=2) as store:
        with pytest.raises(StoreError):
            import_events(GDELT, store, fmt="gdelt", batch_size=1)
        store.writes_left = -1  # the disk has room again

        again = import_events(GDELT, store, fmt="gdelt", batch_size=1)

        with EmbeddedStore(tmp_path / "clean") as clean:
            import_events(GDELT, clean, fmt="gdelt")
            assert graph_rows(store) == graph_rows(clean)
    assert again.new_events == 1  # the event of the articles the failure left unwritten
