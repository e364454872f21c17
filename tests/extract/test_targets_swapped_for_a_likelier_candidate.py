"""A directed act of two sides whose target the learned participant scorer finds far less
likely than a candidate of a third side the sentence names takes that candidate as its
target, when the margin reaches the scorer's ``swap`` (chosen in training on held-out
reads, :func:`graphkit.training.choose_swap`); weights without it never swap; an argument
of the event's own word is never swapped."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from extract.helpers import _asserted, _events

from graphkit.evaluate import GoldEvent, GoldFile
from graphkit.extract import Extractor
from graphkit.extract.learned import EventDetector
from graphkit.extract.participants import ParticipantScorer
from graphkit.model import Actor, Event, Participant
from graphkit.training import choose_swap, unswapped
from graphkit.training_labels import TYPES

FUND = "Kenya is providing 7 million euros for the Harambee Relief Fund and 2 million euros for Chile."
UNION = ("Kenya said on Friday it was expelling a Chilean diplomat over interference in the "
         "affairs of the African Union.")
OWN_WORD = "Kenya fired its new Simba missile at a Chilean port on Friday."


def _scoring(swap: float | None, country: float = 6.0) -> EventDetector:
    """A detector that adds nothing, whose participant scorer finds a country a likely
    party (``country``: its weight) and anything else unlikely, swapping at ``swap``."""
    detector = EventDetector(TYPES, [], np.zeros((len(TYPES), 0), dtype=np.float32),
                             np.full(len(TYPES), -6.0), dict.fromkeys(TYPES, 0.99),
                             dict.fromkeys(TYPES, 0.0))
    detector.participants = ParticipantScorer(["kind:country"], np.array([country], dtype=np.float32),
                                              -3.0, 0.5, swap)
    return detector


@pytest.fixture(scope="module")
def nlp(rules_only: Extractor):  # type: ignore[no-untyped-def]
    return rules_only.nlp


def _parties(nlp, detector: EventDetector, text: str, type_name: str) -> list[tuple[str | None, str]]:  # type: ignore[no-untyped-def]
    (event,) = _asserted(_events(Extractor(nlp=nlp, detector=detector), text), type_name)
    return [(p.actor.name, p.role) for p in event.participants]


@pytest.mark.parametrize(("text", "type_name"), [
    pytest.param(FUND, "AID", id="aid counted to a fund, given to a state"),
    pytest.param(UNION, "ACCUSE", id="interference in a body's affairs blamed on a state"),
])
def test_a_target_far_less_likely_than_a_third_side_is_swapped_for_it(nlp, text, type_name):  # type: ignore[no-untyped-def]
    assert _parties(nlp, _scoring(0.4), text, type_name) == [("Kenya", "source"), ("Chile", "target")]


@pytest.mark.parametrize("detector", [
    pytest.param(_scoring(None), id="weights without a swap margin"),
    pytest.param(_scoring(0.4, country=2.0), id="a candidate likelier by less than the margin"),
])
def test_a_target_stays_unless_the_margin_is_reached(nlp, detector):  # type: ignore[no-untyped-def]
    assert _parties(nlp, detector, FUND, "AID")[1] == ("Harambee Relief Fund", "target")


def test_an_argument_of_the_events_own_word_is_never_swapped(nlp):  # type: ignore[no-untyped-def]
    assert _parties(nlp, _scoring(0.0, country=-6.0), OWN_WORD, "ATTACK") == [("Kenya", "source"),
                                                                              ("Chile", "target")]


def test_the_swap_margin_survives_a_save_and_load_and_old_weights_have_none(tmp_path: Path):
    _scoring(0.35).save(tmp_path / "swapping.npz")
    _scoring(None).save(tmp_path / "plain.npz")
    swapping = EventDetector.load(tmp_path / "swapping.npz").participants
    plain = EventDetector.load(tmp_path / "plain.npz").participants
    assert swapping is not None and swapping.swap == pytest.approx(0.35)
    assert plain is not None and plain.swap is None


# -- choosing the margin on held-out reads -------------------------------------------------

KEN = Actor(id="country:KEN", name="Kenya", kind="country", country="KEN")
CHL = Actor(id="country:CHL", name="Chile", kind="country", country="CHL")
PER = Actor(id="country:PER", name="Peru", kind="country", country="PER")


def _read(n: int, swapped_in: Actor, gold_target: str) -> tuple[GoldFile, list[Event]]:
    """Article ``n``: Kenya's accusation read with its target Peru swapped for
    ``swapped_in``, where gold names ``gold_target``."""
    text = f"Kenya accused {n}."
    gold = GoldEvent(f"a{n}", "ACCUSE", frozenset({"ACCUSE"}), (("Kenya", "KEN"), (None, gold_target)),
                     None, text)
    event = Event(id=f"e{n}", article_id=f"a{n}", type="ACCUSE",
                  participants=(Participant(KEN, "source"), Participant(swapped_in, "target")),
                  evidence=text, span=(0, len(text)))
    return GoldFile(f"a{n}", Path(f"a{n}"), [gold], [], []), [event]


def test_the_margin_keeps_the_swaps_that_name_gold_and_undoes_the_others():
    # three wide margins name the gold target; two narrow ones replaced the gold target
    reads = [_read(n, CHL, "CHL") for n in range(3)] + [_read(n, CHL, "PER") for n in range(3, 5)]
    swaps = [(f"a{n}", 0, "ACCUSE", CHL.id, PER, 0.6) for n in range(3)]
    swaps += [(f"a{n}", 0, "ACCUSE", CHL.id, PER, 0.2) for n in range(3, 5)]
    cut = choose_swap(reads, swaps)
    assert cut is not None and 0.2 < cut <= 0.6
    (kept,) = unswapped(reads[0][1], swaps, cut)
    (undone,) = unswapped(reads[3][1], swaps, cut)
    assert kept.participants[1].actor == CHL and undone.participants[1].actor == PER


def test_no_margin_where_swapping_never_pays():
    reads = [_read(n, CHL, "PER") for n in range(4)]
    swaps = [(f"a{n}", 0, "ACCUSE", CHL.id, PER, 0.9) for n in range(4)]
    assert choose_swap(reads, swaps) is None
