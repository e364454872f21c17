"""Rule files and the trigger matcher, on hand-built docs (no trained model needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from graphkit.errors import ExtractError
from graphkit.extract.rules import load_rules
from graphkit.extract.triggers import TriggerMatcher

SCORED_TYPES = ("CALL", "MEET", "STATEMENT", "ARREST", "ATTACK", "AID", "ACCUSE", "DEMAND",
                "AGREE", "THREATEN", "SANCTION", "EXPEL")


def _doc(nlp, words, lemmas, pos, heads, deps, tags=None):
    return Doc(nlp.vocab, words=words, lemmas=lemmas, pos=pos, heads=heads, deps=deps,
               tags=tags or ["" for _ in words])


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def matcher(blank):
    return TriggerMatcher(blank, load_rules())


def test_every_scored_type_has_codes():
    rules = load_rules()
    for name in SCORED_TYPES:
        rule = rules.types[name]
        assert rule.cameo, name
        assert rule.roles in ("symmetric", "directed", "speaker")


@pytest.mark.parametrize(("type_name", "cameo_prefix"), [
    ("CALL", "04"), ("MEET", "04"), ("ARREST", "173"), ("ATTACK", "19"), ("AID", "07"),
    ("ACCUSE", "112"), ("DEMAND", "10"), ("THREATEN", "13"), ("SANCTION", "163"), ("EXPEL", "166"),
])
def test_cameo_codes_follow_cameo_families(type_name, cameo_prefix):
    assert load_rules().types[type_name].cameo.startswith(cameo_prefix)


def test_subtype_refines_cameo_code():
    attack = load_rules().types["ATTACK"]
    assert attack.codes("air") == ("195", "aerial")
    assert attack.codes(None)[0] == "190"


def test_yaml_keeps_on_as_a_word_not_a_boolean():
    demand = load_rules().types["DEMAND"]
    assert "on" in demand.target_preps


def test_unknown_event_type_is_rejected(tmp_path: Path):
    for name in ("modality.yaml", "reporting_verbs.yaml", "mentions.yaml"):
        (tmp_path / name).write_text("{}\n", encoding="utf-8")
    (tmp_path / "event_types.yaml").write_text("types:\n  PARTY: {roles: symmetric}\n",
                                               encoding="utf-8")
    with pytest.raises(ExtractError, match="unknown event type"):
        load_rules(tmp_path)


def _minimal_rules(folder: Path, event_types: str) -> None:
    for name in ("modality.yaml", "reporting_verbs.yaml", "mentions.yaml"):
        (folder / name).write_text("{}\n", encoding="utf-8")
    (folder / "event_types.yaml").write_text(event_types, encoding="utf-8")


def test_speech_acts_name_the_types_reported_speech_makes(tmp_path: Path):
    _minimal_rules(tmp_path, "speech_acts: {statement: MEET, joint_commitment: CALL}\n"
                             "types:\n  MEET: {roles: symmetric}\n  CALL: {roles: symmetric}\n")
    rules = load_rules(tmp_path)
    assert (rules.statement_type, rules.joint_commitment_type) == ("MEET", "CALL")
    assert rules.conditional_threat_type == "THREATEN"  # the default


def test_a_speech_act_of_no_type_of_the_file_is_rejected(tmp_path: Path):
    _minimal_rules(tmp_path, "speech_acts: {statement: ARREST}\ntypes:\n  MEET: {roles: symmetric}\n")
    with pytest.raises(ExtractError, match="speech_acts"):
        load_rules(tmp_path)


def test_act_nouns_of_no_type_of_the_file_are_rejected(tmp_path: Path):
    _minimal_rules(tmp_path, "act_nouns: {ARREST: [trial]}\ntypes:\n  MEET: {roles: symmetric}\n")
    with pytest.raises(ExtractError, match="act_nouns"):
        load_rules(tmp_path)


def test_announced_force_of_no_type_of_the_file_is_rejected(tmp_path: Path):
    _minimal_rules(tmp_path, "announced_force: {act: ATTACK, threat: THREATEN}\n"
                             "types:\n  MEET: {roles: symmetric}\n")
    with pytest.raises(ExtractError, match="announced_force"):
        load_rules(tmp_path)


def test_a_key_written_twice_in_a_rule_file_is_rejected_by_file_and_key(tmp_path: Path):
    _minimal_rules(tmp_path, "types:\n  MEET: {roles: symmetric}\n")
    (tmp_path / "mentions.yaml").write_text("heads: [front]\nother: [x]\nheads: [group]\n",
                                            encoding="utf-8")
    with pytest.raises(ExtractError, match=r"mentions\.yaml.*duplicate key 'heads'"):
        load_rules(tmp_path)


def test_contacts_name_the_subtype_of_their_implied_prior():
    rules = load_rules()
    assert (rules.types["CALL"].prior_subtype, rules.types["MEET"].prior_subtype) == ("phone", "meeting")


def test_missing_rule_file_names_the_fix(tmp_path: Path):
    with pytest.raises(ExtractError, match="missing"):
        load_rules(tmp_path)


def test_verb_trigger_is_found_by_lemma(blank, matcher):
    doc = _doc(blank, ["Police", "arrested", "him", "."], ["police", "arrest", "he", "."],
               ["NOUN", "VERB", "PRON", "PUNCT"], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
               ["NN", "VBD", "PRP", "."])
    hits = matcher.find(doc[:])
    assert [(h.rule.type, h.token.text) for h in hits] == [("ARREST", "arrested")]


def test_phrase_trigger_hangs_arguments_on_its_head(blank, matcher):
    doc = _doc(blank, ["a", "phone", "call"], ["a", "phone", "call"], ["DET", "NOUN", "NOUN"],
               [2, 2, 2], ["det", "compound", "ROOT"], ["DT", "NN", "NN"])
    hits = [h for h in matcher.find(doc[:]) if h.rule.type == "CALL"]
    assert hits and hits[0].token.text == "call"


def test_call_for_is_not_a_phone_call(blank, matcher):
    doc = _doc(blank, ["a", "call", "for", "calm"], ["a", "call", "for", "calm"],
               ["DET", "NOUN", "ADP", "NOUN"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
               ["DT", "NN", "IN", "NN"])
    assert not [h for h in matcher.find(doc[:]) if h.rule.type == "CALL"]


def test_participle_modifier_is_not_a_new_event(blank, matcher):
    doc = _doc(blank, ["the", "detained", "journalists"], ["the", "detain", "journalist"],
               ["DET", "VERB", "NOUN"], [2, 2, 2], ["det", "amod", "ROOT"], ["DT", "VBN", "NNS"])
    assert not matcher.find(doc[:])


def test_matcher_finds_what_the_patterns_as_written_match():
    """The word index and spelled-out patterns give the matches of one spaCy Matcher
    holding every pattern as written (word sets, operators and all)."""
    from spacy.matcher import Matcher

    from graphkit.extract.nlp import load_nlp

    nlp = load_nlp()
    rules = load_rules()
    plain = Matcher(nlp.vocab)
    for rule in rules.triggers:
        plain.add(rule.key, [rule.pattern])
    ours = TriggerMatcher(nlp, rules)
    text = ("Garnier spoke by phone with Mamani on Tuesday. Chile imposed sanctions on five firms. "
            "Paraguay fired a barrage of rockets at the border town. The minister called on Mongolia "
            "to release the crew and pressed Reykjavik hard on reforms. Niger gave the Icelandic "
            "ambassador 48 hours to leave. He said the Red Ridge Front had crossed a red line and was "
            "put behind bars.")
    for sent in nlp(text).sents:
        words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        expected = {(sent.vocab.strings[m], s, e) for m, s, e in plain(sent)}
        found = {(h.rule.key, h.start - sent.start, h.end - sent.start) for h in ours.find(sent)}
        # find() also applies each rule's word checks: every hit it keeps is a plain match
        assert found <= expected
        passed = {(k, s, e) for k, s, e in expected
                  if ours._passes(ours.by_key[k], sent[s + ours.by_key[k].head],
                                  sent.start + e, words)}
        assert {(k, s) for k, s, _ in found} == {(k, s) for k, s, _ in passed}


@pytest.mark.parametrize(("obj_word", "obj_lemma", "dep", "found"), [
    ("allegations", "allegation", "dobj", True),
    ("Allegations", "Allegation", "dobj", True),  # a lemma in capitals: the word all the same
    ("plan", "plan", "dobj", False),  # rejecting a plan accuses nobody
    ("allegations", "allegation", "npadvmod", False),  # not the object
])
def test_a_dependent_check_is_a_dependency_pattern_below_the_trigger(blank, matcher, obj_word, obj_lemma,
                                                                     dep, found):
    doc = _doc(blank, ["Norvania", "rejected", "the", obj_word, "."],
               ["Norvania", "reject", "the", obj_lemma, "."],
               ["PROPN", "VERB", "DET", "NOUN", "PUNCT"], [1, 1, 3, 1, 1],
               ["nsubj", "ROOT", "det", dep, "punct"], ["NNP", "VBD", "DT", "NNS", "."])
    counters = [h for h in matcher.find(doc[:]) if h.rule.counter]
    assert bool(counters) is found


def test_a_rule_matcher_runs_only_on_a_sentence_holding_its_patterns_words(blank):
    """A multi-token rule's Matcher runs on a sentence that holds every word one of its
    patterns needs ("phone ... call"), and not on one without them."""
    ours = TriggerMatcher(blank, load_rules())
    ran: list[int] = []

    def counted(i, run):
        return lambda sent: ran.append(i) or run(sent)
    ours.matchers = [counted(i, m) for i, m in enumerate(ours.matchers)]
    plain = _doc(blank, ["Envoy", "Ilse", "Marrow", "arrived", "."],
                 ["envoy", "Ilse", "Marrow", "arrive", "."],
                 ["NOUN", "PROPN", "PROPN", "VERB", "PUNCT"], [2, 2, 3, 3, 3],
                 ["compound", "compound", "nsubj", "ROOT", "punct"])
    ours.find(plain[:])
    assert ran == []
    phoned = _doc(blank, ["Voss", "held", "a", "phone", "call", "."],
                  ["Voss", "hold", "a", "phone", "call", "."],
                  ["PROPN", "VERB", "DET", "NOUN", "NOUN", "PUNCT"], [1, 1, 4, 4, 1, 1],
                  ["nsubj", "ROOT", "det", "compound", "dobj", "punct"])
    hits = ours.find(phoned[:])
    assert ran
    assert any(h.rule.type == "CALL" and h.token.text == "call" for h in hits)


def test_a_dependent_check_runs_no_matcher_for_a_word_without_such_a_dependent(blank, matcher):
    """The DependencyMatcher of a check is not run over the doc for a trigger word with
    no dependent of the labels and words the check asks ("rejected" with no object)."""
    doc = _doc(blank, ["Norvania", "rejected", "."], ["Norvania", "reject", "."],
               ["PROPN", "VERB", "PUNCT"], [1, 1, 1], ["nsubj", "ROOT", "punct"], ["NNP", "VBD", "."])
    rule = next(r for r in load_rules().triggers if r.object_words)
    assert not matcher._has_below(rule, "object_words", doc[1])
    assert matcher.below_key not in doc.user_hooks


def test_subtype_cues_of_no_subtype_of_the_type_are_rejected(tmp_path: Path):
    _minimal_rules(tmp_path, "types:\n  AID: {subtypes: {food: {}}, subtype_cues: {arms: [rifle]}}\n")
    with pytest.raises(ExtractError, match="subtype_cues"):
        load_rules(tmp_path)


def test_a_remote_medium_of_no_subtype_of_its_type_is_rejected(tmp_path: Path):
    _minimal_rules(tmp_path, "types:\n  CALL: {roles: symmetric, subtypes: {phone: {}}}\n"
                             "  MEET: {roles: symmetric, remote: {type: CALL, cues: {video: [video]}}}\n")
    with pytest.raises(ExtractError, match="remote"):
        load_rules(tmp_path)


def test_a_one_token_rules_dependent_check_is_read_from_the_words_children(blank, matcher):
    """"rejected the allegations": the object check of a one-token rule holds, read from the
    word's own children, with no DependencyMatcher run over the doc."""
    doc = _doc(blank, ["Norvania", "rejected", "the", "allegations", "."],
               ["Norvania", "reject", "the", "allegation", "."],
               ["PROPN", "VERB", "DET", "NOUN", "PUNCT"], [1, 1, 3, 1, 1],
               ["nsubj", "ROOT", "det", "dobj", "punct"], ["NNP", "VBD", "DT", "NNS", "."])
    rule = next(r for r in load_rules().triggers if r.object_words and "reject" in str(r.pattern))
    assert matcher._has_below(rule, "object_words", doc[1])
    assert matcher.below_key not in doc.user_hooks
