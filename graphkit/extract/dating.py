"""When an event happened: the date rule of the extractor.

In order:

0. "the day before" / "a day earlier" standing alone at the end of a clause: the day
   before the news day (``before_news_day`` in date_rules.yaml); a clause a counted
   distance after or before the clause governing it ("summoned on Wednesday, a day after X
   struck", ``distance_marks``): that clause's day moved by the distance (rule
   ``distance``, which later undated events do not run on from; the day named just before
   the distance dates the clause told first, also when the parser hangs it on the
   temporal clause: "told reporters Friday, one day after X held talks"); a vague count of days
   ("comes days after X threatened"): that clause's month (graphkit.extract.vague_distance);
1. a date expression of the trigger's clause, or of a clause governing it (not in the
   pluperfect, unless that clause is the report that tells it: "said on Monday it had
   expelled ..." shifts the tense of that day's news); "since <date>" starts a period
   and dates nothing (nor, when a first contact ends it, keeps rule 3 from dating). A
   participle used as a preposition ("a protest regarding X") is no clause of its own:
   the clause it sits in is the trigger's. A clause joined to another
   (``own_date_clauses``: "met on Monday and signed a deal in May") takes its own date
   before the other clause's; a date opened by "starting" / "beginning" (``start_marks``)
   dates the clause the participle hangs on; a speech act told by the verb of what will
   happen ("said the tax would take effect on Tuesday", ``future_modals``) is not dated by
   that clause, nor by its deadline ("demanded a reply before winter", ``deadline_marks``);
2. an event between exactly the parties of the article's main contact ("the two leaders
   also confirmed ..."): that contact's date (rule ``context``), not one with a since-date
   in its own phrase ("lift the controls it has imposed since 2019"); also when rule 1's
   only date is that of a report governing it, later than the contact ("met on Monday ...
   'Agreed to meet again,' X wrote on Tuesday": made then, reported later);
3. "today" anywhere in the sentence: the publication date; any other date expression, or
   a vague earlier time ("days after", "previously"), leaves the event undated, unless it
   lies in a clause under the trigger's that does not place it in time ("condemned X,
   which had closed the border in 2019": the relative clause's date is its own); a noun
   event the clause happened after or since ("relations froze after the raid") is undated;
4. an event told "during the call" or among the contact's parties: the contact's date;
   an act told by a document named again with a definite determiner ("the ministry
   statement accused X", ``document_nouns``): the day that document was named with in the
   sentences before ("in a statement published on Thursday evening"), rule ``relative``;
5. a speaker's undated act (a demand, a threat, "'we will expel ...'") not in the
   pluperfect: the day the speaker was last dated (rule ``context``);
6. the present perfect, present or present progressive in the first three sentences (a
   clause reported by a verb, or quoted, takes that verb's tense, a speech act its
   report's even when what it reports is pluperfect, as does an act the reporter took
   part in ("said that she and Y had agreed ...", graphkit.extract.own_reports); a participle or an
   infinitive, the tense of the verb it hangs on): the news day (rule ``publication``:
   the publication date, or the day before it when that is the only weekday the article
   names and nothing happens "today"); the simple past in the first two: the lead's date
   (the first date of the first three sentences, a main clause's own before one of
   a clause under it, rule ``lead``; none when that date
   is older than ``lead_date_max_age_days``: background), else the news day;
7. the simple past or a participle (not pluperfect) later on: the last day the story
   stated (rule 8) when that day's event shares an actor with it ("At the Tuesday summit X
   and Y agreed to ... They further agreed ..."), else the lead's date (``context``);
8. any other asserted act not told in the pluperfect: the last day the story has stated in
   its own words (``context``): news runs on from the day it last named, not from the day
   of an event told in passing in a clause describing a noun ("officials who were
   detained on Monday", ``passing_clauses``), and not over a later sentence that went back
   to an earlier year ("X had received Y in March 2019, and ties worsened after that": the
   story's past, that year); when the story has stated no day, an act told
   by a verb takes the news day (``publication``; not a noun event, "praised the strike",
   which names an earlier act);
9. otherwise no date: a date is never guessed beyond these rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from graphkit.extract.date_expressions import resolve_date_expression
from graphkit.extract.date_rules import DateGrammar, DateRules, date_grammar
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
from graphkit.extract.own_reports import reported_by_own_side
from graphkit.extract.sentence_dates import (
    anchored_offset,
    before_news_day_offset,
    counted_days,
    counted_span_months,
    find_date_in_sentence,
    publication_day_word,
    shift_by_months,
    shift_date,
)
from graphkit.extract.vague_distance import governing_dates, vague_distance_month
from graphkit.model import CONTACT_TYPES, EventDate

# date rules that state no day of the story's own: later undated events do not run on from them
_NOT_STATED = frozenset({"context", "lead", "publication", "since_duration", "distance"})
ANCHOR_SENTENCES = 3  # how far back an anchored expression looks for its date
PAST_SENTENCES = 4  # how far back a step into the story's past stops its last day carrying on


def _vaguely_earlier(sent: Span, words: DateRules, trigger_clause: Token | None = None) -> bool:
    """"days after", "weeks earlier", "had previously": a time before the news, unstated
    (not one told in a clause below the trigger's, which times something else)."""
    for t in sent:
        if _below(t, trigger_clause, words):
            continue
        if t.lower_ in words.vague_earlier_words and t.dep_ in ("advmod", "npadvmod"):
            return True
        if t.ent_type_ == "DATE" and t.dep_ == "npadvmod" and t.lower_ in words.vague_span_units:
            return True
    return False


def _day_of_event(ent: Span, words: DateRules) -> bool:
    """A day named by another event ("on the day of the flood", ``event_days``): a
    date the sentence gives, though not one the calendar resolves."""
    return ent.root.lemma_.lower() in words.event_days and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
        for c in ent.root.children)


def _below(token: Token, trigger_clause: Token | None, words: DateRules) -> bool:
    """``token`` lies in a clause under the trigger's (a relative clause, a participle or a
    complement of it: "met X, who had visited Y in May"): what it says times that clause.
    Not a clause that places the trigger in time ("since X declared ... in May", "after
    the raid in 2010"): that one is the trigger's reference point; a mark inside a clause
    describing a noun (``passing_clauses``: "Y, whose navy held a boat after a storm in
    May") times that clause, save "since" (the period of a thing the event is about)."""
    if trigger_clause is None:
        return False
    clause = clause_verb(token)
    if clause is None or clause.i == trigger_clause.i or all(
            a.i != trigger_clause.i for a in clause.ancestors):
        return False
    current = token
    marked = False
    while current.i != trigger_clause.i:
        if current.lower_ in words.temporal_marks and current.dep_ in ("prep", "mark", "advmod"):
            marked = True
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in words.temporal_marks for c in current.children):
            marked = True
        if current.lower_ == "since" or any(c.lower_ == "since" for c in current.children):
            return False  # "controls in force since 2019": the period the event is about
        if current.pos_ in ("VERB", "AUX") and current.dep_ in words.passing_clauses:
            marked = False  # "a system where X lost after his arrest in May": that clause's time
        current = current.head
    return not marked


def _named_as_reference_point(token: Token, clause: Token | None, words: DateRules) -> bool:
    """A noun trigger its clause is placed after or before ("talks since the invasion",
    "froze after the raid"): an event of another time, which the clause does not date."""
    if clause is None or token.pos_ not in ("NOUN", "PROPN"):
        return False
    current = token
    while current.i != clause.i and current.head.i != current.i:
        if current.lower_ in words.temporal_marks and current.dep_ == "prep":
            return True
        current = current.head
    return False


def _prior_since(ent: Span, trigger: Token, words: DateRules) -> bool:
    """"the first talks since 2019": the start of a period a first-ever contact ends; it
    dates the prior contact (``prior_marks``), not the event told before it (one told
    after it, "since May 2012, when X held talks with Y", is that prior)."""
    since = next((t for t in ent.root.ancestors if t.lower_ in words.since_marks and t.i < ent.start), None)
    if since is None or any(a.i == since.i for a in trigger.ancestors):
        return False
    if trigger.i > since.i:
        # "during his first visit since being elected in May, X met Y": a since-phrase
        # inside the trigger's own phrases bounds the period of another first-ever noun,
        # not the event told after it
        bounded = since.head
        return bounded.i != trigger.i and any(a.i == trigger.i for a in since.ancestors) and any(
            c.lower_ in words.prior_marks for c in bounded.children)
    sent = ent.sent
    return any(t.lower_ in words.prior_marks for t in sent[:since.i - sent.start])


def _marked_by(ent: Span, marks: frozenset[str]) -> bool:
    """A preposition of ``marks`` heads the date's phrase in its clause ("before winter")."""
    clause = clause_verb(ent.root)
    return any(t.lower_ in marks and t.i < ent.start and clause_verb(t) == clause
               for t in ent.root.ancestors)


def _end_bound(ent: Span, words: DateRules) -> bool:
    """"until March", "through the end of April": the end of the event's period
    (``end_bound_marks``), not the day it happened."""
    doc = ent.doc
    if ent.start and doc[ent.start - 1].lower_ in words.end_bound_marks:
        return True
    clause = clause_verb(ent.root)
    return any(t.lower_ in words.end_bound_marks and t.i < ent.start and clause_verb(t) == clause
               for t in ent.root.ancestors)


def _today(text: str, words: DateRules) -> bool:
    """A date phrase that says "today" itself, not a weekday that happens to be today."""
    low = text.lower()
    return any(w in low for w in words.today_words)




def _in_temporal_clause(verb: Token, governor: Token, words: DateRules) -> bool:
    """The verb's clause is placed in time relative to the governing clause ("a day after
    X struck", "before meeting Y"): the governor's date is not its own."""
    current = verb
    while current.i != governor.i and current.head.i != current.i:
        marks = {c.lower_ for c in current.children if c.dep_ in ("mark", "advmod")}
        if current.head.pos_ == "ADP":
            marks.add(current.head.lower_)
        if marks & words.since_marks or "until" in marks:
            return True
        if marks & words.temporal_marks and any(c.dep_ == "npadvmod" for c in current.children):
            return True  # "a day after", "hours before": a stated distance in time
        current = current.head
    return False


def _since_in_phrase(trigger: Token, ents: list[Span], words: DateRules) -> bool:
    """A since-date inside the trigger's own phrase ("lift the controls imposed since
    2019"): the event began then and lasts, so it is not the act of the day of the
    story's contact."""
    inside = {t.i for t in trigger.subtree}
    return any(ent.root.i in inside and any(a.lower_ in words.since_marks and a.i < ent.start
                                            and a.i in inside for a in ent.root.ancestors)
               for ent in ents)


def _inverted_distance(verb: Token, sent: Span, grammar: DateGrammar) -> tuple[Token, Span] | None:
    """A clause placed a counted distance after or before another ("X told reporters
    Friday, one day after Y held talks") whose day, named before the distance, the parser
    hung on the temporal clause ``verb`` instead of the clause told first (the one ``verb``
    hangs on, or a clause told first that the parser hung on ``verb``). That first
    clause and its day, or None."""
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in grammar.rules.distance_marks
               for c in verb.children):
        return None
    spans = [c for c in verb.children if c.dep_ == "npadvmod"]
    counted = [c for c in spans if counted_days(" ".join(t.text for t in c.subtree), grammar) is not None]
    if not counted:
        return None
    day = next((c for c in spans if c.i < counted[0].i and c.ent_type_ == "DATE"
                and c not in counted), None)
    if day is None:
        return None
    told = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")
                 and c.right_edge.i < day.left_edge.i), None)
    if told is None and verb.head.i != verb.i and verb.head.i < day.left_edge.i:
        told = clause_verb(verb.head)
    if told is None:
        return None
    return told, Span(sent.doc, day.left_edge.i, day.i + 1, label="DATE")


def _untagged_time_phrases(sent: Span, ents: list[Span], filed: int, published: date,
                           grammar: DateGrammar) -> list[Span]:
    """Adverbial time phrases of a verb that the entity recogniser left untagged ("held
    talks last evening"), when the date grammar reads them: dates like its entities."""
    tagged = {t.i for e in ents for t in e}
    found = []
    for t in sent:
        if t.dep_ != "npadvmod" or t.i < filed or t.ent_type_ or t.head.pos_ not in ("VERB", "AUX"):
            continue
        phrase = sent.doc[t.left_edge.i:t.right_edge.i + 1]
        if any(x.i in tagged or x.ent_type_ for x in phrase):
            continue
        read = resolve_date_expression(phrase.text, published, grammar=grammar)
        if read is not None and read.value and read.text == phrase.text:
            found.append(Span(sent.doc, phrase.start, phrase.end, label="DATE"))
    return found


class EventDater:
    """Dates events by the rule above."""

    def __init__(self, speech_types: frozenset[str], reacted_to: dict[str, str] | None = None,
                 grammar: DateGrammar | None = None) -> None:
        self.speech_types = speech_types
        self.grammar = grammar or date_grammar()
        # word lemma -> the material event type it names ("strike" -> ATTACK)
        self.reacted_to = reacted_to or {}
        self._news_day_of: tuple[Doc, date, date] | None = None

    def date(self, f: Found, sent: Span, index: int, state: ArticleState) -> EventDate:
        published = state.article.published
        if published is None:
            return EventDate()
        anchored = self._anchored(sent, published)
        if anchored is not None:
            return anchored
        before = before_news_day_offset(sent.text, self.grammar)
        if before is not None:  # "X arrived the day before.": the day before the news
            day = self._news_day(sent.doc, published) - timedelta(days=before)
            return EventDate(day.isoformat(), "day", None, "relative")
        counted = self._counted_from_governor(f, sent, published)
        if counted is not None:  # "summoned on Wednesday, a day after X struck": Tuesday
            return counted
        first = self._day_before_distance(f, sent, published)
        if first is not None:  # "X told reporters Friday, one day after ...": Friday
            return first
        clause = _trigger_clause(f.token)
        if clause is not None and f.modality == "asserted" and any(
                publication_day_word(c.text, self.grammar) for c in clause.children if c.dep_ == "advmod"):
            return EventDate(published.isoformat(), "day", None, "publication")  # "overnight"
        filed = dateline_end(sent)
        ents = [_widened(e, self.grammar.rules) for e in ents_in(sent)
                if e.label_ in ("DATE", "TIME") and e.start >= filed]
        ents += _untagged_time_phrases(sent, ents, filed, published, self.grammar)
        if (f.type in self.speech_types and clause is not None and clause.head.i != clause.i
                and any(c.dep_ == "aux" and c.lower_ in self.grammar.rules.future_modals
                        for c in clause.children)):
            # "warned that the tariffs would take effect on Tuesday": the day of what is
            # threatened or demanded, not of the threat
            ents = [e for e in ents if clause_verb(e.root) != clause]
        if f.type in self.speech_types:
            # "demanded a reply before winter": the deadline of what is demanded
            ents = [e for e in ents if not _marked_by(e, self.grammar.rules.deadline_marks)]
        entities = [(e.text, e.start_char - sent.start_char, e.end_char - sent.start_char) for e in ents]
        if entities:
            belongs = [(e, ent) for e, ent in zip(entities, ents, strict=True)
                       if self._date_belongs(ent, f, self.grammar.rules)]
            own = [e for e, _ in belongs]
            # a clause joined to a dated one ("met on Monday and signed a deal in May") is
            # dated by its own date before the other clause's
            mine = [e for e, ent in belongs if clause is not None
                    and clause.dep_ in self.grammar.rules.own_date_clauses
                    and clause_verb(ent.root) == clause]
            for group in (mine, own) if 0 < len(mine) < len(own) else (own,) if own else ():
                found = find_date_in_sentence(sent.text, published, group,
                                              future=f.modality == "planned", grammar=self.grammar)
                if found is not None and found.value is not None:
                    spans = [ent for e, ent in belongs if e in group]
                    contact_day = self._contact_before_report(f, spans, clause, found, state)
                    if contact_day is not None:  # "'Agreed to meet again,' X wrote on <day after>"
                        return contact_day
                    return self._counted_on(found, ents, clause, sent)
        contact = state.main_contact
        if (contact is not None and contact is not f and contact.date.value and f.type not in CONTACT_TYPES
                and set(f.actor_ids) == {a.id for a, _ in contact.participants}
                and not _since_in_phrase(f.token, ents, self.grammar.rules)):
            return replace(contact.date, rule="context")  # "the two leaders also confirmed ..."
        resolved = [resolve_date_expression(text, published, grammar=self.grammar)
                    for text, _, _ in entities]
        trigger_clause = _trigger_clause(f.token)
        words = self.grammar.rules
        vague = vague_distance_month(trigger_clause, sent, published,
                                     self._news_day(sent.doc, published), self.grammar)
        if vague is not None:  # "comes days after X threatened": that day's month
            return vague
        later = trigger_clause is not None and _in_temporal_clause(trigger_clause, sent.root, words)
        if any(r is not None and r.value == published.isoformat() and (_today(text, words) or not later)
               for r, (text, _, _) in zip(resolved, entities, strict=True)):
            return EventDate(published.isoformat(), "day", None, "publication")  # "today", said now
        if any((r is not None or _day_of_event(ent, words)) and not _below(ent.root, trigger_clause, words)
               and not _prior_since(ent, f.token, words) and not _end_bound(ent, words)
               for r, ent in zip(resolved, ents, strict=True)) or _vaguely_earlier(
                   sent, words, trigger_clause):
            return EventDate()  # the sentence dates something else: do not guess
        if _named_as_reference_point(f.token, trigger_clause, words):
            return EventDate()  # "relations froze after the raid": the raid lies before
        contact = state.main_contact
        if (contact is not None and contact is not f and contact.date.value
                and self._about_contact(f, sent, contact, words.event_context_nouns)):
            return replace(contact.date, rule="context")
        document = self._document_date(f, sent, published)
        if document is not None:  # "the statement accused X": the day of that statement
            return document
        speaker = self._speaker_date(f, state)
        if speaker is not None:
            return speaker
        verb = _trigger_clause(f.token)
        while verb is not None:
            if (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp") or (
                    verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl"))) \
                    and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
                # "X threatened Y, accusing Z", "vowed to help ..., condemning Z", "stepped
                # in to help": a participle or an infinitive shares the tense of the verb
                # it hangs on
                verb = verb.head
            elif verb.tag_ == "VBG" and verb.dep_ == "pcomp" \
                    and verb.head.lower_ in self.grammar.rules.absolute_preps \
                    and verb.head.head.pos_ in ("VERB", "AUX"):
                verb = verb.head.head  # "X intervened, with its envoy negotiating a truce"
            else:
                break
        report = f.report_token
        if report is None and verb is not None and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB":
            report = verb.head  # '"We agree," he added': the clause reported
        if (report is not None and (verb is None or verb.tag_ not in ("VBD", "VBN")
                                    or f.type in self.speech_types or reported_by_own_side(f))
                and any(a.i == report.i for a in f.token.ancestors)):
            # "'we agree', he added": the words were said when reported; a speech act is
            # its report ("said Y had violated ...": accused when said), as is an act of
            # the reporter's own side ("said her government had agreed ...")
            verb = report
        news_day = self._news_day(sent.doc, published)
        if index < LEAD_SENTENCES and (present_tense(verb) or present_tense(f.report_token)):
            return EventDate(news_day.isoformat(), "day", None, "publication")
        lead = self._lead_date(sent.doc, published)
        if (index >= LEAD_SENTENCES and f.type in self.speech_types and verb is not None
                and not pluperfect(verb) and verb.tag_ in ("VBD", "VBZ", "VBP")):
            # an undated reaction later in the story: the last day the story has stated,
            # else the day of publication (never the lead's day just because it leads)
            stated = self._last_stated(state, sent, published)
            named = {self.reacted_to.get(w.lemma_.lower()) for w in sent if w.i != f.token.i}
            if stated is not None and stated.rule in named:
                stated = None  # "condemned the strike": not the day of the strike
            if stated is not None:  # the story's day, or the year it went back to
                return replace(stated, rule="context")
            return EventDate(news_day.isoformat(), "day", None, "publication")
        if index < 2 and verb is not None and verb.tag_ == "VBD":
            return lead or EventDate(news_day.isoformat(), "day", None, "publication")
        if lead is not None and verb is not None and not pluperfect(verb) and verb.tag_ in ("VBD", "VBN"):
            # later in the story, the day last told of one of its actors before the lead's
            stated = self._last_stated(state, sent, published, set(f.actor_ids)) \
                if index >= LEAD_SENTENCES else None
            return replace(stated or lead, rule="context")
        if f.modality == "asserted" and verb is not None and not pluperfect(verb):
            stated = self._last_stated(state, sent, published)
            if stated is not None:  # the story's day, or the year it went back to
                return replace(stated, rule="context")
            if f.token.pos_ in ("VERB", "AUX"):
                return EventDate(news_day.isoformat(), "day", None, "publication")
        return EventDate()

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
        paper, the rest of the lead undated)."""
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
            if _today(ent.text, self.grammar.rules):
                said_today = True
                break
            found = resolve_date_expression(ent.text, published, grammar=self.grammar)
            if found is not None and found.rule == "weekday" and found.value:
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

    def _counted_on(self, found: EventDate, ents: list[Span], clause: Token | None,
                    sent: Span) -> EventDate:
        """``found`` moved by a counted span of the trigger's own clause that follows it
        ("restored in 2016, but expelled envoys two years later": 2018)."""
        if clause is None or not found.text or found.value is None:
            return found
        for ent in ents:
            months = counted_span_months(ent.text, self.grammar)
            if months is None or clause_verb(ent.root) != clause:
                continue
            start = ent.start_char - sent.start_char
            if not 0 <= sent.text.find(found.text) < start:
                continue
            value = shift_by_months(found.value, found.precision, months)
            if value is not None:
                return EventDate(value, found.precision, ent.text, "relative")
        return found

    def _counted_from_governor(self, f: Found, sent: Span, published: date) -> EventDate | None:
        """The day of an event told a counted distance after or before the clause that
        governs it ("summoned on Wednesday, a day after X struck", "met on May 2, a week
        before Y voted"): that clause's own day moved back or on by the distance."""
        clause = _trigger_clause(f.token)
        if clause is None:
            return None
        mark = next((c for c in clause.children if c.dep_ in ("mark", "advmod")
                     and c.lower_ in self.grammar.rules.distance_marks), None)
        if mark is None:
            return None
        # the counted npadvmod, not the first one: "Friday, one day after X met Y" can hang
        # the governing clause's weekday on the temporal clause too
        counted = ((span, counted_days(" ".join(t.text for t in span.subtree), self.grammar))
                   for span in clause.children if span.dep_ == "npadvmod")
        span, days = next(((s, d) for s, d in counted if d is not None), (None, None))
        if span is None or days is None:
            return None
        inverted = _inverted_distance(clause, sent, self.grammar)
        if clause.head.i == clause.i and inverted is None:
            return None
        governing = [inverted[1]] if inverted is not None else governing_dates(clause, sent)
        for ent in governing:
            found = resolve_date_expression(_widened(ent, self.grammar.rules).text, published,
                                            grammar=self.grammar)
            if found is not None and found.value and len(found.value) == 10:
                sign = -1 if mark.lower_ == "after" else 1
                value = shift_date(found.value, sign * days)
                return EventDate(value, "day", " ".join(t.text for t in span.subtree), "distance")
        return None

    def _day_before_distance(self, f: Found, sent: Span, published: date) -> EventDate | None:
        """The day of a clause told first that the parser hung on the clause placed a
        counted distance after or before it (``_inverted_distance``)."""
        clause = _trigger_clause(f.token)
        if clause is None:
            return None
        near = [clause.head] if clause.head.i != clause.i else []
        near += [c for c in clause.children if c.pos_ in ("VERB", "AUX")]
        for verb in near:
            inverted = _inverted_distance(verb, sent, self.grammar)
            if inverted is None or inverted[0].i != clause.i:
                continue
            found = resolve_date_expression(_widened(inverted[1], self.grammar.rules).text,
                                            published, grammar=self.grammar)
            if found is not None and found.value:
                return found
        return None

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
                max_age = self.grammar.rules.lead_date_max_age
                if max_age is not None:
                    oldest = (published - timedelta(days=max_age)).isoformat()
                    if found.value < oldest[:len(found.value)]:
                        return None  # "... took power in 2020": background
                return replace(found, rule="lead")
        return None

    @staticmethod
    def _date_belongs(ent: Span, f: Found, words: DateRules) -> bool:
        """A date entity dates the event when it sits in the trigger's clause or in a clause
        governing it (a pluperfect event's only when that clause is its report), and is not
        the start of a period ("since February 2022") or its end ("until March")."""
        if any(t.lower_ in words.since_marks for t in ent.root.ancestors if t.i < ent.start and
               clause_verb(t) == clause_verb(ent.root)) or _end_bound(ent, words):
            return False
        if ent.root.dep_ == "npadvmod" and any(c.dep_ == "mark" and c.lower_ in words.temporal_marks
                                               for c in ent.root.head.children):
            return False  # "a day after ...": a distance in time, not a date
        clause = clause_verb(ent.root)
        if (clause is not None and clause.lower_ in words.start_marks and clause.tag_ == "VBG"
                and clause.head.i != clause.i):
            clause = clause_verb(clause.head)  # "Starting Friday, X struck ...": X's date
        trigger_clause = _trigger_clause(f.token)
        if clause is None or trigger_clause is None:
            return True
        if clause == trigger_clause:
            return True
        if f.token.pos_ == "NOUN" and f.token.i in {t.i for t in ent.root.ancestors}:
            return True
        if (clause.dep_ == "advcl" and clause.head == trigger_clause
                and any(c.lower_ in words.simultaneous_marks and c.dep_ in ("advmod", "mark")
                        for c in clause.children)):
            return True  # "agreed on it when they met last November": the same time
        if clause.i in {t.i for t in trigger_clause.ancestors}:
            if _in_temporal_clause(trigger_clause, clause, words):
                return False  # "summoned on Wednesday, a day after X struck": another day
            if f.report_token is not None and clause.i == f.report_token.i:
                # "said on Monday that X had violated ...": said that day; "said on Monday it
                # had expelled ...": the pluperfect is the report's tense shift of that day's news
                return True
            return not pluperfect(trigger_clause)
        return False

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


def _widened(ent: Span, words: DateRules) -> Span:
    """The date entity with the relative word the tagger left out of it ("this" of "this
    month": ``entity_openers``), which alone makes it a date."""
    doc, start = ent.doc, ent.start
    while (start > ent.sent.start and doc[start - 1].lower_ in words.entity_openers
           and ent.start <= doc[start - 1].head.i < ent.end):
        start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def _trigger_clause(token: Token) -> Token | None:
    """The verb of the clause a trigger tells its event in: the trigger itself when it is
    a verb that heads a clause, not a participle used as a preposition ("a protest
    regarding X", "according to Y")."""
    if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("prep", "agent", "case"):
        return token
    return clause_verb(token.head if token.pos_ in ("VERB", "AUX") else token)


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
