"""What an event's ``confidence`` means: how often an event like it is a true event.

The learned detector's probability for a (sentence, type) is no such estimate on its own:
a wording training lacks gets 0.02-0.06 on an event the rules rightly found, and the rules'
own constants (0.7, 0.8 x a trigger's...) are on no scale at all. Training therefore fits
a :class:`ConfidenceMap` on held-out events, leaving one slice of the training news out at
a time (a slice's outlets and stories are news the reading detector never saw; a single
slice falls back to the inner k-fold that chooses the thresholds): each held-out article
is read by a detector that never saw it, and each scored event it finds is a cell of the
detector's probability for the event's sentence and type and whether the event matches a
gold event by the scoring's rule (:func:`graphkit.training.train`). One
monotone curve from probability to the share of true cells is fitted for the events the
rules found (group ``rules``) and one for those the detector added (group ``detector``),
each over all types (:data:`POOLED`). A type whose cells hold at least
:data:`MIN_TYPE_CELLS` true and as many false ones gets a curve of its own; a thinner type
reads the pooled curve moved up or down, in log-odds, by how far its own cells' share lies
from what the pooled curve says of them, that share first pulled towards the pooled one by
:data:`TYPE_PRIOR_CELLS` pseudo-cells (a type with no cells reads the pooled curve itself).

A curve is fitted by pooling adjacent violators (isotonic regression) over the cells
sorted by probability, each block's share then pulled towards a prior by
:data:`PRIOR_CELLS` pseudo-cells (the pooled curve for a type's curve, the share of all
the cells for a pooled one), so that a block of a few cells does not read 0 or 1; the
blocks' (mean probability, share) points, pooled again where the pull broke their order,
are the curve's knots, read between by straight lines and flat beyond the ends.

The map is a few dozen numbers in the detector's header (``calibration``), rounded so
that the same cells give the same bytes. A detector file without it reports the
probability itself, as before the map existed.

What the map cannot know: how precise graphkit is on news annotated elsewhere. Held-out
slices of the training news are 85-93% right (calib38); real news from other outlets,
annotated by other hands, 52-75%, with nothing the map reads (probability, type, the share
of a sentence's features the detector knows) telling the two apart.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

#: The kinds of events a curve is fitted for: found by the rules, added by the detector.
GROUPS: tuple[str, ...] = ("rules", "detector")
RULES, DETECTOR = GROUPS
#: The key of a group's curve over all its types.
POOLED = "*"
#: The true cells and the false cells a type needs for a curve of its own.
MIN_TYPE_CELLS = 20
#: Pseudo-cells pulling each block's share towards its prior.
PRIOR_CELLS = 5.0
#: Pseudo-cells pulling a thin type's share towards what the pooled curve says of it.
TYPE_PRIOR_CELLS = 10.0
_DIGITS = 4


@dataclass(frozen=True)
class Curve:
    """A monotone map from a probability to a share, by its knots (``xs`` increasing,
    ``ys`` not decreasing): straight lines between knots, flat beyond the ends."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]

    def __call__(self, probability: float) -> float:
        return float(np.interp(probability, self.xs, self.ys))

    def to_json(self) -> list[list[float]]:
        return [list(self.xs), list(self.ys)]

    @classmethod
    def from_json(cls, raw: Sequence[Sequence[float]]) -> Curve:
        return cls(tuple(float(x) for x in raw[0]), tuple(float(y) for y in raw[1]))


@dataclass(frozen=True)
class ConfidenceMap:
    """Per group (:data:`GROUPS`), a curve per type with enough cells and a pooled one
    (:data:`POOLED`)."""

    curves: Mapping[str, Mapping[str, Curve]] = field(default_factory=dict)

    def confidence(self, type_name: str, probability: float, group: str) -> float:
        """The calibrated confidence of an event of ``type_name`` whose sentence the
        detector gave ``probability``, found by ``group`` (the probability itself when the
        group has no curve).

        Example:
            >>> m = ConfidenceMap({"rules": {"*": Curve((0.1, 0.9), (0.6, 0.95))}})
            >>> m.confidence("MEET", 0.5, "rules")
            0.775
        """
        curves = self.curves.get(group, {})
        curve = curves.get(type_name) or curves.get(POOLED)
        return round(curve(probability) if curve is not None else probability, 3)

    def to_json(self) -> dict[str, dict[str, list[list[float]]]]:
        return {group: {name: curve.to_json() for name, curve in sorted(curves.items())}
                for group, curves in sorted(self.curves.items())}

    @classmethod
    def from_json(cls, raw: Mapping[str, Mapping[str, Any]]) -> ConfidenceMap:
        return cls({group: {name: Curve.from_json(c) for name, c in curves.items()}
                    for group, curves in raw.items()})


def _pool(blocks: list[list[float]]) -> list[list[float]]:
    """Adjacent blocks ``[weight, weighted share, weighted probability]`` pooled until
    their shares no longer fall."""
    stack: list[list[float]] = []
    for block in blocks:
        stack.append(list(block))
        while len(stack) > 1 and stack[-2][1] / stack[-2][0] >= stack[-1][1] / stack[-1][0]:
            top = stack.pop()
            stack[-1] = [a + b for a, b in zip(stack[-1], top, strict=True)]
    return stack


def fit_curve(cells: Sequence[tuple[float, bool]], prior: Curve | None = None) -> Curve | None:
    """The monotone curve of the share of true ``cells`` (probability, is true) by
    probability, each block pulled towards ``prior`` (default: the share of all the cells);
    None without cells."""
    if not cells:
        return None
    overall = sum(1 for _, true in cells if true) / len(cells)
    by_value: dict[float, list[float]] = {}
    for probability, true in cells:
        counts = by_value.setdefault(float(probability), [0.0, 0.0])
        counts[0] += 1.0
        counts[1] += float(true)
    blocks = _pool([[n, hits, n * p] for p, (n, hits) in sorted(by_value.items())])
    knots = []
    for n, hits, mass in blocks:
        mean = mass / n
        towards = prior(mean) if prior is not None else overall
        share = (hits + PRIOR_CELLS * towards) / (n + PRIOR_CELLS)
        knots.append([n + PRIOR_CELLS, share * (n + PRIOR_CELLS), mean * (n + PRIOR_CELLS)])
    knots = _pool(knots)
    xs = [round(mass / n, _DIGITS) for n, _, mass in knots]
    ys = [round(hits / n, _DIGITS) for n, hits, _ in knots]
    # rounding may bring two knots to one probability: keep the higher share
    points: dict[float, float] = {}
    for x, y in zip(xs, ys, strict=True):
        points[x] = max(y, points.get(x, 0.0))
    return Curve(tuple(points), tuple(points.values()))


def _enough(cells: Sequence[tuple[float, bool]]) -> bool:
    true = sum(1 for _, t in cells if t)
    return true >= MIN_TYPE_CELLS and len(cells) - true >= MIN_TYPE_CELLS


def _logit(share: float) -> float:
    share = min(max(share, 1e-4), 1 - 1e-4)
    return math.log(share / (1 - share))


def _shifted(pooled: Curve, cells: Sequence[tuple[float, bool]]) -> Curve:
    """``pooled`` moved, in log-odds, from the share it says of ``cells`` to their own
    share pulled towards it by :data:`TYPE_PRIOR_CELLS` pseudo-cells (so never to 0 or 1)."""
    said = sum(pooled(p) for p, _ in cells) / len(cells)
    own = (sum(1 for _, true in cells if true) + TYPE_PRIOR_CELLS * said) / (len(cells) + TYPE_PRIOR_CELLS)
    move = _logit(own) - _logit(said)
    return Curve(pooled.xs, tuple(round(1 / (1 + math.exp(-(_logit(y) + move))), _DIGITS) for y in pooled.ys))


def fit_confidence_map(cells: Mapping[str, Mapping[str, Sequence[tuple[float, bool]]]]) -> ConfidenceMap:
    """The map of per group, per type (probability, is true) ``cells``: each group's pooled
    curve, and a type's own curve (pulled towards the pooled one) where it has enough."""
    curves: dict[str, dict[str, Curve]] = {}
    for group in sorted(cells):
        by_type = cells[group]
        pooled = fit_curve([c for name in sorted(by_type) for c in by_type[name]])
        if pooled is None:
            continue
        curves[group] = {POOLED: pooled}
        for name in sorted(by_type):
            if by_type[name]:
                curves[group][name] = (fit_curve(by_type[name], pooled) if _enough(by_type[name])
                                       else _shifted(pooled, by_type[name]))
    return ConfidenceMap(curves)
