"""Implied prior contacts: the earlier call or meeting a sentence implies without telling it.

News marks a contact as the first in a while in many ways; each cue below implies an
earlier contact of the same parties (modality ``implied_prior``), dated as precisely as
the text allows. The words are data (``implied_prior`` in ``schema/modality.yaml``); the
grammar that combines them is here.

- ``first``: "the first call since September 2022", "for the first time since their
  summit in Lima", "the highest-level talks in four years", "the first visit by a minister
  in more than a decade", "the first call in 84 days". Dated by the since-phrase's date,
  or a window for a duration; a since-phrase naming an event with no date ("since the
  invasion") or a gap with no count ("the first in years") gives no date. "The first
  time <clause>" takes its contact word from the clause ("the first time they have come
  face-to-face").
- ``last``: "they last spoke in March", "the last meeting between the two took place in
  2019", "the last such round was held in June", "the last minister to visit Y was Z in
  2012" (parties Z and Y). Dated by the first date after the cue.
- ``ordinal``: "the second visit since taking office", "for the third time", "the second
  meeting since the talks in May". A window from the since-phrase's date to publication,
  else no date.
- ``resumed``: "resumed talks after a 14-month hiatus", "restored communication lines",
  "resuming visits, which had stalled since 2011". A duration's window, a since-date, or
  no date.
- ``not_since``: "have not met since they held talks in May". The since-phrase's date;
  "had not talked in more than a year": the duration's window.
- ``gap``: "the call ended three years of no contact", "broke an eight-month silence",
  "breaking a two-year freeze" (a verb of ``gap_ending_verbs`` whose object is a counted
  gap, not a gap in something else: "a two-year suspension of aid"). The duration's window.
- ``since_contact``: "since their meeting in Bali", "since the two leaders spoke in
  January" (a since-clause no other cue of the sentence reads). The since-phrase's date.

No prior: "the first visit since taking office" (a since-phrase of ``tenure_onsets``: the
first of a tenure; an ordinal still implies one), "prices fell for the first time since
2019" (the first time of a verb that neither tells nor holds a contact). A contact noun of
no kind ("the first such contact") takes the type of the contact the sentence tells.
- ``again``: "met again" (a contact verb, or the verb of the sentence's contact). No date.

A duration with no date ("the first call in three years", "after a 14-month hiatus")
gives a bounded window (``EventDate`` precision ``interval``): the gap was about N units,
so the last contact lay between N+1 and N units before publication; "more than N" reaches
back to 2N, "nearly N" comes forward to N-1.

The prior contact's parties are the actors named in the cue's own phrase ("the first visit
by a Valdorian president to Ostrova"; never those inside a since-phrase about something
else), completed by the parties of the sentence's contact, else of the article's main
contact, so that the two sides are there.

This module holds the cue reader, :class:`PriorContactReader`, with the words and grammar
of each cue kind above. How a cue is dated (since-phrases, the date after a cue, a gap's
window) is its base class :class:`~graphkit.extract.prior_dates.PriorDates`; the cue
record, :class:`~graphkit.extract.prior_events.PriorCue`, and the event built from it
with its parties, :func:`~graphkit.extract.prior_events.prior_contact`, live in
:mod:`graphkit.extract.prior_events`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from spacy.tokens import Span, Token

from graphkit.extract.date_rules import DateGrammar, date_grammar
from graphkit.extract.prior_dates import PriorDates
from graphkit.extract.prior_events import PriorCue
from graphkit.extract.prior_events import prior_contact as prior_contact  # re-exported: its old path
from graphkit.extract.rules import Rules
from graphkit.model import EventDate

# how far (tokens) a contact word may lie from its cue word and still be what it is about
_NEAR = 8


class PriorContactReader(PriorDates):
    """Finds the cues of earlier contacts (see the module docstring)."""

    def __init__(self, rules: Rules, grammar: DateGrammar | None = None) -> None:
        self.grammar = grammar or date_grammar(rules.folder / "date_rules.yaml")
        raw: dict[str, Any] = rules.modality.get("implied_prior") or {}
        words = rules.words
        self.first_words = words(raw, "first_words")
        self.superlative_tags = frozenset(str(t) for t in raw.get("superlative_tags") or ())
        self.ordinal_words = words(raw, "ordinal_words")
        self.last_words = words(raw, "last_words")
        self.last_not_before = words(raw, "last_not_before")
        self.resume_words = words(raw, "resume_words")
        self.again_words = words(raw, "again_words")
        self.gathering_particles = {str(k).lower(): str(v)
                                    for k, v in (raw.get("gathering_particles") or {}).items()}
        self.gap_nouns = words(raw, "gap_nouns")
        self.gap_ending_verbs = words(raw, "gap_ending_verbs")
        self.tenure_onsets = words(raw, "tenure_onsets")
        self.holding_verbs = words(raw, "holding_verbs")
        self.gap_quantifiers = words(raw, "gap_quantifiers")
        self.nouns = _typed_words(raw.get("contact_nouns"))
        self.verbs = _typed_words(raw.get("contact_verbs"))
        self.since_nouns = _typed_words(raw.get("since_contact_nouns"))
        self.since_marks = self.grammar.rules.since_marks
        units = {str(k).lower(): int(v) for k, v in (raw.get("duration_units") or {}).items()}
        self.units = units
        self.day_units = {str(k).lower(): int(v) for k, v in (raw.get("duration_day_units") or {}).items()}
        self.longer = words(raw, "longer_qualifiers")
        self.about = words(raw, "about_qualifiers")
        counts = self.grammar.rules.numbers
        self.counts = counts
        number = "|".join(sorted((re.escape(w) for w in counts), key=len, reverse=True))
        qualifier = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+")
                                     for w in self.longer | self.about), key=len, reverse=True))
        unit = "|".join(sorted((re.escape(u) for u in units | self.day_units), key=len, reverse=True))
        preps = "|".join(re.escape(p) for p in sorted(words(raw, "duration_preps")))
        plural = "|".join(sorted((re.escape(u) for u in units | self.day_units if u.endswith("s")),
                                 key=len, reverse=True))
        self.countless = re.compile(rf"^\w+(?:\s+\S+){{0,10}}?\s+(?:{preps})\s+(?:many\s+)?(?:{plural})\b",
                                    re.IGNORECASE)
        # "in (more than) three years", "after a 14-month hiatus", "13 years of silence"
        self.duration = re.compile(
            rf"\b(?:(?P<prep>{preps})\s+(?:the\s+)?(?:(?:past|last)\s+)?)?"
            rf"(?:(?P<q>{qualifier})\s+)?(?P<n>\d+(?:\.\d+)?|{number})"
            rf"(?P<half>\s+and\s+a\s+half)?[\s-]+(?P<u>{unit})\b(?:-long)?",
            re.IGNORECASE)

    # -- finding cues ---------------------------------------------------------------------

    def cues(self, sent: Span, published: date | None) -> list[PriorCue]:
        """The cues of earlier contacts in ``sent``, at most one per kind, in the order
        of the table in the module docstring. Each reader is given the cues found before
        it (the since reader reads no since-clause once another cue is found)."""
        found: list[PriorCue] = []
        for reader in (self._last, self._first, self._ordinal, self._resumed,
                       self._not_since, self._gap_ended, self._since_contact, self._again):
            cue = reader(sent, published, found)
            if cue is not None and not any(_same_contact(cue, c) for c in found):
                found.append(cue)
        return found

    def _first(self, sent: Span, published: date | None,
               found: Sequence[PriorCue]) -> PriorCue | None:
        for t in sent:
            superlative = t.tag_ in self.superlative_tags and t.lower_ not in self.last_words
            if t.lower_ not in self.first_words and not superlative:
                continue
            since = _since_after(sent, t, self.since_marks)
            duration = self._duration(sent, t, published)
            if since is None and duration is None and not self._countless_gap(sent, t):
                continue
            if since is not None and duration is None and self._tenure_onset(since):
                continue  # "his first visit since taking office": the first of a tenure
            contact, kind = self._contact_near(t, sent, since)
            if superlative and contact is None:
                continue  # "the largest since 2011": a superlative alone is no contact
            if contact is None and _adverbial_of_other_verb(t, self.verbs, self.holding_verbs):
                continue  # "inflation fell for the first time since 2019": no contact
            kind = self._since_type(since) or kind
            when = duration if duration is not None else self._since_date(sent, since, published)
            return PriorCue("first", t, kind, contact, when)
        return None

    def _last(self, sent: Span, published: date | None,
              found: Sequence[PriorCue]) -> PriorCue | None:
        for t in sent:
            if t.lower_ not in self.last_words or _since_before(t, self.since_marks):
                continue
            head = t.head
            nxt = sent.doc[t.i + 1] if t.i + 1 < len(sent.doc) else None
            if head.lower_ in self.last_not_before or (nxt is not None
                                                       and nxt.lower_ in self.last_not_before):
                if head.lower_ != "time":
                    continue
                verb = next((c for c in head.children if c.dep_ in ("relcl", "acl")
                             and self._verb_type(c)), None)
                if verb is None:  # "the last time they met was in 2019"; not "last week"
                    continue
                return PriorCue("last", t, self._verb_type(verb), verb,
                                self._date_after(sent, t, published), tells_prior=True)
            if head.pos_ in ("VERB", "AUX") and (t.dep_ in ("advmod", "npadvmod") or t.i + 1 == head.i):
                # "they last spoke" (also where the parser takes "last" for the subject)
                kind = self._verb_type(head)
                if kind is not None:  # "they last spoke in March"
                    return PriorCue("last", t, kind, head, self._date_after(sent, t, published),
                                    tells_prior=True)
                continue
            if t.dep_ != "amod" or head.pos_ not in ("NOUN", "PROPN"):
                continue
            kind = self._noun_type(head)
            if kind is not None:  # "their last meeting was in 2019"
                return PriorCue("last", t, kind, head, self._date_after(sent, t, published),
                                tells_prior=True)
            # "the last foreign minister to visit Y was Z in 2012"
            verb = next((c for c in head.children if c.dep_ in ("acl", "relcl")
                         and self._verb_type(c)), None)
            if verb is not None:
                party = next((c for c in head.head.children if c.dep_ == "attr"), None) \
                    if head.dep_ == "nsubj" and head.head.lemma_ == "be" else None
                return PriorCue("last", t, self._verb_type(verb), verb,
                                self._date_after(sent, t, published), tells_prior=True,
                                parties_at=party)
        return None

    def _ordinal(self, sent: Span, published: date | None,
                 found: Sequence[PriorCue]) -> PriorCue | None:
        for t in sent:
            if t.lower_ not in self.ordinal_words:
                continue
            head = t.head
            since = _since_after(sent, t, self.since_marks)
            if head.lower_ == "time":
                contact, kind = self._contact_near(t, sent, since)
            elif self._noun_type(head):
                contact, kind = head, self._noun_type(head)
            else:
                continue
            when = None
            if since is not None and published is not None:
                start = self._since_date(sent, since, published)
                if start is not None and start.start is not None and start.precision != "interval":
                    when = EventDate.interval(date.fromisoformat(start.start), published,
                                              start.text, "since_ordinal")
            return PriorCue("ordinal", t, kind, contact, when)
        return None

    def _resumed(self, sent: Span, published: date | None,
                 found: Sequence[PriorCue]) -> PriorCue | None:
        for t in sent:
            if t.lemma_.lower() not in self.resume_words and t.lower_ not in self.resume_words:
                continue
            objects = [c for c in t.subtree if c.i != t.i and abs(c.i - t.i) <= _NEAR]
            contact = next((c for c in objects if self._noun_type(c)), None)
            if contact is None:
                continue  # "restored relations", "resumed flights": no contact
            when = self._duration(sent, t, published, gap_only=True) or self._since_date(
                sent, _since_after(sent, t, self.since_marks), published)
            return PriorCue("resumed", t, self._noun_type(contact), contact, when)
        return None

    def _not_since(self, sent: Span, published: date | None,
                   found: Sequence[PriorCue]) -> PriorCue | None:
        for t in sent:
            if t.pos_ != "VERB" or not any(c.dep_ == "neg" for c in t.children):
                continue
            kind = self._verb_type(t)
            since = next((c for c in t.children if c.lower_ in self.since_marks or any(
                g.lower_ in self.since_marks and g.dep_ == "mark" for g in c.children)), None)
            if kind is not None and since is None and any(
                    c.dep_ == "prep" for c in t.children):
                # "had not talked in more than a year": the gap's window
                gap = self._duration(sent, t, published)
                if gap is not None:
                    return PriorCue("not_since", t, kind, t, gap)
            if kind is None or since is None:
                continue
            # "have not spoken since they met in May": the contact the since-clause tells
            after = _since_after(sent, t, self.since_marks)
            when = self._since_date(sent, after, published)
            return PriorCue("not_since", t, self._since_type(after) or kind, t, when)
        return None

    def _gap_ended(self, sent: Span, published: date | None,
                   found: Sequence[PriorCue]) -> PriorCue | None:
        for t in sent:
            if t.lemma_.lower() not in self.gap_ending_verbs:
                continue
            # "the call ended three years of no contact", "broke an eight-month silence",
            # "breaking a two-year freeze": the gap is the verb's object
            gap = next((c for c in t.children if c.dep_ == "dobj"), None)
            if gap is None:
                continue
            # a counted gap only, named by a gap noun or "of no ..." ("ended the suspension
            # of aid", "ended two years of war" tell no contact's gap)
            span = sent.doc[gap.left_edge.i:gap.right_edge.i + 1]
            m = self.duration.search(span.text)
            named = gap.lemma_.lower() in self.gap_nouns or any(
                c.dep_ == "prep" and c.lower_ == "of" and any(
                    d.lower_ in self.gap_quantifiers for d in c.subtree) for c in gap.children)
            of = [o for c in gap.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"]
            if m is None or published is None or not named or any(
                    not self._noun_type(o) and o.lower_ not in self.units
                    and o.lower_ not in self.gap_nouns for o in of):
                continue  # "a two-year suspension of aid": a gap in something else
            when = self._window(m, published)
            subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
            kind = self._noun_type(subject) if subject is not None else None
            return PriorCue("gap", t, kind, subject if kind else None, when)
        return None

    def _since_contact(self, sent: Span, published: date | None,
                       found: Sequence[PriorCue]) -> PriorCue | None:
        for t in sent:
            if t.lower_ not in self.since_marks:
                continue
            kind = self._since_type(t)
            # "since their meeting in Bali"; "since the two leaders spoke in January" (the
            # clause "since" opens, unless another cue of the sentence reads it: "the first
            # round since they met", "have not spoken since they met")
            clause = t.dep_ == "mark"
            if clause and (found or any(c.dep_ == "neg" for c in t.head.head.children)):
                continue
            phrase = t.head.subtree if clause else t.subtree
            contact = next((c for c in phrase if c.i != t.i and (
                self._noun_type(c) or self._verb_type(c))), None)
            if kind is None or contact is None:
                continue
            # "since their meeting in Bali": that meeting happened
            return PriorCue("since_contact", t, kind, contact, self._since_date(sent, t, published),
                            tells_prior=True)
        return None

    def _again(self, sent: Span, published: date | None,
               found: Sequence[PriorCue]) -> PriorCue | None:
        for t in sent:
            if t.lower_ not in self.again_words or t.dep_ != "advmod":
                continue
            kind = self._verb_type(t.head) or next(
                (self.gathering_particles[c.lower_] for c in t.head.children
                 if c.dep_ in ("advmod", "prt") and c.lower_ in self.gathering_particles), None)
            return PriorCue("again", t, kind, t.head, None)
        return None

    # -- words --------------------------------------------------------------------------

    def _noun_type(self, t: Token) -> str | None:
        if t.pos_ not in ("NOUN", "PROPN", "ADJ", "X"):
            return None
        return _lookup(self.nouns, t)

    def _verb_type(self, t: Token) -> str | None:
        if t.pos_ not in ("VERB", "AUX"):
            return None
        return _lookup(self.verbs, t)

    def _contact_near(self, anchor: Token, sent: Span,
                      since: Token | None) -> tuple[Token | None, str | None]:
        """The contact word ``anchor`` is about: up its heads first ("the first visit",
        "for the first time ... met"), then the nearest in the sentence outside the
        since-phrase."""
        skip = {t.i for t in since.subtree} if since is not None else set()
        current = anchor
        for _ in range(3):
            current = current.head
            kind = self._noun_type(current) or self._verb_type(current)
            if kind and current.i not in skip:
                return current, kind
            for clause in (c for c in current.children if c.dep_ in ("relcl", "acl")):
                # "the first time [they have met]": the clause tells what the time is of
                for t in clause.subtree:
                    kind = self._noun_type(t) or self._verb_type(t)
                    if kind and t.i not in skip:
                        return t, kind
            if current.head.i == current.i:
                break
        near = sorted((t for t in sent if t.i not in skip and abs(t.i - anchor.i) <= _NEAR),
                      key=lambda t: abs(t.i - anchor.i))
        for t in near:
            kind = self._noun_type(t) or self._verb_type(t)
            if kind:
                return t, kind
        return None, None

    def _tenure_onset(self, since: Token) -> bool:
        """The since-phrase starts someone's tenure ("since taking office", "since she was
        sworn in"): the period is the tenure, and its first contact implies none before."""
        phrase = since.head.subtree if since.dep_ == "mark" else since.subtree
        return any(t.lemma_.lower() in self.tenure_onsets for t in phrase)

    def _since_type(self, since: Token | None) -> str | None:
        if since is None:
            return None
        phrase = list(since.head.subtree if since.dep_ == "mark" else since.subtree)  # "since they met"
        sub = {t.lower_ for t in phrase} | {t.lemma_.lower() for t in phrase}
        for kind, nouns in self.since_nouns.items():
            if sub & nouns:
                return kind
        return None

    def _countless_gap(self, sent: Span, anchor: Token) -> bool:
        """"the first in years", "the first talks in decades": a gap with no count, so no
        window, right after the cue."""
        text = sent.text[anchor.idx - sent.start_char:][:_NEAR * 16]
        return self.countless.search(text) is not None


def _typed_words(raw: Any) -> dict[str, frozenset[str]]:
    return {str(t): frozenset(str(w).lower() for w in ws) for t, ws in (raw or {}).items()}


def _lookup(table: dict[str, frozenset[str]], t: Token) -> str | None:
    for kind, words in table.items():
        if t.lower_ in words or t.lemma_.lower() in words:
            return kind
    return None


def _since_after(sent: Span, anchor: Token, marks: frozenset[str]) -> Token | None:
    return next((t for t in sent if t.i > anchor.i and t.lower_ in marks), None)


def _since_before(anchor: Token, marks: frozenset[str]) -> bool:
    """``anchor`` lies inside a since-phrase ("since they last spoke"): that cue is
    :meth:`PriorContactReader._since_contact`'s."""
    return any(a.lower_ in marks for a in anchor.ancestors) or any(
        c.lower_ in marks and c.dep_ == "mark" for c in anchor.head.children)


def _adverbial_of_other_verb(anchor: Token, verbs: dict[str, frozenset[str]],
                             holding: frozenset[str]) -> bool:
    """``anchor`` ("first") is in an adverbial ("for the first time") of a verb that tells
    no contact, holds none ("had a call with Y for the first time") and is no copula
    ("prices fell for the first time since 2019")."""
    time = anchor.head
    if time.dep_ != "pobj" or time.head.dep_ != "prep":
        return False
    verb = time.head.head
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and lemma != "be" and lemma not in holding \
        and _lookup(verbs, verb) is None


def _same_contact(a: PriorCue, b: PriorCue) -> bool:
    return a.contact is not None and b.contact is not None and a.contact.i == b.contact.i
