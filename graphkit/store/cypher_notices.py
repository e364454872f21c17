"""The server's notices (WARNING and up) on a user's ad-hoc Cypher.

The store's driver asks for no notifications, so the named queries' deprecation notices never
reach users (docs/scale.md); ad-hoc Cypher asks again per session, because an unknown label or
property (often a typo) or a deprecated form is what a user debugging a query needs to see.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

# Session settings of the ad-hoc path (the driver's own default stays "OFF").
NOTICE_SESSION: dict[str, Any] = {"notifications_min_severity": "WARNING"}

log = logging.getLogger("graphkit.cypher")


@dataclass(frozen=True)
class CypherNotice:
    """One notice of the server on a query: its GQL status code (e.g. ``01N50``), severity,
    classification, title, description and 1-based position in the query text."""

    code: str
    severity: str
    classification: str
    title: str
    description: str
    line: int | None = None
    column: int | None = None

    def one_line(self) -> str:
        """The notice as one readable line (code, title, position, description)."""
        where = f" at line {self.line}, column {self.column}" if self.line else ""
        rest = f": {self.description}" if self.description else ""
        text = f"Neo4j {self.severity.lower()} {self.code} ({self.title}){where}{rest}"
        return " ".join(text.split())


def notices_of(summary: Any) -> list[CypherNotice]:
    """The notices of a driver ResultSummary, in the server's order."""
    out = []
    for status in summary.gql_status_objects:
        if not status.is_notification:
            continue
        title, description = _split(status.status_description or "")
        position = status.position
        out.append(CypherNotice(
            code=status.gql_status, severity=str(status.raw_severity or "WARNING"),
            classification=str(status.raw_classification or ""), title=title,
            description=description, line=position.line if position else None,
            column=position.column if position else None))
    return out


def _split(text: str) -> tuple[str, str]:
    """A GQL status description ("warn: label does not exist. The label ...") as its title
    and the rest."""
    _, sep, body = text.partition(": ")
    if not sep or " " in text[:text.find(": ")]:  # no "warn:"-like prefix
        body = text
    title, sep, rest = body.partition(". ")
    return (title.rstrip("."), rest.strip()) if sep else (body.rstrip("."), "")


class _Drop(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return False


@contextlib.contextmanager
def driver_log_quiet() -> Iterator[None]:
    """Keep the driver's own log line of each notice (a long repr that Python's last-resort
    handler prints) off the terminal while graphkit reports the notice itself."""
    logger = logging.getLogger("neo4j.notifications")
    drop = _Drop()
    logger.addFilter(drop)
    try:
        yield
    finally:
        logger.removeFilter(drop)


def deliver(notices: list[CypherNotice], into: list[CypherNotice] | None) -> None:
    """Hand ``notices`` to the caller's list, or log each at WARNING on ``graphkit.cypher``
    when the caller gave none (a library user then still sees them)."""
    if into is not None:
        into.extend(notices)
        return
    for notice in notices:
        log.warning("%s", notice.one_line())
