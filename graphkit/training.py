"""Training and cross-validating the learned event detector on gold folders.

Training reads gold folders in place (their text never leaves them; only the weights
are written):

1. every article is parsed once and read by the rule extractor, which logs each
   sentence's detector features (:func:`graphkit.extract.learned.sentence_features`);
   with context classes, k-means centroids are fitted (fixed seed, no label read) over
   the content words' context vectors of all the training articles, and each sentence's
   class features (:func:`graphkit.extract.learned.class_features`) are added to its
   logged ones (:func:`fit_centroids`, :func:`with_classes`);
2. each gold event's ``evidence`` is aligned to the sentence(s) of its article that
   hold most of its words, which labels that (sentence, type) positive;
3. one L2-regularised logistic regression per event type is fitted (liblinear, fixed
   seed: the same data give the same weights);
4. the ``add`` and ``veto`` thresholds are chosen on out-of-fold probabilities of the
   training articles alone (an inner k-fold), maximising (sentence, type) F1 of the
   combined decision: a rule event is kept when its probability reaches ``veto``, a
   missed type is added when its probability reaches ``add`` (``add_beside`` in a
   sentence where the rules found an event of another type; the second events the
   extractor never adds, a contact beside a contact or a statement beside an event, count
   as misses whatever the threshold);
5. leaving one slice (``tN_`` prefix: other outlets, stories and weeks) out at a time (the
   inner folds when there is a single slice), each held-out article is read with a
   detector fitted on the other slices and the chosen thresholds, and the scored events,
   matched against the gold, give the confidence map
   (:mod:`graphkit.extract.calibration`): what share of events of such a probability,
   type and origin (rules or detector) are true on news the detector never saw.

:func:`cross_validate` splits the articles into k folds (stratified by the ``tN_`` slice
prefix of their file names), trains on k-1 folds as above and scores the held-out fold
with the evaluation rule of :mod:`graphkit.evaluate`: no threshold or weight ever sees
the fold it is scored on. With ``by_slice`` each slice is a fold of its own (leave one
slice out: no fold's detector has read the outlets and stories it is scored on).

This module holds the fitting (:func:`fit`, :func:`fit_scorer`), the threshold choice
(:func:`choose_thresholds`), the confidence map's cells (:func:`calibration_cells`), the
fold splits, :func:`train`, :func:`score` and the cross-validations. Reading and
labelling the gold folders lives in :mod:`graphkit.training_labels`
(:func:`parse_gold_dirs`, :func:`align`, ``TYPES``, re-exported here), the
cross-validation reports in :mod:`graphkit.training_results`.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from graphkit.errors import GraphkitError
from graphkit.evaluate import EvaluationReport, GoldFile, score_files, scored_matches
from graphkit.extract import Extractor
from graphkit.extract.calibration import DETECTOR, RULES, fit_confidence_map
from graphkit.extract.extractor import SentenceRecord
from graphkit.extract.learned import (
    CLASS_POS,
    RULE_FEATURE,
    EventDetector,
    blend,
    class_features,
    never_added,
)
from graphkit.extract.participants import ParticipantScorer, Swap
from graphkit.model import Event
from graphkit.training_labels import TYPES, ParsedFile
from graphkit.training_labels import align as align  # re-exported: its old path
from graphkit.training_labels import parse_gold_dirs as parse_gold_dirs  # re-exported: its old path
from graphkit.training_results import CrossValidation, RepeatedCrossValidation

SEED = 13
MIN_FEATURE_COUNT = 2
REGULARISATION = 1.0  # liblinear's C: smaller is smoother
INNER_FOLDS = 4
PER_TYPE_THRESHOLDS = False
CLASS_WEIGHT: str | None = None
#: neither add threshold is left under this share of the F1 the threshold choice reaches
#: (half: the F1-optimal threshold of a calibrated model; see :func:`choose_thresholds`)
ADD_FLOOR_SHARE = 0.5
#: threshold choices whose out-of-fold F1 differ by less than this are one choice: about two
#: (sentence, type) cells of the ~5,000 sentences trained on. Near the optimum the F1 curve is
#: flat, and taking its exact argmax let a change of one training label swing ``add`` between
#: 0.25 and 0.35 (stop 49: every type's additions moved with it)
NEAR_TIE_F1 = 0.001
#: context classes (k-means centroids over the content words' spaCy context vectors) that
#: ``graphkit train --context-classes`` fits by default; 0: none. Off by default (the keep-gates'
#: corpus CV retrains on ~76 articles a fold, where 64 classes cost 0.007); the shipped weights
#: are trained with 64 on the corpus and the real-news sets, where they raised every set never
#: trained on (docs/extraction-rounds.md, detect49 and stop 43)
CONTEXT_CLASSES = 0
_CLASS_SAMPLE = 60000  # content-word vectors the centroids are fitted on, at most
_STEP = 0.05  # the thresholds' grid step
_ADD_GRID = [round(0.2 + _STEP * i, 2) for i in range(15)]  # 0.20 .. 0.90
_VETO_GRID = [round(_STEP * i, 2) for i in range(9)]  # 0.00 .. 0.40
_SWAP_GRID = [round(0.1 + _STEP * i, 2) for i in range(17)]  # 0.10 .. 0.90


# -- fitting ------------------------------------------------------------------------------


def _vocabulary(feature_lists: Sequence[Sequence[str]], min_count: int, skip: str | None = None
                ) -> dict[str, int]:
    """Column of each feature seen at least ``min_count`` times (not starting with ``skip``)."""
    counts: dict[str, int] = {}
    for feats in feature_lists:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    kept = sorted(f for f, n in counts.items() if n >= min_count and not (skip and f.startswith(skip)))
    return {f: i for i, f in enumerate(kept)}


def _matrix(feature_lists: Sequence[Sequence[str]], index: dict[str, int]) -> Any:
    """The rows' features one-hot in a sparse matrix of ``index``'s columns."""
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for r, feats in enumerate(feature_lists):
        for f in feats:
            c = index.get(f)
            if c is not None:
                rows.append(r)
                cols.append(c)
    return csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                      shape=(len(feature_lists), len(index)))


def fit(records: Sequence[SentenceRecord], labels: Sequence[set[str]], seed: int = SEED,
        sample_weights: Sequence[float] | None = None) -> EventDetector:
    """One logistic regression per type over the records' features (thresholds unset;
    ``sample_weights``: one per record)."""
    from sklearn.linear_model import LogisticRegression

    index = _vocabulary([r.features for r in records], MIN_FEATURE_COUNT, skip=RULE_FEATURE)
    features = list(index)
    x = _matrix([r.features for r in records], index)
    weights = np.zeros((len(TYPES), len(features)), dtype=np.float32)
    bias = np.full(len(TYPES), -8.0, dtype=np.float32)
    for row, type_name in enumerate(TYPES):
        y = np.array([type_name in labels_ for labels_ in labels], dtype=np.int8)
        if y.sum() == 0 or y.sum() == len(y):
            continue
        model = LogisticRegression(C=REGULARISATION, solver="liblinear", random_state=seed,
                                   max_iter=500, class_weight=CLASS_WEIGHT)
        model.fit(x, y, sample_weight=None if sample_weights is None else np.asarray(sample_weights))
        weights[row] = model.coef_[0]
        bias[row] = model.intercept_[0]
    return EventDetector(TYPES, features, weights, bias, {}, {})


def fit_centroids(files: Sequence[ParsedFile], k: int = CONTEXT_CLASSES, seed: int = SEED
                  ) -> np.ndarray | None:
    """``k`` k-means centroids (fixed seed) over the unit-length context vectors
    (``doc.tensor``) of the content words of ``files``' docs, at most ``_CLASS_SAMPLE`` of
    them drawn with the seed; None when ``k`` is 0 or there are fewer words than ``k``.
    No label is read: the classes group words by how they are used, not by event type."""
    if k <= 0:
        return None
    from sklearn.cluster import KMeans

    parts = []
    for f in files:
        for doc in f.docs:
            if doc.tensor is None or doc.tensor.shape[0] != len(doc) or not len(doc):
                continue
            rows = [t.i for t in doc if t.pos_ in CLASS_POS and not t.ent_type_]
            if rows:
                parts.append(np.asarray(doc.tensor[rows], dtype=np.float32))
    if not parts or sum(len(p) for p in parts) < k:
        return None
    vectors = np.concatenate(parts)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-6)
    rng = np.random.default_rng(seed)
    if len(vectors) > _CLASS_SAMPLE:
        vectors = vectors[np.sort(rng.choice(len(vectors), _CLASS_SAMPLE, replace=False))]
    model = KMeans(n_clusters=k, random_state=seed, n_init=1, max_iter=100)
    model.fit(vectors)
    return model.cluster_centers_.astype(np.float32)


def with_classes(files: Sequence[ParsedFile], centroids: np.ndarray | None) -> list[ParsedFile]:
    """``files`` with each sentence record's context-class features added (the features
    the extractor adds to a sentence when its detector holds ``centroids``)."""
    if centroids is None:
        return list(files)
    out = []
    for f in files:
        docs = {article.id: doc for article, doc in zip(f.gold.articles, f.docs, strict=True)}
        records = []
        for r in f.records:
            doc = docs.get(r.article_id)
            span = doc.char_span(r.start_char, r.end_char, alignment_mode="expand") if doc else None
            extra = class_features(span, centroids) if span is not None else []
            records.append(replace(r, features=sorted(set(r.features) | set(extra))) if extra else r)
        out.append(replace(f, records=records))
    return out


def fit_scorer(examples: Sequence[tuple[list[str], bool]], seed: int = SEED, threshold: float = 0.5,
               min_count: int = 2) -> ParticipantScorer | None:
    """A participant scorer fitted on (features, is-participant) examples (None: too few
    to learn from)."""
    from sklearn.linear_model import LogisticRegression

    labels = np.array([y for _, y in examples], dtype=np.int8)
    if len(examples) < 20 or labels.sum() in (0, len(labels)):
        return None
    index = _vocabulary([feats for feats, _ in examples], min_count)
    x = _matrix([feats for feats, _ in examples], index)
    model = LogisticRegression(C=1.0, solver="liblinear", random_state=seed, max_iter=500)
    model.fit(x, labels)
    return ParticipantScorer(list(index), model.coef_[0].astype(np.float32), float(model.intercept_[0]),
                             threshold)


def unswapped(events: Sequence[Event], swaps: Sequence[Swap], cut: float | None) -> list[Event]:
    """``events`` read with every target swapped (swap 0.0), with the targets back whose
    swap ``swaps`` logged with a margin under ``cut`` (None: every one)."""
    back = {(a, s, t, new): old for a, s, t, new, old, margin in swaps if cut is None or margin < cut}
    out = []
    for e in events:
        parts = tuple(replace(p, actor=back.get((e.article_id, e.span[0], e.type, p.actor.id), p.actor))
                      for p in e.participants)
        out.append(e if parts == e.participants else replace(e, participants=parts))
    return out


def choose_cut(reads: Sequence[tuple[GoldFile, list[Event]]], undo: Callable[[list[Event], float | None],
               list[Event]], grid: Sequence[float]) -> float | None:
    """The cut of ``grid`` that maximises event F1 plus strict F1 on held-out reads made
    with every change made (``undo(events, cut)``: the events without the changes under
    ``cut``, None: without all); None where no cut does better than no change. Both, as
    the matching rule alone never counts a wrong party added (it asks the gold parties
    named, not only they): the strict one pays for it. Of equal figures the highest cut:
    fewer guesses."""
    golds = [g for g, _ in reads]

    def figure(cut: float | None) -> float:
        report = score_files(golds, [undo(events, cut) for _, events in reads])
        return report.f1 + report.strict_f1

    best, chosen = figure(None), None
    for cut in sorted(grid, reverse=True):
        value = figure(cut)
        if value > best + 1e-9:
            best, chosen = value, cut
    return chosen


def choose_swap(reads: Sequence[tuple[GoldFile, list[Event]]], swaps: Sequence[Swap]) -> float | None:
    """The ``swap`` margin of the participant scorer (:meth:`DetectorReview._swapped`), by
    :func:`choose_cut` on held-out reads made with every target swapped (each in ``swaps``)."""
    return choose_cut(reads, lambda events, cut: unswapped(events, swaps, cut), _SWAP_GRID)


def _rule_types(record: SentenceRecord) -> set[str]:
    return {f[len(RULE_FEATURE):] for f in record.features if f.startswith(RULE_FEATURE)}


def choose_thresholds(records: Sequence[SentenceRecord], labels: Sequence[set[str]],
                      probabilities: Sequence[dict[str, float]], per_type: bool = True,
                      veto: bool | Collection[str] = True
                      ) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """The per-type (add, veto, add beside) thresholds that maximise (sentence, type)
    micro-F1 of the combined decision on out-of-fold probabilities: first one triple for
    all types, then, type by type, the triple that does best given the others (kept only if
    it does better by more than :data:`NEAR_TIE_F1`). Triples within :data:`NEAR_TIE_F1` of
    the best are near-ties: the shared triple is the best one with the lowest ``add`` among
    them, so a label more or less does not move every type's additions. ``add`` holds where
    the rules found nothing in the sentence, ``add beside`` where they found an event of
    another type: a second event beside a found one is another decision than a first one.

    Neither add threshold is left under half the F1 the choice reaches, to the grid's step
    below: a calibrated model gains F1 by an addition only when its probability exceeds
    half the F1 (the F1-optimal threshold), so a lower one pays on these folds only where
    the detector has read the same outlets and stories, and does not carry to news from
    elsewhere (leave-one-slice-out, detector22).

    Without ``veto`` the veto stays 0.0: the detector only adds to what the rules found.
    Chosen on sentence labels, a veto pays where gold leaves out what the rules read (news
    annotated by other hands) and costs the events gold does hold: trained with the
    real-news sets, the folds chose 0.05, and it dropped 15 of dev's 76 matched events and
    24 of 230 on news never read (docs/extraction-rounds.md, learn48). Given types, only
    those may be vetoed (``--veto-types STATEMENT``: a veto where the rules' false events of
    one type are many), every other type's veto stays 0.0."""
    vetoed = set(TYPES) if veto is True else set() if veto is False else set(veto)

    def veto_grid(t: str) -> list[float]:
        return _VETO_GRID if t in vetoed else [0.0]

    shared_veto = _VETO_GRID if vetoed >= set(TYPES) else [0.0]
    rules = [_rule_types(r) for r in records]
    # per type, the (tp, fp, fn) of each kind of cell at each threshold; cells the
    # extractor never adds to are misses whatever the threshold
    table: dict[str, dict[tuple[float, float, float], tuple[int, int, int]]] = {t: {} for t in TYPES}
    for t in TYPES:
        parts: dict[str, dict[float, tuple[int, int, int]]] = {}
        cells: dict[str, list[tuple[bool, float]]] = {"veto": [], "add": [], "beside": []}
        fixed_fn = 0
        for rule, label, probs in zip(rules, labels, probabilities, strict=True):
            if t in rule:
                cells["veto"].append((t in label, probs[t]))
            elif never_added(t, rule):
                fixed_fn += t in label
            else:
                cells["beside" if rule else "add"].append((t in label, probs[t]))
        for kind, grid in (("veto", veto_grid(t)), ("add", _ADD_GRID), ("beside", _ADD_GRID)):
            parts[kind] = {}
            for cut in grid:
                tp = sum(1 for gold, p in cells[kind] if gold and p >= cut)
                fp = sum(1 for gold, p in cells[kind] if not gold and p >= cut)
                fn = sum(1 for gold, p in cells[kind] if gold and p < cut)
                parts[kind][cut] = (tp, fp, fn)
        for add in _ADD_GRID:
            for cut in veto_grid(t):
                for beside in _ADD_GRID:
                    a, v, b = parts["add"][add], parts["veto"][cut], parts["beside"][beside]
                    table[t][(add, cut, beside)] = (a[0] + v[0] + b[0], a[1] + v[1] + b[1],
                                                     a[2] + v[2] + b[2] + fixed_fn)

    def f1(choice: dict[str, tuple[float, float, float]]) -> float:
        tp = sum(table[t][choice[t]][0] for t in TYPES)
        fp = sum(table[t][choice[t]][1] for t in TYPES)
        fn = sum(table[t][choice[t]][2] for t in TYPES)
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    triples = [(a, v, b) for a in _ADD_GRID for v in shared_veto for b in _ADD_GRID]
    shared = {c: f1(dict.fromkeys(TYPES, c)) for c in triples}
    # the lowest add among the near-best (the floor below still bounds it), then that add's
    # best triple: a near-tie is no evidence for fewer additions
    add = min(c[0] for c in triples if shared[c] >= max(shared.values()) - NEAR_TIE_F1)
    best = max((c for c in triples if c[0] == add), key=lambda c: (shared[c], c[1], -c[2]))
    choice = dict.fromkeys(TYPES, best)
    if per_type:
        for t in TYPES:
            here = f1(choice)
            for triple in ((a, v, b) for a in _ADD_GRID for v in veto_grid(t) for b in _ADD_GRID):
                trial = {**choice, t: triple}
                if f1(trial) > here + NEAR_TIE_F1:
                    choice, here = trial, f1(trial)
    floor = round(math.floor(f1(choice) * ADD_FLOOR_SHARE / _STEP + 1e-9) * _STEP, 2)
    return ({t: max(choice[t][0], floor) for t in TYPES}, {t: choice[t][1] for t in TYPES},
            {t: max(choice[t][2], floor) for t in TYPES})


def calibration_cells(file: ParsedFile, events: Sequence[Event], probabilities: Sequence[dict[str, float]],
                      into: dict[str, dict[str, list[tuple[float, bool]]]]) -> None:
    """Add to ``into`` (group, type: cells) a cell per scored event of ``events`` (read from
    ``file`` by a detector that never saw it, which gave its sentences ``probabilities``):
    the detector's probability for the event's sentence and type, and whether the event
    matches a gold event by the scoring's rule; its group is ``rules`` when the rules
    found an event of its type in the sentence, else ``detector``."""
    sentences = {(r.article_id, r.start_char): (r, probs)
                 for r, probs in zip(file.records, probabilities, strict=True)}
    for event, matched in scored_matches(file.gold.events, events):
        seen = sentences.get((event.article_id, event.span[0]))
        if seen is None or event.type not in seen[1]:
            continue
        group = RULES if event.type in _rule_types(seen[0]) else DETECTOR
        into[group].setdefault(event.type, []).append((seen[1][event.type], matched))


def _by_slice(files: Sequence[ParsedFile]) -> dict[str, list[int]]:
    """Indexes of ``files`` by slice (``tN_`` prefix), in file order."""
    by_slice: dict[str, list[int]] = {}
    for i, f in enumerate(files):
        by_slice.setdefault(f.slice, []).append(i)
    return by_slice


def _split(files: Sequence[ParsedFile], k: int, seed: int) -> list[list[int]]:
    """Indexes of ``files`` dealt into ``k`` folds, stratified by slice, with a fixed seed."""
    rng = random.Random(seed)
    folds: list[list[int]] = [[] for _ in range(k)]
    by_slice = _by_slice(files)
    turn = 0
    for name in sorted(by_slice):
        members = sorted(by_slice[name], key=lambda i: files[i].gold.name)
        rng.shuffle(members)
        for i in members:
            folds[turn % k].append(i)
            turn += 1
    return [sorted(f) for f in folds]


def _split_by_slice(files: Sequence[ParsedFile]) -> list[list[int]]:
    """Indexes of ``files``, one fold per slice (``tN_`` prefix): a model scored on a fold
    never saw its slice's outlets, stories or weeks of news."""
    by_slice = _by_slice(files)
    return [sorted(by_slice[name]) for name in sorted(by_slice)]


def _folds(files: Sequence[ParsedFile], k: int, seed: int, by_slice: bool) -> list[list[int]]:
    """The folds :func:`cross_validate` scores: one per slice with ``by_slice``, else ``k``
    dealt by :func:`_split`; none when there are fewer than two folds or files than folds."""
    if by_slice:
        return _split_by_slice(files)
    if k < 2 or len(files) < k:
        return []
    return _split(files, k, seed)


def _fit_files(files: Sequence[ParsedFile], seed: int) -> EventDetector:
    """:func:`fit` on the sentences of ``files``, each weighted by its file's weight."""
    records = [r for f in files for r in f.records]
    labels = [lab for f in files for lab in f.labels]
    weights = [f.weight for f in files for _ in f.records]
    return fit(records, labels, seed, None if all(w == 1.0 for w in weights) else weights)


def _read(files: Sequence[ParsedFile], extractor: Extractor, detector: EventDetector | None
          ) -> list[list[Event]]:
    """The events ``extractor`` with ``detector`` finds in each of the parsed ``files``."""
    saved = extractor.detector
    extractor.detector = detector
    try:
        return [[e for doc, article in zip(f.docs, f.gold.articles, strict=True)
                 for e in extractor.extract_doc(doc, article).events] for f in files]
    finally:
        extractor.detector = saved


def _held_out_fits(files: Sequence[ParsedFile], folds: list[list[int]], extra: Sequence[ParsedFile],
                   seed: int, file_probs: dict[int, list[dict[str, float]]],
                   starting: Callable[[int], None]) -> list[tuple[EventDetector, list[int]]]:
    """For each fold (``starting`` told its number first), a detector fitted on the other
    files and ``extra``, with the fold; each held-out file's sentence probabilities by that
    detector go into ``file_probs``."""
    held_out = []
    for n, fold in enumerate(folds, 1):
        starting(n)
        held = set(fold)
        inner = _fit_files([f for i, f in enumerate(files) if i not in held] + list(extra), seed)
        held_out.append((inner, fold))
        for i in fold:
            file_probs[i] = [inner.probabilities(record.features) for record in files[i].records]
    return held_out


def train(files: Sequence[ParsedFile], seed: int = SEED, inner_folds: int = INNER_FOLDS,
          meta: dict[str, Any] | None = None, extra: Sequence[ParsedFile] = (),
          extractor: Extractor | None = None,
          on_step: Callable[[str], None] | None = None, veto: bool | Collection[str] = True,
          context_classes: int = CONTEXT_CLASSES, centroids: np.ndarray | None = None) -> EventDetector:
    """A detector fitted on all of ``files`` and ``extra``, its thresholds chosen on
    out-of-fold probabilities of an inner k-fold over ``files``: ``extra`` (articles written
    for training) joins every inner fold's fitting but is never scored, so the thresholds
    fit the news the detector will read; the participant scorer is fitted on ``files``.

    Its confidence map (:mod:`graphkit.extract.calibration`) is fitted on held-out events:
    with two slices or more (``tN_`` prefixes), each slice is read by a detector fitted on
    the other slices (and ``extra``), else each inner fold by its fold's detector; a file
    is read by ``extractor`` (default: a new rules-only one) with that detector (the
    thresholds chosen, its own participant scorer, no map), and each scored event is a
    cell of its probability and whether it matches a gold event. ``on_step`` is told each
    fitting as it starts ("fitting inner fold 2 of 5"). ``context_classes``: how many
    context classes (:func:`fit_centroids`, on ``files`` and ``extra``) the detector reads;
    0: none. ``centroids``: read these classes instead of fitting any (those of a model to
    :func:`graphkit.extract.learned.blend` with, whose class features mean the same)."""
    step = on_step or (lambda _: None)
    if not files:
        raise GraphkitError("no gold files to train on")
    if centroids is None:
        if context_classes:
            step("fitting the context classes")
        centroids = fit_centroids(list(files) + list(extra), context_classes, seed)
    files, extra = with_classes(files, centroids), with_classes(extra, centroids)
    add, vetoes = dict.fromkeys(TYPES, 0.5), dict.fromkeys(TYPES, 0.0)
    beside = dict(add)
    calibration = None
    swap: float | None = None
    if inner_folds >= 2 and len(files) >= inner_folds:
        oof_records: list[SentenceRecord] = []
        oof_labels: list[set[str]] = []
        oof_probs: list[dict[str, float]] = []
        file_probs: dict[int, list[dict[str, float]]] = {}
        folds = _split(files, inner_folds, seed + 1)
        held_out = _held_out_fits(files, folds, extra, seed, file_probs,
                                  lambda n: step(f"fitting inner fold {n} of {len(folds)}"))
        for _inner, fold in held_out:
            for i in fold:
                oof_records.extend(files[i].records)
                oof_labels.extend(files[i].labels)
                oof_probs.extend(file_probs[i])
        add, vetoes, beside = choose_thresholds(oof_records, oof_labels, oof_probs, PER_TYPE_THRESHOLDS,
                                                veto=veto)
        if len(_by_slice(files)) >= 2:
            # the map is read on news from elsewhere: each slice (other outlets, stories and
            # weeks) is read by a detector fitted on the others, not by one that saw its
            # neighbours in the same story (calib38)
            slices = _split_by_slice(files)
            held_out = _held_out_fits(files, slices, extra, seed, file_probs, lambda n: step(
                f"fitting without slice {n} of {len(slices)} (the confidence map)"))
        extractor = extractor or Extractor(detector=False)
        cells: dict[str, dict[str, list[tuple[float, bool]]]] = {RULES: {}, DETECTOR: {}}
        reads: list[tuple[int, list[Event]]] = []
        swaps: list[Swap] = []
        for inner, fold in held_out:
            inner.add, inner.veto, inner.add_beside = add, vetoes, beside
            inner.centroids = centroids  # the extractor reads the classes by them
            held = set(fold)  # read as the final detector reads: with a participant scorer
            inner.participants = fit_scorer([e for i, f in enumerate(files) if i not in held
                                             for e in f.participant_examples], seed)
            if inner.participants is not None:  # every target swapped, each logged: the
                # margin is chosen below
                inner.participants.swap, inner.participants.swaps = 0.0, swaps
            reads.extend(zip(fold, _read([files[i] for i in fold], extractor, inner), strict=True))
        swap = choose_swap([(files[i].gold, events) for i, events in reads], swaps)
        step(f"participant swap margin {swap} ({len(swaps)} targets swapped on held-out reads)")
        for i, events in reads:
            calibration_cells(files[i], unswapped(events, swaps, swap), file_probs[i], cells)
        calibration = fit_confidence_map(cells)
    everything = list(files) + list(extra)
    step(f"fitting the detector on all {len(everything)} files")
    detector = _fit_files(everything, seed)
    detector.add, detector.veto, detector.add_beside = add, vetoes, beside
    detector.calibration = calibration
    detector.centroids = centroids
    # who takes part is learned from the news's annotations alone: with the written stories'
    # candidates too, CV F1 fell on both seeds (synth5 round)
    detector.participants = fit_scorer([e for f in files for e in f.participant_examples], seed)
    if detector.participants is not None:
        detector.participants.swap = swap
    detector.meta = {"seed": seed, "files": len(everything),
                     "sentences": sum(len(f.records) for f in everything),
                     "positive": sum(len(lab) for f in everything for lab in f.labels),
                     "features": len(detector.features), **(meta or {})}
    if extra:
        detector.meta["extra_files"] = len(extra)
    return detector


def train_blended(files: Sequence[ParsedFile], earlier: EventDetector, weight: float,
                  **options: Any) -> EventDetector:
    """A detector trained on ``files`` (``options`` as :func:`train`'s) with ``earlier``'s
    context classes, then blended with ``earlier``, ``weight`` being its share of each score
    (:func:`graphkit.extract.learned.blend`: ``earlier``'s thresholds, confidence map and
    participant scorer are kept, so the new one's are fitted and dropped).

    Example: ``train_blended(parse_gold_dirs(["annotated/"]), EventDetector.load(path), 0.3)``
    """
    return blend(earlier, train(files, centroids=earlier.centroids, **options), weight)


def score(files: Sequence[ParsedFile], extractor: Extractor, detector: EventDetector | None
          ) -> EvaluationReport:
    """Score ``extractor`` with ``detector`` on already parsed gold files."""
    return score_files([f.gold for f in files], _read(files, extractor, detector))


def cross_validate(files: Sequence[ParsedFile], k: int = 5, seed: int = SEED,
                   extractor: Extractor | None = None, learned: bool = True,
                   extra: Sequence[ParsedFile] = (), by_slice: bool = False,
                   on_step: Callable[[str], None] | None = None) -> CrossValidation:
    """Train on k-1 folds, score the held-out one, for each of the k folds (``learned``
    False: score the rules alone on the same folds, for comparison). ``extra`` joins every
    fold's training and is never scored. ``by_slice``: one fold per slice instead of k
    (leave one slice out: news from outlets and weeks the model never saw). ``on_step`` is
    told each fold's work as it starts ("fold 2 of 5: fitting inner fold 3 of 5").

    Raises:
        GraphkitError: fewer files than folds, or fewer than two slices with ``by_slice``.
    """
    folds = _folds(files, k, seed, by_slice)
    if len(folds) < 2:
        raise GraphkitError(f"cannot split {len(files)} gold files into "
                            + ("slices" if by_slice else f"{k} folds"))
    extractor = extractor or Extractor(detector=False)
    reports: list[EvaluationReport] = []
    names: list[list[str]] = []
    decisions = {"rules": [0, 0, 0], "with detector": [0, 0, 0]}
    for n, fold in enumerate(folds, 1):
        held = set(fold)

        def fold_step(text: str, n: int = n) -> None:
            if on_step is not None:
                on_step(f"fold {n} of {len(folds)}: {text}")

        detector = (train([f for i, f in enumerate(files) if i not in held], seed, extra=extra,
                          extractor=extractor, on_step=fold_step) if learned else None)
        fold_step("scoring")
        reports.append(score([files[i] for i in fold], extractor, detector))
        names.append([files[i].gold.name for i in fold])
        centroids = detector.centroids if detector is not None else None
        for held_file in with_classes([files[i] for i in fold], centroids):
            for record, label in zip(held_file.records, held_file.labels, strict=True):
                rules = _rule_types(record) & set(TYPES)
                said = {"rules": rules}
                if detector is not None:
                    review = detector.review(record.features, rules)
                    said["with detector"] = (rules - review.veto) | set(review.add)
                for name, types in said.items():
                    counts = decisions[name]
                    counts[0] += len(types & label)
                    counts[1] += len(types - label)
                    counts[2] += len(label - types)
    return CrossValidation(reports, names, seed, sum(f.unaligned for f in files),
                           {name: c for name, c in decisions.items() if any(c)})


def repeated_cross_validation(files: Sequence[ParsedFile], k: int = 5, seeds: Sequence[int] = (SEED,),
                              extractor: Extractor | None = None, learned: bool = True,
                              extra: Sequence[ParsedFile] = ()) -> RepeatedCrossValidation:
    """:func:`cross_validate` once per seed on the same parsed files (each seed splits the
    folds differently); the articles are parsed once for all.

    Raises:
        GraphkitError: no seed, or fewer files than folds.
    """
    if not seeds:
        raise GraphkitError("no seed to cross-validate with")
    extractor = extractor or Extractor(detector=False)
    return RepeatedCrossValidation([cross_validate(files, k, seed, extractor, learned, extra)
                                    for seed in seeds])
