"""An event's confidence: the calibrated share of such events that are true, read from the
detector's probability through the curve of the group that found the event.

Invented sentences and hand-made detectors and curves: no trained weights are needed."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pytest

from graphkit.extract import Extractor
from graphkit.extract.calibration import (
    DETECTOR,
    MIN_TYPE_CELLS,
    POOLED,
    RULES,
    ConfidenceMap,
    Curve,
    fit_confidence_map,
    fit_curve,
)
from graphkit.extract.learned import EventDetector
from graphkit.model import Article
from graphkit.training_labels import TYPES

EXPULSION = "Peru expelled three Norwegian diplomats on Monday."
# a reproach in a word no trigger rule knows, which the hand-made detector adds
REPROACH = "Kenya's foreign minister Arlen Voss berated Chile over the seizure of the fishing fleet."
FLAT = ConfidenceMap({RULES: {POOLED: Curve((0.0, 1.0), (0.83, 0.83))},
                      DETECTOR: {POOLED: Curve((0.0, 1.0), (0.41, 0.41))}})


def _detector(weights: dict[tuple[str, str], float],
              calibration: ConfidenceMap | None = None) -> EventDetector:
    features = sorted({f for f, _ in weights}) or ["w:unused"]
    matrix = np.zeros((len(TYPES), len(features)), dtype=np.float32)
    for (feature, type_name), weight in weights.items():
        matrix[TYPES.index(type_name), features.index(feature)] = weight
    return EventDetector(TYPES, features, matrix, np.full(len(TYPES), -6.0), dict.fromkeys(TYPES, 0.5),
                         dict.fromkeys(TYPES, 0.0), calibration=calibration)


def _events(extractor: Extractor, text: str, type_name: str) -> list:
    found = extractor.extract(Article(id="t", text=text, published=date(2025, 3, 14))).events
    return [e for e in found if e.type == type_name]


@pytest.fixture(scope="module")
def nlp(rules_only):
    return rules_only.nlp


def test_a_fitted_curve_never_falls_as_the_probability_rises():
    # true shares that fall and rise again along the probability
    cells = ([(0.05, True)] * 6 + [(0.05, False)] * 2 + [(0.3, True)] * 2 + [(0.3, False)] * 6
             + [(0.6, True)] * 7 + [(0.6, False)] * 3 + [(0.9, True)] * 9 + [(0.9, False)])
    curve = fit_curve(cells)
    values = [curve(p / 100) for p in range(101)]
    assert values == sorted(values)
    assert values[-1] > values[0]


def test_a_block_of_few_cells_is_pulled_towards_the_share_of_all_cells():
    cells = [(0.2, False)] * 40 + [(0.5, True)] * 40 + [(0.99, True)]
    curve = fit_curve(cells)
    # one true cell at 0.99 says little: its share stays under 1, near the blocks below
    assert curve(0.99) < 0.99
    assert curve(0.2) > 0.0


def test_a_thin_type_reads_the_pooled_curve_moved_towards_its_own_share():
    many = [(0.9, True)] * MIN_TYPE_CELLS + [(0.1, False)] * MIN_TYPE_CELLS
    few = [(0.9, False)] * 3
    fitted = fit_confidence_map({RULES: {"MEET": many, "EXPEL": few}})
    pooled = fitted.curves[RULES][POOLED]
    # three false expulsions: under the pooled curve, by less than the whole gap
    assert fitted.curves[RULES]["EXPEL"].xs == pooled.xs
    assert 0.0 < fitted.confidence("EXPEL", 0.9, RULES) < round(pooled(0.9), 3)
    # a type with no cells at all reads the pooled curve itself
    assert fitted.confidence("ARREST", 0.9, RULES) == round(pooled(0.9), 3)


def test_a_rule_events_confidence_comes_from_the_rules_curve(nlp):
    # the detector finds the expulsion most unlikely (p 0.002); events like it are true 83% of the time
    (event,) = _events(Extractor(nlp=nlp, detector=_detector({}, FLAT)), EXPULSION, "EXPEL")
    assert event.confidence == 0.83


def test_an_event_the_detector_adds_takes_the_detectors_curve(nlp):
    detector = _detector({("w:berate", "ACCUSE"): 9.0}, FLAT)
    (event,) = _events(Extractor(nlp=nlp, detector=detector), REPROACH, "ACCUSE")
    assert event.confidence == 0.41


def test_the_map_changes_no_decision_only_the_confidence(nlp):
    weights = {("w:berate", "ACCUSE"): 9.0}
    text = f"{EXPULSION} {REPROACH}"
    plain = Extractor(nlp=nlp, detector=_detector(weights)).extract(Article(id="t", text=text)).events
    mapped = Extractor(nlp=nlp, detector=_detector(weights, FLAT)).extract(Article(id="t", text=text)).events
    assert [e.id for e in plain] == [e.id for e in mapped]
    assert [e.confidence for e in plain] != [e.confidence for e in mapped]


def test_the_confidence_map_survives_a_save_and_load(tmp_path):
    curves = ConfidenceMap({RULES: {POOLED: Curve((0.01, 0.5, 0.97), (0.6, 0.8, 0.95)),
                                    "MEET": Curve((0.1, 0.9), (0.7, 0.99))},
                            DETECTOR: {POOLED: Curve((0.3, 0.9), (0.45, 0.9))}})
    _detector({}, curves).save(tmp_path / "d.npz")
    again = EventDetector.load(tmp_path / "d.npz").calibration
    assert again == curves


def test_a_detector_file_without_a_map_reports_the_probability_itself(tmp_path, nlp):
    _detector({}).save(tmp_path / "old.npz")
    older = EventDetector.load(tmp_path / "old.npz")
    assert older.calibration is None
    (event,) = _events(Extractor(nlp=nlp, detector=older), EXPULSION, "EXPEL")
    assert event.confidence == round(1 / (1 + math.exp(6.0)), 3)  # the probability, as before the map
