"""The date lexicons and the grammar compiled from them.

:class:`DateRules` holds the words of ``schema/date_rules.yaml`` (month names, weekdays,
seasons, counts, reporting verbs...) as :func:`load_date_rules` reads them;
:class:`DateGrammar` compiles them into the regular expressions and word sets that
:mod:`graphkit.extract.date_expressions` (reading one expression against the publication
date) and :mod:`graphkit.extract.sentence_dates` (choosing a sentence's date) match with.
:func:`date_grammar` builds the project's grammar on first use and keeps it: importing this
module reads no file.

How the dates these modules find become an event's date is
:mod:`graphkit.extract.dating` (event dating).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from graphkit.resources import load_yaml, schema_file

__all__ = [
    "CLAUSE_BREAK",
    "LAST_CONTACT_WINDOW_WORDS",
    "WORD_IN_CLAUSE",
    "DateGrammar",
    "DateRules",
    "alternation",
    "date_grammar",
    "load_date_rules",
]


LAST_CONTACT_WINDOW_WORDS = 8


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
    counted_span_months: dict[str, int] | None = None
    publication_day_words: frozenset[str] = frozenset()
    # the words of the event-dating rule (graphkit.extract.dating)
    event_context_nouns: frozenset[str] = frozenset()
    vague_earlier_words: frozenset[str] = frozenset()
    event_days: frozenset[str] = frozenset()
    vague_span_units: frozenset[str] = frozenset()
    temporal_marks: frozenset[str] = frozenset()
    since_marks: frozenset[str] = frozenset()
    absolute_preps: frozenset[str] = frozenset()
    simultaneous_marks: frozenset[str] = frozenset()
    prior_marks: frozenset[str] = frozenset()
    end_bound_marks: frozenset[str] = frozenset()
    own_date_clauses: frozenset[str] = frozenset()
    start_marks: frozenset[str] = frozenset()
    passing_clauses: frozenset[str] = frozenset()
    deadline_marks: frozenset[str] = frozenset()
    distance_marks: frozenset[str] = frozenset()
    entity_openers: frozenset[str] = frozenset()
    future_modals: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    setting_preps: frozenset[str] = frozenset()
    participle_settings: frozenset[str] = frozenset()
    document_determiners: frozenset[str] = frozenset()
    today_words: frozenset[str] = frozenset()
    news_day_lookback: int = 0
    # the weekday that moves the news day back must be named within this many sentences
    news_day_weekday_sentences: int | None = None
    lead_date_max_age: int | None = None
    # a lead date of a month or year already gone is background, whatever its age
    lead_gone_period_is_background: bool = False
    # the only verbs of a filing stamp line ("Published: ...", "3 min read")
    stamp_verbs: frozenset[str] = frozenset()
    # an event dated this many calendar years before the article is background
    background_years: int | None = None
    before_news_day: dict[str, int] | None = None
    vague_distance_days: dict[str, int] | None = None


def _word_set(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in raw.get(key) or ())


def load_date_rules(path: Path) -> DateRules:
    """Read the date lexicons from a ``date_rules.yaml`` at ``path``."""
    raw: dict[str, Any] = load_yaml(path.read_text(encoding="utf-8"))
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
        counted_span_months={str(k).lower(): int(v)
                             for k, v in (raw.get("counted_span_months") or {}).items()},
        publication_day_words=_word_set(raw, "publication_day_words"),
        event_context_nouns=_word_set(raw, "event_context_nouns"),
        vague_earlier_words=_word_set(raw, "vague_earlier_words"),
        event_days=_word_set(raw, "event_days"),
        vague_span_units=_word_set(raw, "vague_span_units"),
        temporal_marks=_word_set(raw, "temporal_marks"),
        since_marks=_word_set(raw, "since_marks"),
        absolute_preps=_word_set(raw, "absolute_preps"),
        simultaneous_marks=_word_set(raw, "simultaneous_marks"),
        prior_marks=_word_set(raw, "prior_marks"),
        end_bound_marks=_word_set(raw, "end_bound_marks"),
        own_date_clauses=_word_set(raw, "own_date_clauses"),
        start_marks=_word_set(raw, "start_marks"),
        passing_clauses=_word_set(raw, "passing_clauses"),
        deadline_marks=_word_set(raw, "deadline_marks"),
        distance_marks=_word_set(raw, "distance_marks"),
        entity_openers=_word_set(raw, "entity_openers"),
        future_modals=_word_set(raw, "future_modals"),
        document_nouns=_word_set(raw, "document_nouns"),
        setting_preps=_word_set(raw, "setting_preps"),
        participle_settings=_word_set(raw, "participle_settings"),
        document_determiners=_word_set(raw, "document_determiners"),
        today_words=_word_set(raw, "today_words"),
        news_day_lookback=int(raw.get("news_day_lookback_days") or 0),
        news_day_weekday_sentences=(int(raw["news_day_weekday_sentences"])
                                    if raw.get("news_day_weekday_sentences") is not None else None),
        lead_date_max_age=(int(raw["lead_date_max_age_days"])
                           if raw.get("lead_date_max_age_days") is not None else None),
        lead_gone_period_is_background=bool(raw.get("lead_gone_period_is_background")),
        stamp_verbs=_word_set(raw, "stamp_verbs"),
        before_news_day={str(k).lower(): int(v) for k, v in (raw.get("before_news_day") or {}).items()},
        vague_distance_days={str(k).lower(): int(v)
                             for k, v in (raw.get("vague_distance_days") or {}).items()},
        background_years=(int(raw["background_years"]) if raw.get("background_years") is not None
                          else None),
    )


def alternation(words: Sequence[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


_PART = (r"(?:(?:early|late|mid|the\s+(?:very\s+)?(?:beginning|start|end|middle)\s+of|"
         r"the\s+(?:first|second|third|fourth|last)\s+(?:half|quarter|week|weeks|days)\s+of)"
         r"(?:\s+|\s*-\s*))?")

CLAUSE_BREAK = ".;:!?,()[]—–"
WORD_IN_CLAUSE = rf"(?:\s+[^\s{re.escape(CLAUSE_BREAK)}]+)"


# "December 8-9, 2015", "8-9 December": a span of days is dated by its first day
_DAY_RANGE = r"(?:\s*[-–]\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b)?"


# "late Aug. 11", "early on March 3": a part of a day before a month and day is still that day
_DAY_PART = r"(?:(?:early|late)\s+(?:on\s+)?)?"


def _day(name: str) -> str:
    return rf"(?P<{name}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"


def _year(name: str) -> str:
    return rf"(?P<{name}>(?:1[89]|20)\d\d|['’]\d\d)\b"


class DateGrammar:
    """The compiled grammar of one set of date lexicons (``date_rules.yaml``): the regular
    expressions and word sets the date modules read. Built once per rule
    file (see :func:`date_grammar`), never at import."""

    def __init__(self, rules: DateRules) -> None:
        self.rules = rules
        _R = rules
        self.month_words = _MONTH_WORDS = {**_R.months, **_R.month_abbreviations}
        self.weekday_words = _WEEKDAY_WORDS = {**_R.weekdays, **_R.weekday_abbreviations}
        self.counts = _COUNTS = {**_R.numbers, **_R.vague_numbers}
        # Full names end at a word boundary; abbreviations may carry their dot ("Dec.").
        self.mon = _MON = (rf"(?:{alternation(_R.months)}\b|"
                           rf"{alternation(_R.month_abbreviations)}(?:\.|\b))")
        self.wd = _WD = (rf"(?:{alternation(_R.weekdays)}\b|"
                         rf"{alternation(_R.weekday_abbreviations)}(?:\.|\b))")
        self.tod = _TOD = alternation(_R.times_of_day)
        self.num = _NUM = rf"(?:\d{{1,3}}|{alternation(_COUNTS)})"
        self.wd_prefix = _WD_PREFIX = rf"(?:{_WD},?\s+(?:the\s+)?)?"
        # "some", "more than", "just over": an optional qualifier before a count, in the
        # file's order
        _QUAL = r"(?:(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                     for w in _R.quantity_qualifiers) + r")\s+)?"

        def _month(name: str) -> str:
            return rf"(?P<{name}>{_MON})"

        # One alternative per expression shape; at each position the first that matches wins, so
        # longer shapes come first. The outer group's name is the handler (see _resolve_match
        # in date_expressions).
        _ALTERNATIVES = [
            r"(?P<iso>\b(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b)",
            r"(?P<num>\b(?P<num_a>\d{1,2})[/.](?P<num_b>\d{1,2})[/.](?P<num_y>\d{4})\b)",
            rf"(?P<dmy>\b{_WD_PREFIX}(?:the\s+)?{_day('dmy_d')}{_DAY_RANGE}(?:\s+of)?\s+{_month('dmy_m')},?\s+"
            rf"{_year('dmy_y')})",
            rf"(?P<mdy>\b{_WD_PREFIX}{_DAY_PART}{_month('mdy_m')}\s+(?:the\s+)?{_day('mdy_d')}{_DAY_RANGE},?\s+"
            rf"{_year('mdy_y')})",
            # "September last year", "May 5 this year", "5 May of next year": a month (and
            # day) of the year named relative to P; before the shapes that stop at the month
            rf"(?P<mry>\b{_PART}(?:(?:the\s+)?{_day('mry_dd')}(?:\s+of)?\s+)?{_month('mry_m')}"
            rf"(?:\s+(?:the\s+)?{_day('mry_md')})?,?\s+(?:of\s+)?(?P<mry_rel>last|this|next)\s+year\b)",
            rf"(?P<dm>\b{_WD_PREFIX}(?:the\s+)?{_day('dm_d')}{_DAY_RANGE}(?:\s+of)?\s+{_month('dm_m')})",
            rf"(?P<md>\b{_WD_PREFIX}{_DAY_PART}{_month('md_m')}\s+(?:the\s+)?{_day('md_d')}{_DAY_RANGE}(?!\s*,?\s*\d))",
            # "last November 2023": the year told wins over the relative word
            rf"(?P<my>\b(?:(?:last|this\s+past|past|this|next)\s+)?{_PART}{_month('my_m')},?\s+"
            rf"(?:of\s+)?{_year('my_y')})",
            rf"(?P<ago>\b{_QUAL}(?P<ago_n>{_NUM})\s+(?P<ago_u>day|week|month|year|decade)s?\s+ago\b)",
            r"(?P<ru>\b(?:(?P<ru_pre>earlier|later|early|late|the\s+(?:beginning|start|end|middle)"
            r"\s+of|the\s+(?:first|second)\s+half\s+of)\s+)?(?P<ru_rel>last|this|next|previous|"
            r"the\s+previous|this\s+past|this\s+coming|the\s+coming|the\s+past)\s+"
            r"(?P<ru_u>week|month|year)\b)",
            r"(?P<we>\b(?:(?P<we_rel>last|this|next|this\s+past|the\s+past|the\s+previous|"
            r"this\s+coming|the\s+coming)|the)\s+weekend\b)",
            rf"(?P<dw>\b(?:(?:earlier|later|early|late)\s+)?(?P<dw_w>yesterday|today|tonight|"
            rf"tomorrow|last\s+(?:night|evening)|this\s+(?:morning|afternoon|evening))\b(?:\s+{_TOD}\b)?)",
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
            rf"(?:\b{alternation(_R.month_cues)}\s+(?:the\s+)?|\bback\s+in\s+)$", re.IGNORECASE)
        self.quantity_re = re.compile(rf"\s+(?:[a-z-]+\s+)?{alternation(_R.quantity_nouns)}\b",
                                      re.IGNORECASE)
        self.last_contact_head_re = re.compile(
            rf"\b(?:(?:last|previously)\s+{alternation(_R.last_contact_verbs)}|"
            rf"(?:last|previous)\s+{alternation(_R.last_contact_nouns)})\b", re.IGNORECASE)
        self.last_contact_re = re.compile(  # verbs only, see sentence_dates._governed_by
            rf"\b(?:last|previously)\s+{alternation(_R.last_contact_verbs)}\b"
            rf"{WORD_IN_CLAUSE}{{0,{LAST_CONTACT_WINDOW_WORDS}}}\s*$", re.IGNORECASE)
        self.reported_re = re.compile(
            rf"\b{alternation(_R.reporting_verbs)}\b(?:\s+[^\s,;.]+){{0,4}}\s*$", re.IGNORECASE)
        self.subordinate_re = re.compile(rf"\b{alternation(_R.subordinators)}\b", re.IGNORECASE)
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

