"""The dates of implied prior contacts: since-phrases, dates after a cue, gap windows.

:class:`PriorDates` is the base class of :class:`~graphkit.extract.priors.PriorContactReader`
holding how a cue's earlier contact is dated: by the date of its since-phrase, by the first
date after the cue ("they last spoke in March"), or by the window a counted gap gives ("the
first call in three years": between four and three years before publication; "more than
N" reaches back to 2N). It reads the reader's date grammar and duration words through
``self``; which cue asks for which date is the reader's.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from graphkit.extract.sentence_dates import dates_in_text, find_since_expression
from graphkit.model import EventDate

_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)


class PriorDates:
    """How a prior contact cue is dated (a mixin, the base of
    :class:`~graphkit.extract.priors.PriorContactReader`)."""

    def _since_date(self, sent: Span, since: Token | None,
                    published: date | None) -> EventDate | None:
        """The date of a since-phrase ("since September 2022", "since the war in 2011"),
        None when it names none ("since the invasion")."""
        if since is None or published is None:
            return None
        text = sent.text[since.idx - sent.start_char:]
        found = find_since_expression(text, published, self.grammar)
        if found is not None and found.rule in ("since", "last_contact"):
            return found
        return None

    def _date_after(self, sent: Span, anchor: Token, published: date | None) -> EventDate | None:
        """The first date after ``anchor`` in its sentence, not after publication."""
        if published is None:
            return None
        offset = anchor.idx - sent.start_char
        for start, _, when in dates_in_text(sent.text, published, self.grammar):
            if start >= offset and when.start is not None and when.start <= published.isoformat():
                return when
        return None

    def _duration(self, sent: Span, anchor: Token, published: date | None,
                  gap_only: bool = False) -> EventDate | None:
        """The window a gap duration after ``anchor`` gives ("in three years", "after a
        14-month hiatus"), or None. A bare count needs a preposition or a gap noun after
        it, so "three years of war" is no gap; ``gap_only``: "after" or a gap noun only
        ("resumed talks after two years", not "resumed talks in a year")."""
        if published is None:
            return None
        text = sent.text
        offset = anchor.idx - sent.start_char
        for m in self.duration.finditer(text):
            if m.start() < offset:
                continue
            after = text[m.end():m.end() + 40].lower().split()
            gap = bool(after) and (after[0].strip(",.") in self.gap_nouns or (
                after[0] == "of" and len(after) > 1 and (after[1] in self.gap_nouns
                                                         or after[1] in self.gap_quantifiers)))
            prep = (m.group("prep") or "").lower()
            if not (gap or prep and (not gap_only or prep == "after")):
                continue
            return self._window(m, published)
        return None

    def _window(self, m: re.Match[str], published: date) -> EventDate:
        raw = m.group("n").lower()
        n = float(raw) if raw[0].isdigit() else float(self.counts.get(raw, 1))
        if m.group("half"):
            n += 0.5
        qualifier = " ".join((m.group("q") or "").lower().split())
        if m.group("u").lower() in self.day_units:  # "in 84 days": counted in days
            unit = self.day_units[m.group("u").lower()]
            days = round(n * unit)
            if qualifier in self.longer:
                far, near = max(2 * days, days + unit), days
            elif qualifier in self.about:
                far, near = days + unit, max(0, days - unit)
            else:
                far, near = days + unit - 1, days
            return EventDate.interval(published - timedelta(days=far), published - timedelta(days=near),
                                      m.group(0).strip(), "since_duration")
        unit = self.units[m.group("u").lower()]
        months = round(n * unit)
        step = 12 if unit >= 12 else 1  # "about a decade" is give or take a year
        if qualifier in self.longer:
            far, near = max(2 * months, months + step), months
        elif qualifier in self.about:
            far, near = months + step, max(0, months - step)
        else:
            far, near = months + step, months
        return EventDate.interval(_months_before(published, far), _months_before(published, near),
                                  m.group(0).strip(), "since_duration")


def _months_before(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    return date(year, month + 1, min(day.day, 28))
