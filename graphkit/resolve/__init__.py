"""Cross-article resolution: one Actor per person, one Event per real-world event.

The stage sits between extraction and the store (load -> extract -> **resolve** -> store) and
is pure Python over model objects and graph rows, so both stores resolve identically:

- :mod:`graphkit.resolve.actors`: :class:`ActorResolver` gives each actor of an extraction
  its canonical id (run by the pipeline on each extraction);
- :mod:`graphkit.resolve.events`: an article's events become reports, and the reports of
  all articles are clustered into Events (:func:`cluster`, :func:`resolve_reports`);
- :mod:`graphkit.resolve.rules`: the rules of ``schema/resolution.yaml``.

The stores' write-diff planner, which calls the clustering on what a write touches, is
:mod:`graphkit.store.planner`.
"""

from graphkit.resolve.actors import MERGED_FIELDS, ActorResolver, merge_actor
from graphkit.resolve.events import (
    EVENT_FIELDS,
    MENTION_FIELDS,
    Cluster,
    FamilyRows,
    article_reports,
    cluster,
    contact_siblings,
    day_ordinal,
    family_key,
    participant_key,
    resolve_reports,
    stored_report,
)
from graphkit.resolve.rules import RULES_FILE, ResolutionRules, name_key

__all__ = ["EVENT_FIELDS", "MENTION_FIELDS", "MERGED_FIELDS", "RULES_FILE", "ActorResolver", "Cluster",
           "FamilyRows", "ResolutionRules", "article_reports", "cluster", "contact_siblings",
           "day_ordinal", "family_key", "merge_actor", "name_key", "participant_key",
           "resolve_reports", "stored_report"]
