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
_MONTH_DAY = re.compile(_MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:(?:,?\s+|/)" + _YEAR + r"\b)?")  # (also "June 8/2019")
# "14 February 2019", "1 March"
_DAY_MONTH = re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r"\b(?:,?\s+" + _YEAR + r"\b)?")
# "2019-02-14"
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
# "20/05/2023", "16-05-2025", "8.6.2019": day and month told apart by a day over 12 or a weekday before
_NUMERIC = re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[/.\-])(?P<b>[01]?\d)(?P=sep)" + _YEAR + r"\b")
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
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
    for m in _NUMERIC.finditer(text):
        if not any(s <= m.start() < e.end for s, e in found.items()) and (day_month := _numeric_day_month(text, m)):
            found[m.start()] = DateMention(m.start(), m.end(), m.group(0), day_month[1], day_month[0], int(m.group("year")))
    return [found[k] for k in sorted(found)]


def _numeric_day_month(text: str, m: re.Match) -> tuple[int, int] | None:
    """(day, month) of "20/05/2023" (a day over 12 says which is which) or of "Saturday 06/05/2023"
    (the weekday says); None when nothing tells a day from a month."""
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append((day, month, date(year, month, day)))
        except ValueError:
            continue
    weekday = re.search(r"\b(" + "|".join(_WEEKDAY_NAMES) + r")\W{0,3}$", text[max(0, m.start() - 15):m.start()], re.IGNORECASE)
    if weekday and len(readings) > 1:
        readings = [r for r in readings if r[2].weekday() == _WEEKDAY_NAMES.index(weekday.group(1).lower())]
    if len({(d, mo) for d, mo, _ in readings}) != 1:
        return None
    return readings[0][0], readings[0][1]


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


# --- relative expressions -------------------------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_MONTH_ONLY = re.compile(r"\b(?:(?P<which>(?i:last|next|this|earlier in|later in|early|late|mid|in))[\s-]+)?" + _MONTH
                         + r"(?:\s+(?P<year>(?:19|20)\d\d)|\s+(?P<rel>last|next|this)\s+year)?\b")
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}
_RELATIVE_DAYS = re.compile(
    r"\b(?P<n>a|an|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>day|days|week|weeks)\s+"
    r"(?P<dir>earlier|before|later|after|ago)\b", re.IGNORECASE)
SAME_DAY = re.compile(r"\b(?:the\s+)?same\s+(?:day|morning|afternoon|evening|night)\b|"
                       r"\b(?:(?:earlier|later)\s+(?:in\s+the|that)|that)\s+(?:day|morning|afternoon|evening|night)\b",
                       re.IGNORECASE)
#: "later that month": the month of the event the text last dated.
THAT_MONTH = re.compile(r"\b(?:(?:earlier|later)\s+(?:in\s+)?)?that\s+month\b", re.IGNORECASE)
DAY_BEFORE_AFTER = re.compile(r"\bthe\s+(?P<dir>day\s+before|previous\s+(?:day|evening|night)|day\s+after|"
                               r"(?:next|following)\s+(?:day|morning))\b", re.IGNORECASE)
#: "this morning", "this afternoon": the article's day.
THIS_PART_OF_DAY = r"this\s+(?:morning|afternoon|evening)"
#: (the older spelling with a hyphen too: "to-day", "to-night", "to-morrow")
NEAR_DAYS = re.compile(r"\b(?P<w>yesterday|(?<!-)to-?day(?!-)|to-?morrow|to-?night|(?<!the\s)last\s+(?:night|evening)|"
                       + THIS_PART_OF_DAY + r")\b", re.IGNORECASE)
_REL_MONTH = re.compile(r"\b(?P<which>last|next|this)\s+month\b", re.IGNORECASE)
_REL_WEEK = re.compile(r"\b(?P<which>last|next|this)\s+week(?:'s|’s)?\b", re.IGNORECASE)


@dataclass(frozen=True)
class ResolvedDate:
    iso: str  # YYYY-MM-DD, YYYY-MM or ""
    text: str  # the words it came from


def _month_iso(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _shift_month(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def _week_iso(monday: date) -> str:
    """A week is only a month when all seven of its days share one."""
    from datetime import timedelta

    sunday = monday + timedelta(days=6)
    return _month_iso(monday) if (monday.year, monday.month) == (sunday.year, sunday.month) else ""


def resolve_date(text: str, published: str, tense: str = "past", anchor: str = "", invert: bool = False) -> ResolvedDate:
    """Normalise one date expression of an article.

    `published` is the article's date (ISO day or ""); `tense` says whether the event lies
    before (past) or after (future) it, or whichever is nearer (nearest: a cancelled plan), which
    decides "on Tuesday" and "in June"; `anchor` is the
    date of the event the text last dated, for "a day earlier" and "the same day"; `invert` is set
    when the event is the complement of the expression ("a day after [her phone call]" dates the
    call a day *before* the anchor). Returns
    ("", text) whenever the text does not settle the date.
    """
    from datetime import timedelta

    ref = _as_date(published)
    anchor_day = _as_date(anchor) if anchor and len(anchor) == 10 else None
    explicit = find_explicit_dates(text)
    if explicit:
        m = explicit[0]
        if m.year:
            return ResolvedDate(m.iso(), m.text)
        if ref is None:
            return ResolvedDate("", m.text)
        return ResolvedDate(_nearest_year(m.month, m.day, ref, tense), m.text)
    if m := _RELATIVE_DAYS.search(text):
        n = int(m.group("n")) if m.group("n").isdigit() else _NUMBER_WORDS[m.group("n").lower()]
        weeks = m.group("unit").lower().startswith("week")
        direction = m.group("dir").lower()
        base = ref if direction == "ago" else (anchor_day or ref)
        if base is None:
            return ResolvedDate("", m.group(0))
        sign = (1 if direction in ("later", "after") else -1) * (-1 if invert else 1)
        target = base + timedelta(days=sign * n * (7 if weeks else 1))
        if weeks and direction == "ago":  # "two weeks ago": that week, not a day of it
            return ResolvedDate(_week_iso(target - timedelta(days=target.weekday())), m.group(0))
        return ResolvedDate(target.isoformat(), m.group(0))
    if m := SAME_DAY.search(text):
        base = anchor_day or ref
        return ResolvedDate(base.isoformat() if base else "", m.group(0))
    if m := THAT_MONTH.search(text):
        base = anchor[:7] if len(anchor) >= 7 else ""  # (the article's own month is "this month")
        return ResolvedDate(base, m.group(0))
    if m := DAY_BEFORE_AFTER.search(text):
        base = anchor_day or ref
        words = m.group("dir").lower()
        sign = (-1 if ("before" in words or "previous" in words) else 1) * (-1 if invert else 1)
        return ResolvedDate((base + timedelta(days=sign)).isoformat() if base else "", m.group(0))
    if m := NEAR_DAYS.search(text):
        word = m.group("w").lower().replace("-", "")
        offset = -1 if word.startswith("last") else 0 if word.startswith("this") else {
            "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
        return ResolvedDate((ref + timedelta(days=offset)).isoformat() if ref else "", m.group(0))
    if m := _WEEKDAY.search(text):
        if ref is None:
            return ResolvedDate("", m.group(0))
        target = WEEKDAYS.index(m.group("day").lower())
        if tense == "nearest":
            back, ahead = (ref.weekday() - target) % 7, (target - ref.weekday()) % 7
            tense = "future" if ahead < back else "past"
        if tense == "future" and not re.search(r"\blast\b", text, re.IGNORECASE):
            delta = (target - ref.weekday()) % 7
            if re.search(r"\bnext\b", text, re.IGNORECASE) and delta == 0:
                delta = 7
            return ResolvedDate((ref + timedelta(days=delta)).isoformat(), m.group(0))
        delta = (ref.weekday() - target) % 7  # that day, or the latest such day before it
        if re.search(r"\blast\b", text, re.IGNORECASE) and delta == 0:
            delta = 7
        return ResolvedDate((ref - timedelta(days=delta)).isoformat(), m.group(0))
    if m := _REL_MONTH.search(text):
        if ref is None:
            return ResolvedDate("", m.group(0))
        shift = {"last": -1, "next": 1, "this": 0}[m.group("which").lower()]
        return ResolvedDate(_month_iso(_shift_month(ref, shift)), m.group(0))
    if m := _REL_WEEK.search(text):
        if ref is None:
            return ResolvedDate("", m.group(0))
        shift = {"last": -7, "next": 7, "this": 0}[m.group("which").lower()]
        monday = ref - timedelta(days=ref.weekday()) + timedelta(days=shift)
        return ResolvedDate(_week_iso(monday), m.group(0))
    if m := _MONTH_ONLY.search(text):
        month = month_number(m.group("month"))
        if m.group("year"):
            return ResolvedDate(f"{int(m.group('year')):04d}-{month:02d}", m.group(0))
        if ref is None:
            return ResolvedDate("", m.group(0))
        if m.group("rel"):  # "in February last year"
            year = ref.year + {"last": -1, "next": 1, "this": 0}[m.group("rel").lower()]
            return ResolvedDate(f"{year:04d}-{month:02d}", m.group(0))
        which = (m.group("which") or "").lower()
        if tense == "nearest" and not which:
            year = min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs((y - ref.year) * 12 + month - ref.month))
        elif which == "last":  # ("last March", said in March: a year before)
            year = ref.year if month < ref.month else ref.year - 1
        elif which == "next":  # ("next March", said in March: a year on)
            year = ref.year if month > ref.month else ref.year + 1
        elif which == "earlier in" or (tense == "past" and which != "later in"):
            year = ref.year if month <= ref.month else ref.year - 1
        elif which == "this":
            year = ref.year
        else:
            year = ref.year if month >= ref.month else ref.year + 1
        return ResolvedDate(f"{year:04d}-{month:02d}", m.group(0))
    return ResolvedDate("", text.strip())


def _as_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _nearest_year(month: int, day: int, ref: date, tense: str) -> str:
    """The year that puts a yearless day nearest the article's date, on the side the tense says."""
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if not options:
        return ""
    if tense == "nearest":
        pool = options
    elif tense == "past":
        before = [d for d in options if d <= ref]
        pool = before or options
    else:
        after = [d for d in options if d >= ref]
        pool = after or options
    return min(pool, key=lambda d: abs((d - ref).days)).isoformat()
