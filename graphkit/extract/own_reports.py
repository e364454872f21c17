"""Acts a party reports of itself: "X said that she and Y had agreed to open talks".

Told in the pluperfect under a report, an act is older news than the report ("X claimed Y
had attacked Z"), so the date rule leaves it undated. An act the reporter took part in and
reports is the news of the report's day: the pluperfect is the report's tense shift. (Its
country's acts too was measured: a dev attack then lost its match.)
"""

from __future__ import annotations

from graphkit.extract.found import Found

# roles of the side that acts (not the one acted on)
_ACTING_ROLES = frozenset({"source", "speaker", "participant"})


def reported_by_own_side(f: Found) -> bool:
    """The event's reporter is one of its acting parties (not the one acted on)."""
    reporter = f.reporter
    if reporter is None or f.report_token is None:
        return False
    acting = [a for a, role in f.participants if role in _ACTING_ROLES]
    return any(a.id == reporter.id for a in acting)
