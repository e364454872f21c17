"""The days a story gives its undated events: the context half of the date rule.

:class:`StoryDays` is a mixin of :class:`~graphkit.extract.dating.EventDater` holding
the steps of the rule (see :mod:`graphkit.extract.dating`) that date an event by what the
article has said elsewhere rather than by its own clause: the news day, the lead's date,
the last day the story stated, the day a speaker was last heard, the day of a document
named again, the day of the main contact, and a day anchored in the sentences before
("at the time", "four days later"). The parse tests it shares with the rule live in
:mod:`graphkit.extract.date_clues`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from graphkit.extract.date_clues import _end_bound, _speakers_today, _today, _trigger_clause, _widened
from graphkit.extract.date_expressions import resolve_date_expression
from graphkit.extract.date_rules import DateRules
from graphkit.extract.found import (
    LEAD_SENTENCES,
    ArticleState,
    Found,
    clause_verb,
    dateline_end,
    pluperfect,
    present_tense,
)
from graphkit.extract.nlp import ents_in
from graphkit.extract.sentence_dates import anchored_offset, find_date_in_sentence, shift_date
from graphkit.model import CONTACT_TYPES, EventDate

# date rules that state no day of the story's own: later undated events do not run on from them
_NOT_STATED = frozenset({"context", "lead", "publication", "since_duration", "distance"})
ANCHOR_SENTENCES = 3  # how far back an anchored expression looks for its date
PAST_SENTENCES = 4  # how far back a step into the story's past stops its last day carrying on


class StoryDays:
    """The days the story has stated, for the date rule (a mixin of
    :class:`~graphkit.extract.dating.EventDater`: it reads the dater's ``grammar`` and
    ``speech_types``)."""

    def _contact_before_report(self, f: Found, spans: list[Span], clause: Token | None,
                               found: EventDate, state: ArticleState) -> EventDate | None:
        """The day of the story's main contact for an act between exactly its parties whose
        only date is that of a report governing it, later than the contact ("met on Monday
        ... 'Agreed to meet again,' X wrote on Tuesday"): the report is dated when it was
        made, the act when the contact was held. None otherwise."""
        contact = state.main_contact
        if (f.type in self.speech_types or f.type in CONTACT_TYPES or contact is None
                or contact is f or clause is None or found.value is None
                or len(found.value) != 10 or not contact.date.value
                or len(contact.date.value) != 10 or contact.date.value >= found.value
                or set(f.actor_ids) != {a.id for a, _ in contact.participants}):
            return None
        reports = set(self.grammar.rules.reporting_verbs)
        for ent in spans:
            verb = clause_verb(ent.root)
            if verb is None or verb == clause or verb.lower_ not in reports:
                return None  # the act's own clause, or a clause other than a report, has the day
        return replace(contact.date, rule="context")

    def _news_day(self, doc: Doc, published: date) -> date:
        """The day of the news an undated lead tells: the publication day, unless the
        only weekday the whole article names is named at its top (``news_day_weekday_sentences``
        in date_rules.yaml), lies just before it (``news_day_lookback_days``) and nothing is
        said to happen today (a story filed the morning after: "... on Friday" in Saturday's
        paper, the rest of the lead undated); a "today" inside a quotation is the speaker's,
        which says nothing of when the paper came out."""
        cached = self._news_day_of
        if cached is not None and cached[0] is doc and cached[1] == published:
            return cached[2]
        day = published
        weekdays: set[str] = set()
        in_lead: set[str] = set()
        said_today = False
        top = self.grammar.rules.news_day_weekday_sentences
        lead_end = len(doc) if top is None else next(
            (s.end for i, s in enumerate(doc.sents) if i == top - 1), len(doc))
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            if _speakers_today(ent, self.grammar.rules):
                continue  # a quoted speaker's "today" is the day said, not the paper's
            if _today(ent.text, self.grammar.rules):
                said_today = True
                break
            found = resolve_date_expression(ent.text, published, grammar=self.grammar)
            if found is not None and found.value and self._names_weekday(ent, found):
                weekdays.add(found.value)
                if ent.start < lead_end:
                    in_lead.add(found.value)
        # the weekday must be named at the top (``news_day_weekday_sentences``): one named
        # only further down ("X said on Friday he hoped ...") dates that later sentence
        if not said_today and len(weekdays) == 1 and in_lead:
            named = date.fromisoformat(next(iter(weekdays)))
            if published - timedelta(days=self.grammar.rules.news_day_lookback) <= named < published:
                day = named
        self._news_day_of = (doc, published, day)
        return day

    def _names_weekday(self, ent: Span, found: EventDate) -> bool:
        """The date names a day by its weekday: "on Friday", or a full date that names it
        too ("this Thursday, January 25", "on Monday, 3 March")."""
        if found.rule == "weekday":
            return True
        return found.precision == "day" and any(t.lower_ in self.grammar.weekday_words for t in ent)

    def _anchored(self, sent: Span, published: date) -> EventDate | None:
        """"at the time", "four days later": the last date the story stated in the sentences
        before (moved on by the offset; only a date to the day moves)."""
        offset = anchored_offset(sent.text, self.grammar)
        if offset is None:
            return None
        if offset == 0 and self._own_date(sent, published):
            # "in September, X and Y saw each other, but did not talk at that time": the
            # time is the one the sentence itself has just stated
            return None
        earlier = _sentences_before(sent, ANCHOR_SENTENCES)
        for before in reversed(earlier):
            dates = [_widened(e, self.grammar.rules) for e in ents_in(before) if e.label_ == "DATE"
                     and not _in_passing(e.root, self.grammar.rules)]
            for ent in reversed(dates):
                found = resolve_date_expression(ent.text, published, grammar=self.grammar)
                if found is None or not found.value:
                    continue
                value = shift_date(found.value, offset)
                if value is None:
                    return None
                return EventDate(value, found.precision, ent.text, "relative")
        return None

    def _own_date(self, sent: Span, published: date) -> bool:
        """The sentence states a date of its own (not one in passing) that resolves."""
        return any(resolve_date_expression(_widened(e, self.grammar.rules).text, published,
                                           grammar=self.grammar) is not None
                   for e in ents_in(sent) if e.label_ == "DATE"
                   and not _in_passing(e.root, self.grammar.rules))

    def _aside(self, ent: Span) -> bool:
        """The date times a clause of "when" / "while" ("When X toured Y in 2020, crowds
        ..."): an aside on the past, not a step of the story back into it."""
        clause = clause_verb(ent.root)
        return clause is not None and any(c.dep_ in ("mark", "advmod") and c.lower_ in
                                          self.grammar.rules.simultaneous_marks for c in clause.children)

    def _document_date(self, f: Found, sent: Span, published: date) -> EventDate | None:
        """An act told by a document named with a definite determiner ("the statement
        accused X", "said in the communique") takes the day of the document of that noun
        named in the sentences before with a day in its own phrase ("a communique issued
        on Tuesday"; ``document_nouns``), rule ``relative``."""
        words = self.grammar.rules
        clause = _trigger_clause(f.token)
        if clause is None:
            return None
        nouns = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        nouns += [g for c in clause.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        lemma = next((n.lemma_.lower() for n in nouns if n.lemma_.lower() in words.document_nouns
                      and any(c.dep_ in ("det", "poss") and c.lower_ in words.document_determiners
                              for c in n.children)), None)
        if lemma is None:
            return None
        for before in reversed(_sentences_before(sent, ANCHOR_SENTENCES)):
            for noun in reversed([t for t in before if t.lemma_.lower() == lemma]):
                inside = {t.i for t in noun.subtree}
                for ent in ents_in(before):
                    if ent.label_ != "DATE" or ent.root.i not in inside:
                        continue
                    found = resolve_date_expression(_widened(ent, words).text, published,
                                                    grammar=self.grammar)
                    if found is not None and found.value:
                        return replace(found, rule="relative")
        return None

    def _speaker_date(self, f: Found, state: ArticleState) -> EventDate | None:
        """An undated act of a speaker already heard on a known day ("she demanded",
        "'we will expel ...'") took place that day (rule ``context``); not one told in the
        pluperfect ("had blamed"), which lies before."""
        verb = _trigger_clause(f.token)
        if verb is not None and pluperfect(verb):
            return None
        if not (f.quoted or f.type in self.speech_types):
            return None
        actors = {a.id for a, role in f.participants if role in ("speaker", "source")}
        if f.reporter is not None:
            actors.add(f.reporter.id)
        if not actors:
            return None
        for earlier in _recent(state):
            if earlier is f or not earlier.date.value or earlier.modality != "asserted":
                continue
            said = {a.id for a, role in earlier.participants if role == "speaker"}
            if earlier.reporter is not None:
                said.add(earlier.reporter.id)
            if said & actors and earlier.date.rule not in ("context",):
                return replace(earlier.date, rule="context")
        return None

    def _last_stated(self, state: ArticleState, sent: Span | None = None,
                     published: date | None = None, actors: set[str] | None = None) -> EventDate | None:
        """The date of the last event the story dated in its own words, not one told in
        passing (``passing_clauses``); its ``rule`` holds that event's type. None when
        ``actors`` are given and that event has none of them. When a sentence
        told since then (before ``sent``) went back to an earlier year ("X had received Y
        in March 2019, and ties worsened after that"), the story tells its past: that year
        (rule ``past``)."""
        for earlier in _recent(state):
            if (earlier.modality == "asserted" and earlier.date.value and earlier.date.rule not in _NOT_STATED
                    and len(earlier.date.value) == 10 and not _told_in_passing(earlier, self.grammar.rules)):
                if actors is not None and not actors & set(earlier.actor_ids):
                    return None
                back = self._went_back(earlier, sent, published) if sent is not None and published else None
                if back is not None:
                    return back
                return replace(earlier.date, rule=earlier.type)
        return None

    def _went_back(self, earlier: Found, sent: Span, published: date) -> EventDate | None:
        """A sentence between ``earlier``'s and ``sent`` (at most ``PAST_SENTENCES`` back)
        names, in its main clause told in the past, a month or year of an earlier year than
        ``earlier``'s day (not in an aside, a since-clause or as the end of a period): the
        story has gone back in time, to that year (rule ``past``)."""
        stated = earlier.date.value or ""
        since = self.grammar.rules.since_marks
        for before in _sentences_before(sent, PAST_SENTENCES):
            if before.start < earlier.sent.end:
                continue
            for ent in ents_in(before):
                if ent.label_ != "DATE" or not _of_main_clause(ent.root, before) or present_tense(
                        clause_verb(ent.root)) or _end_bound(
                        ent, self.grammar.rules) or any(t.lower_ in since or any(
                            c.dep_ == "mark" and c.lower_ in since for c in t.children)
                                                        for t in ent.root.ancestors):
                    continue  # a detail of a noun or of what is reported, a present state
                    # ("has ignored a 2016 ruling"), a period's start
                found = resolve_date_expression(_widened(ent, self.grammar.rules).text,
                                                published, grammar=self.grammar)
                if (found is not None and found.value and len(found.value) < 10
                        and found.value[:4] < stated[:4] and not self._aside(ent)):
                    return EventDate(found.value[:4], "year", ent.text, "past")
        return None

    def _lead_date(self, doc: Doc, published: date) -> EventDate | None:
        """The first date the article's lead (first three sentences) gives, if any, its
        main clause's before a subordinate one's: the day of the news ("held talks ...
        told reporters after the Nov. 15 session")."""
        for index, sent in enumerate(doc.sents):
            if index >= LEAD_SENTENCES:
                break
            if self._stamp(sent):
                continue  # "Oct. 23, 2025", "Published: ...": when filed, no day of the news
            filed = dateline_end(sent)
            dates = [_widened(e, self.grammar.rules) for e in ents_in(sent) if e.label_ == "DATE"
                     and e.start >= filed and not _end_bound(e, self.grammar.rules)]
            # the main clause's own date first ("X said on Sunday that a plane which crashed
            # last week ..." is Sunday's news), else any of the sentence's
            main = [e for e in dates if clause_verb(e.root) == sent.root]
            found = None
            for group in (main, dates) if 0 < len(main) < len(dates) else (dates,):
                found = find_date_in_sentence(
                    sent.text, published, [(e.text, e.start_char - sent.start_char,
                                            e.end_char - sent.start_char) for e in group],
                    grammar=self.grammar) if group else None
                if found is not None:
                    break
            if found is not None and found.value and found.start and found.start <= published.isoformat():
                rules = self.grammar.rules
                if rules.lead_date_max_age is not None:
                    oldest = (published - timedelta(days=rules.lead_date_max_age)).isoformat()
                    if found.value < oldest[:len(found.value)]:
                        return None  # "... took power in 2020": background
                if rules.lead_gone_period_is_background and len(found.value) < 10 \
                        and found.value < published.isoformat()[:len(found.value)]:
                    return None  # "agreed last month to ...": a month or year gone, not the news's day
                return replace(found, rule="lead")
        return None

    def _stamp(self, sent: Span) -> bool:
        """A line with no verb but the filing stamp's (``stamp_verbs``: "Oct. 23, 2025",
        "Published: March 4, 2025, 09:50", "by X March 4, 2025 4:55 AM"); a stamp verb with
        a subject tells an act ("the embassy posted a note on March 12")."""
        stamp = self.grammar.rules.stamp_verbs
        return not any(t.pos_ in ("VERB", "AUX") and (
            t.lower_ not in stamp and t.lemma_.lower() not in stamp
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)) for t in sent)

    @staticmethod
    def _about_contact(f: Found, sent: Span, contact: Found, context_nouns: frozenset[str]) -> bool:
        if f.type in CONTACT_TYPES:
            return False
        words = {t.lower_ for t in sent}
        if words & context_nouns and any(t.lower_ == "the" and t.head.lower_ in context_nouns
                                          for t in sent):
            return True
        contact_ids = {a.id for a, _ in contact.participants}
        ids = set(f.actor_ids)
        return bool(ids) and ids <= contact_ids and not present_tense(f.token)


def _told_in_passing(f: Found, words: DateRules) -> bool:
    """The event or its date sits in a clause describing a noun ("officials who were
    detained on Monday", "the sale announced in May"): a detail, not a step of the story."""
    clauses = [_trigger_clause(f.token)]
    at = f.sent.text.find(f.date.text) if f.date.text else -1
    if at >= 0:
        span = f.sent.char_span(at, at + len(f.date.text), alignment_mode="expand")
        if span is not None:
            clauses.append(clause_verb(span.root))
    return any(c is not None and c.dep_ in words.passing_clauses for c in clauses)


def _in_passing(token: Token, words: DateRules) -> bool:
    """``token`` sits in a clause describing a noun ("a group founded in 2014")."""
    clause = clause_verb(token)
    return clause is not None and clause.dep_ in words.passing_clauses


def _of_main_clause(token: Token, sent: Span) -> bool:
    """``token`` sits in the sentence's main clause or a clause joined or adverbial to it
    ("occurred after a jet crashed in May"): not in a clause describing a noun, nor in what
    a report says."""
    clause = clause_verb(token)
    return clause is not None and (clause.i == sent.root.i or (
        clause.dep_ in ("advcl", "conj") and clause.head.i == sent.root.i))


def _sentences_before(sent: Span, count: int) -> list[Span]:
    """Up to ``count`` sentences before ``sent``, oldest first, walking back from it (not
    over the whole document: per event, that would be quadratic in the article's length)."""
    doc = sent.doc
    found: list[Span] = []
    end = sent.start
    while end > 0 and len(found) < count:
        previous = doc[end - 1].sent
        found.append(previous)
        end = previous.start
    return found[::-1]


# How far back (in events found) a speaker's day or the story's last stated day carries
# over to an undated event: far beyond any news story, and asked per event, a walk over
# every earlier event would make a long article's extraction quadratic in its length.
RECENT_EVENTS = 100


def _recent(state: ArticleState) -> Iterator[Found]:
    """The events found since ``state.date_floor``, newest first, at most ``RECENT_EVENTS``."""
    found = state.found
    for i in range(len(found) - 1, max(state.date_floor, len(found) - RECENT_EVENTS) - 1, -1):
        yield found[i]
