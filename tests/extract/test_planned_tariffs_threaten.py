"""A coercive measure told as a plan ("said it plans to put a tariff on X", "was getting
ready to unveil tariffs on X") is not done yet, but telling it is a threat made now:
an asserted THREATEN of the measure's source at its target, beside the planned measure.
Only measures worded as duties (``planned_threats.cues``): a sanction planned, or a
measure imposed, makes no threat here. Invented situations (Uruguay, Paraguay, Iceland,
Chile, Mongolia)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _schema_with

from graphkit.errors import ExtractError
from graphkit.extract.found import Found
from graphkit.extract.planned_threats import planned_threats
from graphkit.extract.rules import load_rules
from graphkit.model import Actor

PLANNED = [
    ("Uruguay's finance minister said her government plans to slap a 40% tariff on Paraguayan wool.",
     "PRY"),
    ("Uruguay is planning to impose tariffs on Paraguayan steel, its president announced.", "PRY"),
    ("Mongolia intends to place a 12% tariff on Uruguayan leather goods.", "URY"),
    ("Mongolia was preparing to unveil steep tariffs on Chilean wine.", "CHL"),
    ("Iceland said on Monday it plans to impose new tariffs on Chilean fish.", "CHL"),
]


@pytest.mark.parametrize(("sentence", "target"), PLANNED, ids=[c[0][:45] for c in PLANNED])
def test_a_planned_tariff_is_a_threat_made_now(rules_only, sentence, target):
    threats = _asserted(_events(rules_only, sentence), "THREATEN")
    assert threats, "no asserted THREATEN"
    assert any(p.role == "target" and p.actor.country == target
               for e in threats for p in e.participants), \
        [[(p.role, p.actor.name) for p in e.participants] for e in threats]


NO_THREAT = [
    "Uruguay imposed a 10% tariff on Paraguayan steel on Monday.",
    "Iceland has imposed sanctions on Chile's largest fishing firms, aiming to cut off its revenue.",
]


@pytest.mark.parametrize("sentence", NO_THREAT, ids=[s[:45] for s in NO_THREAT])
def test_a_measure_done_or_a_purpose_is_no_threat(rules_only, sentence):
    assert not _asserted(_events(rules_only, sentence), "THREATEN")


UNCUED = [
    "Uruguay plans to sanction Paraguayan officials who raised duties on beef.",
    "Uruguay plans to impose sanctions on Paraguayan officials who raised duties on beef.",
]


@pytest.mark.parametrize("sentence", UNCUED, ids=[s[:45] for s in UNCUED])
def test_the_cue_is_the_measures_own_word_not_a_clause_hung_from_it(rules_only, sentence):
    """A planned sanction whose relative clause tells of duties is no tariff planned."""
    assert not _asserted(_events(rules_only, sentence), "THREATEN")


DATED = [
    ("Uruguay said on Tuesday that it was preparing to impose a levy on Paraguayan timber.",
     "2025-03-11"),
    ("Mongolia announced on Wednesday that it intends to impose a tariff on Chilean copper.",
     "2025-03-12"),
    ("Mongolia will impose a levy on Uruguayan timber next month.", "2025-03-14"),
    ("Mongolia was preparing to unveil steep tariffs on Chilean wine.", "2025-03-14"),
]


@pytest.mark.parametrize(("sentence", "day"), DATED, ids=[c[0][:45] for c in DATED])
def test_the_threat_is_dated_from_the_verb_that_tells_the_plan(rules_only, sentence, day):
    """The threat is made when the plan is told (else on the publication day), never on
    the day of the measure planned, nor undated."""
    threats = _asserted(_events(rules_only, sentence), "THREATEN")
    assert [e.date.value for e in threats] == [day], [(e.date, e.evidence) for e in threats]


def test_a_threat_of_other_parties_does_not_hide_the_planned_one(rules_only):
    events = _events(rules_only, "Uruguay plans to impose a levy on Chilean wool, while Iceland "
                                 "threatened Paraguay.")
    pairs = {tuple(p.actor.country for p in e.participants) for e in _asserted(events, "THREATEN")}
    assert ("URY", "CHL") in pairs, pairs


def _country(code: str, name: str) -> Actor:
    return Actor(id=f"country:{code}", name=name, kind="country", country=code)


def test_every_planned_measure_of_a_sentence_makes_its_threat(rules_only):
    sent = next(rules_only.nlp("Uruguay plans to impose tariffs on Chile and Iceland intends to "
                               "impose tariffs on Paraguay.").sents)
    rules = load_rules()
    tariffs = [t for t in sent if t.lower_ == "tariffs"]
    parties = [(_country("URY", "Uruguay"), _country("CHL", "Chile")),
               (_country("ISL", "Iceland"), _country("PRY", "Paraguay"))]
    measures = [Found("SANCTION", rules.types["SANCTION"], sent, token, [(a, "source"), (b, "target")],
                      0.7, modality="planned") for token, (a, b) in zip(tariffs, parties, strict=True)]
    threats = planned_threats(measures, rules)
    assert [[a.country for a, _ in f.participants] for f in threats] == [["URY", "CHL"], ["ISL", "PRY"]]


@pytest.mark.parametrize(("spec", "says"), [
    ({"type": "THREATN", "types": ["SANCTION"], "cues": ["tariff"]}, r"\['THREATN'\] names a type"),
    ({"type": "THREATEN", "types": ["SANKTION"], "cues": ["tariff"]}, r"\['SANKTION'\] names a type"),
    ({"type": "THREATEN", "types": ["SANCTION"], "cues": []}, "its types and its cues must not be empty"),
    ({"type": "THREATEN", "types": [], "cues": ["tariff"]}, "its types and its cues must not be empty"),
], ids=["misspelt threat type", "misspelt measure type", "no cues", "no types"])
def test_a_misspelt_setting_fails_the_load(tmp_path, spec, says):
    """A typo would otherwise turn the reading off without a word; the message names the fault."""
    with pytest.raises(ExtractError, match=f"planned_threats: {says}"):
        load_rules(_schema_with(tmp_path, "event_types.yaml", "planned_threats", spec))


def test_a_threat_found_on_the_words_that_tell_the_plan_is_that_plans_threat(rules_only):
    """"Uruguay vowed to impose a tariff on Chile": the threat read on "vowed" is the one
    the plan makes, even when the measure got another target from the story (Iceland)."""
    sent = next(rules_only.nlp("Uruguay vowed to impose a tariff on Chilean kelp.").sents)
    rules = load_rules()
    uruguay = _country("URY", "Uruguay")
    vowed, tariff = (next(t for t in sent if t.lower_ == w) for w in ("vowed", "tariff"))
    threat = Found("THREATEN", rules.types["THREATEN"], sent, vowed,
                   [(uruguay, "source"), (_country("CHL", "Chile"), "target")], 0.7)
    measure = Found("SANCTION", rules.types["SANCTION"], sent, tariff,
                    [(uruguay, "source"), (_country("ISL", "Iceland"), "target")], 0.7, modality="planned")
    assert planned_threats([threat, measure], rules) == []
