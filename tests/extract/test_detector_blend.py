"""Blending two detectors: weights trained on news that is gone, joined with weights trained
on news annotated since (``graphkit train --blend``). The blend is one linear model whose
score is the weighted sum of the two; it keeps the earlier model's thresholds, scorer and
context classes. Invented stories, people and places."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from news_files import write_gold_story

from graphkit.cli import main
from graphkit.errors import ExtractError
from graphkit.extract import Extractor
from graphkit.extract.calibration import ConfidenceMap
from graphkit.extract.learned import EventDetector, blend
from graphkit.extract.participants import ParticipantScorer
from graphkit.training import TYPES, parse_gold_dirs, train

CLASSES = np.eye(3, 96, dtype=np.float32)


def _detector(weights: dict[tuple[str, str], float], bias: float, add: float = 0.5,
              centroids: np.ndarray | None = None) -> EventDetector:
    features = sorted({f for f, _ in weights})
    matrix = np.zeros((len(TYPES), len(features)), dtype=np.float32)
    for (feature, type_name), weight in weights.items():
        matrix[TYPES.index(type_name), features.index(feature)] = weight
    return EventDetector(TYPES, features, matrix, np.full(len(TYPES), bias), dict.fromkeys(TYPES, add),
                         dict.fromkeys(TYPES, 0.0), {"trained_on": ["old/news"]}, centroids=centroids)


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


@pytest.fixture()
def earlier() -> EventDetector:
    return _detector({("w:scold", "ACCUSE"): 3.0, ("w:fleet", "ACCUSE"): 1.0}, bias=-4.0, add=0.3,
                     centroids=CLASSES)


@pytest.fixture()
def later() -> EventDetector:
    return _detector({("w:scold", "ACCUSE"): 1.0, ("w:rebuke", "ACCUSE"): 4.0}, bias=-2.0, add=0.6,
                     centroids=CLASSES)


@pytest.mark.parametrize("weight", [0.0, 0.3, 0.5, 1.0])
def test_a_blend_scores_each_type_by_the_weighted_sum_of_both_scores(earlier, later, weight):
    mixed = blend(earlier, later, weight)
    for features in (["w:scold"], ["w:rebuke", "w:fleet"], ["w:unknown"], []):
        want = (weight * _logit(earlier.probabilities(features)["ACCUSE"])
                + (1 - weight) * _logit(later.probabilities(features)["ACCUSE"]))
        assert _logit(mixed.probabilities(features)["ACCUSE"]) == pytest.approx(want, abs=1e-4)


def test_a_word_only_one_model_knows_speaks_with_that_models_share(earlier, later):
    mixed = blend(earlier, later, 0.25)
    gain = _logit(mixed.probabilities(["w:rebuke"])["ACCUSE"]) - _logit(mixed.probabilities([])["ACCUSE"])
    assert gain == pytest.approx(0.75 * 4.0, abs=1e-4)


def _with_own_settings(detector: EventDetector, threshold: float) -> EventDetector:
    """``detector`` given a veto, an add-beside threshold, a confidence map and a
    participant scorer of its own (``threshold`` tells them apart)."""
    detector.veto = dict.fromkeys(TYPES, threshold / 10)
    detector.add_beside = dict.fromkeys(TYPES, threshold)
    detector.calibration = ConfidenceMap.from_json({})
    detector.participants = ParticipantScorer(["dep:nsubj"], np.array([1.0], dtype=np.float32), 0.0,
                                              threshold)
    return detector


def test_a_blend_keeps_the_earlier_models_thresholds_map_scorer_and_classes(earlier, later):
    earlier, later = _with_own_settings(earlier, 0.4), _with_own_settings(later, 0.7)
    mixed = blend(earlier, later, 0.5)
    assert (mixed.add, mixed.add_beside, mixed.veto) == (earlier.add, earlier.add_beside, earlier.veto)
    assert mixed.add != later.add and mixed.add_beside != later.add_beside
    assert mixed.calibration is earlier.calibration and mixed.participants is earlier.participants
    assert np.array_equal(mixed.centroids, CLASSES)


def test_a_blend_records_its_own_size_and_the_earlier_models_record_whole(earlier, later):
    mixed = blend(earlier, later, 0.5)
    assert mixed.meta["features"] == len(mixed.features) == 3  # scold, fleet, rebuke
    assert mixed.meta["blended_with"] == {"trained_on": ["old/news"]} and mixed.meta["blend_weight"] == 0.5
    again = blend(mixed, later, 0.5)  # a blend of a blend keeps the whole history
    assert again.meta["blended_with"]["blended_with"] == {"trained_on": ["old/news"]}


def test_a_blend_survives_a_save_and_load(earlier, later, tmp_path):
    mixed = blend(earlier, later, 0.4)
    mixed.save(tmp_path / "b.npz")
    again = EventDetector.load(tmp_path / "b.npz")
    features = ["w:scold", "w:rebuke"]
    assert again.probabilities(features)["ACCUSE"] == pytest.approx(
        mixed.probabilities(features)["ACCUSE"], abs=1e-3)


def test_detectors_reading_other_context_classes_do_not_blend(earlier):
    other = _detector({("w:scold", "ACCUSE"): 1.0}, bias=-2.0, centroids=np.eye(4, 96, dtype=np.float32))
    with pytest.raises(ExtractError, match="context classes"):
        blend(earlier, other, 0.5)
    with pytest.raises(ExtractError, match="context classes"):
        blend(earlier, _detector({("w:scold", "ACCUSE"): 1.0}, bias=-2.0), 0.5)


def test_a_blend_weight_outside_zero_to_one_is_refused(earlier, later):
    with pytest.raises(ExtractError, match="between 0 and 1"):
        blend(earlier, later, 1.5)


def test_detectors_of_other_event_types_do_not_blend(earlier):
    other = EventDetector(["ACCUSE"], ["w:scold"], np.ones((1, 1), dtype=np.float32), np.zeros(1),
                          {"ACCUSE": 0.5}, {"ACCUSE": 0.0}, centroids=CLASSES)
    with pytest.raises(ExtractError, match="event types"):
        blend(earlier, other, 0.5)


@pytest.fixture(scope="module")
def reproaches(tmp_path_factory) -> Path:
    """Six invented stories, each a reproach in a word no trigger rule knows."""
    folder = tmp_path_factory.mktemp("gold")
    pairs = [("Kenya", "Chile", "KEN", "CHL"), ("Peru", "Norway", "PER", "NOR"),
             ("Ghana", "Japan", "GHA", "JPN"), ("Chile", "Kenya", "CHL", "KEN"),
             ("Norway", "Peru", "NOR", "PER"), ("Japan", "Ghana", "JPN", "GHA")]
    for n, (a, b, ca, cb) in enumerate(pairs):
        reproach = f"{a} upbraided {b} over the grain convoy."
        write_gold_story(folder, f"t{n % 2 + 1}_{n:02d}_story",
                         f"{reproach} The port of the capital was calm.",
                         [{"type": "ACCUSE", "actors": [a, b], "countries": [ca, cb],
                           "date": "2025-03-14", "evidence": reproach}])
    return folder


def test_training_given_classes_reads_them_instead_of_fitting_its_own(reproaches):
    files = parse_gold_dirs([reproaches], Extractor(detector=False))
    trained = train(files, inner_folds=0, centroids=CLASSES)
    assert np.array_equal(trained.centroids, CLASSES)
    assert [f for f in trained.features if "~c" in f]


def test_the_train_command_blends_with_earlier_weights(reproaches, earlier, tmp_path):
    earlier.save(tmp_path / "earlier.npz")
    out = tmp_path / "blended.npz"
    result = CliRunner().invoke(main, ["train", str(reproaches), "--blend", str(tmp_path / "earlier.npz"),
                                       "--blend-weight", "0.3", "--out", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    mixed = EventDetector.load(out)
    assert mixed.meta["blend_weight"] == 0.3 and mixed.add == earlier.add
    assert np.array_equal(mixed.centroids, CLASSES)
    # the earlier model's word and the newly learned one both speak
    assert "w:fleet" in mixed.features and "w:upbraid" in mixed.features


@pytest.mark.parametrize("ignored", [["--context-classes", "8"], ["--no-veto"], ["--veto"],
                                     ["--veto-types", "ACCUSE"]])
def test_the_train_command_refuses_what_a_blend_would_ignore(reproaches, earlier, tmp_path, ignored):
    earlier.save(tmp_path / "earlier.npz")
    result = CliRunner().invoke(main, ["train", str(reproaches), "--blend", str(tmp_path / "earlier.npz"),
                                       *ignored, "--out", str(tmp_path / "x.npz")])
    assert result.exit_code == 2 and ignored[0] in result.output
    assert not (tmp_path / "x.npz").exists()


def test_a_blend_weight_without_a_blend_is_refused(reproaches, tmp_path):
    result = CliRunner().invoke(main, ["train", str(reproaches), "--blend-weight", "0.3",
                                       "--out", str(tmp_path / "x.npz")])
    assert result.exit_code == 2 and "--blend" in result.output
