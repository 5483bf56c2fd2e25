"""Where and when an article comes from: its title, outlet and publication date.

Publication dates come, in order of trust, from the corpus's metadata.csv (applied by `corpus`),
from a dateline (`SEOUL, Aug. 6 (Yonhap) --` gives the outlet, month and day; the year comes
from the text's explicit years when they agree), and from the text: the full date of a short
publication line among the first lines ("9 MAR 2018, 17:40"), else the latest date the article
mentions, since an article is published after what it reports.
`date_basis` records which one gave the date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from dataclasses import dataclass

from workbench.dates import WEEKDAYS, DateMention, agreed_year, find_explicit_dates, month_number

_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
           r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b")
_WEEKDAYS = r"(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + r")"
_OUTLET = r"[^\W\d_][\w .&\-]{1,30}"  # ("Télam", "bdnews24.com")
# SEOUL, Aug. 6 (Yonhap) --   |   WASHINGTON (Reuters) -   |   Hanoi, March 1 (VNA) –   |
# MINSK, 12 February (BelTA) –   |   Bucharest, May 21 /Agerpres/ -   |   Lima, Aug. 8 (ANDINA). The
# SALAMANCA (Spain), Oct 14 (EFE).-
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z .'\-]{1,40}?)(?:\s*\((?P<country>[A-Z][A-Za-z .'\-]{1,30})\)(?=\s*[(,]))?"
    # ("DRESDEN, East Germany, Dec. 19 --": the country between the place and the day)
    # ("MEXICO CITY, (January 10, 2023).- ": the date in brackets)
    r"(?:,\s*(?P<bracket>\()?(?:(?:(?P<region>[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){0,2}),\s*)?(?P<month>" + _MONTHS + r")\.?\s+(?P<day>[0-3]?\d)"
    r"|(?P<day_first>[0-3]?\d)\s+(?P<month_after>(?i:" + _MONTHS + r"))\.?)"  # "12 February", "13 nov"
    r"(?:,\s*(?P<year>(?:19|20)\d\d))?(?:\s+[0-2]?\d:\d\d)?(?(bracket)\))"  # (a time: "13 nov 18:40")
    r"(?:,\s*(?P<outlet_after>[A-Z][\w.&]*(?:[ \-][A-Z][\w.&]*)?)(?=\s*(?:--|—)))?"  # "June 28, 2022, Asia-Plus --"
    # ("PARIS, Saturday (AAP-Reuter). --", "ADDIS ABABA, Sunday.": a day of the week only)
    r"|,\s*(?P<weekday>" + _WEEKDAYS + r")\b"
    # "SHARM EL SHEIKH, Egypt -", "WASHINGTON, DC, USA -"
    r"|,\s*(?:[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){0,2},\s*)?(?P<land>[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){0,2}))?"
    r"(?:\s*[-–—]\s*(?=[(/]))?"  # "13 nov 18:40 - (Agenzia Nova) -"
    # ("02 August, (X):": a comma before the outlet only after a day, not "Lavrov, (Russia) -")
    r"(?:(?(day),|(?(day_first),|(?!)))(?=\s*[(/]))?"
    r"\s*(?P<outlet_form>\((?P<outlet>" + _OUTLET + r")\)|/(?P<outlet_slash>" + _OUTLET + r")/)?"
    # after a date and an outlet, the sentence may follow a full stop or nothing: "Lima, Aug. 8
    # (ANDINA). Foreign ministers" (`find_dateline`: not a headline's "Party (PTI) Chief Meets X")
    r"(?:\.?\s*(?:--|—)\s*|\.?\s*(?:–|-|:)\s+|(?(outlet_form)(?P<bare_end>\.?\s+(?=[A-Z\"“]))|(?!))"
    r"|(?(weekday)\.\s*$|(?!)))"  # (a weekday's line of its own: "ADDIS ABABA, Sunday.")
)
_MAX_TITLE_WORDS = 25
_MAX_TITLE_CHARS = 200


@dataclass(frozen=True)
class Dateline:
    place: str
    outlet: str
    month: int | None
    day: int | None
    year: int | None
    text: str
    weekday: int | None = None  # 0 for Monday: "PARIS, Saturday (AAP-Reuter). --", with no day of the month


@dataclass(frozen=True)
class PublicationDate:
    published: str  # ISO day or "" when unknown
    basis: str  # dateline, text or unknown
    note: str = ""


def find_dateline(text: str, max_lines: int = 6) -> Dateline | None:
    """The dateline at the start of one of the first lines, if it has a date or an outlet."""
    for line in [x for x in text.split("\n") if x.strip()][:max_lines]:
        m = DATELINE.match(line)
        if not m:
            continue
        outlet = (m.group("outlet") or m.group("outlet_slash") or m.group("outlet_after") or "").strip()
        month_name, day = m.group("month") or m.group("month_after"), m.group("day") or m.group("day_first")
        if not (outlet or month_name or m.group("weekday") or _bare_dateline(m, line) or _dateline_with_country(m)
                or _dateline_with_byline(m, line)):
            continue
        if m.group("bare_end") is not None and not month_name:
            continue  # (an acronym in brackets, then a capital: a headline's "Party (PTI) Chief Meets X")
        place = m.group("place").strip()
        if m.group("country") and not outlet and not month_name:
            continue
        if not outlet and not place.isupper() and not _bare_dateline(m, line):
            continue  # "Seoul: US, N. Korea agree ..." is a headline, not a dateline
        if m.group("weekday") and not _weekday_dateline(place, line[m.end():], bool(outlet)):
            continue  # ("ANALYSIS, Friday - ...", a schedule's "TOKYO, Monday - talks with X")
        try:
            month = month_number(month_name) if month_name else None
        except KeyError:
            continue  # (a word that only begins like a month: never let one line stop the corpus)
        land = m.group("country") or m.group("land") or m.group("region")
        return Dateline(
            place=(place.title() if place.isupper() else place) + (f", {land}" if land else ""),
            outlet=outlet,
            month=month,
            day=int(day) if day else None,
            year=int(m.group("year")) if m.group("year") else None,
            text=m.group(0).strip(),
            weekday=WEEKDAYS.index(m.group("weekday").lower()) if m.group("weekday") else None,
        )
    return None


def dispatch_days(text: str, published: str) -> list[tuple[int, str]]:
    """Where each wire dispatch of a compiled article begins, and its day: "LONDON, April 8 (AP)
    --", "BUENOS AIRES, Argentina, April 10 (UPI) --" at the start of a line, as (offset, ISO day),
    in text order. Each dispatch's "today" is its own day. Only datelines with a day or weekday
    near the publication day (see `dateline_day`), of an agency (not a photo's) or before a
    sentence: not an itinerary's "OTTAWA, April 7 - talks with X", nor another agency's text
    quoted after "Tass reported it this way:"."""
    found: list[tuple[int, str]] = []
    offset, before = 0, ""
    for line in text.split("\n"):
        if line[:1].isupper() and not before.rstrip().endswith(":") \
                and (dateline := find_dateline(line, max_lines=1)) is not None \
                and (dateline.month or dateline.weekday is not None) and (day := dateline_day(dateline, published)) \
                and ("photo" not in dateline.outlet.lower() if dateline.outlet
                     else line[line.find(dateline.text) + len(dateline.text):].lstrip(" -–—:.")[:1].isupper()):
            found.append((offset, day))
        offset += len(line) + 1
        before = line if line.strip() else before
    return found


_BARE_DATELINE_WORDS = 8


def _weekday_dateline(place: str, rest: str, outlet: bool) -> bool:
    """A dateline of a weekday only: an outlet's or a place the gazetteer knows, then a sentence
    (not a schedule's "TOKYO, Monday - talks with X": a lower-case word, unless a name's particle,
    "de Klerk met ...") or nothing."""
    from workbench.gazetteer import get_gazetteer

    first = rest.strip().split(" ", 1)[0]
    known = outlet or get_gazetteer().place(place.title() if place.isupper() else place) is not None
    return known and (not first or not first[:1].islower()
                      or re.match(r"(?:de|da|van|von|del|di|du|la|le|al|el)\b", first) is not None)


def _bare_dateline(m: re.Match, line: str) -> bool:
    """"ISLAMABAD: Prime Minister X on Wednesday chaired ...", "Luanda - The President ...": a
    place in capitals that the gazetteer knows, or a city it knows written as a name, before a
    sentence (not "BREAKING: ..." or a headline)."""
    from workbench.gazetteer import get_gazetteer

    place = m.group("place").strip()
    rest = line[m.end():]
    if (len(rest.split()) < _BARE_DATELINE_WORDS or not rest.rstrip().endswith((".", '"', "”"))
            or not (rest.lstrip()[:1].isupper() or rest.lstrip()[:1].isdigit())):  # (not "Washington - and its allies - have")
        return False
    if place.isupper():
        return _known_in_capitals(place)
    entry = get_gazetteer().place(place)  # (a name before a colon is a headline's topic: "Seoul: US, N. Korea agree")
    return entry is not None and entry.kind == "city" and not line[len(m.group("place")):m.end()].strip().startswith(":")


#: A reporter's name alone after a dateline: "NEW DELHI: Asim Raza".
_BYLINE_NAME = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'’\-]+){1,3}[ \t]*")


def _dateline_with_byline(m: re.Match, line: str) -> bool:
    """"NEW DELHI: Asim Raza": a place in capitals the gazetteer knows, then the reporter's name
    and nothing else on the line."""
    return _BYLINE_NAME.fullmatch(line[m.end():]) is not None and _known_in_capitals(m.group("place").strip())


def _known_in_capitals(place: str) -> bool:
    """A place written in capitals that the gazetteer knows: "ISLAMABAD", "NEW DELHI"."""
    from workbench.gazetteer import get_gazetteer

    return place.isupper() and get_gazetteer().place(place.title()) is not None


def _dateline_with_country(m: re.Match) -> bool:
    """"SHARM EL SHEIKH, Egypt - ...": a place in capitals, then a country the gazetteer knows."""
    from workbench.gazetteer import get_gazetteer

    land = m.group("land")
    entry = get_gazetteer().place(land) if land else None
    rest = m.string[m.end():]  # (a sentence follows, as after a bare dateline: not "BREAKING, France: ...")
    return (m.group("place").strip().isupper() and entry is not None and entry.kind == "country"
            and len(rest.split()) >= _BARE_DATELINE_WORDS and rest.rstrip().endswith((".", '"', "”")))


def find_title(text: str) -> str:
    """The first line when it reads as a headline: short, no final full stop, set apart."""
    lines = text.split("\n")
    first = lines[0].strip() if lines else ""
    if not first or len(first) > _MAX_TITLE_CHARS or len(first.split()) > _MAX_TITLE_WORDS:
        return ""
    if first.endswith((".", ",", ";", ":")) or len(lines) < 2:
        return ""
    following = lines[1]
    if following.strip() and not find_dateline(following, max_lines=1):
        return ""
    return first


_HEADER_LINES = 8
_NUMERIC_DATE = re.compile(r"(?<![\d./-])([0-3]?\d)([./-])([0-3]?\d)\2((?:19|20)\d\d)(?![\d./-])")
#: A date written year first, as many sites print it: "2022.11.28", "2022/11/28", "2022-11-28 14:05".
_YEAR_FIRST_DATE = re.compile(r"(?<![\d./-])((?:19|20)\d\d)([./-])([01]?\d)\2([0-3]?\d)(?![\d./-])")
_HEADER_LINE_WORDS = 14
_UPPER_MONTH = re.compile(r"\b(JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)(?:[A-Z]*)\b")


def header_date(text: str) -> str:
    """The full date (day, month and year) of a short line among an article's first lines: the
    publication line of most sites ("9 MAR 2018, 17:40", "UPDATED JAN 30, 2023, 8:05 PM SGT",
    "Published at : June 1, 2023"). "" when there is none."""
    lines = [x for x in text.split("\n") if x.strip()][:_HEADER_LINES]
    return _first_line_date(lines[1:])  # the first line is the headline


#: The months in the languages of many outlets' pages (general knowledge), for their publication
#: line: French, Spanish, Portuguese, Italian, German.
_FOREIGN_MONTHS = {
    month: english for english, names in {
        "January": "janvier enero janeiro gennaio januar", "February": "février fevrier febrero fevereiro febbraio februar",
        "March": "mars marzo março marco märz marz", "April": "avril abril aprile", "May": "mai mayo maio maggio",
        "June": "juin junio junho giugno juni", "July": "juillet julio julho luglio juli", "August": "août aout agosto",
        "September": "septembre septiembre setiembre setembro settembre", "October": "octobre octubre outubro ottobre oktober",
        "November": "novembre noviembre novembro", "December": "décembre decembre diciembre dezembro dicembre dezember",
    }.items() for month in names.split()}
#: "15 décembre 2024", "17 de enero de 2026", "1er mars 2025", "3. März 2024": day, month, year.
_FOREIGN_DATE = re.compile(r"\b([0-3]?\d)(?:er|º|°|\.)?\s+(?:de\s+)?(" + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
                           + r")\s+(?:de\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)


def _in_english(line: str) -> str:
    """A publication line's date in another language, written in English: "Dimanche 15 décembre
    2024 - 19:12" -> "Dimanche 15 December 2024 - 19:12"."""
    return _FOREIGN_DATE.sub(lambda m: f"{m.group(1)} {_FOREIGN_MONTHS[m.group(2).lower()]} {m.group(3)}", line)


def _first_line_date(lines: list[str]) -> str:
    """The full date of the first short line that has one, as `header_date` reads it; in another
    language only when no line has one in English (not a subtitle's "Traité de l'Élysée, 22
    janvier 1963" above "Published March 3, 2025")."""
    return _first_date_of(lines) or _first_date_of([_in_english(line) for line in lines])


def _first_date_of(lines: list[str]) -> str:
    """`_first_line_date` of lines in English."""
    for line in lines:
        if len(line.split()) > _HEADER_LINE_WORDS:
            continue
        line = _UPPER_MONTH.sub(lambda m: m.group(0).title(), line)
        for mention in find_explicit_dates(line):
            if mention.year and mention.iso():
                return mention.iso()
        if m := _YEAR_FIRST_DATE.search(line):
            try:
                return date(int(m.group(1)), int(m.group(3)), int(m.group(4))).isoformat()
            except ValueError:
                pass
        if m := _NUMERIC_DATE.search(line):
            # "6.3.2024 17:25", "01-12-2018 09:14": day, month, year, as most of the world writes
            # it; month first only where the day-first reading is no date ("11/30/2018")
            first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
            for month, day in ((second, first), (first, second)):
                try:
                    return date(year, month, day).isoformat()
                except ValueError:
                    continue
    return ""


#: Words of a clause that looks forward, before a date in it: "will meet ... on June 1".
_AHEAD = re.compile(r"\b(?:will|would|shall|due|scheduled|expected|plans?|planned|next|upcoming|later this|"
                    r"to\s+(?:hold|meet|visit|travel|be\s+held))\b[^.!?\n,;]*$",
                    re.IGNORECASE)  # (in the date's own clause: "Macron, who will travel later, met X on May 14")


#: How many days before its publication an article's dateline may date it (a morning paper's
#: "DRESDEN, Dec. 19 --" under "Wednesday, December 20").
DATELINE_LAG_DAYS = 7


def dateline_day(dateline: Dateline | None, published: str) -> str:
    """The ISO day a dateline gives ("DRESDEN, East Germany, Dec. 19 --"), in the year that puts
    it on or up to a week before the publication day; "" when it gives none or lies elsewhere.
    The day its "today" and "yesterday" are counted from."""
    if dateline is not None and dateline.weekday is not None and not dateline.month and len(published) == 10:
        # ("PARIS, Saturday --" in Sunday's paper: the Saturday just before, or the day itself)
        pub = date.fromisoformat(published)
        return (pub - timedelta(days=(pub.weekday() - dateline.weekday) % 7)).isoformat()
    if dateline is None or not dateline.month or not dateline.day or len(published) != 10:
        return ""
    pub = date.fromisoformat(published)
    for year in ([dateline.year] if dateline.year else [pub.year, pub.year - 1]):
        try:
            day = date(year, dateline.month, dateline.day)
        except ValueError:
            return ""
        if 0 <= (pub - day).days <= DATELINE_LAG_DAYS:
            return day.isoformat()
    return ""


def infer_published(text: str, dateline: Dateline | None, bylines: str = "") -> PublicationDate:
    """Publication date from the dateline, else from a publication line, else from the text's
    explicit dates. `bylines` are the byline lines cleaning took out, which may carry the date
    ("Author , Cairo Online , Monday 14 Aug 2023")."""
    mentions = find_explicit_dates(text)
    year = agreed_year(text, mentions)
    # (of the removed bylines, as many lines as a header holds below its headline)
    removed = [x for x in bylines.split("\n") if x.strip()][:_HEADER_LINES - 1]
    header = header_date(text) or _first_line_date(removed)
    if dateline and dateline.month and dateline.day:
        # (a year-less dateline, "Riga, May 7 (LETA)", takes the year of the page's publication
        # line, "07.05.2005 15:47", before the one the text's dates agree on: "May 9, 1945")
        y = dateline.year or (int(header[:4]) if header else year)
        if not dateline.year and header and dateline.month == 12 and header[5:7] == "01":
            y -= 1  # "Riga, Dec 30 (LETA)" above "02.01.2006": the year before
        if y:
            iso = DateMention(0, 0, dateline.text, dateline.month, dateline.day, y).iso()
            if iso:
                return PublicationDate(iso, "dateline")
        note = f"dateline '{dateline.text}' has no year and the text's years do not settle it"
    else:
        note = ""
    if header:
        return PublicationDate(header, "text", note)
    # the latest day the text gives, not one it looks forward to ("the three would also meet in
    # Chisinau on June 1"), unless it gives no other
    told = [m for m in mentions if not _AHEAD.search(text, max(0, m.start - 120), m.start)] or mentions
    days = sorted(filter(None, (m.iso(year) for m in told)))
    if days:
        return PublicationDate(days[-1], "text", note)
    return PublicationDate("", "unknown", note or "no date in metadata, dateline or text")
