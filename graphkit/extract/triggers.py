"""Finding event triggers: matchers built once from ``event_types.yaml``.

A hit is a trigger rule and the token its arguments hang from. Checks that need only the
words of the sentence (``requires``, ``unless``, ``unless_next``, ``unless_children``,
``light_verbs``) are made here; checks on the arguments are made by the argument stage.

The checks on the trigger word's dependents (``unless_children``, ``unless_deps``,
``object_words``, ``xcomp_lemmas``, ``unless_xcomp``, ``unless_xcomp_objects``,
``clause_modals``, ``modals``) are spaCy DependencyMatcher patterns built from those options:
the trigger word (its own token pattern) as anchor and the dependent it must, or must not,
have below it. Each check's matcher runs once per doc, the first time a hit of its rule is
checked there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Span, Token

from graphkit.errors import ExtractError
from graphkit.extract.mentions import MentionWords
from graphkit.extract.rules import Rules, TriggerRule


@dataclass(frozen=True)
class TriggerHit:
    rule: TriggerRule
    token: Token
    start: int
    end: int


# a one-token rule's checks beyond its anchor word: (token attribute, allowed values)
_Checks = tuple[tuple[str, frozenset[str]], ...]


class TriggerMatcher:
    """All trigger rules of all event types, matched in one pass over a sentence.

    A one-token pattern on words and tags (most triggers) is looked up by its word in an
    index; the others go to a spaCy Matcher, their word sets spelled out one pattern per
    word (compared in spaCy's own code, not by a Python set predicate on every token).
    Both give the matches the one Matcher of the patterns as written would.
    """

    def __init__(self, nlp: Language, rules: Rules) -> None:
        # the other patterns: one Matcher per rule, run on a sentence only when the words
        # one of its spelled-out patterns cannot match without are all in it (a Matcher
        # tries every pattern it holds at every token, so one Matcher of them all costs
        # their number times the sentence's length)
        self.matchers: list[Matcher] = []
        # ("LEMMA" or "LOWER", word) -> (matcher, the words a pattern of it needs), the
        # pattern filed under one of its words; and the matchers with a pattern that needs none
        self.needing: dict[tuple[str, str], list[tuple[int, frozenset[tuple[str, str]]]]] = {}
        self.needing_none: set[int] = set()
        self.by_key: dict[str, TriggerRule] = {}
        self.order: dict[str, int] = {}
        # (attribute, word) -> the one-token rules anchored there, with their other checks
        self.index: dict[tuple[str, str], list[tuple[TriggerRule, _Checks]]] = {}
        for rule in rules.triggers:
            self.order[rule.key] = len(self.order)
            self.by_key[rule.key] = rule
            single = _single_token(rule.pattern)
            if single is not None:
                anchor = "LEMMA" if "LEMMA" in single else "LOWER"
                checks = tuple((_TOKEN_ATTRS[a], words) for a, words in single.items() if a != anchor)
                for word in single[anchor]:
                    self.index.setdefault((anchor, word), []).append((rule, checks))
                continue
            matcher = Matcher(nlp.vocab)
            patterns = _spelled_out(rule.pattern)
            try:
                matcher.add(rule.key, patterns)
            except (ValueError, KeyError) as exc:
                raise ExtractError(f"event_types.yaml: bad pattern in {rule.key}: {exc}") from exc
            for pattern in patterns:
                needs = _needed_words(pattern)
                if needs:
                    self.needing.setdefault(min(needs), []).append((len(self.matchers), needs))
                else:
                    self.needing_none.add(len(self.matchers))
            self.matchers.append(matcher)
        self.state_auxiliaries = rules.state_auxiliaries
        self.setting_heads = rules.setting_heads
        # the words of a person as a verb's object: "called his counterpart", "rang her"
        self.person_words = (rules.words(rules.mentions, "apposed_name_heads")
                             | rules.words(rules.mentions, "person_pronouns"))
        # the checks on the trigger word's dependents, as DependencyMatcher patterns: one
        # matcher per check, run on a doc the first time a word with a dependent the check
        # may match (:func:`_may_have_below`) is asked about there
        # A one-token rule's check whose patterns are chains of children asking plain
        # attributes (:func:`_chains`) is read from the word's children without a matcher:
        # the word was found by the rule's one token, which is the patterns' anchor.
        self.below: dict[str, tuple[DependencyMatcher, tuple[_Child, ...]]] = {}
        self.below_chains: dict[str, tuple[tuple[_Test, ...], ...]] = {}
        self.below_key = f"graphkit_below:{id(self)}"  # doc.user_hooks: the matches of a doc
        for rule in rules.triggers:
            for check, patterns in _dependent_patterns(rule).items():
                below = DependencyMatcher(nlp.vocab)
                below.add(f"{rule.key}:{check}", patterns)
                self.below[f"{rule.key}:{check}"] = (below, tuple(_first_dependent(p) for p in patterns))
                chains = _chains(patterns) if _single_token(rule.pattern) is not None else None
                if chains is not None:
                    self.below_chains[f"{rule.key}:{check}"] = chains

    def find(self, sent: Span) -> list[TriggerHit]:
        """The trigger hits of one sentence that pass the word checks, in text order."""
        words: set[str] = set()
        present: set[tuple[str, str]] = set()  # the sentence's ("LEMMA", w) and ("LOWER", w)
        matches: list[tuple[TriggerRule, int, int]] = []
        index = self.index
        before: tuple[str, str] | None = None
        for token in sent:
            lemma, lower = token.lemma_, token.lower_
            words.add(lemma.lower())
            words.add(lower)
            if before is not None:  # two running words, for a name of two ("false news")
                words.add(f"{before[0]} {lemma.lower()}")
                words.add(f"{before[1]} {lower}")
            before = (lemma.lower(), lower)
            present.add(("LEMMA", lemma))
            present.add(("LOWER", lower))
            for key in (("LEMMA", lemma), ("LOWER", lower)):
                for rule, checks in index.get(key, ()):
                    if all(getattr(token, attr) in allowed for attr, allowed in checks):
                        i = token.i - sent.start
                        matches.append((rule, i, i + 1))
        strings = sent.vocab.strings
        runs = set(self.needing_none)
        for key in present:
            runs.update(i for i, needs in self.needing.get(key, ()) if needs <= present)
        for i in sorted(runs):
            # each rule's matches come in the order its own Matcher gives them, as in one
            # Matcher of all rules: only a rule's own hits are compared below
            matches.extend((self.by_key[strings[match_id]], start, end)
                           for match_id, start, end in self.matchers[i](sent))
        hits: list[TriggerHit] = []
        seen: set[tuple[str, int]] = set()
        for rule, start, end in matches:
            token = sent[start + rule.head]
            if (rule.key, token.i) in seen:
                continue
            if not self._passes(rule, token, sent.start + end, words):
                continue
            seen.add((rule.key, token.i))
            hits.append(TriggerHit(rule, token, sent.start + start, sent.start + end))
        # several rules of a type may hold at one word: the extractor takes the first that
        # finds its arguments, in the order of event_types.yaml
        hits.sort(key=lambda h: (h.token.i, self.order[h.rule.key]))
        return hits

    def _has_below(self, rule: TriggerRule, check: str, token: Token) -> bool:
        """The trigger word ``token`` has the dependent the rule's ``check`` describes."""
        name = f"{rule.key}:{check}"
        chains = self.below_chains.get(name)
        if chains is not None:
            return any(_has_chain(token, chain) for chain in chains)
        below, children = self.below[name]
        if not _may_have_below(token, children):
            return False
        doc = token.doc
        cached = doc.user_hooks.get(self.below_key)
        if cached is None or cached[0] is not self:
            cached = (self, {})
            doc.user_hooks[self.below_key] = cached
        found = cached[1].get(name)
        if found is None:  # the trigger words of the doc with that dependent
            found = cached[1][name] = {ids[0] for _key, ids in below(doc)}
        return token.i in found

    def _passes(self, rule: TriggerRule, token: Token, end: int, words: set[str]) -> bool:
        if rule.requires and not (rule.requires & words):
            return False
        if rule.requires_governed and not (rule.requires & _governed_words(token)):
            return False  # "vowed to help X, condemning the war": the war is not what is vowed
        if rule.unless and rule.unless & words:
            return False
        if rule.partner_preps and not any(
                c.dep_ == "prep" and c.lower_ in rule.partner_preps
                and not rule.partner_unless & {t.lemma_.lower() for t in c.subtree} for c in token.children):
            return False  # "spoke about X", "spoke at the summit", "spoke with journalist X":
            # no one spoken with
        doc = token.doc
        if rule.unless_next and end < len(doc) and doc[end].lower_ in rule.unless_next and not (
                end + 1 < len(doc) and doc[end].pos_ == "ADP" and doc[end + 1].ent_type_ in ("DATE", "TIME")):
            return False  # "agreed on a deal" is blocked, "agreed on Thursday to ..." is not
        if rule.unless_children and self._has_below(rule, "unless_children", token) and any(
                c.lemma_.lower() in rule.unless_children and not _dated(c) for c in token.children):
            return False  # "called on X to ...", but not "On Monday, X called ..."
        if rule.unless_deps and self._has_below(rule, "unless_deps", token):
            return False
        if rule.unless_subjects and any(rule.unless_subjects & _phrase_words(c) for c in _doers(token)):
            return False  # "aid arrived in X": cargo went, no visitor; "a court imposed
            # penalties on X": a fine, no sanction
        if rule.unless_addressed and self._has_below(rule, "unless_addressed", token):
            return False  # "called on its citizens to leave": advice to people, not a demand
        if rule.unless_passive_preps and any(c.dep_ == "auxpass" for c in token.children) and any(
                c.dep_ == "prep" and c.lower_ in rule.unless_passive_preps for c in token.children):
            return False  # "the plan was met with protests": a reaction, not a meeting
        if rule.unless_place_object and any(c.dep_ in _OBJECT_DEPS and c.ent_type_ == "GPE"
                                            for c in token.children):
            return False  # "charged Y with violating the truce": a country accused
        if rule.party_condition and not _party_condition(token):
            return False  # "warned that the talks would fail unless ...": a forecast
        if rule.person_object and not _person_object(token, self.person_words):
            return False  # "calls the islands Diaoyu", "called for X to be listed": no one rung
        if rule.naming_deps and _names_its_object(token, rule.naming_deps):
            return False  # "called X a liar"; but "called Peru's President X": X read as the predicate
        staying = self.state_auxiliaries
        if token.pos_ == "VERB" and any(c.dep_ == "auxpass" and staying & {c.lower_, c.lemma_.lower()}
                                        for c in token.children):
            return False  # "X remains detained": the state an earlier arrest left, not an act
        if token.pos_ == "VERB" and (token.dep_ in ("amod", "compound") or (
                token.dep_ == "acl" and token.tag_ == "VBN" and not reduced_passive(token))):
            return False  # "invading forces", "citizens arrested in Baku": already known;
            # but "citizens arrested by Azerbaijani police": a fact told with its agent
        if rule.object_words and not self._has_below(rule, "object_words", token):
            return False  # "rejected the allegations", not "rejected the plan"
        if rule.xcomp_lemmas and not self._has_below(rule, "xcomp_lemmas", token):
            return False  # "forced X to pull out diplomats", not "forced X to pay"
        if rule.unless_xcomp and self._has_below(rule, "unless_xcomp", token):
            return False  # "asked the envoy to leave": an expulsion, not a request
        if rule.unless_xcomp_objects and self._has_below(rule, "unless_xcomp_objects", token):
            return False  # "asked X to convey his greetings to Y": a courtesy, not a request
        if rule.clause_modals and not self._has_below(rule, "clause_modals", token):
            return False  # "told X that Y should ...", not "told X that Y had ..."
        if rule.modals and not self._has_below(rule, "modals", token):
            return False  # "will take measures against X": the modal makes the threat
        if rule.mandative and any(c.dep_ == "ccomp" and _told_as_fact(c) for c in token.children):
            return False  # "insisted that X had acted lawfully", "insists X is peaceful":
            # an assertion, not a demand
        if rule.predicate_words and not (_predicate_lemmas(token) & rule.predicate_words):
            return False  # "called the strike 'criminal'", not "called the talks useful"
        if rule.unfinished_verbs and token.pos_ == "NOUN" and _in_the_making(token, rule.unfinished_verbs):
            return False  # "are negotiating a deal": no deal yet
        if rule.light_verbs and token.pos_ == "NOUN" and not in_state_phrase(token, rule.state_preps) \
                and not past_setting(token, rule, self.setting_heads):
            verb = governing_verb(token)
            if (verb is None or verb.lemma_.lower() not in rule.light_verbs) and not any(
                    c.lemma_.lower() in rule.light_verbs for c in agent_clauses(token)) and not (
                    verb is not None and verb.lemma_.lower() in rule.with_light_verbs
                    and token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head == verb):
                return False  # "sanctions imposed by X" holds its own light verb
                # ("hit X with sanctions" holds one; "sanctions hit X hard" does not)
            if rule.unless_infinitive and verb is not None and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                return False  # "allowed aid to reach X": no arrival told
        return True




#: clauses beside a word, not governed by it: what they say is not what the word says
_BESIDE = frozenset({"advcl", "conj", "parataxis", "cc"})


def _governed_words(token: Token) -> set[str]:
    """The lemmas and lower-case forms of what ``token`` governs, clauses beside it left out."""
    words: set[str] = set()
    stack = [c for c in token.children if c.dep_ not in _BESIDE]
    while stack:
        t = stack.pop()
        words.update((t.lemma_.lower(), t.lower_))
        stack.extend(c for c in t.children if c.dep_ not in _BESIDE)
    return words


def _doers(token: Token) -> list[Token]:
    """The subjects of ``token``, or for a noun the subject or by-agent of the verb it is
    an object of ("a court imposed penalties", "penalties were imposed by the regulator",
    "slapped X with penalties")."""
    if token.pos_ != "NOUN":
        return [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if verb is token or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"] + [
        p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _phrase_words(token: Token) -> set[str]:
    """The lemmas of a noun's own phrase, its relative clauses left out ("the minister, who
    pledged aid, arrived" is about the minister)."""
    words: set[str] = set()
    stack = [token]
    while stack:
        t = stack.pop()
        words.add(t.lemma_.lower())
        stack.extend(c for c in t.children if c.dep_ != "relcl")
    return words


def _in_the_making(noun: Token, verbs: frozenset[str]) -> bool:
    """The noun is the object of one of ``verbs`` told in the progressive ("are negotiating
    a deal", "have been negotiating a truce"): the act is still under way."""
    verb = governing_verb(noun)
    return (verb is not None and verb.lemma_.lower() in verbs and verb.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children))


#: what a predicate of naming is said of: the verb's object; or a passive verb's subject
_NAMED = frozenset({"dobj", "nsubjpass", "auxpass"})
#: marks that open a quotation
_OPENING_QUOTES = frozenset({'"', "\u201c", "\u2018"})
#: entity labels of names that are no person's
_NOT_PEOPLE = frozenset({"GPE", "NORP", "LOC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "LANGUAGE",
                         "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
#: the verb's own objects: its direct object, passive subject, or a predicate misread as one
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "oprd"})


#: the clauses a warning's condition may qualify: the warning's own, or what it says
_TOLD = frozenset({"ccomp", "xcomp", "conj"})


def _party_condition(verb: Token) -> bool:
    """A condition ("if", "unless") set on ``verb`` or on a clause it tells whose subject
    is a party (a pronoun or a name; an infinitive takes its governor's: "warned X was going
    to be in trouble if ..."): "warned he would halt trade unless ...", "warned that X
    would pay if ..."; not "warned that prices would rise if ..."."""
    stack = [(verb, False)]
    while stack:
        clause, governed_by_party = stack.pop()
        subjects = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
        party = any(s.pos_ in ("PRON", "PROPN") for s in subjects) or (
            not subjects and clause.dep_ == "xcomp" and governed_by_party)
        if party and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                   for m in c.children) for c in clause.children):
            return True
        stack.extend((c, party) for c in clause.children if c.dep_ in _TOLD)
    return False


def _person_object(verb: Token, person_words: frozenset[str]) -> bool:
    """The verb's own object word (or its by-agent's, in the passive) may be a person: a
    name the tagger does not read as a place or a thing (it often takes a surname for a
    building or a firm), a person noun ("counterpart", "president") or a personal pronoun."""
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    objects += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return any(o.lower_ in person_words or (o.pos_ == "PROPN" and o.ent_type_ not in _NOT_PEOPLE)
               for o in objects)


def _names_its_object(verb: Token, predicate_deps: frozenset[str]) -> bool:
    """``verb`` says what its object is: a predicate (of ``predicate_deps``) beside a direct
    object or in the passive ("called X a liar", "X was called a traitor", "being called
    persona non grata"), or a quotation right after the object ("called X 'my friend'", which
    the parser may cut off as a sentence of its own). A predicate alone is the object the
    parser misread: "called Peru's President X" reads as "called [Peru's] [President X]"."""
    deps = {c.dep_ for c in verb.children}
    if deps & predicate_deps and deps & _NAMED:
        return True
    doc = verb.doc
    return any(o.dep_ == "dobj" and o.right_edge.i + 1 < len(doc)
               and doc[o.right_edge.i + 1].text in _OPENING_QUOTES for o in verb.children)


def _dated(prep: Token) -> bool:
    """A preposition whose object is a date or a time ("on Monday", "for a week")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _any_case(words: frozenset[str]) -> dict[str, str]:
    """A token-pattern predicate: the attribute, lower-cased, is one of ``words``."""
    return {"REGEX": "(?i)^(?:" + "|".join(re.escape(w) for w in sorted(words)) + ")$"}


def _dependent_patterns(rule: TriggerRule) -> dict[str, list[list[dict[str, Any]]]]:
    """The DependencyMatcher patterns of each dependent check of ``rule``: its trigger word
    (the token pattern of its head, without operator) with the dependent below it."""
    anchor = {"RIGHT_ID": "trigger",
              "RIGHT_ATTRS": {k: v for k, v in rule.pattern[rule.head].items() if k != "OP"}}

    def child(attrs: dict[str, Any]) -> list[dict[str, Any]]:
        return [anchor, {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "dependent",
                         "RIGHT_ATTRS": attrs}]

    patterns: dict[str, list[list[dict[str, Any]]]] = {}
    if rule.unless_children:
        patterns["unless_children"] = [child({"LEMMA": _any_case(rule.unless_children)})]
    if rule.unless_deps:
        patterns["unless_deps"] = [child({"DEP": {"IN": sorted(rule.unless_deps)}})]
    if rule.unless_addressed:  # "called on citizens to ...": the object of the verb's preposition
        patterns["unless_addressed"] = [[
            *child({"DEP": "prep"}),
            {"LEFT_ID": "dependent", "REL_OP": ">", "RIGHT_ID": "addressed",
             "RIGHT_ATTRS": {"DEP": "pobj", "LOWER": {"IN": sorted(rule.unless_addressed)}}}]]
    if rule.object_words:  # "rejected the allegations", "the allegations were rejected"
        words = _any_case(rule.object_words)
        patterns["object_words"] = [
            child({"DEP": {"IN": ["dobj", "nsubjpass"]}, "LEMMA": words}),
            # an amount of them: "froze $2 billion in X assets", "halted $5 million of aid"
            [*child({"DEP": {"IN": ["dobj", "nsubjpass"]}}),
             {"LEFT_ID": "dependent", "REL_OP": ">", "RIGHT_ID": "amount",
              "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": ["in", "of", "worth"]}}},
             {"LEFT_ID": "amount", "REL_OP": ">", "RIGHT_ID": "counted",
              "RIGHT_ATTRS": {"DEP": "pobj", "LEMMA": words}}]]
    if rule.xcomp_lemmas:  # "forced X to pull out"
        patterns["xcomp_lemmas"] = [child({"DEP": {"IN": ["xcomp", "ccomp"]},
                                           "LEMMA": _any_case(rule.xcomp_lemmas)})]
    if rule.unless_xcomp:
        patterns["unless_xcomp"] = [child({"DEP": {"IN": ["xcomp", "ccomp"]},
                                           "LEMMA": _any_case(rule.unless_xcomp)})]
    if rule.unless_xcomp_objects:  # "asked X to extend his greetings": the infinitive's object
        patterns["unless_xcomp_objects"] = [[
            *child({"DEP": "xcomp"}),
            {"LEFT_ID": "dependent", "REL_OP": ">", "RIGHT_ID": "handed",
             "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": _any_case(rule.unless_xcomp_objects)}}]]
    if rule.clause_modals:  # "told X that Y should ..."
        patterns["clause_modals"] = [[
            *child({"DEP": "ccomp"}),
            {"LEFT_ID": "dependent", "REL_OP": ">", "RIGHT_ID": "modal",
             "RIGHT_ATTRS": {"DEP": "aux", "LOWER": {"IN": sorted(rule.clause_modals)}}}]]
    if rule.modals:  # "will take measures against X"
        patterns["modals"] = [child({"DEP": "aux", "LOWER": {"IN": sorted(rule.modals)}})]
    return patterns


# what a DependencyMatcher pattern asks of the trigger word's own dependent: the
# dependency labels and lower-case forms it may have (None: any)
_Child = tuple[frozenset[str] | None, frozenset[str] | None]


def _first_dependent(pattern: list[dict[str, Any]]) -> _Child:
    """The ``DEP`` and ``LOWER`` a dependent of the trigger word must have for ``pattern``
    (of :func:`_dependent_patterns`) to match, as far as plain words and ``IN`` lists say."""
    attrs = pattern[1]["RIGHT_ATTRS"]

    def allowed(attr: str) -> frozenset[str] | None:
        value = attrs.get(attr)
        if isinstance(value, str):
            return frozenset([value])
        if isinstance(value, dict) and list(value) == ["IN"]:
            return frozenset(value["IN"])
        return None
    return allowed("DEP"), allowed("LOWER")


def _may_have_below(token: Token, children: tuple[_Child, ...]) -> bool:
    """``token`` has a dependent that one of ``children`` allows: without one, no pattern
    of the check can match at it (a cheap test that spares running its matcher)."""
    return any((deps is None or c.dep_ in deps) and (lowers is None or c.lower_ in lowers)
               for deps, lowers in children for c in token.children)


# a test on a token: (its attribute, "eq" / "in" / "re", the string, set or regex)
_Test = tuple[tuple[str, str, Any], ...]
# the token attributes a chain's test reads, by pattern attribute
_CHAIN_ATTRS = {"DEP": "dep_", "LOWER": "lower_", "LEMMA": "lemma_"}


def _chains(patterns: list[list[dict[str, Any]]]) -> tuple[tuple[_Test, ...], ...] | None:
    """DependencyMatcher patterns (of :func:`_dependent_patterns`) as chains of tests: a
    child of the anchor, a child of that child...; None when one is no such chain or asks
    anything but a plain word, an ``IN`` list or a ``REGEX`` of ``DEP``, ``LOWER``, ``LEMMA``."""
    chains: list[tuple[_Test, ...]] = []
    for pattern in patterns:
        above = pattern[0]["RIGHT_ID"]
        tests: list[_Test] = []
        for node in pattern[1:]:
            if node.get("REL_OP") != ">" or node.get("LEFT_ID") != above:
                return None
            test: list[tuple[str, str, Any]] = []
            for attr, value in node["RIGHT_ATTRS"].items():
                if attr not in _CHAIN_ATTRS:
                    return None
                if isinstance(value, str):
                    test.append((_CHAIN_ATTRS[attr], "eq", value))
                elif isinstance(value, dict) and list(value) == ["IN"]:
                    test.append((_CHAIN_ATTRS[attr], "in", frozenset(value["IN"])))
                elif isinstance(value, dict) and list(value) == ["REGEX"]:
                    test.append((_CHAIN_ATTRS[attr], "re", re.compile(value["REGEX"])))
                else:
                    return None
            tests.append(tuple(test))
            above = node["RIGHT_ID"]
        chains.append(tuple(tests))
    return tuple(chains)


def _has_chain(token: Token, chain: tuple[_Test, ...]) -> bool:
    """``token`` has a child passing the chain's first test, with a child passing the next..."""
    if not chain:
        return True
    return any(_passes_test(c, chain[0]) and _has_chain(c, chain[1:]) for c in token.children)


def _passes_test(token: Token, test: _Test) -> bool:
    for attr, how, value in test:
        got = getattr(token, attr)
        if not (got == value if how == "eq" else got in value if how == "in" else value.search(got)):
            return False
    return True


# pattern attributes a one-token rule may check from the index, and the token's own
_TOKEN_ATTRS = {"LEMMA": "lemma_", "LOWER": "lower_", "POS": "pos_", "TAG": "tag_"}


def _single_token(pattern: list[dict[str, Any]]) -> dict[str, frozenset[str]] | None:
    """A one-token pattern on words and tags as attribute -> allowed strings, with a
    ``LEMMA`` or ``LOWER`` to look it up by; None for any other pattern."""
    if len(pattern) != 1:
        return None
    out: dict[str, frozenset[str]] = {}
    for attr, value in pattern[0].items():
        if attr not in _TOKEN_ATTRS:
            return None
        if isinstance(value, str):
            out[attr] = frozenset([value])
        elif (isinstance(value, dict) and list(value) == ["IN"] and isinstance(value["IN"], list)
              and value["IN"] and all(isinstance(w, str) for w in value["IN"])):
            out[attr] = frozenset(value["IN"])
        else:
            return None
    return out if ("LEMMA" in out or "LOWER" in out) else None


def _needed_words(pattern: list[dict[str, Any]]) -> frozenset[tuple[str, str]]:
    """The ``("LEMMA", word)`` and ``("LOWER", word)`` a sentence must hold for ``pattern``
    to match in it: those of its tokens that take one word and must be there (no operator,
    or "+")."""
    return frozenset((attr, value) for token in pattern if token.get("OP", "+") == "+"
                     for attr, value in token.items()
                     if attr in ("LEMMA", "LOWER") and isinstance(value, str))


# token attributes whose ``IN`` word set may be spelled out as one pattern per word
_SPELLABLE = frozenset({"LEMMA", "LOWER", "ORTH", "TEXT", "NORM", "POS", "TAG", "DEP", "ENT_TYPE"})


def _spelled_out(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The patterns ``pattern`` stands for, one per choice of the ``IN`` words of its
    single tokens (``{LEMMA: {IN: [a, b]}}`` -> ``{LEMMA: a}``, ``{LEMMA: b}``): the same
    matches. A token with an operator ("*", "?") keeps its word set."""
    variants: list[list[dict[str, Any]]] = [[]]
    for token in pattern:
        choices: list[dict[str, Any]] = [{}]
        for attr, value in token.items():
            words = value.get("IN") if isinstance(value, dict) and len(value) == 1 else None
            if ("OP" not in token and attr in _SPELLABLE and isinstance(words, list) and words
                    and all(isinstance(w, str) for w in words)):
                choices = [{**c, attr: w} for c in choices for w in dict.fromkeys(words)]
            else:
                choices = [{**c, attr: value} for c in choices]
        variants = [[*v, c] for v in variants for c in choices]
    return variants


def _told_as_fact(verb: Token) -> bool:
    """A clause told as a fact, a past act or a present state ("had acted", "acted", "is
    peaceful", "are defensive"), not a mandate ("act", "should act", "has to act"). A past
    form read as a participle with its own subject and no auxiliary ("the strikes hit
    camps") is past."""
    if verb.tag_ == "VBD":
        return True
    auxiliaries = {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBN":
        return "have" in auxiliaries or (not auxiliaries and any(c.dep_ == "nsubj" for c in verb.children))
    # a present state ("is", "are", "has"), not a present act, which may be a mandate
    # ("insists that X withdraws"), nor "has to leave"
    present = verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in _STATE_VERBS
    return present and not any(c.dep_ == "xcomp" for c in verb.children)


#: verbs whose present tense tells a state, not an act
_STATE_VERBS = frozenset({"be", "have"})


def _predicate_lemmas(verb: Token) -> set[str]:
    """The words of what a verb of naming says its object is: "called X 'criminal'",
    "described X as a direct threat"."""
    out: set[str] = set()
    for c in verb.children:
        parts: list[Token] = []
        if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp"):
            parts = [c]
        elif c.dep_ == "prep" and c.lower_ == "as":
            parts = list(c.children)
        elif c.dep_ == "dobj":
            parts = [g for g in c.children if g.dep_ in ("oprd", "amod", "appos") and g.i > c.i]
            # an "as" the parser hangs on the object, not the verb: "described X's decision
            # as a hostile act"
            parts += [g for a in c.children if a.dep_ == "prep" and a.lower_ == "as"
                      for g in a.children]
        for part in parts:
            out.update(t.lemma_.lower() for t in part.subtree)
            out.update(t.lower_ for t in part.subtree)
    return out


def agent_clauses(noun: Token) -> list[Token]:
    """The reduced passive clauses on a noun that name their agent: "sanctions imposed by
    X", "talks hosted by Y" (a fact told with who did it)."""
    return [c for c in noun.children if c.dep_ == "acl" and reduced_passive(c)]


def reduced_passive(verb: Token) -> bool:
    """A past participle on a noun with its agent and no auxiliary of its own: "talks
    hosted by Qatar" (not "he's being detained by X", a clause misread as one)."""
    return (verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "agent" for c in verb.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def setting_prep(token: Token, setting_heads: frozenset[str],
                 onset_heads: frozenset[str] = frozenset()) -> str | None:
    """The preposition that makes a noun a setting ("at the summit", "ahead of the
    talks"), lower-cased, or None; ``setting_heads``: the nouns before "of" that do
    ("ahead", "sidelines": ``setting_heads`` of event_types.yaml); ``onset_heads``: the
    nouns before "of" told through ("since the start of X's invasion" is "since")."""
    head = token.head
    # (a word the parser hangs as a preposition is one, whatever its tag: "Following talks")
    if token.dep_ in ("pobj", "pcomp") and (head.pos_ == "ADP" or head.dep_ == "prep"):
        if head.lower_ == "of" and head.head.lower_ in setting_heads:
            return head.head.lower_
        if head.lower_ == "of" and head.head.lower_ in onset_heads and head.head.i != token.i:
            return setting_prep(head.head, setting_heads)
        return head.lower_
    return None


def past_setting(token: Token, rule: TriggerRule, setting_heads: frozenset[str]) -> bool:
    """A noun told as what came before ("after talks with X", "following talks between
    X and Y": ``past_setting_preps``) with its own party: the act was done."""
    return bool(rule.past_setting_preps) and setting_prep(
        token, setting_heads) in rule.past_setting_preps and any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children)


def direct_verb(token: Token, words: MentionWords) -> Token | None:
    """The verb a noun is the argument of, through prepositions only ("held talks",
    "discussed ... in a call"), container nouns, which only count what they hold
    ("agreed on a package of sanctions": ``container_nouns`` of mentions.yaml), sums,
    which only measure it ("approved $2 billion in aid", "40 million euros in aid":
    ``amount_preps``), and nouns of
    owning up to it ("claimed responsibility for the blast": ``credit_nouns``); None when
    another noun stands between."""
    current = token
    holder = token.head.head
    if token.dep_ == "pobj" and (
            (token.head.lower_ == "of" and holder.lemma_.lower() in words.container_nouns)
            or (token.head.lower_ == "for" and holder.lemma_.lower() in words.credit_nouns)
            or (token.head.lower_ in words.amount_preps and _a_sum(holder))):
        current = holder
    for _ in range(3):
        head = current.head
        if head.i == current.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.pos_ == "ADP" and current.dep_ in ("pobj", "pcomp"):
            current = head
            continue
        if current.dep_ in ("conj", "appos") and head.pos_ in ("NOUN", "PROPN"):
            current = head
            continue
        return None
    return None


def _a_sum(token: Token) -> bool:
    """A number, or a unit counted by one ("$2 billion", "40 million dollars", "5 billion
    yen", "20 tonnes"): what only measures the noun it holds."""
    return token.like_num or token.tag_ == "CD" or token.ent_type_ == "MONEY" or any(
        c.dep_ == "nummod" for c in token.children)


def in_state_phrase(noun: Token, preps: frozenset[str]) -> bool:
    """``noun`` is the object of a preposition of ``preps`` ("under X sanctions")."""
    return bool(preps) and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in preps


def governing_verb(token: Token) -> Token | None:
    """The verb a noun is the object, subject or prepositional object of, if any."""
    current = token
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if current.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj", "conj", "appos",
                            "prep", "npadvmod", "oprd") or head.pos_ == "ADP":
            current = head
            continue
        return None
    return None
