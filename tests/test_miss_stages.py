"""bench/miss_stages.py on an invented annotated folder: each gold event the extractor
misses is counted at the stage that lost it, a matched one is not counted."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TEXT = ("URL: https://example.org/a\nPUBLISHED: 2025-03-14\nTITLE: Talks in Port Velan\n\n"
        "Chile and Peru held talks on fishing rights in Port Velan on Tuesday.\n\n"
        "The weather in Port Velan stayed mild all week, the organisers noted.\n\n"
        "Chile's foreign minister met Bolivia's foreign minister in Calderra on Wednesday.\n")

GOLD = [
    {"type": "MEET", "actors": ["Chile", "Peru"], "countries": ["CHL", "PER"], "date": "2025-03-11",
     "evidence": "Chile and Peru held talks on fishing rights in Port Velan on Tuesday."},
    {"type": "ACCUSE", "actors": ["Chile", "Peru"], "countries": ["CHL", "PER"], "date": "2025-03-14",
     "evidence": "The weather in Port Velan stayed mild all week, the organisers noted."},
    {"type": "MEET", "actors": ["Chile", "Ecuador"], "countries": ["CHL", "ECU"], "date": "2025-03-12",
     "evidence": "Chile's foreign minister met Bolivia's foreign minister in Calderra on Wednesday."},
]


def _tool():
    spec = importlib.util.spec_from_file_location("miss_stages", ROOT / "bench" / "miss_stages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def test_each_missed_gold_event_is_counted_at_the_stage_that_lost_it(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    gold = {"file": "a.txt", "as_of": "2025-03-14", "articles": [
        {"title": "Talks in Port Velan", "published": "2025-03-14", "events": GOLD, "prior_contacts": []}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    report = _tool().miss_stages([tmp_path])
    assert (report["gold"], report["missed"]) == (3, 2)
    assert report["per_type_detail"] == {
        "ACCUSE": {"no trigger: no word of the type": 1},
        "MEET": {"made, parties wrong: missed the target": 1},
    }


def test_what_refused_a_trigger_word_of_the_type_is_named(tmp_path):
    text = ("URL: https://example.org/b\nPUBLISHED: 2025-03-14\nTITLE: Truce\n\n"
            "Chile and Peru announced a ceasefire on the river border on Tuesday.\n")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    event = {"type": "AGREE", "actors": ["Chile", "Peru"], "countries": ["CHL", "PER"],
             "date": "2025-03-11",
             "evidence": "Chile and Peru announced a ceasefire on the river border on Tuesday."}
    gold = {"file": "b.txt", "as_of": "2025-03-14", "articles": [
        {"title": "Truce", "published": "2025-03-14", "events": [event], "prior_contacts": []}]}
    (tmp_path / "b.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    report = _tool().miss_stages([tmp_path])
    assert report["per_type_detail"] == {"AGREE": {"no trigger: a trigger lemma of the type is there": 1}}
    [(why, n)] = report["refused"].items()
    assert n == 1 and why.startswith("AGREE:1: triggers.py:") and "light_verbs" in why
