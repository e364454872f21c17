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
   a counted distance after a clause naming no day ("the visit came three days after X
   travelled"): the news day moved back by it (``counted_after_undated``, same module);
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
3. "today" anywhere in the sentence: the publication date (but a "today" inside a
   quotation whose report, after it, names the day it was said is that day:
   '"... has today sanctioned X," she said on Saturday', and any other quoted "today" is
   the news day: the speaker's day, in a story filed the morning after); any other date expression, or
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
   is older than ``lead_date_max_age_days``, or a month or year already gone under
   ``lead_gone_period_is_background``: background), else the news day;
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

A date in a clause told as still to come ("talks will take place on October 25", by a
modal of ``planned.modals`` in modality.yaml) is the day of that planned act only: an act
that is not planned ("agreed that talks will take place on ...") is not dated by it, and
left undated when it is the sentence's only date; an asserted act whose date lies after
publication is left undated (that day is of what the act plans).

This module holds :class:`EventDater`, which asks the steps in this order, and the steps
that read the event's own sentence (rules 0 to 3). The steps that date an event by the
rest of the story (the news day, the lead's date, the last day stated, a speaker's or a
document's day, the main contact's) are its mixin :class:`~graphkit.extract.story_days.StoryDays`;
the parse tests both ask of a date phrase are :mod:`graphkit.extract.date_clues`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from graphkit.extract.date_clues import (
    _below,
    _day_of_event,
    _end_bound,
    _in_temporal_clause,
    _inverted_distance,
    _marked_by,
    _named_as_reference_point,
    _prior_since,
    _quoted_today,
    _since_in_phrase,
    _speakers_today,
    _today,
    _trigger_clause,
    _untagged_time_phrases,
    _vaguely_earlier,
    _widened,
)
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
from graphkit.extract.noun_dates import date_of_own_document, date_of_spoken_noun
from graphkit.extract.own_reports import reported_by_own_side
from graphkit.extract.sentence_dates import (
    before_news_day_offset,
    counted_days,
    counted_span_months,
    find_date_in_sentence,
    publication_day_word,
    shift_by_months,
    shift_date,
)
from graphkit.extract.story_days import StoryDays
from graphkit.extract.vague_distance import counted_after_undated, governing_dates, vague_distance_month
from graphkit.model import CONTACT_TYPES, EventDate

# days of publication that lie after any date a story tells, far apart: a date that reads
# the same as of both is fixed by the text itself
_STAND_IN_DAYS = (date(2100, 6, 15), date(2200, 6, 15))


class EventDater(StoryDays):
    """Dates events by the rule above."""

    def __init__(self, speech_types: frozenset[str], reacted_to: dict[str, str] | None = None,
                 grammar: DateGrammar | None = None,
                 ahead_modals: frozenset[str] = frozenset()) -> None:
        self.speech_types = speech_types
        # modals of a clause still ahead of the paper: the modality reader's plan modals
        # (modality.yaml's ``planned.modals``; not "would", the future of a past report)
        self.ahead_modals = ahead_modals
        self.grammar = grammar or date_grammar()
        # word lemma -> the material event type it names ("strike" -> ATTACK)
        self.reacted_to = reacted_to or {}
        self._news_day_of: tuple[Doc, date, date] | None = None

    def _fixed_by_text(self, f: Found, sent: Span, index: int, state: ArticleState) -> EventDate:
        """With no day of publication, the date only when the text fixes it by itself ("on
        3 March 2025", "in May 2019"): read as of two days of publication far apart, it must
        come out the same ("on Monday", "last year", "in May" do not, and stay undated)."""
        readings = [self.date(f, sent, index, replace(state, article=replace(state.article, published=day)))
                    for day in _STAND_IN_DAYS]
        if readings[0].value is not None and all(r.value == readings[0].value for r in readings):
            return readings[0]
        return EventDate()

    def date(self, f: Found, sent: Span, index: int, state: ArticleState) -> EventDate:
        found = self._date(f, sent, index, state)
        published = state.article.published
        if (f.modality == "asserted" and published is not None and found.value is not None
                and found.value[:10] > published.isoformat()[:len(found.value)]):
            # an act told as done cannot lie after the paper: the day is of what it plans
            return EventDate()
        return found

    def _date(self, f: Found, sent: Span, index: int, state: ArticleState) -> EventDate:
        published = state.article.published
        if published is None:
            return self._fixed_by_text(f, sent, index, state)
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
                publication_day_word(c.text, self.grammar) for c in clause.children
                if c.dep_ == "advmod") and not _dated_report(f):
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
        ahead = [e for e in ents if f.modality != "planned" and _told_ahead(e, self.ahead_modals)]
        if ahead:
            # "agreed that talks will take place on March 10": the day of what is still to
            # come, not of an act that is not itself planned; told only by what will follow,
            # the act has no day of its own
            ents = [e for e in ents if e not in ahead]
            if not ents:
                return EventDate()
        behind = [e for e in ents if f.modality == "planned" and _dates_past_governor(e, clause)]
        if behind:
            # "agreed on Wednesday to resume talks": the day of the agreement, told in the
            # past, not of the talks still to come (not the next Wednesday)
            ents = [e for e in ents if e not in behind]
            if not ents:
                return EventDate()
        if f.type in self.speech_types:
            # "demanded a reply before winter": the deadline of what is demanded
            ents = [e for e in ents if not _marked_by(e, self.grammar.rules.deadline_marks)]
        # '"We have today imposed ...," X said on Saturday': the day it was said
        ents = [e for e in ents if not _quoted_today(e, ents, published, self.grammar)]
        entities = [(e.text, e.start_char - sent.start_char, e.end_char - sent.start_char) for e in ents]
        if entities:
            belongs = [(e, ent) for e, ent in zip(entities, ents, strict=True)
                       if self._date_belongs(ent, f, self.grammar.rules, f.type in self.speech_types)]
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
                    if found.rule == "today" and any(_speakers_today(ent, self.grammar.rules)
                                                     for ent in spans):
                        # '"Today we imposed ...," X said' in the next morning's paper
                        return replace(found, value=self._news_day(sent.doc, published).isoformat())
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
        counted = counted_after_undated(trigger_clause, sent, published,
                                        self._news_day(sent.doc, published), self.grammar,
                                        self.ahead_modals)
        if counted is not None:  # "The visit came three days after X travelled": news day - 3
            return counted
        later = trigger_clause is not None and _in_temporal_clause(trigger_clause, sent.root, words)
        if any(r is not None and r.value == published.isoformat() and (_today(text, words) or not later)
               for r, (text, _, _) in zip(resolved, entities, strict=True)):
            said = self._news_day(sent.doc, published) if any(
                _speakers_today(ent, words) for ent in ents) else published
            return EventDate(said.isoformat(), "day", None, "publication")  # "today", said now
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

    @staticmethod
    def _date_belongs(ent: Span, f: Found, words: DateRules, speech: bool = False) -> bool:
        """A date entity dates the event when it sits in the trigger's clause or in a clause
        governing it (a pluperfect event's only when that clause is its report), and is not
        the start of a period ("since February 2022") or its end ("until March"); for an act
        of ``speech``, not the day of a noun it speaks of ("condemned the July 14 attacks");
        a day told on the document the act was told in is its own ("in a statement issued
        on Monday"), as is one told in a present participle opening the sentence when the
        act's own clause names none ("Speaking on Wednesday, X accused ...")."""
        if speech and date_of_spoken_noun(ent, f.token, words.document_nouns, words.setting_preps):
            return False
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
        if date_of_own_document(ent, _told_in_clauses(trigger_clause, speech, words), words.document_nouns,
                                speech):
            return True
        if f.token.pos_ == "NOUN" and f.token.i in {t.i for t in ent.root.ancestors}:
            return True
        if (clause.dep_ == "advcl" and clause.head == trigger_clause
                and any(c.lower_ in words.simultaneous_marks and c.dep_ in ("advmod", "mark")
                        for c in clause.children)):
            return True  # "agreed on it when they met last November": the same time
        if (_fronted_participle(clause, trigger_clause) and _hung_on(ent, clause, words)
                and not _names_a_day(trigger_clause)):
            return True  # "Speaking to reporters on Wednesday, X accused ...": the same time
        if clause.i in {t.i for t in trigger_clause.ancestors}:
            if _in_temporal_clause(trigger_clause, clause, words):
                return False  # "summoned on Wednesday, a day after X struck": another day
            if f.report_token is not None and clause.i == f.report_token.i:
                # "said on Monday that X had violated ...": said that day; "said on Monday it
                # had expelled ...": the pluperfect is the report's tense shift of that day's news
                return True
            return not pluperfect(trigger_clause)
        return False


def _told_in_clauses(trigger_clause: Token, speech: bool, words: DateRules) -> set[int]:
    """The clauses whose document ("in a statement issued on Monday") tells the act of
    ``trigger_clause``: its own; for an act of speech, also its open complements, where
    the parser may hang the document on what is said ("urged Y to withdraw, in a statement
    on Monday"; "accused Y of stoking it in an interview"), and, when its own clause names
    no day, the clauses governing it ("said in a Monday statement it issued that it
    condemned ..."). Never for a reported act ("said in a statement it issued Monday that
    X shelled ... on Sunday", "... that X attacked ...": the statement's day is not the
    shelling's). (A document in a complement may be the other side's: "accused Y of lying
    in a statement on Monday" is read as the speaker's.)"""
    if not speech:
        return {trigger_clause.i}
    own = {trigger_clause.i} | {t.i for t in _open_complements(trigger_clause, words.temporal_marks)}
    if _names_a_day(trigger_clause):
        return own
    return own | {t.i for t in trigger_clause.ancestors}


def _names_a_day(clause: Token) -> bool:
    """A date entity of the clause itself (not of a clause under it)."""
    return any(t.ent_type_ == "DATE" and clause_verb(t) == clause for t in clause.subtree)


def _open_complements(clause: Token, temporal: frozenset[str]) -> list[Token]:
    """The infinitive or gerund clauses completing ``clause``'s verb: "urged Y *to
    withdraw*", "accused Y *of stoking* ..."; not a clause of time ("days *after appearing*
    ...", ``temporal``)."""
    found = [c for c in clause.children if c.dep_ == "xcomp"]
    return found + [g for c in clause.children if c.dep_ == "prep" and c.lower_ not in temporal
                    for g in c.children if g.dep_ == "pcomp"]


def _fronted_participle(clause: Token, trigger_clause: Token) -> bool:
    """``clause`` is a present participle opening the sentence before the act's verb, with
    no subordinator or auxiliary placing it before or after ("Speaking on Wednesday, X said
    ...", "Visiting the capital on Monday, X pledged ..."): the act's own time. Not "After
    meeting ..." nor "Having met ..."; a participle after the verb often tells what followed
    ("struck the town, prompting protests on Monday")."""
    return (clause.dep_ == "advcl" and clause.head == trigger_clause and clause.tag_ == "VBG"
            and clause.i < trigger_clause.i
            and not any(c.dep_ in ("mark", "aux", "auxpass") for c in clause.children))


def _hung_on(ent: Span, verb: Token, words: DateRules) -> bool:
    """``ent`` hangs on ``verb`` directly ("speaking *on Wednesday*") or on the place or
    occasion a preposition of ``participle_settings`` hung on ``verb`` names ("speaking in
    an interview *on Wednesday evening*", "speaking at a news conference *on Monday*"), not
    on what the participle acts on or answers ("rejecting a statement by Y *on Monday*", "responding to
    Y's note *on Monday*", "citing the raid *on Monday*")."""
    t = ent.root
    while t.head.i != t.i and (t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep"):
        t = t.head  # up through the date's own words and its preposition
    if t.i == verb.i:
        return True
    setting = t.head
    return (t.dep_ == "pobj" and setting.dep_ == "prep" and setting.head.i == verb.i
            and setting.lower_ in words.participle_settings)


def _told_ahead(ent: Span, modals: frozenset[str]) -> bool:
    """The date sits in a clause told as still to come ("the talks will take place on
    October 25", one of ``modals``): a day it names lies ahead of the paper."""
    clause = clause_verb(ent.root)
    return clause is not None and any(c.dep_ == "aux" and c.lower_ in modals
                                      for c in clause.children)


def _dated_report(f: Found) -> bool:
    """``f`` is told in a report that names its own day ("X said on Thursday that Y had
    struck overnight": the night that ended on the day of the report, not of the news)."""
    report = f.report_token
    return report is not None and any(
        t.ent_type_ == "DATE" for c in report.children if c.dep_ in ("prep", "npadvmod")
        for t in c.subtree)


def _dates_past_governor(ent: Span, clause: Token | None) -> bool:
    """The date ``ent`` hangs on a verb in the simple past that governs the planned act's
    clause ``clause`` ("agreed on Wednesday to resume talks", "decided on Monday to send
    envoys"): it dates the decision told, not the act still to come."""
    verb = clause_verb(ent.root)
    return (clause is not None and verb is not None and verb.i != clause.i and verb.tag_ == "VBD"
            and any(a.i == verb.i for a in clause.ancestors))
