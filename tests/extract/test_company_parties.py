"""A party named in company of the subject ("X, along with Y, ...", "together with Y")
acts beside it; for a symmetric type only beside a counterpart named otherwise (invented
people)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _roles(event) -> dict[str, set[str | None]]:
    found: dict[str, set[str | None]] = {}
    for p in event.participants:
        found.setdefault(p.role, set()).add(p.actor.country)
    return found


@pytest.mark.parametrize(("text", "type_"), [
    ("Chile, along with Peru, accused Bolivia of violating the truce on Monday.", "ACCUSE"),
    ("Chile, together with Peru, imposed sanctions on Bolivia on Monday.", "SANCTION"),
])
def test_a_party_in_company_of_the_subject_is_a_source(extractor, text, type_):
    events = _asserted(_events(extractor, text), type_)
    assert events and _roles(events[0]) == {"source": {"CHL", "PER"}, "target": {"BOL"}}


def test_a_party_in_company_of_the_speaker_speaks_too(extractor):
    events = _asserted(_events(extractor, "Chile, along with Peru, firmly denied the "
                                          "allegations on Monday."), "STATEMENT")
    assert events and _roles(events[0]) == {"speaker": {"CHL", "PER"}}


def test_a_symmetric_type_takes_a_companion_only_beside_a_counterpart(extractor):
    met = _asserted(_events(extractor, "Chile, along with Peru, met Bolivia in Valdomar on "
                                       "Monday."), "MEET")
    assert met and {a.country for a in met[0].actors} == {"CHL", "PER", "BOL"}
    # co-mediators are on one side: no agreement between them
    mediated = _events(extractor, "Chile, along with Peru, has mediated a ceasefire since May.")
    assert not _asserted(mediated, "AGREE")
