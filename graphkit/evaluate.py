"""Scoring extraction against hand-made gold annotations (the corpus README's rule).

A gold folder holds article files and, beside each, ``NAME.gold.json``. An extracted event
matches a gold event when

- its type is the gold type or one of ``type_alt``;
- it names at least two of the gold participants (or one where gold has one), each by
  name (or alias, or surname) or by country, one extracted actor per gold participant;
- its date, where both give one, agrees at the coarser precision.

Matching is one-to-one (a maximum bipartite matching) within each file. OTHER gold events
are not scored; extracted events that are planned, hypothetical or negated are left out;
extracted ``implied_prior`` events are matched against the gold ``prior_contacts`` only.

Example (from a checkout; ``training/fictional`` is a gold folder of invented news):
    >>> from pathlib import Path
    >>> from graphkit.evaluate import evaluate
    >>> report = evaluate(Path("training/fictional"))
    >>> 0 < report.matched <= report.gold
    True
    >>> print(report.to_text())  # doctest: +SKIP
    70 files, 70 articles: 372 gold events, 228 extracted, 153 matched
    precision 0.671  recall 0.411  F1 0.510  (strict participants: F1 0.477)
    ...
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import zip_longest
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphkit.errors import GraphkitError, LoadError
from graphkit.model import Actor, Article, Event

if TYPE_CHECKING:
    from graphkit.extract import Extractor

SCORED_MODALITY = "asserted"
PRIOR_MODALITY = "implied_prior"


@dataclass(frozen=True)
class GoldEvent:
    """One gold event (or prior contact) of a gold file."""

    file: str
    type: str
    types: frozenset[str]
    participants: tuple[tuple[str | None, str | None], ...]
    date: str | None
    evidence: str
    article: str | None = None


@dataclass(frozen=True)
class ErrorItem:
    """A gold event nobody matched, or an extracted event that matched no gold event."""

    file: str
    type: str
    actors: tuple[str, ...]
    date: str | None
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "type": self.type, "actors": list(self.actors),
                "date": self.date, "evidence": self.evidence}


@dataclass
class TypeScore:
    gold: int = 0
    extracted: int = 0
    matched_gold: int = 0
    matched_extracted: int = 0

    @property
    def precision(self) -> float:
        return _share(self.matched_extracted, self.extracted)

    @property
    def recall(self) -> float:
        return _share(self.matched_gold, self.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "extracted": self.extracted, "matched": self.matched_gold,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class EvaluationReport:
    """Precision, recall and F1 overall and per type, and the figures around them."""

    files: int = 0
    articles: int = 0
    gold: int = 0
    extracted: int = 0
    matched: int = 0
    per_type: dict[str, TypeScore] = field(default_factory=dict)
    prior_gold: int = 0
    prior_extracted: int = 0
    prior_matched: int = 0
    # matches in which every extracted participant is a gold one (no extra actors listed)
    strict_matched: int = 0
    dated_matches: int = 0
    dates_right: int = 0
    countries_checked: int = 0
    countries_right: int = 0
    misses: list[ErrorItem] = field(default_factory=list)
    false_events: list[ErrorItem] = field(default_factory=list)
    prior_misses: list[ErrorItem] = field(default_factory=list)
    wrong_dates: list[tuple[ErrorItem, str | None]] = field(default_factory=list)
    load_errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return _share(self.matched, self.extracted)

    @property
    def recall(self) -> float:
        return _share(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def strict_f1(self) -> float:
        """F1 when a match also needs every extracted participant to be a gold one: the
        main rule asks only for two right participants, so it cannot see an event that
        lists a wrong third party; this figure can."""
        return _f1(_share(self.strict_matched, self.extracted), _share(self.strict_matched, self.gold))

    @property
    def prior_share(self) -> float:
        """The share of gold prior contacts found."""
        return _share(self.prior_matched, self.prior_gold, empty=1.0)

    @property
    def date_accuracy(self) -> float:
        """Of matched gold events with a date, the share whose extracted date agrees at the
        gold precision."""
        return _share(self.dates_right, self.dated_matches, empty=1.0)

    @property
    def country_accuracy(self) -> float:
        """Of gold participants matched by name, the share whose extracted actor has the
        gold country."""
        return _share(self.countries_right, self.countries_checked, empty=1.0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files, "articles": self.articles,
            "gold": self.gold, "extracted": self.extracted, "matched": self.matched,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "strict_f1": round(self.strict_f1, 4), "strict_matched": self.strict_matched,
            "per_type": {t: s.to_dict() for t, s in sorted(self.per_type.items())},
            "prior_contacts": {"gold": self.prior_gold, "extracted": self.prior_extracted,
                               "found": self.prior_matched, "share": round(self.prior_share, 4)},
            "date_accuracy": round(self.date_accuracy, 4), "dated_matches": self.dated_matches,
            "country_accuracy": round(self.country_accuracy, 4),
            "countries_checked": self.countries_checked,
            "misses": [m.to_dict() for m in self.misses],
            "false_events": [m.to_dict() for m in self.false_events],
            "prior_misses": [m.to_dict() for m in self.prior_misses],
            "wrong_dates": [{**m.to_dict(), "extracted_date": d} for m, d in self.wrong_dates],
            "load_errors": list(self.load_errors),
        }

    def to_text(self, show_errors: bool = False) -> str:
        """A plain-text summary for people (with every miss and false event if asked)."""
        lines = [
            f"{self.files} files, {self.articles} articles: {self.gold} gold events, "
            f"{self.extracted} extracted, {self.matched} matched",
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"(strict participants: F1 {self.strict_f1:.3f})",
            (f"prior contacts found {self.prior_matched}/{self.prior_gold} "
             f"({self.prior_share:.0%}), {self.prior_extracted} extracted" if self.prior_gold
             else f"prior contacts: none in the gold, {self.prior_extracted} extracted"),
            f"dates right {self.dates_right}/{self.dated_matches} ({self.date_accuracy:.0%}); "
            f"actor countries right {self.countries_right}/{self.countries_checked} "
            f"({self.country_accuracy:.0%})",
            "",
            f"{'type':<10} {'gold':>5} {'extr':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6}",
        ]
        for name, s in sorted(self.per_type.items()):
            lines.append(f"{name:<10} {s.gold:>5} {s.extracted:>5} {s.matched_gold:>5} "
                         f"{s.precision:>6.2f} {s.recall:>6.2f} {s.f1:>6.2f}")
        for error in self.load_errors:
            lines.append(f"load error: {error}")
        if show_errors:
            for title, items in (("missed", self.misses), ("false", self.false_events),
                                 ("missed prior contacts", self.prior_misses)):
                lines.append("")
                lines.append(f"{title} ({len(items)}):")
                for item in items:
                    lines.append(f"  [{item.file}] {item.type} {list(item.actors)} {item.date}: "
                                 f"{item.evidence[:160]}")
            lines.append("")
            lines.append(f"wrong dates ({len(self.wrong_dates)}):")
            for item, extracted in self.wrong_dates:
                lines.append(f"  [{item.file}] {item.type} gold {item.date}, extracted {extracted}: "
                             f"{item.evidence[:140]}")
        return "\n".join(lines)


def _share(part: int, whole: int, empty: float = 0.0) -> float:
    """``part / whole``, or ``empty`` when there is no whole."""
    return part / whole if whole else empty


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().replace("\u2019", "'").replace("-", " ").split())


def _names(actor: Actor) -> set[str]:
    names = {_fold(actor.name), *(_fold(a) for a in actor.aliases)}
    return names


def _names_match(gold: str, actor: Actor) -> bool:
    wanted = _fold(gold)
    names = _names(actor)
    if wanted in names:
        return True
    if actor.kind == "person":
        gold_last = wanted.split()[-1]
        return any(n.split() and n.split()[-1] == gold_last for n in names) and len(wanted.split()) > 1
    return False


def participant_matches(gold: tuple[str | None, str | None], actor: Actor) -> bool:
    """A gold participant (name, country) is this actor: by name (or alias, or surname),
    or by country."""
    name, country = gold
    if name and _names_match(name, actor):
        return True
    return bool(country) and actor.country == country


def parties_agree(gold: GoldEvent, actors: Sequence[Actor]) -> bool:
    """``actors`` name the gold event's participants, two of them when it has two or more
    (each gold participant matched by a different actor)."""
    need = min(2, len(gold.participants))
    if need == 0:
        return True
    actors = list({a.id: a for a in actors}.values())
    return _bipartite(len(gold.participants), len(actors),
                      lambda g, e: participant_matches(gold.participants[g], actors[e])) >= need


def _only_gold_participants(gold: GoldEvent, event: Event) -> bool:
    """Every actor the event names is one of the gold participants (by name or country)."""
    return all(any(participant_matches(g, a) for g in gold.participants) for a in event.actors)


def _dates_agree(gold: str | None, extracted: str | None) -> bool:
    """Both dates agree at the coarser precision; an extracted window
    (``YYYY-MM-DD/YYYY-MM-DD``) agrees when the gold period overlaps it."""
    if not gold or not extracted:
        return True
    if "/" in extracted:
        first, last = extracted.split("/")
        return first[:len(gold)] <= gold <= last[:len(gold)]
    n = min(len(gold), len(extracted))
    return gold[:n] == extracted[:n]


def _similarity(gold: GoldEvent, event: Event) -> float:
    """How alike two evidence sentences are (word overlap), plus a bonus for the same
    date and type: the tie-breaker between equally valid matchings."""
    a, b = set(_fold(gold.evidence).split()), set(_fold(event.evidence).split())
    overlap = len(a & b) / len(a | b) if a | b else 0.0
    same_date = bool(gold.date and event.date.value and event.date.value.startswith(gold.date))
    return overlap + 0.5 * same_date + 0.25 * (event.type == gold.type)


def would_match(gold: GoldEvent, type_name: str, date: str | None, actors: Sequence[Actor]) -> bool:
    """An event of this type, date and actors matches ``gold`` by the scoring's rule: a type
    of the gold event's, dates that agree and the gold parties named."""
    return type_name in gold.types and _dates_agree(gold.date, date) and parties_agree(gold, actors)


def _matches(gold: GoldEvent, event: Event) -> bool:
    return would_match(gold, event.type, event.date.value, event.actors)


def _bipartite(n_left: int, n_right: int, edge: Any) -> int:
    """Size of a maximum matching (Kuhn's augmenting paths); ``edge(l, r)`` says if l-r."""
    return len(_bipartite_pairs(n_left, n_right, edge))


def _bipartite_pairs(n_left: int, n_right: int, edge: Any, prefer: Any = None) -> dict[int, int]:
    """A maximum matching as {left: right}; ``prefer(l, r)`` (higher first) orders the
    tries, so among equally large matchings the preferred pairs tend to win."""
    adjacency = [[r for r in range(n_right) if edge(left, r)] for left in range(n_left)]
    if prefer is not None:
        for left, rights in enumerate(adjacency):
            rights.sort(key=lambda r, left=left: -prefer(left, r))
    owner: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for r in adjacency[left]:
            if r in seen:
                continue
            seen.add(r)
            if r not in owner or augment(owner[r], seen):
                owner[r] = left
                return True
        return False

    for left in range(n_left):
        augment(left, set())
    return {left: r for r, left in owner.items()}


def load_gold(path: Path) -> tuple[dict[str, Any], list[GoldEvent], list[GoldEvent]]:
    """A gold file: its raw data, its scored events (OTHER left out) and prior contacts."""
    data = json.loads(path.read_text(encoding="utf-8"))
    events: list[GoldEvent] = []
    priors: list[GoldEvent] = []
    for article in data.get("articles", []):
        for key, bucket in (("events", events), ("prior_contacts", priors)):
            for raw in article.get(key, []):
                if raw["type"] == "OTHER":
                    continue
                participants = tuple(zip_longest(raw.get("actors") or [], raw.get("countries") or []))
                bucket.append(GoldEvent(
                    file=data.get("file", path.name), type=raw["type"],
                    types=frozenset([raw["type"], *raw.get("type_alt", [])]),
                    participants=participants, date=raw.get("date"),
                    evidence=raw.get("evidence", ""), article=article.get("title")))
    return data, events, priors


def _error_item(file: str, event: Event) -> ErrorItem:
    return ErrorItem(file, event.type, tuple(a.name for a in event.actors), event.date.value,
                     event.evidence)


def _gold_item(gold: GoldEvent) -> ErrorItem:
    return ErrorItem(gold.file, gold.type, tuple(n or c or "?" for n, c in gold.participants),
                     gold.date, gold.evidence)


@dataclass
class GoldFile:
    """One gold file with its scored events, prior contacts and loaded articles."""

    name: str
    path: Path
    events: list[GoldEvent]
    priors: list[GoldEvent]
    articles: list[Article]
    load_errors: list[str] = field(default_factory=list)


def load_gold_dir(gold_dir: Path) -> list[GoldFile]:
    """Every ``*.gold.json`` of ``gold_dir`` with the articles of the file each names.

    Raises:
        GraphkitError: the folder holds no gold file.
    """
    from graphkit.load import iter_articles

    gold_dir = Path(gold_dir)
    gold_paths = sorted(gold_dir.glob("*.gold.json"))
    if not gold_paths:
        raise GraphkitError(f"{gold_dir} holds no *.gold.json file")
    files: list[GoldFile] = []
    for path in gold_paths:
        data, events, priors = load_gold(path)
        as_of = date.fromisoformat(data["as_of"]) if data.get("as_of") else None
        article_path = gold_dir / data.get("file", path.name.replace(".gold.json", ".txt"))
        gold = GoldFile(data.get("file", path.name), path, events, priors, [])
        for item in iter_articles([article_path], as_of=as_of):
            if isinstance(item, LoadError):
                gold.load_errors.append(str(item))
            else:
                gold.articles.append(item)
        files.append(gold)
    return files


def evaluate(gold_dir: Path | Sequence[Path], extractor: Extractor | None = None,
             learned: bool = True, model: Path | None = None,
             on_step: Callable[[str], None] | None = None) -> EvaluationReport:
    """Score ``extractor`` (default: a new :class:`~graphkit.extract.Extractor`, with the
    learned event detector unless ``learned`` is False; with the weights of ``model``, a
    file `graphkit train --out` wrote, when given) on every ``*.gold.json`` of ``gold_dir``
    and the article file each names. Given several folders, one report pools all their
    files (several small annotated sets read as one estimate). ``on_step`` is told "read
    40 of 95 articles" as extraction goes.

    Raises:
        GraphkitError: a folder holds no gold file, or extraction cannot run.
    """
    folders = [gold_dir] if isinstance(gold_dir, (str, Path)) else list(gold_dir)
    files = [f for folder in folders for f in load_gold_dir(Path(folder))]
    if extractor is None:
        from graphkit.extract import Extractor

        if model is not None:
            from graphkit.extract.learned import EventDetector

            extractor = Extractor(detector=EventDetector.load(model))
        else:
            extractor = Extractor() if learned else Extractor(detector=False)
    all_articles = [a for f in files for a in f.articles]
    extractions = iter(_told(extractor.extract_many(all_articles), len(all_articles), on_step))
    return score_files(files, ([e for _ in f.articles for e in next(extractions).events] for f in files))


def _told(items: Iterable[Any], total: int, on_step: Callable[[str], None] | None) -> Iterator[Any]:
    """``items``, telling ``on_step`` "read N of TOTAL articles" after each."""
    for n, item in enumerate(items, 1):
        if on_step is not None:
            on_step(f"read {n} of {total} articles")
        yield item


def score_files(files: Sequence[GoldFile], extracted: Iterable[Sequence[Event]]) -> EvaluationReport:
    """The report of the events extracted from each gold file (in the files' order)."""
    report = EvaluationReport(files=len(files))
    for gold, events in zip(files, extracted, strict=True):
        report.load_errors.extend(gold.load_errors)
        report.articles += len(gold.articles)
        _score_file(report, gold.name, gold.events, gold.priors, events)
    return report


def matched_pairs(gold_events: Sequence[GoldEvent], extracted: Sequence[Event]
                  ) -> tuple[list[Event], dict[int, int]]:
    """The scored events of ``extracted`` (asserted, not OTHER) and the scoring's one-to-one
    matching of ``gold_events`` to them, as {gold index: scored index} (the pairing
    :func:`score_files` counts)."""
    scored = [e for e in extracted if e.modality == SCORED_MODALITY and e.type != "OTHER"]
    return scored, _pairing(gold_events, scored)


def _pairing(gold_events: Sequence[GoldEvent], events: Sequence[Event]) -> dict[int, int]:
    """The largest matching of ``gold_events`` to ``events``, the most alike pairs tried first."""
    return _bipartite_pairs(len(gold_events), len(events),
                            lambda g, e: _matches(gold_events[g], events[e]),
                            lambda g, e: _similarity(gold_events[g], events[e]))


def scored_matches(gold_events: Sequence[GoldEvent], extracted: Sequence[Event]) -> list[tuple[Event, bool]]:
    """The scored events of ``extracted`` (asserted, not OTHER), each with whether the
    scoring's matching pairs it with a gold event (the pairing :func:`score_files` counts)."""
    scored, pairs = matched_pairs(gold_events, extracted)
    matched = set(pairs.values())
    return [(e, i in matched) for i, e in enumerate(scored)]


def _score_file(report: EvaluationReport, name: str, gold_events: Sequence[GoldEvent],
                gold_priors: Sequence[GoldEvent], extracted: Sequence[Event]) -> None:
    scored, pairs = matched_pairs(gold_events, extracted)
    priors = [e for e in extracted if e.modality == PRIOR_MODALITY]
    report.gold += len(gold_events)
    report.extracted += len(scored)
    report.matched += len(pairs)
    report.strict_matched += _bipartite(len(gold_events), len(scored),
                                        lambda g, e: _matches(gold_events[g], scored[e])
                                        and _only_gold_participants(gold_events[g], scored[e]))
    counts: Counter[str] = Counter()
    for g in gold_events:
        report.per_type.setdefault(g.type, TypeScore()).gold += 1
    for e in scored:
        report.per_type.setdefault(e.type, TypeScore()).extracted += 1
    for g_index, e_index in pairs.items():
        gold, event = gold_events[g_index], scored[e_index]
        report.per_type[gold.type].matched_gold += 1
        report.per_type[event.type].matched_extracted += 1
        counts[gold.type] += 1
        if gold.date:
            report.dated_matches += 1
            value = event.date.value
            if value and len(value) >= len(gold.date) and value[:len(gold.date)] == gold.date:
                report.dates_right += 1
            else:
                report.wrong_dates.append((_gold_item(gold), value))
        for gold_name, gold_country in gold.participants:
            if not gold_name or not gold_country:
                continue
            actor = next((a for a in event.actors if _names_match(gold_name, a)), None)
            if actor is not None:
                report.countries_checked += 1
                report.countries_right += actor.country == gold_country
    matched_events = set(pairs.values())
    report.misses.extend(_gold_item(g) for i, g in enumerate(gold_events) if i not in pairs)
    report.false_events.extend(_error_item(name, e) for i, e in enumerate(scored)
                               if i not in matched_events)
    prior_pairs = _pairing(gold_priors, priors)
    report.prior_gold += len(gold_priors)
    report.prior_extracted += len(priors)
    report.prior_matched += len(prior_pairs)
    report.prior_misses.extend(_gold_item(g) for i, g in enumerate(gold_priors)
                               if i not in prior_pairs)
