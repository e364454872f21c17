"""Resolve date expressions in news text against the article's publication date.

Three public functions, all pure and fast (one compiled regex, a cache, ``dateparser`` only
as a last resort for odd explicit formats):

- :func:`resolve_date_expression` turns one expression ("on Tuesday", "last week",
  "September 2022") into an :class:`~graphkit.model.EventDate`, or None.
- :func:`find_date_in_sentence` picks the date of the event a sentence states.
- :func:`find_since_expression` finds the date of an implied earlier contact
  ("the first call since September 2022").

The words (month names, weekdays, seasons, counts, reporting verbs...) are data in
``schema/date_rules.yaml``; the grammar that combines them is here.

Rules (``EventDate.rule`` names the one that resolved a date; ``P`` is the publication date):

=======================  ==============================================================
rule                     behaviour
=======================  ==============================================================
``explicit``             A date with its year: "5 May 2024", "May 5, 2024", "2024-05-05",
                         "05/05/2024" -> day; "September 2022", "early March 2023" -> month.
                         Numeric d/m/y dates are read month-first unless the first number
                         is over 12 (as ``dateparser`` does for English).
``inferred_year``        Day and month without a year ("on 11 September", "April 22"): the
                         latest such day not after P (the earliest not before P when
                         ``future``). Day precision.
``year``                 A bare year ("2022", "in 2022", "mid-2023", "late 2022"). Year.
``month``                A month name without a year: "in May", "back in May", "early
                         March", "a September agreement" -> the latest such month not after
                         P's month (same month allowed); "last May" / "this past May" ->
                         the latest strictly before P's month ("last August" published July
                         2025 -> 2024-08; "last July" published July 2025 -> 2024-07);
                         "next May" -> strictly after; "this May" -> P's year. Month.
``weekday``              "Tuesday", "on Tuesday", "Monday night", "late Tuesday": the latest
                         such day on or before P (published on a Tuesday, "on Tuesday" is P
                         itself); with ``future`` the earliest on or after P. "last Tuesday"
                         -> strictly before P; "next Tuesday" -> strictly after. Time-of-day
                         words keep day precision.
``today``                "today", "tonight", "this morning", "earlier today" -> P. Day.
``yesterday``            P - 1 day; ``last_night`` likewise; ``tomorrow`` P + 1 day.
``last_week``            "last week", "the previous week", "this past week": month precision
                         of P - 7 days (how the gold annotators date it).
``this_week``            "this week" -> P's month; "earlier this week" -> month of P - 1 day.
``next_week``            month of P + 7 days.
``weekend``              "over the weekend", "this weekend": month of the latest Saturday on
                         or before P ("last weekend" published on a weekend: the one before).
``last_month``           The month before P's; ``this_month`` ("this month", "earlier this
                         month") P's month; ``next_month`` the month after.
``last_year``            P's year - 1; ``this_year`` ("this year", "earlier this year") P's
                         year; ``next_year`` P's year + 1.
``ago``                  "three days ago" -> day; "a few days ago" (vague count) and "two
                         weeks ago" -> month of the day it points at; "six months ago" ->
                         month; "three years ago" / "a decade ago" -> year.
``season``               "this past winter", "last summer", "in the spring", "the summer of
                         2023": year precision (a season spans three months, which a month
                         value cannot say). Winter is December-February and takes the year
                         of its January. "last"/"this past" = the latest season that ended
                         before P's month; "this" = the one holding P's month, else the one
                         in P's year; bare = the latest begun by P (earliest not ended when
                         ``future``).
``dateparser``           Last resort for a DATE entity none of the above reads, if it names a
                         month and has a number ("2024.05.03"); precision from its parts.
=======================  ==============================================================

Not dates (None): durations ("four months", "for many years", "decades", "the past week",
"recent months", "in three years"), decades ("the 1990s": a ten-year span has no value at
any of our precisions), and anaphoric dates ("the next day", "that day", "the same week"),
which are relative to the story's own timeline, not to P.

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

Speed (2-core machine under load from other jobs, so upper bounds): a sentence with no
date word about 5 µs; a full sentence scan about 20 µs on average over real article
sentences (up to ~100 µs for long ones full of numbers); ``find_since_expression`` about
5 µs; ``resolve_date_expression`` about 0.3 µs cached, 13 µs uncached. ``dateparser`` is
imported only if its fallback is ever needed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graphkit.model import DatePrecision, EventDate
from graphkit.resources import schema_file

__all__ = [
    "dates_in_text",
    "find_date_in_sentence",
    "find_since_expression",
    "load_date_rules",
    "resolve_date_expression",
]


_SINCE_WINDOW_WORDS = 7
_LAST_CONTACT_WINDOW_WORDS = 8


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class DateRules:
    """The lexicons of ``schema/date_rules.yaml``."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    seasons: dict[str, tuple[int, ...]]
    times_of_day: tuple[str, ...]
    numbers: dict[str, int]
    vague_numbers: dict[str, int]
    month_cues: tuple[str, ...]
    reporting_verbs: tuple[str, ...]
    subordinators: tuple[str, ...]
    last_contact_verbs: tuple[str, ...]
    last_contact_nouns: tuple[str, ...]
    quantity_nouns: tuple[str, ...]
    quantity_qualifiers: tuple[str, ...] = ()
    anchored_same: tuple[str, ...] = ()
    anchored_later_units: dict[str, int] | None = None
    anchored_next: dict[str, int] | None = None
    publication_day_words: frozenset[str] = frozenset()
    # the words of the event-dating rule (graphkit.extract.dating)
    event_context_nouns: frozenset[str] = frozenset()
    vague_earlier_words: frozenset[str] = frozenset()
    vague_span_units: frozenset[str] = frozenset()
    temporal_marks: frozenset[str] = frozenset()
    simultaneous_marks: frozenset[str] = frozenset()
    today_words: frozenset[str] = frozenset()
    news_day_lookback: int = 0
    lead_date_max_age: int | None = None
    # an event dated this many calendar years before the article is background
    background_years: int | None = None
    before_news_day: dict[str, int] | None = None


def _word_set(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in raw.get(key) or ())


def load_date_rules(path: Path) -> DateRules:
    """Read the date lexicons from a ``date_rules.yaml`` at ``path``."""
    raw: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return DateRules(
        months={k.lower(): int(v) for k, v in raw["months"].items()},
        month_abbreviations={k.lower(): int(v)
                             for k, v in raw["month_abbreviations"].items()},
        ambiguous_months=frozenset(m.lower() for m in raw["ambiguous_months"]),
        weekdays={k.lower(): int(v) for k, v in raw["weekdays"].items()},
        weekday_abbreviations={k.lower(): int(v)
                               for k, v in raw["weekday_abbreviations"].items()},
        seasons={k.lower(): tuple(v) for k, v in raw["seasons"].items()},
        times_of_day=tuple(raw["times_of_day"]),
        numbers={k.lower(): int(v) for k, v in raw["numbers"].items()},
        vague_numbers={k.lower(): int(v) for k, v in raw["vague_numbers"].items()},
        month_cues=tuple(raw["month_cues"]),
        reporting_verbs=tuple(raw["reporting_verbs"]),
        subordinators=tuple(raw["subordinators"]),
        last_contact_verbs=tuple(raw["last_contact_verbs"]),
        last_contact_nouns=tuple(raw["last_contact_nouns"]),
        quantity_nouns=tuple(raw["quantity_nouns"]),
        quantity_qualifiers=tuple(str(w).lower() for w in raw.get("quantity_qualifiers") or ()),
        anchored_same=tuple(str(w).lower() for w in raw.get("anchored_same") or ()),
        anchored_later_units={str(k).lower(): int(v)
                              for k, v in (raw.get("anchored_later_units") or {}).items()},
        anchored_next={str(k).lower(): int(v) for k, v in (raw.get("anchored_next") or {}).items()},
        publication_day_words=_word_set(raw, "publication_day_words"),
        event_context_nouns=_word_set(raw, "event_context_nouns"),
        vague_earlier_words=_word_set(raw, "vague_earlier_words"),
        vague_span_units=_word_set(raw, "vague_span_units"),
        temporal_marks=_word_set(raw, "temporal_marks"),
        simultaneous_marks=_word_set(raw, "simultaneous_marks"),
        today_words=_word_set(raw, "today_words"),
        news_day_lookback=int(raw.get("news_day_lookback_days") or 0),
        lead_date_max_age=(int(raw["lead_date_max_age_days"])
                           if raw.get("lead_date_max_age_days") is not None else None),
        before_news_day={str(k).lower(): int(v) for k, v in (raw.get("before_news_day") or {}).items()},
        background_years=(int(raw["background_years"]) if raw.get("background_years") is not None
                          else None),
    )


def _alt(words: Sequence[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


_PART = (r"(?:(?:early|late|mid|the\s+(?:very\s+)?(?:beginning|start|end|middle)\s+of|"
         r"the\s+(?:first|second|third|fourth|last)\s+(?:half|quarter|week|weeks|days)\s+of)"
         r"(?:\s+|\s*-\s*))?")

_SEASON_CUE_RE = re.compile(r"\b(?:in|during|over|since|until|by|through|throughout|of)\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)
_PREPOSITION_RE = re.compile(r"\b(?:on|in|at|during|by|from|back\s+in|as\s+of|since)\s+$",
                             re.IGNORECASE)
_CLAUSE_BREAK = ".;:!?,()[]—–"
_WORD_IN_CLAUSE = rf"(?:\s+[^\s{re.escape(_CLAUSE_BREAK)}]+)"
_SINCE_RE = re.compile(rf"\bsince\b{_WORD_IN_CLAUSE}{{0,{_SINCE_WINDOW_WORDS}}}\s*$",
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
_AMOUNT_BEFORE_RE = re.compile(r"[\d$€£¥][.,]?\s*$")
_WORD_RE = re.compile(r"\w+")
_LOOKBACK_WORDS = 6  # "the first half of May", "just over a year ago"


# "December 8-9, 2015", "8-9 December": a span of days is dated by its first day
_DAY_RANGE = r"(?:\s*[-–]\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b)?"


# "late Aug. 11", "early on March 3": a part of a day before a month and day is still that day
_DAY_PART = r"(?:(?:early|late)\s+(?:on\s+)?)?"


def _day(name: str) -> str:
    return rf"(?P<{name}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"


def _year(name: str) -> str:
    return rf"(?P<{name}>(?:1[89]|20)\d\d|['’]\d\d)\b"


def _to_year(text: str) -> int:
    """``"2024"`` -> 2024; ``"'24"`` -> 2024 (a two-digit year is read as this century)."""
    return 2000 + int(text[1:]) if text[0] in "'’" else int(text)


class DateGrammar:
    """The compiled grammar of one set of date lexicons (``date_rules.yaml``): the regular
    expressions and word sets every function of this module reads. Built once per rule
    file (see :func:`date_grammar`), never at import."""

    def __init__(self, rules: DateRules) -> None:
        self.rules = rules
        _R = rules
        self.month_words = _MONTH_WORDS = {**_R.months, **_R.month_abbreviations}
        self.weekday_words = _WEEKDAY_WORDS = {**_R.weekdays, **_R.weekday_abbreviations}
        self.counts = _COUNTS = {**_R.numbers, **_R.vague_numbers}
        # Full names end at a word boundary; abbreviations may carry their dot ("Dec.").
        self.mon = _MON = rf"(?:{_alt(_R.months)}\b|{_alt(_R.month_abbreviations)}(?:\.|\b))"
        self.wd = _WD = rf"(?:{_alt(_R.weekdays)}\b|{_alt(_R.weekday_abbreviations)}(?:\.|\b))"
        self.tod = _TOD = _alt(_R.times_of_day)
        self.num = _NUM = rf"(?:\d{{1,3}}|{_alt(_COUNTS)})"
        self.wd_prefix = _WD_PREFIX = rf"(?:{_WD},?\s+(?:the\s+)?)?"
        # "some", "more than", "just over": an optional qualifier before a count, in the
        # file's order
        _QUAL = r"(?:(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                     for w in _R.quantity_qualifiers) + r")\s+)?"

        def _month(name: str) -> str:
            return rf"(?P<{name}>{_MON})"

        # One alternative per expression shape; at each position the first that matches wins, so
        # longer shapes come first. The outer group's name is the handler (see _resolve_match).
        _ALTERNATIVES = [
            r"(?P<iso>\b(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b)",
            r"(?P<num>\b(?P<num_a>\d{1,2})[/.](?P<num_b>\d{1,2})[/.](?P<num_y>\d{4})\b)",
            rf"(?P<dmy>\b{_WD_PREFIX}(?:the\s+)?{_day('dmy_d')}{_DAY_RANGE}(?:\s+of)?\s+{_month('dmy_m')},?\s+"
            rf"{_year('dmy_y')})",
            rf"(?P<mdy>\b{_WD_PREFIX}{_DAY_PART}{_month('mdy_m')}\s+(?:the\s+)?{_day('mdy_d')}{_DAY_RANGE},?\s+"
            rf"{_year('mdy_y')})",
            rf"(?P<dm>\b{_WD_PREFIX}(?:the\s+)?{_day('dm_d')}{_DAY_RANGE}(?:\s+of)?\s+{_month('dm_m')})",
            rf"(?P<md>\b{_WD_PREFIX}{_DAY_PART}{_month('md_m')}\s+(?:the\s+)?{_day('md_d')}{_DAY_RANGE}(?!\s*,?\s*\d))",
            rf"(?P<my>\b{_PART}{_month('my_m')},?\s+(?:of\s+)?{_year('my_y')})",
            rf"(?P<ago>\b{_QUAL}(?P<ago_n>{_NUM})\s+(?P<ago_u>day|week|month|year|decade)s?\s+ago\b)",
            r"(?P<ru>\b(?:(?P<ru_pre>earlier|later|early|late|the\s+(?:beginning|start|end|middle)"
            r"\s+of|the\s+(?:first|second)\s+half\s+of)\s+)?(?P<ru_rel>last|this|next|previous|"
            r"the\s+previous|this\s+past|this\s+coming|the\s+coming|the\s+past)\s+"
            r"(?P<ru_u>week|month|year)\b)",
            r"(?P<we>\b(?:(?P<we_rel>last|this|next|this\s+past|the\s+past|the\s+previous|"
            r"this\s+coming|the\s+coming)|the)\s+weekend\b)",
            rf"(?P<dw>\b(?:(?:earlier|later|early|late)\s+)?(?P<dw_w>yesterday|today|tonight|"
            rf"tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b(?:\s+{_TOD}\b)?)",
            rf"(?P<wd>\b(?:(?P<wd_rel>last|this|next|this\s+past|this\s+coming|past|coming)\s+)?"
            rf"(?:(?:early|late|earlier|later)\s+(?:on\s+)?)?(?P<wd_w>{_WD})(?:['’]s\b)?"
            rf"(?:\s+{_TOD}\b)?)",
            rf"(?P<se>\b(?:(?P<se_rel>last|this|next|this\s+past|past|the\s+coming|this\s+coming)"
            rf"\s+|the\s+)?(?:(?:early|late|mid)(?:\s+|\s*-\s*))?(?P<se_w>spring|summer|autumn|"
            rf"fall|winter)\b(?:\s+(?:of\s+)?{_year('se_y')})?)",
            rf"(?P<rm>\b(?:(?P<rm_rel>last|this|next|this\s+past|this\s+coming|past)\s+)?"
            rf"(?P<rm_part>{_PART}){_month('rm_m')})",
            rf"(?P<yr>\b(?<![$€£¥])(?P<yr_part>{_PART})(?:the\s+year\s+)?{_year('yr_y')}"
            r"(?![.,]\d|\s*%|['’]?s\b))",
        ]
        self.date_re = re.compile("|".join(_ALTERNATIVES), re.IGNORECASE)
        self.month_cue_re = re.compile(
            rf"(?:\b{_alt(_R.month_cues)}\s+(?:the\s+)?|\bback\s+in\s+)$", re.IGNORECASE)
        self.quantity_re = re.compile(rf"\s+(?:[a-z-]+\s+)?{_alt(_R.quantity_nouns)}\b",
                                      re.IGNORECASE)
        self.last_contact_head_re = re.compile(
            rf"\b(?:(?:last|previously)\s+{_alt(_R.last_contact_verbs)}|"
            rf"(?:last|previous)\s+{_alt(_R.last_contact_nouns)})\b", re.IGNORECASE)
        self.last_contact_re = re.compile(  # verbs only, see _governed_by
            rf"\b(?:last|previously)\s+{_alt(_R.last_contact_verbs)}\b"
            rf"{_WORD_IN_CLAUSE}{{0,{_LAST_CONTACT_WINDOW_WORDS}}}\s*$", re.IGNORECASE)
        self.reported_re = re.compile(
            rf"\b{_alt(_R.reporting_verbs)}\b(?:\s+[^\s,;.]+){{0,4}}\s*$", re.IGNORECASE)
        self.subordinate_re = re.compile(rf"\b{_alt(_R.subordinators)}\b", re.IGNORECASE)
        self.first_in_re = re.compile(
            rf"\bfirst\b.*?(?P<span>\bin\s+(?:the\s+(?:past|last)\s+)?{_QUAL}(?P<n>{_NUM})\s+"
            r"(?P<u>year|decade|month)s?)\b", re.IGNORECASE | re.DOTALL)
        # Every expression the grammar knows holds one of these words (or a number): the
        # scan looks for them first and tries the big regex only from a few words before.
        self.anchor_words = frozenset(
            [*_MONTH_WORDS, *_WEEKDAY_WORDS, *_R.seasons, *_R.times_of_day, "yesterday", "today",
             "tonight", "tomorrow", "week", "weekend", "month", "year", "ago"])
        # The words an expression can begin with: the scan tries the regex only at these.
        self.starter_words = self.anchor_words | frozenset(
            [*_R.numbers, *(v.split()[0] for v in _R.vague_numbers), "the", "this", "last",
             "next", "early", "late", "mid", "earlier", "later", "previous", "past", "coming",
             *(q.split()[0] for q in _R.quantity_qualifiers)])
        self.odd_format_re = re.compile(rf"\d.*\b{_MON}\b|\b{_MON}\b.*\d|\d+[./-]\d+[./-]\d+",
                                        re.IGNORECASE)


@lru_cache(maxsize=8)
def date_grammar(path: Path | None = None) -> DateGrammar:
    """The grammar of ``path`` (default: the project's ``schema/date_rules.yaml``), built on
    first use and kept."""
    return DateGrammar(load_date_rules(path or schema_file("date_rules.yaml")))


# --------------------------------------------------------------------------- calendar


def _day_value(d: date, rule: str) -> tuple[str, DatePrecision, str]:
    return d.isoformat(), "day", rule


def _month_value(year: int, month: int, rule: str) -> tuple[str, DatePrecision, str]:
    return f"{year:04d}-{month:02d}", "month", rule


def _year_value(year: int, rule: str) -> tuple[str, DatePrecision, str]:
    return f"{year:04d}", "year", rule


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_year(month: int, published: date, mode: str) -> int:
    """The year of ``month`` nearest to ``published`` in the direction ``mode`` says.

    ``not_after``: latest not after P's month; ``before``: strictly before;
    ``not_before``: earliest not before; ``after``: strictly after; ``same``: P's year.
    """
    current = published.month
    if mode == "not_after":
        return published.year if month <= current else published.year - 1
    if mode == "before":
        return published.year if month < current else published.year - 1
    if mode == "not_before":
        return published.year if month >= current else published.year + 1
    if mode == "after":
        return published.year if month > current else published.year + 1
    return published.year


def _day_month_date(day: int, month: int, published: date, future: bool) -> date | None:
    """The latest (``future``: earliest) valid day/month not after (before) publication."""
    years = (published.year, published.year + 1, published.year + 2) if future else (
        published.year, published.year - 1, published.year - 2)
    for year in years:
        candidate = _safe_date(year, month, day)
        if candidate is None:
            continue
        if (candidate >= published) if future else (candidate <= published):
            return candidate
    return None


def _weekday_date(weekday: int, published: date, rel: str, future: bool) -> date:
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if rel in ("last", "past", "this past"):
        return published - timedelta(days=back or 7)
    if rel in ("next", "coming", "this coming"):
        return published + timedelta(days=ahead or 7)
    return published + timedelta(days=ahead) if future else published - timedelta(days=back)


def _season_year(months: tuple[int, ...], rel: str, published: date, future: bool) -> int:
    """The anchor year (winter: its January's) of the season occurrence ``rel`` points at."""
    wraps = months[0] > months[-1]

    def span(anchor: int) -> tuple[tuple[int, int], tuple[int, int]]:
        first = (anchor - 1, months[0]) if wraps else (anchor, months[0])
        return first, (anchor, months[-1])

    now = (published.year, published.month)
    anchors = range(published.year - 2, published.year + 3)
    if rel in ("last", "past", "this past"):
        return max(a for a in anchors if span(a)[1] < now)
    if rel in ("next", "the coming", "this coming"):
        return min(a for a in anchors if span(a)[0] > now)
    if rel == "this":
        holding = [a for a in anchors if span(a)[0] <= now <= span(a)[1]]
        return holding[0] if holding else published.year
    if future:
        return min(a for a in anchors if span(a)[1] >= now)
    return max(a for a in anchors if span(a)[0] <= now)


def _count(g: DateGrammar, word: str) -> tuple[int, bool]:
    """``"three"`` -> (3, False); ``"a few"`` -> (3, True): the count and whether vague."""
    key = " ".join(word.lower().split())
    if key.isdigit():
        return int(key), False
    if key in g.rules.vague_numbers:
        return g.rules.vague_numbers[key], True
    return g.rules.numbers[key], False


def _word(lexicon: dict[str, int], word: str) -> int:
    """Look up a month or weekday name as matched ("Dec." -> 12)."""
    return lexicon[word.rstrip(".").lower()]


def _rel(value: str | None) -> str:
    return " ".join(value.lower().split()) if value else ""


# --------------------------------------------------------------------------- matching


def _resolve_match(grammar: DateGrammar, m: re.Match[str], published: date,
                   future: bool) -> tuple[str, DatePrecision, str] | None:
    """Value, precision and rule of one ``DateGrammar.date_re`` match, or None if it is no date."""
    kind = m.lastgroup
    g = m.group
    if kind == "iso":
        d = _safe_date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
        return _day_value(d, "explicit") if d else None
    if kind == "num":
        a, b = int(g("num_a")), int(g("num_b"))
        month, day = (b, a) if a > 12 else (a, b)
        d = _safe_date(int(g("num_y")), month, day)
        return _day_value(d, "explicit") if d else None
    if kind in ("dmy", "mdy"):
        d = _safe_date(_to_year(g(f"{kind}_y")), _word(grammar.month_words, g(f"{kind}_m")),
                       int(g(f"{kind}_d")))
        return _day_value(d, "explicit") if d else None
    if kind in ("dm", "md"):
        d = _day_month_date(int(g(f"{kind}_d")), _word(grammar.month_words, g(f"{kind}_m")),
                            published, future)
        return _day_value(d, "inferred_year") if d else None
    if kind == "my":
        return _month_value(_to_year(g("my_y")), _word(grammar.month_words, g("my_m")), "explicit")
    if kind == "yr":
        return _year_value(_to_year(g("yr_y")), "year")
    if kind == "rm":
        month = _word(grammar.month_words, g("rm_m"))
        rel = _rel(g("rm_rel"))
        mode = {"last": "before", "past": "before", "this past": "before", "next": "after",
                "this coming": "after", "this": "same"}.get(
                    rel, "not_before" if future else "not_after")
        return _month_value(_month_year(month, published, mode), month, "month")
    if kind == "wd":
        weekday = _word(grammar.weekday_words, g("wd_w"))
        return _day_value(_weekday_date(weekday, published, _rel(g("wd_rel")), future),
                          "weekday")
    if kind == "dw":
        word = _rel(g("dw_w"))
        if word == "yesterday":
            return _day_value(published - timedelta(days=1), "yesterday")
        if word == "last night":
            return _day_value(published - timedelta(days=1), "last_night")
        if word == "tomorrow":
            return _day_value(published + timedelta(days=1), "tomorrow")
        return _day_value(published, "today")
    if kind == "ru":
        return _resolve_relative_unit(_rel(g("ru_rel")), g("ru_u").lower(),
                                      _rel(g("ru_pre")), published)
    if kind == "we":
        rel = _rel(g("we_rel"))
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        if rel in ("last", "the previous") and published.weekday() >= 5:
            saturday -= timedelta(days=7)
        elif rel in ("next", "this coming", "the coming") or (future and rel != "the past"):
            saturday = published + timedelta(days=(5 - published.weekday()) % 7 or 7)
        return _month_value(saturday.year, saturday.month, "weekend")
    if kind == "ago":
        return _resolve_ago(grammar, g("ago_n"), g("ago_u").lower(), published)
    if kind == "se":
        if g("se_y"):
            return _year_value(_to_year(g("se_y")), "season")
        months = grammar.rules.seasons[g("se_w").lower()]
        return _year_value(_season_year(months, _rel(g("se_rel")), published, future),
                           "season")
    return None


def _resolve_relative_unit(rel: str, unit: str, pre: str,
                           published: date) -> tuple[str, DatePrecision, str] | None:
    if rel == "the past":
        return None  # "the past week/month/year" is a duration
    step = {"last": -1, "previous": -1, "the previous": -1, "this past": -1, "this": 0,
            "next": 1, "this coming": 1, "the coming": 1}[rel]
    name = {-1: "last", 0: "this", 1: "next"}[step]
    if unit == "week":
        if step == 0:
            anchor = published - timedelta(days=1) if pre == "earlier" else published
        else:
            anchor = published + timedelta(days=7 * step)
        return _month_value(anchor.year, anchor.month, f"{name}_week")
    if unit == "month":
        year, month = _shift_month(published.year, published.month, step)
        return _month_value(year, month, f"{name}_month")
    return _year_value(published.year + step, f"{name}_year")


def _resolve_ago(g: DateGrammar, number: str, unit: str,
                 published: date) -> tuple[str, DatePrecision, str] | None:
    n, vague = _count(g, number)
    if unit == "day":
        d = published - timedelta(days=n)
        return _month_value(d.year, d.month, "ago") if vague else _day_value(d, "ago")
    if unit == "week":
        d = published - timedelta(days=7 * n)
        return _month_value(d.year, d.month, "ago")
    if unit == "month":
        return _month_value(*_shift_month(published.year, published.month, -n), "ago")
    return _year_value(published.year - n * (10 if unit == "decade" else 1), "ago")


def _plausible_in_text(g: DateGrammar, sentence: str, m: re.Match[str]) -> bool:
    """Running-text checks that a DATE entity's own text does not need."""
    kind = m.lastgroup
    for name in (f"{kind}_m", "wd_w"):
        word = m.groupdict().get(name)
        if word and not word[0].isupper():
            return False
    if kind == "wd" and m.group("wd_w").lower() not in g.rules.weekdays:  # "Sat", "Sun"
        return False
    prefix = sentence[max(0, m.start() - 24):m.start()]
    if kind == "rm":
        month = m.group("rm_m").lower()
        if month not in g.rules.months:  # (abbreviations keep their dot, so never match here)
            return False  # an abbreviation counts only next to a day or a year
        if (month in g.rules.ambiguous_months and not m.group("rm_rel")
                and not m.group("rm_part") and not g.month_cue_re.search(prefix)):
            return False
    if kind == "se" and not m.group("se_rel") and not m.group("se_y") and (
            m.group("se_w").lower() == "fall" or not _SEASON_CUE_RE.search(
                prefix + m.group(0)[:m.start("se_w") - m.start()])):
        return False
    if kind == "yr" and not m.group("yr_part"):
        if g.quantity_re.match(sentence, m.end()):
            return False
        if _AMOUNT_BEFORE_RE.search(sentence, max(0, m.start() - 2), m.start()):
            return False
    return True


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    date: EventDate


def _scan(g: DateGrammar, text: str, published: date, future: bool, strict: bool) -> list[_Candidate]:
    """Every date expression in ``text`` that resolves, left to right."""
    found: list[_Candidate] = []
    words = _WORD_RE.findall(text)
    if not any(_is_anchor(g, w) for w in words):
        return found
    spans = [w.span() for w in _WORD_RE.finditer(text)]
    covered = 0
    for i, (anchor_start, anchor_end) in enumerate(spans):
        if anchor_start < covered or not _is_anchor(g, words[i]):
            continue
        first = max(0, i - _LOOKBACK_WORDS)
        for j, (start, _) in enumerate(spans[first:i + 1], first):
            if start < covered or not (j == i or words[j][0].isdigit()
                                       or words[j].lower() in g.starter_words):
                continue
            m = g.date_re.match(text, start)
            if m is None or m.end() < anchor_end:
                continue
            covered = m.end()
            candidate = _candidate(g, text, m, published, future, strict)
            if candidate is not None:
                found.append(candidate)
            break
    return found


def _is_anchor(g: DateGrammar, word: str) -> bool:
    """A word every expression holds one of: a month, weekday, unit... or a year number.

    Other numbers need not anchor: a day number sits next to its month ("5 May"), a count
    before its "ago", and a numeric date ends in its four-digit year.
    """
    if word[0].isdigit():
        return len(word) == 4 and word.isdigit() and 1800 <= int(word) <= 2099
    return word.lower() in g.anchor_words


def _candidate(g: DateGrammar, text: str, m: re.Match[str], published: date, future: bool,
               strict: bool) -> _Candidate | None:
    if strict and not _plausible_in_text(g, text, m):
        return None
    resolved = _resolve_match(g, m, published, future)
    if resolved is None:
        return None
    start = m.start()
    if strict:
        preposition = _PREPOSITION_RE.search(text, max(0, start - 12), start)
        if preposition and not preposition.group(0).lower().startswith("since"):
            start = preposition.start()
    value, precision, rule = resolved
    return _Candidate(m.start(), m.end(), EventDate(value, precision, text[start:m.end()], rule))


# --------------------------------------------------------------------------- public API


def resolve_date_expression(text: str, published: date, *, future: bool = False,
                            grammar: DateGrammar | None = None) -> EventDate | None:
    """Resolve one date expression against the publication date.

    Args:
        text: One expression, as spaCy gives a DATE entity ("Tuesday", "on Tuesday",
            "last week", "5 May 2024", "three years ago").
        published: The article's publication date, the anchor of relative expressions.
        future: The sentence is about the future ("will meet on Friday"): undated days
            and months resolve forwards instead of backwards.

    Returns:
        An EventDate (value, precision, the stripped ``text``, rule), or None when the
        text is not a point or period in time (durations, decades, "the next day").

    Example:
        >>> resolve_date_expression("on Tuesday", date(2025, 7, 2))
        EventDate(value='2025-07-01', precision='day', text='on Tuesday', rule='weekday')
    """
    g = grammar or date_grammar()
    return _resolve_cached(g, " ".join(text.split()), published, future)


@lru_cache(maxsize=65536)
def _resolve_cached(g: DateGrammar, text: str, published: date, future: bool) -> EventDate | None:
    candidates = _scan(g, text, published, future, strict=False)
    if candidates:
        best = max(candidates, key=lambda c: (c.end - c.start, -c.start))
        return EventDate(best.date.value, best.date.precision, text, best.date.rule)
    if g.date_re.search(text):  # the grammar read it and said no ("31 February 2024")
        return None
    return _dateparser_fallback(g, text, published, future)


def _dateparser_fallback(g: DateGrammar, text: str, published: date, future: bool) -> EventDate | None:
    """``dateparser`` for explicit formats the grammar misses; precision from the parts."""
    if not g.odd_format_re.search(text):
        return None
    import dateparser  # slow to import; most runs never get here

    numbers = [int(n) for n in re.findall(r"\d+", text)]
    has_year = any(n >= 1800 for n in numbers) or bool(re.search(r"['’]\d\d\b", text))
    numeric = bool(re.search(r"\d+[./-]\d+[./-]\d+", text))
    has_day = numeric or any(1 <= n <= 31 for n in numbers)
    parsed = dateparser.parse(text, languages=["en"], settings={
        "RELATIVE_BASE": datetime(published.year, published.month, published.day),
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    })
    if parsed is None:
        return None
    if has_day:
        return EventDate(parsed.date().isoformat(), "day", text, "dateparser")
    if has_year:
        return EventDate(f"{parsed.year:04d}-{parsed.month:02d}", "month", text, "dateparser")
    return None


def _clause_before(sentence: str, start: int, width: int = 90) -> str:
    """The text of ``start``'s clause before it: back to the last clause punctuation."""
    before = sentence[max(0, start - width):start]
    cut = max(before.rfind(ch) for ch in _CLAUSE_BREAK)
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


def _score(g: DateGrammar, sentence: str, candidate: _Candidate, governed_by: str | None,
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
                       published: date, future: bool) -> list[_Candidate]:
    found = []
    for text, start, end in entities:
        if sentence[start:end] != text:  # offsets from another frame: find the text
            start = sentence.find(text)
            if start < 0:
                continue
            end = start + len(text)
        if _CONTINUES_RE.match(sentence, end):  # spaCy may split "the October 7" / ", 2023"
            longer = _scan(g, sentence[start:end + 12], published, future, strict=False)
            longest = max(longer, key=lambda c: c.end - c.start, default=None)
            if longest is not None and longest.start < end - start < longest.end:
                found.append(_Candidate(start + longest.start, start + longest.end,
                                        longest.date))
                continue
        resolved = resolve_date_expression(text, published, future=future, grammar=g)
        if resolved is not None:
            found.append(_Candidate(start, end, resolved))
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
        candidates = _scan(g, sentence, published, future, strict=True)
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
    return [(c.start, c.end, c.date) for c in _scan(g, text, published, False, strict=True)]


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
    candidates = _scan(g, sentence, published, False, strict=True)
    for rule, pattern, window in (
        ("since", _SINCE_HEAD_RE, _SINCE_WINDOW_WORDS),
        ("last_contact", g.last_contact_head_re, _LAST_CONTACT_WINDOW_WORDS),
    ):
        for head in pattern.finditer(sentence):
            for c in candidates:
                if c.start < head.end():
                    continue
                between = sentence[head.end():c.start]
                if any(ch in between for ch in _CLAUSE_BREAK) or len(between.split()) > window:
                    break
                text = sentence[head.start():c.end]
                return EventDate(c.date.value, c.date.precision, text, rule)
    first_in = g.first_in_re.search(sentence)
    if first_in is None:
        return None
    n, _ = _count(g, first_in.group("n"))
    unit = first_in.group("u").lower()
    text = first_in.group("span")
    if unit == "month":
        value, precision, _ = _month_value(
            *_shift_month(published.year, published.month, -n), "since_duration")
    else:
        value, precision, _ = _year_value(
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
        re.compile(rf"\b([a-z]+|\d+)\s+({_alt(list(units))})\s+later\b") if units else None,
    )


def anchored_offset(sentence: str, grammar: DateGrammar | None = None) -> int | None:
    """Whether ``sentence`` dates its event from the story's last stated date: 0 for "at
    the time", N days for "four days later" / "the next day"; None otherwise."""
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
                count, vague = _count(g, m.group(1))
            except KeyError:
                return None
            if not vague:
                return count * units[m.group(2)]
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
