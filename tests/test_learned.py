"""The learned event detector: its features, its weights file, how the extractor uses
it, and how it is trained and cross-validated.

Behaviour tests use invented sentences and people; the cross-validation test reads the
train corpus in place (skipped only when ../shared/corpus is absent).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from news_files import write_gold_story

from graphkit.extract import Extractor
from graphkit.extract.extractor import SentenceRecord
from graphkit.extract.learned import DEFAULT_MODEL, RULE_FEATURE, EventDetector
from graphkit.extract.participants import ParticipantScorer
from graphkit.model import Article
from graphkit.training import (
    TYPES,
    align,
    cross_validate,
    fit,
    fit_scorer,
    parse_gold_dirs,
    repeated_cross_validation,
    score,
    train,
)

PUBLISHED = date(2025, 3, 14)
# an invented story: a reproach in a word no trigger rule knows
PROTEST = "Kenya's foreign minister Amara Odhiambo berated Chile over the seizure of the fishing fleet."


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(detector=False)


def _detector(weights: dict[tuple[str, str], float], bias: float = -6.0,
              add: float = 0.5, veto: float = 0.0) -> EventDetector:
    """A hand-made detector: ``weights`` maps (feature, type) to a weight."""
    features = sorted({f for f, _ in weights})
    matrix = np.zeros((len(TYPES), len(features)), dtype=np.float32)
    for (feature, type_name), weight in weights.items():
        matrix[TYPES.index(type_name), features.index(feature)] = weight
    return EventDetector(TYPES, features, matrix, np.full(len(TYPES), bias),
                         dict.fromkeys(TYPES, add), dict.fromkeys(TYPES, veto))


def _events(extractor: Extractor, text: str) -> list:
    return list(extractor.extract(Article(id="t", text=text, published=PUBLISHED)).events)


def _records(rules: Extractor, text: str) -> list[SentenceRecord]:
    log: list[SentenceRecord] = []
    rules.feature_log = log
    try:
        rules.extract(Article(id="t", text=text, published=PUBLISHED))
    finally:
        rules.feature_log = None
    return log


def test_names_are_never_features_only_the_kinds_of_actors(rules):
    (record,) = _records(rules, PROTEST)
    joined = " ".join(record.features).lower()
    assert "odhiambo" not in joined and "kenya" not in joined and "chile" not in joined
    assert "kind:@person" in record.features and "kind:@country" in record.features
    assert "w:berate" in record.features
    assert not [f for f in record.features if f.startswith(RULE_FEATURE)]  # the rules found nothing here


def test_features_say_which_rule_events_the_sentence_holds(rules):
    (record,) = _records(rules, "Kenya expelled two Chilean diplomats on Tuesday.")
    assert "rule:EXPEL" in record.features and "trig:EXPEL" in record.features


def test_a_dependency_edge_is_two_halves_never_a_word_pair(rules):
    (record,) = _records(rules, "Kenya expelled two Chilean diplomats on Tuesday.")
    assert {"h:expel>dobj", "c:dobj>diplomat", "p:expel>on"} <= set(record.features)
    assert not [f for f in record.features if f.startswith(("d:", "pp:"))]


def test_a_type_the_rules_missed_is_added_with_the_sentence_actors(rules):
    assert not [e for e in _events(rules, PROTEST) if e.type == "ACCUSE"]
    learned = Extractor(nlp=rules.nlp, detector=_detector({("w:berate", "ACCUSE"): 9.0}))
    (event,) = [e for e in _events(learned, PROTEST) if e.type == "ACCUSE"]
    assert {a.country for a in event.actors} == {"KEN", "CHL"}
    assert event.modality == "asserted"
    assert 0.9 < event.confidence <= 1.0  # the detector's probability


def test_an_added_act_told_in_the_agentless_passive_takes_no_actor_from_nearby_names(rules):
    text = "Kenyan journalist Amara Odhiambo is accused of leading the Harrow group in Chile."
    learned = Extractor(nlp=rules.nlp, detector=_detector({("w:accuse", "ACCUSE"): 9.0}))
    # who accuses is unnamed: not the accused, not a name after the verb
    assert not [e for e in _events(learned, text) if e.type == "ACCUSE"]


def test_an_added_accusation_told_as_a_participle_takes_no_accuser_from_nearby_names(rules):
    text = "Kenyan journalist Amara Odhiambo met relatives of three Chileans accused of spying."
    learned = Extractor(nlp=rules.nlp, detector=_detector({("w:accuse", "ACCUSE"): 9.0}))
    assert not [e for e in _events(learned, text) if e.type == "ACCUSE"]


def test_a_rule_event_the_detector_finds_unlikely_is_dropped(rules):
    text = "Kenya expelled two Chilean diplomats on Tuesday."
    assert [e for e in _events(rules, text) if e.type == "EXPEL"]
    doubtful = Extractor(nlp=rules.nlp, detector=_detector({}, bias=-6.0, veto=0.5))
    assert not [e for e in _events(doubtful, text) if e.type == "EXPEL"]


def test_an_added_event_needs_as_many_parties_as_the_rules_ask(rules):
    lonely = "Amara Odhiambo berated everyone in the room."
    learned = Extractor(nlp=rules.nlp, detector=_detector({("w:berate", "ACCUSE"): 9.0}))
    assert not [e for e in _events(learned, lonely) if e.type == "ACCUSE"]


def test_weights_survive_a_save_and_load(tmp_path):
    detector = _detector({("w:berate", "ACCUSE"): 2.5, ("passive", "ARREST"): -1.0}, add=0.4)
    path = tmp_path / "d.npz"
    detector.save(path)
    again = EventDetector.load(path)
    features = ["w:berate", "passive", "unknown"]
    for type_name, p in detector.probabilities(features).items():
        assert again.probabilities(features)[type_name] == pytest.approx(p, abs=1e-3)
    assert again.add == detector.add and again.types == list(TYPES)


def test_a_broken_weights_file_is_a_clear_error(tmp_path):
    from graphkit.errors import ExtractError

    path = tmp_path / "d.npz"
    path.write_bytes(b"not a model")
    with pytest.raises(ExtractError, match="not a graphkit detector file"):
        EventDetector.load(path)


def test_the_shipped_detector_loads_and_is_used_by_default():
    assert DEFAULT_MODEL.exists()
    assert DEFAULT_MODEL.stat().st_size < 20_000_000
    extractor = Extractor()
    assert extractor.detector is not None and extractor.detector.types == list(TYPES)
    assert Extractor(nlp=extractor.nlp, detector=False).detector is None


def _record(text: str) -> SentenceRecord:
    return SentenceRecord("a", 0, 0, len(text), text, [])


def test_evidence_aligns_to_the_sentence_that_holds_it():
    sents = [_record("Odhiambo flew to Santiago on Monday."),
             _record("There she met President Rocio Salas for two hours."),
             _record("Both sides agreed to meet again in May.")]
    assert align(sents, "There she met President Rocio Salas for two hours") == [1]
    assert align(sents, "The weather was fine.") == []
    # an evidence told across two sentences labels both
    assert align(sents, "There she met President Rocio Salas for two hours. Both sides agreed "
                        "to meet again in May.") == [1, 2]


@pytest.fixture(scope="module")
def tiny_corpus(tmp_path_factory) -> Path:
    """Eight invented stories, each a reproach (ACCUSE) and a plain fact."""
    folder = tmp_path_factory.mktemp("gold")
    pairs = [("Kenya", "Chile", "KEN", "CHL"), ("Peru", "Norway", "PER", "NOR"),
             ("Ghana", "Japan", "GHA", "JPN"), ("Chile", "Kenya", "CHL", "KEN"),
             ("Norway", "Peru", "NOR", "PER"), ("Japan", "Ghana", "JPN", "GHA"),
             ("Kenya", "Peru", "KEN", "PER"), ("Ghana", "Chile", "GHA", "CHL")]
    for n, (a, b, ca, cb) in enumerate(pairs):
        protest = f"{a} berated {b} over the fishing fleet."
        text = f"{protest} The harbour of the capital was quiet on Friday."
        write_gold_story(folder, f"t{n % 2 + 1}_{n:02d}_story", text,
                     [{"type": "ACCUSE", "actors": [a, b], "countries": [ca, cb],
                       "date": "2025-03-14", "evidence": protest}])
    return folder


def test_training_is_deterministic_and_learns_the_wording(tiny_corpus, tmp_path, rules):
    files = parse_gold_dirs([tiny_corpus], rules)
    assert all(f.labels[0] == {"ACCUSE"} for f in files)
    first, second = train(files, inner_folds=0), train(files, inner_folds=0)
    first.save(tmp_path / "a.npz")
    second.save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    p = first.probabilities(files[0].records[0].features)
    assert p["ACCUSE"] > first.probabilities(files[0].records[1].features)["ACCUSE"]
    assert score(files, rules, first).recall > score(files, rules, None).recall


def test_training_with_context_classes_stores_their_centroids_and_learns_them(tiny_corpus, tmp_path, rules):
    files = parse_gold_dirs([tiny_corpus], rules)
    first = train(files, inner_folds=0, context_classes=4)
    second = train(files, inner_folds=0, context_classes=4)
    assert first.centroids is not None and first.centroids.shape == (4, 96)
    assert [f for f in first.features if "~c" in f]
    assert not [f for r in files[0].records for f in r.features if "~c" in f]  # the parsed files stay as read
    first.save(tmp_path / "a.npz")
    second.save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    assert EventDetector.load(tmp_path / "a.npz").centroids is not None
    assert score(files, rules, first).recall > score(files, rules, None).recall
    assert train(files, inner_folds=0).centroids is None  # none unless asked


def test_training_fits_the_confidence_map_on_the_inner_folds_held_out_events(tiny_corpus, tmp_path, rules):
    from graphkit.extract.calibration import DETECTOR

    files = parse_gold_dirs([tiny_corpus], rules)
    first, second = train(files, inner_folds=4, extractor=rules), train(files, inner_folds=4, extractor=rules)
    # the rules know no word of these reproaches: every held-out one is the detector's, and right
    assert first.calibration is not None and set(first.calibration.curves) == {DETECTOR}
    assert first.confidence("ACCUSE", 0.9, DETECTOR) > 0.5
    first.save(tmp_path / "a.npz")
    second.save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()


@pytest.fixture(scope="module")
def two_wordings(tmp_path_factory) -> Path:
    """Eight invented reproaches: slice t1 tells them in one word, slice t2 in another,
    each story beside a plain sentence naming two states."""
    folder = tmp_path_factory.mktemp("wordings")
    pairs = [("Kenya", "Chile", "KEN", "CHL"), ("Peru", "Norway", "PER", "NOR"),
             ("Ghana", "Japan", "GHA", "JPN"), ("Chile", "Kenya", "CHL", "KEN")]
    for n, (a, b, ca, cb) in enumerate(pairs + pairs):
        protest = (f"{a} berated {b} over the fishing fleet." if n < 4
                   else f"{a} upbraided {b} about the grain convoy.")
        text = f"{protest} {b} and {a} share a long coastline."
        write_gold_story(folder, f"t{n // 4 + 1}_{n:02d}_story", text,
                     [{"type": "ACCUSE", "actors": [a, b], "countries": [ca, cb],
                       "date": "2025-03-14", "evidence": protest}])
    return folder


def test_the_confidence_map_is_fitted_on_slices_their_reader_never_saw(two_wordings, rules):
    from graphkit.extract.calibration import DETECTOR, POOLED

    files = parse_gold_dirs([two_wordings], rules)
    detector = train(files, inner_folds=4, extractor=rules)
    # each slice's reproaches are read by a detector fitted on the other slice alone (which
    # never saw their word), not by one that read three of their neighbours
    held_out = [train([f for f in files if f.slice != g.slice], inner_folds=0)
                .probabilities(g.records[0].features)["ACCUSE"] for g in files]
    assert detector.calibration is not None
    assert detector.calibration.curves[DETECTOR][POOLED].xs == (round(sum(held_out) / len(held_out), 4),)


def test_the_rules_verdicts_are_logged_but_never_learned():
    # a sentence the rules read as an expulsion, and one they missed told in another word
    said = [SentenceRecord("a", i, 0, 1, "", ["rule:EXPEL", "w:expel", "kind:@country"]) for i in range(4)]
    missed = [SentenceRecord("b", i, 0, 1, "", ["w:oust", "kind:@country"]) for i in range(4)]
    plain = [SentenceRecord("c", i, 0, 1, "", ["w:harbour"]) for i in range(8)]
    detector = fit(said + missed + plain, [{"EXPEL"}] * 8 + [set()] * 8)
    assert not [f for f in detector.features if f.startswith(RULE_FEATURE)]
    assert detector.probabilities(["w:oust", "kind:@country"])["EXPEL"] > 0.5


def test_cross_validation_scores_every_article_once(tiny_corpus, rules):
    files = parse_gold_dirs([tiny_corpus], rules)
    cv = cross_validate(files, 4, extractor=rules)
    held = [name for fold in cv.fold_files for name in fold]
    assert sorted(held) == sorted(f.gold.name for f in files)
    assert cv.pooled().gold == 8
    assert set(cv.summary()) >= {"precision", "recall", "f1", "strict_f1", "prior_contacts",
                                 "dates_right", "countries_right"}
    # every held-out (sentence, type) decision is counted, for the rules and with the detector
    tp, fp, fn = cv.sentence_types["rules"]
    assert tp + fn == sum(len(label) for f in files for label in f.labels)
    assert set(cv.to_dict()["sentence_types"]) == {"rules", "with detector"}


def test_cross_validation_by_slice_holds_out_one_whole_slice_per_fold(tiny_corpus, rules):
    files = parse_gold_dirs([tiny_corpus], rules)
    cv = cross_validate(files, extractor=rules, by_slice=True)
    assert [sorted({name[:2] for name in fold}) for fold in cv.fold_files] == [["t1"], ["t2"]]
    assert cv.pooled().gold == 8


def test_cross_validation_by_slice_needs_two_slices(tiny_corpus, rules):
    from graphkit.errors import GraphkitError

    files = [f for f in parse_gold_dirs([tiny_corpus], rules) if f.slice == "t1"]
    with pytest.raises(GraphkitError):
        cross_validate(files, extractor=rules, by_slice=True)


def test_repeated_cross_validation_runs_one_split_per_seed(tiny_corpus, rules):
    files = parse_gold_dirs([tiny_corpus], rules)
    repeated = repeated_cross_validation(files, 4, seeds=(3, 4), extractor=rules)
    assert [run.seed for run in repeated.runs] == [3, 4]
    assert all(run.pooled().gold == 8 for run in repeated.runs)
    f1 = repeated.summary()["f1"]
    assert f1["min"] <= f1["mean"] <= f1["max"]
    assert [row["seed"] for row in repeated.to_dict()["per_seed"]] == [3, 4]


def test_repeated_cross_validation_needs_a_seed(tiny_corpus, rules):
    from graphkit.errors import GraphkitError

    with pytest.raises(GraphkitError):
        repeated_cross_validation(parse_gold_dirs([tiny_corpus], rules), 4, seeds=(), extractor=rules)


def test_train_command_writes_weights(tiny_corpus, tmp_path):
    from click.testing import CliRunner

    from graphkit.cli import main

    out = tmp_path / "w.npz"
    result = CliRunner().invoke(main, ["train", str(tiny_corpus), "--out", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["files"] == 8
    assert EventDetector.load(out).types == list(TYPES)


def test_train_without_veto_keeps_every_rule_event(tiny_corpus, tmp_path):
    from click.testing import CliRunner

    from graphkit.cli import main

    out = tmp_path / "w.npz"
    result = CliRunner().invoke(main, ["train", str(tiny_corpus), "--no-veto", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert set(EventDetector.load(out).veto.values()) == {0.0}


def test_thresholds_chosen_without_veto_never_drop_a_rule_type():
    from graphkit.extract.extractor import SentenceRecord
    from graphkit.training import choose_thresholds

    def case(gold: set[str], p: float):  # type: ignore[no-untyped-def]
        return (SentenceRecord("a", 0, 0, 1, "x", ["rule:ACCUSE"]), gold,
                dict.fromkeys(TYPES, 0.0) | {"ACCUSE": p})

    # six rule accusations the model finds unlikely and gold lacks, four it finds likely:
    # a veto would pay on these folds
    cases = [case(set(), 0.02)] * 6 + [case({"ACCUSE"}, 0.9)] * 4
    records, labels, probs = zip(*cases, strict=True)
    _, free, _ = choose_thresholds(records, labels, probs, per_type=False)
    _, kept, _ = choose_thresholds(records, labels, probs, per_type=False, veto=False)
    assert free["ACCUSE"] > 0.0
    assert set(kept.values()) == {0.0}


def test_a_veto_limited_to_some_types_drops_no_rule_event_of_another_type():
    from graphkit.extract.extractor import SentenceRecord
    from graphkit.training import choose_thresholds

    def case(gold: set[str], p: float):  # type: ignore[no-untyped-def]
        return (SentenceRecord("a", 0, 0, 1, "x", ["rule:ACCUSE"]), gold,
                dict.fromkeys(TYPES, 0.0) | {"ACCUSE": p})

    # the folds of the test above, where a veto of ACCUSE pays
    cases = [case(set(), 0.02)] * 6 + [case({"ACCUSE"}, 0.9)] * 4
    records, labels, probs = zip(*cases, strict=True)
    _, own, _ = choose_thresholds(records, labels, probs, veto=frozenset({"ACCUSE"}))
    _, other, _ = choose_thresholds(records, labels, probs, veto=frozenset({"STATEMENT"}))
    assert own["ACCUSE"] > 0.0
    assert {t: v for t, v in own.items() if t != "ACCUSE"} == dict.fromkeys(set(TYPES) - {"ACCUSE"}, 0.0)
    assert set(other.values()) == {0.0}


@pytest.fixture(scope="module")
def written_stories(tmp_path_factory) -> Path:
    """Four invented stories written for training, in an unknown word of reproach."""
    folder = tmp_path_factory.mktemp("written")
    for n, (a, b, ca, cb) in enumerate([("Chile", "Ghana", "CHL", "GHA"), ("Peru", "Kenya", "PER", "KEN"),
                                         ("Norway", "Japan", "NOR", "JPN"), ("Japan", "Peru", "JPN", "PER")]):
        protest = f"{a} upbraided {b} over the grain convoy."
        write_gold_story(folder, f"fx_{n:02d}_story", f"{protest} The market reopened on Friday.",
                     [{"type": "ACCUSE", "actors": [a, b], "countries": [ca, cb],
                       "date": "2025-03-14", "evidence": protest}])
    return folder


def test_extra_folders_join_every_folds_training_but_are_never_scored(tiny_corpus, written_stories, rules):
    files = parse_gold_dirs([tiny_corpus], rules)
    extra = parse_gold_dirs([written_stories], rules)
    cv = cross_validate(files, 4, extractor=rules, extra=extra)
    held = [name for fold in cv.fold_files for name in fold]
    assert sorted(held) == sorted(f.gold.name for f in files)
    assert cv.pooled().gold == 8
    detector = train(files, extra=extra)
    assert (detector.meta["files"], detector.meta["extra_files"]) == (12, 4)
    unseen = extra[0].records[0].features
    assert detector.probabilities(unseen)["ACCUSE"] > train(files).probabilities(unseen)["ACCUSE"]


def test_a_lower_weight_makes_written_stories_count_less(tiny_corpus, written_stories, rules):
    files = parse_gold_dirs([tiny_corpus], rules)
    extra = parse_gold_dirs([written_stories], rules)
    unseen = extra[0].records[0].features
    full = train(files, inner_folds=0, extra=extra).probabilities(unseen)["ACCUSE"]
    for parsed in extra:
        parsed.weight = 0.3
    assert train(files, inner_folds=0, extra=extra).probabilities(unseen)["ACCUSE"] < full


def test_train_and_evaluate_commands_take_extra_folders(tiny_corpus, written_stories, tmp_path):
    from click.testing import CliRunner

    from graphkit.cli import main

    out = tmp_path / "w.npz"
    result = CliRunner().invoke(main, ["train", str(tiny_corpus), "--extra", str(written_stories),
                                       "--out", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["extra_files"] == 4
    trained_on = EventDetector.load(out).meta["trained_on"]
    assert trained_on == [f"{tiny_corpus.parent.name}/{tiny_corpus.name}",
                          f"{written_stories.parent.name}/{written_stories.name}"]
    result = CliRunner().invoke(main, ["evaluate", str(tiny_corpus), "--cv", "4", "--train-extra",
                                       str(written_stories), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["pooled"]["gold"] == 8
    result = CliRunner().invoke(main, ["evaluate", str(tiny_corpus), "--train-extra", str(written_stories)])
    assert result.exit_code != 0 and "--cv" in result.output


# 5-fold cross-validation on ../shared/corpus/train when the detector landed (seed 13):
# F1 0.512 ± 0.028 over folds (P 0.578, R 0.460, strict F1 0.448), against 0.488 for the
# rules alone; after the rules of 2026-12-03 16:40: F1 0.526 ± 0.013 (P 0.595, R 0.472,
# strict F1 0.460), rules alone 0.503. The floors sit ~0.02-0.03 under the mean; the
# detector must beat the rules on held-out folds.
CV_FLOORS = {"f1": 0.50, "precision": 0.57, "recall": 0.45, "strict_f1": 0.435}


@pytest.mark.corpus
def test_cross_validated_detector_beats_the_rules_on_held_out_news(shared_corpus, rules):
    train_dir = shared_corpus.parent / "train"
    if not train_dir.is_dir():
        pytest.skip(f"{train_dir} is absent")
    files = parse_gold_dirs([train_dir], rules)
    cv = cross_validate(files, 5, extractor=rules)
    summary = cv.summary()
    for figure, floor in CV_FLOORS.items():
        assert summary[figure]["mean"] >= floor, cv.to_text()
    assert cv.pooled().f1 > score(files, rules, None).f1, cv.to_text()


def test_no_statement_is_added_where_the_rules_read_the_report(rules):
    # "noted" only passes a report on: the rules make no statement, nor may the detector
    text = "Kenyan Foreign Minister Amara Odhiambo noted that the fishing season opens in May."
    assert not [e for e in _events(rules, text) if e.type == "STATEMENT"]
    eager = Extractor(nlp=rules.nlp, detector=_detector({("w:note", "STATEMENT"): 9.0}))
    assert not [e for e in _events(eager, text) if e.type == "STATEMENT"]


def test_a_report_of_an_event_the_detector_adds_makes_no_statement(rules):
    # the speech reports the act it tells, as it does when the rules find the act
    text = "Kenyan Foreign Minister Amara Odhiambo said Nairobi would berate Chile over the seizure."
    assert [e for e in _events(rules, text) if e.type == "STATEMENT"]
    learned = Extractor(nlp=rules.nlp, detector=_detector({("w:berate", "ACCUSE"): 9.0}))
    events = _events(learned, text)
    assert [e for e in events if e.type == "ACCUSE"]
    assert not [e for e in events if e.type == "STATEMENT"]


def test_an_event_the_detector_adds_beside_a_report_takes_the_statements_place(rules):
    # the act is told outside the report's clause: the sentence's speech is still its
    # report, as the detector never adds a statement beside an event
    text = ("Kenya berated Chile over the seizure of the fleet, and Foreign Minister Amara "
            "Odhiambo said Kenya remains committed to dialogue with Chile.")
    assert [e for e in _events(rules, text) if e.type == "STATEMENT"]
    learned = Extractor(nlp=rules.nlp, detector=_detector({("w:berate", "ACCUSE"): 9.0}))
    events = _events(learned, text)
    assert [e for e in events if e.type == "ACCUSE"]
    assert not [e for e in events if e.type == "STATEMENT"]


def test_a_statement_to_another_party_stays_beside_an_event_the_detector_adds(rules):
    # words told to a hearer are about that party, not the report of the added act
    text = ("Kenya berated Chile over the seizure of the fleet, and Foreign Minister Amara "
            "Odhiambo told Peruvian Foreign Minister Luis Quispe that Kenya remains committed "
            "to dialogue.")
    learned = Extractor(nlp=rules.nlp, detector=_detector({("w:berate", "ACCUSE"): 9.0}))
    events = _events(learned, text)
    assert [e for e in events if e.type == "ACCUSE"]
    assert [e for e in events if e.type == "STATEMENT"]


# -- the participant scorer ---------------------------------------------------------------


def _cutting(weights: dict[str, float], bias: float = 3.0, threshold: float = 0.5) -> EventDetector:
    """A detector that adds nothing, with a hand-made participant scorer."""
    detector = _detector({}, bias=-6.0, add=0.99)
    features = sorted(weights)
    detector.participants = ParticipantScorer(
        features, np.array([weights[f] for f in features], dtype=np.float32), bias, threshold)
    return detector


def test_an_event_of_three_sides_loses_the_party_the_scorer_finds_unlikely(rules):
    text = "Kenya expelled diplomats of Chile, Peru and Norway on Friday."
    (plain,) = [e for e in _events(rules, text) if e.type == "EXPEL"]
    assert {a.country for a in plain.actors} == {"KEN", "CHL", "PER", "NOR"}
    cut = Extractor(nlp=rules.nlp, detector=_cutting({"dep:conj": -9.0}))
    (event,) = [e for e in _events(cut, text) if e.type == "EXPEL"]
    assert {a.country for a in event.actors} == {"KEN", "CHL"}


def test_two_sides_stay_whatever_the_scorer_says(rules):
    text = "Kenya, Peru and Chile signed a fishing accord on Friday."
    cut = Extractor(nlp=rules.nlp, detector=_cutting({"dep:conj": -9.0}))
    (event,) = [e for e in _events(cut, text) if e.type == "AGREE"]
    assert len({a.country for a in event.actors}) == 2 and "KEN" in {a.country for a in event.actors}


def test_the_sources_of_an_act_are_never_cut(rules):
    text = "Kenya and Peru expelled two Chilean diplomats on Friday."
    cut = Extractor(nlp=rules.nlp, detector=_cutting({"dep:conj": -9.0}))
    # (one expulsion by each state: ``each_doer_apart``; neither source is cut from its own)
    events = [e for e in _events(cut, text) if e.type == "EXPEL"]
    assert sorted(sorted(a.country for a in e.actors) for e in events) == [["CHL", "KEN"], ["CHL", "PER"]]


def test_the_participant_scorer_survives_a_save_and_load(tmp_path):
    detector = _cutting({"dep:conj": -2.5, "setting": -1.0}, bias=0.5, threshold=0.4)
    detector.save(tmp_path / "d.npz")
    again = EventDetector.load(tmp_path / "d.npz").participants
    assert again is not None and again.threshold == pytest.approx(0.4)
    for features in (["dep:conj"], ["setting", "dep:conj"], ["unknown"]):
        assert again.probability(features) == pytest.approx(detector.participants.probability(features))


def test_weights_without_a_scorer_still_load(tmp_path):
    _detector({("w:berate", "ACCUSE"): 2.5}).save(tmp_path / "d.npz")
    assert EventDetector.load(tmp_path / "d.npz").participants is None


def test_the_scorer_learns_which_candidates_take_part():
    examples = [(["dep:nsubj", "kind:country"], True)] * 20 + [(["setting", "kind:country"], False)] * 20
    scorer = fit_scorer(examples, seed=13)
    assert scorer is not None
    party, setting = ["dep:nsubj", "kind:country"], ["setting", "kind:country"]
    assert scorer.probability(party) > 0.5 > scorer.probability(setting)
    assert fit_scorer(examples[:5], seed=13) is None  # too few to learn from


def test_candidate_features_name_no_one(rules):
    (record,) = _records(rules, "Kenya expelled diplomats of Chile, Peru and Norway on Friday.")
    assert len(record.candidates) == 4
    for actors, by_type in record.candidates:
        assert actors and set(by_type) >= set(TYPES)
        joined = " ".join(by_type["EXPEL"]).lower()
        assert not any(name in joined for name in ("kenya", "chile", "peru", "norway", "ken", "chl"))


def test_an_argument_of_the_event_word_is_never_cut(rules):
    text = "Kenya berated Chile, Peru and Norway over the fishing fleet."
    detector = _detector({("w:berate", "ACCUSE"): 9.0})
    detector.participants = _cutting({}, bias=-9.0).participants  # every candidate unlikely
    (event,) = [e for e in _events(Extractor(nlp=rules.nlp, detector=detector), text) if e.type == "ACCUSE"]
    assert {a.country for a in event.actors} == {"KEN", "CHL"}


def test_a_second_event_beside_a_rule_event_takes_its_own_threshold(tmp_path):
    detector = _detector({("w:berate", "ACCUSE"): 1.0}, bias=-2.0, add=0.4)  # ACCUSE p 0.27
    detector.add_beside = dict.fromkeys(TYPES, 0.25)
    assert detector.review(["w:berate"], []).add == []
    assert detector.review(["w:berate"], ["EXPEL"]).add == ["ACCUSE"]
    path = tmp_path / "d.npz"
    detector.save(path)
    assert EventDetector.load(path).add_beside == detector.add_beside


def test_thresholds_ignore_second_events_the_extractor_never_adds():
    from graphkit.extract.extractor import SentenceRecord
    from graphkit.training import choose_thresholds

    def case(rule: str, gold: set[str], probs: dict[str, float]):  # type: ignore[no-untyped-def]
        return (SentenceRecord("a", 0, 0, 1, "x", [f"rule:{rule}"]), gold | {rule},
                dict.fromkeys(TYPES, 0.0) | {rule: 0.9} | probs)

    # ten meetings where a statement is likely but false, which the extractor never adds
    # beside a meeting; four expulsions with the accusation behind them
    cases = [case("MEET", set(), {"STATEMENT": 0.7})] * 10 + [case("EXPEL", {"ACCUSE"}, {"ACCUSE": 0.6})] * 4
    records, labels, probs = zip(*cases, strict=True)
    _, _, beside = choose_thresholds(records, labels, probs, per_type=False)
    assert beside["ACCUSE"] <= 0.6


def test_no_add_threshold_is_left_under_half_the_f1_it_reaches():
    from graphkit.extract.extractor import SentenceRecord
    from graphkit.training import choose_thresholds

    # every accusation the rules missed has probability 0.25, every other sentence 0.05:
    # on these folds any threshold from 0.20 to 0.25 is perfect (F1 1.0), but a model that
    # calls a true event a quarter likely is too low here, which news from elsewhere does
    # not repeat: an addition pays only above half the F1
    low = dict.fromkeys(TYPES, 0.05)
    missed = [(SentenceRecord("a", i, 0, 1, "x", []), {"ACCUSE"}, low | {"ACCUSE": 0.25}) for i in range(4)]
    quiet = [(SentenceRecord("a", i, 0, 1, "x", []), set(), low) for i in range(4, 10)]
    records, labels, probs = zip(*(missed + quiet), strict=True)
    add, _, beside = choose_thresholds(records, labels, probs, per_type=False)
    assert add["ACCUSE"] >= 0.5 and beside["ACCUSE"] >= 0.5


def test_the_add_floor_is_a_share_of_the_f1_the_bench_can_lower(monkeypatch):
    import graphkit.training as training
    from graphkit.extract.extractor import SentenceRecord

    # the same folds as above: with the share at 0 (bench/loso_sets.py's floor=0) the
    # threshold the folds choose stands, at 0.2-0.25
    low = dict.fromkeys(TYPES, 0.05)
    missed = [(SentenceRecord("a", i, 0, 1, "x", []), {"ACCUSE"}, low | {"ACCUSE": 0.25}) for i in range(4)]
    quiet = [(SentenceRecord("a", i, 0, 1, "x", []), set(), low) for i in range(4, 10)]
    records, labels, probs = zip(*(missed + quiet), strict=True)
    monkeypatch.setattr(training, "ADD_FLOOR_SHARE", 0.0)
    add, _, beside = training.choose_thresholds(records, labels, probs, per_type=False)
    assert add["ACCUSE"] <= 0.25 and beside["ACCUSE"] <= 0.25


def _folds_with_a_band_at_0_3(false_in_band: int) -> tuple:
    """Out-of-fold cells where 1,000 missed accusations are found at 0.9 beside 400 false
    ones, 1,000 stay at 0.05, and one true and ``false_in_band`` false sit at 0.3 (F1 0.59:
    the half-F1 floor is 0.25)."""
    from graphkit.extract.extractor import SentenceRecord

    low = dict.fromkeys(TYPES, 0.0)
    cells = ([({"ACCUSE"}, 0.9)] * 1000 + [(set(), 0.9)] * 400 + [({"ACCUSE"}, 0.05)] * 1000
             + [({"ACCUSE"}, 0.3)] + [(set(), 0.3)] * false_in_band)
    return tuple(zip(*((SentenceRecord("a", i, 0, 1, "x", []), gold, low | {"ACCUSE": p})
                       for i, (gold, p) in enumerate(cells)), strict=True))


def test_a_near_tie_of_thresholds_keeps_the_lower_add():
    from graphkit.training import NEAR_TIE_F1, choose_thresholds

    # the band at 0.3 costs 0.0001 of F1 (under NEAR_TIE_F1): as good as a tie, so the lower
    # add (lifted to the floor) is kept rather than the exact argmax 0.35
    records, labels, probs = _folds_with_a_band_at_0_3(3)
    assert NEAR_TIE_F1 > 0.0001
    add, _, _ = choose_thresholds(records, labels, probs, per_type=False, veto=False)
    assert add["ACCUSE"] == 0.25


def test_a_clear_gain_of_a_higher_add_still_wins():
    from graphkit.training import choose_thresholds

    # thirty false cells in the band cost 0.005 of F1: no near-tie, the band is left out
    records, labels, probs = _folds_with_a_band_at_0_3(30)
    add, _, _ = choose_thresholds(records, labels, probs, per_type=False, veto=False)
    assert add["ACCUSE"] == 0.35


def test_a_rejection_that_names_nobody_lets_the_detector_add_no_accusation(rules):
    # the rules read "denied the allegations" as an answer: the detector's word for
    # accusations in the same sentence ("insisting") adds none beside it
    story = "Chile accused Kenya of arming the Harrow fleet on Monday. "
    speakers = "Kenya's foreign minister Amara Odhiambo and Peru"
    denied = f"{story}{speakers} denied the allegations, insisting the fleet was unarmed."
    answered = f"{story}{speakers} answered, insisting the fleet was unarmed."
    learned = Extractor(nlp=rules.nlp, detector=_detector({("w:insist", "ACCUSE"): 9.0}))
    assert len([e for e in _events(learned, denied) if e.type == "ACCUSE"]) == 1  # Chile's own
    assert len([e for e in _events(learned, answered) if e.type == "ACCUSE"]) == 2


@pytest.mark.parametrize(("word", "type_name", "since", "news"), [
    ("quarrel", "ACCUSE",
     "Kenya and Chile have traded barbs since Kenya began its quarrel with the Chilean council.",
     "Kenya began a quarrel with the Chilean council on Friday."),
    ("embargo", "SANCTION", "Trade has dwindled since the embargo on Kenya by Chile.",
     "Chile imposed an embargo on Kenya on Friday."),
])
def test_the_detector_adds_no_act_but_an_attack_told_in_a_since_clause(rules, word, type_name, since, news):
    # (a war or a blockade told so is still an attack: the test below)
    learned = Extractor(nlp=rules.nlp, detector=_detector({(f"w:{word}", type_name): 9.0}))
    assert not [e for e in _events(learned, since) if e.type == type_name]
    assert [e for e in _events(learned, news) if e.type == type_name]


def test_a_war_told_in_a_since_clause_is_still_the_detectors_to_add(rules):
    # an ongoing war or blockade mentioned in passing is an ATTACK by the corpus's conventions
    since = "Kenya and Chile have traded barbs since Kenya launched its blockade of the Harrow coast."
    learned = Extractor(nlp=rules.nlp, detector=_detector({("w:blockade", "ATTACK"): 9.0}))
    assert [e for e in _events(learned, since) if e.type == "ATTACK"]


def test_the_detector_adds_no_event_told_as_the_backdrop_of_the_news(rules):
    # "amid <tensions>" (background_preps) tells the backdrop, not news of its own
    backdrop = ("Kenya recalled its envoy from Chile on Friday, amid sharp tensions between Kenya "
                "and Chile over the Harrow fleet.")
    news = "Kenya voiced sharp tensions with Chile over the Harrow fleet on Friday."
    learned = Extractor(nlp=rules.nlp, detector=_detector({("w:tension", "ACCUSE"): 9.0}))
    assert not [e for e in _events(learned, backdrop) if e.type == "ACCUSE"]
    assert [e for e in _events(learned, news) if e.type == "ACCUSE"]


def test_an_act_noun_carrying_its_own_date_is_a_feature_of_its_type(rules):
    (record,) = _records(rules, "Kenya recalled its envoy over the May 3 bombing of a market in Chile.")
    assert "dated:ATTACK" in record.features
    (record,) = _records(rules, "Kenya recalled its envoy following her detention in March 2021 by Chile.")
    assert "dated:ARREST" in record.features


def test_an_act_noun_with_no_date_of_its_own_is_no_dated_feature(rules):
    (record,) = _records(rules, "Kenya recalled its envoy over the bombing of a market in Chile.")
    assert not [f for f in record.features if f.startswith("dated:")]
    (record,) = _records(rules, "Kenya recalled its envoy over the bombing that Chile began in May.")
    assert not [f for f in record.features if f.startswith("dated:")]


# -- a long training or evaluation says what it is at --------------------------------------

def test_reading_and_training_tell_each_step_as_it_starts(tiny_corpus, rules):
    steps: list[str] = []
    files = parse_gold_dirs([tiny_corpus], rules, on_step=steps.append)
    train(files, inner_folds=4, extractor=rules, on_step=steps.append)
    assert steps[:8] == [f"read {n} of 8 gold files" for n in range(1, 9)]
    assert [s for s in steps if s.startswith("fitting inner fold")] == [
        f"fitting inner fold {n} of 4" for n in range(1, 5)]
    assert "fitting without slice 2 of 2 (the confidence map)" in steps  # t1_ and t2_ slices
    assert steps[-1] == "fitting the detector on all 8 files"


def test_cross_validation_tells_each_fold_and_its_scoring(tiny_corpus, rules):
    steps: list[str] = []
    cross_validate(parse_gold_dirs([tiny_corpus], rules), 2, extractor=rules,
                   on_step=steps.append)
    assert [s for s in steps if s.endswith("scoring")] == ["fold 1 of 2: scoring",
                                                            "fold 2 of 2: scoring"]
    assert "fold 2 of 2: fitting the detector on all 4 files" in steps


def test_evaluation_tells_the_articles_read(tiny_corpus, rules):
    from graphkit.evaluate import evaluate

    steps: list[str] = []
    evaluate(tiny_corpus, extractor=rules, on_step=steps.append)
    assert steps == [f"read {n} of 8 articles" for n in range(1, 9)]


def test_the_cli_step_line_shows_in_a_log(capsys):
    from graphkit.progress import step_progress

    with step_progress(every=0) as step:
        step("fold 1 of 5: fitting inner fold 2 of 5")
    assert capsys.readouterr().err.startswith("Progress: fold 1 of 5: fitting inner fold 2 of 5 (")
