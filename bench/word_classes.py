"""Cross-validated effect of word-vector features on the learned detector (a measurement).

    HF_HUB_OFFLINE=1 /tmp/vec-venv/bin/python bench/distill_word_vectors.py   # once
    .venv/bin/python bench/word_classes.py ../shared/corpus/train --seeds 13 7 \\
        --variant none --variant w:0,1,2 --variant near-x --variant vroot:3

Reads the table that ``bench/distill_word_vectors.py`` writes (``--vectors``, default
``.cache/word_vectors.npz``: frequent English words, their PCA-reduced MiniLM vectors and
k-means classes), parses the training articles once, then for each ``--variant`` adds the
variant's features to every sentence, both to the training records and to the extractor
at scoring time, and runs the 5-fold CV of ``graphkit evaluate --cv`` on each seed. A
variant is ``none`` or ``+``-joined parts:

- ``KINDS:LEVELS`` (``w,root,d:0,1,2``): the word features of those kinds (``w:`` each
  word, ``root:`` the root, ``d:`` both ends of each dependency edge) rewritten as the
  words' classes at those granularities (0 coarse ... 2 fine): ``wc1:217``;
- ``near`` / ``near-x`` / ``near5`` / ``near7`` / ``nearfine``: per event type, whether
  some word of the sentence comes within a cosine bin of one of the type's trigger words
  (``schema/event_types.yaml``, reporting verbs for STATEMENT); ``-x``: the trigger words
  themselves do not count; ``pred`` before it: only the root and the heads of subjects and
  objects are looked at;
- ``vroot:S`` / ``vmean:S``: the root's vector / the mean vector of the sentence's words,
  times S, as real-valued features (the detector's learner and scorer are patched here to
  read ``name=value`` features);
- ``borrow:T:KINDS`` (``borrow:0.7:w,root``): training unchanged; at scoring, a word
  feature of those kinds that the detector never learned counts as the learned feature of
  the nearest word it knows, when their cosine is at least T;
- ``C=X``: liblinear's C for this variant (shipped: 1).

Nothing here is used by graphkit: no variant helped (README, "Word vectors").
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

import graphkit.extract.extractor as extractor_module
import graphkit.training as training
from graphkit.extract.learned import EventDetector, sentence_features

DEFAULT_VECTORS = Path(__file__).resolve().parent.parent / ".cache" / "word_vectors.npz"
_base = sentence_features


class WordVectors:
    """The distilled table: words, unit vectors (words x dims), classes (words x k's)."""

    def __init__(self, path: Path) -> None:
        with np.load(path, allow_pickle=False) as data:
            self.meta = json.loads(str(data["header"]))
            self.words = [str(w) for w in data["words"]]
            self.vectors = data["vectors"].astype(np.float32)
            self.classes = [tuple(int(c) for c in row) for row in data["classes"].tolist()]
        self.row = {w: i for i, w in enumerate(self.words)}

    def vector(self, word: str) -> np.ndarray | None:
        i = self.row.get(word)
        return None if i is None else self.vectors[i]

    def word_classes(self, word: str) -> tuple[int, ...]:
        i = self.row.get(word)
        return () if i is None or word.startswith("@") else self.classes[i]


def word_class_features(features: Iterable[str], vectors: WordVectors, levels: Sequence[int],
                        kinds: Iterable[str]) -> set[str]:
    """The word features of ``kinds`` rewritten as their words' classes at ``levels``."""
    out: set[str] = set()
    kinds = frozenset(kinds)
    for f in features:
        kind, _, rest = f.partition(":")
        if kind not in kinds:
            continue
        if kind in ("w", "root"):
            found = vectors.word_classes(rest)
            out.update(f"{kind}c{level}:{found[level]}" for level in levels if found)
        elif kind == "d":
            head, dep, word = rest.split(">", 2)
            left, right = vectors.word_classes(head), vectors.word_classes(word)
            if left or right:
                out.update(f"dc{level}:{left[level] if left else head}>{dep}>"
                           f"{right[level] if right else word}" for level in levels)
    return out


class TriggerNeighbours:
    """How near a sentence's words come to each event type's trigger words (cosine bins)."""

    def __init__(self, vectors: WordVectors, lexicon: dict[str, set[str]], bins: Sequence[float]) -> None:
        self.vectors, self.bins = vectors, tuple(bins)
        self.members = {t: frozenset(words) for t, words in lexicon.items()}
        self.matrices = {t: vectors.vectors[[vectors.row[w] for w in sorted(words) if w in vectors.row]]
                         for t, words in lexicon.items()}
        self.cache: dict[str, dict[str, float]] = {}

    def nearest(self, word: str) -> dict[str, float]:
        if word not in self.cache:
            v = self.vectors.vector(word)
            self.cache[word] = {} if v is None or word.startswith("@") else {
                t: float((m @ v).max()) for t, m in self.matrices.items() if len(m)}
        return self.cache[word]

    def features(self, words: Iterable[str], members: bool) -> set[str]:
        best: dict[str, float] = {}
        for word in words:
            for t, s in self.nearest(word).items():
                if (members or word not in self.members[t]) and s > best.get(t, -1.0):
                    best[t] = s
        return {f"near:{t}:{b}" for t, s in best.items() for b in self.bins if s >= b}


def trigger_lexicon() -> dict[str, set[str]]:
    """Per event type, the words of its trigger rules' head tokens (and the reporting
    verbs for statements)."""
    from graphkit.extract.rules import load_rules

    rules = load_rules()
    lexicon: dict[str, set[str]] = {}
    for rule in rules.triggers:
        token = rule.pattern[rule.head]
        for key in ("LEMMA", "LOWER"):
            value = token.get(key)
            words = [value] if isinstance(value, str) else (value or {}).get("IN", [])
            lexicon.setdefault(rule.type, set()).update(words)
    lexicon.setdefault(rules.statement_type, set()).update(rules.reporting["reporting"])
    return lexicon


# -- real-valued features ("name=value"), for the vroot / vmean variants -------------------


def _named(feature: str) -> tuple[str, float]:
    name, eq, value = feature.partition("=")
    return name, float(value) if eq else 1.0


def _valued_matrix(records, index):  # type: ignore[no-untyped-def]
    from scipy.sparse import csr_matrix

    rows, cols, values = [], [], []
    for r, record in enumerate(records):
        for f in record.features:
            name, value = _named(f)
            if name in index:
                rows.append(r)
                cols.append(index[name])
                values.append(value)
    return csr_matrix((np.array(values, dtype=np.float32), (rows, cols)), shape=(len(records), len(index)))


def _valued_fit(records, labels, seed=training.SEED):  # type: ignore[no-untyped-def]
    """:func:`graphkit.training.fit` over ``name=value`` features."""
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for record in records:
        for f in record.features:
            counts[_named(f)[0]] = counts.get(_named(f)[0], 0) + 1
    features = sorted(f for f, n in counts.items() if n >= training.MIN_FEATURE_COUNT)
    index = {f: i for i, f in enumerate(features)}
    x = _valued_matrix(records, index)
    weights = np.zeros((len(training.TYPES), len(features)), dtype=np.float32)
    bias = np.full(len(training.TYPES), -8.0, dtype=np.float32)
    for row, type_name in enumerate(training.TYPES):
        y = np.array([type_name in lab for lab in labels], dtype=np.int8)
        if 0 < y.sum() < len(y):
            model = LogisticRegression(C=training.REGULARISATION, solver="liblinear", random_state=seed,
                                       max_iter=500).fit(x, y)
            weights[row], bias[row] = model.coef_[0], model.intercept_[0]
    return EventDetector(training.TYPES, features, weights, bias, {}, {})


def _valued_probabilities(self, features):  # type: ignore[no-untyped-def]
    scores = self.bias.astype(np.float64)
    for f in features:
        name, value = _named(f)
        if name in self.index:
            scores = scores + value * self.columns[self.index[name]]
    return {t: 1.0 / (1.0 + math.exp(-float(s))) for t, s in zip(self.types, scores, strict=True)}


def _neighbour_probabilities(vectors: WordVectors, threshold: float, kinds: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """A scorer that reads a word feature the detector never learned (``w:X``, ``root:X``)
    as the learned feature of the nearest word it knows, when that word's vector lies within
    ``threshold`` (cosine): unseen wordings borrow their neighbours' weights."""
    original = EventDetector.probabilities

    def known(self, kind):  # type: ignore[no-untyped-def]
        cache = self.__dict__.setdefault("_known", {})
        if kind not in cache:
            names = [f for f in self.features if f.startswith(kind + ":")
                     and vectors.vector(f[len(kind) + 1:]) is not None]
            matrix = np.array([vectors.vector(f[len(kind) + 1:]) for f in names])
            matrix = matrix.reshape(-1, vectors.vectors.shape[1])
            cache[kind] = (names, matrix)
        return cache[kind]

    def probabilities(self, features):  # type: ignore[no-untyped-def]
        borrowed = []
        for f in features:
            kind, _, word = f.partition(":")
            if kind not in kinds or f in self.index or word.startswith("@"):
                continue
            v = vectors.vector(word)
            names, matrix = known(self, kind)
            if v is None or not names:
                continue
            sims = matrix @ v
            best = int(sims.argmax())
            if sims[best] >= threshold:
                borrowed.append(names[best])
        return original(self, list(features) + borrowed)

    return probabilities


def _variant(text: str, vectors: WordVectors, near: dict[str, TriggerNeighbours]):  # type: ignore[no-untyped-def]
    """The function adding a variant's features to a sentence's features."""
    parts = [] if text == "none" else text.split("+")

    def extra(feats: list[str]) -> list[str]:
        out = set(feats)
        for part in parts:
            name, _, arg = part.partition(":")
            if part.startswith(("C=", "borrow")):
                continue
            if name in ("vroot", "vmean"):
                key = "root:" if name == "vroot" else "w:"
                found = [v for f in feats if f.startswith(key)
                         and (v := vectors.vector(f[len(key):])) is not None]
                if found:
                    mean = np.mean(found, axis=0) * float(arg)
                    out.update(f"{name}:{i}={x:.4f}" for i, x in enumerate(mean))
            elif name.startswith("pred"):
                words = [f[5:] for f in feats if f.startswith("root:")]
                words += [f[2:].split(">")[0] for f in feats
                          if f.startswith("d:") and f.split(">")[1] in ("nsubj", "nsubjpass", "dobj")]
                out |= near[name[4:]].features(words, members=not name.endswith("-x"))
            elif name.startswith("near"):
                words = [f[2:] for f in feats if f.startswith("w:")]
                out |= near[name].features(words, members=not name.endswith("-x"))
            else:
                out |= word_class_features(feats, vectors, tuple(int(x) for x in arg.split(",")),
                                           name.split(","))
        return sorted(out)

    return extra


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--seeds", type=int, nargs="+", default=[training.SEED, 7])
    parser.add_argument("--variant", action="append", default=[])
    parser.add_argument("--vectors", type=Path, default=DEFAULT_VECTORS)
    args = parser.parse_args()
    vectors = WordVectors(args.vectors)
    lexicon = trigger_lexicon()
    near = {"near": TriggerNeighbours(vectors, lexicon, (0.5, 0.6, 0.7, 0.8))}
    near["near-x"] = near["near"]
    near["near5"] = TriggerNeighbours(vectors, lexicon, (0.5,))
    near["near7"] = TriggerNeighbours(vectors, lexicon, (0.7,))
    near["nearfine"] = TriggerNeighbours(vectors, lexicon, (0.4, 0.5, 0.6, 0.7, 0.8, 0.9))
    original_probabilities = EventDetector.probabilities
    if any("vroot" in v or "vmean" in v for v in args.variant):
        training.fit, training._matrix = _valued_fit, _valued_matrix
        EventDetector.probabilities = _valued_probabilities
    files = training.parse_gold_dirs([args.gold_dir])
    base = [[list(r.features) for r in f.records] for f in files]
    for text in args.variant or ["none"]:
        extra = _variant(text, vectors, near)
        EventDetector.probabilities = original_probabilities
        for part in text.split("+"):
            if part.startswith("borrow"):  # borrow:THRESHOLD:KINDS
                _, threshold, kinds = part.split(":")
                EventDetector.probabilities = _neighbour_probabilities(vectors, float(threshold),
                                                                       tuple(kinds.split(",")))
        training.REGULARISATION = next((float(p[2:]) for p in text.split("+") if p.startswith("C=")), 1.0)
        extractor_module.sentence_features = lambda *a, extra=extra, **k: extra(_base(*a, **k))
        for f, feats in zip(files, base, strict=True):
            f.records = [dataclasses.replace(r, features=extra(fs))
                         for r, fs in zip(f.records, feats, strict=True)]
        for seed in args.seeds:
            cv = training.cross_validate(files, 5, seed)
            s, pooled = cv.summary(), cv.pooled()
            decisions = cv.to_dict()["sentence_types"].get("with detector", {}).get("f1", 0.0)
            print(f"{text:<24} seed {seed:>3}: P {s['precision']['mean']:.4f} R {s['recall']['mean']:.4f} "
                  f"F1 {s['f1']['mean']:.4f} ± {s['f1']['sd']:.4f} strict {s['strict_f1']['mean']:.4f} "
                  f"matched {pooled.matched}/{pooled.gold} extracted {pooled.extracted} "
                  f"(sentence, type) F1 {decisions:.4f}", flush=True)


if __name__ == "__main__":
    main()
