"""Two sides that expel each other's envoys make two expulsions, one each way
(``reciprocal_each_way`` of mentions.yaml). Sentences written for these tests (invented
people)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def _directions(event) -> tuple[str | None, str | None]:
    roles = {p.role: p.actor.country for p in event.participants}
    return roles.get("source"), roles.get("target")


def test_expelling_each_others_envoys_is_one_expulsion_each_way(extractor):
    events = _events(extractor, "Chile and Peru expelled each other's ambassadors on Monday "
                                "after the row over the Valdomar fisheries.")
    assert {_directions(e) for e in _asserted(events, "EXPEL")} == {("CHL", "PER"), ("PER", "CHL")}
