"""The learned event detector: which event types a sentence tells, as probabilities.

The rules find events where their trigger words and argument patterns fit; news says the
same things in many more ways ("lodged a protest", "six people were detained", "the
downing of an airliner"). The detector reads each parsed sentence as a bag of general
features (lemmas, lemma pairs, each dependency edge as its head's half and its
dependent's half, the kinds of actors named, voice, modals, and which types' trigger
words the sentence holds) and gives one probability per event type, from a linear model
(one logistic regression per type) trained on annotated news by
:mod:`graphkit.training`. The types the rules found are logged beside the features for
training to score the combined decision, but are not learned from (:data:`RULE_FEATURE`).

The extractor uses it two ways (see :meth:`EventDetector.review`): a (sentence, type)
the rules found but the model finds unlikely (below the type's ``veto`` threshold) is
dropped; a (sentence, type) the rules missed but the model finds likely (at or above
its ``add`` threshold) becomes an event whose participants and date the rules' argument
finder and dater fill in (beside a rule event of another type the threshold is
``add_beside``: a second event of a sentence, such as the accusation behind an
expulsion, is another decision than a first). The thresholds are chosen by cross-validation on the training
articles only (:func:`graphkit.training.train`).

Names are never features: an actor mention becomes its kind (``@person``,
``@country``...), so what is learned is how news tells an event, not who did it. A country
told by an epithet ("the Andean nation") keeps its words: the detector was trained on them.

A detector may also read context classes (:func:`class_features`; trained with
``graphkit train --context-classes K``): each content word (noun, verb, adjective, outside
names) is given the nearest of K centroids of its spaCy context vector (``doc.tensor``),
fitted by k-means when training, and the class stands for the word as ``w:~c<k>``,
``root:~c<k>`` and in dependency edge halves (``h:~c<k>>dobj``, ``c:nsubj>~c<k>``). A word
training never saw still has a vector, so what is learned of words used alike speaks for
it. The centroids travel in the weights file (``centroids``, format version 2); a file of
version 1 holds none and loads as a detector without classes.

An event's reported ``confidence`` is not the probability itself but the share of events
like it that proved true in training's inner folds, read from the probability through the
detector's confidence map (:mod:`graphkit.extract.calibration`,
:meth:`EventDetector.confidence`).

Two detectors reading the same context classes can be summed into one (:func:`blend`,
``graphkit train --blend``): the shipped weights are such a sum, of weights whose training
news is gone and weights trained on news annotated since.

The weights are a plain ``.npz`` file (feature names, a weight matrix, biases,
thresholds, the confidence map and any context-class centroids; no pickled code), loaded
with numpy alone. Without it the extractor runs its rules only.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from zipfile import BadZipFile

import numpy as np
from spacy.tokens import Span

from graphkit.errors import ExtractError
from graphkit.extract.calibration import RULES, ConfidenceMap
from graphkit.extract.mentions import ArticleMentions
from graphkit.extract.participants import ParticipantScorer
from graphkit.model import CONTACT_TYPES

#: The shipped weights (rebuilt by ``graphkit train``).
DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "event_detector.npz"
#: Version 2 may hold context-class centroids (``centroids``); version 1 files hold none
#: and still load (their detector reads no class features).
FORMAT_VERSION = 2
_READABLE_VERSIONS = frozenset({1, 2})
#: The parts of speech whose tokens get a context class: content words (names are actors'
#: kinds, never classes: a name's vector would stand for the name).
CLASS_POS = frozenset({"NOUN", "VERB", "ADJ"})

# dependency relations whose (head, relation, dependent) triples are features
_EDGE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "agent", "attr", "xcomp", "ccomp",
                        "compound", "amod", "poss", "acl", "relcl", "advcl", "dative", "oprd",
                        "conj", "appos", "npadvmod", "acomp", "pcomp"})
_NAMED = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC"})
_SKIP_POS = frozenset({"PUNCT", "SPACE", "DET", "CCONJ", "X", "SYM"})
#: Prefix of the features that record which types the rules found in the sentence. They
#: are logged for training to score the combined decision, never learned from: a learned
#: rule verdict takes the weight the words would get, and the detector then adds little
#: where the rules found nothing, the only place it adds.
RULE_FEATURE = "rule:"


def never_added(type_name: str, present: set[str], statement_type: str = "STATEMENT") -> bool:
    """Whether the extractor never adds ``type_name`` beside events of the ``present``
    types, whatever the detector says: a second contact beside a contact (a call or a
    meeting is one contact, which the rules have read), a statement beside any event (the
    speech of a sentence that holds an event reports that event). Training leaves these
    cells out of the threshold search for the same reason."""
    return (type_name in CONTACT_TYPES and bool(present & set(CONTACT_TYPES))) or (
        type_name == statement_type and bool(present))


def _word(token, mentions: ArticleMentions) -> str:  # type: ignore[no-untyped-def]
    """What a token stands for, in general terms: an actor's kind, a named entity's
    label, a number, else its lower-cased lemma."""
    m = mentions.at(token.i)
    if m is not None and m.actors and not m.epithet:
        return "@" + (m.via if m.via in ("pronoun", "group") else m.actors[0].kind)
    if token.ent_type_ in _NAMED:
        return "@" + token.ent_type_.lower()
    if token.ent_type_ in ("DATE", "TIME"):
        return "@date"
    if token.like_num or token.ent_type_ == "CARDINAL":
        return "@num"
    return token.lemma_.lower()


def sentence_features(sent: Span, mentions: ArticleMentions, index: int,
                      trigger_types: Iterable[str] = (), rule_types: Iterable[str] = (),
                      reported: bool = False,
                      dated_nouns: Mapping[str, frozenset[str]] | None = None) -> list[str]:
    """The features of one parsed sentence (``index``: its place in the article;
    ``trigger_types``: the types whose trigger words it holds; ``rule_types``: the types
    the rules found an event of in it; ``reported``: an actor reports in it;
    ``dated_nouns``: per type, the act nouns that tell an event of their own when they
    carry their own date, each such noun a ``dated:<TYPE>`` feature)."""
    words = {t.i: _word(t, mentions) for t in sent}
    feats: set[str] = set()
    kept = [t for t in sent if t.pos_ not in _SKIP_POS]
    for t in kept:
        feats.add("w:" + words[t.i])
    for a, b in zip(kept, kept[1:], strict=False):
        feats.add("b:" + words[a.i] + "_" + words[b.i])
    kinds: set[str] = set()
    actors: set[str] = set()
    for t in sent:
        word = words[t.i]
        if word.startswith("@"):
            kinds.add(word)
        m = mentions.at(t.i)
        if m is not None and not m.epithet:
            actors.update(a.id for a in m.actors)
        head = t.head
        if head.i == t.i:
            feats.add("root:" + word)
            continue
        dep = t.dep_
        # an edge's two halves, not the (head, relation, dependent) triple: a word pair
        # is seen once or twice in the training news and is learned as that sentence
        if dep in _EDGE_DEPS:
            feats.add(f"h:{words[head.i]}>{dep}")
            feats.add(f"c:{dep}>{word}")
        elif dep == "prep":
            feats.add(f"p:{words[head.i]}>{t.lower_}")
        elif dep == "auxpass":
            feats.add("passive")
            feats.add("passive:" + words[head.i])
        elif dep == "neg":
            feats.add("neg:" + words[head.i])
        elif dep == "aux" and t.tag_ == "MD":
            feats.add("modal:" + t.lower_)
    feats.update("kind:" + k for k in kinds)
    feats.add(f"actors:{min(len(actors), 3)}")
    feats.update("trig:" + t for t in trigger_types)
    feats.update("dated:" + t for t in _dated_types(sent, dated_nouns or {}))
    feats.update(RULE_FEATURE + t for t in rule_types)
    if reported:
        feats.add("reported")
    if '"' in sent.text or "\u201c" in sent.text:
        feats.add("quote")
    feats.add("lead" if index < 3 else "body")
    return sorted(feats)


def _dated_types(sent: Span, dated_nouns: Mapping[str, frozenset[str]]) -> set[str]:
    """The types of the act nouns of ``sent`` that carry their own date: a date within
    the noun's phrase, reached from the noun through no verb ("his arrest in May 2019",
    "the 2014 depot explosion"; not "the attack that began in May")."""
    found: set[str] = set()
    for t in sent:
        if t.pos_ != "NOUN":
            continue
        types = [k for k, nouns in dated_nouns.items() if t.lemma_.lower() in nouns or t.lower_ in nouns]
        if not types:
            continue
        for d in t.subtree:
            if d.ent_type_ != "DATE" or d.i == t.i:
                continue
            h = d
            while h.i != t.i and h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
                h = h.head
            if h.i == t.i:
                found.update(types)
                break
    return found


def nearest_classes(vectors: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """The index of each row's nearest centroid, rows scaled to unit length first (the
    centroids were fitted on unit rows: the direction of a context vector, not its size)."""
    rows = np.asarray(vectors, dtype=np.float32)
    rows = rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-6)
    # |r - c|^2 = |r|^2 - 2 r.c + |c|^2, with |r| = 1
    distances = (centroids * centroids).sum(axis=1)[None, :] - 2.0 * rows @ centroids.T
    return np.asarray(distances.argmin(axis=1))


def class_features(sent: Span, centroids: np.ndarray | None) -> list[str]:
    """The context-class features of a parsed sentence: each content word's nearest
    centroid of its spaCy context vector (``doc.tensor``) as ``w:~c<k>``, and the two
    halves of its dependency edges with the class in place of the word (``h:~c<k>>dobj``,
    ``c:nsubj>~c<k>``, ``root:~c<k>``). A word training never saw still has a context
    vector, and words used alike in alike contexts share a class: what is learned of
    "denounced" speaks for "decried". None or a doc without vectors: no features."""
    doc = sent.doc
    if centroids is None or doc.tensor is None or doc.tensor.shape[0] != len(doc) or not len(doc):
        return []
    content = [t.i for t in sent if t.pos_ in CLASS_POS and not t.ent_type_]
    if not content:
        return []
    nearest = nearest_classes(doc.tensor[content], centroids)
    classes = {i: f"~c{int(k)}" for i, k in zip(content, nearest, strict=True)}
    feats = {"w:" + c for c in classes.values()}
    for t in sent:
        own = classes.get(t.i)
        if t.head.i == t.i:
            if own:
                feats.add("root:" + own)
            continue
        if t.dep_ in _EDGE_DEPS:
            head = classes.get(t.head.i)
            if head:
                feats.add(f"h:{head}>{t.dep_}")
            if own:
                feats.add(f"c:{t.dep_}>{own}")
    return sorted(feats)


@dataclass
class Review:
    """The detector's judgement of one sentence: the types to add, the types to drop,
    and every type's probability."""

    add: list[str] = field(default_factory=list)
    veto: set[str] = field(default_factory=set)
    probabilities: dict[str, float] = field(default_factory=dict)


class EventDetector:
    """A trained linear detector: one weight vector per event type over named features.

    Args:
        types: The event types, in the order of the weight matrix's rows.
        features: The feature names, in the order of its columns.
        weights: The (types x features) weight matrix.
        bias: One intercept per type.
        add: Per type, the probability from which a (sentence, type) the rules missed
            becomes an event.
        veto: Per type, the probability under which a rule event is dropped.
        meta: How the model was made (training folders, seed, sizes), for people.
        add_beside: Per type, the ``add`` threshold of a sentence where the rules found an
            event of another type (default: ``add``).
        calibration: What an event's probability says of how often such events are true
            (:mod:`graphkit.extract.calibration`); None: the probability is reported as is.
        centroids: The (classes x vector size) context-class centroids the class features
            are read with (:func:`class_features`); None: no class features.
    """

    def __init__(self, types: Sequence[str], features: Sequence[str], weights: np.ndarray,
                 bias: np.ndarray, add: dict[str, float], veto: dict[str, float],
                 meta: dict | None = None, add_beside: dict[str, float] | None = None,
                 calibration: ConfidenceMap | None = None, centroids: np.ndarray | None = None
                 ) -> None:
        self.types = list(types)
        self.index = {name: i for i, name in enumerate(features)}
        self.features = list(features)
        # columns are read one feature at a time: keep them contiguous
        self.columns = np.ascontiguousarray(np.asarray(weights, dtype=np.float32).T)
        self.bias = np.asarray(bias, dtype=np.float32)
        self.add = dict(add)
        self.veto = dict(veto)
        self.add_beside = dict(add if add_beside is None else add_beside)
        self.meta = dict(meta or {})
        self.calibration = calibration
        self.centroids = None if centroids is None else np.asarray(centroids, dtype=np.float32)
        # which named actors take part in an event of three sides (optional)
        self.participants: ParticipantScorer | None = None

    def class_features(self, sent: Span) -> list[str]:
        """The sentence's context-class features by this detector's centroids (none when it
        has no centroids)."""
        return class_features(sent, self.centroids)

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """Each type's probability for a sentence of these features."""
        columns = [self.index[f] for f in features if f in self.index]
        scores = self.bias + (self.columns[columns].sum(axis=0) if columns else 0.0)
        return {t: 1.0 / (1.0 + math.exp(-float(s))) for t, s in zip(self.types, scores, strict=True)}

    def confidence(self, type_name: str, probability: float, group: str = RULES) -> float:
        """The confidence to report for an event of ``type_name`` whose sentence has
        ``probability``, found by ``group`` (``rules`` or ``detector``): the calibrated
        share of such events that are true, or, for a detector trained without a
        calibration, the probability itself (rounded to 3 places either way)."""
        if self.calibration is None:
            return round(probability, 3)
        return self.calibration.confidence(type_name, probability, group)

    def anchor(self, sent: Span, mentions: ArticleMentions, type_name: str):  # type: ignore[no-untyped-def]
        """The sentence's word that speaks most for ``type_name`` (a verb or noun when
        any has weight): the event's trigger word, for its arguments, modality and date."""
        row = self.types.index(type_name)
        best, best_weight = sent.root, -math.inf
        for t in sent:
            if t.pos_ not in ("VERB", "NOUN"):
                continue
            column = self.index.get("w:" + _word(t, mentions))
            weight = float(self.columns[column, row]) if column is not None else -math.inf
            if weight > best_weight:
                best, best_weight = t, weight
        return best

    def review(self, features: Iterable[str], rule_types: Iterable[str]) -> Review:
        """Which rule events of a sentence to drop and which missed types to add."""
        probs = self.probabilities(features)
        found = set(rule_types)
        veto = {t for t in found if t in probs and probs[t] < self.veto.get(t, 0.0)}
        # a second event beside one the rules found has its own threshold
        cut = self.add_beside if found else self.add
        add = sorted((t for t in self.types if t not in found and probs[t] >= cut.get(t, 1.1)),
                     key=lambda t: -probs[t])
        return Review(add, veto, probs)

    def save(self, path: Path) -> None:
        """Write the weights as a compressed ``.npz`` (no pickled objects)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        header = {"version": FORMAT_VERSION, "types": self.types, "add": self.add, "veto": self.veto,
                  "add_beside": self.add_beside, "meta": self.meta}
        if self.calibration is not None:
            header["calibration"] = self.calibration.to_json()
        weights = self.columns.T
        extra: dict[str, np.ndarray] = {}
        if self.participants is not None:
            header["participant_threshold"] = self.participants.threshold
            if self.participants.swap is not None:  # weights without it never swap a target
                header["participant_swap"] = self.participants.swap
            extra = {"part_features": np.array(self.participants.features, dtype=str),
                     "part_weights": self.participants.weights.astype(np.float32),
                     "part_bias": np.array([self.participants.bias], dtype=np.float32)}
        if self.centroids is not None:
            extra["centroids"] = self.centroids.astype(np.float32)
        with path.open("wb") as out:
            np.savez_compressed(out, header=np.array(json.dumps(header, sort_keys=True)),
                                features=np.array(self.features, dtype=str),
                                weights=weights.astype(np.float16), bias=self.bias, **extra)

    @classmethod
    def load(cls, path: Path) -> EventDetector:
        """Read weights written by :meth:`save`.

        Raises:
            ExtractError: the file is missing, not a detector file (any other file,
                npz or not) or a detector of another version.
        """
        try:
            with np.load(Path(path), allow_pickle=False) as data:
                header = json.loads(str(data["header"]))
                if header.get("version") not in _READABLE_VERSIONS:
                    raise ExtractError(f"{path}: detector format {header.get('version')}, "
                                       f"expected one of {sorted(_READABLE_VERSIONS)}; "
                                       "fix: rebuild it with graphkit train")
                detector = cls(header["types"], [str(f) for f in data["features"]],
                               data["weights"].astype(np.float32), data["bias"], header["add"],
                               header["veto"], header.get("meta"), header.get("add_beside"),
                               # weights trained before the calibration report probabilities
                               ConfidenceMap.from_json(header["calibration"])
                               if "calibration" in header else None,
                               # version 1 files hold no centroids
                               data.get("centroids"))
                if "part_features" in data:  # weights trained before the scorer have none
                    detector.participants = ParticipantScorer(
                        [str(f) for f in data["part_features"]], data["part_weights"].astype(np.float32),
                        float(data["part_bias"][0]), float(header.get("participant_threshold", 0.5)),
                        header.get("participant_swap"))
                return detector
        except FileNotFoundError:
            raise ExtractError(f"{path}: no such file (the weights `graphkit train --out` "
                               "writes)") from None
        except (OSError, KeyError, ValueError, IndexError, TypeError, EOFError, BadZipFile):
            # numpy's own words ("pickled data", "allow_pickle") would tell nothing here
            raise ExtractError(f"not a graphkit detector file: {path} (the weights "
                               "`graphkit train --out` writes)") from None


def blend(earlier: EventDetector, later: EventDetector, weight: float) -> EventDetector:
    """One detector whose score for each type is ``weight`` times ``earlier``'s plus the
    rest times ``later``'s: a linear model over the union of their features (a feature one
    of them lacks weighs nothing there), so the blend loads and runs like any other.

    Why: the shipped weights were trained on annotated news that no longer exists beside
    the project; a model trained on news annotated since adds what it learned without
    losing what the earlier one knew (README, "How the shipped model was made"). The blend
    keeps ``earlier``'s thresholds, confidence map, participant scorer and context classes;
    ``later`` must read the same classes (trained with them: ``graphkit train --blend``).
    The confidence map is not refitted: it was fitted on ``earlier``'s probabilities, so
    a blend's ``confidence`` is that map read at the blend's probability.

    Args:
        earlier: The detector whose thresholds, map, scorer and classes the blend keeps.
        later: A detector reading the same classes.
        weight: ``earlier``'s share of each score, 0..1 (1: ``earlier``'s scores alone).

    Returns:
        A new detector; neither argument is changed.

    Raises:
        ExtractError: ``weight`` outside 0..1, other event types, or other context classes.
    """
    if not 0.0 <= weight <= 1.0:
        raise ExtractError(f"blend weight {weight}: expected a share between 0 and 1")
    if earlier.types != later.types:
        raise ExtractError("cannot blend detectors of different event types: "
                           f"{earlier.types} and {later.types}")
    same_classes = (earlier.centroids is None and later.centroids is None) or (
        earlier.centroids is not None and later.centroids is not None
        and np.array_equal(earlier.centroids, later.centroids))
    if not same_classes:
        raise ExtractError("cannot blend detectors that read different context classes; "
                           "fix: train the later one with the earlier one's (graphkit train --blend)")
    features = sorted(set(earlier.features) | set(later.features))
    column = {f: i for i, f in enumerate(features)}
    weights = np.zeros((len(earlier.types), len(features)), dtype=np.float32)
    weights[:, [column[f] for f in earlier.features]] += weight * earlier.columns.T
    weights[:, [column[f] for f in later.features]] += (1.0 - weight) * later.columns.T
    # the file's own sizes; the earlier model's record nested whole, so blending a blend
    # keeps the history
    meta = {**later.meta, "features": len(features), "blended_with": earlier.meta,
            "blend_weight": weight}
    blended = EventDetector(earlier.types, features, weights,
                            weight * earlier.bias + (1.0 - weight) * later.bias, earlier.add,
                            earlier.veto, meta, earlier.add_beside, earlier.calibration,
                            earlier.centroids)
    blended.participants = earlier.participants
    return blended


def load_default_detector() -> EventDetector | None:
    """The shipped detector, or None when no weights are installed (rules only)."""
    return EventDetector.load(DEFAULT_MODEL) if DEFAULT_MODEL.exists() else None
