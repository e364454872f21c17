"""graphkit: news articles in, a diplomatic event knowledge graph out.

The pipeline runs one way: load -> extract -> resolve -> store -> query -> report/export.
"""

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
    "LoadError", "Participant", "QueryError", "StoreError",
]
__version__ = "0.1.0"
