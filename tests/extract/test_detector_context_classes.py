"""The detector's context classes: each content word's nearest centroid of its spaCy
context vector is a feature, so what is learned of one word speaks for words used alike,
among them words training never saw. Invented people and places."""

from __future__ import annotations

import json
from datetime import date

import numpy as np
import pytest

from graphkit.errors import ExtractError
from graphkit.extract import Extractor
from graphkit.extract.learned import EventDetector, class_features, nearest_classes
from graphkit.model import Article
from graphkit.training import TYPES

PUBLISHED = date(2025, 3, 14)
# a reproach in a word no trigger rule knows
REPROACH = "Kenya's foreign minister Amara Odhiambo berated Chile over the seizure of the fishing fleet."
# a verb no dictionary holds
COINED = "The envoy Tarin Oskel glorbed the delegation from Peru."


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(detector=False)


def _sentence(rules: Extractor, text: str):  # type: ignore[no-untyped-def]
    doc = next(iter(rules.parse([text])))
    return next(iter(doc.sents))


def _word(sent, lemma: str):  # type: ignore[no-untyped-def]
    return next(t for t in sent if t.lemma_.lower() == lemma)


def _centroids_at(sent, lemma: str) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Two centroids: class 0 the direction of ``lemma``'s vector, class 1 the opposite."""
    vector = sent.doc.tensor[_word(sent, lemma).i].astype(np.float32)
    vector /= np.linalg.norm(vector)
    return np.stack([vector, -vector])


def _detector(weights: dict[tuple[str, str], float], centroids: np.ndarray | None) -> EventDetector:
    features = sorted({f for f, _ in weights})
    matrix = np.zeros((len(TYPES), len(features)), dtype=np.float32)
    for (feature, type_name), weight in weights.items():
        matrix[TYPES.index(type_name), features.index(feature)] = weight
    return EventDetector(TYPES, features, matrix, np.full(len(TYPES), -6.0), dict.fromkeys(TYPES, 0.5),
                         dict.fromkeys(TYPES, 0.0), centroids=centroids)


def test_the_nearest_centroid_is_read_by_direction_not_length():
    centroids = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    assert list(nearest_classes(np.array([[5.0, 0.2], [0.01, 0.3]]), centroids)) == [0, 1]


def test_a_content_word_is_its_class_with_its_edges_halves(rules):
    sent = _sentence(rules, REPROACH)
    feats = set(class_features(sent, _centroids_at(sent, "berate")))
    assert {"w:~c0", "root:~c0"} <= feats  # the verb, the sentence's root
    assert any(f.startswith("h:~c0>") for f in feats)  # its dependents' relations
    assert any(f.startswith("c:") and f.endswith(("~c0", "~c1")) for f in feats)  # "seizure", "fleet"


@pytest.mark.parametrize("text", [REPROACH, COINED])
def test_names_get_no_class(rules, text):
    sent = _sentence(rules, text)
    named = [t for t in sent if t.ent_type_]
    assert named
    # a class only for content words outside names: as many w: features at most as such words
    content = {t.i for t in sent if t.pos_ in ("NOUN", "VERB", "ADJ") and not t.ent_type_}
    centroids = np.eye(96, dtype=np.float32)  # one class per dimension: words rarely share one
    words = [f for f in class_features(sent, centroids) if f.startswith("w:")]
    assert 0 < len(words) <= len(content)


def test_a_word_no_dictionary_holds_still_has_a_class(rules):
    sent = _sentence(rules, COINED)
    feats = class_features(sent, np.eye(96, dtype=np.float32))
    assert [f for f in feats if f.startswith("root:~c")]


def test_without_centroids_there_are_no_class_features(rules):
    sent = _sentence(rules, REPROACH)
    assert class_features(sent, None) == []
    assert _detector({}, None).class_features(sent) == []


def test_the_extractor_reads_the_classes_by_its_detectors_centroids(rules):
    sent = _sentence(rules, REPROACH)
    weights = {("root:~c0", "ACCUSE"): 9.0}
    article = Article(id="t", text=REPROACH, published=PUBLISHED)
    with_classes = Extractor(nlp=rules.nlp, detector=_detector(weights, _centroids_at(sent, "berate")))
    without = Extractor(nlp=rules.nlp, detector=_detector(weights, None))
    assert [e for e in with_classes.extract(article).events if e.type == "ACCUSE"]
    assert not [e for e in without.extract(article).events if e.type == "ACCUSE"]


def test_centroids_survive_a_save_and_load(tmp_path):
    centroids = np.arange(6, dtype=np.float32).reshape(2, 3)
    path = tmp_path / "d.npz"
    _detector({("w:~c1", "ACCUSE"): 1.0}, centroids).save(path)
    again = EventDetector.load(path)
    assert again.centroids is not None and np.allclose(again.centroids, centroids)


def _rewrite_version(path, version: int) -> None:  # type: ignore[no-untyped-def]
    with np.load(path, allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    header = json.loads(str(arrays["header"]))
    header["version"] = version
    arrays["header"] = np.array(json.dumps(header))
    with path.open("wb") as out:
        np.savez_compressed(out, **arrays)


def test_a_first_version_file_loads_with_no_classes(tmp_path):
    path = tmp_path / "old.npz"
    _detector({("w:berate", "ACCUSE"): 1.0}, None).save(path)
    _rewrite_version(path, 1)
    assert EventDetector.load(path).centroids is None


def test_a_file_of_an_unknown_version_is_a_clear_error(tmp_path):
    path = tmp_path / "new.npz"
    _detector({}, np.eye(3, dtype=np.float32)).save(path)
    _rewrite_version(path, 99)
    with pytest.raises(ExtractError, match="detector format 99.*graphkit train"):
        EventDetector.load(path)
