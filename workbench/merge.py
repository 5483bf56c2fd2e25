"""Meetings: meeting mentions resolved to people, dates and places, then merged across articles.

1. Participants: a name resolves through the people table's mentions; a pronoun was already
   tied to a name by `meetings`; "their", "the two leaders" take the people of the document's
   latest meeting within a few sentences; a role ("the top diplomats of the RoK and the US",
   "the North Korean leader", "his U.S. counterpart") takes, for each country it names, the one
   person of the same article whose role and affiliation fit. Where no one fits, nobody is
   invented.
2. Dates: each date expression is normalised against the article's publication date, in the
   direction the status gives (a planned "Tuesday" lies ahead), with relative expressions ("a
   day earlier", "the same day") counted from the last date the article's running text gave.
3. Places: the place of the meeting's own clause, canonical; a building or site the gazetteer
   cannot place ("the Casa Rosada") becomes the meeting's venue, and its place the city the
   sentence names, else the dateline's, else the article's own city; an arrival just before
   places a meeting that names no place (not at the airport it landed at); so does the one place
   the article gives that day's other meetings, and a meeting with no date takes the one day the
   article gives that place's other meetings.
4. Gatherings: an article's mentions of one summit or council (its opening, "It was attended
   by ...", "X was represented by Y", a sentence naming nobody that gives its date and place)
   become one event of everyone named.
5. Merging: mentions with the same people, the same status, the same sort of contact (by phone
   or in person; a visit), compatible dates (equal, one inside the other, a day apart across
   articles, or unknown) and compatible places become one meeting, citing every article.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from workbench.dates import WEEKDAYS, find_explicit_dates, resolve_date
from workbench.entities import TITLED_SITE_NOUNS
from workbench.gazetteer import get_gazetteer
from workbench.meetings import GREETING, MeetingMention, is_country_name
from workbench.people import Person

#: Role words of a role description and the titles that fill them.
ROLE_FAMILIES = {
    "defense chief": {"Defense Minister", "Defence Minister", "Defense Secretary", "Defence Secretary", "Secretary of Defense", "Minister of Defense", "Minister of National Defense"},
    "defence chief": {"Defense Minister", "Defence Minister", "Defense Secretary", "Defence Secretary", "Secretary of Defense", "Minister of Defense"},
    "diplomat": {"Foreign Minister", "External Affairs Minister", "Minister of External Affairs", "Secretary of State", "Foreign Secretary", "Minister of Foreign Affairs",
                 "Foreign Affairs Minister", "Top Diplomat"},
    "leader": {"President", "Prime Minister", "Chairman", "Leader", "Chancellor", "Premier", "King", "Queen",
               "Supreme Leader", "Emperor", "Emir", "Sultan", "State Affairs Commission Chairman",
               # (a ruling party's head: "the Communist Party's General Secretary"; not a "party chief"
               # or a "First Secretary", a province's as often, or an embassy's rank)
               "General Secretary", "Communist Party General Secretary", "Party Leader"},
    "president": {"President"}, "chairman": {"Chairman", "Leader"}, "king": {"King"}, "premier": {"Premier", "Prime Minister"},
    "crown prince": {"Crown Prince"}, "prince": {"Prince", "Crown Prince"}, "emir": {"Emir"}, "amir": {"Emir"}, "sultan": {"Sultan"},
    "monarch": {"King", "Queen", "Emir", "Sultan", "Emperor"},
    "minister": {"Minister", "Foreign Minister", "Defense Minister", "Defence Minister", "Prime Minister", "Unification Minister"},
    "foreign minister": {"Foreign Minister", "External Affairs Minister", "Minister of Foreign Affairs", "Foreign Affairs Minister", "Secretary of State", "Foreign Secretary"},
    "prime minister": {"Prime Minister", "Premier"},
    "secretary": {"Secretary of State", "Secretary", "Defense Secretary", "Foreign Secretary"},
    "chancellor": {"Chancellor"}, "envoy": {"Envoy", "Special Envoy", "Nuclear Envoy", "Special Representative"},
    "ambassador": {"Ambassador"}, "spokesman": {"Spokesman", "Spokesperson"}, "spokeswoman": {"Spokeswoman", "Spokesperson"},
    "head of state": {"President", "King", "Queen", "Emir", "Sultan", "Emperor", "Monarch", "Head of State"},
    "head of government": {"Prime Minister", "Premier", "Chancellor", "Head of Government"},
}
KIND_RANK = {"summit": 3, "talks": 2, "meeting": 1, "phone_call": 0, "visit": 0}
GROUP_WINDOW = 3  # sentences within which "their meeting" refers to the latest meeting
COUNTED_GROUP_WINDOW = 12  # ... and "the three ministers" to the latest meeting of three
VISIT_WINDOW = 3  # sentences after a visit within which a meeting with no place is held there


@dataclass
class ResolvedMeeting:
    """One meeting mention with people, date and place known."""

    doc_id: str
    person_ids: tuple[str, ...]
    kind: str
    status: str
    date: str
    date_text: str
    place: str
    evidence: str
    sentence: int
    start_char: int
    end_char: int
    published: str
    joins: int = -1  # the sentence of the gathering this attendance line adds to
    event_name: str = ""  # the words of the gathering's own name (`MeetingMention.event_name`)
    sidelines: bool = False  # the summit of "On the sidelines of the summit, A met B" (`MeetingMention.sidelines`)
    venue: str = ""  # a building or site the gazetteer cannot place ("Casa Rosada"); `place` is its city
    remote: bool = False  # a gathering held by video ("a virtual summit"): held nowhere
    # the day of the occasion the story told just before, dated: this meeting's too, unless the
    # article dates the same people elsewhere (`_dated_by_the_story`)
    story_day: str = ""
    story_place: str = ""  # ... and its place, this meeting's too when it names none
    subjects: tuple[str, ...] = ()  # who the sentence tells as meeting the others: "A and B called on C"


@dataclass
class Meeting:
    meeting_id: str
    kind: str
    status: str
    date: str
    date_text: str
    place: str
    participants: list[str]  # canonical names
    person_ids: list[str]
    sources: list[str]
    evidence: list[str]  # one sentence per source
    links: list[ResolvedMeeting] = field(default_factory=list)
    venue: str = ""  # the building or site, when the text names one the gazetteer cannot place


def role_family(role_word: str) -> set[str]:
    word = role_word.lower()
    for key in sorted(ROLE_FAMILIES, key=len, reverse=True):
        if word.endswith(key) or word.endswith(key + "s"):
            return ROLE_FAMILIES[key]
    return set()


#: Offices a story's own subject holds when it names him by the office alone ("The prime minister spoke").
_LEADERS_OFFICES = frozenset({"president", "prime minister", "chancellor", "premier"})


class DocumentPeople:
    """The people of one document and where their mentions are."""

    def __init__(self, doc_id: str, spans: list[tuple[int, int, str]], people: dict[str, Person], home: str = "",
                 looked_back_on: frozenset[str] = frozenset()):
        self.doc_id = doc_id
        self.home = home  # the country the article is told from
        self.spans = sorted(spans)
        self.people = people
        self.present = Counter(pid for _, _, pid in spans)
        self.looked_back_on = looked_back_on  # told only as "the late Soviet leader X", "former President Y" here

    def at(self, start: int, end: int) -> str | None:
        for a, b, pid in self.spans:
            if a < end and start < b:
                return pid
        return None

    def before(self, offset: int) -> list[str]:
        """Distinct people mentioned before an offset, most recent first."""
        seen: list[str] = []
        for a, _, pid in reversed(self.spans):
            if a < offset and pid not in seen:
                seen.append(pid)
        return seen

    def leading(self, candidates: list[str], size: int) -> list[str]:
        """The `size` of `candidates` the document names most, when there are just so many or
        they are named more than twice as often as the next; else none."""
        ranked = sorted(candidates, key=lambda pid: self.present[pid], reverse=True)
        if len(ranked) == size or (len(ranked) > size
                                   and self.present[ranked[size - 1]] > 2 * self.present[ranked[size]]):
            return ranked[:size]
        return []

    def _untitled_subject(self, exclude: set[str]) -> str | None:
        """"Boris Johnson has said ... The prime minister spoke with X": with no one of the article
        given the office, the one it is about, when no title is given to him and he is named far
        more than anyone else."""
        ranked = sorted((pid for pid in self.present if pid not in exclude), key=lambda p: self.present[p], reverse=True)
        if not ranked or self.people[ranked[0]].roles or self.present[ranked[0]] < 3:
            return None
        return ranked[0] if len(ranked) == 1 or self.present[ranked[0]] >= 2 * self.present[ranked[1]] else None

    def by_role(self, role_word: str, country: str | None, exclude: set[str], like: set[str] | None = None,
                offset: int | None = None) -> str | None:
        """The one person of the document who holds the role for the country (any country when
        None: "the External Affairs Minister"); among several, the one named before `offset`,
        where the reference stands ("the Head of State held talks", with a king named later)."""
        family = like if like is not None else (role_family(role_word) or {role_word})
        if not family:
            return None  # "defense chiefs" of nobody known: invent no one
        exact = {role_word.lower()} if like is None else set()
        for wanted in ([exact] if exact else []) + [{r.lower() for r in family}]:  # "the External Affairs Minister": that title first
            fits = [pid for pid in self.present if pid not in exclude
                    and (country is None or self.people[pid].affiliation == country)
                    and _holds({r.lower() for r in self.people[pid].offices}, wanted, like is None and wanted is not exact)]
            if fits:
                break
        if country is None:  # "the crown prince": the one, the home country's, or the one the article is most about
            if len(fits) > 1 and offset is not None:
                named_before = [pid for pid in fits if any(a < offset for a, _, p in self.spans if p == pid)]
                fits = named_before or fits
            if len(fits) > 1:
                ranked = sorted(fits, key=lambda p: self.present[p], reverse=True)
                if self.present[ranked[0]] > 2 * self.present[ranked[1]]:
                    return ranked[0]
                # "The president spoke by phone with X" in a Tehran paper: Iran's
                own = [pid for pid in fits if self.home and self.people[pid].affiliation == self.home]
                return own[0] if len(own) == 1 else None
            if not fits and role_word.lower() in _LEADERS_OFFICES:
                return self._untitled_subject(exclude)
            return fits[0] if fits else None
        if len(fits) == 1:
            return fits[0]
        if len(fits) > 1:  # the one the article is about most
            ranked = sorted(fits, key=lambda p: self.present[p], reverse=True)
            if self.present[ranked[0]] > self.present[ranked[1]]:
                return ranked[0]
        if not fits:
            # "the presidents of Congo and Rwanda" with "Rwanda's Paul Kagame" the only person of
            # Rwanda the article gives no role: news style names a country's official that way
            untitled = [pid for pid in self.present if pid not in exclude
                        and self.people[pid].affiliation == country and not self.people[pid].roles]
            if len(untitled) == 1:
                return untitled[0]
        return None


def _holds(offices: set[str], wanted: set[str], any_minister: bool) -> bool:
    """Whether someone of these offices fits a role's titles; "the minister" (`any_minister`, the
    family of "minister") is any minister, whatever the portfolio ("Commerce Minister", "Deputy
    Prime Minister")."""
    return bool(offices & wanted) or (any_minister and "minister" in wanted and any(o.endswith(" minister") for o in offices))


#: A meeting told as happening around the story's event: "Ahead of the summit", "before the
#: signing", "on the sidelines of the talks".
_AROUND_THE_EVENT = re.compile(
    r"\b(?:[Aa]head of|[Bb]efore|[Aa]fter|[Ff]ollowing|[Oo]n the (?:sidelines|margins) of)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:summit|ceremony|signing|talks|meeting|forum|conference|gathering|session|dinner|banquet)\b"
    # "He was then received by X": the next step of the day the story tells (not "then-president",
    # "since then")
    r"|(?<![Ss]ince )(?<![Uu]ntil )(?<![Bb]y )(?<![Ff]rom )(?<![Tt]he )(?<![Bb]ack )\b(?:then|afterwards|subsequently)\b(?![-‑])"
    # (nor "then president X", the office he held then)
    r"(?!\s+(?i:vice|deputy|acting|foreign|prime|defen[cs]e|crown|chief|president|premier|chancellor|minister|"
    r"secretary|leader|king|queen|emir|amir|chairman|governor|senator|ambassador|mayor|speaker|opposition)\b)")


#: A meeting held before or after the gathering the story tells: "ahead of the summit".
_OUTSIDE_THE_EVENT = re.compile(r"\b(?:[Aa]head of|[Bb]efore|[Aa]fter|[Ff]ollowing|[Pp]rior to)\s+(?:the|this|that)\s+"
                                r"(?:[\w-]+\s+){0,2}?(?:summit|conference|gathering)\b")


#: A meeting held during a summit told of before: "On the sidelines of the summit, A met B".
_SIDELINES = re.compile(r"\b[Oo]n the (?:sidelines|margins) of\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?summit\b")

_SUMMIT_WORD = re.compile(r"\b[Ss]ummit\b")


#: The day before the story's event: "On the eve of the summit, the foreign ministers met".
_ON_THE_EVE = re.compile(r"\b[Oo]n the eve of\s+(?:the|an?|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:summit|talks|meeting|visit|conference|session|signing|ceremony)\b")


def _dispatch_day(dispatches: list[tuple[int, str]], offset: int) -> str:
    """The day of the wire dispatch that text at `offset` is in, or "" before the first."""
    return max(((start, day) for start, day in dispatches if start <= offset), default=(-1, ""))[1]


def resolve_mentions(mentions: list[MeetingMention], doc_people: DocumentPeople, published: str,
                     text: str, dateline: str = "", dispatches: list[tuple[int, str]] | None = None) -> list[ResolvedMeeting]:
    """Participants, dates and places of one document's meeting mentions, in text order.
    `dispatches`: where each wire dispatch of a compiled article begins and its day, which its
    mentions' relative days count from instead of the article's `published` day."""
    gaz = get_gazetteer()
    article_day, dispatch = published, ""
    resolved: list[ResolvedMeeting] = []
    history: list[tuple[int, tuple[str, ...]]] = []  # (sentence, people) of earlier meetings
    anchor = ""
    occasion = (-1, "", "")  # (sentence, day, place) of the latest dated meeting in person: `story_day`
    arrivals: dict[str, tuple[int, str, str]] = {}  # person -> (sentence, place, date) of their last visit
    gathered: list[ResolvedMeeting] = []  # mentions of gatherings, made into events at the end (`gatherings`)
    visitors: list[str] = []  # who the article's visits so far were of, the latest last ("his guest")
    for m in mentions:
        if (day := _dispatch_day(dispatches or [], m.sentence_start)) != dispatch:
            # (a new dispatch: its day, which its "a day earlier" counts from until it dates an event)
            published, dispatch = day or article_day, day
            anchor = day or anchor
        people: list[str] = []
        subject_ids: list[str] = []
        object_ids: list[str] = []
        # (the guest first: "The President offered a dinner in honour of his guest" is the host's)
        for ref in sorted(m.participants, key=lambda r: r.kind != "visitor"):
            ids = _resolve_ref(ref, m, doc_people, history, people) if ref.kind != "visitor" else (
                [visitors[-1]] if visitors and visitors[-1] not in people and _may_hold(doc_people, visitors[-1], ref.role)
                # ("the visiting minister" with no minister's visit told: whoever holds the role)
                else _resolve_ref(replace(ref, kind="role"), m, doc_people, history, people) if ref.role else [])
            for pid in ids:
                if pid not in people:
                    people.append(pid)
                    (subject_ids if ref.side == "subject" else object_ids).append(pid)
        place = _place_name(m, doc_people, gaz)
        if len(people) >= 2:
            history.append((m.sentence, tuple(people)))
        if m.kind == GREETING:
            continue  # (who greeted whom at the airport: no meeting, but "the two" next)
        kind = m.kind
        # (not a meeting told as before or after the gathering: "X meets A and B at the palace
        # ahead of the summit")
        gather = (m.multilateral and m.status == "held" and not m.one_to_one  # see gatherings
                  and not _OUTSIDE_THE_EVENT.search(text, m.sentence_start, m.sentence_end))
        if len(people) == 1:
            if not place and not gather:
                continue
            kind = "visit" if place else kind  # one named person and a place
        elif not people and not gather:
            continue  # (a gathering told with no one named still gives its date and place)
        # (a cancelled plan, or a programme's day: either side of the article's)
        tense = "nearest" if m.scheduled else {"held": "past", "planned": "future"}.get(m.status, "nearest")
        dated = resolve_date(m.date_text, published, tense, anchor, m.date_invert) if m.date_text else None
        date = dated.iso if dated else ""
        if m.scheduled and m.status == "held" and len(date) == 10 and len(published) == 10 and date > published:
            m = replace(m, status="planned")  # "WEDNESDAY 4 SEPTEMBER / 10.30 – Bilateral talks", told the day before
        if not date and m.reported_as_news and m.status == "held" and len(published) == 10:
            date = published  # "have met ... in Beijing": the day the article reports it
        if not date and m.status == "held" and anchor and len(anchor) == 10 and _ON_THE_EVE.search(text, m.sentence_start, m.sentence_end):
            date = (datetime.date.fromisoformat(anchor) - datetime.timedelta(days=1)).isoformat()  # "On the eve of the summit"
        if not date and m.status == "held" and not m.sidelines and _SIDELINES.search(text, m.sentence_start, m.sentence_end) and (
                summit := next((g for g in reversed(gathered) if g.kind == "summit" and g.date
                                and _SUMMIT_WORD.search(g.evidence)), None)) is not None:
            # "On the sidelines of the summit, A held a bilateral meeting with B": the day and
            # place of the summit told of last (not of whatever the story told in between, nor of
            # a meeting a summit's attendees held elsewhere)
            date, place = summit.date, place or summit.place
        if not date and m.status == "held" and anchor and not m.sidelines and _AROUND_THE_EVENT.search(text, m.sentence_start, m.sentence_end):
            date = anchor  # "Ahead of the summit, A and B held a bilateral meeting": the story's day
        if (not date and m.status == "held" and people and all(r.kind == "group" or r.every for r in m.participants)
                and not _ANOTHER_OCCASION.search(text, m.sentence_start, m.sentence_end) and (
                    same := next((r for r in reversed(resolved + gathered) if m.sentence - r.sentence <= GROUP_WINDOW
                                  and r.status == "held" and set(people) <= set(r.person_ids)), None)) is not None
                and len(same.date) == 10 and same.kind != "phone_call"):
            # "A and B signed the accord in Dhaka on Tuesday. The two prime ministers held a
            # tête-à-tête at the Prime Minister's Office": the occasion just told, its day and city
            # (not a call's, nor another occasion: "The two presidents last met in Lima", "have
            # met several times", "had previously held talks in Washington")
            date, place = same.date, place or same.place
        # (a stop the visitor came from: "flew in from Moscow, where he had arrived on Wednesday",
        # "flew in from Vilnius, where he met President X on Wednesday")
        left_behind = _verb_and_place(_CAME, "from", m, text)
        if (date and len(date) == 10 and not m.is_caption and m.status == "held" and _absolute(m.date_text)
                and not m.date_from_sentence and not left_behind):
            anchor = date  # relative expressions ("a day earlier") do not move the story's day
        if (len(date) == 10 and m.date_text and not m.is_caption and m.status == "held" and kind != "phone_call"
                and not m.date_from_sentence and not left_behind):
            # (by any words of its own: "arrived today", "on Monday"; but "A and B last met on
            # June 27" is another occasion, and ends the one told before)
            occasion = (-1, "", "") if _LAST_MET.search(text, m.sentence_start, m.sentence_end) else (m.sentence, date, place)
        if kind == "visit" and len(people) == 1 and len(date) == 10 and not (
                len(published) == 10 and _distance(published, date) > _HISTORY_DAYS):
            visitors.append(people[0])  # (a dated visit: not history, "since Coolidge traveled to Havana in 1928")
        # (and an arrival told with a meeting: "X arrived in Kabul on Friday and, together with Y,
        # inaugurated ...": X arrived there)
        # (in a city or country: not "arrived at the palace together with X", a building)
        arrived = kind == "visit" or (m.trigger.lower() in _ARRIVED and _verb_and_place(re.escape(m.trigger), "in", m, text))
        if arrived and m.status == "held" and place:
            for pid in (people if kind == "visit" else subject_ids[:1]):
                before = arrivals.get(pid)
                # "flew to Baghdad ... his visit to Iraq"; "arrived in Phnom Penh yesterday ... was
                # received at the Peace Palace" (a building the map cannot place: in the city)
                if before and (_within(before[1], place, gaz) or (gaz.place(place) is None and gaz.place(before[1]) is not None
                                                                 and m.sentence - before[0] <= VISIT_WINDOW)):
                    arrivals[pid] = (m.sentence, before[1], before[2] or date)
                elif not left_behind:
                    arrivals[pid] = (m.sentence, place, date)
        elif kind not in ("visit", "phone_call") and m.status == "held" and (not place or gaz.place(place) is None):
            # "The pope flew to Baghdad on Friday. ... He held talks with X at the airport": a
            # meeting with no place of its own, or only a building the gazetteer cannot place,
            # just after one of its people arrived in a city (and, with no date of its own, on that day)
            # (not a landing at an airport: no meeting is held there, and the visit's meetings may
            # be days after the night it landed)
            came = [arrivals[pid] for pid in people if pid in arrivals and 0 <= m.sentence - arrivals[pid][0] <= VISIT_WINDOW
                    and (not date or not arrivals[pid][2] or date == arrivals[pid][2])
                    # (a trip told as history, "when Obama visited Moscow last July", places only
                    # meetings of its own month or told with it, "On that visit he also held
                    # talks with X", not the story's undated ones two sentences on)
                    and (date or not _month_or_year_only(arrivals[pid][2]) or m.sentence - arrivals[pid][0] <= 1)
                    and not _AIRPORT.search(arrivals[pid][1])]
            if came:
                _, arrived_in, arrived = max(came)
                if not place or ((entry := gaz.place(arrived_in)) is not None and entry.kind == "city"):
                    place = arrived_in
                    date = date or arrived
        # "On March 5, A and B held a one-on-one meeting. The talks continued with C and D": an
        # undated meeting told just after a dated one is of its day (not a call, a separate
        # event as a rule, nor "had met before", "his predecessor met", another occasion, nor a
        # meeting in another city)
        story_day = occasion[1] if (not date and not m.date_text and m.status == "held" and kind != "phone_call" and occasion[1]
                                    and 0 <= m.sentence - occasion[0] <= STORY_WINDOW
                                    and not _ANOTHER_OCCASION.search(text, m.sentence_start, m.sentence_end)
                                    and not _BACKGROUND.search(text, m.sentence_start, m.sentence_end)
                                    and not (place and occasion[2] and gaz.place(place) and gaz.place(occasion[2])
                                             and not places_compatible(place, occasion[2]))) else ""
        venue = ""
        if m.at_site and place == m.place_text:
            # "at the Al Alam Palace": a building the map cannot place; the meeting is in the city
            # the text names nearest it, else the dateline's, else the article's own; a seat of
            # government stands in its country's capital ("at the White House": Washington), or
            # in the city of that country the text names nearest it
            home = gaz.dateline_place(dateline)
            country = gaz.seat_of_government(place)
            seat = gaz.capital_of(country)
            near = gaz.place(m.near_city) if m.near_city else None
            if seat is not None and not (near is not None and near.kind == "city" and near.country == country):
                city = seat.name
            else:
                city = m.near_city or (home.name if home is not None and home.kind == "city" else "") or m.story_city
            if city:
                venue, place = place, city
        if kind == "phone_call":
            venue, place = "", ""  # (a call is held nowhere: "called X from Kuala Lumpur" places only the caller)
        groups = [tuple(people)]
        if (kind == "phone_call" or m.one_to_one) and len(subject_ids) == 1 and len(object_ids) >= 2:
            groups = [(subject_ids[0], o) for o in object_ids]  # calls, "separate meetings": one to one
        elif m.one_to_one and kind != "phone_call" and len(subject_ids) >= 2 and len(object_ids) >= 2:
            # ("The Emperor and Empress met separately with A, B and C": each of the couple with each)
            groups = [(s, o) for s in subject_ids for o in object_ids if o not in subject_ids]
        elif (m.one_to_one and not subject_ids and len(object_ids) >= 2 and len(people) == len(object_ids)
              and any(r.side == "subject" for r in m.participants)):
            # ("The new president will receive A, B and C separately", whoever he is: they do not
            # meet; but "a separate meeting between A and B" is theirs)
            groups = []
        out = gathered if gather else resolved
        for group in groups:
            out.append(ResolvedMeeting(
                doc_id=m.doc_id, person_ids=group, kind=kind, status=m.status, date=date,
                date_text=dated.text if dated else "", place=place,
                evidence=text[m.sentence_start:m.sentence_end].strip(), sentence=m.sentence,
                start_char=m.sentence_start, end_char=m.sentence_end, published=published, joins=m.joins,
                event_name=m.event_name, venue=venue, sidelines=m.sidelines, story_day=story_day,
                subjects=tuple(pid for pid in subject_ids if pid in group),
                # (not the airport a visitor landed at: no meeting is held there; nor where a
                # sentence says it turns elsewhere: "Back home, President X met Y")
                story_place=occasion[2] if story_day and not _AIRPORT.search(occasion[2])
                and not _ELSEWHERE.match(text, m.sentence_start) else "",
            ))
    # (the countries of the gatherings' people only: `doc_people.people` is the whole corpus's)
    countries = {pid: doc_people.people[pid].affiliation for r in gathered for pid in r.person_ids}
    events = gatherings(gathered, countries)
    # ("On the sidelines of the summit, A met B": the day and place of the summit they were at,
    # once its mentions are one event)
    at_summit = {r.sentence: r for r in events if r.sidelines and r.date}
    resolved = [replace(r, date=at_summit[r.sentence].date, place=r.place or at_summit[r.sentence].place)
                if r.sentence in at_summit and not r.date_text and r.status == "held" else r for r in resolved]
    found = _placed_by_their_day(sorted(resolved + events, key=lambda r: r.start_char))
    city = gaz.dateline_place(dateline)
    if city is not None and city.kind == "city":
        found = [replace(r, place=city.name) if _at_the_dateline(r, gaz) or _in_the_datelines_country(r, city, gaz)
                 else replace(r, place=city.name, date=published) if _undated_at_the_dateline(r, city.name, gaz)
                 else r for r in found]
    found = _dated_by_their_place(found)  # (after the dateline's: an undated meeting there is the story's news)
    return _dated_by_the_story(found)


#: Words opening a sentence that turns to another place or story: "Back home, ...", "Meanwhile, ...".
_ELSEWHERE = re.compile(r"\W*(?:back\s+(?:home|in)|at\s+home|meanwhile|separately|elsewhere|in\s+(?:a\s+)?separate\s+"
                        r"development|in\s+other\s+news)\b", re.IGNORECASE)

#: Sentences after a dated meeting within which an undated one is taken to be of its day.
STORY_WINDOW = 12


def _dated_by_the_story(found: list[ResolvedMeeting]) -> list[ResolvedMeeting]:
    """An undated meeting told just after a dated one takes its day (`ResolvedMeeting.story_day`),
    unless the article dates the same people, or some of them at a meeting of them all, elsewhere
    ("the talks" of a round told day by day are one of its days, which merging finds), or its
    sentence names another year ("when he met then president X in 2012")."""
    dated = [set(r.person_ids) for r in found if r.date]

    def told_dated(r: ResolvedMeeting) -> bool:
        people = set(r.person_ids)
        return any(people == q or (len(people & q) >= 2 and (people <= q or q <= people)) for q in dated)

    return [replace(r, date=r.story_day, place=r.place or r.story_place)
            if not r.date and r.story_day and not told_dated(r) and not _another_year(r, r.story_day)
            else r for r in found]


def _verb_and_place(verb: str, prep: str, m: MeetingMention, text: str) -> bool:
    """Whether the mention's sentence says a verb (a pattern), then within a few words the
    preposition and the mention's place: "flew in from Moscow", "arrived on Friday in Kabul"."""
    return bool(m.place_text) and re.search(rf"\b{verb}\s+(?:[\w-]+\s+){{0,3}}?{prep}\s+(?:the\s+)?{re.escape(m.place_text)}\b",
                                            text[m.sentence_start:m.sentence_end]) is not None


#: Words that set a meeting in the story's past, not on the day just told: "his predecessor met
#: X", "during his previous visit", "first met", "the last time", "years ago".
_BACKGROUND = re.compile(r"\b(?:predecessors?|previous|previously|first\s+(?:met|visit|trip|meeting)|last\s+time|"
                         r"ago|years?\s+as|in\s+the\s+past)\b", re.IGNORECASE)
#: A meeting told as the last of earlier ones: "A and B last met on June 27, 2024".
_LAST_MET_WORDS = r"last\s+(?:met|held|spoke|talked|saw)|previously"
_LAST_MET = re.compile(r"\b(?:" + _LAST_MET_WORDS + r")\b", re.IGNORECASE)
#: Words that tell of another occasion than the one just told: "The two leaders last met in Lima".
_ANOTHER_OCCASION = re.compile(r"\b(?:" + _LAST_MET_WORDS + r"|(?:met|spoke|talked)\s+again|"
                               r"(?:several|many|two|three|four|five|\d+)\s+times|(?:had|have|has)(?:\s+\w+)?\s+(?:met|held|spoken|talked))\b",
                               re.IGNORECASE)
#: Verbs of coming from a place: "flew in from Moscow, where he had arrived on Wednesday".
_CAME = r"(?:flew|flown|flies|flying|came|comes|coming|arrived|arrives|arriving|travell?ed|travell?ing|returned|returning|landed|lands|landing|headed|heading|jetted)"
#: Verbs of a mention that tell its subject arrived where it is.
_ARRIVED = frozenset({"arrived", "arrives", "landed", "lands"})
_AIRPORT = re.compile(r"\b(?:Airport|Air\s?[Bb]ase|Airbase|Air Force Base)\b")


def _placed_by_their_day(found: list[ResolvedMeeting]) -> list[ResolvedMeeting]:
    """A meeting in person held on a day the article places every other meeting or visit in one
    city takes that city ("Yoon met Kishida on Sunday" in a story of the Seoul summit on Sunday);
    a day with meetings in two places places none. So does a meeting placed only at a building the
    map cannot place ("at the Arthur Chung Convention Centre", its venue), or only in the country
    of the one city of that day's meetings ("talks in Haiti" on a day of talks in Port-au-Prince);
    not a visit, which is to the country or the building."""
    gaz = get_gazetteer()
    places: dict[str, set[str]] = defaultdict(set)
    for r in found:  # (not a landing's airport: no meeting is held there)
        if r.status == "held" and r.kind != "phone_call" and len(r.date) == 10 and r.place and not _AIRPORT.search(r.place):
            places[r.date].add(r.place)
    cities = {day: {p for p in named if not _is_building(p, gaz) and not is_country_name(p)} for day, named in places.items()}

    def day_place(r: ResolvedMeeting) -> str:
        if r.status != "held" or r.kind == "phone_call" or r.remote or len(r.date) != 10:
            return ""
        if not r.place:  # (the day's one place; or its one city, its other places buildings or that city's country)
            if len(places.get(r.date, ())) == 1:
                return next(iter(places[r.date]))
            return next(iter(cities[r.date])) if len(cities.get(r.date, ())) == 1 and _all_around(places[r.date], next(iter(cities[r.date])), gaz) else ""
        if len(cities.get(r.date, ())) != 1 or r.kind == "visit":
            return ""
        city = next(iter(cities[r.date]))
        if _is_building(r.place, gaz):
            return city
        return city if is_country_name(r.place) and places_compatible(r.place, city) else ""

    out = []
    for r in found:
        place = day_place(r)
        if not place:
            out.append(r)
        else:
            out.append(replace(r, place=place, venue=r.venue or (r.place if _is_building(r.place, gaz) else "")))
    return out


#: The head words of a building's name: a meeting held there is in the city around it.
_BUILDING = re.compile(r"\b(?:" + "|".join(n.replace(" ", r"\s+") for n in TITLED_SITE_NOUNS) + r"|Centre|Center|Hotel|Lounge)$")


def _all_around(places: set[str], city: str, gaz) -> bool:
    """Whether a day's places are one city, buildings and that city's country only."""
    return gaz.place(city) is not None and all(
        p == city or _is_building(p, gaz) or (is_country_name(p) and places_compatible(p, city)) for p in places)


def _is_building(place: str, gaz) -> bool:
    return bool(place) and gaz.place(place) is None and bool(_BUILDING.search(place))


def _another_year(r: ResolvedMeeting, day: str) -> bool:
    """The meeting's sentence names a year not the `day`'s: "made his first trip to Stockholm, in
    2012, and was received"."""
    return any(y != day[:4] for y in re.findall(r"\b(?:1[89]|20)\d\d\b", r.evidence))


def _dated_by_their_place(found: list[ResolvedMeeting]) -> list[ResolvedMeeting]:
    """A meeting in person with no date of its own, held where the article places its meetings of
    one day only, is of that day ("Fidan met Shoukry in Cairo" in a story of Wednesday's talks in
    Cairo); a place of two days dates none."""
    days: dict[str, set[str]] = defaultdict(set)
    for r in found:  # (not an arrival's day: "arrived in Arusha on Thursday for Friday's summit")
        if r.status == "held" and r.kind not in ("phone_call", "visit") and len(r.date) == 10 and r.place:
            days[r.place].add(r.date)
    dated_pairs = {frozenset(r.person_ids) for r in found if r.date}  # (dated where the article tells it again)
    # (not a summit, the story's event, nor a meeting whose own words date it in a way not read)
    return [replace(r, date=next(iter(days[r.place])))
            if (r.status == "held" and r.kind not in ("phone_call", "summit") and not r.date and not r.date_text
                and r.place and len(days.get(r.place, ())) == 1 and not _another_year(r, next(iter(days[r.place])))
                and frozenset(r.person_ids) not in dated_pairs) else r
            for r in found]


#: Days from the article's date within which a meeting it reports is taken to be its dateline's news.
DATELINE_DAYS = 2


def _undated_at_the_dateline(r: ResolvedMeeting, city: str, gaz) -> bool:
    """A meeting in person with no date that the text places in the dateline's city, or in a
    building there: the story's news ("ANKARA, July 1 - ... Fidan held separate meetings in
    Ankara with A and B"), dated by the article."""
    if r.date or r.status != "held" or r.kind in ("phone_call", "visit") or r.remote or len(r.published) != 10:
        return False
    return r.place == city or (bool(r.place) and gaz.place(r.place) is None)


def _at_the_dateline(r: ResolvedMeeting, gaz) -> bool:
    """A meeting in person held on the article's news days that the text gives no place, or only
    a building the gazetteer cannot place: the dateline's city ("ISLAMABAD: ... He held separate
    meetings with A and B on Wednesday", "... talks at the PM House")."""
    return not (r.place and gaz.place(r.place) is not None) and _in_person_on_the_news_days(r)


def _in_the_datelines_country(r: ResolvedMeeting, city, gaz) -> bool:
    """A meeting in person on the article's news days placed only in the country of its dateline's
    city ("LUANDA - ... began a state visit to Angola. The two presidents went straight into
    talks"): the dateline's city. A visit stays where it went."""
    entry = gaz.place(r.place) if r.place else None
    return entry is not None and entry.kind == "country" and entry.name == city.country and _in_person_on_the_news_days(r)


def _in_person_on_the_news_days(r: ResolvedMeeting) -> bool:
    """A meeting held in person (not a call, a visit or a gathering by video) on a day within
    `DATELINE_DAYS` of the article's."""
    return (r.status == "held" and r.kind not in ("phone_call", "visit") and not r.remote and len(r.date) == 10
            and len(r.published) == 10 and _distance(r.published, r.date) <= DATELINE_DAYS)


GATHERING_WINDOW = 2  # sentences within which two mentions of gatherings may tell of one


def gatherings(parts: list[ResolvedMeeting], countries: dict[str, str] | None = None) -> list[ResolvedMeeting]:
    """One article's held mentions of gatherings (summits, a council's meeting), gathered into
    the events they tell of: "X attended the summit", "It was chaired by Y", "Also in attendance
    were A, B and C" are one summit of X, Y, A, B and C. Mentions join when their dates agree (or
    one has none: a month and a day in it are told apart) and their places agree, or when both
    name the same day; and when they share a person or are told within a few sentences of each
    other; an attendance line ("Also in attendance were ...", "Taking part on the X side were
    ...") joins the event of the sentence it follows (`MeetingMention.joins`), whatever its date.
    Each mention is kept, with the event's people, date and place, so the meeting cites every
    sentence; an event with one person is their visit."""
    countries = countries or {}
    events: list[list[ResolvedMeeting]] = []
    for r in parts:
        joined = [e for e in events if any(x.sentence == r.joins for x in e)] if r.joins >= 0 else []
        if joined:  # "Also in attendance were ...", "Taking part ... were": the event it follows
            joined[-1].append(r)
            continue
        summits = [e for e in events if r.sidelines and any(x.kind == "summit" and not x.sidelines and _SUMMIT_WORD.search(x.evidence)
                                                            for x in e)]
        if summits:  # "On the sidelines of the summit, A met B": A and B were at the summit told of last
            summits[-1].append(r)
            continue
        for event in events:
            dates = {e.date for e in event if e.date}
            places = {e.place for e in event if e.place}
            same_day = bool(r.date) and r.date in dates and len(r.date) == 10
            # ("earlier this month" is not "on Sunday": a month and a day in it are two events here)
            agree = same_day or ((not r.date or not dates or dates == {r.date})
                                 and all(places_compatible(r.place, q) for q in places))
            if not dates and r.date and len(r.published) == 10 and _distance(r.published, r.date) > _HISTORY_DAYS:
                agree = False  # ("He last visited Tehran in November 2017, when he met X": not the story's summit)
            # and the same story: a person in common, or told within a few sentences of it
            near = (r.sentence - event[-1].sentence <= GATHERING_WINDOW
                    or bool(set(r.person_ids) & {pid for e in event for pid in e.person_ids}))
            # (not a gathering of another name: "the Arab Islamic American Summit" and, the same
            # day in the same city, "a GCC-US summit")
            other = any(_named_apart(r.event_name, e.event_name) for e in event)
            # (nor two people's own talks and a gathering of people of other countries the same day:
            # "Xi and O'Neill held official talks", "Xi met the leaders of eight Pacific island
            # countries"; but their delegations join them: "the talks, in expanded format")
            other = other or _other_sides(r, event, countries) or any(_other_sides(e, [r], countries) for e in event)
            # (nor another's courtesy call on the same guest: "The Prime Minister called on His
            # Majesty ... A and B also called on His Majesty")
            other = other or _another_call_on(r, event)
            # (nor a meeting of the afternoon and talks of the morning: "this morning held talks
            # with X ... This afternoon he met the heads of government")
            part = _part_of_day(r.date_text)
            other = other or (bool(part) and any(_part_of_day(e.date_text) not in ("", part) for e in event))
            if agree and near and not other:
                event.append(r)
                break
        else:
            events.append([r])
    out = []
    for event in _with_nameless(events):
        ids = tuple(dict.fromkeys(pid for r in event for pid in r.person_ids))
        if len(ids) < 2:
            out += [r for r in event if r.kind == "visit"]  # one person and a place; alone, no meeting
            continue
        dates = Counter(r.date for r in event if r.date)
        date = max(dates, key=lambda d: (len(d), dates[d]), default="")
        places = Counter(r.place for r in event if r.place and r.kind != "visit") or Counter(r.place for r in event if r.place)
        place = places.most_common(1)[0][0] if places else ""
        date_text = next((r.date_text for r in event if r.date == date), "")
        kind = max((r.kind for r in event), key=lambda k: KIND_RANK.get(k, 0))
        # (a gathering one of whose mentions tells it was held by video, "leads the virtual summit
        # from the Casa Rosada", is held nowhere, like a call)
        remote = any(r.kind == "phone_call" and _BY_VIDEO.search(r.evidence) for r in event)
        out += [replace(r, person_ids=ids, kind=kind, date=date, date_text=date_text, place="" if remote else place,
                        venue="" if remote else r.venue, remote=remote) for r in event]
    return out


#: A gathering itself told as held by video: "a virtual summit", "a summit held by videoconference"
#: (not one person's call to it: "Zelensky addressed the summit in a video call").
_BY_VIDEO = re.compile(
    r"\b(?i:virtual|video|online)\s+(?:[\w-]+\s+)?(?i:summit|meeting|conference|retreat|talks)\b"
    r"|\b(?i:summit|meeting|conference|retreat|talks)\s+(?:[\w-]+\s+){0,2}(?i:by|via|over)\s+(?:a\s+)?"
    r"(?i:video|videoconference|videolink|teleconference)")


#: Days before or after an article's date beyond which a dated gathering is history, not the
#: story's own event that the article's undated mentions tell of.
_HISTORY_DAYS = 45


_PART_OF_DAY = re.compile(r"\b(morning|afternoon|evening|night|tonight)\b", re.IGNORECASE)


def _part_of_day(date_text: str) -> str:
    """"morning" of "this morning", "" for a date text that names no part of the day."""
    found = _PART_OF_DAY.search(date_text)
    return found.group(1).lower().replace("tonight", "night") if found else ""


def _other_sides(r: ResolvedMeeting, event: list[ResolvedMeeting], countries: dict[str, str]) -> bool:
    """Whether `r` is two people's own talks (not an attendance line) and the event has people
    of a third country."""
    if len(r.person_ids) != 2 or r.joins >= 0 or r.kind not in ("talks", "meeting"):
        return False
    sides = {countries.get(pid, "") for pid in r.person_ids} - {""}
    others = {countries.get(pid, "") for e in event for pid in e.person_ids if pid not in r.person_ids} - {""} - sides
    # (with a side's country unknown, people of two other countries make it another gathering)
    return bool(others) if len(sides) == 2 else len(others) >= 2


#: A courtesy call: each caller's own meeting with whom they call on.
_CALLED_ON = re.compile(r"\bcall(?:s|ed|ing)?\s+on\b", re.IGNORECASE)


def _another_call_on(r: ResolvedMeeting, event: list[ResolvedMeeting]) -> bool:
    """Whether `r` is a call on someone of the event by people none of whom are in it."""
    return (r.joins < 0 and bool(r.subjects) and bool(_CALLED_ON.search(r.evidence))
            and not set(r.subjects) & {pid for e in event for pid in e.person_ids})


def _named_apart(a: str, b: str) -> bool:
    """Whether two gatherings' names tell them apart: neither's words are all in the other's
    ("GCC" and "GCC US" may be one; "Arab Islamic American" and "GCC US" are two)."""
    x, y = set(a.split()), set(b.split())
    return bool(x and y) and not (x <= y or y <= x)


def _with_nameless(events: list[list[ResolvedMeeting]]) -> list[list[ResolvedMeeting]]:
    """Mentions of a gathering that name no one ("The summit, which opened at X on June 15,
    ended on June 16") joined to the nearest event of named people told within a few sentences
    of them, whose dates they do not contradict: they give it its date and place."""
    named = [e for e in events if any(r.person_ids for r in e)]
    nameless = [e for e in events if not any(r.person_ids for r in e)]

    def distance(a: list[ResolvedMeeting], b: list[ResolvedMeeting]) -> int:
        return min(abs(x.sentence - y.sentence) for x in a for y in b)

    joined = True
    while joined and nameless and named:
        joined = False
        for loose in list(nameless):
            near = [e for e in named if distance(loose, e) <= GATHERING_WINDOW
                    and len({r.date for r in loose + e if r.date}) <= 1]
            if near:
                min(near, key=lambda e: distance(loose, e)).extend(loose)
                nameless.remove(loose)
                joined = True
    return [sorted(e, key=lambda r: r.sentence) for e in named]


def _within(inner: str, outer: str, gaz) -> bool:
    """Whether the place `inner` lies in the country `outer` (Baghdad in Iraq)."""
    a, b = gaz.place(inner), gaz.place(outer)
    return bool(a and b and b.kind == "country" and a.kind != "country" and a.country == b.name)


def _absolute(date_text: str) -> bool:
    """An explicit date or a weekday: a day the story is told from."""
    return bool(find_explicit_dates(date_text)) or any(d in date_text.lower() for d in WEEKDAYS)


def _holds_office(doc_people: DocumentPeople, pid: str, family: set[str], any_minister: bool = True) -> bool:
    """Whether a person's offices fit a role's titles (see `_holds`)."""
    return _holds({r.lower() for r in doc_people.people[pid].offices}, family, any_minister)


def _may_hold(doc_people: DocumentPeople, pid: str, role: str) -> bool:
    """Whether a person may hold a role ("minister"): no role asked, or one of its family held, or
    no office known (then anyone may)."""
    offices = {r.lower() for r in doc_people.people[pid].offices}
    return not role or not offices or _holds(offices, {r.lower() for r in role_family(role) or {role}}, True)


def _resolve_ref(ref, m: MeetingMention, doc_people: DocumentPeople, history, so_far: list[str]) -> list[str]:
    if ref.kind == "name":
        pid = doc_people.at(ref.start, ref.end)
        return [pid] if pid else []
    if ref.kind == "group":
        if ref.size > 2:  # "the three ministers": the latest meeting of three, further back
            # (of three who all hold the office, if any: "the four leaders", not the four ministers
            # at their side; and, at the story's end, however far back)
            family = {r.lower() for r in role_family(ref.text)}

            def holders(p: tuple[str, ...]) -> bool:
                return bool(family) and all(_holds_office(doc_people, pid, family) for pid in p)
            counted = [p for s, p in reversed(history) if m.sentence - s <= COUNTED_GROUP_WINDOW and len(p) == ref.size]
            counted = [p for _, p in reversed(history) if len(p) == ref.size and holders(p)] or counted
            if counted:
                return list(counted[0])
            if ref.affiliations and family:
                # "the three top Soviet leaders", with no meeting of three before: the article's
                # three who hold such an office for that country, when it has just so many or
                # names three of them well ahead of any other
                # (not anyone only looked back on: "the late Soviet leader X")
                national = [pid for pid in doc_people.present
                            if pid not in so_far and pid not in doc_people.looked_back_on
                            and doc_people.people[pid].affiliation == ref.affiliations[0]
                            and _holds_office(doc_people, pid, family, any_minister=False)]
                national = doc_people.leading(national, ref.size)
                if national:
                    return national
            if family:
                # "the same five presidents first met at Esquipulas", with no meeting of five
                # before: the article's holders of the office, when it names just so many
                every = [pid for pid in doc_people.present if pid not in so_far and pid not in doc_people.looked_back_on
                         and _holds_office(doc_people, pid, family)]
                if len(every) == ref.size:
                    return every
        recent = [p for s, p in reversed(history) if m.sentence - s <= GROUP_WINDOW]
        if ref.role and (family := {r.lower() for r in role_family(ref.role)}):
            # "both leaders", "the two ministers": the latest meeting of people who may hold
            # that office (a minister's meeting just before is not the leaders')
            def holds(pid: str) -> bool:
                return _holds_office(doc_people, pid, family)

            def may_hold(pid: str) -> bool:  # (no office known: anyone may)
                return _may_hold(doc_people, pid, ref.role)
            # (a group hosted, received or met by someone is not that someone: "X then hosted the
            # two presidents at a lunch")
            host = set(so_far) if ref.side == "object" else set()
            fitting = [(s, p) for s, p in reversed(history) if all(may_hold(pid) for pid in p)
                       and (not ref.size or len(p) == ref.size) and not host & set(p)]
            if fitting and m.sentence - fitting[0][0] <= GROUP_WINDOW:
                return list(fitting[0][1])
            if fitting:  # further back: the pair the article is most about
                return list(max(fitting, key=lambda sp: sum(doc_people.present[pid] for pid in sp[1]))[1])
            # no earlier meeting of theirs: those named just before, if they may hold it, else the
            # article's holders of it ("the two foreign ministers", not the last pair of others)
            size = ref.size or 2
            named = [pid for pid in doc_people.before(m.trigger_start) if pid not in host][:size]
            if len(named) == size and all(may_hold(pid) for pid in named):
                return named
            holders = doc_people.leading([pid for pid in doc_people.present if holds(pid) and pid not in host], size)
            if holders:
                return holders  # (the ones the article is about, well ahead of any other)
            # else the latest meeting just before, if one of its people holds it
            return list(recent[0]) if recent and any(holds(pid) for pid in recent[0]) else []
        if recent:
            return list(recent[0])
        return doc_people.before(m.trigger_start)[:2]
    if ref.kind == "role":
        if ref.every:
            # "The foreign ministers agreed to meet again": all of them at the latest meeting just
            # before that had two or more (not one of them; nor anyone named long before); a
            # meeting of ministers, most of them, is "the ministers" whole (with the secretary-
            # general who came with them)
            family = {r.lower() for r in role_family(ref.role) or {ref.role}}
            for s, p in reversed(history):
                if m.sentence - s > GROUP_WINDOW:
                    break
                others = [pid for pid in p if pid not in so_far]
                holders = [pid for pid in others if _holds_office(doc_people, pid, family)]
                if len(holders) >= 2:
                    return others if 2 * len(holders) > len(others) else holders
            return []
        ids = []
        like = None
        if "counterpart" in ref.role and so_far:
            like = set().union(*(role_family(r) | {r} for r in doc_people.people[so_far[0]].offices)) or None
        for country in ref.affiliations or (None,):
            pid = doc_people.by_role(ref.role, country, set(so_far) | set(ids), like, ref.start)
            if pid:
                ids.append(pid)
        return ids
    return []


def _place_name(m: MeetingMention, doc_people: DocumentPeople, gaz) -> str:
    if m.place_start >= 0:
        entry = gaz.place(m.place_text)
        return entry.name if entry else m.place_text
    if m.place_text:  # "the North Korean capital"
        country = gaz.affiliation(m.place_text.replace("capital", "").strip())
        capital = gaz.capital_of(country) if country else None
        return capital.name if capital else ""
    return ""


def _contact(kind: str) -> str:
    return {"phone_call": "phone", "visit": "visit"}.get(kind, "in person")


def dates_compatible(a: str, b: str, same_doc: bool) -> bool:
    if not a or not b or a == b:
        return True
    if a.startswith(b) or b.startswith(a):
        return True
    if len(a) == len(b) == 10 and not same_doc:
        from datetime import date

        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1
    return False


def places_compatible(a: str, b: str) -> bool:
    if not a or not b or a == b:
        return True
    gaz = get_gazetteer()
    pa, pb = gaz.place(a), gaz.place(b)
    if pa and pb:
        return (pa.kind == "country" and pb.country == pa.name) or (pb.kind == "country" and pa.country == pb.name)
    return False


def _specificity(r: ResolvedMeeting) -> tuple:
    return (len(r.date), bool(r.place))


def merge_meetings(resolved: list[ResolvedMeeting], people: dict[str, Person]) -> list[Meeting]:
    """One row per meeting, citing every article that reports it."""
    clusters: list[list[ResolvedMeeting]] = []
    by_people: dict[frozenset, list[list[ResolvedMeeting]]] = defaultdict(list)  # only these can merge
    for r in sorted(resolved, key=_specificity, reverse=True):
        best, best_score = None, None
        for cluster in by_people[frozenset(r.person_ids)]:
            if not all(_compatible(r, other) for other in cluster):
                continue
            dated = [c.date for c in cluster if c.date]
            score = (any(c.doc_id == r.doc_id for c in cluster), -_distance(r.published, dated[0]) if dated else 0)
            if best_score is None or score > best_score:
                best, best_score = cluster, score
        if best is None:
            clusters.append([r])
            by_people[frozenset(r.person_ids)].append(clusters[-1])
        else:
            best.append(r)
    meetings = [_meeting_row(c, people) for c in clusters]
    meetings.sort(key=lambda m: (m.date or "9999", m.participants, m.kind))
    return meetings


def _compatible(a: ResolvedMeeting, b: ResolvedMeeting) -> bool:
    return (set(a.person_ids) == set(b.person_ids) and a.status == b.status
            and _contact(a.kind) == _contact(b.kind)
            and dates_compatible(a.date, b.date, a.doc_id == b.doc_id)
            and (places_compatible(a.place, b.place) or (a.doc_id == b.doc_id and _site_and_city(a.place, b.place))))


def _site_and_city(a: str, b: str) -> bool:
    """"Royal Palace" and "Stockholm" in one article: a building the gazetteer does not know is
    taken to stand in the city the article names."""
    gaz = get_gazetteer()
    pa, pb = gaz.place(a), gaz.place(b)
    return (pa is None and pb is not None and pb.kind == "city") or (pb is None and pa is not None and pa.kind == "city")


def _month_or_year_only(date: str) -> bool:
    """Whether a date is a month or a year only (a trip the story tells as history), not a day."""
    return bool(date) and len(date) < 10


def _distance(published: str, day: str) -> int:
    from datetime import date

    try:
        day = day[:10] if len(day) >= 10 else day + "-01" if len(day) == 7 else day + "-07-01"  # (a month, a year)
        return abs((date.fromisoformat(published) - date.fromisoformat(day)).days)
    except ValueError:
        return 0


def _meeting_row(cluster: list[ResolvedMeeting], people: dict[str, Person]) -> Meeting:
    cluster = sorted(cluster, key=lambda r: (r.doc_id, r.start_char))
    kind = max((r.kind for r in cluster), key=lambda k: KIND_RANK.get(k, 0))
    dated = [r for r in cluster if r.date]
    if dated:
        longest = max(len(r.date) for r in dated)
        # a day the text names ("Sunday", "March 1") outweighs one counted ("a day earlier")
        votes = Counter({})
        for r in dated:
            if len(r.date) == longest:
                votes[r.date] += 2 if _absolute(r.date_text) else 1
        date = votes.most_common(1)[0][0]
        date_text = next(r.date_text for r in dated if r.date == date)
    else:
        date, date_text = "", next((r.date_text for r in cluster if r.date_text), "")
    places = [r.place for r in cluster if r.place]
    gaz = get_gazetteer()
    place = ""
    if places:
        ranked = Counter(places).most_common()
        cities = [p for p, _ in ranked if (gaz.place(p) and gaz.place(p).kind != "country")]
        place = cities[0] if cities else ranked[0][0]
    venue = next((r.venue for r in cluster if r.venue and r.place == place), "")
    ids = list(dict.fromkeys(pid for r in cluster for pid in r.person_ids))
    sources = list(dict.fromkeys(r.doc_id for r in cluster))
    evidence = [next(r.evidence for r in cluster if r.doc_id == doc) for doc in sources]
    key = "|".join([",".join(sorted(ids)), _contact(kind), cluster[0].status, date, place])
    meeting_id = f"meeting:{date or 'undated'}:{hashlib.sha1(key.encode()).hexdigest()[:8]}"
    return Meeting(meeting_id, kind, cluster[0].status, date, date_text, place,
                   [people[p].name for p in ids], ids, sources, evidence, cluster, venue)


def build_meetings(mentions_by_doc: dict[str, list[MeetingMention]], person_assignments, people: list[Person],
                   published: dict[str, str], texts: dict[str, str],
                   datelines: dict[str, str] | None = None, home_country: dict[str, str] | None = None,
                   dispatches: dict[str, list[tuple[int, str]]] | None = None) -> list[Meeting]:
    """From the documents' meeting mentions and the resolved people to merged meetings;
    `home_country` is the country each article is told from (whose "the president" it means);
    `dispatches` where the wire dispatches of compiled articles begin, and their days."""
    by_id = {p.person_id: p for p in people}
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    former: dict[str, set[str]] = defaultdict(set)  # who a mention looks back on ("the late X"), by document
    current: dict[str, set[str]] = defaultdict(set)  # ... and who a mention tells as they are
    for cand, pid in person_assignments:
        spans[cand.doc_id].append((cand.start, cand.end, pid))
        (former if cand.former else current)[cand.doc_id].add(pid)
    resolved = []
    for doc_id, mentions in mentions_by_doc.items():
        doc_people = DocumentPeople(doc_id, spans.get(doc_id, []), by_id, (home_country or {}).get(doc_id, ""),
                                    frozenset(former.get(doc_id, set()) - current.get(doc_id, set())))
        resolved += resolve_mentions(mentions, doc_people, published.get(doc_id, ""), texts.get(doc_id, ""),
                                     (datelines or {}).get(doc_id, ""), (dispatches or {}).get(doc_id))
    return merge_meetings(resolved, by_id)
