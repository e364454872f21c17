"""Where a date phrase sits, and what it times: the parse tests of the date rule.

Predicates over a sentence's parse that :class:`~graphkit.extract.dating.EventDater` and
its mixin :class:`~graphkit.extract.story_days.StoryDays` ask of a date entity or a
trigger: whether the date lies in a clause under the trigger's (``_below``), opens or
closes a period ("since", "until"), marks a deadline, names another event's day, places a
clause a counted distance from another, or says "today"; the clause a trigger tells its
event in (``_trigger_clause``) and the date entity widened by the word the tagger left out
(``_widened``). The order in which the rule asks them is set in :mod:`graphkit.extract.dating`.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from graphkit.extract.date_expressions import resolve_date_expression
from graphkit.extract.date_rules import DateGrammar, DateRules
from graphkit.extract.found import clause_verb
from graphkit.extract.sentence_dates import counted_days


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


_QUOTE_MARKS = {'"', "“", "”", "``", "''"}


def _in_quotation(ent: Span) -> bool:
    """The phrase lies inside a quotation opened before it in its paragraph (a quotation
    may run over several sentences: a press release quoted at length)."""
    text = ent.doc.text
    start = text.rfind("\n", 0, ent.start_char) + 1
    before = text[start:ent.start_char]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _speakers_today(ent: Span, words: DateRules) -> bool:
    """A "today" a quoted speaker says: the day the words were said (the news day of a
    story filed the morning after), not the day the paper came out."""
    return _today(ent.text, words) and _in_quotation(ent)


def _quoted_today(ent: Span, ents: list[Span], published: date, grammar: DateGrammar) -> bool:
    """A "today" said inside a quotation whose report, after the quotation closes, names
    the day it was said ('"We have today frozen X's assets," the minister said on Saturday' in
    Sunday's paper): that day, not the paper's, is the quotation's today."""
    if not _today(ent.text, grammar.rules):
        return False
    marks = [t.i for t in ent.sent if t.text in _QUOTE_MARKS]
    for other in ents:
        if other.start <= ent.end or _today(other.text, grammar.rules) \
                or not any(ent.end <= q < other.start for q in marks):
            continue
        said = resolve_date_expression(other.text, published, grammar=grammar)
        if said is not None and said.precision == "day" and said.value is not None \
                and said.value < published.isoformat():
            return True
    return False


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
