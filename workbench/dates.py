"""Date expressions in article text, and their normalisation to ISO strings.

Dates are ISO `YYYY-MM-DD`, or `YYYY-MM` when only the month is known, or "" when the text does
not say. Nothing is guessed: a day without a year stays yearless until something in the same
document supplies the year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "February 14, 2019", "Feb. 14", "March 1"
_MONTH_DAY = re.compile(_MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+" + _YEAR + r"\b)?")
# "14 February 2019", "1 March"
_DAY_MONTH = re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r"\b(?:,?\s+" + _YEAR + r"\b)?")
# "2019-02-14"
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
_ISO_DATE = re.compile(r"^(?:19|20|21)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$")
_BARE_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")


@dataclass(frozen=True)
class DateMention:
    """An explicit calendar date written in a text; `year` is None when the text omits it."""

    start: int
    end: int
    text: str
    month: int
    day: int
    year: int | None = None

    def iso(self, year: int | None = None) -> str:
        """The ISO day, taking `year` when the mention has none; "" when no year is known."""
        y = self.year or year
        if y is None:
            return ""
        try:
            return date(y, self.month, self.day).isoformat()
        except ValueError:
            return ""


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def find_explicit_dates(text: str) -> list[DateMention]:
    """Every calendar date written out in `text`, in order, each once."""
    found: dict[int, DateMention] = {}
    for pattern in (_ISO, _MONTH_DAY, _DAY_MONTH):
        for m in pattern.finditer(text):
            if any(s <= m.start() < e.end for s, e in found.items()):
                continue
            month = m.group("month")
            month_no = int(month) if month.isdigit() else month_number(month)
            day = int(m.group("day"))
            if not 1 <= day <= 31:
                continue
            year = int(m.group("year")) if m.group("year") else None
            found[m.start()] = DateMention(m.start(), m.end(), m.group(0), month_no, day, year)
    return [found[k] for k in sorted(found)]


def agreed_year(text: str, mentions: list[DateMention] | None = None) -> int | None:
    """The one year an article's explicit years agree on, or None.

    Years of full dates ("March 17, 2021") count first; when there are none, bare years
    ("in 2019") do. Years that disagree give None: the caller must not guess.
    """
    mentions = find_explicit_dates(text) if mentions is None else mentions
    full = {m.year for m in mentions if m.year}
    if full:
        return full.pop() if len(full) == 1 else None
    bare = {int(y) for y in _BARE_YEAR.findall(text)}
    return bare.pop() if len(bare) == 1 else None


def is_iso_date(value: str) -> bool:
    """True for `YYYY-MM-DD` or `YYYY-MM` with a valid month (and day)."""
    if not _ISO_DATE.match(value):
        return False
    if len(value) == 7:
        return True
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
