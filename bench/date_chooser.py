"""Which day an undated act belongs to, as a learned choice: measured against the rule.

For every extracted event whose date came from the story rather than from a date phrase of
its own clause (``EventDate.rule`` ``context``, ``publication`` or ``lead``), list the
candidate days - the publication day, the day before, the news day, and each day the
earlier sentences state (a resolved DATE to the day) - and which of them gold's date agrees
with (the event matched to a gold event of its type whose parties it names and whose
evidence it shares). Then:

- count how often each kind of candidate, and the present rule, is right;
- fit a conditional logit (softmax over an event's candidates, numpy, L2) on features that
  generalise (the act's tense, speech or not, the lead or not, "yesterday" or a weekday in
  the article, the candidate's kind, distance in sentences and age in days, whether the
  candidate's sentence shares a party or the type), scored by leave-one-group-out over the
  groups (corpus train, S, T, ..., ZA): trained on the rest, right days counted on the
  group left out, against the present rule on the same events.

Usage: PYTHONPATH=. python bench/date_chooser.py [--records FILE] [--reuse]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

GROUPS = {"train": "/work/shared/corpus/train", "S": "/work/coord/realnews/S/look",
          **{g: f"/work/coord/realnews/{g}/train" for g in ("T", "U", "V", "W", "X", "Y", "Z", "ZA")}}
STORY_RULES = ("context", "publication", "lead")
KINDS = ("pub", "before", "news", "stated")
TENSES = ("perfect", "past", "present", "pluperfect", "other")
EARLIER = 12  # sentences back a stated day is a candidate from


def _tense(verb: Any) -> str:
    from graphkit.extract.found import pluperfect
    if verb is None:
        return "other"
    if pluperfect(verb):
        return "pluperfect"
    if verb.tag_ == "VBN" and any(c.lower_ in ("has", "have") and c.dep_ == "aux" for c in verb.children):
        return "perfect"
    if verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and any(
            c.tag_ in ("VBZ", "VBP") and c.dep_ == "aux" for c in verb.children)):
        return "present"
    if verb.tag_ == "VBD":
        return "past"
    return "other"


def collect() -> list[dict[str, Any]]:
    """Extract every group's articles, recording each story-dated event's candidates."""
    from graphkit.evaluate import load_gold_dir, parties_agree
    from graphkit.extract import Extractor
    from graphkit.extract.date_clues import _trigger_clause, _widened
    from graphkit.extract.date_expressions import resolve_date_expression
    from graphkit.extract.dating import EventDater
    from graphkit.extract.nlp import ents_in

    calls: dict[tuple[str, int, str, str | None], dict[str, Any]] = {}
    original = EventDater.date

    def traced(self: EventDater, f: Any, sent: Any, index: int, state: Any) -> Any:
        found = original(self, f, sent, index, state)
        published = state.article.published
        if published is None or found.rule not in STORY_RULES:
            return found
        doc = sent.doc
        words = self.grammar.rules
        weekday_words = self.grammar.weekday_words
        sents = list(doc.sents)
        here = next(i for i, s in enumerate(sents) if s.start == sent.start)
        stated: dict[str, dict[str, Any]] = {}
        for k in range(here - 1, max(-1, here - 1 - EARLIER), -1):
            before = sents[k]
            for ent in ents_in(before):
                if ent.label_ != "DATE":
                    continue
                r = resolve_date_expression(_widened(ent, words).text, published, grammar=self.grammar)
                if r is None or not r.value or len(r.value) != 10 or r.value > published.isoformat():
                    continue
                if r.value in stated:
                    continue
                lowered = before.text.lower()
                made = [g for g in state.found if g.sent.start == before.start]
                stated[r.value] = {
                    "distance": here - k, "sentence": k,
                    "weekday": r.rule == "weekday" or any(t.lower_ in weekday_words for t in ent),
                    "party": any(a.name.lower() in lowered for a, _ in f.participants)
                    or any(set(g.actor_ids) & set(f.actor_ids) for g in made),
                    "type": any(g.type == f.type for g in made),
                }
        clause = _trigger_clause(f.token)
        verb = f.report_token if (f.type in self.speech_types and f.report_token is not None) else clause
        text = doc.text.lower()
        news = self._news_day(doc, published).isoformat()
        calls[(state.article.id, sent.start_char, f.type, found.value)] = {
            "article": state.article.id, "type": f.type, "actors": f.actor_ids,
            "rule": found.rule, "value": found.value, "published": published.isoformat(),
            "news": news, "index": here, "tense": _tense(verb), "own_tense": _tense(clause),
            "speech": f.type in self.speech_types, "noun": f.token.pos_ == "NOUN",
            "yesterday": "yesterday" in text,
            "weekdays": sorted({e.text for e in doc.ents if any(t.lower_ in weekday_words for t in e)}),
            "stated": stated, "sentence": sent.text,
        }
        return found

    EventDater.date = traced  # type: ignore[method-assign]
    extractor = Extractor()
    records: list[dict[str, Any]] = []
    try:
        for group, folder in GROUPS.items():
            files = load_gold_dir(Path(folder))
            extractions = iter(extractor.extract_many([a for g in files for a in g.articles]))
            for gold_file in files:
                for article in gold_file.articles:
                    extraction = next(extractions)
                    for e in extraction.events:
                        call = calls.get((article.id, e.span[0], e.type, e.date.value))
                        if call is None or e.modality != "asserted":
                            continue
                        ours = set(_words(e.evidence))
                        golds = [g for g in gold_file.events
                                 if e.type in g.types and parties_agree(g, e.actors)]
                        golds = [g for g in golds if _overlap(set(_words(g.evidence or "")), ours) >= 0.5]
                        dated = [g.date for g in golds if g.date]
                        records.append({**call, "group": group, "file": gold_file.name,
                                        "gold": dated[0] if dated else None, "golds": dated,
                                        "matched_gold": bool(golds)})
            print(group, len(records), file=sys.stderr)
    finally:
        EventDater.date = original  # type: ignore[method-assign]
    return records


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _overlap(gold: set[str], ours: set[str]) -> float:
    return len(gold & ours) / len(gold) if gold else 0.0


def _agrees(gold: str, value: str | None) -> bool:
    return bool(value) and value is not None and value[:len(gold)] == gold and len(value) >= len(gold)


def candidates(r: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(value, kind, stated info) per candidate day; the rule's own value kept when it is
    none of them (a year the story went back to)."""
    pub = date.fromisoformat(r["published"])
    out: dict[str, tuple[str, str, dict[str, Any]]] = {}
    out[pub.isoformat()] = (pub.isoformat(), "pub", {})
    before = (pub - timedelta(days=1)).isoformat()
    out[before] = (before, "before", {})
    if r["news"] not in out:
        out[r["news"]] = (r["news"], "news", {})
    for value, info in r["stated"].items():
        if value in out:
            kind = out[value][1]
            out[value] = (value, kind, info)  # the stated info rides on pub / before too
        else:
            out[value] = (value, "stated", info)
    if r["value"] and r["value"] not in out:
        out[r["value"]] = (r["value"], "stated", {"distance": 99})
    return list(out.values())


def features(r: dict[str, Any], cand: tuple[str, str, dict[str, Any]], with_rule: bool) -> list[float]:
    value, kind, info = cand
    pub = date.fromisoformat(r["published"])
    age = (pub - date.fromisoformat(value)).days if len(value) == 10 else 400
    is_stated = 1.0 if info else 0.0
    nearest = min((v["distance"] for v in r["stated"].values()), default=None)
    ks = [1.0 if kind == k else 0.0 for k in KINDS]
    ts = [1.0 if r["tense"] == t else 0.0 for t in TENSES]
    lead = 1.0 if r["index"] < 3 else 0.0
    first = 1.0 if r["index"] == 0 else 0.0
    x: list[float] = []
    x += ks
    # tense x kind: the present perfect is today's news, the simple past a stated day's
    x += [a * b for a in ts for b in ks]
    x += [a * is_stated for a in ts]
    x += [lead * k for k in ks] + [first * k for k in ks]
    x += [float(r["speech"]) * k for k in ks] + [float(r["speech"]) * is_stated]
    x += [float(r["noun"]) * is_stated]
    weekdays = float(bool(r["weekdays"]))
    x += [float(r["yesterday"]) * ks[1], weekdays * ks[1], weekdays * ks[0]]
    x += [float(value == r["news"])]
    x += [is_stated, is_stated * np.log1p(info.get("distance", 99)) if info else 0.0,
          float(info.get("distance") == nearest) if info else 0.0,
          float(info.get("sentence", 99) < 3) if info else 0.0,
          float(info.get("weekday", False)), float(info.get("party", False)), float(info.get("type", False)),
          np.log1p(max(age, 0)) / 3.0, float(age == 0), float(age == 1), float(2 <= age <= 7),
          float(age > 31)]
    if with_rule:
        x += [float(value == r["value"])]
    return x


def fit(events: list[tuple[np.ndarray, int]], l2: float = 1.0, steps: int = 400) -> np.ndarray:
    """A conditional logit: one weight vector, softmax over each event's candidates; an
    event may have several right candidates (gold a month): their probability summed."""
    dim = events[0][0].shape[1]
    w = np.zeros(dim)
    lr = 0.5
    for _ in range(steps):
        grad = l2 * w / len(events)
        for x, right in events:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            mask = right
            q = p * mask
            q /= q.sum()
            grad -= (q - p) @ x / len(events)
        w -= lr * grad
    return w


def build(records: list[dict[str, Any]], with_rule: bool) -> list[dict[str, Any]]:
    out = []
    for r in records:
        if not r["gold"]:
            continue
        cands = candidates(r)
        right = np.array([1.0 if any(_agrees(g, v) for g in r["golds"][:1]) else 0.0 for v, _, _ in cands])
        x = np.array([features(r, c, with_rule) for c in cands])
        out.append({"r": r, "cands": cands, "x": x, "right": right,
                    "rule_right": _agrees(r["gold"], r["value"])})
    return out


def _right_kinds(row: dict[str, Any]) -> str:
    kinds = {k for (_, k, _), ok in zip(row["cands"], row["right"], strict=True) if ok}
    return "+".join(sorted(kinds)) or "none"


def logo(rows: list[dict[str, Any]], l2: float = 1.0) -> dict[str, dict[str, int]]:
    """Leave one group out: per group, events, right by the rule, right by the model, the
    model's wins and losses against the rule; and per article the net (model - rule)."""
    out: dict[str, dict[str, int]] = {}
    for group in GROUPS:
        test = [row for row in rows if row["r"]["group"] == group]
        train = [(row["x"], row["right"]) for row in rows
                 if row["r"]["group"] != group and row["right"].any()]
        if not test or not train:
            continue
        w = fit(train, l2=l2)
        c = out.setdefault(group, {"n": 0, "rule": 0, "model": 0, "wins": 0, "losses": 0})
        for row in test:
            ok = bool(row["right"][int(np.argmax(row["x"] @ w))])
            c["n"] += 1
            c["rule"] += row["rule_right"]
            c["model"] += ok
            c["wins"] += ok and not row["rule_right"]
            c["losses"] += row["rule_right"] and not ok
            net = out.setdefault("articles", {})
            net[row["r"]["article"]] = net.get(row["r"]["article"], 0) + int(ok) - int(row["rule_right"])
    return out


def report(records: list[dict[str, Any]]) -> None:
    rows = build(records, with_rule=False)
    print(f"story-dated asserted events: {len(records)}; matched to gold: "
          f"{sum(r['matched_gold'] for r in records)}; with a gold date: {len(rows)}")
    per_rule: dict[str, list[int]] = {}
    for row in rows:
        c = per_rule.setdefault(row["r"]["rule"], [0, 0, 0])
        c[0] += 1
        c[1] += row["rule_right"]
        c[2] += bool(row["right"].any())
    for rule, (n, ok, reach) in sorted(per_rule.items()):
        print(f"  rule {rule}: {n} events, rule right {ok}, some candidate right {reach}")
    for kind in ("pub", "before"):
        ok = sum(any(k == kind and o for (_, k, _), o in zip(row["cands"], row["right"], strict=True))
                 for row in rows)
        print(f"  always {kind}: right {ok}/{len(rows)}")
    stated = sum(any(k == "stated" and o for (_, k, _), o in zip(row["cands"], row["right"], strict=True))
                 for row in rows)
    print(f"  some stated day (neither pub nor the day before) right: {stated}/{len(rows)}")
    wrong: dict[tuple[str, str, str], int] = {}
    for row in rows:
        if not row["rule_right"]:
            key = (row["r"]["rule"], row["r"]["tense"], _right_kinds(row))
            wrong[key] = wrong.get(key, 0) + 1
    print(f"  rule wrong: {sum(wrong.values())}; by (rule, tense, the candidates gold agrees with):")
    for key, n in sorted(wrong.items(), key=lambda p: -p[1]):
        print(f"    {n:3d} {key}")
    rng = np.random.default_rng(0)
    for with_rule in (False, True):
        rows = build(records, with_rule)
        for l2 in (1.0, 10.0):
            out = logo(rows, l2)
            nets = np.array(list(out.pop("articles").values()))
            print(f"leave-one-group-out, rule's choice as a feature: {with_rule}, l2 {l2}")
            for group, c in out.items():
                print(f"  {group:6s} n={c['n']:4d} rule {c['rule']:4d} model {c['model']:4d} "
                      f"({c['model'] - c['rule']:+d}; wins {c['wins']}, losses {c['losses']})")
            tot = {k: sum(c[k] for c in out.values()) for k in ("n", "rule", "model", "wins", "losses")}
            boot = np.array([rng.choice(nets, len(nets)).sum() for _ in range(5000)])
            print(f"  pooled n={tot['n']} rule {tot['rule']} model {tot['model']} "
                  f"({tot['model'] - tot['rule']:+d}; wins {tot['wins']}, losses {tot['losses']}); "
                  f"articles {len(nets)}, bootstrap 95% of the net {np.percentile(boot, [2.5, 97.5])}, "
                  f"P(net <= 0) {np.mean(boot <= 0):.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", default="/tmp/date62_records.json")
    parser.add_argument("--reuse", action="store_true", help="read the records instead of extracting")
    args = parser.parse_args(argv)
    path = Path(args.records)
    if args.reuse and path.exists():
        records = json.loads(path.read_text())
    else:
        records = collect()
        path.write_text(json.dumps(records))
    report(records)


if __name__ == "__main__":
    main()
