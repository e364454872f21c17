"""Resolve one date expression in news text against the article's publication date.

:func:`resolve_date_expression` turns one expression ("on Tuesday", "last week",
"September 2022") into an :class:`~graphkit.model.EventDate`, or None; it is pure and fast
(one compiled regex, a cache, ``dateparser`` only as a last resort for odd explicit
formats). :func:`scan` finds every expression of running text that resolves, for
:mod:`graphkit.extract.sentence_dates`, which chooses among them the date a sentence
states. The words are data in ``schema/date_rules.yaml``, compiled by
:mod:`graphkit.extract.date_rules`; the rules that read them are here.

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
``yesterday``            P - 1 day; ``last_night`` (also "last evening") likewise; ``tomorrow`` P + 1 day.
``last_week``            "last week", "the previous week", "this past week": month precision
                         of P - 7 days (how the gold annotators date it).
``this_week``            "this week" -> P's month; "earlier this week" -> month of P - 1 day.
``next_week``            month of P + 7 days.
``weekend``              "over the weekend", "this weekend": month of the latest Saturday on
                         or before P ("last weekend" published on a weekend: the one before).
``last_month``           The month before P's; ``this_month`` ("this month", "earlier this
                         month") P's month; ``next_month`` the month after.
``relative_year``        A month, or a day and month, of a year named relative to P:
                         "September last year" -> (P's year - 1)-09; "May 5 this year" ->
                         day; "in March next year" -> month.
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

Speed (2-core machine under load from other jobs, so upper bounds): a sentence with no
date word about 5 µs; a full sentence scan about 20 µs on average over real article
sentences (up to ~100 µs for long ones full of numbers); ``resolve_date_expression`` about
0.3 µs cached, 13 µs uncached. ``dateparser`` is imported only if its fallback is ever
needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from graphkit.extract.date_rules import DateGrammar, date_grammar
from graphkit.model import DatePrecision, EventDate

__all__ = [
    "Candidate",
    "month_value",
    "read_count",
    "resolve_date_expression",
    "scan",
    "shift_month",
    "year_value",
]


_SEASON_CUE_RE = re.compile(r"\b(?:in|during|over|since|until|by|through|throughout|of)\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)
_PREPOSITION_RE = re.compile(r"\b(?:on|in|at|during|by|from|back\s+in|as\s+of|since)\s+$",
                             re.IGNORECASE)
_AMOUNT_BEFORE_RE = re.compile(r"[\d$€£¥][.,]?\s*$")
_WORD_RE = re.compile(r"\w+")
_LOOKBACK_WORDS = 6  # "the first half of May", "just over a year ago"


def _to_year(text: str) -> int:
    """``"2024"`` -> 2024; ``"'24"`` -> 2024 (a two-digit year is read as this century)."""
    return 2000 + int(text[1:]) if text[0] in "'’" else int(text)


# --------------------------------------------------------------------------- calendar


def _day_value(d: date, rule: str) -> tuple[str, DatePrecision, str]:
    return d.isoformat(), "day", rule


def month_value(year: int, month: int, rule: str) -> tuple[str, DatePrecision, str]:
    """(``YYYY-MM``, month precision, ``rule``)."""
    return f"{year:04d}-{month:02d}", "month", rule


def year_value(year: int, rule: str) -> tuple[str, DatePrecision, str]:
    """(``YYYY``, year precision, ``rule``)."""
    return f"{year:04d}", "year", rule


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) ``delta`` months after (before, if negative) ``year``-``month``."""
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


def read_count(g: DateGrammar, word: str) -> tuple[int, bool]:
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
    if kind == "mry":
        year = published.year + {"last": -1, "this": 0, "next": 1}[g("mry_rel").lower()]
        month = _word(grammar.month_words, g("mry_m"))
        day = g("mry_dd") or g("mry_md")
        if day is None:
            return month_value(year, month, "relative_year")
        d = _safe_date(year, month, int(day))
        return _day_value(d, "relative_year") if d else None
    if kind == "my":
        return month_value(_to_year(g("my_y")), _word(grammar.month_words, g("my_m")), "explicit")
    if kind == "yr":
        return year_value(_to_year(g("yr_y")), "year")
    if kind == "rm":
        month = _word(grammar.month_words, g("rm_m"))
        rel = _rel(g("rm_rel"))
        mode = {"last": "before", "past": "before", "this past": "before", "next": "after",
                "this coming": "after", "this": "same"}.get(
                    rel, "not_before" if future else "not_after")
        return month_value(_month_year(month, published, mode), month, "month")
    if kind == "wd":
        weekday = _word(grammar.weekday_words, g("wd_w"))
        return _day_value(_weekday_date(weekday, published, _rel(g("wd_rel")), future),
                          "weekday")
    if kind == "dw":
        word = _rel(g("dw_w"))
        if word == "yesterday":
            return _day_value(published - timedelta(days=1), "yesterday")
        if word in ("last night", "last evening"):
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
        return month_value(saturday.year, saturday.month, "weekend")
    if kind == "ago":
        return _resolve_ago(grammar, g("ago_n"), g("ago_u").lower(), published)
    if kind == "se":
        if g("se_y"):
            return year_value(_to_year(g("se_y")), "season")
        months = grammar.rules.seasons[g("se_w").lower()]
        return year_value(_season_year(months, _rel(g("se_rel")), published, future),
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
        return month_value(anchor.year, anchor.month, f"{name}_week")
    if unit == "month":
        year, month = shift_month(published.year, published.month, step)
        return month_value(year, month, f"{name}_month")
    return year_value(published.year + step, f"{name}_year")


def _resolve_ago(g: DateGrammar, number: str, unit: str,
                 published: date) -> tuple[str, DatePrecision, str] | None:
    n, vague = read_count(g, number)
    if unit == "day":
        d = published - timedelta(days=n)
        return month_value(d.year, d.month, "ago") if vague else _day_value(d, "ago")
    if unit == "week":
        d = published - timedelta(days=7 * n)
        return month_value(d.year, d.month, "ago")
    if unit == "month":
        return month_value(*shift_month(published.year, published.month, -n), "ago")
    return year_value(published.year - n * (10 if unit == "decade" else 1), "ago")


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
class Candidate:
    """A date expression of running text: its character span and the date it resolves to."""

    start: int
    end: int
    date: EventDate


def scan(g: DateGrammar, text: str, published: date, future: bool, strict: bool) -> list[Candidate]:
    """Every date expression in ``text`` that resolves, left to right."""
    found: list[Candidate] = []
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
               strict: bool) -> Candidate | None:
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
    return Candidate(m.start(), m.end(), EventDate(value, precision, text[start:m.end()], rule))


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
    candidates = scan(g, text, published, future, strict=False)
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

