"""The month of an event told a vague count of days before the clause governing it; the
day of one told a counted distance after an undated clause governing it.

"The ultimatum comes days after the bloc threatened action": the threat lies a few days
before the ultimatum's day, so it took place in that day's month when that many days back
stay in it (``vague_distance_days`` in date_rules.yaml). A counted distance ("a day after")
is the ``distance`` rule of :mod:`graphkit.extract.dating`; this is its vague sibling, and
it also counts that distance from the news day when the governing clause names no day
("The visit came three days after X travelled to Y": three days before the news).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from spacy.tokens import Span, Token

from graphkit.extract.date_expressions import resolve_date_expression
from graphkit.extract.date_rules import DateGrammar
from graphkit.extract.found import clause_verb, pluperfect
from graphkit.extract.nlp import ents_in
from graphkit.extract.sentence_dates import counted_days
from graphkit.model import EventDate

# tags of a verb in the present ("after X signs the accord"): an act not yet done, whatever
# its governing clause
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _distance_clause(trigger_clause: Token | None,
                     grammar: DateGrammar) -> tuple[Token, set[str], Token] | None:
    """The clause, from the trigger's up through its governors, told a distance after or
    before the clause governing it ("three days after X travelled", "days after X
    threatened"): that clause, its marks and the span of the distance ("days" hangs on the
    clause or on its mark); None when no clause up the way is so told."""
    current = trigger_clause
    while current is not None and current.head.i != current.i:
        marked = [c for c in current.children if c.dep_ in ("mark", "advmod")]
        marks = {c.lower_ for c in marked}
        span = next((c for t in (current, *marked) for c in t.children if c.dep_ == "npadvmod"), None)
        if marks & grammar.rules.distance_marks and span is not None:
            return current, marks, span
        current = current.head
    return None


def vague_distance_month(trigger_clause: Token | None, sent: Span, published: date,
                         news_day: date, grammar: DateGrammar) -> EventDate | None:
    """The month of an event whose clause lies a vague count of days after the clause
    governing it ("days after", "just days after", "a few days after"): the governing
    clause's own day (its own date, else ``news_day``) when ``vague_distance_days`` back
    from it stay in its month, else None (as for any other sentence)."""
    reach = grammar.rules.vague_distance_days or {}
    told = _distance_clause(trigger_clause, grammar)
    if told is None:
        return None
    current, marks, span = told
    if "after" not in marks or span.lower_ not in reach:
        return None
    text = " ".join(t.text for t in span.subtree)
    if counted_days(text, grammar) is not None:
        return None  # "a day after": the counted distance rule's
    anchor = _governor_day(current, sent, published, grammar)
    day = news_day if anchor is None else anchor
    if day is False or (day - timedelta(days=reach[span.lower_])).month != day.month:
        return None
    return EventDate(day.strftime("%Y-%m"), "month", text, "distance")


def governing_dates(clause: Token, sent: Span) -> Iterator[Span]:
    """The date entities of the clause that governs ``clause`` (outside ``clause`` itself)."""
    governor = clause_verb(clause.head)
    if governor is None:
        return
    inside = {t.i for t in clause.subtree}
    for ent in ents_in(sent):
        if ent.label_ == "DATE" and ent.root.i not in inside and clause_verb(ent.root) == governor:
            yield ent


def _governor_day(clause: Token, sent: Span, published: date,
                  grammar: DateGrammar) -> date | None | bool:
    """The day the clause governing ``clause`` names (None: it names no date; False: a
    date, but not a day, which this rule does not count from)."""
    for ent in governing_dates(clause, sent):
        found = resolve_date_expression(ent.text, published, grammar=grammar)
        if found is None or not found.value:
            continue
        return date.fromisoformat(found.value) if len(found.value) == 10 else False
    return None


def counted_after_undated(trigger_clause: Token | None, sent: Span, published: date,
                          news_day: date, grammar: DateGrammar,
                          ahead_modals: frozenset[str] = frozenset()) -> EventDate | None:
    """The day of an event whose clause lies a counted distance after a clause governing it
    that names no date ("The visit came three days after X travelled to Y", "A day after
    X announced tariffs, Y was ..."): the news day moved back by the distance. None when
    the governing clause names a date (the ``distance`` rule counts from it), is told in
    the pluperfect (a time before the news) or as still to come (one of ``ahead_modals``:
    "will hold talks three days after X signs"), or when the event's own clause is in the
    present ("after X signs the accord": an event ahead, not one the news day counts
    back to)."""
    told = _distance_clause(trigger_clause, grammar)
    if told is None:
        return None
    current, marks, span = told
    text = " ".join(t.text for t in span.subtree)
    days = counted_days(text, grammar)
    governor = clause_verb(current.head)
    if ("after" not in marks or days is None or governor is None or pluperfect(governor)
            or current.tag_ in _PRESENT_TAGS
            or any(c.dep_ == "aux" and c.lower_ in ahead_modals for c in governor.children)
            or _governor_day(current, sent, published, grammar) is not None):
        return None
    return EventDate((news_day - timedelta(days=days)).isoformat(), "day", text, "distance")
