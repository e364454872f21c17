"""Choose the dates a sentence states: the date of its event, and the date of an earlier
contact it implies.

- :func:`find_date_in_sentence` picks the date of the event a sentence states.
- :func:`dates_in_text` lists every date expression of running text.
- :func:`find_since_expression` finds the date of an implied earlier contact
  ("the first call since September 2022").
- :func:`anchored_offset` and :func:`before_news_day_offset` tell whether a sentence dates
  its event from the story's own timeline ("four days later", "the day before").

Each candidate date is read by :mod:`graphkit.extract.date_expressions` (the rules, one
expression against the publication date) with the grammar of
:mod:`graphkit.extract.date_rules`; :mod:`graphkit.extract.dating` (event dating) calls
these functions to date each event of an article.

:func:`find_date_in_sentence` choices:

- Candidates are the given DATE entity spans, read with :func:`resolve_date_expression`
  (an entity that stops short of its year, "the October 7" + ", 2023", is extended), and
  only those, so a caller can pass just one clause's entities; when none is given, the
  sentence's own regex scan, which is stricter than reading an entity's text: month
  and weekday names must be capitalised, a bare "May" or "March" needs a cue word before it
  ("in", "last", "since"...), "fall" needs "last"/"this"/a year, a four-digit number before
  "troops" or after "$" is no year.
- "since X" (X up to seven words after "since", same clause) is ignored when "first" or a
  negation comes before "since" ("the first call since September 2022", "have not met
  since May"): X dates the implied prior contact that :func:`find_since_expression`
  reports, not this sentence's event. A date after a last-contact verb ("last met in May
  2023", "having previously spoken in 2022") is ignored for the same reason; a last-contact
  noun is not ("at their last meeting in May, the two agreed..." dates the agreement).
  Any other "since X" marks the onset of a state ("held in custody since Monday"): it
  stays a candidate, scored below the main clause's dates, so that sentence gives Monday.
- A calendar date inside quotation marks (rules explicit, inferred_year, year) is ignored:
  it usually names an earlier event ("the October 7 massacre"). A deictic one ("'...when I
  spoke to him over the weekend'") stays, scored -3.
- Among the rest the main clause's date wins, by score: -1 right after a reporting verb
  ("the ministry said on Tuesday" dates the report, so "met on Monday, the ministry said on
  Tuesday" gives Monday), -0.5 inside a subordinate clause ("which began last August"),
  -0.5 for a state's "since X", -0.5 attributive after a determiner ("their November
  summit"); ties go to the more precise date (+0.2 day, +0.1 month), then the earlier one.

:func:`find_since_expression` choices, in order of preference:

- ``since``: the first date within seven words after "since" in the same clause ("since
  September 2022", "since their November summit") keeps its own precision.
- ``last_contact``: the first date within eight words after "last met", "last spoke",
  "previously talked", "their last meeting"... ("having last talked in 2022" -> 2022).
- ``since_duration``: "first ... in N years" / "for the first time in N years" / "in over a
  decade" -> year precision, P's year - N (published 2025, "in three years" -> 2022: the
  contact was about three years back, and its calendar year is the honest precision); "in N
  months" -> month precision, P's month - N. A qualifier ("over", "more than", "nearly")
  does not move the value. Needs "first" before the "in N years".

Speed (2-core machine under load from other jobs, so upper bounds):
``find_since_expression`` about 5 µs; for a sentence scan see
:mod:`graphkit.extract.date_expressions`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

from graphkit.extract.date_expressions import (
    Candidate,
    month_value,
    read_count,
    resolve_date_expression,
    scan,
    shift_month,
    year_value,
)
from graphkit.extract.date_rules import (
    CLAUSE_BREAK,
    LAST_CONTACT_WINDOW_WORDS,
    WORD_IN_CLAUSE,
    DateGrammar,
    alternation,
    date_grammar,
)
from graphkit.model import EventDate

__all__ = [
    "anchored_offset",
    "counted_days",
    "counted_span_months",
    "shift_by_months",
    "before_news_day_offset",
    "dates_in_text",
    "find_date_in_sentence",
    "find_since_expression",
    "publication_day_word",
    "shift_date",
]


_SINCE_WINDOW_WORDS = 7

_SINCE_RE = re.compile(rf"\bsince\b{WORD_IN_CLAUSE}{{0,{_SINCE_WINDOW_WORDS}}}\s*$",
                       re.IGNORECASE)
_SINCE_HEAD_RE = re.compile(r"\bsince\b", re.IGNORECASE)
_ATTRIBUTIVE_RE = re.compile(r"\b(?:the|a|an|their|his|her|its|our|this|that)\s+$",
                             re.IGNORECASE)
_FIRST_OR_NOT_RE = re.compile(r"\b(?:first|not|never|no)\b|n['’]t\b", re.IGNORECASE)
_CONTINUES_RE = re.compile(r",?\s*(?:of\s+)?['’]?\d")
# A calendar date inside a quotation usually names an earlier event ("the October 7
# massacre"); a deictic one ("over the weekend", "on Tuesday") is the speaker's recent past.
_NAMING_RULES = frozenset({"explicit", "inferred_year", "year", "dateparser"})
_QUOTE_CHAR_RE = re.compile(r"[\"“”'‘’]")
_DOUBLE_QUOTE_RE = re.compile(r"[\"“”]")
_SINGLE_OPEN_RE = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=\w)")
_SINGLE_CLOSE_RE = re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?)\]—–-]|$)")


def _clause_before(sentence: str, start: int, width: int = 90) -> str:
    """The text of ``start``'s clause before it: back to the last clause punctuation."""
    before = sentence[max(0, start - width):start]
    cut = max(before.rfind(ch) for ch in CLAUSE_BREAK)
    return before[cut + 1:]


def _governed_by(g: DateGrammar, sentence: str, start: int) -> str | None:
    """``"prior"`` if the date at ``start`` dates an implied earlier contact ("the first call
    since May", "have not met since May", "last met in May"), ``"since"`` if it is the
    onset of a state ("held since Monday"), else None."""
    clause = _clause_before(sentence, start)
    if g.last_contact_re.search(clause):  # verbs only: "at their last meeting in May, the
        return "prior"                   # two agreed..." dates the agreement too
    since = _SINCE_RE.search(clause)
    if since is None:
        return None
    head = sentence[:start - len(clause) + since.start()]
    return "prior" if _FIRST_OR_NOT_RE.search(head) else "since"


def _quoted_regions(sentence: str) -> list[tuple[int, int]]:
    """Spans between paired quotation marks; a lone apostrophe ("leaders' call") is none."""
    marks = [m.start() for m in _DOUBLE_QUOTE_RE.finditer(sentence)]
    regions = [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]
    closes = [m.start() for m in _SINGLE_CLOSE_RE.finditer(sentence)]
    for opening in _SINGLE_OPEN_RE.finditer(sentence):
        closing = next((c for c in closes if c > opening.start()), None)
        if closing is not None:
            regions.append((opening.start(), closing))
    return regions


def _score(g: DateGrammar, sentence: str, candidate: Candidate, governed_by: str | None,
           quoted: bool) -> float:
    start = candidate.start
    score = {"day": 0.2, "month": 0.1}.get(candidate.date.precision or "", 0.0)
    if quoted:
        score -= 3
    if governed_by == "since":
        score -= 0.5
    clause = _clause_before(sentence, start)
    if g.reported_re.search(clause):
        score -= 1
    elif g.subordinate_re.search(clause):
        score -= 0.5
    if _ATTRIBUTIVE_RE.search(clause):
        score -= 0.5
    return score


def _entity_candidates(g: DateGrammar, sentence: str, entities: Sequence[tuple[str, int, int]],
                       published: date, future: bool) -> list[Candidate]:
    found = []
    for text, start, end in entities:
        if sentence[start:end] != text:  # offsets from another frame: find the text
            start = sentence.find(text)
            if start < 0:
                continue
            end = start + len(text)
        if _CONTINUES_RE.match(sentence, end):  # spaCy may split "the October 7" / ", 2023"
            longer = scan(g, sentence[start:end + 12], published, future, strict=False)
            longest = max(longer, key=lambda c: c.end - c.start, default=None)
            if longest is not None and longest.start < end - start < longest.end:
                found.append(Candidate(start + longest.start, start + longest.end,
                                        longest.date))
                continue
        resolved = resolve_date_expression(text, published, future=future, grammar=g)
        if resolved is not None:
            found.append(Candidate(start, end, resolved))
    return found


def find_date_in_sentence(sentence: str, published: date,
                          entities: Sequence[tuple[str, int, int]] = (), *,
                          future: bool = False,
                          grammar: DateGrammar | None = None) -> EventDate | None:
    """The date of the event a sentence states, or None if it states none.

    Args:
        sentence: One sentence.
        published: The article's publication date.
        entities: spaCy DATE entities of the sentence as (text, start, end), offsets into
            ``sentence``. Given, they are the only candidates (a caller may pass just
            the entities of the trigger's clause); absent, the sentence is scanned.
        future: The sentence is about the future ("will meet on Friday").

    Returns:
        The main clause's date (see the module docstring for how it is chosen); dates of
        implied prior contacts ("the first call since May") are left to
        :func:`find_since_expression`.

    Example:
        >>> find_date_in_sentence("The ministers met on Monday, the ministry said on "
        ...                       "Tuesday.", date(2025, 7, 2)).value
        '2025-06-30'
    """
    g = grammar or date_grammar()
    if entities:
        candidates = _entity_candidates(g, sentence, entities, published, future)
    else:
        candidates = scan(g, sentence, published, future, strict=True)
    if not candidates:
        return None
    quoted = _quoted_regions(sentence) if _QUOTE_CHAR_RE.search(sentence) else []
    kept = []
    for candidate in candidates:
        governed_by = _governed_by(g, sentence, candidate.start)
        in_quote = any(a < candidate.start < b for a, b in quoted)
        if governed_by == "prior" or (in_quote and candidate.date.rule in _NAMING_RULES):
            continue
        kept.append((candidate, governed_by, in_quote))
    if len(kept) <= 1:
        return kept[0][0].date if kept else None
    best = max(enumerate(kept), key=lambda ik: (_score(g, sentence, *ik[1]), -ik[0]))
    return best[1][0].date


def dates_in_text(text: str, published: date,
                  grammar: DateGrammar | None = None) -> list[tuple[int, int, EventDate]]:
    """Every date expression of running ``text`` that resolves, left to right, as
    (start, end, date) with character offsets into ``text`` (the strict scan of
    :func:`find_date_in_sentence`: capitalised month names, cue words before "May")."""
    g = grammar or date_grammar()
    return [(c.start, c.end, c.date) for c in scan(g, text, published, False, strict=True)]


def find_since_expression(sentence: str, published: date,
                          grammar: DateGrammar | None = None) -> EventDate | None:
    """The date of the earlier contact a sentence implies, or None.

    Args:
        sentence: One sentence, such as "It was their first call since September 2022."
        published: The article's publication date.

    Returns:
        An EventDate with rule ``since`` ("since September 2022"), ``last_contact``
        ("having last met in May 2023") or ``since_duration`` ("for the first time in
        three years": year precision, published year - 3). Whether the sentence really
        speaks of a contact ("first call", "first meeting") is for the caller to decide.

    Example:
        >>> find_since_expression("It was the first call between the two since September "
        ...                       "2022.", date(2025, 7, 1)).value
        '2022-09'
    """
    g = grammar or date_grammar()
    lowered = sentence.lower()
    if "since" not in lowered and "last" not in lowered and "previous" not in lowered \
            and "first" not in lowered:
        return None
    candidates = scan(g, sentence, published, False, strict=True)
    for rule, pattern, window in (
        ("since", _SINCE_HEAD_RE, _SINCE_WINDOW_WORDS),
        ("last_contact", g.last_contact_head_re, LAST_CONTACT_WINDOW_WORDS),
    ):
        for head in pattern.finditer(sentence):
            for c in candidates:
                if c.start < head.end():
                    continue
                between = sentence[head.end():c.start]
                if any(ch in between for ch in CLAUSE_BREAK) or len(between.split()) > window:
                    break
                text = sentence[head.start():c.end]
                return EventDate(c.date.value, c.date.precision, text, rule)
    first_in = g.first_in_re.search(sentence)
    if first_in is None:
        return None
    n, _ = read_count(g, first_in.group("n"))
    unit = first_in.group("u").lower()
    text = first_in.group("span")
    if unit == "month":
        value, precision, _ = month_value(
            *shift_month(published.year, published.month, -n), "since_duration")
    else:
        value, precision, _ = year_value(
            published.year - n * (10 if unit == "decade" else 1), "since_duration")
    return EventDate(value, precision, text, "since_duration")


@lru_cache(maxsize=8)
def _anchored_patterns(same: tuple[str, ...], following: tuple[tuple[str, int], ...],
                       units: tuple[str, ...]
                       ) -> tuple[list[re.Pattern[str]], list[tuple[re.Pattern[str], int]],
                                  re.Pattern[str] | None]:
    """The compiled expressions of :func:`anchored_offset`, once per rule set."""
    return (
        [re.compile(rf"\b{re.escape(p)}\b(?!\s+(?:of|when|that|since|being)\b)") for p in same],
        [(re.compile(rf"\b{re.escape(p)}\b"), days) for p, days in following],
        re.compile(rf"\b([a-z]+|\d+)\s+({alternation(list(units))})\s+(later|earlier)\b") if units else None,
    )


def anchored_offset(sentence: str, grammar: DateGrammar | None = None) -> int | None:
    """Whether ``sentence`` dates its event from the story's last stated date: 0 for "at
    the time", N days for "four days later" / "the next day", -N for "N days earlier" /
    "48 hours earlier"; None otherwise."""
    g = grammar or date_grammar()
    text = " ".join(sentence.lower().split())
    same, following, later = _anchored_patterns(
        g.rules.anchored_same, tuple((g.rules.anchored_next or {}).items()),
        tuple(g.rules.anchored_later_units or {}))
    for pattern in same:
        if pattern.search(text):
            return 0
    for pattern, days in following:
        if pattern.search(text):
            return days
    units = g.rules.anchored_later_units or {}
    if later is not None:
        m = later.search(text)
        if m is not None:
            try:
                count, vague = read_count(g, m.group(1))
            except KeyError:
                return None
            hours = count * units[m.group(2)]
            if not vague and hours % 24 == 0:
                # "four days later", "24 hours earlier": whole days from the last date
                return hours // 24 * (1 if m.group(3) == "later" else -1)
    return None


def counted_days(text: str, grammar: DateGrammar | None = None) -> int | None:
    """Whole days of a counted distance ("a day", "two weeks", "48 hours"), by
    ``anchored_later_units`` in date_rules.yaml; None for a vague count or part of a day."""
    g = grammar or date_grammar()
    found = _counted(g, r"([a-z]+|\d+)\s+([a-z]+)", text, g.rules.anchored_later_units or {})
    if found is None or found[0] % 24:
        return None
    return found[0] // 24


def counted_span_months(text: str, grammar: DateGrammar | None = None) -> int | None:
    """Signed months of a counted span ("two years later": 24, "three months earlier": -3),
    by ``counted_span_months`` in date_rules.yaml; None for any other text or a vague count."""
    g = grammar or date_grammar()
    found = _counted(g, r"(?:some |about |around )?([a-z]+|\d+)\s+([a-z]+)\s+(later|earlier)",
                     text, g.rules.counted_span_months or {})
    if found is None:
        return None
    months, m = found
    return months if m.group(3) == "later" else -months


def _counted(g: DateGrammar, pattern: str, text: str,
             units: dict[str, int]) -> tuple[int, re.Match[str]] | None:
    """The count (group 1 of ``pattern``) times its unit (group 2, looked up in ``units``)
    of the whole text, with the match; None for other text, an unknown unit or a vague
    count ("a few days")."""
    m = re.fullmatch(pattern, " ".join(text.lower().split()))
    if m is None or m.group(2) not in units:
        return None
    try:
        count, vague = read_count(g, m.group(1))
    except KeyError:
        return None
    return None if vague else (count * units[m.group(2)], m)


def shift_by_months(value: str, precision: str | None, months: int) -> str | None:
    """A year (``YYYY``) or month (``YYYY-MM``) moved on by ``months``; None when the date is
    finer than the span or the span is no whole number of the date's unit."""
    if precision == "year" and len(value) == 4 and months % 12 == 0:
        return str(int(value) + months // 12)
    if precision == "month" and len(value) == 7:
        year, month = shift_month(int(value[:4]), int(value[5:]), months)
        return f"{year:04d}-{month:02d}"
    return None


@lru_cache(maxsize=8)
def _before_news_day_patterns(phrases: tuple[tuple[str, int], ...]) -> list[tuple[re.Pattern[str], int]]:
    return [(re.compile(rf"\b{re.escape(p)}(?=\s*(?:[.,;:!?\"\u201d)]|$))"), days) for p, days in phrases]


def before_news_day_offset(sentence: str, grammar: DateGrammar | None = None) -> int | None:
    """Days before the story's news day a sentence places its event by a phrase standing
    alone at the end of its clause ("arrived the day before.", "said a day earlier,"):
    ``before_news_day`` in date_rules.yaml; None when it has none ("the day before the
    vote" names its own reference point)."""
    g = grammar or date_grammar()
    phrases = tuple((g.rules.before_news_day or {}).items())
    if not phrases:
        return None
    text = " ".join(sentence.lower().split())
    for pattern, days in _before_news_day_patterns(phrases):
        if pattern.search(text):
            return days
    return None


def shift_date(value: str, days: int) -> str | None:
    """``value`` (``YYYY-MM-DD``) moved on by ``days``; None for a coarser date."""
    if len(value) != 10:
        return None if days else value
    return (date.fromisoformat(value) + timedelta(days=days)).isoformat()


def publication_day_word(word: str, grammar: DateGrammar | None = None) -> bool:
    """An adverb that dates the act it modifies to the day of publication ("overnight")."""
    g = grammar or date_grammar()
    return word.lower() in g.rules.publication_day_words
