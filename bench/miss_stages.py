"""Where the extractor lost the gold events it missed: counts per stage and per type.

    .venv/bin/python bench/miss_stages.py ../shared/corpus/dev [more folders] [--format json]

Runs the shipped extractor (the learned detector on) over the gold folders (pooled),
scores them as ``graphkit evaluate`` does, and follows each gold event no extracted event
matched back through the reader's stages in its evidence sentence (the sentence holding
most of the evidence's words, by the training's :func:`~graphkit.training_labels.align`).
The latest stage that still held an event of the gold type there names the loss:

- ``made, matched to another gold event``: an event there would match it, but the
  one-to-one matching gave that event to another gold event;
- ``made, dated elsewhere`` / ``made, parties wrong: missed ...``: an event of the type is
  extracted there, with the gold parties but another date, or without them (which gold
  party no extracted actor names: the actor, the target, both, the one party);
- ``made, modality M``: extracted as planned, hypothetical, negated or a prior contact
  (never scored);
- ``dropped by article_events``: made and dated, then dropped when the article's events
  are made (a restatement, an old statement, a later quote of one speaker);
- ``dropped after the review[: no story target]``: dropped by the filters after the
  detector's review (charges, setting parties, too few known parties, domestic parties;
  an act told with its source alone whose ``story_target`` the story did not give);
- ``vetoed by the detector``: a rule event the learned detector found unlikely;
- ``detector proposed it, no event: WHY``: the detector found the type likely, no event
  was made of it: the ``return None`` of ``_detected`` it left by (no parties, a since
  clause), or a rule of the additions;
- ``trigger fired, no event: LINE``: a trigger word of the type matched but
  ``_from_trigger`` made no event; LINE is the condition of the ``return None`` it left by;
- ``trigger skipped``: a trigger word the reader passes over (a contact told as prior);
- ``not read here, ...``: nothing of the type in the sentence, but an event another
  sentence made would match (the matching gave it to another gold event) or has the gold
  parties and another date;
- ``no trigger: ...``: no trigger word of the type matched, split by whether a one-word
  trigger lemma of the type is in the sentence all the same (its pattern asked for more)
  and whether the sentence made another type with the gold parties (where the lemma is
  there, ``refused`` says what refused its word: the first rule of the type that takes
  the word alone, and the token check or the ``TriggerMatcher._passes`` guard it failed,
  as ``file:line condition``; or a pattern of more words); for a statement,
  ``no statement: ...`` (a report read and none made of it; a reporting verb whose speaker
  was not found; no reporting verb);
- ``evidence not found``: no sentence holds half the evidence's words.

It prints counts only (no text of the folders), so it may run on folders whose text must
not be read. The reader tells it its stages through ``ArticleReader.trace`` (None in
use); the exit lines of ``_from_trigger`` and ``_detected`` are read by tracing those
methods' frames here (``sys.settrace``, on this tool's reader only).
"""

from __future__ import annotations

import argparse
import json
import linecache
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

from spacy.tokens import Span

from graphkit.evaluate import (
    SCORED_MODALITY,
    GoldEvent,
    GoldFile,
    load_gold_dir,
    matched_pairs,
    participant_matches,
    parties_agree,
    would_match,
)
from graphkit.extract import Extractor
from graphkit.extract.found import ArticleState, Found
from graphkit.extract.triggers import _TOKEN_ATTRS, TriggerMatcher, _single_token
from graphkit.model import Actor, Event
from graphkit.training_labels import align


@dataclass
class Made:
    """What a stage held of one event: its type, modality, parties and date."""

    type: str
    modality: str
    participants: list[tuple[Actor, str]]
    date: str | None = None
    story_target: bool = False  # its type seeks a story target (``story_target``)

    @classmethod
    def of(cls, f: Found) -> Made:
        return cls(f.type, f.modality, list(f.participants), f.date.value, f.rule.story_target)

    @classmethod
    def of_event(cls, e: Event) -> Made:
        return cls(e.type, e.modality, [(p.actor, p.role) for p in e.participants], e.date.value)

    @property
    def actors(self) -> list[Actor]:
        return [a for a, _ in self.participants]


@dataclass
class SentenceTrace:
    """What each stage made in one sentence."""

    text: str
    lemmas: set[str]
    hits: list[tuple[str, int, str]] = field(default_factory=list)  # (type, token, outcome)
    stages: dict[str, list[Made]] = field(default_factory=dict)
    proposed: list[str] = field(default_factory=list)  # the detector's additions
    unmade: dict[str, str] = field(default_factory=dict)  # addition -> why none was made
    reports: int = 0  # reports read (a reporting verb and its speakers)
    final: list[Made] = field(default_factory=list)
    span: Span | None = None  # the sentence (for what refused a trigger word in it)


class StageTrace:
    """The tracer: per article and sentence start, a :class:`SentenceTrace`; and the
    exit line of each trigger hit and each detector addition that made no event."""

    def __init__(self) -> None:
        self.sentences: dict[str, dict[int, SentenceTrace]] = {}
        # (article id, trigger token or sentence start, type) -> exit label
        self.exits: dict[tuple[str, int, str], str] = {}

    def sentence(self, sent: Span, state: ArticleState) -> SentenceTrace:
        own = self.sentences.setdefault(state.article.id, {})
        if sent.start_char not in own:
            own[sent.start_char] = SentenceTrace(sent.text, {t.lemma_.lower() for t in sent}, span=sent)
        return own[sent.start_char]

    def __call__(self, stage: str, sent: Span, state: ArticleState, payload: Any) -> None:
        record = self.sentence(sent, state)
        if stage == "candidates":
            hits, reports, candidates = payload
            record.reports = len(reports)
            made = {c.token.i for c in candidates}  # (a meeting by phone is made a call)
            for hit in hits:
                key = (state.article.id, hit.token.i, hit.rule.type)
                outcome = self.exits.pop(key, "event" if hit.token.i in made else "skipped")
                record.hits.append((hit.rule.type, hit.token.i, outcome))
            payload = candidates
        if stage == "review":
            record.proposed = list(payload.add)
            return
        if stage == "reviewed":
            for name in record.proposed:
                key = (state.article.id, -1 - sent.start, name)
                record.unmade[name] = self.exits.pop(key, "not made (a rule of the additions)")
        record.stages[stage] = [Made.of(f) for f in payload]

    def wrap(self, reader: Any, name: str, key: Callable[[tuple[Any, ...]], tuple[str, int, str]]
             ) -> Callable[..., Found | None]:
        """``reader``'s method ``name``, recording under ``key(its arguments)`` the line of
        each ``return None`` it takes."""
        method = getattr(reader, name)
        code = getattr(type(reader), name).__code__
        exits = self.exits

        def traced(*args: Any, **kwargs: Any) -> Found | None:
            found, line = _returned(code, method, *args, **kwargs)
            if found is None:
                exits[key(args)] = _exit_label(code.co_filename, line)
            return found

        return traced


#: The reader's methods whose ``return None`` lines the tool reads, each with the key of
#: its call: a trigger hit's (article, token, type); a detector addition's (article,
#: -1 - sentence start, type)
TRACED = {
    "_from_trigger": lambda args: (args[2].article.id, args[0].token.i, args[0].rule.type),
    "_detected": lambda args: (args[2].article.id, -1 - args[1].start, args[0]),
}


def _exit_label(filename: str, line: int) -> str:
    """``file:line`` of a ``return None`` with the condition that led to it."""
    text = linecache.getline(filename, line).strip()
    k = line
    while k > 1 and not text.startswith(("if ", "elif ")) and k > line - 6:
        k -= 1
        text = linecache.getline(filename, k).strip()
    return f"{Path(filename).name}:{line} {text[:70]}"


#: Token checks whose value is the text itself: named, never printed
_WORD_ATTRS = frozenset({"LEMMA", "LOWER", "ORTH", "TEXT", "NORM"})


def refusal(matcher: TriggerMatcher, types: set[str], lemmas: dict[str, frozenset[str]],
            sent: Span) -> str:
    """What refused the first word of ``sent`` whose lemma is a one-word trigger lemma of
    one of ``types``: the first rule of the type taking that word alone, with the token
    check it failed ("POS is VERB", "LEMMA capitalised": never the word itself, so it runs
    on folders whose text must not be read) or the ``_passes`` guard it failed
    (``file:line condition``); "a pattern of more words" where no such rule takes it."""
    words = {w for t in sent for w in (t.lemma_.lower(), t.lower_)}
    for token in sent:
        for rule in matcher.by_key.values():
            if rule.type not in types or token.lemma_.lower() not in lemmas.get(rule.type, ()):
                continue
            single = _single_token(rule.pattern)
            if single is None:
                continue
            anchor = "LEMMA" if "LEMMA" in single else "LOWER"
            value = getattr(token, _TOKEN_ATTRS[anchor])
            if value not in single[anchor]:
                if value.lower() not in {w.lower() for w in single[anchor]}:
                    continue  # another rule's word
                return f"{rule.key}: {anchor} capitalised (the rule's words are lower-case)"
            failed = [f"{a} is {getattr(token, _TOKEN_ATTRS[a])}" if a not in _WORD_ATTRS
                      else f"{a} is another word" for a, allowed in single.items()
                      if a != anchor and getattr(token, _TOKEN_ATTRS[a]) not in allowed]
            if failed:
                return f"{rule.key}: " + ", ".join(failed)
            return f"{rule.key}: " + _guard(matcher, rule, token, words)
    return "a pattern of more words"


def _guard(matcher: TriggerMatcher, rule: Any, token: Any, words: set[str]) -> str:
    """The ``_passes`` guard that refuses ``rule`` at ``token`` (``file:line condition``),
    or "passes" (a hit the reader then passed over)."""
    code = TriggerMatcher._passes.__code__
    passes, line = _returned(code, matcher._passes, rule, token, token.i + 1, words)
    return "passes" if passes else _exit_label(code.co_filename, line)


def _returned(code: CodeType, call: Callable[..., Any], *args: Any, **kwargs: Any
              ) -> tuple[Any, int]:
    """What ``call(*args, **kwargs)`` returned, and the line its frame of ``code`` last returned
    from (read by ``sys.settrace`` on that frame alone)."""
    line = [0]

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "return":
            line[0] = frame.f_lineno
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code is code else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        value = call(*args, **kwargs)
    finally:
        sys.settrace(previous)
    return value, line[0]


def _sides_missed(gold: GoldEvent, made: list[Made]) -> str:
    """Which gold party the closest extracted event of the type misses."""
    actors = [a for m in made for a, _ in m.participants]
    named = [any(participant_matches(g, a) for a in actors) for g in gold.participants]
    if len(named) < 2:
        return "the one party"
    if not any(named[:2]):
        return "both sides"
    return "the actor" if not named[0] else "the target"


#: the stage of a gold event whose sentence holds a trigger lemma of its type, none fired
LEMMA_THERE = "no trigger: a trigger lemma of the type is there"


def classify(gold: GoldEvent, sentences: list[SentenceTrace], where: list[int], taken: list[Made],
             lemmas: dict[str, frozenset[str]], statement_type: str) -> str:
    """The stage at which the pipeline lost ``gold`` in its evidence sentences ``where``
    (see the module's text). ``taken``: the article's scored events the matching gave to
    other gold events; ``lemmas``: per type, its one-word trigger lemmas (for the
    statement type, the reporting verbs)."""
    types = gold.types
    if not where:
        return "evidence not found"
    here = [sentences[i] for i in where]

    def of_type(stage: str) -> list[Made]:
        return [m for s in here for m in s.stages.get(stage, []) if m.type in types]

    final = [m for s in here for m in s.final if m.type in types]
    scored = [m for m in final if m.modality == SCORED_MODALITY]
    if any(would_match(gold, m.type, m.date, m.actors) for m in scored):
        return "made, matched to another gold event"
    if scored:
        if any(parties_agree(gold, m.actors) for m in scored):
            return "made, dated elsewhere"
        return f"made, parties wrong: missed {_sides_missed(gold, scored)}"
    if final:
        return f"made, modality {final[0].modality}"
    # one made elsewhere that would match: the stages below lost it here, another sentence
    # told it and the matching gave it to another gold event
    twin = " (a twin made elsewhere went to another gold event)" if any(
        would_match(gold, m.type, m.date, m.actors) for m in taken) else ""
    if [m for m in of_type("dated") if m.modality == SCORED_MODALITY]:
        return "dropped by article_events" + twin
    reviewed = [m for m in of_type("reviewed") if m.modality == SCORED_MODALITY]
    if reviewed:
        aimless = all(m.story_target and all(role == "source" for _, role in m.participants)
                      for m in reviewed)
        return "dropped after the review" + (": no story target" if aimless else "") + twin
    if of_type("dated") or of_type("reviewed"):
        return f"made, modality {(of_type('dated') or of_type('reviewed'))[0].modality}"
    if [m for m in of_type("chosen") if m.modality == SCORED_MODALITY]:
        return "vetoed by the detector" + twin
    unmade = [s.unmade[t] for s in here for t in types if t in s.unmade]
    if unmade:
        return f"detector proposed it, no event: {unmade[0]}" + twin
    outcomes = [o for s in here for t, _, o in s.hits if t in types]
    if outcomes:
        fired = [o for o in outcomes if o not in ("event", "skipped")]
        if fired:
            return "trigger fired, no event: " + Counter(fired).most_common(1)[0][0]
        return "trigger skipped" if "skipped" in outcomes else "trigger made an event, lost later"
    if twin:
        return "not read here, a twin made elsewhere went to another gold event"
    elsewhere = [m for i, s in enumerate(sentences) if i not in where for m in s.final
                 if m.type in types and m.modality == SCORED_MODALITY and parties_agree(gold, m.actors)]
    if elsewhere:
        return "not read here, made in another sentence dated elsewhere"
    worded = any(s.lemmas & lemmas.get(t, frozenset()) for s in here for t in types)
    other = ", another type made with the parties" if any(
        parties_agree(gold, m.actors) for s in here for m in s.final if m.modality == SCORED_MODALITY) else ""
    if gold.type == statement_type:  # a statement is made of a report, not of a trigger
        if any(s.reports for s in here):
            return "no statement: a report read, none made of it" + other
        return "no statement: " + ("a reporting verb, no speaker found" if worded
                                   else "no reporting verb") + other
    return (LEMMA_THERE if worded else "no trigger: no word of the type") + other


def miss_stages(folders: Sequence[Path], extractor: Extractor | None = None) -> dict[str, Any]:
    """Per stage and per type, how many gold events of ``folders`` were missed there:
    ``gold`` and ``missed`` (totals), ``stages`` (stage -> count), ``per_type`` (type ->
    the stages without their detail -> count), ``per_type_detail`` (type -> stage ->
    count) and ``refused`` (what refused a trigger word of the type that was there: the
    rule and its failed check or guard line -> count)."""
    extractor = extractor or Extractor()
    trace = StageTrace()
    reader = extractor.reader
    reader.trace = trace
    before = {name: reader.__dict__.get(name) for name in TRACED}  # (a caller's wrappers stay)
    for name, key in TRACED.items():
        setattr(reader, name, trace.wrap(reader, name, key))
    lost: Counter[tuple[str, str]] = Counter()
    refused: Counter[str] = Counter()
    lemmas = {**reader.type_lemmas, reader.rules.statement_type: reader.reporter.reporting}
    gold_total = 0
    try:
        files: list[GoldFile] = [f for d in folders for f in load_gold_dir(Path(d))]
        extractions = iter(extractor.extract_many([a for f in files for a in f.articles]))
        for gold_file in files:
            events: list[Event] = []
            sentences: list[SentenceTrace] = []
            for article in gold_file.articles:
                extraction = next(extractions)
                events += extraction.events
                own = trace.sentences.pop(article.id, {})
                for e in extraction.events:
                    if e.span[0] in own:
                        own[e.span[0]].final.append(Made.of_event(e))
                sentences += [own[k] for k in sorted(own)]
            file_lost, file_refused = _lost(gold_file.events, events, sentences, lemmas,
                                            reader.rules.statement_type, reader.triggers)
            lost += file_lost
            refused += file_refused
            gold_total += len(gold_file.events)
    finally:
        reader.trace = None
        for name, method in before.items():
            if method is None:
                delattr(reader, name)
            else:
                setattr(reader, name, method)
    stages: Counter[str] = Counter()
    per_type: dict[str, Counter[str]] = {}
    detail: dict[str, Counter[str]] = {}
    for (type_name, stage), n in lost.items():
        stages[stage] += n
        per_type.setdefault(type_name, Counter())[_short(stage)] += n
        detail.setdefault(type_name, Counter())[stage] += n
    return {"gold": gold_total, "missed": sum(stages.values()), "stages": dict(stages.most_common()),
            "per_type": {t: dict(c.most_common()) for t, c in sorted(per_type.items())},
            "per_type_detail": {t: dict(c.most_common()) for t, c in sorted(detail.items())},
            "refused": dict(refused.most_common())}


def _lost(gold_events: list[GoldEvent], events: list[Event], sentences: list[SentenceTrace],
          lemmas: dict[str, frozenset[str]], statement_type: str, matcher: TriggerMatcher
          ) -> tuple[Counter[tuple[str, str]], Counter[str]]:
    """(gold type, stage) of each gold event of one file that the scoring leaves unmatched;
    and, for those whose sentence holds a trigger lemma of the type, what refused it."""
    scored, pairs = matched_pairs(gold_events, events)
    taken = [Made.of_event(scored[e]) for e in pairs.values()]
    lost: Counter[tuple[str, str]] = Counter()
    refused: Counter[str] = Counter()
    for i, gold in enumerate(gold_events):
        if i in pairs:
            continue
        where = align(sentences, gold.evidence)  # type: ignore[arg-type]
        stage = classify(gold, sentences, where, taken, lemmas, statement_type)
        lost[(gold.type, stage)] += 1
        if stage.startswith(LEMMA_THERE):
            spans = [s.span for s in (sentences[k] for k in where)
                     if s.span is not None and s.lemmas & lemmas.get(gold.type, frozenset())]
            if spans:
                refused[refusal(matcher, set(gold.types), lemmas, spans[0])] += 1
    return lost, refused


def _short(stage: str) -> str:
    """The stage without its detail (the per-type table's columns)."""
    return stage if stage.startswith("made,") else stage.split(":")[0].split(" (")[0].split(",")[0]


def to_text(report: dict[str, Any]) -> str:
    """The report as plain text."""
    lines = [f"{report['missed']} of {report['gold']} gold events missed, by the stage that lost them:"]
    lines += [f"  {n:5d}  {stage}" for stage, n in report["stages"].items()]
    lines.append("")
    lines.append("per type:")
    for name, counts in report["per_type"].items():
        lines.append(f"  {name:10s} " + ", ".join(f"{stage} {n}" for stage, n in counts.items()))
    if report.get("refused"):
        lines += ["", "what refused the trigger word where a lemma of the type is there:"]
        lines += [f"  {n:5d}  {why}" for why, n in report["refused"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="gold folders (pooled)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    report = miss_stages(args.folders)
    print(json.dumps(report, indent=1) if args.format == "json" else to_text(report))


if __name__ == "__main__":
    main()
