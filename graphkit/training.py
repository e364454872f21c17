"""Training and cross-validating the learned event detector on gold folders.

Training reads gold folders in place (their text never leaves them; only the weights
are written):

1. every article is parsed once and read by the rule extractor, which logs each
   sentence's detector features (:func:`graphkit.extract.learned.sentence_features`);
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
   as misses whatever the threshold).

:func:`cross_validate` splits the articles into k folds (stratified by the ``tN_`` slice
prefix of their file names), trains on k-1 folds as above and scores the held-out fold
with the evaluation rule of :mod:`graphkit.evaluate`: no threshold or weight ever sees
the fold it is scored on. With ``by_slice`` each slice is a fold of its own (leave one
slice out: no fold's detector has read the outlets and stories it is scored on).
"""

from __future__ import annotations

import math
import random
import re
import statistics
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc

from graphkit.errors import GraphkitError
from graphkit.evaluate import EvaluationReport, GoldFile, load_gold_dir, participant_matches, score_files
from graphkit.extract import Extractor
from graphkit.extract.extractor import SentenceRecord
from graphkit.extract.learned import RULE_FEATURE, EventDetector, never_added
from graphkit.extract.participants import ParticipantScorer

#: The event types the detector learns (OTHER is not scored, so not learned).
TYPES = ("ACCUSE", "AGREE", "AID", "ARREST", "ATTACK", "CALL", "DEMAND", "EXPEL", "MEET",
         "SANCTION", "STATEMENT", "THREATEN")
SEED = 13
MIN_FEATURE_COUNT = 2
REGULARISATION = 1.0  # liblinear's C: smaller is smoother
INNER_FOLDS = 4
PER_TYPE_THRESHOLDS = False
CLASS_WEIGHT: str | None = None
# an evidence is aligned to a sentence holding this share of its words
_ALIGN_MIN = 0.5
_STEP = 0.05  # the thresholds' grid step
_ADD_GRID = [round(0.2 + _STEP * i, 2) for i in range(15)]  # 0.20 .. 0.90
_VETO_GRID = [round(_STEP * i, 2) for i in range(9)]  # 0.00 .. 0.40


@dataclass
class ParsedFile:
    """One gold file, parsed: its docs, the sentences the detector reads, their labels."""

    gold: GoldFile
    slice: str
    docs: list[Doc]
    records: list[SentenceRecord]
    labels: list[set[str]]
    unaligned: int = 0
    # (candidate features, is a gold participant) of the aligned sentences' candidates
    participant_examples: list[tuple[list[str], bool]] = field(default_factory=list)
    # the sample weight of its sentences in fitting (written training articles may count less)
    weight: float = 1.0


@dataclass
class CrossValidation:
    """Per-fold reports of a k-fold cross-validation, and their mean and spread."""

    folds: list[EvaluationReport]
    fold_files: list[list[str]]
    seed: int
    unaligned: int = 0
    # (sentence, type) decisions on the held-out folds: true/false positives and misses
    # of the rules alone and of the rules with the detector (labels: aligned gold evidence)
    sentence_types: dict[str, list[int]] = field(default_factory=dict)

    def summary(self) -> dict[str, dict[str, float]]:
        """Mean and standard deviation over folds of each headline figure."""
        rows = {
            "precision": [r.precision for r in self.folds],
            "recall": [r.recall for r in self.folds],
            "f1": [r.f1 for r in self.folds],
            "strict_f1": [r.strict_f1 for r in self.folds],
            "prior_contacts": [r.prior_share for r in self.folds],
            "dates_right": [r.date_accuracy for r in self.folds],
            "countries_right": [r.country_accuracy for r in self.folds],
        }
        return {k: {"mean": round(statistics.fmean(v), 4),
                    "sd": round(statistics.pstdev(v), 4) if len(v) > 1 else 0.0,
                    "min": round(min(v), 4), "max": round(max(v), 4)} for k, v in rows.items()}

    def pooled(self) -> EvaluationReport:
        """All held-out folds scored as one set (each event scored by a model that never
        saw its article)."""
        total = EvaluationReport()
        for r in self.folds:
            for name in ("files", "articles", "gold", "extracted", "matched", "strict_matched", "prior_gold",
                         "prior_extracted", "prior_matched", "dated_matches", "dates_right",
                         "countries_checked", "countries_right"):
                setattr(total, name, getattr(total, name) + getattr(r, name))
            for t, s in r.per_type.items():
                mine = total.per_type.setdefault(t, type(s)())
                mine.gold += s.gold
                mine.extracted += s.extracted
                mine.matched_gold += s.matched_gold
                mine.matched_extracted += s.matched_extracted
            total.misses.extend(r.misses)
            total.false_events.extend(r.false_events)
            total.prior_misses.extend(r.prior_misses)
            total.wrong_dates.extend(r.wrong_dates)
        return total

    def to_dict(self) -> dict[str, Any]:
        pooled = self.pooled().to_dict()
        return {"folds": len(self.folds), "seed": self.seed, "summary": self.summary(),
                "per_fold": [{k: v for k, v in r.to_dict().items() if k not in (
                    "misses", "false_events", "prior_misses", "wrong_dates", "per_type")}
                    | {"files": files} for r, files in zip(self.folds, self.fold_files, strict=True)],
                "pooled": {k: v for k, v in pooled.items()
                           if k not in ("misses", "false_events", "prior_misses", "wrong_dates")},
                "unaligned_evidence": self.unaligned,
                "sentence_types": {name: _prf(*counts) for name, counts in self.sentence_types.items()}}

    def to_text(self) -> str:
        lines = [f"{len(self.folds)}-fold cross-validation (seed {self.seed}); mean ± sd over folds:"]
        for name, row in self.summary().items():
            lines.append(f"  {name:<16} {row['mean']:.3f} ± {row['sd']:.3f}  "
                         f"(min {row['min']:.3f}, max {row['max']:.3f})")
        lines.append("")
        lines.append("held-out folds pooled:")
        lines.append(self.pooled().to_text())
        if self.sentence_types:
            lines.append("")
            lines.append("(sentence, type) decisions on the held-out folds (before participants and dates):")
            for name, counts in self.sentence_types.items():
                row = _prf(*counts)
                lines.append(f"  {name:<16} precision {row['precision']:.3f}  recall {row['recall']:.3f}  "
                             f"F1 {row['f1']:.3f}")
        if self.unaligned:
            lines.append(f"\n{self.unaligned} gold evidences matched no sentence (not learned from)")
        return "\n".join(lines)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


# -- reading and labelling --------------------------------------------------------------


def _fold(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.findall(r"\w+", text)


def align(records: Sequence[SentenceRecord], evidence: str) -> list[int]:
    """The indexes of the records (sentences of one article) that state ``evidence``:
    the one holding most of its words, and any other that lies almost wholly inside it
    (an evidence spanning two sentences); none when no sentence holds half its words."""
    wanted = _fold(evidence)
    if not wanted:
        return []
    bag = set(wanted)
    scores = []
    for i, r in enumerate(records):
        words = set(_fold(r.text))
        inside = len(bag & words)
        scores.append((inside / len(bag), inside / len(words) if words else 0.0, i))
    best = max(scores, default=None)
    if best is None or best[0] < _ALIGN_MIN:
        return []
    return sorted({best[2]} | {i for cover, within, i in scores
                               if i != best[2] and within >= 0.8 and cover >= 0.25})


def _slice(name: str) -> str:
    match = re.match(r"(t\d+)_", name)
    return match.group(1) if match else "other"


def parse_gold_dirs(gold_dirs: Sequence[Path], extractor: Extractor | None = None) -> list[ParsedFile]:
    """Every gold file of ``gold_dirs``, parsed and read by the rules, with labels.

    Raises:
        GraphkitError: a folder holds no gold file.
    """
    import json

    extractor = extractor or Extractor(detector=False)
    saved = extractor.detector
    extractor.detector = None
    files = [f for d in gold_dirs for f in load_gold_dir(Path(d))]
    parsed: list[ParsedFile] = []
    articles = [a for f in files for a in f.articles]
    docs = iter(extractor.nlp.pipe((a.text for a in articles), batch_size=extractor.batch_size))
    try:
        for gold in files:
            log: list[SentenceRecord] = []
            extractor.feature_log = log
            own_docs = []
            for article in gold.articles:
                doc = next(docs)
                extractor.extract_doc(doc, article)
                own_docs.append(doc)
            labels: list[set[str]] = [set() for _ in log]
            examples: list[tuple[list[str], bool]] = []
            unaligned = 0
            data = json.loads(gold.path.read_text(encoding="utf-8"))
            for raw_article in data.get("articles", []):
                for raw in raw_article.get("events", []):
                    if raw["type"] not in TYPES:
                        continue
                    where = align(log, raw.get("evidence", ""))
                    unaligned += not where
                    parties = list(zip_longest(raw.get("actors") or [], raw.get("countries") or []))
                    for i in where:
                        labels[i].add(raw["type"])
                        examples.extend((by_type[raw["type"]], any(
                            participant_matches(g, a) for g in parties for a in actors))
                            for actors, by_type in log[i].candidates if raw["type"] in by_type and actors)
            parsed.append(ParsedFile(gold, _slice(gold.name), own_docs, log, labels, unaligned, examples))
    finally:
        extractor.feature_log = None
        extractor.detector = saved
    return parsed


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


def _rule_types(record: SentenceRecord) -> set[str]:
    return {f[len(RULE_FEATURE):] for f in record.features if f.startswith(RULE_FEATURE)}


def choose_thresholds(records: Sequence[SentenceRecord], labels: Sequence[set[str]],
                      probabilities: Sequence[dict[str, float]], per_type: bool = True
                      ) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """The per-type (add, veto, add beside) thresholds that maximise (sentence, type)
    micro-F1 of the combined decision on out-of-fold probabilities: first one triple for
    all types, then, type by type, the triple that does best given the others (kept only if
    it does better). ``add`` holds where the rules found nothing in the sentence, ``add
    beside`` where they found an event of another type: a second event beside a found one
    is another decision than a first one.

    Neither add threshold is left under half the F1 the choice reaches, to the grid's step
    below: a calibrated model gains F1 by an addition only when its probability exceeds
    half the F1 (the F1-optimal threshold), so a lower one pays on these folds only where
    the detector has read the same outlets and stories, and does not carry to news from
    elsewhere (leave-one-slice-out, detector22)."""
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
        for kind, grid in (("veto", _VETO_GRID), ("add", _ADD_GRID), ("beside", _ADD_GRID)):
            parts[kind] = {}
            for cut in grid:
                tp = sum(1 for gold, p in cells[kind] if gold and p >= cut)
                fp = sum(1 for gold, p in cells[kind] if not gold and p >= cut)
                fn = sum(1 for gold, p in cells[kind] if gold and p < cut)
                parts[kind][cut] = (tp, fp, fn)
        for add in _ADD_GRID:
            for veto in _VETO_GRID:
                for beside in _ADD_GRID:
                    a, v, b = parts["add"][add], parts["veto"][veto], parts["beside"][beside]
                    table[t][(add, veto, beside)] = (a[0] + v[0] + b[0], a[1] + v[1] + b[1],
                                                     a[2] + v[2] + b[2] + fixed_fn)

    def f1(choice: dict[str, tuple[float, float, float]]) -> float:
        tp = sum(table[t][choice[t]][0] for t in TYPES)
        fp = sum(table[t][choice[t]][1] for t in TYPES)
        fn = sum(table[t][choice[t]][2] for t in TYPES)
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    triples = [(a, v, b) for a in _ADD_GRID for v in _VETO_GRID for b in _ADD_GRID]
    best = max(triples, key=lambda c: (f1(dict.fromkeys(TYPES, c)), -c[0], c[1], -c[2]))
    choice = dict.fromkeys(TYPES, best)
    if per_type:
        for t in TYPES:
            here = f1(choice)
            for triple in triples:
                trial = {**choice, t: triple}
                if f1(trial) > here + 1e-9:
                    choice, here = trial, f1(trial)
    floor = round(math.floor(f1(choice) / 2 / _STEP + 1e-9) * _STEP, 2)
    return ({t: max(choice[t][0], floor) for t in TYPES}, {t: choice[t][1] for t in TYPES},
            {t: max(choice[t][2], floor) for t in TYPES})


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


def train(files: Sequence[ParsedFile], seed: int = SEED, inner_folds: int = INNER_FOLDS,
          meta: dict[str, Any] | None = None, extra: Sequence[ParsedFile] = ()) -> EventDetector:
    """A detector fitted on all of ``files`` and ``extra``, its thresholds chosen on
    out-of-fold probabilities of an inner k-fold over ``files``: ``extra`` (articles written
    for training) joins every inner fold's fitting but is never scored, so the thresholds
    fit the news the detector will read; the participant scorer is fitted on ``files``."""
    if not files:
        raise GraphkitError("no gold files to train on")
    add, veto = dict.fromkeys(TYPES, 0.5), dict.fromkeys(TYPES, 0.0)
    beside = dict(add)
    if inner_folds >= 2 and len(files) >= inner_folds:
        oof_records: list[SentenceRecord] = []
        oof_labels: list[set[str]] = []
        oof_probs: list[dict[str, float]] = []
        for fold in _split(files, inner_folds, seed + 1):
            held = set(fold)
            inner = _fit_files([f for i, f in enumerate(files) if i not in held] + list(extra), seed)
            for i in fold:
                for record, label in zip(files[i].records, files[i].labels, strict=True):
                    oof_records.append(record)
                    oof_labels.append(label)
                    oof_probs.append(inner.probabilities(record.features))
        add, veto, beside = choose_thresholds(oof_records, oof_labels, oof_probs, PER_TYPE_THRESHOLDS)
    everything = list(files) + list(extra)
    detector = _fit_files(everything, seed)
    detector.add, detector.veto, detector.add_beside = add, veto, beside
    # who takes part is learned from the news's annotations alone: with the written stories'
    # candidates too, CV F1 fell on both seeds (synth5 round)
    detector.participants = fit_scorer([e for f in files for e in f.participant_examples], seed)
    detector.meta = {"seed": seed, "files": len(everything),
                     "sentences": sum(len(f.records) for f in everything),
                     "positive": sum(len(lab) for f in everything for lab in f.labels),
                     "features": len(detector.features), **(meta or {})}
    if extra:
        detector.meta["extra_files"] = len(extra)
    return detector


def score(files: Sequence[ParsedFile], extractor: Extractor, detector: EventDetector | None
          ) -> EvaluationReport:
    """Score ``extractor`` with ``detector`` on already parsed gold files."""
    saved = extractor.detector
    extractor.detector = detector
    try:
        extracted = [[e for doc, article in zip(f.docs, f.gold.articles, strict=True)
                      for e in extractor.extract_doc(doc, article).events] for f in files]
    finally:
        extractor.detector = saved
    return score_files([f.gold for f in files], extracted)


def cross_validate(files: Sequence[ParsedFile], k: int = 5, seed: int = SEED,
                   extractor: Extractor | None = None, learned: bool = True,
                   extra: Sequence[ParsedFile] = (), by_slice: bool = False) -> CrossValidation:
    """Train on k-1 folds, score the held-out one, for each of the k folds (``learned``
    False: score the rules alone on the same folds, for comparison). ``extra`` joins every
    fold's training and is never scored. ``by_slice``: one fold per slice instead of k
    (leave one slice out: news from outlets and weeks the model never saw).

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
    for fold in folds:
        held = set(fold)
        detector = (train([f for i, f in enumerate(files) if i not in held], seed, extra=extra)
                    if learned else None)
        reports.append(score([files[i] for i in fold], extractor, detector))
        names.append([files[i].gold.name for i in fold])
        for i in fold:
            for record, label in zip(files[i].records, files[i].labels, strict=True):
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


@dataclass
class RepeatedCrossValidation:
    """k-fold cross-validations repeated over several seeds (fold splits): a change to
    extraction is measured against the spread that the choice of split alone gives."""

    runs: list[CrossValidation]

    def summary(self) -> dict[str, dict[str, float]]:
        """Per headline figure: the mean over seeds of the fold mean, and its spread over
        seeds (``sd_over_seeds``), with the lowest and highest seed's figure."""
        out: dict[str, dict[str, float]] = {}
        per_seed = [run.summary() for run in self.runs]
        for name in per_seed[0]:
            means = [s[name]["mean"] for s in per_seed]
            out[name] = {"mean": round(statistics.fmean(means), 4),
                         "sd_over_seeds": round(statistics.pstdev(means), 4) if len(means) > 1 else 0.0,
                         "min": round(min(means), 4), "max": round(max(means), 4)}
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"seeds": [run.seed for run in self.runs], "folds": len(self.runs[0].folds),
                "summary": self.summary(),
                "per_seed": [{"seed": run.seed} | {k: v["mean"] for k, v in run.summary().items()}
                             for run in self.runs]}

    def to_text(self) -> str:
        lines = [f"{len(self.runs[0].folds)}-fold cross-validation repeated over seeds "
                 f"{', '.join(str(run.seed) for run in self.runs)}; mean over seeds (sd over seeds):"]
        for name, row in self.summary().items():
            lines.append(f"  {name:<16} {row['mean']:.3f} ({row['sd_over_seeds']:.3f}; "
                         f"min {row['min']:.3f}, max {row['max']:.3f})")
        return "\n".join(lines)


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
