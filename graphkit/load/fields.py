"""Turning raw values from any input format into ``Article`` fields.

Every loader passes its article text through :func:`clean_text` and its publication date
through :func:`parse_published`, so all formats give the same kind of ``Article``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time

from graphkit.errors import LoadError, shorten

CAPTURE_TIME = time(12, 0)
"""The moment of a capture on its ``as_of`` day: relative ages count back from noon."""

_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad]")
# Control characters (other than tab and line ends) and lone surrogates: no reader of an
# export (XML, N-Triples) nor a UTF-8 file can hold them; they become a space.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")
_HORIZONTAL_SPACE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# "09.05.2026" (and "9.5.2026 14:00"): dotted numeric dates are day first wherever they are
# written (Europe, Russia, Latin America); dateparser alone reads them month first
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
# "20260509": ISO 8601's basic form, as data sets and file names write it
_BASIC_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_MAX_DATE_CHARS = 100  # longer is no publication date, and dateparser is slow on it


def clean_text(text: str) -> str:
    """Normalise line ends and spaces, keeping words, sentences and paragraphs as they are.

    ``\\r\\n`` and lone ``\\r`` become ``\\n``; runs of spaces, tabs and no-break spaces
    become one space; lines are stripped; more than one blank line becomes one; invisible
    characters (zero-width space, byte-order mark, soft hyphen) are dropped; control
    characters and lone surrogates become spaces; the text is put in Unicode NFC form.
    Nothing else changes, so sentences stay intact and later character offsets refer to
    the cleaned text.

    Args:
        text: Raw article text.

    Returns:
        The cleaned text, without leading or trailing blank lines.

    Example:
        >>> clean_text("Putin  spoke\\r\\nwith\\u00a0Macron.\\r\\n\\r\\n\\r\\nEnd.")
        'Putin spoke\\nwith Macron.\\n\\nEnd.'
    """
    text = _UNPRINTABLE.sub(" ", _LINE_BREAKS.sub("\n", text))
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    lines = (_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def parse_published(value: str | None, as_of: date | None = None, *,
                    source: str = "", field: str = "published") -> date | None:
    """The date a publication field names.

    ISO dates and date-times (``2025-07-01``, ``2025-07-01T10:00:00+03:00``, ``20250701``)
    give the date as written, a dotted numeric date is day first (``01.07.2025``, 1 July);
    anything else goes to ``dateparser`` ("1 July 2025", "Jul 1, 2025 10:00
    GMT", "yesterday", in English), with relative expressions counted back from noon of
    ``as_of``.

    Args:
        value: The field's text; None or blank means no date.
        as_of: The capture date relative expressions are resolved against (today if None).
        source: Where the value came from, for the error message.
        field: The field's name, for the error message.

    Returns:
        The date, or None when ``value`` is empty.

    Raises:
        LoadError: ``value`` is not empty and is not a date.

    Example:
        >>> parse_published("Tuesday, 1 July 2025")
        datetime.date(2025, 7, 1)
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    if _ISO_DATE.match(value):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            pass  # "2025-13-45": let dateparser try, then report it
    dotted, basic = _DOTTED_DATE.match(value), _BASIC_DATE.fullmatch(value)
    if dotted or basic:
        if dotted:
            day, month, year = (int(part) for part in dotted.groups())
        else:
            year, month, day = (int(part) for part in basic.groups())  # type: ignore[union-attr]
        try:
            return date(year, month, day)
        except ValueError:
            raise LoadError(source, f"{field} {shorten(value)} is not a date; "
                                    "write it as YYYY-MM-DD") from None
    import dateparser  # slow to import; only needed for non-ISO dates

    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first"}
    if as_of is not None:
        settings["RELATIVE_BASE"] = datetime.combine(as_of, CAPTURE_TIME)
    refusal = f"{field} {shorten(value)} is not a date; write it as YYYY-MM-DD"
    if len(value) > _MAX_DATE_CHARS:
        raise LoadError(source, refusal)
    try:
        # English only, as the rest of graphkit: asked for any language, dateparser loads
        # and tries all of its 200 locales on a value that is no date ("\ufffd", "n/a"),
        # seconds of CPU per process for one bad field
        parsed = dateparser.parse(value, languages=["en"], settings=settings)  # type: ignore[arg-type]
    except (ValueError, OverflowError, ArithmeticError, RecursionError):
        parsed = None  # "99999 years ago" and its family: dates past the calendar
    if parsed is None:
        raise LoadError(source, refusal)
    return parsed.date()
