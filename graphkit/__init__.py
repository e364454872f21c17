"""graphkit: news articles in, a diplomatic event knowledge graph out.

The pipeline runs one way: load -> extract -> resolve -> store -> query -> report/export.
The front door is :func:`graphkit.open`, which gives a :class:`~graphkit.api.KnowledgeGraph`::

    import graphkit

    with graphkit.open("graphkit-data/") as kg:      # or graphkit.open("bolt://…")
        kg.ingest(["examples/"])
        print(kg.first_contact("Macron", "Erdogan", on="2024-11-04"))
"""

from typing import Any

from graphkit.errors import (
    ExportError,
    ExtractError,
    GraphkitError,
    LoadError,
    QueryError,
    StoreError,
)
from graphkit.model import Actor, Article, Event, EventDate, Extraction, Participant

__all__ = [
    "Actor", "Article", "Event", "EventDate", "ExportError", "Extraction", "ExtractError", "GraphkitError",
    "KnowledgeGraph", "LoadError", "Participant", "QueryError", "StoreError", "open",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # The front door is imported on first use, so `import graphkit` stays light (no store,
    # no networkx) for code that only wants the data model.
    if name in ("open", "KnowledgeGraph"):
        from graphkit import api

        return getattr(api, name)
    raise AttributeError(f"module 'graphkit' has no attribute {name!r}")
