"""Modality: did the event happen, will it, might it, or did it not?

Read from the trigger and the verbs that govern it, with the cue words of
``schema/modality.yaml``; climbing stops at a reporting verb, so "X said it will visit"
is planned but "X warned it would strike" is a threat made now. Order of precedence:
negated, hypothetical, planned, asserted.

The cues of an implied prior contact ("the first call since September 2022") are
:mod:`graphkit.extract.priors`'.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from graphkit.extract.nlp import condition_clause
from graphkit.extract.rules import Rules
from graphkit.extract.triggers import agent_clauses, governing_verb, reduced_passive
from graphkit.model import Modality

_CLIMB_DEPS = {"xcomp", "conj", "pcomp", "pobj", "prep", "dobj", "acl", "nsubjpass", "auxpass",
               "attr", "ccomp"}


class ModalityReader:
    """Decides an event's modality from its trigger token."""

    def __init__(self, rules: Rules, country_of: Callable[[str], str | None] | None = None) -> None:
        # the country a name is (the gazetteer's code): the tagger labels some countries' names
        # organisations ("Uruguay said ..."), and "Moscow" speaks for the state "Russia" names;
        # without it a GPE entity is a state by its own text
        self.country_of = country_of or (lambda _text: None)
        m = rules.modality
        words = rules.words
        self.neg_words = words(m.get("negated", {}), "neg_words")
        self.neg_governors = words(m.get("negated", {}), "governors")
        self.contrast_words = words(m.get("negated", {}), "contrast_coordinators")
        self.litotes = words(m.get("negated", {}), "litotes")
        self.intent_nouns = words(m.get("negated", {}), "intent_nouns")
        self.evidence_nouns = words(m.get("negated", {}), "evidence_nouns")
        self.evidence_preps = words(m.get("negated", {}), "evidence_preps")
        # "Y rejected X's demand": mentions.yaml's answering words, shared with the argument finder
        self.answering = words(rules.mentions, "answering_verbs")
        self.answered_types = frozenset(rules.mentions.get("answered_types") or ())
        self.hyp_modals = words(m.get("hypothetical", {}), "modals")
        self.hyp_governors = words(m.get("hypothetical", {}), "governors")
        self.alleging = words(m.get("hypothetical", {}), "alleging")
        self.threatening = words(m.get("hypothetical", {}), "threatening")
        self.predicates = words(m.get("hypothetical", {}), "predicates")
        self.unvouched = words(m.get("hypothetical", {}), "unvouched_sources")
        self.hyp_markers = words(m.get("hypothetical", {}), "markers")
        self.own_condition_types = frozenset(m.get("hypothetical", {}).get("own_condition_types") or ())
        self.plan_modals = words(m.get("planned", {}), "modals")
        self.plan_governors = words(m.get("planned", {}), "governors")
        self.future_words = words(m.get("planned", {}), "future_words")
        self.place_phrases = words(m.get("planned", {}), "place_phrases")
        self.past_tags = frozenset(m.get("planned", {}).get("past_tags") or ())
        self.infinitive_governors = words(m.get("planned", {}), "infinitive_governors")
        self.contact_types = frozenset(m.get("planned", {}).get("contact_types") or ())
        self.attempting = words(m.get("planned", {}), "attempting_governors")
        self.arranging = words(m.get("planned", {}), "arranging_governors")
        self.asking_phrases = words(m.get("planned", {}), "asking_phrases")
        self.announced_types = frozenset(m.get("planned", {}).get("announced_types") or ())
        self.speech_types = frozenset(m.get("planned", {}).get("speech_types") or ())
        self.announcing_subjects = words(m.get("planned", {}), "announcing_subjects")
        self.deciding_governors = words(m.get("planned", {}), "deciding_governors")
        self.announcing_verbs = words(m.get("planned", {}), "announcing_verbs")
        self.pledging = {str(k): frozenset(str(w).lower() for w in v or ())
                         for k, v in (m.get("planned", {}).get("pledging_governors") or {}).items()}
        self.reporting = words(rules.reporting, "reporting")
        self.saying_verbs = words(m.get("spoken") or {}, "saying_verbs")
        self.speech_words = words(m.get("spoken") or {}, "speech_words")
        self.first_person = words(m, "first_person_pronouns")
        self.consequence_modals = words(m, "consequence_modals")
        self.persisting_conditions = words(m, "persisting_conditions")
        self.demanding_marks = words(m.get("demanding_conditions") or {}, "marks")
        self.demanding_type = str((m.get("demanding_conditions") or {}).get("type") or "DEMAND")
        scope = m.get("scope") or {}
        self.finite_tags = frozenset(scope.get("finite_tags") or ())
        self.subject_deps = frozenset(scope.get("subject_deps") or ())

    def reported(self, token: Token) -> bool:
        """The trigger lies in the content of a reporting verb ("X said it would ...")."""
        return self._report_verb(token) is not None

    def _report_verb(self, token: Token) -> Token | None:
        """The reporting verb whose content holds ``token``, if any."""
        current = token
        for _ in range(8):
            if current.head.i == current.i:
                return None
            current = current.head
            if current.pos_ == "VERB" and current.lemma_.lower() in self.reporting:
                return current
        return None

    def _said_in(self, token: Token) -> Token | None:
        """The verb that says the message ``token`` is a word of: the nearest reporting or
        saying verb (``spoken.saying_verbs``) governing it, when ``token`` itself names no
        act of speech (``spoken.speech_words``: "said it would demand ..." tells a demand
        to come)."""
        speech = self.reporting | self.saying_verbs
        if _lemmas(token) & (self.saying_verbs | self.speech_words) or token.lower_ in self.speech_words:
            return None
        if _lemmas(token) & self.reporting and any(c.dep_ == "ccomp" for c in token.children):
            return None  # a report of its own ("said it would say ..."); not "would respond firmly"
        current = token
        for _ in range(8):
            if current.head.i == current.i or any(
                    c.dep_ == "mark" and c.lower_ in self.hyp_markers for c in current.children):
                return None  # "asked whether the talks would go on": a question, no message
            current = current.head
            if current.pos_ == "VERB" and _lemmas(current) & speech:
                return current
        return None

    def _kept_report(self, verb: Token) -> bool:
        """A reporting verb that is also a governor of what it reports: a denial ("denied
        attacking X") or a threat ("warned it would expel ...")."""
        return bool(_lemmas(verb) & (self.neg_governors | self.threatening))

    def chain(self, token: Token) -> list[Token]:
        """The trigger, then the words governing it up to a reporting verb or the root."""
        start = token
        if token.pos_ in ("NOUN", "PROPN"):
            own = agent_clauses(token)
            if own:  # "sanctions imposed by X": the clause tells the fact
                return [token, own[0]]
            verb = governing_verb(token)
            chain = [token]
            if verb is None:
                return chain
            start = verb
        else:
            chain = []
        current = start
        for _ in range(6):
            chain.append(current)
            if current.i != start.i and current.lemma_.lower() in self.reporting:
                if chain[-2].dep_ != "conj" and not self._kept_report(current):
                    chain.pop()  # "said it would strike": the report is no governor
                break  # "will respond and strike": a coordinated verb shares its auxiliary
            climbs = current.dep_ in _CLIMB_DEPS or _timed_infinitive(current)
            if current.head.i == current.i or not climbs:
                break
            if current.dep_ == "acl" and reduced_passive(current):
                break  # "citizens arrested by X": a fact of its own, whatever governs X

            current = current.head
        return chain

    def _none_of(self, token: Token) -> bool:
        """Whether ``token`` qualifies a noun counted as none: a compound word whose head
        noun has a negative determiner ("no aid convoys", "no arms shipments")."""
        head = token.head
        return (token.dep_ == "compound" and head.i != token.i and head.pos_ in ("NOUN", "PROPN")
                and any(c.dep_ == "det" and c.lower_ in self.neg_words for c in head.children))

    def _intent_denied(self, token: Token) -> bool:
        """A noun of intent (``intent_nouns``) with a negative determiner: "no intention
        of", "no plans to", "no desire to"."""
        return token.pos_ == "NOUN" and token.lemma_.lower() in self.intent_nouns and any(
            c.dep_ == "det" and c.lower_ in self.neg_words for c in token.children)

    def _evidence_denied(self, token: Token) -> bool:
        """The act's clause or phrase is what a noun of evidence (``evidence_nouns``) with a
        negative determiner is about: "no evidence that X attacked Y" (the clause hung on the
        noun as acl or relcl), "no sign of an attack on Y", "no proof of X arresting Y" (on
        one of ``evidence_preps``): no act is told. A noun on any other preposition ("came
        under attack") is traced up to its clause's verb, as an object is."""
        on_evidence_prep = token.dep_ == "pobj" and token.head.lower_ in self.evidence_preps
        if token.pos_ in ("NOUN", "PROPN") and not on_evidence_prep:
            verb = governing_verb(token)
            if verb is None:
                return False
            token = verb
        noun = token.head
        if token.dep_ in ("pobj", "pcomp") and noun.lower_ in self.evidence_preps:
            noun = noun.head
        elif token.dep_ not in ("acl", "relcl"):
            return False
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in self.evidence_nouns and any(
            c.dep_ == "det" and c.lower_ in self.neg_words for c in noun.children)

    def _answered(self, token: Token, governor: Token, type_name: str) -> bool:
        """``governor`` refuses a party's words that the noun ``token`` names, not the act:
        "Y rejected X's demand that Y withdraw", "X's demand was rejected"
        (``answering_verbs`` on a noun of ``answered_types`` of mentions.yaml that is their own object and
        names its owner). What was demanded was said all the same."""
        return (type_name in self.answered_types and token.pos_ == "NOUN"
                and token.head.i == governor.i and token.dep_ in ("dobj", "nsubjpass")
                and bool(_lemmas(governor) & self.answering)
                and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
                        for c in token.children))

    def _own_conjunct(self, token: Token) -> bool:
        """Whether the conjoined verb ``token`` stands apart from the verb it is joined to:
        a contrast joins them ("did not condemn X but praised Y"), or it has an auxiliary
        of its own ("had not reached X and had agreed to Y"), not one shared ("did not
        meet or call")."""
        if token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX"):
            return False
        head = token.head
        if any(c.dep_ == "cc" and c.lower_ in self.contrast_words and head.i < c.i < token.i
               for c in head.children):
            return True
        if self._own_clause(token):
            return True  # "did not sign X and met Y", "did not sign X, and its envoy met Y"
        return any(c.dep_ in ("aux", "auxpass") and c.i < token.i for c in token.children)

    def _own_clause(self, verb: Token) -> bool:
        """A conjunct or complement verb that makes a clause of its own below the word it
        hangs on: a conjunct with a subject of its own (``scope.subject_deps``), or either
        with a finite tense (``scope.finite_tags``) its head does not share ("did not sign X
        and met Y", "wants to find out why X arrested Y": told in the past)."""
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("conj", "ccomp"):
            return False
        if verb.dep_ == "conj" and any(c.dep_ in self.subject_deps for c in verb.children):
            return True  # not for a complement: "wants X to meet Y" is wanted
        return verb.tag_ in self.finite_tags and verb.tag_ != verb.head.tag_

    def _own_chain(self, chain: list[Token], cues: frozenset[str] = frozenset()) -> list[Token]:
        """``chain`` up to a complement in a tense of its own (:meth:`_own_clause`): what it
        tells is no part of a plan or wish above it ("wants to find out why X arrested Y",
        "has sought to hide it, but Z says it was behind the attacks"); but a cue's own
        complement is what the cue tells ("reports suggest they had met": suggested)."""
        for n, (prev, t) in enumerate(zip(chain, chain[1:], strict=False), start=1):
            if prev.dep_ == "ccomp" and prev.head.i == t.i and self._own_clause(prev) \
                    and t.lemma_.lower() not in cues:
                return chain[:n]
        return chain

    def _clause_scope(self, chain: list[Token]) -> list[Token]:
        """:func:`_clause_governors` within the trigger's own clause ("will try to find out
        why X arrested Y": the arrest is told, not to come)."""
        return _clause_governors(self._own_chain(chain))

    def _scope(self, chain: list[Token], cues: frozenset[str]) -> list[Token]:
        """The words above the trigger that a cue among them (a plan, a wish, a proposal)
        reaches it from: :meth:`_own_chain` without the trigger."""
        return self._own_chain(chain, cues)[1:]

    def modality(self, token: Token, type_name: str, subjects: list[Token] | None = None) -> Modality:
        chain = self.chain(token)
        own = [t for t in chain[:2]]
        # "had not reached X, but had agreed to Y": the negation of one conjunct does not
        # reach a verb set against it, or one with an auxiliary of its own
        negatable = own[:1] if self._own_conjunct(chain[0]) else own
        # ("did not reject X's demand": the answer is negated, the demand was made all the same)
        if any(c.dep_ == "neg" or c.lower_ in self.neg_words and c.dep_ in ("neg", "advmod", "det")
               for t in negatable if not _lemmas(t) & self.litotes and not self._answered(token, t, type_name)
               for c in t.children):
            return "negated"
        if self._none_of(token):
            return "negated"  # "no aid trucks entered": the "no" counts the noun the word qualifies
        if any(_lemmas(t) & self.neg_governors for t in _governors(chain)
               if not self._answered(token, t, type_name)):
            return "negated"  # "refused to meet", "called off"; not "rejected X and accused Y"
        if any(self._intent_denied(t) for t in _governors(chain)):
            return "negated"  # "has no intention of attacking X": the act is disowned
        if self._evidence_denied(token):
            return "negated"  # "there is no evidence that X attacked Y": no act is told
        said = self._said_in(token) if type_name in self.speech_types else None
        if said is not None:  # "said Y must stop": the demand is made by saying it
            # (read as a deed's verb: "will say ..." is a speech still to come)
            return self.modality(said, "", subjects)
        if self._threatened(chain, type_name):
            return "hypothetical"  # "threatened to impose sanctions": the threat is the act
        if self._pledged(chain, type_name):
            return "asserted"  # "pledged to send air defence systems": the pledge is the act
        # a past-tense conjunct shares no modal of the verb it is joined to ("said curbs
        # would hurt trade and accused X": "accused" is told, not possible)
        sharing = own[:1] if _past_conjunct(chain[0]) else own
        modals = {c.lower_ for t in sharing for c in t.children if c.dep_ == "aux"}
        if modals & self.hyp_modals:
            if modals & self.hyp_modals == {"would"} and self.reported(token) and \
                    type_name not in self.speech_types:
                if self._announced(token, type_name, subjects):
                    return "asserted"
                return "planned"  # "the Kremlin said Putin would visit": future in the past
            return "hypothetical"
        if any(c.dep_ == "mark" and c.lower_ in self.hyp_markers for t in negatable for c in t.children):
            return "hypothetical"
        if type_name not in self.own_condition_types and any(
                condition_clause(t) is not None for t in negatable):
            return "hypothetical"  # "to slap sanctions if it rejected ...": on a condition
        if any(t.lemma_.lower() in self.hyp_governors for t in self._scope(chain, self.hyp_governors)):
            return "hypothetical"
        if any(t.lemma_.lower() in self.alleging for t in _governors(chain)):
            return "hypothetical"  # the charge of an accusation, not a fact the news tells
        if self._uncertain(token, chain):
            return "hypothetical"
        speech = type_name in self.speech_types  # "warned it will strike": a threat made now
        planned = (
            any(t.lemma_.lower() in self.plan_governors for t in self._scope(chain, self.plan_governors))
            # "the talks are due to begin": an event noun the subject of a schedule's predicate
            or (token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass")
                and scheduled(token.head, self.plan_governors))
            or self._infinitive_governed(chain[1] if token.pos_ in ("NOUN", "PROPN") and len(chain) > 1
                                         else token)
            or self._asked_for(token)
            or (type_name in self.contact_types and self._sought(chain))
            or (not speech and any(c.dep_ == "aux" and c.lower_ in self.plan_modals
                                   for t in [*sharing, *self._clause_scope(chain)] for c in t.children))
            or (not speech and any(self._future(t) for t in own))
            or any(_headline_future(t) for t in own)
        )
        if planned:
            if type_name in self.announced_types and any(
                    s.lower_ in self.first_person for s in subjects or ()):
                return "asserted"
            if type_name in self.announced_types and self._decided(
                    chain[1] if token.pos_ in ("NOUN", "PROPN") and len(chain) > 1 else token):
                return "asserted"  # "the EU agreed to freeze X's assets": the measure decided
            if self._announced(token, type_name, subjects):
                return "asserted"
            return "planned"
        return "asserted"

    def _sought(self, chain: list[Token]) -> bool:
        """A contact still being brought about: a verb of attempt governs it ("are trying
        to arrange a meeting"), or an untensed verb of arranging ("approached X to arrange
        talks"; not "arranged talks", which tells them set up). Only verbs that govern the
        contact's clause count: not a verb it is joined to ("tried to block the vote and
        met X") nor one it is reported under ("are trying to find out why X met Y")."""
        governors: list[Token] = []
        for prev, t in zip(chain, chain[1:], strict=False):
            if prev.dep_ in ("conj", "ccomp"):
                break
            governors.append(t)
        return any(t.lemma_.lower() in self.attempting
                   or (t.lemma_.lower() in self.arranging and t.tag_ not in ("VBD", "VBN"))
                   for t in governors)

    def _uncertain(self, token: Token, chain: list[Token]) -> bool:
        """An act told as likely or possible ("is likely to impose", "a visit is
        possible"), or by a source not vouched for ("unconfirmed reports said ...")."""
        if any(t.lemma_.lower() in self.predicates
               for t in _governors(self._own_chain(chain, self.predicates))):
            return True
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "nsubj" and any(
                c.dep_ == "acomp" and c.lemma_.lower() in self.predicates for c in token.head.children):
            return True
        report = self._report_verb(token)
        sources = [c for c in report.children if c.dep_ == "nsubj"] if report is not None else []
        for verb in chain:
            for prep in (c for c in verb.children if c.dep_ == "prep"):
                sources.extend(t for t in prep.subtree if t.dep_ == "pobj")
        return any(a.dep_ == "amod" and a.lower_ in self.unvouched for s in sources for a in s.children)

    def _threatened(self, chain: list[Token], type_name: str) -> bool:
        """The deed a threat holds out: the infinitive or modal clause of a verb of
        threatening ("threatened to expel", "warned it would impose sanctions"), or its
        object noun ("threatened sanctions"); not a fact it reports ("warned that X had
        moved troops"), nor the threat itself."""
        if type_name in self.own_condition_types:
            return False
        governors = _governors(chain)
        for i, gov in enumerate(governors, start=1):
            if not _lemmas(gov) & self.threatening:
                continue
            below = chain[i - 1]
            if below.pos_ in ("NOUN", "PROPN") and below.dep_ == "dobj":
                return True
            if any(c.dep_ == "aux" and (c.lower_ == "to" or c.lower_ in self.hyp_modals
                                        or c.lower_ in self.plan_modals)
                   for t in chain[:i] for c in t.children):
                return True
        return False

    def _announced(self, token: Token, type_name: str, subjects: list[Token] | None) -> bool:
        """"Chile said it would expel ...", "the ministry said the country will impose
        sanctions ...": a speaker announcing its own state's act (``announcing_subjects``)
        announces a decision taken now, as "we will expel" does."""
        if type_name not in self.announced_types:
            return False
        verb = token.head if token.pos_ in ("NOUN", "PROPN") and token.head.pos_ == "VERB" else token
        words = [*(subjects or ()), *(c for c in verb.children if c.dep_ == "nsubj")]
        report = self._report_verb(verb) or self._trailing_report(verb)
        if report is None or _lemmas(report) & self.threatening:
            return False  # "warned it would expel ...": a threat, no decision taken
        if _lemmas(report) & self.announcing_verbs and _agentless_passive(verb):
            return True  # "announced that rifles would be given to X"
        if any(s.lemma_.lower() in self.announcing_subjects for s in words):
            return True
        return self._own_state_told(words, report)

    def _trailing_report(self, verb: Token) -> Token | None:
        """A reporting verb the parser hangs on the clause it reports, after it ("X will
        send aid to Y, the minister said")."""
        return next((c for c in verb.children if c.dep_ in ("conj", "parataxis") and c.i > verb.i
                     and c.lemma_.lower() in self.reporting
                     and not any(g.dep_ in ("dobj", "ccomp") for g in c.children)), None)

    def _own_state_told(self, subjects: list[Token], report: Token) -> bool:
        """"Norway would give ..., the prime minister said", "Sweden will send ..., the
        government said": a state named as the doer, in the words of a person or a body or
        of that state ("Moscow said Russia would send ..."), not of another named state
        ("Kyiv said Berlin would send ..." tells a hope)."""
        states = {code for s in subjects if (code := self._state(s)) is not None}
        if not states:
            return False
        speakers = [c for c in report.children if c.dep_ == "nsubj"]
        return bool(speakers) and all(self._state(sp) in (None, *states) for sp in speakers)

    def _state(self, token: Token) -> str | None:
        """The state ``token`` names (its country code, else a GPE entity's own text): a GPE
        entity, or a name the tagger labelled an organisation or a person that the gazetteer
        gives a country ("Uruguay", "the Kremlin")."""
        if token.ent_type_ != "GPE" and (token.ent_type_ not in ("ORG", "PERSON") or token.pos_ != "PROPN"):
            return None
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        code = self.country_of(ent.text) if ent is not None else None
        if token.ent_type_ == "GPE":
            return code or token.text
        return code

    def _asked_for(self, token: Token) -> bool:
        """"called for a meeting with X", "pressed for talks": a noun that is what a verb
        asks for (``asking_phrases``: the verb's lemma and its preposition) is still to
        happen."""
        prep = token.head
        return (token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and prep.dep_ == "prep"
                and f"{prep.head.lemma_.lower()} {prep.lower_}" in self.asking_phrases)

    def _infinitive_governed(self, verb: Token) -> bool:
        """"agreed to meet again", "called on X to slap sanctions": the infinitive
        complement of a verb of agreeing, promising or asking is still to happen."""
        current = verb
        for _ in range(3):
            if current.dep_ != "xcomp" or current.head.i == current.i:
                return False
            current = current.head
            if current.lemma_.lower() in self.infinitive_governors:
                return True
        return False

    def _pledged(self, chain: list[Token], type_name: str) -> bool:
        """A verb of pledging for this type (``pledging_governors``) among the trigger's
        nearest governors, in a tense of its own with no modal ("pledged to send arms",
        "offered emergency aid", "offers Y a package of aid"; not "will offer", "plans to
        pledge"): the pledge made is the event."""
        lemmas = self.pledging.get(type_name)
        if not lemmas:
            return False
        for gov in _governors(chain)[:3]:
            if gov.lemma_.lower() in lemmas:
                return gov.tag_ in ("VBD", "VBN", "VBZ", "VBP") and not any(
                    c.dep_ in ("aux", "auxpass") and c.lower_ in self.plan_modals | self.hyp_modals
                    for c in gov.children)
        return False

    def _decided(self, verb: Token) -> bool:
        """The infinitive complement of a verb of deciding in the past ("agreed to freeze
        X's assets", "decided to expel two diplomats"): a measure decided, not one planned
        (``deciding_governors``; not "will decide to ...", nor "agreed to meet")."""
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        governor = verb.head
        return (governor.lemma_.lower() in self.deciding_governors and governor.tag_ in ("VBD", "VBN")
                and not any(c.dep_ == "aux" and c.lower_ in self.plan_modals | self.hyp_modals
                            for c in governor.children))

    def _place_phrase(self, word: Token) -> bool:
        """``word`` begins a phrase of place (``place_phrases``: "next to X")."""
        doc = word.doc
        return word.i + 1 < len(doc) and f"{word.lower_} {doc[word.i + 1].lower_}" in self.place_phrases

    def _future(self, token: Token) -> bool:
        """"will meet next week", "talks in the coming days": a time phrase of the
        trigger's own that lies ahead (not for a verb told in the past: "met later that day")."""
        if token.tag_ in self.past_tags:
            return False
        for c in token.children:
            if self._place_phrase(c):
                continue  # "speaks next to X": where, not when
            if c.lower_ in self.future_words and c.dep_ in ("amod", "advmod", "npadvmod"):
                if c.lower_ == "later" and any(g.dep_ == "npadvmod" for g in c.children):
                    continue  # "hours later": after the last event told, not in the future
                return True
            if c.dep_ == "npadvmod" and any(g.lower_ in self.future_words for g in c.children):
                return True
            if c.dep_ == "prep":
                for pobj in c.children:
                    if pobj.dep_ == "pobj" and any(g.lower_ in self.future_words and g.dep_ == "amod"
                                                   for g in pobj.children):
                        return True
        return False


def scheduled(head: Token, governors: frozenset[str]) -> bool:
    """``head`` takes a predicate adjective of a schedule (one of ``governors``, the planned
    governors) with a to-infinitive: "the council is due to convene", "talks are slated to
    resume" tell an event planned (not "the delay was due to ...": no infinitive)."""
    return any(c.dep_ == "acomp" and c.lemma_.lower() in governors
               and any(x.dep_ == "xcomp" for x in c.children) for c in head.children)


def _headline_future(verb: Token) -> bool:
    """A headline's future: "Norway to impose sanctions on Peru", "President X to visit
    Lima". An infinitive with "to" that heads its sentence with a subject of its own, or
    hangs on a sentence whose head is a noun (the parser's reading of "President X to
    visit"), is an act still to come: in running text such an infinitive hangs on a verb."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    head = verb.head  # a named doer right before "to": "Lula to", "Norway's minister to"
    named = head.pos_ == "PROPN" or any(c.pos_ == "PROPN" and c.dep_ in ("poss", "compound")
                                        for c in head.children)
    return verb.dep_ in ("relcl", "acl", "advcl") and head.dep_ == "ROOT" and head.i == verb.i - 2 and named


def _agentless_passive(verb: Token) -> bool:
    """A passive verb that names no agent ("would be given to X")."""
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and "agent" not in deps


def _past_conjunct(token: Token) -> bool:
    """A verb in the simple past joined to another verb: no modal or future auxiliary of
    that verb reaches it ("would hurt trade and accused X"; not "will meet and talk")."""
    return token.dep_ == "conj" and token.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "auxpass") for c in token.children)


def _lemmas(token: Token) -> set[str]:
    """A verb's lemma, and with its particle ("call off") when it has one."""
    lemma = token.lemma_.lower()
    return {lemma, *(f"{lemma} {c.lower_}" for c in token.children if c.dep_ == "prt")}


# Infinitives that take their time from the clause they hang on: "will become the first
# minister to visit X" (on a noun: relcl, acl) lies ahead; "will fly to X next week to meet
# Y" (a purpose: advcl) happens when the journey does, planned or told with it.
_TIMED_INFINITIVES = frozenset({"relcl", "acl", "advcl"})


def _timed_infinitive(token: Token) -> bool:
    """A "to" infinitive attached by one of :data:`_TIMED_INFINITIVES`."""
    return token.dep_ in _TIMED_INFINITIVES and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


_CLAUSE_LINKS = {"xcomp", "ccomp", "attr", "acl", "relcl", "advcl"}


def _clause_governors(chain: list[Token]) -> list[Token]:
    """The verbs whose clause the trigger's clause is part of ("will become the first
    minister to visit X", "will try to meet X"), not those of a noun it names ("will
    respond to the attack": the attack is told, not planned)."""
    out: list[Token] = []
    for prev, t in zip(chain, chain[1:], strict=False):
        if prev.dep_ not in _CLAUSE_LINKS:
            break
        out.append(t)
    return out


def _governors(chain: list[Token]) -> list[Token]:
    """The words of a chain that govern the trigger: up to the first conjunct link, since
    a coordinated verb ("rejected ... and accused") is a sibling, not a governor."""
    out: list[Token] = []
    for prev, t in zip(chain, chain[1:], strict=False):
        if prev.dep_ == "conj":
            break
        out.append(t)
    return out
