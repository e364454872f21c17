"""A battery of invented sentences for the modality of events (issue 8): what a story tells
as planned, possible, threatened, denied, called off or only rumoured is no event that
happened, and only what happened is gold. Each case names the types the sentence must (or
must not) tell as asserted; the test modules ``test_modality_*`` run one class each."""

from __future__ import annotations

from extract.helpers import _events

# (sentence, {type: expected}); "asserted": the sentence tells an event of that type as
# having happened; any other modality: it tells none of that type as having happened.
Case = tuple[str, dict[str, str]]

ILVANE = "Chilean President Marta Ilvane"
VERRICK = "Peruvian President Tomas Verrick"


def check(extractor, case: Case) -> None:
    """The sentence's asserted events are those the case expects."""
    text, expected = case
    events = _events(extractor, text)
    for type_, modality in expected.items():
        asserted = [e for e in events if e.type == type_ and e.modality == "asserted"]
        if modality == "asserted":
            assert asserted, f"no asserted {type_}: {[(e.type, e.modality) for e in events]}"
        else:
            assert not asserted, f"{type_} told as asserted, not {modality}"
            assert all(e.modality in (modality, "planned", "hypothetical", "negated")
                       for e in events if e.type == type_)
