"""What the extractor keeps while it reads one article: events found so far and the
article's state (its main contact, the last speaker), with small grammar helpers shared by
the stages."""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass, field
from itertools import takewhile
from typing import Any

from spacy.tokens import Doc, Span, Token

from graphkit.extract.mentions import ArticleMentions, unique_actors
from graphkit.extract.rules import EventTypeRule, TriggerRule
from graphkit.model import Actor, Article, EventDate, Modality

#: The lead of an article: its first sentences, which tell the news of the day.
LEAD_SENTENCES = 3

@dataclass
class Found:
    """An event found in one sentence, before it gets its id."""

    type: str
    rule: EventTypeRule
    sent: Span
    token: Token
    participants: list[tuple[Actor, str]]
    confidence: float
    subtype: str | None = None
    modality: Modality = "asserted"
    reporter: Actor | None = None
    report_token: Token | None = None
    date: EventDate = field(default_factory=EventDate)
    quoted: bool = False  # the actor is the speaker of a quote ("we will expel ...")
    trigger: TriggerRule | None = None  # the trigger rule that found it, if any
    probability: float | None = None  # the learned detector's belief in it, if it ran
    # the confidence to report, from the detector's probability (its calibrated share of
    # true events like this one), if it ran; else the rule's own ``confidence``
    reported: float | None = None
    # one party's several counterparts, each met apart ("X met A and B separately")
    counterparts: list[Actor] = field(default_factory=list)
    # ids of the parties a place preposition gave, none other named ("arrived in Riyadh")
    venue_parties: frozenset[str] = frozenset()
    # the verb that tells the act, when it is not the trigger's clause: the act is dated
    # from it ("announced plans to impose a tariff": the threat is made when announced)
    told_by: Token | None = None

    @property
    def actor_ids(self) -> list[str]:
        return [a.id for a, _ in self.participants]


@dataclass
class ArticleState:
    """One article being read: its mentions, the events found so far, its main (first)
    and last contact, and the last speaker heard."""

    article: Article
    mentions: ArticleMentions
    found: list[Found] = field(default_factory=list)
    main_contact: Found | None = None
    last_contact: Found | None = None
    last_contact_sentence: int = -1  # the sentence index of ``last_contact``
    last_speaker: tuple[int, list[Actor]] | None = None
    sentence: int = 0
    date_floor: int = 0  # events before this index of ``found`` give no date context
    # words of verbal acts aimed only at whom an act of no named doer was done to ("condemned
    # the attack on X"): they blame nobody, and a report of them is no statement either
    unblamed: set[int] = field(default_factory=set)

    def country_at(self, i: int) -> Actor | None:
        """The country the mention on token ``i`` names (its first actor), if it names one."""
        m = self.mentions.at(i)
        return m.actors[0] if m is not None and m.actors and m.actors[0].kind == "country" else None

    def group_actors(self, before: int | None = None) -> list[Actor]:
        """Both sides: the parties of the last contact, else of the last event of two
        countries that both took part in (an accord), else of the last act of one country
        on another, both named as countries ("X struck Y. Z urged both sides to ..."), else
        of the last material act of two countries on each other ("X and Y troops clashed"),
        else (none told yet: a live blog, newest entry first) the two countries the article
        has named most so far, else its two main persons of different countries."""
        return self.told_sides() or self.story_sides(before)

    def story_sides(self, before: int | None = None) -> list[Actor]:
        """Both sides as the article's names give them (:meth:`group_actors` when no event
        has told them): the two countries it has named most before token ``before``, else
        its two main persons of different countries, else its two countries named most."""
        return self.top_countries(before, 2) or self.top_persons(2) or self.top_countries(None, 2)

    def told_sides(self) -> list[Actor]:
        """Both sides as events told so far give them (:meth:`group_actors` without its
        fallback to the names the article uses most), or none."""
        contact = self.last_contact or self.main_contact or next(
            (f for f in reversed(self.found) if f.modality == "asserted" and f.rule.roles == "symmetric"
             and len({a.country for a, _ in f.participants}) >= 2), None) or next(  # "A and B agreed ..."
            (f for f in reversed(self.found) if f.modality == "asserted" and f.rule.roles == "directed"
             and all(a.kind == "country" for a, _ in f.participants)
             and {role for _, role in f.participants} == {"source", "target"}  # not "A and B condemned"
             and len({a.country for a, _ in f.participants}) == 2), None) \
            or self.last_fight(also=_mutual)  # "A and B troops clashed"
        if contact:
            return self._counterparts_apart(contact) or [a for a, _ in contact.participants]
        return []

    def last_fight(self, sentence: Span | None = None, excluded: Container[str] = (),
                   also: Callable[[Found, list[Actor]], bool] | None = None) -> Found | None:
        """The last material act told as asserted of two countries or more, told in
        ``sentence`` or the sentence before when given, with no party of the ids of
        ``excluded`` ("X and Y troops clashed. Z called for restraint": not Z's), and of
        which ``also(act, its sides)`` holds when given."""
        for f in reversed(self.found):
            if sentence is not None and f.sent.start != sentence.start and f.sent.end != sentence.start:
                continue
            if f.modality != "asserted" or not f.rule.material:
                continue
            sides = unique_actors([a for a, _ in f.participants])
            if any(a.id in excluded for a in sides) or len({a.country for a in sides if a.country}) < 2:
                continue
            if also is not None and not also(f, sides):
                continue
            return f
        return None

    def _counterparts_apart(self, contact: Found) -> list[Actor]:
        """The counterparts of one party's contacts told apart in the sentence of
        ``contact`` ("X called A and B": a call with each); "both countries" told after
        them means A's and B's, not X's and the last one's. None when the sentence tells
        no such contacts."""
        same = [f for f in self.found if f.sent.start == contact.sent.start and f.type == contact.type
                and f.modality == "asserted"]
        if len(same) < 2:
            return []
        common = set.intersection(*(set(f.actor_ids) for f in same))
        if len(common) != 1:
            return []
        others = unique_actors([a for f in same for a, _ in f.participants if a.id not in common])
        return others if len(others) >= 2 else []

    def top_persons(self, n: int) -> list[Actor]:
        """The ``n`` persons of different countries the whole article names most (each
        at least twice), or none."""
        counts: dict[str, int] = {}
        actors: dict[str, Actor] = {}
        for m in self.mentions.mentions:
            if m.via in ("pronoun", "group", "definite"):
                continue
            for a in m.actors:
                if a.kind == "person" and a.country:
                    counts[a.id] = counts.get(a.id, 0) + 1
                    actors[a.id] = a
        top: list[Actor] = []
        for key in sorted(counts, key=lambda k: -counts[k]):
            if counts[key] >= 2 and actors[key].country not in {a.country for a in top}:
                top.append(actors[key])
        return top[:n] if len(top) >= n else []

    def top_countries(self, before: int | None, n: int) -> list[Actor]:
        """The ``n`` countries the article has named most before token ``before`` (fewer
        than ``n`` named: none)."""
        weights = self.mentions.country_weights(
            takewhile(lambda m: before is None or m.start < before, self.mentions.mentions))
        top = sorted(weights, key=lambda k: -weights[k][1])[:n]
        return [weights[k][0] for k in top] if len(top) == n else []

    def found_sources(self, ids: set[str]) -> list[Actor]:
        """The actors of the given ids among the mentions (for their countries)."""
        out: dict[str, Actor] = {}
        for m in self.mentions.mentions:
            for a in m.actors:
                if a.id in ids:
                    out[a.id] = a
        return list(out.values())

    @staticmethod
    def actor_country(actor: Actor) -> str | None:
        return actor.country

    def last_of(self, type_name: str) -> Found | None:
        return next((f for f in reversed(self.found) if f.type == type_name
                     and f.modality == "asserted"), None)


def ids_in_role(f: Found, role: str) -> set[str]:
    """The ids of ``f``'s actors in ``role``."""
    return {a.id for a, r in f.participants if r == role}


def countries_in_role(f: Found, role: str) -> set[str]:
    """The countries of ``f``'s actors in ``role`` (where known)."""
    return {a.country for a, r in f.participants if r == role and a.country}


def clause_verb(token: Token) -> Token | None:
    """The verb of the clause ``token`` belongs to (None past the root)."""
    current = token
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX") and current.dep_ != "aux":
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def own_clause_event(f: Found, first: Found, deps: frozenset[str]) -> bool:
    """``f`` is a second event of ``first``'s type told in a clause of its own: its trigger
    is the verb of a clause joined by one of ``deps`` ("met Y, after meeting Z", "met Y,
    who later met Z") or the clause ``first`` hangs in is, and it names someone ``first``
    does not, of another country (a party set of its own, not the same event told twice)."""
    mine, theirs = clause_verb(f.token), clause_verb(first.token)
    if mine is None or mine.i != f.token.i or theirs is None or mine.i == theirs.i:
        return False
    if not (mine.dep_ in deps or theirs.dep_ in deps):
        return False
    # a party of a country the first event does not name: another name for one of its
    # parties ("the minister", "he") is no party of its own
    countries = {a.country for a, _ in first.participants}
    return any(a.id not in first.actor_ids and (a.country is None or a.country not in countries)
               for a, _ in f.participants)


def dated_apart(f: Found, first: Found, deps: frozenset[str]) -> bool:
    """``f``'s trigger is the verb of a clause of its own, joined by one of ``deps``, that
    holds a date of its own the clause of ``first`` does not hold: another act of the
    type, at another time (not the same act told twice)."""
    mine, theirs = clause_verb(f.token), clause_verb(first.token)
    if mine is None or mine.i != f.token.i or mine.dep_ not in deps or theirs is None or mine.i == theirs.i:
        return False
    own = _clause_dates(mine)
    return bool(own) and not own & _clause_dates(theirs)


def _clause_dates(verb: Token) -> set[str]:
    """The dates (entity texts) told in ``verb``'s own clause, not in a clause under it."""
    return {_entity_text(t) for t in verb.subtree if t.ent_type_ == "DATE" and t.ent_iob_ == "B"
            and (v := clause_verb(t)) is not None and v.i == verb.i}


def _entity_text(token: Token) -> str:
    """The text of the entity ``token`` opens."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[token.i:end].text.lower()


def clause_subjects(verb: Token) -> list[Token]:
    """The subjects of the clauses ``verb`` governs ("claimed that X had attacked Y": X)."""
    return [s for c in verb.children if c.dep_ == "ccomp"
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def pluperfect(verb: Token) -> bool:
    """"had arrested": told as lying before the time of the report."""
    return verb.tag_ == "VBN" and any(c.lower_ == "had" and c.dep_ == "aux" for c in verb.children)


def present_tense(verb: Token | None) -> bool:
    """"says", "has spoken", "are meeting": told as news of the present."""
    if verb is None:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    if verb.tag_ == "VBG" and any(c.tag_ in ("VBZ", "VBP") and c.dep_ == "aux" for c in verb.children):
        return True
    return verb.tag_ == "VBN" and any(c.lower_ in ("has", "have") and c.dep_ == "aux"
                                      for c in verb.children)


#: The dashes that close a wire dateline ("BEIJING, Jan. 7 --").
DATELINE_DASHES = {"--", "—", "–", "-", "―"}


# the last doc's answers of dateline_end, by sentence bounds (a doc is read sentence by
# sentence, each asked again for every argument)
_DATELINE_CACHE: dict[str, Any] = {"doc": None, "ends": {}}


def dateline_end(sent: Span) -> int:
    """The document index just past a wire dateline that opens the sentence ("Pyongyang,
    June 20 (KCT) --", "BEIJING, Jan. 7 --", "Guwahati, Jan 13:", "CAIRO - 7 May 2025:"): a
    place (perhaps its region in square brackets), a comma and the filing date, perhaps the
    outlet in brackets, then a dash; or a comma or a dash, nothing but the date (and the
    outlet in brackets), then a colon. The filing date is not the news's date and the place is
    no actor. ``sent.start`` when there is none."""
    if _DATELINE_CACHE["doc"] is not sent.doc:
        _DATELINE_CACHE["doc"] = sent.doc
        _DATELINE_CACHE["ends"] = {}
    ends: dict[tuple[int, int], int] = _DATELINE_CACHE["ends"]
    key = (sent.start, sent.end)
    if key not in ends:
        ends[key] = _dateline_end(sent)
    return ends[key]


def _dateline_end(sent: Span) -> int:
    doc, start = sent.doc, sent.start
    stop = start + min(16, len(sent))  # the sentence's first 16 tokens
    if stop - start < 4 or not (doc[start].pos_ == "PROPN" or _bracketed_region(sent)):
        return start
    # the place is closed by a comma ("BEIJING, Jan. 7 --") or by a dash ("CAIRO - 7 May
    # 2025:", then closed by a colon)
    opener = next((k for k in range(start, min(start + 5, stop))
                   if doc[k].text == "," or doc[k].text in DATELINE_DASHES), None)
    if opener is None:
        return start
    if not any(doc[k].ent_type_ == "DATE" for k in range(opener + 1, min(opener + 4, stop))):
        return start
    for k in range(opener + 1, stop):
        token = doc[k]
        if token.text in DATELINE_DASHES and doc[opener].text == ",":
            return k + 1
        if token.text in (":", "):") and _only_date_between(doc, opener, k):
            return k + 1  # "Manila [Philippines], January 16: ...", "Guwahati, Jan 13: ..."
        if token.pos_ == "VERB":
            break
    return start


def _bracketed_region(sent: Span) -> bool:
    """The sentence opens with the bracketed region of a place the splitter cut off before
    it ("Manila | [Philippines], January 16: ...")."""
    doc, start = sent.doc, sent.start
    return (doc[start].text == "[" and start > 0 and doc[start - 1].pos_ == "PROPN"
            and any(doc[k].text == "]" for k in range(start + 1, min(start + 5, sent.end))))


def _only_date_between(doc: Doc, opener: int, end: int) -> bool:
    """Between the place's comma or dash and a colon stand only the date's words,
    punctuation and the outlet in brackets ("April 12 (ANI):"): a dateline closed by a
    colon, not a speaker's "X, on Monday: ..." (whose "on" is no part of the date)."""
    depth = 0
    for token in doc[opener + 1:end]:
        depth += token.text in ("(", "[")
        if not (depth or token.ent_type_ == "DATE" or token.is_punct):
            return False
        depth -= depth > 0 and token.text in (")", "]")
    return True


def years_before(f: Found, published: Any, years: int | None) -> bool:
    """``f`` is dated ``years`` or more calendar years before the article's year
    (``background_years`` of ``date_rules.yaml``; None: never)."""
    return (years is not None and published is not None and bool(f.date.value)
            and int(f.date.value[:4]) <= published.year - years)


def dates_overlap(a: EventDate, b: EventDate) -> bool:
    """Two dates may name the same day (an unknown date overlaps any)."""
    if a.start is None or b.start is None:
        return True
    return a.start <= b.end and b.start <= a.end  # type: ignore[operator]


_UNREALISED = frozenset({"planned", "hypothetical"})


def sentence_events(candidates: list[Found], own_clauses: frozenset[str],
                    dated_clauses: frozenset[str] = frozenset()) -> list[Found]:
    """The events a sentence tells, in text order, from its ``candidates``: one per type
    (an asserted one before a negated one, unless read from a journey; then the one naming
    most parties, then the most confident), a counter-reading dropped beside a direct one
    of its type, and the second events a type may tell (material acts
    of other actors, events in a clause of their own: ``own_clauses``, and acts in a
    clause of their own that tells its own date: ``dated_clauses``)."""
    if candidates:  # "rejected the allegations and accused X": the direct accusation
        directs = {c.type for c in candidates if not _is_counter(c)}
        candidates = [c for c in candidates if not (_is_counter(c) and c.type in directs)]
    candidates = [c for c in candidates if not _told_by_its_object(c, candidates)]
    # what happened and what is only planned are two events ("agreed to resume talks after
    # a summit hosted by X": the summit, and the talks to come)
    best: dict[tuple[str, bool], Found] = {}
    for c in candidates:
        kept = best.get(_slot(c))
        if kept is None or _strength(c) > _strength(kept):
            best[_slot(c)] = c
    # material acts are counted per actor: "X struck Y, while Z shelled W" tells two; a
    # second act told only as a noun ("responding to Z's strikes") is a reason, not news
    extra = [c for c in candidates if c.rule.material and c is not best[_slot(c)]
             and c.token.pos_ == "VERB" and c.token.i != best[_slot(c)].token.i
             and not ({a.id for a, r in c.participants if r == "source"}
                      & {a.id for a, r in best[_slot(c)].participants if r == "source"})]
    # any other type, once per clause: "X met Y, who later met Z" tells two meetings
    extra += [c for c in candidates if not c.rule.material and c is not best[_slot(c)]
              and own_clause_event(c, best[_slot(c)], own_clauses)]
    # any type, in a clause of its own that tells its own time: "X, who was arrested in
    # 2019, was sentenced on Monday", "a body that Y sanctioned in 2023": two acts
    extra += [c for c in candidates if c is not best[_slot(c)] and not any(c is e for e in extra)
              and dated_apart(c, best[_slot(c)], dated_clauses)]
    return sorted([*best.values(), *extra], key=lambda f: f.token.i)


def folded_participles(chosen: list[Found], folded: dict[str, frozenset[str]]
                       ) -> list[tuple[Found, Found]]:
    """The events of ``chosen`` told by a participle beside a verbal act of the same source
    that, by ``folded`` (participle type -> types of the act beside), elaborates that act,
    each with that act: "X condemned Y's launch, while calling on Z to ..." is X's
    accusation, the call part of it. Both must be read from trigger words: a report's
    content act beside another act ("X said ..., warning that Y must ...") stays an event
    of its own."""
    acts = [f for f in chosen if f.trigger is not None]
    pairs = []
    for f in acts:
        if f.type not in folded or f.token.tag_ != "VBG" or f.token.dep_ != "advcl":
            continue
        act = next((a for a in acts if a.type in folded[f.type] and _beside(f, a)), None)
        if act is not None:
            pairs.append((f, act))
    return pairs


def _beside(participle: Found, act: Found) -> bool:
    """``participle`` hangs from ``act``'s word or from the light verb that governs it
    ("expressed concern over ..., calling on ..."), and the two share a source."""
    head, word = participle.token.head, act.token
    sources = {a.id for a, role in act.participants if role == "source"}
    return (head.i == word.i or word.head.i == head.i) and any(
        a.id in sources for a, role in participle.participants if role == "source")


def _told_by_its_object(verb: Found, candidates: list[Found]) -> bool:
    """``verb`` is a verb trigger, of any type and any verb, whose direct object is a noun
    trigger of the same type and slot that names a target ("X launched attacks on Y from
    Z", "carried out strikes on Y"): the noun's reading takes its own phrase (what was
    struck) and the verb's subject and phrases too, the verb's reading only the verb's
    phrases and the noun's whole phrase ("from Z" as well), so the noun's reading tells the
    event and the verb's is dropped."""
    if verb.token.pos_ != "VERB":
        return False
    return any(n is not verb and n.type == verb.type and _slot(n) == _slot(verb)
               and n.token.pos_ == "NOUN" and n.token.dep_ == "dobj" and n.token.head.i == verb.token.i
               and any(role == "target" for _, role in n.participants)
               for n in candidates)


def _slot(f: Found) -> tuple[str, bool]:
    """A sentence keeps one event of each type that happened and one that is only to come."""
    return f.type, f.modality in _UNREALISED


def _is_counter(f: Found) -> bool:
    return f.trigger is not None and f.trigger.counter


def _strength(f: Found) -> tuple[bool, int, float]:
    # "accepted the text but did not sign it": the act that happened tells the event; a
    # contact read from a journey does not outrank a denial ("flew to X but did not meet Y")
    journey = f.trigger is not None and f.trigger.journey
    return (f.modality != "negated" and not journey, min(len(f.participants), 3), f.confidence)


def _mutual(act: Found, sides: list[Actor]) -> bool:
    """An act of exactly two countries named as such on each other, both its sources ("A
    and B troops clashed")."""
    return (act.rule.roles == "directed" and all(a.kind == "country" for a in sides)
            and {role for _, role in act.participants} == {"source"}
            and len({a.country for a in sides}) == 2)
