"""Reported speech: who says what, and when a report is a STATEMENT.

"X said (that) Y": Y is the event and X its reporter. A report whose content holds no other
(asserted) event is a STATEMENT by X; a stance verb ("reiterated", "denied") makes one even
with a plain object. Media outlets report, they never make statements. "According to X"
and "citing X" attribute a sentence without a verb.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from graphkit.extract.actors import MentionFinder
from graphkit.extract.arguments import companions, mentions_at, subject_tokens
from graphkit.extract.found import Found, clause_subjects
from graphkit.extract.mentions import ArticleMentions, Mention, unique_actors
from graphkit.extract.modality import scheduled
from graphkit.extract.rules import Rules
from graphkit.extract.triggers import TriggerHit
from graphkit.model import Actor

# tokens between a reporting verb and the quote it opens ('stating in a statement, "..."')
_QUOTE_REACH = 8
STANCE_CONFIDENCE = 0.7
PLAIN_CONFIDENCE = 0.55


@dataclass(frozen=True)
class ContentAct:
    """An act a report's content can say (one entry of ``content_acts``)."""

    type: str
    lemmas: frozenset[str]
    modals: frozenset[str]
    obligation: frozenset[str]
    needs_target: bool
    verbs: frozenset[str] = frozenset()
    # words by which the clause aims the act at someone it does not name ("make them pay")
    pronoun_targets: frozenset[str] = frozenset()
    # said beside another speech act of the speaker, still an event of its own
    beside_speech: bool = False
    # the lemmas count only as the verb of one of these subjects ("the ambassador shall leave")
    subjects: frozenset[str] = frozenset()
    # verbs of awaiting: "Y should expect a response" aims the act at Y, whatever the modal
    expectation: frozenset[str] = frozenset()
    # words that make the clause no such act ("will respond to Y's request": an answer)
    unless: frozenset[str] = frozenset()
    # modifiers that make one of the act's nouns a plain tie ("energy links", "close
    # links": no charge, unlike "links to the plot")
    neutral_modifiers: frozenset[str] = frozenset()

    @classmethod
    def of(cls, name: str, raw: dict, rules: Rules) -> ContentAct:  # type: ignore[type-arg]
        return cls(name, rules.words(raw, "lemmas"), rules.words(raw, "modals"),
                   rules.words(raw, "obligation"), bool(raw.get("needs_target")),
                   rules.words(raw, "verbs"), rules.words(raw, "pronoun_targets"),
                   bool(raw.get("beside_speech")), rules.words(raw, "subjects"),
                   rules.words(raw, "expectation"), rules.words(raw, "unless"),
                   rules.words(raw, "neutral_modifiers"))

    def awaited(self, tokens: list[Token]) -> list[Token]:
        """The subjects of a verb of ``expectation`` whose object holds one of the act's
        words ("Y should brace for a heavy reprisal": Y)."""
        return [c for t in tokens if t.pos_ == "VERB" and t.lemma_.lower() in self.expectation
                and any(w.lemma_.lower() in self.lemmas for d in t.children if d.dep_ in ("dobj", "prep")
                        for w in d.subtree)
                for c in t.children if c.dep_ == "nsubj"]

    def says(self, tokens: list[Token], lemmas: set[str], auxes: set[str]) -> bool:
        """The clause holds one of the act's words (with one of its modals, as the verb of
        one of its subjects, when it has such lists)."""
        if self.neutral_modifiers:
            lemmas = lemmas - {w for t in tokens if self._neutral(t) for w in (t.lemma_.lower(), t.lower_)}
        if not lemmas & self.lemmas or (self.modals and not auxes & self.modals) or lemmas & self.unless:
            return False
        return not self.subjects or any(
            t.lemma_.lower() in self.lemmas and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in self.subjects for c in t.children)
            for t in tokens)

    def _neutral(self, token: Token) -> bool:
        """A noun of the act's words that one of ``neutral_modifiers`` makes a plain tie."""
        return token.pos_ == "NOUN" and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.neutral_modifiers
            for c in token.children)

    def aimed_by_pronoun(self, tokens: list[Token]) -> bool:
        """The clause aims the act at someone by a pronoun object alone: whom the story
        says it is aimed at is filled in after the review (``story_target``)."""
        return any(t.lower_ in self.pronoun_targets and t.dep_ in ("dobj", "pobj", "dative", "nsubj")
                   for t in tokens)


@dataclass(frozen=True)
class Retelling:
    """``party_retelling`` of reporting_verbs.yaml: the event types whose retelling by a
    body of their source's side makes no statement, and the nouns that name a body."""

    types: frozenset[str]
    body_heads: frozenset[str]
    # "his office said": a person's own body, whose retelling of any event passes it on
    own_possessives: frozenset[str] = frozenset()
    # "the two leaders discussed trade, X said": a contact told again in its source's plain
    # words (no position) passes the contact on, by anyone who tells it
    contacts: frozenset[str] = frozenset()


class ReportReader:
    """Finds the reporting verbs of sentences and the statements they make."""

    def __init__(self, rules: Rules, actors: MentionFinder) -> None:
        rep = rules.reporting
        self.rules = rules
        self.actors = actors
        self.reporting = rules.words(rep, "reporting")
        self.stance = rules.words(rep, "stance")
        self.needs_predicate = rules.words(rep, "needs_predicate")
        reception = rep.get("reception") or {}
        self.reception_verbs = rules.words(reception, "verbs")
        self.guests = rules.words(reception, "guests")
        self.media_words = rules.words(rep, "media_words")
        anonymous = rep.get("anonymous_sources") or {}
        self.anonymous_heads = rules.words(anonymous, "heads")
        self.anonymous_determiners = rules.words(anonymous, "determiners")
        self.wrapper_only = rules.words(rep, "wrapper_only")
        self.bystanders = rules.words(rep, "bystanders")
        self.act_only = rules.words(rep, "act_only")
        retelling = rep.get("party_retelling")
        self.retelling = None if not retelling else Retelling(
            frozenset(str(t) for t in retelling.get("types") or ()), rules.words(retelling, "body_heads"),
            rules.words(retelling, "own_possessives"),
            frozenset(str(t) for t in retelling.get("contacts") or ()))
        perfect = rep.get("background_perfect") or {}
        self.perfect_always = rules.words(perfect, "always")
        self.perfect_after_lead = rules.words(perfect, "after_lead")
        self.gerund_preps = rules.words(rep, "gerund_preps")
        self.quoting_verbs = rules.words(rep, "quoting_verbs")
        spoken_for = rep.get("spoken_for") or {}
        self.spokes_nouns = rules.words(spoken_for, "nouns")
        self.spokes_preps = rules.words(spoken_for, "preps")
        self.author_preps = rules.words(spoken_for, "author_preps")
        self.attribution_preps = rules.words(rep, "attribution_preps")
        self.attribution_verbs = rules.words(rep, "attribution_verbs")
        self.media_attribution = bool(rep.get("media_attribution"))
        alleging = rep.get("alleging") or {}
        self.alleging = rules.words(alleging, "verbs")
        self.allegation_type = str(alleging.get("type") or "ACCUSE")
        wronged = rep.get("wronged_custody") or {}
        self.custody_verbs = rules.words(wronged, "verbs")
        self.wrong_verbs = rules.words(wronged, "wrong_verbs")
        self.wrong_manner = rules.words(wronged, "manner")
        self.wrong_predicates = rules.words(wronged, "predicates")
        self.custody_types = frozenset(str(t) for t in wronged.get("custody_types") or ())
        self.wrong_verb_types = frozenset(str(t) for t in wronged.get("wrong_verb_types") or ())
        position = rep.get("position") or {}
        self.position_modals = rules.words(position, "modals")
        self.possibility_modals = rules.words(position, "possibility_modals")
        self.evaluative = rules.words(position, "evaluative")
        self.pending = rules.words(position, "pending")
        # a schedule's predicate adjectives ("is due to convene") are the planned governors
        self.schedule_words = rules.words(rules.modality.get("planned") or {}, "governors")
        self.courtesy_objects = rules.words(position, "courtesy_objects")
        thanks = position.get("courtesy_thanks") or {}
        self.thanks_verbs = rules.words(thanks, "verbs")
        self.thanks_nouns = rules.words(thanks, "nouns")
        self.courtesies = rules.words(thanks, "courtesies")
        self.release_kinds = rules.words(position, "release_kinds")
        self.retold_acts = tuple(sorted(str(t) for t in position.get("retold_acts") or ()))
        self.no_answer = rules.words(position, "no_answer")
        self.departure_verbs = rules.words(position, "departure_verbs")
        self.departure_subjects = rules.words(position, "departure_subjects")
        self.content_acts = [ContentAct.of(name, raw or {}, rules)
                             for name, raw in (rep.get("content_acts") or {}).items()]
        self.act_verbs = frozenset().union(*(act.verbs for act in self.content_acts))

    def told_as_background(self, verb: Token, in_lead: bool) -> bool:
        """A plain report told in the perfect ("Y had said", after the lead "X has
        said"): words said before the news, not a statement of its own
        (``background_perfect``); an assessment so told ("has called X absurd", "has
        denied ...") is a standing position and still counts."""
        lemma = verb.lemma_.lower()
        if lemma in self.stance or lemma in self.needs_predicate:
            return False
        auxiliaries = self.perfect_always if in_lead else self.perfect_always | self.perfect_after_lead
        return any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in verb.children)

    def is_position(self, verb: Token, speakers: list[Actor] | None = None) -> bool:
        """The report states a position, warning, denial or assessment, not a fact, a
        figure or an event: see ``position`` in ``reporting_verbs.yaml``. A partial quote
        alone makes no position of ``speakers`` who are all bodies (``release_kinds``): a
        release quoted in part passes its wording of a fact on."""
        heads = clause_heads(verb)
        if any(c.dep_ == "dobj" and c.lemma_.lower() in self.courtesy_objects for c in verb.children):
            return False  # "expressed optimism that ...": a mood (``courtesy_objects``)
        if self._courtesy_thanks(verb):
            return False  # "thanked X for his hospitality": politeness (``courtesy_thanks``)
        if verb.lemma_.lower() in self.stance:
            # "X, who lives abroad, denies wrongdoing": a standing position in the present
            # with a bare object is background, not news; so is one with a bare gerund
            # ("X denies arresting people for their views"), an object told as a verb
            clauses = [h for h in heads if not _bare_gerund(h)]
            return bool(clauses) or verb.tag_ not in ("VBZ", "VBP") or not any(
                c.dep_ == "dobj" or _bare_gerund(c) for c in verb.children)
        content = content_tokens(verb) | {t.i for h in heads for t in h.subtree}
        if not content:
            return False
        doc = verb.doc
        if any(h.lemma_.lower() in self.pending for h in heads):
            return False  # "said it was considering sanctions": the plan, not a position
        if any(scheduled(h, self.schedule_words) for h in heads):
            return False  # "said the council is due to convene": a planned event
        if self.tells_terms(verb):
            return False  # "the envoys must leave by Friday": an expulsion's terms
        tokens = [doc[i] for i in sorted(content)]
        if any(t.dep_ == "neg" and not self._withholds(t.head) for t in tokens):
            return True
        auxes = {t.lower_ for t in tokens if t.dep_ in ("aux", "auxpass")}
        if auxes & self.position_modals:
            return True
        if any(t.lemma_.lower() in self.evaluative and t.pos_ in ("VERB", "ADJ") for t in tokens):
            return True
        for h in heads:
            if any(c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ" for c in h.children):
                return True  # "Russia is satisfied", "the tanks were ill-suited"
            if h.lemma_.lower() == "be" and any(c.dep_ == "attr" for c in h.children):
                return True  # "the conflict was a direct consequence of ...": an assessment
            if any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in h.children):
                return True  # "we stand by", "I welcome": the speaker's own stance
        if speakers and all(a.kind in self.release_kinds for a in speakers):
            return False
        return partial_quote(verb.sent, content)

    def _courtesy_thanks(self, verb: Token) -> bool:
        """The report thanks for a courtesy of the contact ("thanked X for hosting the
        summit", "expressed gratitude for the invitation"): its "for" (the verb's, or its
        object's when the object is a noun of thanks) names one of ``courtesies``."""
        holders = [verb] if verb.lemma_.lower() in self.thanks_verbs else []
        holders += [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.thanks_nouns]
        if holders and verb.lemma_.lower() not in self.thanks_verbs:
            holders.append(verb)  # "expressed gratitude to X for ...": "for" may hang from the verb
        return any(p.dep_ == "prep" and p.lower_ == "for"
                   and any(o.dep_ in ("pobj", "pcomp") and o.lemma_.lower() in self.courtesies
                           for o in p.children)
                   for h in holders for p in h.children)

    def reports(self, sent: Span, mentions: ArticleMentions) -> list[tuple[Token, list[Actor]]]:
        """The reporting verbs of a sentence whose speaker is an actor (not the media)."""
        out: list[tuple[Token, list[Actor]]] = []
        for token in sent:
            if token.pos_ != "VERB" or token.lemma_.lower() not in self.reporting:
                continue
            if token.lemma_.lower() in self.needs_predicate and not any(
                    c.dep_ in ("oprd", "ccomp", "xcomp") or _predicate_as(c, mentions)
                    for c in token.children):
                continue
            if not has_content(token, token.lemma_.lower() in self.stance):
                continue
            if token.lemma_.lower() in self.reception_verbs and self._receives(token, mentions):
                continue
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if not subjects and token.dep_ == "conj" and token.head.dep_ == "ccomp" \
                    and token.head.head.lemma_.lower() in self.reporting:
                # "X said the ships had intruded and insisted that ...": X insisted
                subjects = [c for c in token.head.head.children if c.dep_ == "nsubj"]
            if not subjects and token.dep_ in ("conj", "advcl", "xcomp"):
                subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            if not subjects:
                subjects = _quoted_speakers(token, self.quoting_verbs)
            if not subjects:
                subjects = self._issuers(token, mentions)
            actors: list[Actor] = []
            for s in subjects:
                if s.lower_ in self.media_words or any(
                        t.lower_ in self.media_words for t in s.subtree if t.dep_ in ("compound", "amod")):
                    continue
                for m in mentions_at(s, mentions) or self._spoken_for(s, mentions):
                    if m.via == "definite":
                        continue  # "..., the ministry said": a routine attribution
                    actors.extend(a for a in m.actors if a.id not in self.actors.media_ids)
            if actors:  # "X, along with Y, denied ...": Y speaks too
                actors.extend(a for m in companions(token, subjects, mentions) if m.via != "definite"
                              for a in m.actors if a.id not in self.actors.media_ids)
            if actors:
                out.append((token, unique_actors(actors)))
        return out

    def _issuers(self, verb: Token, mentions: ArticleMentions) -> list[Token]:
        """Who speaks by a reporting participle or gerund with no subject of its own: the
        issuer of the document it describes ("X issued a statement saying ...": X; not
        "blocked a statement saying ...", ``document_withholding_verbs``), or the subject
        of the verb whose preposition of ``gerund_preps`` it follows ("X angered Y by
        saying ...": X)."""
        head = verb.head
        words = mentions.words
        described = verb.dep_ == "acl" and verb.tag_ == "VBG" and head.lemma_.lower() in words.document_nouns
        means = verb.dep_ == "pcomp" and head.lower_ in self.gerund_preps and head.head.pos_ == "VERB"
        return subject_tokens(verb, words) if described or means else []

    def _spoken_for(self, subject: Token, mentions: ArticleMentions) -> list[Mention]:
        """Whom a subject naming no actor of its own speaks for (``spoken_for``): a
        spokesperson's principal ("a spokesperson for X"), a document's author ("a joint
        statement by X and Y", "a statement issued by X")."""
        lemma = subject.lemma_.lower()
        document = lemma in mentions.words.document_nouns
        if lemma in self.spokes_nouns:
            preps = self.spokes_preps
        elif document:
            preps = self.author_preps
        else:
            return []
        named = [g for c in subject.children if c.dep_ == "prep" and c.lower_ in preps
                 for g in c.children if g.dep_ == "pobj"]
        if document:  # "a statement issued by X"
            named += [g for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"
                      and c.lemma_.lower() not in mentions.words.document_withholding_verbs
                      for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        return [m for g in named for m in mentions_at(g, mentions)]

    def _receives(self, verb: Token, mentions: ArticleMentions) -> bool:
        """A verb of ``reception`` whose object is a party or a guest ("welcomed X",
        "welcomed the delegation"): a guest received, no position."""
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in self.guests
                                         or mentions_at(c, mentions, deep=False, possessors=False))
                   for c in verb.children)

    def unnamed_source(self, verb: Token) -> bool:
        """The report's subject is an unnamed source ("a senior official", "two officials"):
        like a wrapper it passes news on, and makes no STATEMENT of its own."""
        return any(s.dep_ == "nsubj" and s.lower_ in self.anonymous_heads
                   and any(c.dep_ in ("det", "nummod", "amod") and c.lower_ in self.anonymous_determiners
                           for c in s.children)
                   for s in verb.children)

    def bystander_source(self, verb: Token) -> bool:
        """The report's subject is no party but a bystander of the news by its role noun
        (``bystanders``): the subject itself ("her lawyer, X, told ..."), its apposition
        ("X, an analyst at Y, said ...") or its title ("lawyer X said ..."); like an
        unnamed source it passes news on and makes no STATEMENT of its own."""
        return any(t.lemma_.lower() in self.bystanders
                   for s in verb.children if s.dep_ == "nsubj"
                   for t in (s, *(c for c in s.children if c.dep_ in ("appos", "compound"))))

    def tells_terms(self, verb: Token) -> bool:
        """The report's clause tells the terms of an expulsion ("the envoys must leave
        by Friday, the ministry said"): no position, and no speech act of its own."""
        return any(self._departure(h) for h in clause_heads(verb))

    def _departure(self, head: Token) -> bool:
        """A clause whose verb is a departure verb with an envoy noun as its subject ("the
        diplomats must leave the country by Friday"): the terms of an expulsion
        (``departure_verbs``, ``departure_subjects``)."""
        return head.lemma_.lower() in self.departure_verbs and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.departure_subjects
            for c in head.children)

    def _withholds(self, verb: Token) -> bool:
        """A negated verb that only withholds an answer ("did not have information", "could
        not confirm"): the verb or its object is a ``no_answer`` lemma."""
        return verb.lemma_.lower() in self.no_answer or any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.no_answer for c in verb.children)

    def told_by_media(self, sent: Span, mentions: ArticleMentions) -> bool:
        """The sentence is attributed to the media ("according to state media", "according
        to <outlet>'s editor X"): its reports are passed on, as an unnamed source's are."""
        if not self.media_attribution:
            return False
        for token in sent:
            if token.lower_ not in self.attribution_preps:
                continue
            for t in token.subtree:
                if t.lower_ in self.media_words:
                    return True
                m = mentions.at(t.i)
                if m is not None and any(a.id in self.actors.media_ids for a in m.actors):
                    return True
        return False

    def statement(self, verb: Token, speakers: list[Actor], sent: Span,
                   mentions: ArticleMentions) -> Found | None:
        rule = self.rules.types[self.rules.statement_type]
        addressees: list[Actor] = []
        for c in verb.children:
            if c.dep_ in ("dative", "dobj") and verb.lemma_.lower() == "tell":
                for m in mentions_at(c, mentions):
                    if not m.channel:  # "told Zvezda television": the medium, not whom it is about
                        addressees.extend(m.actors)
        for c in verb.children:  # "X said that Azerbaijan has not granted ...": about Azerbaijan
            if c.dep_ in ("ccomp", "parataxis"):
                for subject in (t for t in c.children if t.dep_ in ("nsubj", "nsubjpass")):
                    for m in mentions_at(subject, mentions):
                        if m.via not in ("pronoun", "group", "definite"):
                            addressees.extend(a for a in m.actors if a.kind != "person")
        countries = {s.country for s in speakers}
        participants = [(a, "speaker") for a in speakers]
        participants += [(a, "target") for a in unique_actors(addressees)
                         if a.id not in {s.id for s in speakers} and a.country not in countries]
        confidence = STANCE_CONFIDENCE if verb.lemma_.lower() in self.stance else PLAIN_CONFIDENCE
        return Found(rule.name, rule, sent, verb, participants, confidence)

    def content_act(self, verb: Token, speakers: list[Actor], mentions: ArticleMentions,
                    clause: set[int] | None = None) -> tuple[str, list[Actor]] | None:
        """The act a report's content says ("X said Y was responsible for ..." accuses Y;
        ``content_acts`` of ``reporting_verbs.yaml``): its type and the parties it is aimed
        at (not of the speakers' countries; named in the reported clause, else elsewhere in
        the sentence), or None."""
        content = sorted(content_tokens(verb) if clause is None else clause)
        if not content:
            return None
        doc = verb.doc
        tokens = [doc[i] for i in content]
        countries = {a.country for a in speakers} - {None}
        ids = {a.id for a in speakers}

        def others(found: list) -> list[Actor]:  # type: ignore[type-arg]
            return unique_actors([a for m in found if m.via not in ("pronoun", "group") and not m.channel
                                  and not mentions.owns_victim_noun(m, doc)
                                  for a in m.actors if a.id not in ids and a.country not in countries
                                  and a.id not in self.actors.media_ids])

        inside = set(content)
        named = others([m for m in mentions.within(content[0], content[-1] + 1) if m.start in inside])
        if not named:  # "despite X's explanation, Y maintained it was a violation": aimed at X
            sent = verb.sent
            named = others([m for m in mentions.within(sent.start, sent.end)
                            if m.start not in inside and m.start != verb.i])
        lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
        auxes = {t.lower_ for t in tokens if t.dep_ in ("aux", "auxpass") or t.tag_ == "MD"}
        for act in self.content_acts:  # "Y should expect a response": a threat, not a request
            awaited = others([m for s in act.awaited(tokens) for m in mentions_at(s, mentions)])
            if awaited:
                return act.type, awaited
        for act in self.content_acts:
            if act.obligation:
                for t in tokens:
                    if t.lower_ not in act.obligation and t.lemma_.lower() not in act.obligation:
                        continue
                    head = t.head if t.tag_ == "MD" else t
                    if t.tag_ != "MD" and not any(c.dep_ == "xcomp" for c in t.children):
                        continue
                    # "Y must withdraw" asks Y to act; "Y must be punished" is no request of Y
                    subjects = [c for c in head.children if c.dep_ == "nsubj"]
                    targets = others([m for s in subjects for m in mentions_at(s, mentions)])
                    if targets:
                        return act.type, targets
            said = act.says(tokens, lemmas, auxes) or verb.lemma_.lower() in act.verbs
            if said and (named or not act.needs_target or act.aimed_by_pronoun(tokens)):
                return act.type, named
        return None

    def alleged(self, verb: Token, speakers: list[Actor], mentions: ArticleMentions) -> list[Actor]:
        """Whom a claim about another party's deed accuses (``alleging``): "X claimed that Y
        had attacked Z" accuses Y, whatever else the report says (the attack is an event
        too); the subjects of the claimed clause that are of none of the speakers' countries."""
        if verb.lemma_.lower() not in self.alleging:
            return []
        own = {a.country for a in speakers if a.country} | {a.id for a in speakers}
        found = [m for s in clause_subjects(verb) for m in mentions_at(s, mentions)
                 if m.via not in ("pronoun", "group")]
        return unique_actors([a for m in found for a in m.actors
                              if a.id not in own and a.country not in own])

    def wronged_custody(self, verb: Token) -> list[Token]:
        """The custody verbs the report's content tells as a wrong (``wronged_custody``):
        "X had been detained illegally", "Y had kidnapped him", "they were held hostage";
        not one it denies ("Y had not kidnapped him", "were never held illegally")."""
        return [t for i in sorted(content_tokens(verb)) if (t := verb.doc[i]).pos_ == "VERB"
                and t.lemma_.lower() in self.custody_verbs
                and not any(c.dep_ == "neg" for c in t.children) and (
                    t.lemma_.lower() in self.wrong_verbs or any(
                        c.lower_ in self.wrong_manner or c.lemma_.lower() in self.wrong_predicates
                        for c in t.children))]

    def is_charge(self, type_name: str, trigger: Token) -> bool:
        """An event of this type at this custody verb is the charge a report of custody told
        as a wrong makes, not the day's act: any custody verb of ``custody_types`` ("said
        X had been detained illegally"), only a verb that is a wrong by itself of
        ``wrong_verb_types`` ("said Y had kidnapped him"; not "had illegally seized the
        town", a seizure of ground)."""
        return type_name in self.custody_types or (
            type_name in self.wrong_verb_types and trigger.lemma_.lower() in self.wrong_verbs)

    def holders(self, verb: Token, speakers: list[Actor], mentions: ArticleMentions) -> list[Actor]:
        """Whom a report of custody told as a wrong accuses: the holders, the agent of a
        passive ("detained illegally by Y") or the subject of an active custody verb
        ("Y had kidnapped him"), of none of the speakers' countries."""
        own = {a.country for a in speakers if a.country} | {a.id for a in speakers}
        doers: list[Token] = []
        for t in self.wronged_custody(verb):
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)
            if passive:  # "held hostage by Y": the by-phrase may hang from the predicate
                heads = [t, *(c for c in t.children if c.lemma_.lower() in self.wrong_predicates)]
                doers += [g for h in heads for c in h.children
                          if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                          for g in c.children if g.dep_ == "pobj"]
            else:
                doers += [c for c in t.children if c.dep_ == "nsubj"]
        found = [m for d in doers for m in mentions_at(d, mentions) if m.via not in ("pronoun", "group")]
        return unique_actors([a for m in found for a in m.actors
                              if a.id not in own and a.country not in own])

    def attribution(self, sent: Span, mentions: ArticleMentions) -> Actor | None:
        """"according to X", "citing X": who the sentence attributes its news to."""
        for token in sent:
            if token.lower_ in self.attribution_preps or token.lemma_.lower() in self.attribution_verbs:
                for t in token.subtree:
                    m = mentions.at(t.i)
                    if m is not None and m.actors:
                        return m.actors[0]
        return None


def _bare_gerund(token: Token) -> bool:
    """A gerund the verb takes as its object ("denies arresting people"): an act named as a
    thing, not a clause of content."""
    return token.dep_ == "xcomp" and token.tag_ == "VBG"


def _quoted_speakers(verb: Token, quoting: frozenset[str]) -> list[Token]:
    """Whom a source quotes as saying: "the agency quoted X as saying ...", "X was cited
    as saying ..." (the reporting verb after "as" has no subject of its own; ``quoting``:
    the lemmas of quoting verbs)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in quoting:
        return []
    return [c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")]


def _predicate_as(child: Token, mentions: ArticleMentions) -> bool:
    """An "as" phrase that names what the verb's object, an act or a thing, is called
    ("described the launch as a warning"): the predicate of a verb of naming, as an
    ``oprd`` is. A person or a party so named ("described him as a ...") is a judgement
    of them, not a position of the speaker's own."""
    return child.dep_ == "prep" and child.lower_ == "as" and any(
        c.dep_ == "pobj" for c in child.children) and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and not mentions_at(c, mentions, deep=False)
        for c in child.head.children)


#: marks that open or close a quote, or a colon before one
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", ":"})


def has_content(verb: Token, stance: bool) -> bool:
    """A reporting verb reports something: a clause, a quote, a colon, or it wraps the
    sentence ("..., the ministry said"); a stance verb may take a plain object
    ("reaffirmed the policy"). A that-clause the parser hung lower down counts too ("said
    in a statement that ...": the clause parsed as the statement's)."""
    deps = {c.dep_ for c in verb.children}
    if deps & {"ccomp", "xcomp", "parataxis", "oprd"} or verb.dep_ in ("parataxis",):
        return True
    if _lowered_that_clause(verb, through_phrase=True) is not None:
        return True
    if stance and deps & {"dobj", "prep"}:
        return True
    return any(t.text in _QUOTE_MARKS for t in verb.sent if t.i != verb.i)


def content_tokens(verb: Token) -> set[int]:
    """The tokens a reporting verb reports: its clausal complements, and for a wrapper
    ("..., the ministry said") the main clause it hangs from."""
    content: set[int] = set()
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "dobj", "oprd", "advcl", "parataxis") or (
                c.dep_ == "conj" and c.pos_ == "VERB"):
            content.update(t.i for t in c.subtree)
    if verb.dep_ in ("parataxis", "advcl") and verb.head.i != verb.i:
        content.update(t.i for t in verb.head.subtree if t.i not in {x.i for x in verb.subtree})
    if not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        # "wrote on X shortly after the strike that ...": the that-clause parsed lower down
        for t in verb.subtree:
            if t.i > verb.i and t.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
                content.update(x.i for x in t.subtree)
                break
    if not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        # a quote hung off no clause of the verb (the parser broke it up): '"...," X
        # said' reports the words quoted before it, 'X said, stating in a statement:
        # "..."' the quote opened right after it
        inside = quoted(verb.sent)
        if verb.dep_ == "ROOT":
            content.update(i for i in inside if i < verb.i)
        after = sorted(i for i in inside if i > verb.i)
        if after and after[0] - verb.i <= _QUOTE_REACH and not any(
                verb.doc[i].pos_ in ("VERB", "AUX") for i in range(verb.i + 1, after[0])):
            content.update(after)
    return content


def told_lower_down(verb: Token) -> bool:
    """The verb reports nothing but a that-clause the parser hung lower down ("said in a
    statement that ...", no quote in the sentence): a report of what that clause says as
    an act, no position."""
    deps = {c.dep_ for c in verb.children}
    return not deps & {"ccomp", "xcomp", "parataxis", "oprd"} and verb.dep_ != "parataxis" \
        and not any(t.text in _QUOTE_MARKS for t in verb.sent if t.i != verb.i) \
        and _lowered_that_clause(verb, through_phrase=True) is not None


def _lowered_that_clause(verb: Token, through_phrase: bool = False) -> Token | None:
    """The first that-clause after ``verb`` within its own phrase ("told reporters during a
    break that ...", "said in a statement that ..."), parsed lower down than the verb;
    ``through_phrase``: only one hung on a noun of the verb's own prepositional phrase
    (not "claims X and has ignored a ruling that ...")."""
    clause = next((t for t in verb.subtree if t.i > verb.i and t.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in t.children)), None)
    if clause is None or not through_phrase:
        return clause
    noun = clause.head
    for _ in range(2):  # "said in a statement (on Monday) that ..."
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        if noun.head.head.i == verb.i:
            return clause
        noun = noun.head.head
    return None


def clause_heads(verb: Token) -> list[Token]:
    """The heads of the clauses a reporting verb reports, with their conjoined verbs."""
    heads = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "parataxis", "oprd")]
    if not heads and verb.dep_ in ("parataxis", "advcl") and verb.head.i != verb.i:
        heads = [verb.head]
    if not heads:  # "told reporters during a break that ...": a that-clause parsed lower down
        lowered = _lowered_that_clause(verb)
        heads = [lowered] if lowered is not None else []
    out: list[Token] = []
    for h in heads:
        out.append(h)
        out.extend(c for c in h.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return out


def announces(verb: Token, events: list[Found]) -> bool:
    """The report's clause is itself a planned or possible event ("said X will meet Y",
    "X will hold talks next week, Y said"), told by its trigger or the trigger's light
    verb: the report announces that event and is no statement; one whose clause says
    something of such an event ("hoped the visit would ease ties", "have sought calls") is."""
    heads = {h.i for h in clause_heads(verb)}
    return any(f.modality != "asserted" and (f.token.i in heads or (
        f.token.head.i in heads and f.trigger is not None
        and f.token.head.lemma_.lower() in f.trigger.light_verbs)) for f in events)


def retells(verb: Token, hits: list[TriggerHit], types: tuple[str, ...], evaluative: frozenset[str]) -> bool:
    """The report's clause is an act of ``types`` (a contact: "said the two will meet",
    "said they had a friendly call"; a material act: "said it had arrested three spies"),
    told by its trigger word or that word's light verb, whether or not it became an event
    (its parties unnamed): the report passes the act on. A word that
    is also an assessment ("I welcome the deal") is the speaker's position, and so is
    what the clause says of a contact as its subject ("the talks had been frank"). A word
    of no medium ("said he had spoken with reporters") is a contact only as an event."""
    heads = {h.i for h in clause_heads(verb)}
    return any(h.rule.type in types and not h.rule.medium_untold
               and h.token.lemma_.lower() not in evaluative and (
        h.token.i in heads or (h.token.head.i in heads and h.token.dep_ != "nsubj"
                               and h.token.head.lemma_.lower() in h.rule.light_verbs))
        for h in hits)


_QUOTES = {'"', "“", "”", "'", "‘", "’"}


def quoted(sent: Span) -> set[int]:
    """The indices of the sentence's tokens inside quotation marks (an apostrophe right
    after a word, "the countries' envoys", is a mark only when it closes a single quote
    opened before it)."""
    marks: list[int] = []
    single_open = False
    for t in sent:
        if t.text not in _QUOTES:
            continue
        attached = t.text in ("'", "’") and t.i > sent.start and t.nbor(-1).whitespace_ == ""
        if attached and not single_open:
            continue
        marks.append(t.i)
        if t.text in ("'", "’", "‘"):
            single_open = not attached
    inside: set[int] = set()
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        inside.update(range(a + 1, b))
    return inside


def partial_quote(sent: Span, content: set[int]) -> bool:
    """The reported clause quotes some of the speaker's words, not all of them ("said the
    ships had 'intruded'"): the quoted wording marks the speaker's own assessment."""
    words = {i for i in content if not sent.doc[i].is_punct}
    within = words & quoted(sent)
    return bool(within) and len(within) < len(words)


def report_of(token: Token, reports: list[tuple[Token, list[Actor]]]
               ) -> tuple[Token, list[Actor]] | None:
    """The innermost report whose content holds ``token``."""
    holding = [(verb, speakers) for verb, speakers in reports if token.i in content_tokens(verb)]
    if not holding:
        return None
    return min(holding, key=lambda r: len(content_tokens(r[0])))
