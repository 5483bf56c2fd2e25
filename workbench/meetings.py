"""Meeting mentions: who met whom, per sentence of one parsed document.

A meeting mention is a trigger (a verb such as "met", "visited", "hosted", "called", or a noun
such as "talks", "summit", "meeting", "phone call", "visit") with its participants, place,
date expression and status, read off the dependency parse in the manner of textacy's
`extract.triples` (subject-verb-object triples over spaCy's dependency labels), extended with
the prepositions that carry participants in news style ("with X", "between X and Y") and
possessives ("their meeting", "Pompeo's visit").

Participants are kept as references, not people: a span of a name candidate, a pronoun ("he",
"their", "the two leaders"), or a role description ("the top diplomats of the RoK and the US",
"his South Korean counterpart"); `merge` turns them into people once the corpus's people are
known, and normalises dates and places. Nothing here needs more than the one document.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterator

from workbench.dates import (DAY_BEFORE_AFTER, MONTHS, NEAR_DAYS, SAME_DAY, THAT_MONTH, THIS_PART_OF_DAY, WEEKDAYS,
                             find_explicit_dates)
from workbench.entities import Candidate
from workbench.gazetteer import get_gazetteer
from workbench.provenance import DATELINE
from workbench.roles import BODY_ABBREVIATION, is_form_of_address, is_office_phrase, is_title, title_words
from workbench.spans import SpanIndex, doc_text, sentence_of, sentences, span_text

VERB_KINDS = {
    "meet": "meeting", "host": "meeting", "receive": "meeting", "welcome": "meeting",
    "visit": "visit", "travel": "visit", "fly": "visit", "arrive": "visit", "tour": "visit",
    "call": "phone_call", "phone": "phone_call", "telephone": "phone_call", "dial": "phone_call",
    "talk": "talks", "speak": "talks", "confer": "talks", "negotiate": "talks",
    "join": "meeting",  # only passive with its agent: "he was joined by A, B and C"
    "sit": "meeting",  # only "sat down with X"
    "dine": "meeting", "lunch": "meeting",  # only "dined with X", "A and B will dine"
    "sign": "meeting",  # only with two people or more: "the deal was signed by A and B"
    "initial": "meeting",  # as "sign": "A and B initialled the agreement"
    "summon": "meeting",  # "the ministry summoned the ambassador"
    "shake": "meeting",  # only "shook hands (with X)": they met
    "chat": "talks",  # only "chatted with X"
    "see": "meeting",  # only with a person's name as its object: "flew to Addis Ababa to see Meles"
    "spend": "meeting",  # only "spent 25 minutes (in private) with X"
    "closet": "meeting",  # only "was closeted with X": shut away in talks together
}
#: What time one spends with someone on the story's day: "spent 25 minutes with X", "spent the
#: evening with Y".
_SPENT_TIME = frozenset({"minute", "hour", "evening", "morning", "afternoon"})  # (not "spent time with X in exile")
NOUN_KINDS = {
    "meeting": "meeting", "meet": "meeting", "session": "meeting", "lunch": "meeting", "luncheon": "meeting", "dinner": "meeting",
    "banquet": "meeting", "breakfast": "meeting", "encounter": "meeting", "audience": "meeting", "tea": "meeting",
    "signing": "meeting", "ceremony": "meeting", "inauguration": "meeting",  # (when attended: `_attended_ceremony`)
    "tête-à-tête": "meeting", "tête-à-têtes": "meeting", "tete-a-tete": "meeting", "tete-a-tetes": "meeting",
    "talk": "talks", "talks": "talks", "consultation": "talks", "consultations": "talks",
    "negotiation": "talks", "negotiations": "talks", "dialogue": "talks", "conversation": "talks",
    "summit": "summit", "call": "phone_call", "phonecall": "phone_call", "videoconference": "phone_call",
    "teleconference": "phone_call", "visit": "visit", "trip": "visit", "tour": "visit", "stop": "visit",
    "conference": "summit",  # (not a press conference: `_triggers`)
    "retreat": "summit",  # "the leaders' retreat" (not "a retreat from the pledge": `_triggers`)
}
#: Who a conference is for, when it is no meeting of the diplomats it names.
_PRESS_WORDS = frozenset({"press", "news", "media", "donor", "donors", "academic", "party"})
#: (preposition, noun) before "of X" that puts X at the meeting: "in the presence of X".
PRESENCE_PHRASES = frozenset({("in", "presence"), ("under", "chairmanship"), ("under", "chairpersonship"),
                              ("under", "presidency")})
#: Verbs whose object noun is the meeting itself ("held talks", "ended their summit").
LIGHT_VERBS = frozenset({
    "hold", "have", "conduct", "begin", "start", "end", "conclude", "attend", "join", "host", "resume",
    "continue", "wrap", "open", "close", "finish", "arrange", "make", "pay", "schedule", "plan",
    "cancel", "postpone", "call", "scrap", "enjoy", "chair", "co-chair", "address",
})
#: Nouns a meeting noun is counted in: "held their first round of talks".
ROUND_NOUNS = frozenset({"round", "series", "session", "set"})
#: Spans of time a meeting noun is counted in: "held some 17 hours of talks".
_SPANS = frozenset({"hour", "minute", "day"})
#: Verbs a meeting noun is the subject of, which place and date it: "the talks took place in ...".
EVENT_VERBS = frozenset({"end", "begin", "start", "open", "close", "conclude", "take", "continue", "resume",
                         "last", "run", "wrap", "finish", "kick", "get"})
PHONE_WORDS = frozenset({"phone", "telephone", "video", "virtual", "videoconference", "teleconference", "online"})
_BY_PHONE_WORDS = PHONE_WORDS | {"videolink", "link"}  # "by video link"
#: Verbs under which an infinitive meeting is not (yet) held: "agreed to meet".
PLANNING_VERBS = frozenset({
    "agree", "plan", "schedule", "expect", "hope", "want", "intend", "arrange", "prepare", "aim",
    "seek", "set", "propose", "offer", "invite", "decide", "wish", "consider", "try", "promise",
    "due", "likely", "ready", "eager", "look", "discuss", "push", "urge", "ask",
})
#: Verbs whose object is a meeting that has not taken place yet: "sought a meeting".
REQUEST_VERBS = frozenset({"seek", "request", "propose", "want", "plan", "schedule", "arrange", "offer"})
PLANNED_MODIFIERS = frozenset({"upcoming", "next", "planned", "proposed", "possible", "potential", "future",
                               "expected", "scheduled", "forthcoming", "prospective"})
PLANNED_PHRASES = re.compile(r"\b(?:as soon as possible|in the near future|at the earliest|at an early date|"
                             r"earliest date possible|later this (?:year|month|week)|to be held)\b", re.IGNORECASE)
CANCEL_WORDS = re.compile(r"\b(?:call(?:s|ed|ing)? off|cancel(?:s|led|ed|ling|ing)?|postpon(?:e|es|ed|ing)|"
                          r"scrap(?:s|ped|ping)?|scuttl(?:e|ed|es|ing)|abort(?:s|ed|ing)?|shelv(?:e|ed|es|ing)|"
                          r"put(?:s|ting)? off|put on hold|(?:was|were|been|be) pushed back|"

                          # "the plan was dropped", "the visit has been abandoned"
                          r"(?:plans?|meeting|visit|trip|summit|talks)\s+(?:was|were|has been|have been|had been)\s+"
                          r"(?:dropped|abandoned))\b",
                          re.IGNORECASE)
ROLE_NOUNS = frozenset({
    "diplomat", "diplomats", "leader", "leaders", "counterpart", "counterparts", "president", "presidents",
    "minister", "ministers", "secretary", "chancellor", "premier", "envoy", "envoys", "ambassador",
    "chairman", "head", "heads", "king", "emperor", "spokesman", "spokeswoman", "chief", "pm", "eam",
    "prince", "emir", "amir", "sultan", "queen", "monarch", "pope", "chancellors",
})
#: Nouns for another person than their possessor: "Kim's father", "Fico's predecessor".
RELATIONAL_NOUNS = frozenset({
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "widow", "widower", "uncle",
    "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter", "grandfather", "grandmother", "family",
    "predecessor", "successor", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson",
    "envoy", "deputy", "rival", "opponent", "ally", "friend", "lawyer", "assistant", "negotiator", "mediator",
    "representative",
})
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
#: Nouns for a party of several people, whose members an article lists once ("a delegation led by
#: X and including Y and Z") and then calls by the noun or "it".
DELEGATION_NOUNS = frozenset({"delegation", "delegations", "team", "mission", "entourage"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "both", "two"})
GROUP_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CLAUSE_EXCLUDE = frozenset({"appos", "relcl", "acl", "advcl", "punct", "parataxis", "ccomp", "conj", "cc", "mark"})
_DURATION = re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|several|few)[- ](?:day|hour|minute|week|month|year)s?\b(?!\s+(?:earlier|later|ago|before|after))", re.IGNORECASE)
_DATE_PATTERNS = [
    re.compile(r"\b(?:(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:day|days|week|weeks)\s+(?:earlier|before|later|after|ago))\b", re.IGNORECASE),
    SAME_DAY, DAY_BEFORE_AFTER, THAT_MONTH,  # ("the same afternoon", "the next morning", "later that month")
    NEAR_DAYS,  # ("yesterday", "tonight", "this morning")
    re.compile(r"\b(?:last|next|this)\s+(?:week|month)\b|\b(?:earlier|later)\s+this\s+(?:year|month|week)\b", re.IGNORECASE),
    # (the word before in any case, as a sentence may begin with it: "Next Wednesday")
    re.compile(r"\b(?:(?i:last|next|this|on|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    re.compile(r"\b(?:(?i:(?:earlier|later)\s+in|last|next)\s+|in\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:19|20)\d\d|\s+(?:last|next|this)\s+year)?\b"),
]


@dataclass(frozen=True, slots=True)
class ParticipantRef:
    """Who a meeting mention names, as the text says it; resolved to people by `merge`."""

    kind: str  # name, pronoun, group, role, visitor, delegation (replaced by its members before merging)
    start: int  # character span in the document's clean text
    end: int
    text: str
    role: str = ""  # for role references: the role noun ("diplomat", "leader", "counterpart")
    affiliations: tuple[str, ...] = ()  # countries the role reference names
    side: str = "subject"  # subject or object: calls pair the subject with each object
    size: int = 0  # how many people a group names ("the three ministers": 3), 0 when it does not say
    every: bool = False  # a role in the plural, "the foreign ministers": every holder at the meeting just told


@dataclass(slots=True)
class MeetingMention:
    doc_id: str
    sentence: int
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    kind: str  # summit, meeting, phone_call, visit, talks; or GREETING, no meeting (`find_meetings`)
    status: str  # held, planned, cancelled
    participants: list[ParticipantRef] = field(default_factory=list)
    place_start: int = -1  # span of a place candidate, or -1
    place_end: int = -1
    place_text: str = ""  # what the text says, e.g. "the North Korean capital"
    date_text: str = ""
    date_invert: bool = False  # "a day after [this meeting]": the meeting is the earlier event
    is_caption: bool = False
    one_to_one: bool = False  # "separate meetings with A, B and C": the subject met each alone
    reported_as_news: bool = False  # "have met", "meets" with no date: the day the article is dated
    date_from_sentence: bool = False  # the date is the sentence's, not the meeting clause's own
    # a gathering of several parties (a summit, "the meeting of the SCO Council", "It was attended
    # by A, B and C"): `merge` gathers an article's mentions of one into a single event
    multilateral: bool = False
    joins: int = -1  # the sentence of the gathering an attendance line ("X was represented by Y") adds to
    # the words of a gathering's own name ("the Arab Islamic American Summit": "american arab islamic";
    # "a GCC-US summit": "gcc us"), "" when its noun has none: two named differently are two events
    event_name: str = ""
    # "On the sidelines of the summit, A met B": a summit A and B were at, besides their meeting
    sidelines: bool = False
    # a building or site the gazetteer cannot place ("at the Al Alam Palace"), and where it stands:
    # the city (or city-state, or region) the sentence names nearest the meeting, else the
    # article's own city (the one it names most, twice or more)
    at_site: bool = False
    near_city: str = ""
    story_city: str = ""
    # the date is the day heading a programme's timetable the meeting is an entry of: a plan, if
    # that day comes after the article's
    scheduled: bool = False


#: The kind of a welcome at an airport: no meeting, but who "the two" are in the next words.
GREETING = "greeting"


#: The words before a name that make it a place: "in Nay Pyi Taw", "to Suva".
_AS_A_PLACE = re.compile(r"\b(?:in|at|to|from|inside)\s+$")


def find_meetings(doc_id: str, sdoc, candidates: list[Candidate]) -> list[MeetingMention]:
    """Every meeting mention of one parsed document, in text order; and welcomes at airports
    (kind `GREETING`), which are no meetings."""
    found: list[MeetingMention] = []
    greetings: list[MeetingMention] = []
    names = SpanIndex(person_like(candidates))
    gaz, text = get_gazetteer(), doc_text(sdoc)
    # (the words of people's names, not of a title naming a town: "the Obong of Uyo")
    person_names = [c.text.split() for c in candidates if c.label in ("PERSON", "TITLED") and " of " not in c.text]
    surnames = {words[-1] for words in person_names if len(words) > 1}
    name_words = {w for words in person_names for w in words}
    # (and a proper noun the model left untagged that the gazetteer knows, named as a place: "talks
    # in Nay Pyi Taw", "in Uyo's Government House"; not "the Christchurch earthquake", "to Uyo"
    # after "Minister Bayo Uyo", "at Laval's residence" after "Minister Laval")
    # (not a person's surname the model took for a place, unknown to the gazetteer: "joined Niemi
    # and the prime ministers for a summit")
    places = SpanIndex(c for c in candidates if (c.label in ("GPE", "LOC", "FAC", "SITE", "ORG")
                                                 and not (c.text in surnames and gaz.place(c.text) is None))
                       or (c.label == "PROPN" and _AS_A_PLACE.search(text, max(0, c.start - 12), c.start)
                           and c.text not in surnames and gaz.place(c.text) is not None
                           and not (re.match(r"['’]s\b", text[c.end:c.end + 3]) and c.text in name_words)))
    members = delegation_members(sdoc, names)
    for index, sent in enumerate(sentences(sdoc)):
        triggers = list(_triggers(sent))
        if any(not _around(t) for t, _, _ in triggers):  # "On the eve of the summit, the ministers met":
            triggers = [x for x in triggers if not _around(x[0])]  # the ministers' meeting, not the summit
        # ("held a meeting, which continued over dinner": the meeting, not a dinner of its own)
        triggers = [x for x in triggers if not _continued_over(x[0], [t for t, _, _ in triggers])]
        trigger_tokens = [t for t, _, _ in triggers]
        before = len(found)
        for token, pred, kind in triggers:
            mention = _mention(doc_id, index, sent, token, pred, kind, names, places, trigger_tokens)
            if mention is not None and mention.kind == GREETING:
                greetings.append(mention)
                mention = None
            if mention is not None:
                mention.participants = _with_members(mention.participants, members)
                if mention.kind == "visit":  # "X arrived in Taipei, accompanied by A and B": they visit too
                    mention.participants = _unique(mention.participants + _travelling_with(token, mention, names))
                if mention.participants or mention.multilateral:
                    _join_gathering(mention, token, pred, found, names)
                    found.append(mention)
            elif ((told := _complete_antecedent(index, sent, token, pred, kind, places, trigger_tokens, found))
                  is not None and _named_again(token, pred, sent, told, trigger_tokens)):
                # (kept, with no one, so that a line of delegates after it finds the meeting: "The
                # meeting at the palace began with a one-on-one conversation. Taking part were ...")
                found.append(MeetingMention(
                    doc_id=doc_id, sentence=index, sentence_start=sent.start_char, sentence_end=sent.end_char,
                    trigger=token.text, trigger_start=token.idx, kind=told.kind, status=told.status,
                    participants=[], joins=_event_sentence(told)))
        if any(m.participants for m in found[before:]):  # (a meeting named again beside one told here: that one)
            found[before:] = [m for m in found[before:] if m.participants or m.multilateral or m.joins < 0]
        # (a meeting word that told of nothing here: "A and B were also present at the meeting";
        # or only of more people at the meeting before: "A and B sat in on one side, while C and D
        # joined the talks on the other")
        joined_only = len(found) > before and all(m.joins >= 0 for m in found[before:])
        # ("Taking part on the Icelandic side were A and B, while the Chinese premier was joined by
        # C": a line of delegates, the passive "joined" its other side's)
        joined_by = len(found) > before and all((t := _token_at(sdoc, m.trigger_start)).lemma_.lower() == "join"
                                                and t.dep_ == "advcl" for m in found[before:])
        # ("Among the leaders at the opening session were A, ...; and C, whose country hosted last
        # year's summit": a line of delegates, with a gathering of no one in it)
        no_one = len(found) > before and all(not m.participants and m.joins < 0 for m in found[before:])
        if (len(found) == before or joined_only or joined_by or no_one) and (
                attendance := _attendance(doc_id, index, sent, names, found[:before] if len(found) > before else found,
                                          delegates_only=bool(triggers))):
            if joined_by or no_one:
                del found[before:]
            found.append(attendance)
    for listed in _listed_delegates(doc_id, sdoc, names, found):
        at = next((i for i, m in enumerate(found) if m.sentence > listed.sentence), len(found))
        found.insert(at, listed)
    for marker in found:  # (a meeting named again with no one, which later lines joined: the meeting itself is theirs)
        if not marker.participants and marker.joins >= 0 and marker.multilateral:
            for m in found:
                if m.sentence == marker.joins and m.joins < 0 and m.status == marker.status and m.kind == marker.kind:
                    m.multilateral, m.one_to_one = True, False
    found = _dedupe(found, sdoc)
    for i, m in enumerate(found):
        _join_antecedent(m, sdoc, found, i)
        _join_what_it_follows(m, sdoc, found[:i])
    _locate_sites(sdoc, found, places)
    for g in greetings:  # (before the meetings its sentence tells after it: "..., and the two then met")
        at = next((i for i, m in enumerate(found) if (m.sentence, m.trigger_start) > (g.sentence, g.trigger_start)), len(found))
        found.insert(at, g)
    return found


#: A line of its own that heads a list of who was there: "Also present at the opening session:",
#: "On the Indian side:", "Taking part:", "The Indian delegation:".
_LIST_HEADER = re.compile(r"^[ \t]*(?P<head>[^\n:]{3,80}):[ \t]*\n", re.MULTILINE)
_ATTENDANCE_WORDS = r"present|attending|in attendance|taking part|took part|participants|participating"
_ATTENDANCE = re.compile(r"\b(?:" + _ATTENDANCE_WORDS + r")\b", re.IGNORECASE)
_HEADS_A_LIST = re.compile(r"\b(?:" + _ATTENDANCE_WORDS + r"|(?:on|for) the [\w\- ]{2,30} side|delegations?|accompanying)\b",
                           re.IGNORECASE)


#: Words of a heading over people who were not there, or were somewhere else or at another time.
_NOT_THERE = re.compile(r"\b(?:not|absent|absentees?|missing|without|boycott\w*|skipp\w*|last|next|previous|future|"
                        r"former|earlier|later|year|month|week)\b", re.IGNORECASE)
_SIDE_HEADING_WORDS = 6
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # (a list's "negotiator" may be tagged VB)


def _heads_attendance(sdoc, start: int, end: int) -> bool:
    """Whether a heading is over a list of who attended the meeting just told: "Also present at the
    opening session", "Taking part", "On the Indian side", "The Kosovo delegation". Not one with a
    verb of its own ("the head of the delegation said", "Delegations will be led by"), nor over
    absentees or another time ("Not present at the talks", "Participants in last year's talks"),
    nor at another kind of event ("at the airport ceremony", "taking part in the new government");
    a side's or a delegation's heading is short ("Members of the joint commission on the X side": no)."""
    head = sdoc.char_span(start, end, alignment_mode="expand")
    words = doc_text(sdoc)[start:end]
    if head is None or not _HEADS_A_LIST.search(words) or _NOT_THERE.search(words):
        return False
    if any(t.tag_ in _FINITE_TAGS for t in head):
        return False
    if any(t.dep_ == "pobj" and t.pos_ == "NOUN" and t.lemma_.lower() not in NOUN_KINDS and t.lower_ not in NOUN_KINDS
           and t.lower_ != "side" for t in head):
        return False
    return bool(_ATTENDANCE.search(words)) or len(words.split()) <= _SIDE_HEADING_WORDS


def _list_end(sdoc, names: SpanIndex, start: int) -> int:
    """Where a list on lines of its own, from `start`, ends: the lines each name someone, with no
    verb of their own, up to a line that does not ("Osei said afterwards that he thanked ...": the
    article goes on); a blank line may part it from its heading."""
    text, end = doc_text(sdoc), start
    if text[end:end + 1] == "\n":
        end += 1
    while end < len(text):
        line_end = text.find("\n", end) % (len(text) + 1)  # (the text's end for its last line)
        line = sdoc.char_span(end, line_end, alignment_mode="expand") if text[end:line_end].strip() else None
        named = names.within(end, line_end)
        # (a word of a name is none: "Ambassador Said Ben Mustapha", with "Said" tagged a verb)
        if line is None or not named or any(t.tag_ in _FINITE_TAGS and not names.around(t.idx) for t in line):
            break
        # (nor a line of things done with people: "a meeting with President X", "Agreement on energy,
        # signed by A and B")
        if text[end:line_end].lstrip()[:1].islower() or re.search(r"\bby\s+(?:\S+\s+){0,3}$", text[end:named[0].start]):
            break
        end = line_end + 1
    return end


def _listed_delegates(doc_id, sdoc, names: SpanIndex, found: list[MeetingMention]) -> list[MeetingMention]:
    """People listed on lines of their own under a heading, after a meeting: "Also present at the
    opening session:" above "For Israel -- A, B and C." and "For the Palestinians -- D and E.", or
    "On the Indian side:" above "A, External Affairs Minister" and "B, Foreign Secretary". They were
    at the in-person meeting told in the sentences just before the heading (the one before that
    heading's list, for a second heading right after a list: "On the Pakistani side:")."""
    text = doc_text(sdoc)
    if not _LIST_HEADER.search(text):
        return []
    starts = [s.start_char for s in sentences(sdoc)]
    out: list[MeetingMention] = []
    event, last_end = None, -1
    for header in _LIST_HEADER.finditer(text):
        if not _heads_attendance(sdoc, header.start("head"), header.end("head")) or names.within(header.start(), header.end()):
            continue
        end = _list_end(sdoc, names, header.end())
        people = [ParticipantRef("name", n.start, n.end, n.text, side="object") for n in names.within(header.end(), end)]
        if not people:
            continue
        index = max(0, bisect.bisect_right(starts, header.start("head")) - 1)
        # (a second heading right after the first one's list: the same meeting)
        if event is None or text[last_end:header.start()].strip():
            event = next((m for m in reversed(found) if m.sentence < index and index - m.sentence <= ATTENDANCE_WINDOW
                          and m.status == "held" and m.kind not in ("phone_call", "visit", GREETING)
                          and (m.participants or m.joins >= 0)), None)
        last_end = end
        if event is None:
            continue
        event.multilateral, event.one_to_one = True, False
        out.append(MeetingMention(
            doc_id=doc_id, sentence=index, sentence_start=header.start("head"), sentence_end=end,
            trigger=header.group("head"), trigger_start=header.start("head"), kind=event.kind, status=event.status,
            participants=people, multilateral=True, joins=_event_sentence(event)))
    return out


#: Words whose "of" phrase names another event than the sentence's: "on the eve of the summit",
#: "ahead of the talks".
_AROUND_WORDS = frozenset({"eve", "ahead", "prior", "run-up"})


def _continued_over(tok, triggers) -> bool:
    """A meal or a session another meeting of the sentence went on into: "a one-on-one meeting,
    which continued over dinner", "the talks, which extended into a working lunch"."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("over", "into", "through") else None
    return verb is not None and verb.lemma_.lower() in ("continue", "extend", "go", "spill", "run") \
        and any(t != tok and _clause_of_the_meeting(verb, t) for t in triggers)


def _clause_of_the_meeting(verb, token) -> bool:
    """Whether a relative clause tells more of the meeting `token` names: hung on it, or on a
    word of its clause ("held a meeting at the residence, which continued over dinner")."""
    return verb is not None and verb.dep_ in ("relcl", "acl") and (
        verb.head == token or (verb.head.pos_ in ("NOUN", "PROPN") and _verb_of(verb.head) is not None
                               and _verb_of(verb.head) == _verb_of(token) and verb.head.i > token.i))


def _around(tok) -> bool:
    """A meeting noun the sentence times its own event by ("On the eve of the summit", "Ahead of
    the talks", "before the summit"): "the" event, told with nothing of its own."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or not any(c.lower_ == "the" for c in tok.children):
        return False  # (not an event of its own: "after separate telephone conversations with A and B")
    if any(c.dep_ in ("prep", "relcl", "acl") for c in tok.children):
        return False
    prep = tok.head
    return prep.lower_ in ("before", "after", "following") or (prep.lower_ in ("of", "to") and prep.head.lower_ in _AROUND_WORDS)


def _travelling_with(trigger, mention: MeetingMention, names: SpanIndex) -> list[ParticipantRef]:
    """The people a visitor travels with, told in the visit's own clause: "X arrived in Taipei,
    accompanied by A and B", "X, accompanied by A, flew to Y" (not another clause's companions)."""
    out: list[ParticipantRef] = []
    starts = {r.start for r in mention.participants if r.kind == "name"}
    for tok in sentence_of(trigger):
        if tok.lemma_.lower() != "accompany" or tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "acl"):
            continue
        host = tok.head
        if not (host == trigger or (tok.dep_ == "acl" and any(n.start in starts for n in names.within(host.idx, host.idx + len(host))))):
            continue
        for agent in (c for c in tok.children if c.dep_ == "agent"):
            # (to the end of the verb's phrase, a list the parser hung on the verb, but not into a
            # clause of its own: "accompanied by A to hold talks with B")
            ends = [c.left_edge.idx for c in tok.children if c.i > agent.i and c.dep_ in ("advcl", "xcomp", "ccomp", "prep", "relcl")]
            end = min(ends, default=tok.right_edge.idx + len(tok.right_edge))
            out += [ParticipantRef("name", n.start, n.end, n.text, side="subject") for n in names.within(agent.idx, end)]
    return out


def _locate_sites(sdoc, found: list[MeetingMention], places: SpanIndex) -> None:
    """Mark the meetings held at a building the gazetteer cannot place, with the cities that
    may say where it stands (see `MeetingMention.at_site`)."""
    text = doc_text(sdoc)
    for m in found:
        if m.place_start >= 0 and _is_site(text, m.place_start, m.place_end, places):
            m.at_site = True
            sent = sentence_of(_token_at(sdoc, m.trigger_start))
            m.near_city = _near_city(sent, m.trigger_start, places)
            m.story_city = _story_city(sdoc, places)


#: Words that make "the meeting" another one than the one just told of.
_OTHER_MEETING = frozenset({"such", "first", "previous", "last", "next", "earlier", "later", "other", "another",
                            "new", "latest", "upcoming", "future"})


def _complete_antecedent(index, sent, token, pred, kind, places, other_triggers,
                         found: list[MeetingMention]) -> MeetingMention | None:
    """"The conversation took place on Thursday morning", "The talks were held in Lima": a
    meeting told of just before, named again by its noun, gets the date and place it lacked.
    Returns that meeting, if any."""
    if not (token.pos_ == "NOUN" and token.dep_ in _SUBJECT_DEPS and pred is not token
            and pred.lemma_.lower() in EVENT_VERBS | {"hold"}
            and any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or _day_of(c) for c in token.children)):
        return None
    if any(c.lower_ in _OTHER_MEETING or c.ent_type_ == "ORDINAL" for c in token.children):
        return None  # "The first such meeting was held in Tokyo": another meeting
    status = _status(token, pred, span_text(sent))
    # ("Today's bilateral meeting lasted an hour": the day's meeting, told further back too, if
    # told as that day's: "this morning", "on Monday" for "Monday's meeting", or with no day)
    day = next((c.lower_ for c in token.children if _day_of(c)), "")
    before = next((m for m in reversed(found) if m.status == status and _same_sort(kind, m.kind) and (
        0 < index - m.sentence <= ATTENDANCE_WINDOW
        or (day and 0 < index - m.sentence <= 2 * ATTENDANCE_WINDOW and _told_as_of(m.date_text, day)))), None)
    if before is None:
        return None
    near = index - before.sentence <= 2  # (further back, too far to take its day or place from)
    if near and (not before.date_text or before.reported_as_news or before.date_from_sentence):
        date_text, invert = _date_text(token, pred, sent, other_triggers)
        if date_text:
            before.date_text, before.date_invert = date_text, invert
            before.reported_as_news = before.date_from_sentence = False
    if near and before.place_start < 0 and not before.place_text:
        before.place_start, before.place_end, before.place_text = _place(token, pred, kind, places, other_triggers)
    return None if before.sidelines else before  # (not the summit on whose sidelines the talks were)


def _day_of(tok) -> bool:
    """"Today's" of "Today's bilateral meeting": the day a meeting noun is of, which makes it the
    meeting of that day, like "the"."""
    return tok.dep_ == "poss" and tok.lower_ in _DAYS_OF and any(c.dep_ == "case" for c in tok.children)


def _told_as_of(date_text: str, day: str) -> bool:
    """Whether a meeting's date words may be of the day a later "Today's meeting" names."""
    said = date_text.lower()
    if day in ("today", "tonight"):
        return not said or re.search(rf"\b(?:today|tonight|{THIS_PART_OF_DAY})\b", said) is not None
    return day in said


_DAYS_OF = frozenset({"today", "yesterday", "tonight", *WEEKDAYS})


def _named_again(token, pred, sent, told: MeetingMention, other_triggers) -> bool:
    """Whether "the meeting" of a sentence that tells no one is `told` itself, for the lines after
    it to join: not "The meeting of the party's executive was held on Wednesday" (another body's,
    on a day of its own), nor "The meetings took place at Jubilee House" after guests received
    separately (one meeting each)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False
    if told.one_to_one and token.tag_ == "NNS" and token.lemma_.lower() != "talk":
        return False
    day = next((c for c in token.children if _day_of(c)), None)  # ("Today's meeting": the day it was told on)
    return day is not None or not _date_text(token, pred, sent, other_triggers)[0]


def _same_sort(anaphor: str, antecedent: str) -> bool:
    """Whether a meeting noun can name a meeting of the antecedent's kind ("the conversation"
    a phone call, "the talks" a meeting or a summit's talks, but "the visit" only a visit)."""
    if anaphor in ("talks", "meeting"):
        return antecedent in ("talks", "meeting", "phone_call", "summit")
    return anaphor == antecedent


#: Nouns a gathering of several parties is "of": "the meeting of the SCO Council", "of foreign ministers".
GATHERING_OF = frozenset({"council", "leader", "minister", "head", "member", "state", "government", "delegation",
                          "bloc", "group", "organisation", "organization", "union", "forum", "commission"})


def _gathering(token) -> bool:
    """A summit, or a meeting noun "of" a body or of leaders: "the 23rd meeting of the SCO Council"."""
    if NOUN_KINDS.get(token.lemma_.lower()) == "summit":
        return True
    if token.pos_ != "NOUN":
        return False
    return any(o.pos_ == "PROPN" or o.lemma_.lower() in GATHERING_OF
               for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")


def _recent_gathering(found: list[MeetingMention], index: int, window: int = 1) -> MeetingMention | None:
    """The article's gathering told of in this sentence or the `window` before."""
    return next((m for m in reversed(found) if m.multilateral and index - m.sentence <= window), None)


#: Sentences after a gathering within which an attendance line ("Also in attendance were ...",
#: "India was represented by ...") adds to it.
ATTENDANCE_WINDOW = 3


def _join_gathering(mention: MeetingMention, token, pred, found: list[MeetingMention], names: SpanIndex) -> None:
    """Mark a mention that tells of a gathering: its own word says so, it names three parties or
    more, or it is "It was attended by ...", "He was joined by ...", "The talks were also
    attended by ..." just after one (with whoever the sentence names on the other side: "...,
    while the Russian side included A and B")."""
    # (full names: a lone capitalised word is as often a demonym or a body the model took for one)
    named = [r for r in mention.participants if r.kind == "role" or (r.kind == "name" and " " in r.text.strip())]
    if token.lemma_.lower() in _CEREMONIES:
        _join_ceremony(mention, token, pred, found, names)
        return
    if token.lemma_.lower() in EVENT_AGENT_VERBS and token.tag_ == "VBN" and (
            token.dep_ in ("advcl", "acl", "pcomp") or _which_was(token)):
        # "... then held a working lunch in the Cabinet Room, joined by A, B and C", "talks between
        # A and B, hosted by C", "held a one-on-one meeting before being joined by A and B": more
        # people at the meeting of the clause it hangs on
        event = next((m for m in reversed(found) if m.sentence == mention.sentence and m.status == mention.status
                      and m.kind not in ("phone_call", "visit")), None)
        if event is not None:
            _join_event(mention, event)
            return
    joining = token if token.lemma_.lower() == "join" and token.pos_ == "VERB" else pred if pred.lemma_.lower() == "join" \
        and pred.pos_ == "VERB" else token.head.head if token.pos_ == "NOUN" and token.dep_ == "pobj" \
        and token.head.lower_ in ("for", "in", "at") and token.head.head.lemma_.lower() == "join" and token.head.head.pos_ == "VERB" \
        else _joined_for_part(token) if token.pos_ == "NOUN" else None
    if joining is not None and not mention.date_text and not mention.place_text and not _declined(joining) \
            and not _joined_for_another(joining):
        # "A held talks with B on Monday. The two leaders were later joined by C and D", "C and D
        # joined the leaders for the final session": more people at the meeting just told
        event = next((m for m in reversed(found) if 0 <= mention.sentence - m.sentence <= ATTENDANCE_WINDOW
                      and m.status == mention.status and m.kind not in ("phone_call", "visit") and m.participants
                      and m.joins < 0), None)
        if event is not None:
            mention.participants = _unique(mention.participants + [
                r for t in _joined_by(joining) for r in _refs_for(t, names, "object") if r.kind == "name"])
            _join_event(mention, event)
            return
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in ("in", "at", "during") and any(
            c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in EVENT_AGENT_VERBS for c in token.children):
        # "A met B on Monday, in a meeting also attended by C and D": more people at the meeting
        # its verb told (a summit's, if the noun says so: "signed the deal at a summit attended by")
        event = next((m for m in reversed(found) if m.sentence == mention.sentence and m.trigger_start == token.head.head.idx
                      and m.status == mention.status and m.kind not in ("phone_call", "visit")), None)
        if event is not None:
            if mention.kind == "summit":
                event.kind = "summit"
            _join_event(mention, event)
            return
    passive = any(c.dep_ == "auxpass" for c in token.children)
    if _signs(token) and token.pos_ == "VERB" and (
            (passive and not any(c.dep_ == "agent" for c in token.children))
            or any(c.dep_ == "prep" and c.lower_ == "as" and any(o.lemma_.lower() in ("witness", "guarantor") for o in c.children)
                   for c in token.children)
            # ("The agreement was signed at the palace in the presence of C and D. The agreement was
            # signed by A, B and E": the signers of the signing just told)
            or (passive and any(c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and any(d.lower_ == "the" for d in c.children)
                                and not any(d.lower_ in _OTHER_MEETING | {"original"} for d in c.children)
                                for c in token.children)
                and not any(t.ent_type_ == "DATE" for t in sentence_of(token)))):  # (not "... signed by A and B in 1964")
        # "A and B signed the agreement in Algiers. The agreement was signed in the presence of C
        # and D. C signed it as a witness": more people at the signing just told
        event = next((m for m in reversed(found) if m.status == mention.status and 0 <= mention.sentence - m.sentence <= ATTENDANCE_WINDOW
                      and _signs(_token_at(token.doc, m.trigger_start))), None)
        # (not another signing told with its own day or place: "On Thursday, an accord between C
        # and D was signed in Lome in the presence of ...")
        gaz = get_gazetteer()
        if event is not None and ((mention.date_text and mention.date_text != event.date_text) or (
                (here := gaz.place(mention.place_text)) is not None and (there := gaz.place(event.place_text)) is not None
                and here.name != there.name)):
            event = None
        if event is not None:
            _join_event(mention, event)
            return
    # (a gathering of another time joins none told before: "the summit hosted by X in December 2005";
    # but "The meeting on 12 March 2024 was also attended by" the one told of on that day)
    history = bool(_BACKGROUND_DATE.search(mention.date_text)) and not any(
        m.date_text == mention.date_text for m in found if mention.sentence - m.sentence <= 2 * ATTENDANCE_WINDOW)
    if (token.lemma_.lower() in EVENT_AGENT_VERBS or token.pos_ == "PRON") and not history:
        event = _recent_gathering(found, mention.sentence)
        if event is not None and mention.status == event.status:
            mention.kind, mention.multilateral = event.kind, True
            if token.pos_ == "PRON" and event.sentence == mention.sentence - 1:
                mention.joins = _event_sentence(event)  # "The summit opened on Tuesday. It brought together A, B and C"
            return
    # ("A and B were also present at the talks": at the talks told of before, as if they attended)
    present = token.dep_ == "pobj" and token.head.lower_ == "at" and token.head.head.lower_ == "present"
    # ("The talks continued in an extended format with the participation of A and B": as if they attended)
    present = present or (pred is not token and pred.lemma_.lower() in ("continue", "resume")
                          and bool(_with_the_participation_of(token, pred)))
    took_part = (token.dep_ == "pobj" and token.head.lower_ == "in" and bool(_taking_part(token.head.head))) \
        or _joined_for_part(token) is not None
    # (not "the talks that led to the 2015 accord": talks told by a clause of their own; but "the
    # meeting, which was held at the centre and lasted an hour" is the one told)
    if took_part and any(c.lower_ == "the" for c in token.children) and not history \
            and not any(c.dep_ == "relcl" and ((c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text != ",")
                                               or any(t.ent_type_ in ("DATE", "GPE") for t in c.subtree))
                        for c in token.children):  # (not "the meeting, which took place in Brussels in July")
        # "A and B, who both took part in the talks": more people at the talks told of just before
        # in the story's own clause (not "..., where a day earlier he held talks with C")
        text = doc_text(token.doc)
        event = next((m for m in reversed(found) if m.status == mention.status and m.kind not in ("phone_call", "visit")
                      and m.participants and 0 < mention.sentence - m.sentence <= ATTENDANCE_WINDOW
                      and not any(a.dep_ in ("relcl", "advcl", "acl") for a in _token_at(token.doc, m.trigger_start).ancestors)
                      # (told with the same noun, or with delegations: "the two leaders met before they
                      # were joined by their delegations. A and B took part in the expanded session")
                      and (_said_in(m, text, rf"\b{re.escape(token.lower_)}\b|{_DELEGATIONS_TOLD.pattern}")
                           # (or a verb of its kind: "A and B met ... C joined them for the rest of the meeting")
                           or (_joined_for_part(token) is not None and m.kind == NOUN_KINDS.get(token.lemma_.lower())))), None)
        if event is not None:
            _join_event(mention, event)
            return
    if (token.pos_ == "NOUN" and ((pred is not token and pred.lemma_.lower() in EVENT_AGENT_VERBS) or present)
            and any(c.lower_ == "the" for c in token.children) and not history):
        # "The talks were also attended by A and B": more people at the talks just told of (or,
        # a few sentences further back, at the one the same noun told of: "held an official talks
        # session ... The session was attended by")
        # (not one told with a day and a place of its own: "He attended the NATO summit in the
        # Lithuanian capital on Tuesday", "flew in from Shanghai, where he had attended a summit on Friday")
        # (a gathering of a name of its own, "the founding summit of the SCO": not "also attended the
        # talks in Poland on Monday")
        own = bool(mention.date_text and mention.place_text and (mention.event_name or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.children) for c in token.children)))
        told = [m for m in reversed(found) if m.status == mention.status and m.kind not in ("phone_call", "visit")
                and not (own and (_other_places(m.place_text, mention.place_text)
                                  or (not m.place_text and m.date_text != mention.date_text)))]
        told.sort(key=lambda m: bool(_BACKGROUND_DATE.search(m.date_text)))  # the story's own first
        text = doc_text(token.doc)
        # (the same noun told of it, however far back for a summit, "Also attending the summit
        # were A and B" eight sentences after "leaders gathered ... for the summit")
        reach = mention.sentence if NOUN_KINDS.get(token.lemma_.lower()) == "summit" else 2 * ATTENDANCE_WINDOW
        # (but first the gathering whose attendees the sentence just before listed: "This afternoon
        # X met the heads of government. Among the leaders attending were A and B. C hosted the meeting")
        # (of the noun's own kind: not a summit's line for "The talks were also attended by")
        event = next((m for m in told if m.sentence == mention.sentence - 1 and m.joins >= 0 and m.multilateral
                      and not m.date_text and m.kind == NOUN_KINDS.get(token.lemma_.lower())), None) \
            or next((m for m in told if m.sentence < mention.sentence and mention.sentence - m.sentence <= reach
                     and (_said_in(m, text, rf"\b{re.escape(token.lower_)}\b")
                          # ("attended the signing": the signing told by its verb, not one in another
                          # place; "the signing of a separate agreement" joins none, below)
                          or (token.lemma_.lower() == "signing" and _signs(_token_at(token.doc, m.trigger_start))
                              and not _other_places(m.place_text, mention.place_text)))), None) \
            or next((m for m in told if m.sentence < mention.sentence and mention.sentence - m.sentence <= ATTENDANCE_WINDOW
                     and mention.place_text and m.place_text == mention.place_text), None) \
            or next((m for m in told if mention.sentence - m.sentence <= ATTENDANCE_WINDOW
                     # (further back, past a caption or two, if no date of its own sets it apart)
                     or (mention.sentence - m.sentence <= 2 * ATTENDANCE_WINDOW and not mention.date_text)), None)
        # (the meeting at the same place: "met X at State House yesterday. [He] arrived on Sunday
        # with a delegation. The meeting at State House was also attended by A and B")
        if token.lemma_.lower() == "signing" and _another_signing(token):
            event = None  # ("attended the signing of a separate agreement": none told before)
        if event is not None:
            _join_event(mention, event)
            sent = sentence_of(token)
            if any(c.dep_ == "agent" for c in pred.children):  # (not "chaired the summit on behalf of X")
                mention.participants = _unique(mention.participants + [
                    ParticipantRef("name", n.start, n.end, n.text, side="object") for n in names.within(sent.start_char, sent.end_char)])
            return
    if _gathering(token) or (len(named) >= 3 and not mention.one_to_one and mention.kind != "phone_call") \
            or _met_a_body_of_leaders(token):
        mention.multilateral = True


def _join_ceremony(mention: MeetingMention, token, pred, found: list[MeetingMention], names: SpanIndex) -> None:
    """"A and B signed the act in Brasilia. The ceremony was attended by C and D": more people at
    the signing, or at the ceremony told just before ("X was sworn in at a ceremony. Among the
    leaders at the ceremony were ..."); else a gathering of its own. Not a meeting of another
    day ("This evening A will call on B. Tomorrow A will attend the ceremony marking ...")."""
    for agent in (c for v in [pred, *pred.conjuncts] for c in v.children if c.dep_ == "agent"):
        # ("The ceremony was hosted by A and attended by B and C": the names after each "by",
        # outside the clauses inside it; "B, representing D" may still bring D in through the
        # sentence's attendance line, a known gap)
        kept = _listed_names(agent)
        mention.participants = _unique(mention.participants + [
            ParticipantRef("name", n.start, n.end, n.text, side="object")
            for t in kept for n in names.within(t.left_edge.idx, t.right_edge.idx + len(t.right_edge))])
    # (a gathering, that the lines after it may join: "X was sworn in today at a ceremony. Also
    # present were ..."; but one person's of another time is theirs alone: "X attended the
    # swearing-in ceremony of Y in June 2024" is no part of the talks told today)
    mention.multilateral = len({r.text for r in mention.participants}) >= 2 or not _BACKGROUND_DATE.search(mention.date_text)
    if not any(c.lower_ in ("the", "this", "that") for c in token.children):
        return  # ("attended a ceremony": one not told before)
    text = doc_text(token.doc)
    event = next((m for m in reversed(found) if 0 < mention.sentence - m.sentence <= ATTENDANCE_WINDOW
                  and m.status == mention.status and m.kind not in ("phone_call", "visit")
                  and not (mention.date_text and m.date_text and mention.date_text != m.date_text)
                  # (a ceremony told as one, or a signing; not a meeting told "After the ceremony")
                  and ((told := _token_at(token.doc, m.trigger_start)).lemma_.lower() in _CEREMONIES or _signs(told)
                       or (_said_in(m, text, r"\bceremon|\binaugurat|\bsworn\b") and not _said_in(m, text, _CEREMONY_AS_A_TIME)))),
                 None)
    if event is not None:
        _join_event(mention, event)


def _which_was(token) -> bool:
    """"..., which were also attended by A and B": a passive relative clause whose subject is
    "which" or "that" (hung by the parser on the meeting's noun or on a day or place after it)."""
    return token.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in ("which", "that") for c in token.children)


def _joined_by(verb) -> list:
    """Who "joined" someone in the passive, however deep the parser hung the "by": "were joined
    for part of the meeting by A and B"."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    by = [t for t in verb.subtree if t.lower_ == "by" and t.dep_ in ("agent", "prep")
          and not any(a.pos_ in ("VERB", "AUX") and a != verb for a in t.ancestors if verb.is_ancestor(a))]
    return [t for b in by for o in b.children if o.dep_ == "pobj" for t in _with_coordination(o)]


def _joined_for_another(verb) -> bool:
    """"joined A and B for the summit", "for a three-way conversation", "joined a phone call with
    X", "on the trip", "at a concert", "In 2021, X was joined by Y": a meeting, a journey, an
    event or a time of its own, not more of the meeting told before ("joined the leaders for the
    final session", "for the working lunch that followed", "for part of the meeting", "at the
    palace")."""
    fine = ROLE_NOUNS | _ATTENDEE_NOUNS | _GROUP_NOUNS | DELEGATION_NOUNS | _PARTS | _SEAT_NOUNS | _SIDE_NOUNS

    def another(o) -> bool:
        lemma = o.lemma_.lower()
        if lemma not in NOUN_KINDS:  # ("at a concert", "for the performance": an event of its own)
            return lemma not in fine and o.lower_ not in fine
        return NOUN_KINDS[lemma] in ("summit", "phone_call", "visit") or not any(d.lower_ == "the" for d in o.children)

    return bool(_BACKGROUND_DATE.search(span_text(sentence_of(verb)))) or any(another(o) for o in _joined_objects(verb))


def _joined_elsewhere(verb) -> bool:
    """"was joined in the cabinet by X", "in the coalition": a body joined, which says nothing of
    a meeting (but "joined A and B at a downtown hotel", "at the theatre for the performance":
    they were together)."""
    return any(o.lemma_.lower() in _BODIES_JOINED for o in _joined_objects(verb))


def _joined_objects(verb) -> list:
    """The common nouns a verb of joining has as its object or in its "for", "at", "in", "on" phrases."""
    return [o for o in [*(o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "at", "in", "on")
                          for o in p.children if o.dep_ == "pobj"), *(o for o in verb.children if o.dep_ == "dobj")]
            if o.pos_ == "NOUN"]


def _relative_of(clause, noun) -> bool:
    """Whether a relative clause tells of the meeting's noun: hung on it, or on a name (of a person,
    a place, a building) or a day after it with no other thing named between outside the noun's
    own phrase ("talks with X in Lodz on Monday, which were attended by", "a meeting of the
    factions' leaders on 30 July, which was attended by"; not "talks came a day after the funeral
    of Y, which was attended by")."""
    head = clause.head
    return head == noun or (noun.i < head.i and (head.pos_ == "PROPN" or head.ent_type_ in ("DATE", "TIME"))
                            and not any(t.pos_ == "NOUN" and not noun.is_ancestor(t) for t in clause.doc[noun.i + 1:head.i]))


def _meeting_noun_before(token):
    """The meeting's noun last before a token in its sentence, or None."""
    return next((t for t in reversed(token.doc[token.sent.start:token.i]) if t.pos_ in ("NOUN", "PROPN")
                 and (t.lemma_.lower() in NOUN_KINDS or t.lower_ in NOUN_KINDS)), None)


def _another_signing(token) -> bool:
    """"the signing of a separate agreement", "of another accord": a signing of its own."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        d.lower_ in ("another", "separate", "similar", "second") for o in c.children for d in o.children)
        for c in token.children)


def _other_places(a: str, b: str) -> bool:
    """Whether two places told are two places the gazetteer knows apart ("Shanghai", "Warsaw"; not
    "Islamabad" and "the Jinnah Convention Centre", which may be in it)."""
    gaz = get_gazetteer()
    return bool(a and b) and (here := gaz.place(a)) is not None and (there := gaz.place(b)) is not None \
        and here.name != there.name and here.country != there.name and there.country != here.name  # (Warsaw is in Poland)


def _met_a_body_of_leaders(token) -> bool:
    """"X met CARICOM heads of government", "X met Pacific leaders": a gathering, whose attendees
    the next lines may name (not "the two leaders", nor "his counterparts")."""
    return token.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.tag_ == "NNS" and c.lemma_.lower() in ("leader", "head")
        and not any(d.dep_ in ("nummod", "poss") or d.lower_ in ("both", "two", "the") for d in c.children)
        for c in token.children)


def _said_in(m: MeetingMention, text: str, pattern: str) -> bool:
    """Whether the sentence of a mention says what `pattern` matches (in any case): "the talks"."""
    return re.search(pattern, text[m.sentence_start:m.sentence_end], re.IGNORECASE) is not None


def _join_event(mention: MeetingMention, event: MeetingMention) -> None:
    """The people of `mention` are more people at `event`: one gathering (`merge.gatherings`)."""
    event.multilateral = mention.multilateral = True
    mention.kind, mention.joins = event.kind, _event_sentence(event)


def _event_sentence(m: MeetingMention) -> int:
    """The sentence of the event a mention tells of: its own, or the one it joins."""
    return m.joins if m.joins >= 0 else m.sentence


def _token_at(sdoc, offset: int):
    return sdoc.char_span(offset, offset + 1, alignment_mode="expand")[0]


def _join_antecedent(mention: MeetingMention, sdoc, found: list[MeetingMention], index: int) -> None:
    """"During the summit, ... an expanded session attended by A and B": "the summit" is the
    story's own summit told before (not one the story looks back on: "a summit in December
    2011"), which the people named here join. `found[index]` is the mention."""
    if mention.joins >= 0 or mention.date_text or not mention.multilateral:
        return
    if len([r for r in mention.participants if r.kind == "name"]) < 2 and (mention.participants or mention.place_text):
        # (only people named here who join it: "attended by A and B"; or no one and nowhere: "The
        # summit itself, held in the officers' club, lasted an hour", to which the next lines add)
        return
    token = _token_at(sdoc, mention.trigger_start)
    attending = token.dep_ == "dobj" and token.head.tag_ == "VBG"  # "Merz, attending his first EPC summit, said"
    if token.pos_ != "NOUN" or not any((c.dep_ == "det" and c.lower_ == "the")
                                       or (attending and c.dep_ == "poss" and c.lower_ in ("his", "her", "their"))
                                       for c in token.children):
        return  # ("the summit", and the story's summit someone is attending; not "held their own summit")
    before = next((m for m in reversed(found[:index]) if m.kind == mention.kind and m.status == mention.status
                   and m.participants and not _BACKGROUND_DATE.search(m.date_text)), None)
    if before is not None and not mention.participants and (before.sidelines or before.joins >= 0):
        # (not the summit on whose sidelines two met, nor one that joined another: their sentence
        # is another meeting's too, which it would join)
        return
    if before is not None:
        mention.joins = _event_sentence(before)


def _followed_by(token) -> bool:
    """Whether a meeting word is what another "is followed by" ("held talks, followed by a dinner")."""
    return token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.lemma_ == "follow"


def _join_what_it_follows(mention: MeetingMention, sdoc, before: list[MeetingMention]) -> None:
    """"The two presidents held a one-on-one meeting, followed by an expanded session in which A
    and B took part": the session is the meeting's second part, one event with it."""
    token = _token_at(sdoc, mention.trigger_start)
    if mention.joins >= 0 or not _followed_by(token) or mention.date_text or mention.place_text:
        return  # (not one told with a day or place of its own: "followed by talks with C in Quito on Thursday")
    followed = token.head.head.head  # the meeting noun, or the verb it is the object of
    first = next((m for m in reversed(before) if m.sentence == mention.sentence and m.status == mention.status
                  and _token_at(sdoc, m.trigger_start) in (followed, *followed.children)), None)
    if first is not None:
        mention.joins = first.sentence
        mention.multilateral = first.multilateral = True
        first.one_to_one = False


#: A date that sets a meeting in the story's background ("in December 2011", "last year").
_BACKGROUND_DATE = re.compile(r"\b(?:1[89]|20)\d\d\b|\blast (?:year|month|january|february|march|april|may|june|july|"
                              r"august|september|october|november|december|spring|summer|autumn|fall|winter)\b|\bago\b|"
                              r"\bprevious\b", re.IGNORECASE)


def _attendance(doc_id, index, sent, names: SpanIndex, found: list[MeetingMention],
                delegates_only: bool = False) -> MeetingMention | None:
    """"Also in attendance were A, B and C", "Also attending were A and B", "A and B also
    attended", "Uganda was represented by A and Rwanda by B", "B represented Washington": more
    people at the gathering told of in the sentences just before. With `delegates_only` (a
    sentence whose meeting word told of nothing) only "were also present", "Taking part were",
    "the X side included" count."""
    # (not a participle of someone's apposition: "Robert Dussey, representing the AU mediator")
    word = None if delegates_only else next((t for t in sent if t.lemma_.lower() in ("attendance", "attend", "represent")
                                             and not (t.dep_ == "acl" and t.tag_ == "VBG" and t.head.pos_ == "PROPN")), None)
    if word is not None and word.lemma_.lower() == "represent" and any(_delegates_word(t) for t in sent) and (
            word.dep_ == "relcl" or any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == "side" for c in word.children)):
        # "Taking part on the Turkish side were A and B, while the other side was represented by C",
        # "Taking part were A and B, who represented C": a line of delegates (not "Russia was
        # represented by X, while Y also took part" at a summit)
        word = None
    delegates = word is None and (word := next((t for t in sent if _delegates_word(t)), None)) is not None
    # ("was not present", "did not take part")
    negated = [word] + ([word.head] if word is not None and word.dep_ in ("acomp", "dobj") else [])
    if word is not None and any(c.dep_ == "neg" for w in negated for c in w.children):
        return None  # "should not be represented", "was not present"
    if word is None or any(t.dep_ == "dobj" and t.head.lemma_.lower() == "attend"
                           and not (delegates and t in word.subtree and not _another_occasion(t.head, t))
                           for t in sent):
        return None  # ("A attended the talks": a meeting of its own, found by its noun; but "Among
        # the leaders who attended the conference were A and B" is a line of delegates, unless of
        # another time: "who attended the previous summit in Kigali in 2022")
    event = _recent_gathering(found, index, ATTENDANCE_WINDOW)
    if delegates:
        # "Taking part on the Brazilian side were A and B; on the American side, C": the
        # delegations at the meeting told of just before
        told = next((m for m in reversed(found) if index - m.sentence <= 2 and m.status != "cancelled"
                     and m.kind not in ("phone_call", "visit")
                     and not _sidelines_of(_token_at(sent.doc, m.trigger_start))
                     # (a delegation is not at a talk on the sidelines: "On the sidelines, A had a
                     # conversation with B. A's delegation included C and D")
                     and not (word.lemma_.lower() in DELEGATION_NOUNS
                              and _ON_THE_SIDELINES.search(doc_text(sent.doc), m.sentence_start, m.sentence_end))), None)
        # (not the summit on whose sidelines the talks were: "Kishida and Xi held talks on the
        # sidelines of the APEC summit. ... Hayashi and Wang Yi were also present")
        if told is not None and (event is None or told.sentence > event.sentence
                                 or _sidelines_of(_token_at(sent.doc, event.trigger_start))):
            event = told
            # (its people and the delegates make one event, `merge.gatherings`, even a "bilateral" one)
            event.multilateral, event.one_to_one = True, False
    people = _present([ParticipantRef("name", n.start, n.end, n.text, side="object")
                       for n in names.within(sent.start_char, _delegates_line_end(sent) if delegates else sent.end_char)],
                      doc_text(sent.doc))
    verb = word.head if word.dep_ == "dobj" else word
    if delegates and verb.dep_ == "relcl":
        # "X was accompanied by A and B, who both took part in the talks, and by C": only A and B
        # (but "Those who took part in the talks included A and B": everyone the sentence names)
        people = [r for t in _taking_part(word) for r in _refs_for(t, names, "object") if r.kind == "name"] or people
    if event is None or not people:
        return None
    return MeetingMention(
        doc_id=doc_id, sentence=index, sentence_start=sent.start_char, sentence_end=sent.end_char,
        trigger=word.text, trigger_start=word.idx, kind=event.kind, status=event.status, participants=people,
        multilateral=True, joins=_event_sentence(event))


def _delegates_line_end(sent) -> int:
    """Where a line of delegates ends: its sentence's end, or its paragraph's when the parser cut
    a long list into sentences with no verb ("Taking part are A of Nepal, B of Bhutan, | Prime
    Minister C of India, ...")."""
    text = doc_text(sent.doc)
    para_end = text.find("\n", sent.end_char)
    para_end = len(text) if para_end < 0 else para_end
    rest = sent.doc.char_span(sent.end_char, para_end, alignment_mode="expand") if para_end > sent.end_char else None
    if rest is None or any(t.pos_ in ("VERB", "AUX") for t in rest):
        return sent.end_char
    return para_end


#: Words before the name of someone another stands in for: "Y, standing in for President X".
_STOOD_IN_FOR = re.compile(r"\b(?:standing|stood|stands|stand|deputi[sz]ing|deputi[sz]ed)\s+in\s+for\s+(?:the\s+)?|"
                           r"\b(?:on\s+behalf\s+of|in\s+place\s+of|instead\s+of|in\s+lieu\s+of|deputi[sz]ing\s+for)\s+(?:the\s+)?")
_UP_TO_A_NAME = re.compile(r"(?:(?:the\s+)?[A-Z][\w.'’\-]*\s+){0,4}$")


def _present(refs: list[ParticipantRef], text: str) -> list[ParticipantRef]:
    """The participants without those another stands in for: "Egypt was represented by Prime
    Minister Y, standing in for President X" (X was not there), "on behalf of", "in place of"."""
    def stood_in_for(r: ParticipantRef) -> bool:
        # (the phrase right before the name and its title: not "Acting on behalf of the EU, the
        # Minister of Foreign Affairs X met ...")
        before = text[max(0, r.start - 80):r.start]
        title = _UP_TO_A_NAME.search(before)
        ahead = before[:title.start()] if title else before
        return any(m.end() == len(ahead) for m in _STOOD_IN_FOR.finditer(ahead))
    return [r for r in refs if not (r.kind == "name" and stood_in_for(r))]


#: Words that tell a meeting had delegations, or a second part with them.
_DELEGATIONS_TOLD = re.compile(r"\bdelegations?\b|\bexpanded\b|\bextended\b|\bformat\b", re.IGNORECASE)
_ON_THE_SIDELINES = re.compile(r"\b(?:on|at) the (?:sidelines?|margins?)\b", re.IGNORECASE)


def _told_with_a_day(sent) -> bool:
    """Whether an attendance line names a day of its own, outside a clause about someone ("Also at
    the table in Brussels last month were A and B": not the meeting just told)."""
    return any(t.ent_type_ == "DATE" and not any(a.dep_ in ("relcl", "acl") for a in t.ancestors) for t in sent)


#: Nouns for the people at a meeting's head: "Around the host were A, B and C".
_HOST_NOUNS = frozenset({"host", "hosts", "guest", "guests", "visitor", "visitors", "chair", "chairman"})


def _delegates_word(tok) -> bool:
    """"Taking part (on the X side) were", "A and B were also present", "the X side included A":
    who else was at a meeting, told in a sentence of its own."""
    lemma = tok.lemma_.lower()
    if lemma == "part" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "take":
        return not _refused(tok.head)  # (not "who refused to take part in the talks")
    if lemma == "participate" or (tok.lower_ == "present" and tok.dep_ == "acomp" and tok.head.lemma_ == "be"):
        return True
    if tok.lower_ == "present" and tok.dep_ == "ROOT" and any(c.dep_ in ("aux", "cop") and c.lemma_ == "be" and c.i > tok.i
                                                              for c in tok.children):
        return True  # "Present at the consultation on the Malaysian side were A and B" (parsed with "were" under it)
    if lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "in" for c in tok.children):
        return True  # "A, B and C sat in on the North Korean side"
    if lemma == "expect" and tok.tag_ == "VBN" and any(c.lower_ == "also" for c in tok.children) and any(
            c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" and c.i > tok.i for c in tok.children):
        return True  # "Also expected in the Turkmen capital are A, B and C"
    if lemma in ("preside", "witness") and any(c.dep_ == "auxpass" for c in tok.children):
        return True  # "The ceremony was presided over by A, B and C", "It was witnessed by D"
    if lemma in ("moderate", "mediate") and any(c.dep_ == "auxpass" for c in tok.children) and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in NOUN_KINDS and any(d.lower_ == "the" for d in c.children)
            for c in tok.children) and not _told_with_a_day(tok.sent):
        return True  # "The talks were moderated by E" (not "The dispute was mediated by F in 2010")
    if tok.lower_ == "among" and tok.i == tok.sent.start and tok.head.lemma_ == "be" and any(
            o.dep_ == "pobj" and (o.tag_ == "NNS" and o.lemma_.lower() in ROLE_NOUNS | _ATTENDEE_NOUNS
                                 or "those" in (o.lower_, *(c.lower_ for c in o.children))  # ("those online")
                                 or (o.lower_ == "others" and any(t.lower_ in ("present", "attending", "there")
                                                                  or t.lemma_.lower() in NOUN_KINDS or t.lower_ in DELEGATION_NOUNS
                                                                  for t in o.subtree)))
            # ("Among the others present were", "Among the others in the delegation were")
            and not any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() not in _ATTENDING for c in o.children)
            for o in tok.children):
        # "Among the leaders at the opening were A, B and C", "Among those online were", "Among
        # those who attended were", "Among the others present were" (not "the leaders who criticised it")
        return True
    if lemma == "join" and any(o.dep_ == "dobj" and o.tag_ == "NNS" and o.lemma_.lower() in ROLE_NOUNS | _ATTENDEE_NOUNS
                               and any(m.lower_ in ("remaining", "other", "fellow") for m in o.children) for o in tok.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" for g in c.children) for c in tok.children):
        return True  # "A, B and C joined the remaining leaders on Tuesday" (not "joined other leaders in condemning it")
    if lemma == "join" and tok.pos_ == "VERB" and not _declined(tok) and not _only_meant(tok) and any(
            p.dep_ == "prep" and p.lower_ == "for" and any(
                part.lemma_.lower() in _PARTS and any(
                    of.lower_ == "of" and any(o.lower_ in ("it", "them") for o in of.children) for of in part.children)
                for part in p.children) for p in tok.children):
        return True  # "Speaker X joined the two men for part of it": at the meeting just told
    if tok.lower_ in ("around", "at") and tok.head.lemma_ == "be" and (
            tok.i == tok.sent.start or (tok.i == tok.sent.start + 1 and tok.nbor(-1).lower_ == "also")) and any(
            o.dep_ == "pobj" and o.lower_ == "table" for o in tok.children) and not _told_with_a_day(tok.sent):
        return True  # "Around the table were A, B and C", "Also at the table were D and E"
    if (tok.lower_ in ("around", "alongside", "beside") and tok.dep_ == "prep" and tok.i == tok.sent.start
            and tok.head.lemma_ == "be" and any(
                o.dep_ == "pobj" and (o.pos_ == "PRON" or o.lemma_.lower() in ROLE_NOUNS | _HOST_NOUNS or (
                    o.pos_ == "PROPN" and o.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "NORP", "DATE", "EVENT")))
                for o in tok.children) and not _told_with_a_day(tok.sent)):
        return True  # "Around the host, President X, were A, B and C", "Alongside him were D and E" (not "Around the capital were")
    if (lemma in ("seat", "sit") and tok.i == tok.sent.start and tok.dep_ == "ROOT"
            and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" and c.i > tok.i for c in tok.children)
            and any(c.dep_ == "prep" and c.lower_ in ("around", "at") and any(o.lower_ == "table" for o in c.children)
                    for c in tok.children)):
        return True  # "Seated around the table were A, B and C" (not "Sitting at the table afterwards, X said")
    if lemma == "join" and tok.tag_ == "VBG" and tok.i == tok.sent.start and (
            tok.head.lemma_ == "be" or any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)):
        return True  # "Joining the president from Cairo were A and B"
    if tok.lower_ in ("delegation", "delegations") and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("include", "comprise") \
            and not tok.head.dep_ in ("relcl", "acl", "advcl") and tok.head.tag_ != "VBZ" \
            and not any(c.dep_ in ("prep", "relcl", "acl") or c.lower_ in _OTHER_MEETING | {"separate"}
                        for c in tok.children) and not any(c.dep_ == "prep" for c in tok.head.children):
        # (not "The Ghanaian delegation in Abuja", "the delegation that negotiated the 2015
        # accord", "A separate delegation, in Lagos, included")
        return True  # "The Italian delegation included A and B" (as told, not "His delegation includes")
    if tok.lower_ == "delegation" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("lead", "head") \
            and tok.head.tag_ == "VBD" and any(c.dep_ == "relcl" and c.lemma_.lower() in ("include", "comprise")
                                               and c.tag_ == "VBD" for c in tok.children) \
            and not any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in tok.head.children) \
            and not _told_with_a_day(tok.sent):
        # "X led a 12-man delegation which included A, B and C" (at the talks just told; not "Last
        # year X led a delegation which included A to Beijing")
        return True
    if lemma == "sit" and tok.tag_ == "VBD" and (tok.sent[0].lower_ in ("facing", "opposite") or (
            tok.sent[0].lower_ == "across" and tok.sent[:4].text.lower().startswith(("across the table", "across from")))) \
            and any(c.dep_ in ("nsubj", "dobj", "attr") and c.i > tok.i for c in tok.children):
        return True  # "Facing them sat the leaders of the Front, A and B", "Across the table sat C" (not "Across town")
    return lemma == "side" and (tok.head.lemma_.lower() == "include" and tok.dep_ == "nsubj"
                                or (tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_ in ("be", "include", "join")))


#: Verbs of a clause that says who were at a gathering: "Among those who attended were".
_ATTENDING = frozenset({"attend", "participate", "join", "gather", "sit"})
#: Who is at a gathering, besides officials: "Among the guests were".
_ATTENDEE_NOUNS = frozenset({"participant", "guest", "attendee", "delegate", "dignitary", "invitee", "speaker"})
#: Plural nouns of people met as a group, whose names may follow: "officials, among them A and B".
_GROUP_NOUNS = frozenset({"official", "representative", "member", "figure", "politician", "lawmaker", "legislator"})
#: Words without which an article tells no delegation's members (`delegation_members` looks no further).
_LEAD_WORDS = re.compile(r"\b(?:led|leads|leading|lead|headed|heads|heading|head|includ\w*|compris\w*|members)\b", re.IGNORECASE)


#: A delegation's members listed on the lines after: "It comprised:", "The mission included:",
#: "Members of the delegation:".
_MEMBERS_HEADING = re.compile(r"(?:^|(?<=[.!?]\s))(?i:(?:it|the (?:delegation|mission|team))\s+(?:comprised|comprises|"
                              r"consisted of|consists of|included|includes|was made up of)|members of the (?:delegation|"
                              r"mission|team)|its members were)[ \t]*:[ \t]*\n", re.MULTILINE)


def _its_members(tok) -> bool:
    """"Its (other) members", when the sentence before is about a delegation ("The mission, led by
    A, arrived on Monday. Its other members were ..."; not "The AU panel has mediated since 2022.
    Its members are ..."), "The mission's members", "the members of the delegation"."""
    return tok.lemma_.lower() == "member" and tok.tag_ == "NNS" and any(
        (c.dep_ == "poss" and (c.lemma_.lower() in DELEGATION_NOUNS
                               or (c.lower_ in ("its", "their") and _after_a_delegations_sentence(tok))))
        or (c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_.lower() in DELEGATION_NOUNS for o in c.children))
        for c in tok.children)


def _after_a_delegations_sentence(tok) -> bool:
    """Whether the sentence before a token's has a delegation for the subject of its verb."""
    sent = sentence_of(tok)
    before = tok.doc[sent.start - 1].sent if sent.start > 0 else None
    return before is not None and _has_a_delegation_subject(before.root)


def _has_a_delegation_subject(verb) -> bool:
    """Whether a verb's subject is a delegation ("The mission arrived", "The delegation was led by")."""
    return any(c.dep_ in _SUBJECT_DEPS and c.lemma_.lower() in DELEGATION_NOUNS for c in verb.children)


def delegation_members(sdoc, names: SpanIndex) -> list[ParticipantRef]:
    """The people of the article's delegation: whoever leads it ("a delegation led by X", "it is
    led by X") and whoever it includes ("and including Y", "and includes Jordan's Y, Egypt's Z",
    "The delegation was to have included Presidents A of Benin and B of Niger")."""
    members: list[ParticipantRef] = []
    if not _LEAD_WORDS.search(doc_text(sdoc)):
        return members  # most articles: no need to walk every token

    def add(found) -> None:
        for n in found:
            if all(m.start != n.start for m in members):
                members.append(ParticipantRef("name", n.start, n.end, n.text, side="subject"))

    def add_phrase(obj) -> None:  # every name of a phrase, however the parser hung the list
        add(names.within(obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)))

    for heading in _MEMBERS_HEADING.finditer(doc_text(sdoc)):
        # "The delegation arrived on Monday. It comprised:" above a line for each member
        add(names.within(heading.end(), _list_end(sdoc, names, heading.end())))
    for tok in sdoc:
        if tok.lemma_ == "be" and any(_its_members(c) for c in tok.children if c.dep_ == "nsubj"):
            # "Its other members were A, B and C": the delegation told just before
            for obj in (c for c in tok.children if c.dep_ == "attr"):
                add_phrase(obj)
            continue
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in ("lead", "head", "include", "comprise"):
            continue
        # (the subject of "was to have included": the verb's whose complement it is)
        subjects = [c for c in (tok.head if tok.dep_ == "xcomp" else tok).children if c.dep_ in _SUBJECT_DEPS]
        party = tok.head if tok.dep_ == "acl" else (subjects[0] if subjects else None)
        if party is None or not (party.lemma_.lower() in DELEGATION_NOUNS or party.lower_ == "it"
                                 or (party.lemma_.lower() == "side" and _beside_a_delegation(party))):
            continue
        if tok.lemma_.lower() in ("include", "comprise"):  # (its objects, however the list is hung)
            # (a delegation named so, not "it", whose programme may include "a meeting with X"; nor
            # someone else's: "Zelensky, whose team included A"; and people, not an event)
            if party.lower_ == "it" or any(c.dep_ == "poss" for c in party.children):
                continue
            objects = [c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd") and c.lemma_.lower() not in NOUN_KINDS]
        else:
            objects = _agent_objects(tok)
        for c in tok.children:  # "... and includes A, B" / "... and including A"
            if c.lemma_.lower() == "include" and c.dep_ in ("conj", "prep", "advcl", "acl"):
                objects += [o for o in c.children if o.dep_ in ("dobj", "pobj")]
        for obj in objects:
            add_phrase(obj)
    return members


def _another_occasion(verb, event) -> bool:
    """Whether "who attended <event>" tells of another time than the story's: "in 2022", "the
    previous summit", "last year's talks" (not "the 2023 summit", "the opening session on Wednesday")."""
    modifiers = [t for c in event.children if c.dep_ in ("amod", "poss", "nmod") for t in c.subtree]
    return any(t.lower_ in ("previous", "last", "next", "earlier", "former", "past") for t in modifiers) or any(
        t.ent_type_ == "DATE" and t.text.isdigit() and len(t.text) == 4 and t.head.lower_ == "in" for t in verb.subtree)


def _beside_a_delegation(side) -> bool:
    """"The Zelaya delegation was headed by A, while the Micheletti side was led by B, with C and
    D": the other side of a sentence that tells a delegation's members is a delegation too, in a
    clause of the delegation's own verb (not "in contrast to 2012, when the side was led by E"),
    of no other time and no other doing ("which boycotted the session", "and stayed in Doha")."""
    verb = side.head
    told = verb.head.head if verb.head.dep_ == "conj" else verb.head  # ("was headed by A and included B, while ...")
    return verb.dep_ in ("advcl", "conj") and verb.head.lemma_.lower() in ("lead", "head", "include", "comprise") \
        and _has_a_delegation_subject(told) \
        and not any(t.ent_type_ == "DATE" or (t.dep_ in ("relcl", "conj") and t.pos_ == "VERB") for t in verb.subtree)


#: What stands between a body's name and a person whose title it qualifies: "(IDB) President ".
_TITLE_AFTER_A_BODY = re.compile(r"\s*(?:" + BODY_ABBREVIATION + r"\s*)?(?P<title>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+")


def _titled_by_body(between: str) -> bool:
    """Whether the words between a body's name and a person's are that person's title alone
    ("(IMF) Managing Director "), not a clause or a list."""
    m = _TITLE_AFTER_A_BODY.fullmatch(between)
    return m is not None and is_title(m.group("title"))


#: A name set off by commas right after a phrase: its apposition (", Captain X,").
_SET_OFF = re.compile(r"\s*,\s*(?:[A-Z][\w.'’\-]*\s+){0,3}$")  # (and the name's title: ", Captain ")


def _apposition_hung_elsewhere(tok, names: SpanIndex) -> list:
    """"to meet the head of the junta, Captain X, on Friday", with X hung on the verb: the name
    set off by commas right after a role's phrase is its apposition (one name, closed by a comma
    or the sentence's end; not the next item of a list: "met the president, X and Y")."""
    text = doc_text(tok.doc)
    end = tok.right_edge.idx + len(tok.right_edge)
    sent = sentence_of(tok)
    after = next(iter(names.within(end, sent.end_char)), None)
    if after is None or not _SET_OFF.match(text[end:after.start]) or tok.right_edge.i + 1 >= sent.end:
        return []
    if tok.is_ancestor(_token_at(tok.doc, after.start)):
        return []  # (hung on the role itself: the branch above reads it)
    rest = text[after.end:sent.end_char].lstrip()
    return [after] if not rest or rest[0] in ",.;" else []


#: Plural nouns for the members of a delegation of envoys: "the five ambassadors", "the envoys"
#: (bare: not "the Arab ambassadors", others').
_DELEGATE_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "delegate"})
_BARE_PLURAL = re.compile(r"(?i)(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?[a-z]+s$")


def _with_members(refs: list[ParticipantRef], members: list[ParticipantRef]) -> list[ParticipantRef]:
    """A delegation's references replaced by its members (dropped when the article lists none);
    so are "the (five) ambassadors" or "the envoys" in an article whose delegation has members."""
    out: list[ParticipantRef] = []
    for r in refs:
        if r.kind == "role" and r.every and len(members) >= 2 and r.role.lower().split()[-1] in _DELEGATE_NOUNS \
                and _BARE_PLURAL.match(r.text):
            r = ParticipantRef("delegation", r.start, r.end, r.text, side=r.side)
        if r.kind != "delegation":
            out.append(r)
        else:
            out += [ParticipantRef(m.kind, m.start, m.end, m.text, side=r.side) for m in members
                    if all(o.start != m.start for o in out)]
    return _unique(out)


def person_like(candidates: list[Candidate]) -> list[Candidate]:
    """Candidates that may be people: not adjectives, sites, or names the gazetteer knows as
    places (which people the corpus has is only known later, in `merge`), unless a person of
    the article bears the name ("Rubio" after "Marco Rubio", though a town is called Rubio; "França"
    after "Carlos França", tagged as the town of Franca, but never a country's name)."""
    gaz = get_gazetteer()
    surnames = {c.text.split()[-1] for c in candidates if c.label in ("PERSON", "TITLED") and " " in c.text}
    return [c for c in candidates if c.label not in ("NORP", "SITE")
            and (c.label in ("PERSON", "TITLED") or (place := gaz.place(c.text)) is None
                 or (c.label in ("PROPN", "ORG") and c.text in surnames)
                 or (c.label == "GPE" and c.text in surnames and place.kind == "city"))
            and not (c.label == "ORG" and is_office_phrase(c.text) and c.text not in surnames)]  # ("Bishop" of "Julia Bishop")


_OTHER_SEX = {"he": "f", "him": "f", "his": "f", "she": "m", "her": "m", "hers": "m"}
_MALE_WORDS = r"(?:Mr|Sir|Lord|King|Prince|Emperor|Sultan|Emir|Crown Prince)"
_FEMALE_WORDS = r"(?:Mrs|Ms|Miss|Madam|Madame|Dame|Lady|Queen|Princess|Empress|Sheikha)"
_NAMED_AFTER = r"\.?\s+(?:[A-Z][\w'’\-]+\s+){0,3}?([A-Z][\w'’\-]+)\b(?!\s+[A-Z])"
_MALE = re.compile(r"\b" + _MALE_WORDS + _NAMED_AFTER)
_FEMALE = re.compile(r"\b" + _FEMALE_WORDS + _NAMED_AFTER)


def _sexes(doc, names: SpanIndex) -> dict[str, str]:
    """Name as written -> "m" or "f", from the forms of address and titles the article puts
    before a name ("Mr Abe", "Ms Harris", "Queen Elizabeth"). A surname alone counts only when
    one full name of the article has it ("First Lady Emine Erdogan" says nothing of a bare
    "Erdogan" beside "Recep Tayyip Erdogan"); a name given both is neither."""
    found = doc.user_data.get("wb_sexes")
    if found is None:
        text = doc_text(doc)
        marked: dict[str, set[str]] = {}
        for pattern, sex in ((_MALE, "m"), (_FEMALE, "f")):
            for m in pattern.finditer(text):
                marked.setdefault(m.group(1), set()).add(sex)
        full_names: dict[str, set[str]] = {}
        for c in names:
            if " " in c.text:
                full_names.setdefault(c.text.split()[-1], set()).add(c.text)
        found = {}
        for surname, sexes in marked.items():
            if len(sexes) != 1:
                continue
            sex = next(iter(sexes))
            owners = full_names.get(surname, set())
            if len(owners) <= 1:
                found[surname] = sex
                found.update((full, sex) for full in owners)
        doc.user_data["wb_sexes"] = found
    return found


def _is_subject(doc, c: Candidate) -> bool:
    """Whether a name is the subject of its clause, or in apposition to the subject noun of a
    sentence's main verb ("Stern's boss, US Secretary of State John Kerry, spent ..."; not of a
    clause it reports: '"My dear friend Arun has gone," he told them')."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span is not None and any(t.dep_ in _SUBJECT_DEPS or (
        t.dep_ == "appos" and t.head.dep_ in _SUBJECT_DEPS and t.head.pos_ == "NOUN" and t.head.head.dep_ == "ROOT")
        for t in span)


def _antecedent(pronoun, names: SpanIndex, exclude: frozenset[int] = frozenset()) -> Candidate | None:
    """"he", "his": the nearest name before it that is a subject in its sentence, else what an
    earlier "he" subject of its sentence stands for, else whose
    visit the sentence before is about, else the nearest subject name before it in the document,
    else the nearest name; never one of
    `exclude` (an object pronoun is not its own clause's subject: "X sat down with him")."""
    doc = pronoun.doc
    gaz = get_gazetteer()
    # (not a one-word place the model took for a name: "leave for Lusaka, where she will meet";
    # but a surname of the article's people that a map also knows: "Bush" after "George W. Bush")
    surnames = {c.text.split()[-1] for c in names if " " in c.text}
    before = [c for c in names.before(pronoun.idx) if c.start not in exclude
              and not (" " not in c.text and not c.titled and c.label != "TITLED" and c.text not in surnames
                       and gaz.place(c.text) is not None)]
    if not before:
        return None

    # "X invited her to visit": an object pronoun is not its own verb's subject
    verb = pronoun.head if pronoun.dep_ in ("dobj", "dative") else None

    def subject_of_verb(c: Candidate) -> bool:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        return verb is not None and span is not None and any(t.dep_ in _SUBJECT_DEPS and t.head == verb for t in span)

    before = [c for c in before if not subject_of_verb(c)]
    other_sex = _OTHER_SEX.get(pronoun.lower_)
    if other_sex:  # "she" is not the man the article calls "Mr Abe"
        sexes = _sexes(doc, names)
        before = [c for c in before if sexes.get(c.text) != other_sex]

    if not before:
        return None
    same_sentence = [c for c in before if c.start >= sentence_of(pronoun).start_char]
    subjects_here = [c for c in same_sentence if _is_subject(doc, c)]
    if subjects_here:
        return subjects_here[-1]
    # "His Highness was received by X, and he also met Y": the subject of the clause the
    # pronoun's is joined to, a style standing for a person, not the name it was received by
    verb = pronoun.head if pronoun.dep_ in _SUBJECT_DEPS else None
    style = next((t for t in verb.head.children if t.dep_ in _SUBJECT_DEPS and _is_style(t)), None) \
        if verb is not None and verb.dep_ == "conj" else None
    if style is not None and _STYLE_SEX.get(next(c.lower_ for c in style.children if c.dep_ == "poss")) != other_sex:
        return _styled_person(style, names, exclude)  # (not "Her Majesty ..., and he": someone else)
    # "he was received by X ..., where he met Y": the sentence's own subject pronoun of the same
    # sex is the same person, not the name it was received by
    earlier = next((t for t in doc[sentence_of(pronoun).start:pronoun.i] if t.dep_ in _SUBJECT_DEPS
                    and t.pos_ == "PRON" and other_sex and _OTHER_SEX.get(t.lower_) == other_sex), None)
    if earlier is not None:
        return _antecedent(earlier, names, exclude)
    text = doc_text(doc)
    # "On the first leg of Pompeo's tour, he met ...": a name, not a thing named with an article
    # ("On the sidelines of the Mass, he hopes to meet ...")
    named_here = [c for c in same_sentence if not re.search(r"\b(?:the|The|a|an)\s+$", text[max(0, c.start - 5):c.start])]
    if named_here:
        return named_here[-1]
    # "It was Biden's first visit to Finland. He last hosted X": whose visit or meeting the
    # sentence before is about, where no name is its subject
    sent = sentence_of(pronoun)
    previous = sentence_of(doc[sent.start - 1]) if sent.start > 0 else None
    if previous is not None:
        there = [c for c in before if previous.start_char <= c.start < previous.end_char]
        if there and not any(_is_subject(doc, c) for c in there):
            owners = [c for c in there if _owns_the_topic(doc, c)]
            if owners:
                return owners[-1]
    # (not whoever a sentence before is attributed to: "... she accepted, spokesman Y said. She
    # is to meet Z" is not Y's meeting)
    subjects = [c for c in before if _is_subject(doc, c) and not _attributed_to(doc, c)]
    if not subjects:
        return before[-1]
    # ("Suleiman arrived in Damascus, the first visit since Lahoud came to Damascus. He was
    # received by X": the main clause's subject, not a subordinate clause's)
    span = doc.char_span(subjects[-1].start, subjects[-1].end, alignment_mode="expand")
    if span is None:
        return subjects[-1]
    last = sentence_of(span.root)
    main = [c for c in subjects if last.start_char <= c.start < last.end_char and _main_subject(doc, c)]
    return main[-1] if main and not _main_subject(doc, subjects[-1]) else subjects[-1]


def _main_subject(doc, c: Candidate) -> bool:
    """Whether a name is the subject of its sentence's main clause (or of a verb joined to it)."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in _SUBJECT_DEPS:
        return False
    verb = span.root.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    # (not a speaker: "X said Y would travel to Berlin. He will meet Z" is Y's meeting)
    return verb.dep_ == "ROOT" and verb.lemma_.lower() not in REPORTING_VERBS


def _owns_the_topic(doc, c: Candidate) -> bool:
    """Whether a name is the possessor of a visit or meeting its clause is about ("Biden's visit
    was ...", "It was Biden's first visit"), not of a person ("Macron's spokesman said")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "poss":
        return False
    owned = span.root.head
    # ("It was Bush's fourth day in Beijing": what a sentence about "it" says is someone's)
    about_it = owned.dep_ == "attr" and any(t.dep_ in _SUBJECT_DEPS and t.lower_ in ("it", "this")
                                            for t in owned.head.children)
    phrase = owned  # (the noun phrase's head where the parser made the noun a compound: "swing south began")
    while phrase.dep_ == "compound" and phrase.head.pos_ in ("NOUN", "PROPN") and phrase.head != phrase:
        phrase = phrase.head
    return (phrase.dep_ in (*_SUBJECT_DEPS, "attr") and (owned.lemma_.lower() in NOUN_KINDS or owned.lemma_.lower() in _JOURNEYS)) or about_it


#: Words for someone's journey that a story goes on to tell of: "Bush's swing south began badly.
#: In Panama City, he met ...".
_JOURNEYS = frozenset({"swing", "journey", "stay", "mission", "leg", "stopover", "sojourn", "odyssey"})


def _attributed_to(doc, c) -> bool:
    """Whether a name is the speaker a sentence is attributed to after the fact ("..., X said")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root.head
    return (span.root.dep_ in _SUBJECT_DEPS and verb.lemma_.lower() in REPORTING_VERBS
            and any(k.dep_ == "ccomp" and k.i < span.root.i for k in verb.children))


#: Role nouns that do not name one office ("the libertarian leader" may be anyone's).
_VAGUE_OFFICES = frozenset({"leader", "head", "chief", "counterpart", "diplomat", "envoy"})


def _office_held(office, names: SpanIndex) -> bool:
    """Whether an office with its country ("the US president") can stand for someone: someone of
    the article has its title (else "he" is the name before: "Joe Biden spoke in Vilnius. The US
    president had arrived from London, where he met X"). A bare office ("the Amir") always can."""
    if not any(t.pos_ == "PROPN" for t in office.subtree if t is not office):
        return True
    word = office.lemma_.lower()
    return any(c.role is not None and word in c.role.role.lower() for c in names)


#: Sentences of pronoun subjects only through which "he" still goes back to an office told before them.
_PRONOUN_CHAIN = 2
#: A subject pronoun's object form: "The King received her" tells someone else's act on "she".
_OBJECT_FORM = {"he": "him", "she": "her"}


def _office_antecedent(pronoun):
    """The subject "the chancellor", "the president" (one office, no name in its phrase) of the
    sentence before the pronoun's or of its own clause before it, if that is the nearest subject."""
    doc, sent = pronoun.doc, sentence_of(pronoun)
    previous = sentence_of(doc[sent.start - 1]) if sent.start > 0 else None
    start = previous.start if previous is not None else sent.start
    # (a pronoun subject between stands for the same person: "the Pope will fly ... He is due to
    # travel to Morocco, where he is expected ...")
    subjects = [t for t in doc[start:pronoun.i] if t.dep_ in _SUBJECT_DEPS and t.lower_ not in PERSONAL_PRONOUNS]
    for _ in range(_PRONOUN_CHAIN):
        # ("The Premier came ... On his arrival he called on X. On his way he had stopped in Paris":
        # sentences whose subjects are all pronouns go on telling of the one before them)
        if subjects or start == 0 or not any(t.dep_ in _SUBJECT_DEPS and t.lower_ in PERSONAL_PRONOUNS
                                             for t in doc[start:pronoun.i]):
            break
        start = sentence_of(doc[start - 1]).start
        if any(t.lower_ == _OBJECT_FORM.get(pronoun.lower_) and t.dep_ == "dobj" and t.tag_ == "PRP"
               for t in doc[start:pronoun.i]):
            return None  # ("The King received her. She later toured ... She also met X": the one received)
        subjects = [t for t in doc[start:pronoun.i] if t.dep_ in _SUBJECT_DEPS and t.lower_ not in PERSONAL_PRONOUNS]
    if not subjects:
        return None
    last = subjects[-1]
    if last.head.dep_ in ("advcl", "relcl") and any(
            t.dep_ in _SUBJECT_DEPS and t.pos_ == "PROPN" and t.head.dep_ in ("ROOT", "conj")
            for t in doc[sentence_of(last).start:last.i]):
        # ("X said he had received Y in Lahore, when the Indian prime minister came by bus. He
        # last met ...": the subject of a clause set in the main one is not whom "he" goes on with)
        return None
    last = next((c for c in last.children if c.dep_ == "poss" and c.lower_ in ROLE_NOUNS), last)  # "the Amir's visit ..., when he"
    proper = " ".join(t.text for t in last.subtree if t is not last and t.pos_ == "PROPN")
    gaz = get_gazetteer()
    # ("The French leader had prepared the trip. He spoke by phone with X": a vague office is one
    # person once its country is said)
    national = any(t is not last and t.pos_ == "ADJ" and gaz.affiliation(t.text) for t in last.subtree) or bool(
        proper and gaz.affiliation(proper))
    if (last.tag_ in ("NN", "NNP") and last.lower_ in ROLE_NOUNS and (last.lower_ not in _VAGUE_OFFICES or national)
            and any(c.lower_ == "the" for c in last.children)
            and (not proper or gaz.affiliation(proper))):  # ("the Pope", "the US president", not "the Pope's envoy X")
        return last
    return None


def _caption_with(tok) -> bool:
    """A photo caption with no verb: "Minister A with Minister B in Shanghai on Saturday.", or a
    line of its own "Governor A and Director B on the sidelines of the meeting on Wednesday."
    (not a piece of a sentence the parser cut off: "Director B on the South Korean side, ...")."""
    sent = sentence_of(tok)
    # (the "with" on the caption's name, or on the name after its "and": "King A and Queen B with
    # Pope C at the palace on Friday")
    heads = [tok, *_conjuncts(tok)]
    withs = [o for t in heads for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
             for o in c.children if o.dep_ == "pobj"] + [o for t in heads for o in _flanked_by(t)]
    # (the where and when on the caption's name, or on the one it is with: "A with his counterpart
    # B at the ministry in Suva yesterday")
    # (or on the "flanked" that hangs on it: "A, flanked by B and C, at the palace on Monday")
    flanks = [v for v in tok.children if _flanking(v)]
    if not (_verbless_name_root(tok) and any(c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "during")
                                             for h in [tok, *withs, *flanks] for c in h.children)):
        return False
    if withs:
        return True
    text = doc_text(tok.doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    last = [t for t in sent if not t.is_space][-1]
    line_end = text.find("\n", last.idx + len(last))
    whole_line = not (text[line_start:sent.start_char].strip()
                      or text[last.idx + len(last):line_end if line_end != -1 else len(text)].strip())
    return whole_line and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in tok.children)


def _caption_in(tok):
    """The name a verbless caption opens with, when the meeting noun is its "in" phrase: "A in
    conversation with B at the palace on Thursday"; else None."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.dep_ == "prep"):
        return None
    root = tok.head.head
    return root if _verbless_name_root(root) else None


def _verbless_name_root(tok) -> bool:
    """Whether a token is a name heading a sentence with no verb, as a photo caption's is (or the
    name under the title the parser made the head: "PM A with President B at the palace")."""
    heads = tok.dep_ == "ROOT" or (tok.dep_ in ("npadvmod", "appos") and tok.head.dep_ == "ROOT"
                                   and tok.left_edge.i == tok.head.i + 1 and tok.head.lower_ in title_words())
    return heads and tok.pos_ == "PROPN" and not any(t.pos_ in ("VERB", "AUX") and not _flanking(t) for t in sentence_of(tok))


def _flanking(tok) -> bool:
    """"flanked by" hung on a name: "A, flanked by B and C, on the first day of the summit"."""
    return tok.lower_ == "flanked" and tok.dep_ == "acl" and tok.head.pos_ == "PROPN" \
        and any(c.dep_ == "agent" for c in tok.children)


def _flanked_by(tok) -> list:
    """The people a name is flanked by, in a caption: "A, flanked by Prime Minister B and President
    C" (B and C), when one of them is a leader, a peer the caption's name met; not the name's own
    ministers, aides or family ("flanked by Defence Minister B and army chief C", "by his wife B")."""
    people = [o for v in tok.children if _flanking(v) for a in v.children if a.dep_ == "agent"
              for p in a.children if p.dep_ == "pobj" for o in _with_coordination(p)]
    leaders = any(t.lower_ in _LEADER_WORDS for o in people for t in o.subtree if t.i < o.i)
    own = any(c.dep_ == "poss" for o in people for c in o.children)
    return people if leaders and not own else []


#: Titles of leaders, who flank a caption's leader as peers.
_LEADER_WORDS = frozenset({"president", "presidents", "prime", "premier", "premiers", "chancellor", "king", "queen",
                           "emir", "amir", "sultan", "leader", "leaders", "chairman", "monarch", "pope"})


def _caption_head(sent):
    """The name a verbless caption opens with: the sentence's root, or the name under the title
    the parser took for the root."""
    root = sent.root
    return next((c for c in root.rights if c.dep_ in ("npadvmod", "appos") and _verbless_name_root(c)), root) \
        if root.lower_ in title_words() else root


def _conjuncts(tok) -> list:
    """The tokens coordinated with a token ("A, B and C": B and C), without the appositions
    `_with_coordination` also follows (a description: "B, the wife of C")."""
    out, stack = [], [c for c in tok.children if c.dep_ == "conj"]
    while stack:
        t = stack.pop(0)
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _plans(tok) -> bool:
    """Whether a verb is one of PLANNING_VERBS (also where the lemmatizer erred: "hopes", "hoped" -> "hop")."""
    lower = tok.lower_
    return tok.lemma_.lower() in PLANNING_VERBS or (lower.endswith(("s", "d")) and lower[:-1] in PLANNING_VERBS)


#: Verbs of a decision taken at a meeting: "agreed to expand cooperation ... in a summit in Tokyo".
_DECISION_VERBS = frozenset({"agree", "decide", "pledge", "vow", "promise", "resolve", "commit"})


def _decided_at(verb) -> bool:
    """Whether a verb is what a decision verb decided ("agreed ... to develop relations and to
    expand cooperation"): a meeting in its phrase is where they decided it, held."""
    node = verb
    for _ in range(3):
        if node.lemma_.lower() in _DECISION_VERBS:
            return True
        if node.dep_ not in ("xcomp", "conj", "ccomp") or node.head == node:
            return False
        node = node.head
    return False


def _purpose_clause(tok) -> bool:
    """Whether a verb heads an infinitive of purpose ("flew to Warsaw on Friday to meet X")."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


#: What two who "sat down together" may have done that makes it a meeting: "to discuss".
_TALKING_VERBS = frozenset({"talk", "discuss", "negotiate", "agree", "review", "work", "sign", "hold", "finalise",
                            "finalize", "resolve", "thrash", "hammer", "confer"})
#: Verbs whose object "signature" makes them a signing: "put their signatures to the deal".
_SIGNATURE_VERBS = frozenset({"put", "affix", "append", "set"})


def _sat_down_to_talk(tok) -> bool:
    """"sat down with X", "A and B sat down together" (not "... together to watch the cup final")."""
    if not any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return False
    purpose = [v for v in tok.children if v.dep_ in ("xcomp", "advcl")]
    return any((c.dep_ == "prep" and c.lower_ == "with")
               or (c.lower_ == "together" and all(v.lemma_.lower() in _TALKING_VERBS for v in purpose)) for c in tok.children)


def _signs(token) -> bool:
    """Whether a verb is a signing: "signed", "initialled", "put their signatures to"."""
    lemma = token.lemma_.lower()
    return lemma in ("sign", "initial") or (lemma in _SIGNATURE_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "signature" for c in token.children))


#: What one side signs and sends, its signatories not meeting anyone for it: "its application,
#: signed by the President, the Prime Minister and the Speaker".
_ONE_SIDES_DOCUMENTS = frozenset({"application", "letter", "petition", "decree", "law", "bill", "request", "appeal",
                                  "order", "cheque", "check", "book", "condolence"})


def _one_sides_document(token) -> bool:
    """Whether a signing verb's document is one side's ("the letter was signed by A and B",
    "submitted its application, signed by A and B"), not an agreement between sides."""
    signed = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ == "acl":
        signed.append(token.head)  # "a letter signed by A and B"
    if token.dep_ == "advcl":
        signed += [c for c in token.head.children if c.dep_ == "dobj"]  # "submitted its application, signed by"
    if token.lemma_.lower() in _SIGNATURE_VERBS:  # "put their signatures to a letter"
        signed += [o for h in [token, *signed] for p in h.children if p.dep_ == "prep" and p.lower_ in ("to", "on")
                   for o in p.children if o.dep_ == "pobj"]
    # (not both sides' "letter of intent", nor a "joint appeal")
    return any(t.lemma_.lower() in _ONE_SIDES_DOCUMENTS and not any(
        c.lower_ == "joint" or (c.dep_ == "prep" and c.lower_ == "of" and any(
            o.lemma_.lower() in ("intent", "understanding", "cooperation", "co-operation") for o in c.children))
        for c in t.children) for t in signed)


def _triggers(sent) -> Iterator[tuple[object, object, str]]:
    """(trigger token, predicate token, kind) for each meeting word of a sentence."""
    if _caption_with(head := _caption_head(sent)):
        yield head, head, "meeting"
    for tok in sent:
        lemma, lower = tok.lemma_.lower(), tok.text.lower()
        if lower in ("dined", "dines"):
            lemma = "dine"  # (the model's lemma is "din")
            if any(c.lower_ in _HABIT_WORDS for c in tok.children):
                continue  # "who often dined with the late king": a habit, no meeting
        if tok.pos_ == "VERB" and lemma in _SIGNATURE_VERBS and _signs(tok):
            yield tok, tok, "meeting"  # "A and B put their signatures to the deal"
        if tok.pos_ in ("VERB", "AUX") and lemma in VERB_KINDS:
            if lemma == "call" and _courtesy_call(tok):
                yield tok, tok, "meeting"  # "called on President X": a visit of courtesy
                continue
            if lemma == "call" and any(c.dep_ in ("prt", "oprd") or (c.dep_ == "prep" and c.lower_ in ("for", "on")) for c in tok.children):
                continue  # "called off", "called for", "called on X to act", "called the summit a failure"
            if lemma == "confer" and not any(c.lower_ == "with" for c in tok.children):
                continue  # "conferred on him the Nishan-i-Pakistan": an honour, not talks
            if lemma in ("talk", "speak") and not (any(c.lower_ in ("with", "by", "over") for c in tok.children)
                                                    or _phone_context(tok) or _by_phone(tok) or _talked_together(tok)):
                continue
            if lemma in ("dine", "lunch") and not (any(c.lower_ == "with" for c in tok.children) or _talked_together(tok)):
                continue
            if lemma in ("chat", "closet") and not any(c.lower_ == "with" for c in tok.children):
                continue
            if lemma == "see" and not _saw_someone(tok):
                continue  # ("saw the results", "see X as a partner", "saw X take office")
            if lemma == "spend" and not (any(c.dep_ == "dobj" and c.lemma_.lower() in _SPENT_TIME for c in tok.children)
                                         and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)):
                continue  # ("spent a billion dollars on", "spent the night in Kyiv")
            if lemma == "sit" and not _sat_down_to_talk(tok):
                continue  # "sat on the council"
            if lemma == "shake" and (not any(c.dep_ == "dobj" and c.lower_ == "hands" for c in tok.children) or any(
                    t.pos_ == "NOUN" and NOUN_KINDS.get(t.lemma_.lower()) in ("talks", "summit", "meeting")
                    and t.lemma_.lower() not in _CEREMONIES for t in sent)):
                continue  # ("shook the markets"; "shook hands before their talks": the talks)
            if lemma == "join" and (not (_agent_objects(tok) or _joined_in_person(tok)) or _joined_elsewhere(tok)):
                continue  # "Japan joined the sanctions", "A joined B in calling for a ceasefire", "in the cabinet"
            yield tok, tok, VERB_KINDS[lemma]
        elif _travelled_to_talk_with(tok) is not None:
            yield tok, tok, "talks"  # "are due to travel to Tunis to discuss border cooperation with X"
        elif (verb := _phoned_with(tok)) is not None:
            yield tok, verb, "phone_call"  # "discussed the plan by phone with X"
        elif lemma == "brief" and _travelled_to_brief(tok):
            yield tok, tok, "meeting"  # "travelled to Pristina to brief X on the talks"
        elif lemma == "discuss" and _discussion_partners(tok) and not any(
                t is not tok and "visit" != (NOUN_KINDS.get(t.lemma_.lower()) or VERB_KINDS.get(t.lemma_.lower()) or "visit")
                for t in sent):
            # (a sentence that tells the meeting by another word tells it once: "had discussed
            # the vote with X in a call on Monday"; but a trip is no such word: "X, who travelled
            # to Washington in February, discussed the crisis with Y")
            yield tok, tok, "talks"  # "discussed the crisis with President X at the White House"
        elif tok.pos_ in ("NOUN", "PROPN") and (lemma in NOUN_KINDS or lower in NOUN_KINDS):
            if lemma == "stop" and not any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children):
                continue
            if lemma in _CEREMONIES and not _attended_ceremony(tok):
                continue
            if lemma == "conference" and any(c.lower_ in _PRESS_WORDS for c in tok.children):
                continue  # "told a joint press conference"
            if lemma == "retreat" and (tok.pos_ != "NOUN" or any(c.lower_ in ("from", "of") or (
                    c.dep_ == "poss" and c.pos_ == "PRON") for c in tok.children)):
                continue  # "a retreat from the pledge", "the retreat of the troops", "at his Black Sea retreat"
            if lemma == "audience" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "among", "from") \
                    and any(c.lower_ == "the" for c in tok.children):
                continue  # "A and B were in the audience": spectators, not an audience granted
            if lemma == "audience" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _GRANTING and _granted_to_no_one(tok):
                continue  # "granted audiences to newly appointed ambassadors": no one in particular
            if tok.dep_ == "compound" and tok.head.lemma_.lower() in NOUN_KINDS:
                continue  # "phone talks": one trigger, the head
            if tok.dep_ == "dobj" and (tok.head.lemma_.lower() in _JUDGING_VERBS or (
                    tok.head.lemma_.lower() == "call" and any(c.dep_ == "oprd" for c in tok.head.children))):
                continue  # "X called the summit a humiliation", "Y criticised the talks": an opinion of them
            readying = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
            if readying is not None and readying.lemma_.lower() in ("arrangement", "preparation") and readying.dep_ == "dobj":
                readying = readying.head  # "called on X to finalise the arrangements for the summit"
            if readying is not None and readying.lemma_.lower() in _PREPARING and readying.dep_ != "ROOT" \
                    and readying.head.lemma_.lower() in VERB_KINDS:
                continue  # "A and B had met in Bogota to prepare the summit": that meeting, not the summit
            if tok.dep_ in ("dobj", "nsubjpass") and (tok.head.lemma_.lower() in LIGHT_VERBS or (
                    lemma in _MEALS and tok.head.lemma_.lower() in ("offer", "give", "throw"))
                    or (lemma == "audience" and tok.head.lemma_.lower() in _GRANTING)):
                pred = tok.head  # ("offered a state dinner in honour of his guest": the host's dinner)
            elif (tok.dep_ == "compound" and tok.head.dep_ in ("dobj", "nsubjpass")
                  and tok.head.head.lemma_.lower() in LIGHT_VERBS):
                pred = tok.head.head  # "held an official talks session at the palace"
            elif (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ROUND_NOUNS | _SPANS
                  and tok.head.head.dep_ in ("dobj", "nsubjpass") and tok.head.head.head.lemma_.lower() in LIGHT_VERBS):
                pred = tok.head.head.head  # "held their first round of talks in Moscow", "held 17 hours of talks"
            elif (tok.dep_ == "pobj" and tok.head.lower_ == "into"
                  and tok.head.head.lemma_.lower() in ("go", "enter", "head", "move")):
                pred = tok.head.head  # "arrived ... and went straight into talks with X": the subject's
            elif (tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ in ("VERB", "AUX")
                  and tok.head.head.lemma_.lower() in ("spend", "be", "engage", "lock", "remain", "stay")):
                pred = tok.head.head  # "where he had spent Wednesday in talks with X", "were locked in talks"
            elif (tok.dep_ == "pobj" and tok.head.lower_ in ("by", "via", "over") and tok.head.head.pos_ == "VERB"
                  and NOUN_KINDS.get(lemma) == "phone_call" and tok.head.head.lemma_.lower() in VERB_KINDS):
                pred = tok.head.head  # "spoke by video call with A and B": the speaker's call
            elif tok.dep_ == "nsubj" and tok.head.lemma_.lower() in EVENT_VERBS:
                pred = tok.head  # "the summit ended in Lima on March 1": the verb says where and when
            elif tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
                    c.dep_ == "prep" and c.lower_ == "with" for c in tok.head.children):
                pred = tok.head  # "Biden's first virtual meeting was with Trudeau on February 23"
            elif (lemma in _CEREMONIES and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "in", "during")
                  and (installed := _installed_at(tok)) is not None):
                pred = installed  # "X was sworn in as president at a ceremony in Y": X's inauguration
            elif held_in := [c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in LIGHT_VERBS]:
                pred = held_in[0]  # "conversations that Nawaf had held on Monday with A and B"
            else:
                pred = tok
            yield tok, pred, NOUN_KINDS.get(lemma, NOUN_KINDS.get(lower))
        elif tok.pos_ == "VERB" and lemma == "attend" and _which_was(tok) and (told := _meeting_noun_before(tok)) is not None \
                and _relative_of(tok, told):
            yield tok, tok, NOUN_KINDS.get(told.lemma_.lower(), NOUN_KINDS.get(told.lower_))  # "talks, which were attended by A"
        elif tok.pos_ == "PRON" and (kind := _event_pronoun(tok)):
            yield tok, tok.head, kind  # "The summit opened on Monday. It was attended by A, B and C."


#: Verbs of a monarch's or a pope's audience, given to the one received: "granted an audience to X".
_GRANTING = frozenset({"grant", "give", "accord"})
#: Occasions that are a meeting of those said to attend them: "The ceremony was attended by A and B".
_CEREMONIES = frozenset({"ceremony", "inauguration"})
#: A ceremony told as the time of something else: "After the ceremony, A received B".
_CEREMONY_AS_A_TIME = (r"\b(?:after|before|following|during|since|ahead\s+of|(?:sidelines|margins|eve)\s+of)\s+"
                       r"(?:the\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:ceremon|inaugurat|swearing)")
#: Verbs of taking office at a ceremony, whose subject is at it: "was sworn in at a ceremony".
_INSTALLING = frozenset({"swear", "inaugurate", "install", "invest", "crown", "enthrone"})
#: Ceremonies of protocol or honours, no gathering: "an official welcome ceremony", "an award ceremony".
_PROTOCOL_CEREMONIES = frozenset({"welcome", "welcoming", "arrival", "departure", "farewell", "award", "prize", "medal"})
#: Words before a ceremony that make it a time, not a meeting: "After the ceremony, A received B".
_TIME_PREPOSITIONS = frozenset({"before", "after", "following", "during", "since", "until", "till", "ahead", "prior"})


def _installed_at(tok):
    """The verb of taking office a ceremony is the place of ("was sworn in as the fifth president
    at a ceremony", wherever the parser hung "at"), or None."""
    verb = _verb_of(tok)
    return verb if verb is not None and verb.lemma_.lower() in _INSTALLING else None


def _attended_ceremony(tok) -> bool:
    """Whether a ceremony (an inauguration) is told as a gathering, whose attendees meet: "The
    ceremony at City Hall was attended by A, B and C", "Among the leaders at the ceremony were
    A and B". Not a welcome of protocol ("an official welcome ceremony"), the ceremony of a
    gathering told by its own noun ("the opening ceremony of the summit"), or a ceremony that
    only tells when something else was ("After the ceremony, A received B", "the day after the
    inauguration", "on the sidelines of the ceremony")."""
    if any(c.lemma_.lower() in _PROTOCOL_CEREMONIES for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(NOUN_KINDS.get(o.lemma_.lower()) in ("summit", "talks", "meeting")
                                                          for o in c.children) for c in tok.children):
        return False
    if tok.dep_ == "pobj" and (tok.head.lower_ in _TIME_PREPOSITIONS or tok.head.head.lower_ in _TIME_PREPOSITIONS
                               or (tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ("sideline", "margin", "eve", "day"))):
        return False
    return True


#: Meals given for a guest: "offered a state dinner", "gave a luncheon".
_MEALS = frozenset({"dinner", "banquet", "lunch", "luncheon", "breakfast"})
#: Verbs of a critic's opinion of a meeting, whose subject was not at it as a rule (not "hailed",
#: "praised": "Modi hailed his talks with Biden" is said by one who was).
_JUDGING_VERBS = frozenset({"criticise", "criticize", "condemn", "denounce", "slam", "dismiss", "blast", "decry"})


def _brings_together(verb) -> bool:
    """"brought together", "gathered", "united", "assembled": a gathering as the subject of who came."""
    lemma = verb.lemma_.lower()
    return (lemma == "bring" and any(c.lower_ == "together" for c in verb.children)) or lemma in ("gather", "unite", "assemble")


#: Verbs of getting a meeting ready, in a clause of another meeting: "met ... to prepare the summit".
_PREPARING = frozenset({"prepare", "plan", "organise", "organize", "arrange", "finalise", "finalize"})
#: Verbs of going somewhere, whose "for talks with X" makes the traveller one of the talks.
TRIP_VERBS = frozenset({"come", "go", "head", "return", "leave", "set", "jet", "sail", "drive"})
#: Verbs that, in the passive, name who took part in an event: "it was attended by A and B".
EVENT_AGENT_VERBS = frozenset({"attend", "chair", "co-chair", "host", "join"})


def _brought_together(verb) -> bool:
    """"It brought together A, B and C": a gathering's verb with the people it gathered."""
    return (verb.lemma_.lower() in ("bring", "gather") and any(c.lower_ == "together" for c in verb.children)
            and any(c.dep_ == "dobj" for c in verb.children))


def _event_pronoun(tok) -> str:
    """The kind of the meeting "it" or "they" stands for when it is the passive subject of an
    event verb ("It was attended by ...") and the sentence before names a multi-party meeting
    ("summit", "meeting", "talks"); else ""."""
    if tok.lower_ not in ("it", "they") or not (
            (tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in EVENT_AGENT_VERBS) or (tok.dep_ == "nsubj" and _brought_together(tok.head))):
        return ""
    sent = sentence_of(tok)
    if sent.start == 0:
        return ""
    before = sentence_of(tok.doc[sent.start - 1])
    kinds = [NOUN_KINDS.get(t.lemma_.lower()) for t in before if t.pos_ == "NOUN" and t.dep_ in _SUBJECT_DEPS]
    kinds = [k for k in kinds if k in ("summit", "meeting", "talks")]
    return kinds[0] if len(kinds) == 1 else ""


def _joined_in_person(tok) -> bool:
    """"Trump then joined A and B at a downtown hotel to sign the agreement": people, and a place
    or a purpose, not "joined B in calling for a ceasefire"."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not objects or not all(o.pos_ == "PROPN" for o in objects):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" for g in c.children) for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("at", "in", "for") for c in tok.children) or any(
        c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children) for c in tok.children)


def _talked_together(tok) -> bool:
    """"Araghchi and Witkoff spoke directly for a few minutes", "the two leaders talked for
    close to an hour": two subjects who spoke, to no one else ("A and B spoke to reporters" is
    not talks between them)."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    pair = len(subjects) == 1 and (
        (subjects[0].pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in subjects[0].children))
        or (subjects[0].tag_ == "NNS" and subjects[0].lemma_.lower() in ROLE_NOUNS | {"man", "woman"}
            and any(c.lower_ in ("two", "both") for c in subjects[0].children)))
    return (pair and not any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "before", "about", "on")
                             and not any(o.ent_type_ in ("DATE", "TIME") or (c.lower_ == "before" and o.lemma_.lower() in _MOMENTS)
                                         for o in c.children) for c in tok.children))


#: Nouns of a moment of the day's programme: "talk before the start of the session" is a time,
#: "spoke before parliament" an audience.
_MOMENTS = frozenset({"start", "opening", "beginning", "session", "ceremony", "dinner", "lunch", "breakfast", *NOUN_KINDS})


def _courtesy(tok) -> bool:
    """"a courtesy call": a visit in person, not a telephone call."""
    return any(c.lower_ in ("courtesy", "farewell", "introductory") for c in tok.children)


#: Words opening a clause that tells of something else beside the verb: "..., while X will host".
_OTHER_CLAUSE_MARKS = frozenset({"while", "whereas", "whilst", "although", "though", "as", "before", "after", "when"})


def _saw_someone(tok) -> bool:
    """"went on to see President X", "will see Y at the palace", "will see each other": a person's
    name, the active verb's only object and all it says of them (not "saw X as a partner", "saw X
    take office", "as seen by X", "saw off X"); not seen from afar or on a screen ("saw X on
    television", "at the parade", "in court"), nor a habit or a memory ("saw X many times", "had
    last seen X")."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    # ("Both leaders will see each other again in June": the subjects, as with "meet each other")
    each_other = len(objects) == 1 and objects[0].lower_ in ("other", "another") and any(
        c.lower_ in ("each", "one") for c in objects[0].children)
    return (tok.pos_ == "VERB" and len(objects) == 1 and (each_other or (objects[0].pos_ == "PROPN" and objects[0].ent_type_ in ("PERSON", "")))
            and not any(c.dep_ in ("auxpass", "xcomp", "ccomp", "oprd", "acomp", "prt") or (c.dep_ == "prep" and c.lower_ == "as")
                        or (c.dep_ == "aux" and c.lemma_ == "have") or c.lemma_.lower() in _HABIT_WORDS
                        or (c.dep_ == "prep" and any(o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lemma_.lower() not in _SEAT_NOUNS
                                                     and o.ent_type_ not in ("DATE", "TIME") for o in c.children))
                        for c in tok.children))


#: Nouns of where one sits at a meeting: "joined on the American side by A", "at the table".
_SIDE_NOUNS = frozenset({"side", "table", "occasion"})
#: Bodies one joins, or is joined in: "was joined in the cabinet by X".
_BODIES_JOINED = frozenset({"cabinet", "coalition", "government", "party", "board", "alliance", "bloc", "administration",
                            "parliament", "race", "campaign", "ticket", "movement", "union", "opposition"})
#: Words of a habit or a count: "saw X many times", "sees Y regularly".
_HABIT_WORDS = frozenset({"time", "times", "often", "regularly", "frequently", "never", "rarely", "once", "twice"})
#: Places one goes to see someone, named by a common noun: "saw X at his office".
_SEAT_NOUNS = frozenset({"office", "palace", "residence", "ministry", "headquarters", "hotel", "home", "house",
                         "embassy", "capital", "city", "chancellery", "compound", "camp"})


#: Nouns of when or where on the occasion, after "on": "on the last day of", "on the sidelines of".
_WHEN_NOUNS = frozenset({"day", "morning", "afternoon", "evening", "night", "eve", "occasion", "sidelines", "margins",
                         "margin", "sideline", "weekend", "arrival", "departure", "return", "way",
                         # (on whose behalf: "called on the King on behalf of President X")
                         "behalf"})


def _courtesy_call(tok) -> bool:
    """"called on President X" (went to see them), not "called on X to halt" (urged them)."""
    ons = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children
           # (not "on Tuesday evening", "on the second day of his visit", "on the sidelines")
           if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") and o.lemma_.lower() not in _WHEN_NOUNS]
    # ("calling on President X" parsed with an empty "on" and X as the verb's object)
    ons += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" and not list(c.children)
            for o in tok.children if o.dep_ == "dobj" and o.left_edge.i == c.i + 1]
    if not ons or not all(o.pos_ == "PROPN" or (o.lemma_.lower() in ROLE_NOUNS and any(
            d.dep_ in ("det", "poss") for d in o.children)) for o in ons):
        return False  # (a name, or an office: "called on the prime minister at her hotel")
    # (a clause set off by a comma describes them: "called on Premier X, who hosted a banquet")
    # (not a clause of its own: "..., while the President will host a dinner")
    urging = any(c.dep_ in ("xcomp", "advcl", "ccomp") and not any(
        m.dep_ == "mark" and m.lower_ in _OTHER_CLAUSE_MARKS for m in c.children) for c in tok.children) or any(
        c.dep_ == "xcomp" or c.lower_ == "to"
        or (c.dep_ in ("acl", "relcl") and not (c.left_edge.i > 0 and tok.doc[c.left_edge.i - 1].text == ","))
        for o in ons for c in o.children)
    # (a call paid somewhere is a visit, whatever it was for: "called on the Prime Minister at Temple
    # Trees on Thursday to finalise the arrangements")
    paid_at = any(c.dep_ == "prep" and c.lower_ == "at" and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children)
                  for h in [tok, *ons] for c in h.children)
    return not urging or paid_at


def _by_phone(tok) -> bool:
    """"spoke to X by phone", "talked over the phone", "met by video link", "spoke on the telephone"
    (an "on" phrase only when it names the phone itself: not "talks on the rail link", "on the
    sidelines of a conference on online security")."""
    return any(c.dep_ == "prep" and c.lower_ in ("by", "over", "via") and any(
        o.lower_ in _BY_PHONE_WORDS for o in c.subtree) for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ == "on" and any(o.dep_ == "pobj" and (o.lower_ in ("phone", "telephone") or (
            o.lemma_.lower() == "call" and any(m.lower_ in PHONE_WORDS for m in o.children))) for o in c.children)
        for c in tok.children)


def _phoned_with(tok):
    """The verb, when `tok` is the "phone" of "<verb> ... by phone with X" and the verb is no
    meeting word of its own ("discussed the plan by phone with X")."""
    if not (tok.lower_ in ("phone", "telephone") and tok.dep_ == "pobj" and tok.head.lower_ in ("by", "over")):
        return None
    verb = tok.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and verb.dep_ in ("dobj", "pobj", "prep"):
        verb = verb.head
    with_phrase = any(c.dep_ == "prep" and c.lower_ == "with" for t in (tok, verb) for c in t.children)
    # ("briefed X by phone", "will brief X on the outcome by telephone": the one told)
    told = verb.lemma_.lower() in _TOLD_BY_PHONE and any(c.dep_ == "dobj" for c in verb.children)
    if verb.pos_ != "VERB" or verb.lemma_.lower() in VERB_KINDS or not (with_phrase or told):
        return None
    return verb


#: Verbs whose object is told something, a call when done by phone.
_TOLD_BY_PHONE = frozenset({"brief", "update", "inform", "congratulate", "thank", "assure"})


def _phone_context(tok) -> bool:
    window = tok.doc[max(sentence_of(tok).start, tok.i - 3): min(sentence_of(tok).end, tok.i + 4)]
    return any(t.lower_ in PHONE_WORDS for t in window)


def _phrase_tokens(tok) -> list:
    """A noun and the words of its phrase, down through "of" phrases ("the leaders of the parties,
    including ..."), not into clauses."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if c.dep_ in ("prep", "pobj") and (c.dep_ == "pobj" or c.lower_ in ("of", "including"))]
    return out


def _restricted_span(tok) -> tuple[int, int]:
    """The characters of a token's phrase without clauses, appositions or coordinated phrases."""
    tokens = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in _CLAUSE_EXCLUDE or (c.dep_ == "prep" and c.lower_ != "of"):
                continue
            tokens.append(c)
            stack.append(c)
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


#: An interview's speaker label, opening a paragraph: "Seyoum Mesfin: ", "Jenča: ", or set off by
#: a dash as some papers print them: "Betancur -- ".
_SPEAKER_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][^\n:\"“”]{0,60}?)(?::|(?P<dash>[ \t]+(?:--|—|–)))[ \t]+\S")


def _quote_open(said: str) -> bool:
    """Whether a quotation opened in these words is still open at their end."""
    return said.count('"') % 2 == 1 or said.count("“") > said.count("”")


def _speaker_of(tok, names: SpanIndex) -> Candidate | None:
    """Whom "I" stands for: the person whose name labels the answer it is in ("Seyoum Mesfin:
    ..."), as interviews are written; none elsewhere (an interviewer's label is the outlet's)."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    label = _SPEAKER_LABEL.match(text, start)
    if label is None or label.end("label") > tok.idx:
        return None
    if label.group("dash") and not _answers_of(text, label.group("label"), label.end()):
        return None  # ("Qassem -- whom I met in Ramallah -- told me", "Senator X -- I met your aide")
    if _quote_open(text[label.end("label"):tok.idx].lstrip(' \t:"“')):  # (an answer may be quoted whole)
        return None  # ("Tokayev: Putin told me: "I met Zelensky ...": the one quoted, not the speaker)
    named = names.within(label.start("label"), label.end("label"))
    return named[0] if len(named) == 1 else None


def _answers_of(text: str, label: str, answer_start: int) -> bool:
    """Whether a dash sets off an interview's speaker: the answer begins a sentence, and the same
    label opens another paragraph ("Betancur -- Last week ...", "Betancur -- Like a gentleman.")."""
    if not text[answer_start - 1:answer_start].isupper():
        return False
    opened = re.findall(r"^[ \t]*" + re.escape(label) + r"[ \t]+(?:--|—|–)[ \t]+[A-Z\"“]", text, re.MULTILINE)
    return len(opened) >= 2


#: A paragraph of a line and one or two more, its title: "David Miliband\nForeign Secretary".
_SHORT_PARAGRAPH = re.compile(r"(?:^|\n[ \t]*\n)[ \t]*(?P<line>[^\n]+?)[ \t]*(?P<title>\n[^\n]+)(?:\n[^\n]+)?(?=\n[ \t]*\n|\s*$)")


def _signed_off_by(tok, names: SpanIndex) -> Candidate | None:
    """Whom a narrator's "I" stands for: the person whose full name, alone on its line above the
    line of their title, signs the statement, blog or briefing off after it ("... I also called on
    the Speaker. [...] David Miliband / Foreign Secretary"); not an "I" inside quotation marks,
    which is someone quoted, nor a name above a credit or a list ("Andriy Melnyk / Photo:
    Reuters", "Topics / Abdel Fattah Sisi / Gaza")."""
    text = doc_text(tok.doc)
    if _quote_open(text[text.rfind("\n", 0, tok.idx) + 1:tok.idx]):
        return None
    for m in _SHORT_PARAGRAPH.finditer(text, tok.idx):
        whole = [n for n in names.within(m.start("line"), m.end("line"))
                 if n.start == m.start("line") and n.end == m.end("line") and len(n.text.split()) >= 2]
        title = m.group("title")
        if whole and ":" not in title and any(w.lower() in title_words() for w in re.findall(r"[^\W\d_]+", title)):
            return whole[0]
    return None


def _refs_for(tok, names: SpanIndex, side: str, exclude: frozenset[int] = frozenset()) -> list[ParticipantRef]:
    """The participants a token stands for: names in its phrase, a pronoun (never resolved to a
    name starting at an offset of `exclude`), or a role."""
    lower = tok.lower_
    if tok.lemma_.lower() in DELEGATION_NOUNS or lower in DELEGATION_NOUNS:
        return [ParticipantRef("delegation", tok.idx, tok.idx + len(tok), tok.text, side=side)]
    if lower == "it" and tok.pos_ == "PRON" and any(
            t.lemma_.lower() in DELEGATION_NOUNS for t in tok.doc[sentence_of(tok).start:tok.i]):
        return [ParticipantRef("delegation", tok.idx, tok.idx + len(tok), tok.text, side=side)]  # "where it was received"
    if lower in ("i", "me") and tok.pos_ == "PRON" and not names.around(tok.idx) and (
            speaker := _speaker_of(tok, names) or _signed_off_by(tok, names)):
        # "Seyoum Mesfin: I spoke with him by telephone on Wednesday": an interview's speaker (not
        # a regnal number the model took for "I": "Patriarch Bartholomew I"); or whoever signs
        # the statement off
        return [ParticipantRef("name", speaker.start, speaker.end, speaker.text, side=side)]
    if lower in ("whom", "who") and tok.tag_ == "WP" and tok.dep_ == "pobj":
        # "X, with whom he held talks": the name the relative clause is of
        clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        return _refs_for(clause.head, names, side, exclude) if clause is not None else []
    if lower in PERSONAL_PRONOUNS and tok.pos_ == "PRON":
        # ("John Hume, with whom he had a meeting": he is not whom the clause is about)
        clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        if clause is not None and tok.dep_ in _SUBJECT_DEPS and tok.head == clause:
            exclude = exclude | {c.start for c in names.around(clause.head.idx)}
        found = _antecedent(tok, names, exclude)
        office = _office_antecedent(tok)
        if office is not None and (found is None or (found.start < office.idx and _office_held(office, names))):
            # "The chancellor is due in Vietnam. In Hanoi, he is expected to meet X": the
            # chancellor, not the last name before
            return _refs_for(office, names, side, exclude)
        return [ParticipantRef("name", found.start, found.end, found.text, side=side)] if found else []
    if _is_a_couple(tok, names) and (pair := _couple_named_before(tok, names, _royal(tok))):
        # "the royal couple", "Their Majesties": the last two named together as a couple
        return [ParticipantRef("name", c.start, c.end, c.text, side=side) for c in pair]
    including = [o for c in _phrase_tokens(tok) if c.dep_ == "prep" and c.lower_ == "including"
                 for p in c.children if p.dep_ == "pobj" for o in _with_coordination(p)]
    if including and (tok.tag_ in ("NNS", "NNPS") or tok.pos_ in ("DET", "PRON", "NUM")):
        # "Forum leaders, including Mr Brown and Mr Rabuka", "some of the coup leaders, including X",
        # "the leaders of the five main parties, including A and B"
        return [ParticipantRef("name", c.start, c.end, c.text, side=side)
                for o in including for c in names.within(*_restricted_span(o))]
    if tok.lemma_.lower() in ROLE_NOUNS and tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            and any(c.dep_ == "amod" and c.lower_ == "visiting" for c in tok.children) and not (
            any(c.dep_ == "appos" for c in tok.children) or names.within(*_restricted_span(tok))):  # (not "the visiting minister, X")
        # "the visiting minister held talks with X": the article's latest visitor, if a minister
        # may be that visitor (else whoever holds the role, as for any role)
        return [ParticipantRef("visitor", tok.idx, tok.idx + len(tok), tok.text, role=_role_word(tok), side=side)]
    if tok.lemma_.lower() in ("guest", "visitor") and tok.tag_ == "NN" and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "their", "our") for c in tok.children) and not (
            any(c.dep_ == "appos" for c in tok.children) or names.within(*_restricted_span(tok))):  # (not "his guest, X")
        # "a dinner in honour of his guest", "received the visitor": the article's latest visitor
        return [ParticipantRef("visitor", tok.idx, tok.idx + len(tok), tok.text, side=side)]
    if tok.tag_ == "NNS" and tok.lemma_.lower() in ROLE_NOUNS and tok.dep_ in _SUBJECT_DEPS and any(
            p.dep_ == "prep" and p.lower_ == "of" and o.dep_ == "pobj" and o.lemma_.lower() in ("country", "nation", "side", "state")
            and any(c.lower_ in ("two", "both") for c in o.children) for p in tok.children for o in p.children):
        # "The Presidents of the two countries first held a one-on-one meeting": the two presidents
        # (not "the first meeting between the leaders of the two countries since ...": anyone's)
        return [ParticipantRef("group", tok.idx, tok.idx + len(tok), tok.text, role=_role_word(tok), side=side, size=2)]
    counted = [GROUP_SIZES[c.lower_] for c in tok.children if c.lower_ in GROUP_SIZES]
    if tok.tag_ == "NNS" and tok.lemma_.lower() in ROLE_NOUNS | {"man", "woman"} and counted and counted[0] > 2:
        # "the three ministers", "the four leaders" (of a country when it says: "the three top Soviet leaders")
        gaz = get_gazetteer()
        countries = tuple(dict.fromkeys(country for c in tok.children if c.dep_ in ("amod", "compound")
                                        and (country := gaz.affiliation(c.text))))
        return [ParticipantRef("group", tok.idx, tok.idx + len(tok), tok.text, side=side, size=counted[0],
                               affiliations=countries[:1])]
    if tok.lemma_.lower() in ("pair", "duo") or (tok.lemma_.lower() in ("man", "woman") and tok.tag_ == "NNS" and any(
            c.lower_ in ("two", "both") for c in tok.children)):  # "the pair", "the two men"
        return [ParticipantRef("group", tok.idx, tok.idx + len(tok), tok.text, side=side, size=2)]
    if lower in GROUP_SIZES and tok.pos_ == "NUM" and tok.dep_ in _SUBJECT_DEPS and any(
            c.lower_ == "the" for c in tok.children):  # "the three would also meet in Chisinau"
        return [ParticipantRef("group", tok.idx, tok.idx + len(tok), tok.text, side=side, size=GROUP_SIZES[lower])]
    if lower in GROUP_PRONOUNS and (tok.pos_ == "PRON" or (lower == "two" and tok.head.lemma_.lower() in ROLE_NOUNS)):
        return [ParticipantRef("group", tok.idx, tok.idx + len(tok), tok.text, side=side)]
    a, b = _restricted_span(tok)
    inside = names.within(a, b)
    # "Kim's father, Kim Jong Il", "the government of Fico's predecessor Eduard Heger": whose
    # relative or predecessor someone is, is someone else ("Fiala's cabinet" is still Fiala's)
    owners = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for t in tok.subtree
              if t.pos_ == "NOUN" and t.lemma_.lower() in RELATIONAL_NOUNS for c in t.children if c.dep_ == "poss"]
    inside = [c for c in inside if not any(x <= c.start < y for x, y in owners)]
    # ("Mali's transitional president, General X": a country's possessive, however the model tagged it)
    inside = [c for c in inside if not (doc_text(tok.doc)[c.end:c.end + 2] in ("'s", "’s") and is_country_name(c.text))]
    if not inside and tok.pos_ == "PROPN":
        inside = names.around(tok.idx)  # a word of a name the parser cut up ("al" of "Faisal bin Nasser al-Thani")
    # "the President of the General National Congress, X": X, not the body he heads (wherever the
    # parser hung X: on the office or on the body)
    if inside:
        ofs = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"]
        heads = [c for c in tok.children if c.dep_ == "appos"] + [c for p in ofs for o in p.children if o.dep_ == "pobj"
                                                                  for c in o.children if c.dep_ == "appos"]
        # (the name the apposition is, not one it mentions: "the Speaker, a close ally of President X")
        heads = [c for h in heads for c in names.within(*_restricted_span(h))
                 if c.label in ("PERSON", "TITLED") and " " in c.text and c.start <= h.idx < c.end]
        if heads and all(c.label not in ("PERSON", "TITLED") and any(p.left_edge.idx <= c.start < heads[0].start for p in ofs)
                         for c in inside):  # (not "President of Azerbaijan A and President of Turkey, B")
            inside = heads
        elif heads and all(c.label not in ("PERSON", "TITLED") for c in inside) \
                and _titled_by_body(doc_text(tok.doc)[inside[-1].end:heads[0].start]):
            # "met Inter-American Development Bank (IDB) President X": X, whose title the body's
            # name qualifies (the parser made him the body's apposition)
            inside = heads
        elif heads and all(c.label not in ("PERSON", "TITLED") and c.end <= tok.idx for c in inside):
            # "brief the Kosovar leader X": X, not the adjective the model took for a body
            inside = heads
        elif not heads and ofs and tok.lemma_.lower() in ROLE_NOUNS and tok.dep_ in ("dobj", "pobj") \
                and all(c.label not in ("PERSON", "TITLED") for c in inside):
            # "meet the head of the Government of National Unity, X, in Tripoli", X hung elsewhere:
            # X, not the body
            inside = _apposition_hung_elsewhere(tok, names) or inside
        return [ParticipantRef("name", c.start, c.end, c.text, side=side) for c in inside]
    if tok.pos_ in ("NOUN", "PROPN") or lower in ROLE_NOUNS or is_form_of_address(tok.text):
        # "his counterpart, Dong Jun", "the deposed President, X", "His Highness the Amir Sheikh X"
        appositions = [c for c in tok.children if c.dep_ == "appos"]
        # "the foreign ministers, A and B": each name of the apposition's list, not the names of
        # its own clauses ("his counterpart, Dong Jun, who met X"); every apposition the parser
        # made of a list ("His Highness the Amir X and President of Y HE Dr Z")
        named = [c for appos in appositions for t in _with_coordination(appos) for c in names.within(*_restricted_span(t))]
        if not appositions and tok.lemma_.lower() in ROLE_NOUNS:
            # "the head of the junta, Captain X": the apposition the parser hung on the body
            of_body = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj" for c in o.children if c.dep_ == "appos"]
            named = [c for t in of_body for c in names.within(*_restricted_span(t))
                     if c.label in ("PERSON", "TITLED") and c.start <= t.idx < c.end]
            if not named and tok.dep_ in ("dobj", "pobj"):
                named = _apposition_hung_elsewhere(tok, names)
        if named:
            return [ParticipantRef("name", c.start, c.end, c.text, side=side) for c in named]
        roles = [appos for appos in appositions if appos.lower_ in ROLE_NOUNS]
        if roles and _is_style(tok) and (styled := _styled_person(tok, names, exclude)) is not None and \
                styled.role is not None and roles[0].lower_ in styled.role.role.lower():
            # "His Highness the Minister of Foreign Affairs": whom the article gave the style and that office
            return [ParticipantRef("name", styled.start, styled.end, styled.text, side=side)]
        if roles and is_form_of_address(tok.text):
            return _refs_for(roles[0], names, side, exclude)  # "HH the Amir": the role
        if not appositions and _is_style(tok):
            found = _styled_person(tok, names, exclude)
            return [ParticipantRef("name", found.start, found.end, found.text, side=side)] if found is not None else []
    if tok.tag_ == "NNS" and tok.lemma_.lower() in ROLE_NOUNS and tok.dep_ in _SUBJECT_DEPS and tok.head.i > tok.i:
        # "The ministers responsible for transport in Iraq, Turkey, Qatar and the UAE - A, B, C and
        # D - signed": the names between the dashes, however the parser hung them
        text = doc_text(tok.doc)
        dashed = re.search(r"\s[-–—]\s(.+?)\s[-–—]\s", text[tok.idx:tok.head.idx])
        listed = names.within(tok.idx + dashed.start(1), tok.idx + dashed.end(1)) if dashed else []
        if len(listed) >= 2:
            return [ParticipantRef("name", c.start, c.end, c.text, side=side) for c in listed]
    if tok.tag_ in ("NNS", "NNPS") and (listed := _names_after_their_countries(tok, names)):
        # "The Presidents of Kazakhstan, Russia and Turkmenistan, A, B and C, signed": the
        # names the parser coordinated with the countries
        return [ParticipantRef("name", c.start, c.end, c.text, side=side) for c in listed]
    if tok.lemma_.lower() in ROLE_NOUNS or lower in ROLE_NOUNS:
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in RELATIONAL_NOUNS:
            return []  # "the president's son Hunter": the son, not the president
        if any(c.lower_ == "two" or c.lower_ == "both" for c in tok.children):
            # ("the two foreign ministers": foreign ministers, not any two ministers)
            return [ParticipantRef("group", tok.idx, tok.idx + len(tok), tok.text, role=_role_word(tok), side=side,
                                   size=2)]
        # "the top diplomats of the RoK and the US": countries in the phrase and its coordination
        phrase = [t for t in tok.subtree if not any(a.dep_ in ("relcl", "acl", "appos", "advcl") and tok.is_ancestor(a)
                                                     and (a == t or a.is_ancestor(t)) for a in t.ancestors) or t == tok]
        a2, b2 = min(t.idx for t in phrase), max(t.idx + len(t) for t in phrase)
        text = doc_text(tok.doc)
        affiliations = _affiliations(text[a2:b2])
        # "the foreign ministers": every holder at the meeting just told (`ParticipantRef.every`),
        # by the title in the singular (not "the leaders of the two countries", whichever two)
        # ("the heads of state" are such holders too: "heads" of no one in particular)
        # ("the Heads of State of Central Asia", a region's; not "the heads of state of the Gulf states",
        # whom the meeting just told does not hold)
        of_state = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                    if o.lower_ in ("state", "government")]
        regional = all(o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ in ("LOC", "GPE")
                       for s in [*of_state, tok] for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.lower_ not in ("state", "government"))
        every = tok.tag_ == "NNS" and not affiliations and regional and not any(
            c.dep_ == "prep" and c.lower_ == "of" and not any(o in of_state for o in c.children) for c in tok.children)
        title = _title_in(text[a:b] if not every else text[a:tok.idx] + tok.lemma_ + text[tok.idx + len(tok):b])
        if not affiliations and tok.tag_ == "NNS" and any(c.lower_ == "from" for c in tok.children):
            # "foreign ministers from several countries": the article's delegation, if it lists one
            return [ParticipantRef("delegation", tok.idx, tok.idx + len(tok), tok.text, side=side)]
        # (an office's abbreviation needs none: "EAM met X", as ministries' releases write it)
        abbreviated = tok.text.isupper() and len(tok.text) <= 4
        # ("the King and Queen": the second title shares the first one's article)
        definite = any(c.lower_ == "the" for c in tok.children) or (
            tok.dep_ == "conj" and not any(c.dep_ == "det" for c in tok.children)
            and any(c.lower_ == "the" for c in tok.head.children) and tok.head.lemma_.lower() in ROLE_NOUNS)
        if not affiliations and not (title and (abbreviated or definite)):
            return []  # "a minister", "officials": nobody in particular
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return []  # "the first conversation between a Turkish president and an Israeli premier": any one
        return [ParticipantRef("role", a, b, text[a:b], role=title or _role_word(tok),
                               affiliations=affiliations, side=side, every=every)]
    return []


def is_country_name(text: str) -> bool:
    """Whether the gazetteer knows `text` as a country ("Mali", not "Bamako")."""
    entry = get_gazetteer().place(text) if text else None
    return entry is not None and entry.kind == "country"


#: Styles that stand for a person after "His" or "Her" ("His Highness met X", "met Her Majesty").
_STYLES = frozenset({"highness", "majesty", "holiness"})  # (not "Excellency": many are styled so)


#: The sex a style's possessive tells: "His Highness", "Her Majesty".
_STYLE_SEX = {"his": "m", "her": "f"}


def _dative_objects(verb) -> list:
    """The objects of a verb's "to" that the parser made a dative: "granted a private audience to X"."""
    return [t for c in verb.children if c.dep_ == "dative" and c.lower_ == "to"
            for o in c.children if o.dep_ == "pobj" for t in _with_coordination(o)]


def _granted_to(audience, verb) -> list:
    """Whom an audience is granted to, or by whom: "granted an audience to X" (the "to" on the
    noun, on the verb, or a dative), "X was granted an audience by King Y"."""
    return _prep_objects(audience, ("to", "by")) + _prep_objects(verb, ("to",)) + _dative_objects(verb)


def _granted_to_no_one(tok) -> bool:
    """An audience granted to no one named or titled ("granted audiences to newly appointed
    ambassadors"): no meeting, and no visit of the one who grants it, at home."""
    objects = _granted_to(tok, tok.head)
    return not any(o.pos_ == "PROPN" or (o.lemma_.lower() in ROLE_NOUNS and o.tag_ == "NN") for o in objects) \
        and not any(c.dep_ == "nsubjpass" for c in tok.head.children)


#: Styles that stand for a royal couple after "Their": "Their Majesties", "Their Royal Highnesses".
_COUPLE_STYLES = frozenset({"majesties", "highnesses"})


def _is_a_couple(tok, names: SpanIndex) -> bool:
    """Whether a word stands for a couple named before: "the royal couple", "the couple", "Their
    Majesties" with no name of their own ("Their Majesties King X and Queen Y" names them)."""
    # (not the couple's own names after it: "Their Majesties King X and Queen Y", "the royal
    # couple, King X and Queen Y"; not "the couple's visit was announced")
    if tok.dep_ == "poss" or any(c.dep_ == "appos" for c in tok.children) or (
            tok.i + 1 < len(tok.doc) and (tok.nbor(1).pos_ == "PROPN" or tok.nbor(1).lower_ == ",")):
        return False
    if tok.lemma_.lower() == "couple" and tok.pos_ == "NOUN" and any(c.lower_ == "the" for c in tok.children):
        return not any(c.dep_ == "prep" for c in tok.children)  # (not "the couple of days")
    return tok.lower_ in _COUPLE_STYLES and any(c.lower_ == "their" for c in tok.children) \
        and not [c for c in names.within(*_restricted_span(tok)) if not is_form_of_address(c.text)]


def _royal(tok) -> bool:
    """Whether words for a couple make it a royal one: "Their Majesties", "the royal couple"."""
    return tok.lower_ in _COUPLE_STYLES or any(c.lower_ in ("royal", "imperial") for c in tok.children)


#: Between the two names of a couple: "King X and Queen Y", "President X and his wife, Y".
_COUPLE_GAP = re.compile(r"\s*(?:and|&)\s+(?:(?:his|her)\s+(?:wife|husband),?\s+)?(?:[\w.'-]+\s+){0,3}$")
#: A spouse's title or word, before one of the couple's names or after it: "Queen Y", "First Lady
#: Y", "his wife, Y", "Y, Duchess of Cornwall".
_SPOUSE_WORDS = re.compile(r"\b(?:Queen|Empress|Princess|Duchess|Consort|First\s+Lady|Mrs\.?|Madame|wife|husband)\b")


#: A monarch's or a royal's title before a name: a royal couple's ("Their Majesties" are not the
#: visiting president and his wife).
_ROYAL_TITLE = re.compile(r"\b(?:King|Queen|Emperor|Empress|Prince|Princess|Duke|Duchess|Sultan|Emir|Sheikha?|"
                          r"Grand\s+Duke|Grand\s+Duchess|Crown\s+Prince|Crown\s+Princess|Majesty|Highness)\b")


def _couple_named_before(tok, names: SpanIndex, royal: bool = False) -> list[Candidate]:
    """The last two people named together as a couple before `tok` in its article: "King X and
    Queen Y arrived ... the royal couple", "Emperor X and Empress Y ... Their Majesties"; a royal
    couple (`royal`) with a royal's title."""
    text = doc_text(tok.doc)
    people = [c for c in names.within(0, tok.idx) if c.label in ("PERSON", "TITLED", "PROPN")]
    for first, second in reversed(list(zip(people, people[1:]))):
        gap = text[first.end:second.start]
        if "\n" in gap or not _COUPLE_GAP.fullmatch(gap):
            continue
        if not (_SPOUSE_WORDS.search(gap) or _SPOUSE_WORDS.match(text, second.end + 2, second.end + 40)):
            continue
        if royal and not _ROYAL_TITLE.search(text, max(0, first.start - 30), second.end + 40):
            continue
        return [first, second]
    return []


def _is_style(tok) -> bool:
    """Whether a word is a style standing for a person: "His Highness", "Her Majesty"."""
    return tok.lower_ in _STYLES and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children)


def _styled_person(tok, names: SpanIndex, exclude: frozenset[int] = frozenset()) -> Candidate | None:
    """"Tomorrow, His Highness is scheduled to meet X": the style stands for the person the
    article first gave it to ("President His Highness Sheikh Mohamed bin Zayed ...")."""
    text = doc_text(tok.doc)
    for m in re.finditer(rf"\b(?:His|Her)\s+(?:Royal\s+)?{tok.text}\b", text[:tok.idx]):
        found = next((c for c in names.within(m.end(), m.end() + 60)), None)
        if found is not None and found.start not in exclude:
            return found
    return None


def _title_in(text: str) -> str:
    """The longest title a phrase holds ("The External Affairs Minister" -> External Affairs Minister)."""
    from workbench.roles import canonical_role, patterns, straight_quotes

    text = re.sub(r"'s\b", "", straight_quotes(text))  # ("the Amir's visit")
    found = [m.group(0).strip(" .") for m in patterns().title_word.finditer(text + " ")]
    return canonical_role(max(found, key=len)) if found else ""


def _role_word(tok) -> str:
    words = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in ("top", "foreign", "prime", "defense", "defence")]
    return " ".join(words + [tok.lemma_.lower()])


def _affiliations(text: str) -> tuple[str, ...]:
    """Countries named in a role description, in order: "of the RoK and the US"."""
    from workbench.roles import patterns, straight_quotes

    gaz = get_gazetteer()
    found = []
    for m in patterns().affiliation.finditer(straight_quotes(text)):
        country = gaz.affiliation(m.group(0))
        if country and country not in found:
            found.append(country)
    return tuple(found)


def _met_of(tok, names: SpanIndex) -> bool:
    """Whether a meeting noun's "of" phrase is its people: a person's name ("a meeting of A and
    B"), or two office holders ("of the two premiers"); not a body ("a meeting of the council"),
    every holder of an office ("of foreign ministers"), nor a larger group ("of the four leaders",
    whom the story may have told of long before)."""
    if tok.pos_ == "PROPN":
        return any(c.label in ("PERSON", "TITLED", "PROPN") for c in names.around(tok.idx))
    return tok.tag_ == "NNS" and tok.lemma_.lower() in ROLE_NOUNS and any(c.lower_ in ("two", "both") for c in tok.children)


def _names_after_their_countries(tok, names: SpanIndex) -> list:
    """"The Presidents of Kazakhstan, Russia and Turkmenistan, A, B and C": A, B and C, which
    the parser made conjuncts of the countries (two names at least, people's, after them)."""
    if tok.lemma_.lower() not in ROLE_NOUNS:
        return []
    for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in of.children if c.dep_ == "pobj"):
            chain = _with_coordination(pobj)
            listed = [n for t in chain if not is_country_name(t.text)
                      for n in names.within(*_restricted_span(t)) if n.label in ("PERSON", "TITLED")]
            if len(listed) >= 2 and is_country_name(pobj.text):
                return listed
    return []


def _with_coordination(tok) -> list:
    """The token and its conjuncts; also an apposition the parser hung on the first of a list
    but that names a later one ("A and Foreign Minister B": B under A, after "Minister")."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop(0)
        out.append(t)
        conjuncts = [c for c in t.children if c.dep_ == "conj"]
        stack.extend(conjuncts)
        if conjuncts:
            stack.extend(c for c in t.children if c.dep_ == "appos" and c.i > conjuncts[0].i)
        elif t.ent_type_ == "PERSON":
            # ("in the presence of President A, Uganda's President B, ..., and C": a list the
            # parser hung as B's apposition of A; a person's apposition is no other person's name)
            # (a comma between: not a name the tokenizer cut at its hyphen, "Willem - Alexander")
            stack.extend(c for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                         and any(x.text == "," for x in t.doc[t.i + 1:c.i]))
    return out


def _verb_of(tok):
    """The verb whose clause a token is in (the first verb above it), or None."""
    for a in tok.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return a
    return None


def _past_dateline(subject) -> list:
    """The subjects a dateline stands before: "Dhaka, Sep 6 (bdnews24.com) — Prime Minister A and
    her counterpart B signed ..." parses with the dateline's city as the subject and the names as
    its appositions."""
    if subject.pos_ != "PROPN" or not all(t.dep_ == "compound" and t.head == subject
                                          for t in subject.doc[subject.sent.start:subject.i]):
        return [subject]  # (the city's name first: "Addis Ababa, December 13, 2000 (WIC) - A and B ...")
    dash = next((t for t in subject.sent if t.text in ("—", "–", "-", "--") and t.tag_ != "HYPH" and t.i < subject.i + 12), None)
    # (and a name the parser made the city's conjunct: "A, on his first trip abroad, and B signed")
    appositions = [c for c in subject.children if c.dep_ in ("appos", "conj") and c.pos_ in ("PROPN", "NOUN")
                   and dash is not None and c.i > dash.i]
    return appositions if any(c.dep_ == "appos" for c in appositions) else [subject]


def _listed_in_apposition(subject) -> list:
    """Names the parser hung in an apposition chain under a subject that is a list: "Foreign
    minister A, the prime minister's adviser B and economic affairs adviser C joined the talks"
    (B and C as appositions of "adviser"), not a name in an "of" phrase ("A, the wife of B")."""
    def chain(t) -> bool:
        while t != subject:
            if t.dep_ not in ("appos", "nmod", "compound", "conj"):
                return False
            t = t.head
        return True

    # (not the style's own title: "His Majesty The King granted ...", one person, whom the style names)
    own_title = [t for t in subject.children if t.dep_ == "appos" and _is_style(subject) and t.lower_ in ROLE_NOUNS]
    return [c for t in subject.subtree if t.dep_ == "appos" and t.pos_ == "PROPN" and t != subject and chain(t)
            and t not in own_title for c in _with_coordination(t)]


def _subject_hung_on(node):
    """The subject a sentence's verb was hung on as a clause by the parser, or None: a finite verb
    ("The leader of the opposition, X, called on Y"; not "the talks held on Monday"), or a
    participle after the subject's clause and a comma ("Dr X, who flew in on Thursday, called on
    Y", "The Head of State, X, and the President of Y, Z, signed on Friday ...", "The special envoy
    X and the envoy Y, who mediated the talks, signed as witnesses"; not "the talks, held on
    Monday"), or one after a dateline ("Addis Ababa, December 13 (WIC) - A and B yesterday signed")."""
    if node.dep_ != "acl" or node.head.pos_ not in ("NOUN", "PROPN"):
        return None
    head = first = node.head
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head  # (the list's first name: "A and B, who mediated, signed")
    after_comma = node.tag_ == "VBN" and node.i > 0 and node.nbor(-1).text == ","
    if first.dep_ == "ROOT" and (
            node.tag_ in ("VBD", "VBZ", "VBP")
            or (after_comma and (head.pos_ == "PROPN" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)))
            or (node.tag_ == "VBN" and _past_dateline(head) != [head])):
        return first
    if first.dep_ == "nsubj" and head.pos_ == "PROPN" and after_comma:
        return first
    return None


def _object_taken_for_subject(pred):
    """"X spent an hour with A, and later met B": the name after a joined verb that has no
    subject before it nor an object, which the parser made its subject; it is the object, and the
    subject is the first verb's. None elsewhere."""
    if pred.dep_ != "conj" or pred.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative") for c in pred.children):
        return None
    subjects = [c for c in pred.children if c.dep_ in _SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].i < pred.i or subjects[0].pos_ != "PROPN":
        return None
    return subjects[0] if any(c.dep_ in _SUBJECT_DEPS and c.i < pred.head.i for c in pred.head.children) else None


#: Times the parser may take for a verb's subject: "arrived on Monday and that night dined with X".
_SUBJECT_TIMES = frozenset({"day", "morning", "afternoon", "evening", "night", "week", "weekend"})


def _time_taken_for_subject(subject) -> bool:
    """"that night", "the next morning", "the same evening": a time before a joined verb, not who
    did it (the first verb's subject did)."""
    return (subject.pos_ == "NOUN" and subject.lemma_.lower() in _SUBJECT_TIMES and subject.head.dep_ == "conj"
            and any(c.dep_ in ("det", "amod") and c.lower_ in ("that", "the", "next", "same", "following") for c in subject.children))


def _subject_tokens(pred) -> list:
    """Subjects of the predicate, climbing "agreed to meet", "was due to meet" and "arrived ... and
    met" chains."""
    node = pred
    for _ in range(4):
        inverted = _object_taken_for_subject(node)
        subjects = [c for c in node.children if c.dep_ in _SUBJECT_DEPS and (inverted is None or c.i != inverted.i)
                    and not _time_taken_for_subject(c)]
        if subjects and node.dep_ == "relcl" and all(s.lower_ in ("who", "that", "which") for s in subjects):
            subjects = [node.head] if node.head.pos_ in ("PROPN", "NOUN") else []
        if subjects:
            out = []
            for s in subjects:
                out.extend(t for a in _past_dateline(s) for t in _with_coordination(a))
                out.extend(_listed_in_apposition(s))
            return out
        if (s := _subject_hung_on(node)) is not None:
            # "The leader of the opposition, X, called on Y": a sentence's verb the parser hung on
            # its subject as a clause
            return [t for a in _past_dateline(s) for t in _with_coordination(a)] + _listed_in_apposition(s)
        if node.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acl", "relcl", "acomp", "pcomp", "prep") and node.head != node:
            # ("Tusk was in Paris, before flying on to Berlin to meet Scholz": through "before flying")
            if node.dep_ == "relcl":  # "Sullivan, who met Wang": the antecedent; "the summit, which": nobody
                return [node.head] if node.head.pos_ in ("PROPN", "NOUN") else []
            if node.dep_ == "xcomp":  # "invited inspectors to visit": the object is the one who visits
                objects = [c for c in node.head.children if c.dep_ in ("dobj", "dative")]
                if objects:
                    return [t for o in objects for t in _with_coordination(o)]
            node = node.head
        else:
            break
    if pred.dep_ == "ROOT" and pred.i > pred.sent.start and (last := pred.nbor(-1)).pos_ == "PROPN" and last.dep_ == "conj":
        # "At the Arg, the presidential palace, A and B held talks": names the parser hung on a
        # fronted phrase, right before a verb it gave no subject
        while last.dep_ == "conj" and last.head.pos_ == "PROPN":
            last = last.head
        return _with_coordination(last)
    return []


def _agent_objects(head) -> list:
    """The objects of a passive's "by" phrases ("received by A and B", "by A, by B and by C"), with
    their conjuncts; also where the parser hung the "by" on the noun before it ("was joined at the
    talks by A and B")."""
    agents = [c for c in head.children if c.dep_ == "agent"]
    if not agents and any(c.dep_ == "auxpass" for c in head.children):
        agents = [b for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                  for b in o.children if b.dep_ == "prep" and b.lower_ == "by"]
    agents += [b for c in agents for b in c.children if b.dep_ == "conj" and b.lower_ == "by"]  # "by A, by B and by C"
    return [t for c in agents for o in c.children if o.dep_ == "pobj" for t in _with_coordination(o)]


def _listed_names(prep) -> list:
    """The proper nouns of a preposition's phrase, outside the clauses inside it ("by A, who ...")."""
    clauses = [t for t in prep.subtree if t.dep_ in ("relcl", "acl", "advcl") and t.pos_ in ("VERB", "AUX")]
    return [t for t in prep.subtree if t.pos_ == "PROPN" and t.dep_ not in ("compound", "poss")
            and not any(c == t or c.is_ancestor(t) for c in clauses)]


_THE_LATE = re.compile(r"\b(?i:in\s+(?:honou?r|memory)\s+of)\s+the\s+late\s+(?:[\w.'’-]+\s+){0,4}$")


def _named_among_the_group(token, pred, names: SpanIndex) -> list[ParticipantRef]:
    """"had breakfast with leaders of the opposition, among them A and B": the named members of
    a group of people met, after "among them" or "among whom", when the plural noun last before
    it is the group or in its phrase ("leaders of the Knesset factions, among them"; not "to
    discuss several issues, among them ...", "after several resignations, among them those of A
    and B"), up to the next verb ("..., among them C, and later met D")."""
    groups = [o for head in {token, pred} for o in _prep_objects(head, ("with",)) + [c for c in head.children if c.dep_ == "dobj"]
              if o.tag_ == "NNS" and o.pos_ == "NOUN" and o.lemma_.lower() in ROLE_NOUNS | _ATTENDEE_NOUNS | _GROUP_NOUNS]
    if not groups:
        return []
    sent = sentence_of(token)
    for t in sent:
        if t.lower_ != "among" or t.i <= groups[0].i or t.i + 1 >= len(t.doc) or t.nbor(1).lower_ not in ("them", "whom"):
            continue
        last = next((w for w in reversed(t.doc[groups[0].i:t.i]) if w.tag_ == "NNS"), groups[0])
        if any(g == last or g.is_ancestor(last) for g in groups):
            end = next((w.idx for w in t.doc[t.i + 2:sent.end] if w.pos_ in ("VERB", "AUX")), sent.end_char)
            return [ParticipantRef("name", n.start, n.end, n.text, side="object") for n in names.within(t.idx, end)]
    return []


def _prep_objects(head, preps: tuple[str, ...]) -> list:
    """The objects of a word's prepositions, with their conjuncts; also of a preposition said
    again ("called on A, and on B", "met with A and with B")."""
    out = []
    for c in head.children:
        if (c.dep_ == "prep" or (c.dep_ == "conj" and c.pos_ == "ADP")) and c.lower_ in preps:
            for obj in c.children:
                if obj.dep_ == "pobj":
                    out.extend(_with_coordination(obj))
    return out


def _window_names(prep, names: SpanIndex) -> list[Candidate]:
    """Names from a preposition to the end of its phrase: "between US President Trump and ...",
    for parses that do not coordinate the names."""
    sent = sentence_of(prep)
    end = sent.end_char
    doc = prep.doc
    inside_names = [(n.start, n.end) for n in names.within(prep.idx, sent.end_char)]
    for t in doc[prep.i + 1: sent.end]:
        if any(a <= t.idx < b for a, b in inside_names):
            continue  # "Moon Jae-in": the "in" of a name does not end the phrase
        if t.lower_ == "," and t.i + 1 < sent.end:
            nxt = doc[t.i + 1]
            if nxt.text[:1].isupper() or nxt.lower_ in ("and", "as"):
                continue  # "between A, B and C": the list goes on
        if t.lower_ in ("which", "who", "that", "where", "when", ",", ";", ":", "about", "over", "on", "in", "at", "to", "for"):
            end = t.idx
            break
        if t.pos_ == "VERB" and t.dep_ == "conj" and t.head.i < prep.i:
            end = t.idx  # ("spent an hour with A, and later met B": B is the next clause's)
            break
    return names.within(prep.idx + 1, end)


def _clause_verb(token):
    """The nearest verb above a token that has a subject ("during their talks, A and B agreed")."""
    for anc in token.ancestors:
        if anc.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECT_DEPS for c in anc.children):
            return anc
    return None


#: Prepositions that make a meeting noun the setting of its clause: "during their talks, A ...".
ADJUNCT_PREPS = frozenset({"in", "during", "at", "over", "following", "after", "via", "by", "for"})


def _clause_people(token, names: SpanIndex) -> list[ParticipantRef]:
    """The people of the clause a meeting noun is the setting of: its subjects, and the people
    its verb addresses ("In a phone call, A briefed B"; "their meeting, telling B")."""
    verb = _clause_verb(token)
    if verb is None:
        return []
    def subjects_of(v) -> list[ParticipantRef]:
        return [r for c in v.children if c.dep_ in _SUBJECT_DEPS for t in _with_coordination(c) for r in _refs_for(t, names, "subject")]

    refs = subjects_of(verb)
    if (not refs and verb.dep_ == "ccomp" and token.head.head == verb and token.head.lower_ in ("after", "following")
            and (outer := _clause_verb(verb)) is not None):
        # "X assured Romania that the pledge is firm, after talks with Y": the parser hung the
        # talks on the reported clause, whose subject is no one; the speaker is the sentence's
        verb = outer
        refs = subjects_of(verb)
    near = _verb_of(token)
    if near is not None and near.dep_ == "conj" and near.head == verb and not subjects_of(near):
        # "X flew to Damascus and discussed the plan with Y over lunch": the second verb's
        # people, with the first verb's subject
        verb = near
    heads = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX")]
    for head in heads:
        for c in head.children:
            if c.dep_ in ("dobj", "dative") and c != token and (not c.is_ancestor(token) or (
                    c.lemma_.lower() in ROLE_NOUNS and c.lemma_.lower() not in NOUN_KINDS)):
                # (also a person the parser hung the call on: "informed his counterpart X of the
                # decision in a telephone call")
                refs += [r for t in _with_coordination(c) for r in _refs_for(t, names, "object")]
                if c.pos_ == "NOUN" and c.lemma_.lower() not in NOUN_KINDS:
                    # ("discussed the mediation with Y over lunch", "with" hung on the object; not
                    # "held talks with Y during a visit": the talks' own)
                    refs += [r for t in _prep_objects(c, ("with",)) for r in _refs_for(t, names, "object")]
        refs += [r for t in _prep_objects(head, ("to", "with")) if t != token for r in _refs_for(t, names, "object")]
    return refs


def _unique(refs: list[ParticipantRef]) -> list[ParticipantRef]:
    out, seen = [], set()
    for r in refs:
        if (r.kind, r.start, r.end) not in seen:
            seen.add((r.kind, r.start, r.end))
            out.append(r)
    return out


def _summit_countries(token) -> tuple[str, ...]:
    """"the second U.S.-North Korea summit": the countries whose leaders it is between."""
    text = " ".join(c.text for c in token.children if c.dep_ in ("compound", "nmod", "amod") and c.i < token.i)
    span = doc_text(token.doc)[token.left_edge.idx: token.idx]
    return _affiliations(span if len(span) < 80 else text)


def _apposed_names(refs: list[ParticipantRef], names: SpanIndex, text: str) -> list[ParticipantRef]:
    """An office set off before a person's name is that person: "in the presence of the Peruvian
    Head of State, Luis Vega" (an office the model took for a body's name), and "The Head of State,
    Major General X, and ..." is X alone (a rank or a form of address between). Not a person's name
    before another's ("A, B and C"), nor an office in the plural ("the foreign ministers, A and B")."""
    out = []
    for r in refs:
        office = (r.kind == "role" and not r.every) or (
            r.kind == "name" and r.text.split()[-1].lower() in title_words()
            and not any(c.label in ("PERSON", "TITLED") for c in names.within(r.start, r.end)))
        person = _person_set_off_after(r.end, names, text) if office else None
        named = person is not None and any(o.kind == "name" and o.start == person.start for o in refs)
        if person is None or (r.kind == "role" and not named):
            out.append(r)  # (a role whose holder the clause does not name otherwise keeps its own resolution)
        elif not named:
            out.append(replace(r, start=person.start, end=person.end, text=person.text))
    return out


#: An office set off before the next name of a list: ", the Deputy Prime Minister, " of "met
#: the Prime Minister, A, the Deputy Prime Minister, B, and the acting Leader of the Opposition, C".
_NEXT_OFFICE = re.compile(r",\s+(?:and\s+)?(?:the|his|her|its|their)\s+([^,;()\n]{2,80}?),\s+")


def _offices_listed_after(ref: ParticipantRef, names: SpanIndex, text: str) -> list[ParticipantRef]:
    """The names a list of offices, each with its holder set off after it, goes on with after
    `ref`: B and C of "met the Prime Minister, A, the Deputy Prime Minister, B, and the head of
    its executive office, C" (the parser hangs them anywhere). Only where each office has a
    title or a head's word ("chairman", "head") and no name of its own."""
    found, end = [], ref.end
    while (m := _NEXT_OFFICE.match(text, end)) is not None:
        words = {w.lower() for w in re.findall(r"[\w\-]+", m.group(1))}
        if not words & (title_words() | ROLE_NOUNS) or names.within(m.start(1), m.end(1)):
            break
        person = next((c for c in names.within(m.end(), m.end() + 60) if c.start == m.end()), None)
        if person is None or person.label not in ("PERSON", "TITLED"):
            break
        found.append(ParticipantRef("name", person.start, person.end, person.text, side=ref.side))
        end = person.end
    return found


def _person_set_off_after(end: int, names: SpanIndex, text: str):
    """The person's name after a comma at `end`, with at most a title or a form of address between."""
    after = [c for c in names.within(end, end + 60) if c.label in ("PERSON", "TITLED")]
    if not after:
        return None
    gap = re.fullmatch(r"\s*,\s*(.*?)\s*", text[end:after[0].start])
    words = gap.group(1) if gap else ""
    return after[0] if gap and (not words or is_title(words) or is_form_of_address(words)) else None


#: What lists a person's meetings: "added to the president's schedule".
_SCHEDULES = frozenset({"schedule", "programme", "program", "agenda", "itinerary", "calendar", "diary"})


def _schedule_owners(token) -> list:
    """Whose schedule a meeting noun was put on or dropped from: "A meeting with X was dropped
    from the vice president's schedule" (the vice president's meeting)."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [o for p in token.head.children if p.dep_ == "prep" and p.lower_ in ("from", "to", "on", "off")
            for s in p.children if s.dep_ == "pobj" and s.lemma_.lower() in _SCHEDULES
            for o in s.children if o.dep_ == "poss"]


#: Verbs whose object is a call someone got: "received a telephone call from X".
_CALL_TAKING = frozenset({"receive", "get", "take", "answer", "accept"})


def _is_trip(verb) -> bool:
    """Whether a verb tells a journey: "travel", "fly", "visit", "go", "leave" ..."""
    return VERB_KINDS.get(verb.lemma_.lower()) == "visit" or verb.lemma_.lower() in TRIP_VERBS


def _purpose_of_a_trip(tok) -> bool:
    """Whether a verb is the infinitive a journey is made for: "brief" of "travelled to Pristina
    to brief X", "discuss" of "will travel to Tunis to discuss Y with X"."""
    return (tok.pos_ == "VERB" and tok.dep_ in ("xcomp", "advcl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and _is_trip(tok.head))


def _names_a_person(tok, untagged: bool = False) -> bool:
    """Whether a word is a person's name, or a noun a person's name is set off after ("the
    Kosovar leader X"); with `untagged`, also a proper noun the model gave no entity type."""
    return ((tok.pos_ == "PROPN" and tok.ent_type_ in (("PERSON", "") if untagged else ("PERSON",)))
            or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in tok.children))


def _travelled_to_brief(tok) -> bool:
    """"travelled to Pristina to brief X on the talks": a trip whose purpose is to tell a named
    person something, in person (not "briefed reporters", nor a briefing told by itself, which
    says no one met)."""
    return _purpose_of_a_trip(tok) and any(c.dep_ == "dobj" and _names_a_person(c, untagged=True) for c in tok.children)


def _discussion_partners(tok) -> list:
    """Whom "A discussed the crisis with President X" names, X (on the verb, or on its object
    as the parser may hang it), when one of them is a named person; else none (not "with
    reporters"; nor an infinitive, "want to discuss it with X", "travel to discuss it with X",
    whose own verbs tell what it is)."""
    if not (tok.pos_ == "VERB" and tok.lemma_.lower() == "discuss" and tok.dep_ in ("ROOT", "conj", "relcl", "advcl", "ccomp")):
        return []
    partners = [o for h in [tok, *(c for c in tok.children if c.dep_ == "dobj")] for o in _prep_objects(h, ("with",))]
    return partners if any(_names_a_person(o) for o in partners) else []


def _travelled_to_talk_with(tok):
    """The person of "... with X" when a trip's purpose is to work something out with them: "will
    travel to Tunis next week to discuss border cooperation with X" (the travellers' talks with X;
    not "flew to Paris to sign the deal", with no one named). None otherwise."""
    if not (tok.lemma_.lower() in _TALKING_VERBS and _purpose_of_a_trip(tok)):
        return None
    holders = [tok] + [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return next((o for h in holders for o in _prep_objects(h, ("with",)) if o.pos_ == "PROPN"), None)


def _the_two_of_the_main_clause(pred):
    """(subjects, with-objects or objects) of the clause a "when the two met" clause is told in: "X
    discussed Cuba with Y when the two met at the Vatican", "X will press Y when the two meet" (the
    two are X and Y, not the last pair named)."""
    if pred.pos_ not in ("VERB", "NOUN") or pred.dep_ != "advcl" or not any(
            c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as", "after", "before", "while") for c in pred.children):
        return None
    subject = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("two", "both", "they"):
        return None  # (not "the two presidents": those of that office)
    main = pred.head
    withs = [o for p in main.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
             if o.dep_ == "pobj" and o.pos_ == "PROPN"]  # (not "welcomed their guests with a ceremony")
    # ("X will press Y on immigration when the two meet": whom the main verb acts on)
    withs = withs or [o for o in main.children if o.dep_ == "dobj" and o.pos_ == "PROPN"]
    subjects = [s for s in _subject_tokens(main) if s.pos_ in ("PROPN", "NOUN") or s.lower_ in PERSONAL_PRONOUNS]
    return (subjects, withs) if subjects and withs else None


def _participants(token, pred, kind: str, names: SpanIndex) -> list[ParticipantRef]:
    """Who the meeting is between: subjects, objects, "with"/"between" phrases, possessives."""
    refs: list[ParticipantRef] = []
    is_noun = token.pos_ in ("NOUN", "PROPN")
    if (told := _the_two_of_the_main_clause(pred)) is not None:
        # "X raised whaling with Y when the two met in Tokyo": X and Y
        refs += [r for s in told[0] for r in _refs_for(s, names, "subject")]
        refs += [r for o in told[1] for t in _with_coordination(o) for r in _refs_for(t, names, "object")]
    elif not is_noun or pred != token:  # (an event's own pronoun, "it was attended by", names no one)
        refs += [r for s in _subject_tokens(pred) if s is not token or token.pos_ != "PRON"
                 for r in _refs_for(s, names, "subject")]
    objects = [] if is_noun else [t for c in pred.children if c.dep_ in ("dobj", "dative") for t in _with_coordination(c)]
    if not is_noun and pred is token and (partners := _discussion_partners(pred)):
        objects = partners  # "discussed the crisis with X": X, not what was discussed (nor whom: "discussed Y with X")
    if not is_noun and (inverted := _object_taken_for_subject(pred)) is not None:
        objects += _with_coordination(inverted)  # ("... and later met B", B parsed as the subject)
    if is_noun and pred != token and kind == "phone_call" and pred.lemma_.lower() in _TOLD_BY_PHONE:
        objects += [t for c in pred.children if c.dep_ == "dobj" for t in _with_coordination(c)]  # "briefed X by phone"
    if not is_noun or pred != token:  # the agent of a passive: "where it was received by Abiy",
        # "joined by A and B", "the summit was attended by A, B and C"
        objects += _agent_objects(pred)
        if _brought_together(pred):
            # "It brought together A, as host, B and C": every name the verb gathered, however
            # the parser hung the list
            objects += [t for t in _listed_names(pred) if t.i > pred.i]
        if pred.lemma_.lower() in EVENT_AGENT_VERBS:
            # "attended by presidents A of Tanzania, B of Kenya, C of South Sudan and D": every
            # name of the list, however the parser hung it
            objects += [t for c in pred.children if c.dep_ == "agent" for t in _listed_names(c)]
    if not is_noun:
        # "met Presidents A of Nicaragua, B of El Salvador and C of Guatemala": every name of the
        # list a plural title heads, however the parser hung it
        objects += [t for o in pred.children if o.dep_ == "dobj" and any(
                        c.dep_ == "compound" and c.tag_ == "NNS" and c.lemma_.lower() in ROLE_NOUNS for c in o.children)
                    for t in o.subtree if t is not o and t.pos_ == "PROPN" and t.dep_ not in ("compound", "poss")
                    and not any(a.dep_ in ("relcl", "acl", "advcl") and o.is_ancestor(a) for a in t.ancestors)]
        # a name the parser hung loose after the object: "met Iraq's top cleric Grand Ayatollah X"
        objects += [c for c in pred.children if c.dep_ == "dep" and c.pos_ == "PROPN"
                    and any(o.dep_ == "dobj" and o.i < c.i for o in pred.children)]
        if pred.lemma_.lower() in ("receive", "host", "welcome", "meet") and not any(c.dep_ == "dobj" for c in pred.children):
            # an object told after the place and the day, which the parser took for an adverb:
            # "received at the Palace today the Secretary of the Treasury, X, who ..."
            objects += [a for c in pred.children if c.dep_ == "npadvmod" and c.i > pred.i and c.ent_type_ not in ("DATE", "TIME")
                        for a in c.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
        if kind != "visit":
            # "met behind closed doors with X", "met at the palace with X": the "with" the parser
            # hung on the noun of the place or the manner
            objects += [t for p in pred.children if p.dep_ == "prep" and p.lower_ in ("behind", "in", "at", "on")
                        for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"
                        for w in n.children if w.dep_ == "prep" and w.lower_ == "with"
                        for o in w.children if o.dep_ == "pobj" for t in _with_coordination(o)]
    # "met" or "held meetings on the margins of the Summit with X": the "with" the parser hung on
    # the summit on whose margins they met
    objects += [t for p in pred.children if p.dep_ == "prep" and p.lower_ in ("on", "at")
                for n in p.children if n.dep_ == "pobj" for q in n.children if q.dep_ == "prep"
                for h in q.children if _sidelines_of(h) and h is not token
                for w in h.children if w.dep_ == "prep" and w.lower_ == "with"
                for o in w.children if o.dep_ == "pobj" and o.tag_ != "NNS" for t in _with_coordination(o)]
    if not is_noun and (partner := _travelled_to_talk_with(pred)) is not None:
        objects += [partner]  # ("to discuss border cooperation with X", the "with" hung on the object)
    if kind == "visit" and not is_noun:
        # "X, accompanied by A and B, arrived in Y": they travel with the visitor
        companions = [c for c in pred.children if c.dep_ == "advcl"]
        companions += [c for s in _subject_tokens(pred) for c in s.children if c.dep_ == "acl"]
        refs += [r for c in companions if c.lemma_.lower() == "accompany" for a in c.children if a.dep_ == "agent"
                 for n in _listed_names(a) for r in _refs_for(n, names, "subject")]
    # the caption's first names ("A and B, the wife of C, at ...": not C); "A in conversation
    # with B at the palace on Thursday": A
    captioned = token if _caption_with(token) else _caption_in(token)
    if captioned is not None:
        refs += [ParticipantRef("name", c.start, c.end, c.text, side="subject")
                 for t in [captioned, *_conjuncts(captioned)] for c in names.around(t.idx)]
        objects += [o for t in _conjuncts(captioned) for o in _prep_objects(t, ("with",))]
        objects += [o for t in [captioned, *_conjuncts(captioned)] for o in _flanked_by(t)]
    for head in {token, pred}:
        if head is token and _sidelines_of(token) and any(
                o.dep_ == "dobj" and o.lemma_.lower() in ("meeting", "talk") for o in _verb_of_sidelines(token).children):
            continue  # ("held meetings on the margins of the Summit with X": the meetings' X, see above)
        objects += _prep_objects(head, ("with", "between", "among"))
        # "had spoken by telephone with X" (the "with" hung on the means); "co-chair the 11th
        # session of the Bi-National Commission with X" (hung on the named body)
        objects += [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("by", "over", "via", "of")
                    for means in p.children if means.dep_ == "pobj" and (
                        means.lower_ in _BY_PHONE_WORDS if p.lower_ != "of" else head.pos_ == "NOUN" and means.pos_ == "PROPN")
                    for o in _prep_objects(means, ("with",))]
    if not is_noun and token.lemma_.lower() in ("talk", "speak"):
        objects += _prep_objects(token, ("to",))  # "he had spoken to Mr Maamau by phone"
    if is_noun and kind == "phone_call":
        objects += _prep_objects(token, ("to",))  # "followed up with calls to A and B"
        if (callers := _prep_objects(token, ("from",))) and token.dep_ == "dobj" and token.head.lemma_.lower() in _CALL_TAKING:
            # "A received a telephone call from B": A, called by B
            refs += [r for s in _subject_tokens(token.head) for r in _refs_for(s, names, "subject")]
        objects += callers  # ("was told of it in a telephone call from B": with the clause's people)
    if is_noun and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        objects += _prep_objects(token, ("including",))  # "talks with officials, including A and B"
    refs += _named_among_the_group(token, pred, names)  # "met leaders of the opposition, among them A and B"
    # "a one-on-one meeting of the two premiers", "a meeting of Kalvitis and Fradkov" (not one
    # prepared, called or hoped for: "preparing for a meeting of A and B")
    if is_noun and not (token.dep_ == "pobj" and token.head.lower_ == "for"):
        objects += [t for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj" for t in _with_coordination(o) if _met_of(t, names)]
    if is_noun:  # "a meeting in the Normandy format with A, B and C"
        objects += [t for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                    for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in ("format", "framework")
                    for t in _prep_objects(o, ("with",))]
    if token.lemma_.lower() == "call" and token.pos_ == "NOUN" and _courtesy(token):  # "paid a courtesy call on X"
        objects += _prep_objects(token, ("on",)) + _prep_objects(pred, ("on",))
        if pred == token and token.dep_ == "pobj" and token.head.lower_ in ("with", "after", "before", "by"):
            # "began his visit with a courtesy call on X": the caller is the clause's subject
            refs += [r for r in _clause_people(token, names) if r.side == "subject"]
    if token.lemma_.lower() == "call" and kind == "meeting":  # "called on President X"
        objects += _prep_objects(token, ("on",))
    if token.lemma_.lower() == "audience" and is_noun and pred.lemma_.lower() in _GRANTING:
        objects += _granted_to(token, pred)  # "granted an audience to X", "was granted an audience by Y"
    # "signed ... in a ceremony witnessed by President X"
    objects += [o for t in pred.subtree if t.dep_ == "acl" and t.lemma_.lower() in ("witness", "attend")
                and t.head.lemma_.lower() in ("ceremony", "event", "signing") for o in _agent_objects(t)]
    # "offered a state dinner ... at the Palais du Peuple, attended by A and B"
    objects += [o for t in pred.children if t.dep_ == "advcl" and t.lemma_.lower() in ("witness", "attend")
                and t.tag_ == "VBN" for a in t.children if a.dep_ == "agent" for o in _listed_names(a)]
    # "in the presence of the prime ministers, A and B", "under the chairmanship of X"
    # (wherever the parser hung the phrase: "signed by A, and his counterpart, B, in the presence of C")
    objects += [t for p in sentence_of(token) if p.dep_ == "prep" and _verb_of(p) in (pred, token)
                for n in p.children if n.dep_ == "pobj" and (p.lower_, n.lower_) in PRESENCE_PHRASES
                for t in _prep_objects(n, ("of",))]
    # "will host a state dinner in honour of the US President and the First Lady" (the "of" hung on
    # "honour", or on the verb right after it)
    objects += [t for head in {token, pred} for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
                for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() in ("honour", "honor")
                for of in [*(c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"),
                           *(c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == n.i + 1)]
                for o in of.children if o.dep_ == "pobj" for t in _with_coordination(o)]
    # "received by X at the White House, alongside A and B" (not "alongside the BRICS summit")
    objects += [o for head in {token, pred} for o in _prep_objects(head, ("alongside",))
                if o.lemma_.lower() not in NOUN_KINDS]
    subjects = frozenset(r.start for r in refs if r.kind == "name")
    refs += [r for obj in objects for r in _refs_for(obj, names, "object", subjects)]
    if objects and (first := min(objects, key=lambda o: o.i)).head.lower_ == "with" and (
            first.head.head in (token, pred) or _sidelines_of(first.head.head)):
        # "held meetings with A, Minister of X; B, Minister of Y; and C, ...": each item's name,
        # however the parser hung the list
        # (an item that opens with its name, "and H.E. Mr. C": not a clause, "; later he met D"; and
        # a list, whose last item opens with "and": not "; Prime Minister X was not present")
        taken, text, sent = {r.start for r in refs}, doc_text(token.doc), sentence_of(token)
        last_item = text.rfind(";", first.head.idx, sent.end_char)
        if last_item >= 0 and re.match(r";\s+and\s", text[last_item:sent.end_char]):
            refs += [ParticipantRef("name", n.start, n.end, n.text, side="object")
                     for n in _first_of_each_item(first.head.idx + len(first.head), sent, names)
                     if n.start not in taken and n.start not in subjects
                     and _ITEM_OPENS_WITH_A_NAME.fullmatch(text, text.rfind(";", 0, n.start) + 1, n.start)]
    for side in sentence_of(token):
        # "A, B and C attended the delegation-level talks, while the Sri Lankan side included D":
        # the other side's delegates too
        if side.lemma_.lower() == "side" and side.dep_ == "nsubj" and side.head.lemma_.lower() == "include" \
                and side.head.dep_ == "advcl" and side.head.head in (pred, token):
            verb = side.head
            refs += [ParticipantRef("name", n.start, n.end, n.text, side="object")
                     for n in names.within(verb.idx + len(verb), verb.right_edge.idx + len(verb.right_edge))]
    if is_noun and (verb := next((c for c in token.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBD"
                                  and _brings_together(c)), None)) is not None:
        # "The summit, chaired by X, brought together, among others, A, B and C", the parser
        # making the summit the sentence's root and the list its apposition: the names after the verb
        clauses = [t for t in token.subtree if t.i > verb.i and t.dep_ in ("relcl", "acl", "advcl", "ccomp") and t != verb]
        refs += [ParticipantRef("name", n.start, n.end, n.text, side="object")
                 for n in names.within(verb.idx + len(verb), token.right_edge.idx + len(token.right_edge))
                 if not any(c.left_edge.idx <= n.start < c.right_edge.idx + len(c.right_edge) for c in clauses)]
    if is_noun and token.dep_ == "nsubj" and _brings_together(token.head):
        # "The summit, which opened Monday, brought together A, B, French President C ... along
        # with D and E": every name of what follows, outside its own clauses
        verb = token.head
        clauses = [t for t in verb.subtree if t.i > verb.i and t.dep_ in ("relcl", "acl", "advcl", "ccomp")]
        refs += [ParticipantRef("name", n.start, n.end, n.text, side="object")
                 for n in names.within(verb.idx + len(verb), verb.right_edge.idx + len(verb.right_edge))
                 if not any(c.left_edge.idx <= n.start < c.right_edge.idx + len(c.right_edge) for c in clauses)]
        # "Hosted by X, the meeting brought together A, B and C": the host too
        refs += [r for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < token.i
                 and c.lemma_.lower() in EVENT_AGENT_VERBS for o in _agent_objects(c) for r in _refs_for(o, names, "subject")]
    for head in {token, pred}:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("between", "with"):
                known = {(r.start, r.end) for r in refs}
                refs += [ParticipantRef("name", n.start, n.end, n.text, side="object")
                         for n in _window_names(c, names) if (n.start, n.end) not in known]
    if is_noun:  # "a meeting of ministers chaired by X", "the summit, hosted by Y", "a meeting of
        # the border commissions led by A and B"
        heads = [token] + [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj"]
        objects = [o for h in heads for c in h.children if c.dep_ == "acl" or (c.dep_ == "relcl" and c.lemma_.lower() in EVENT_AGENT_VERBS)
                   for v in _with_coordination(c) for o in _agent_objects(v)]  # ("hosted by X and attended by Y",
        # "talks that were also attended by A and B")
        if token.dep_ == "pobj" and token.head.lower_ in ("at", "in", "during"):
            # "signed it at a summit hosted by X and attended by Y", the parser hanging "attended"
            # on the verb of the sentence
            objects += [o for c in token.head.head.children if c.dep_ == "conj" and c.tag_ == "VBN"
                        and c.lemma_.lower() in EVENT_AGENT_VERBS and not any(k.dep_ in _SUBJECT_DEPS for k in c.children)
                        for o in _agent_objects(c)]
        refs += [r for obj in objects for r in _refs_for(obj, names, "subject")]
        # ("A meeting with X was dropped from the vice president's schedule": his)
        refs += [r for owner in _schedule_owners(token) for r in _refs_for(owner, names, "subject")]
        for c in token.children:
            if c.dep_ == "poss":
                refs += _refs_for(c, names, "subject")
            elif c.dep_ in ("compound", "nmod"):
                refs += [r for r in _refs_for(c, names, "subject") if r.kind == "name"]
        named = [r for r in refs if r.kind in ("name", "role")]
        has_group = any(r.kind == "group" for r in refs)
        prep = _adjunct_prep(token)  # ("for two days of talks with X": as "for talks with X")
        adjunct = prep is not None and prep.lower_ in ADJUNCT_PREPS
        trip = _adjunct_head(token) if adjunct and prep.lower_ == "for" else None
        if (pred == token and trip is not None and _is_trip(trip)
                and len([r for r in refs if r.kind == "name"]) >= 2 and all(r.side == "object" for r in refs)):
            # "X is due to visit Tehran for talks with officials, including A and B": X too (but
            # not "expressed his wishes for the summit between A and B")
            refs += [r for r in _clause_people(token, names) if r.side == "subject"]
            named = [r for r in refs if r.kind in ("name", "role")]
        if (pred == token and token.dep_ == "pobj" and token.head.lower_ in ADJUNCT_PREPS | {"with"} and kind == "phone_call"
                and named and all(r.side == "object" for r in named) and any(c.lower_ == "to" for c in token.children)):
            # "Rubio followed up on Sunday with calls to A and B": the caller, with each
            refs += [r for r in _clause_people(token, names) if r.side == "subject"]
            named = [r for r in refs if r.kind in ("name", "role")]
        apart = any(c.dep_ == "amod" and c.lower_ in ("separate", "individual") for c in token.children)
        # (a body's name the office's holder stands for is no second person: "for talks with the
        # chairman of the AU Commission, X")
        persons = [r for r in named if r.kind != "name" or any(
            c.label in ("PERSON", "TITLED", "PROPN") for c in names.within(r.start, r.end))]
        if pred == token and (has_group or (adjunct and (len(persons) < 2 or (apart and all(r.side == "object" for r in named))))):
            # ("A floated the mission after separate telephone conversations with B and C": A's, with each)
            # "during their phone talks, A and B agreed"; "In a phone call, A briefed B"
            around = _clause_people(token, names)
            verb = _clause_verb(token)
            visitor_only = kind == "visit" and not named and any(r.side == "subject" for r in around) and verb is not None and (
                VERB_KINDS.get(verb.lemma_.lower(), "visit") != "visit"
                or any(c.dep_ == "dobj" and c.lemma_.lower() in NOUN_KINDS for c in verb.children))
            # (not "arrived in Canberra for a visit to Australia": the arrival is the visit told)
            if visitor_only:
                # "X, during an official visit to Washington, met Y": X's visit, and a meeting with
                # its host told by its own verb (but "X, during a visit to Belgrade, told Y that
                # ...": the visit is the only word that they met)
                around = [r for r in around if r.side == "subject"]
            if has_group and len([r for r in around if r.kind == "name"]) < 2:
                # a caption without a verb: "A (R) and B in their meeting on May 3"
                before = [ParticipantRef("name", n.start, n.end, n.text)
                          for n in names.within(sentence_of(token).start_char, token.idx)]
                around = before if len(before) >= 2 else around
            # ("the two leaders had reached consensus during their phone call": a group of two
            # for "their")
            if sum(max(2, r.size) if has_group and r.kind == "group" and (r.role or r.size) else 1 for r in around) + len(named) >= (
                    1 if visitor_only else 2):
                refs = [r for r in refs if r.kind != "group"] + around
        attending = token.head
        if (token.dep_ == "dobj" and attending.lemma_.lower() == "attend" and attending.tag_ == "VBG"
                and (any(c.dep_ == "aux" and c.lemma_ == "be" for c in attending.children)
                     or (attending.dep_ == "csubj" and attending.head.lemma_ == "be"))):
            # "Attending the expanded meeting on the Nigerian side were A; B; and C": every name
            # after it, however the parser hung the list
            sent = sentence_of(token)
            listed = _first_of_each_item(token.right_edge.idx + len(token.right_edge), sent, names)
            refs += [ParticipantRef("name", n.start, n.end, n.text, side="subject")
                     for n in (listed or names.within(token.right_edge.idx + len(token.right_edge), sent.end_char))]
        for of in _with_the_participation_of(token, pred):
            # "The talks continued in an extended format with the participation of A, B and C":
            # every name of the list after its "of", however the parser hung the list
            refs += [ParticipantRef("name", n.start, n.end, n.text, side="subject") for n in _listed_after(of, names)]
        if (joining := _joined_for_part(token)) is not None:
            # "A and B joined the two presidents for the second half of the meeting"
            refs += [r for t in _subject_tokens(joining) for r in _refs_for(t, names, "subject")]
        if token.dep_ == "pobj" and token.head.lower_ == "in":
            # "A and B took part in the summit", "Taking part in the summit were A, B and C"
            taking = [r for t in _taking_part(token.head.head) for r in _refs_for(t, names, "subject")]
            verb = token.head.head.head if token.head.head.lower_ == "part" else token.head.head
            if taking and verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" and c.i > token.i for c in verb.children):
                # "Taking part in the summit were A, President of X; B, who led Y's delegation; and
                # C, attending his first summit since he took over from his father, D": each item's names, not D
                listed = _first_of_each_item(token.right_edge.idx + len(token.right_edge), sentence_of(token), names)
                taking = [ParticipantRef("name", n.start, n.end, n.text, side="subject") for n in listed] or taking
            refs += taking
        # "moved on to an extended session in which A and B also took part": A and B, and with them
        # ("also") whoever moved on to it
        joined = [(c, r) for c in token.children if c.dep_ == "relcl" and any(
                      p.dep_ == "prep" and p.lower_ == "in" and any(w.lower_ == "which" for w in p.children) for p in c.children)
                  for t in _taking_part(c) for r in _refs_for(t, names, "subject")]
        refs += [r for _, r in joined]
        if any(a.lower_ == "also" for c, _ in joined[:1] for a in c.children):
            refs += [r for r in _clause_people(token, names) if r.side == "subject"]
        if token.dep_ == "pobj" and token.head.lower_ in ("to", "on") and _plans(token.head.head):
            # "Kim agrees to second Trump summit"
            refs += [r for t in _subject_tokens(token.head.head) for r in _refs_for(t, names, "subject")]
        if kind == "summit":
            countries = _summit_countries(token)
            # a summit between countries is between their leaders (unless the clause says who: "The
            # two leaders agreed to hold the next Algerian-Italian summit")
            # (or those named at it: "Modi and the Chair of CARICOM, X, co-chaired the second
            # India-CARICOM Summit"; not ministers who "agreed to hold" the next one)
            verb = _verb_of(token)
            decided = verb is not None and any(v.lemma_.lower() in _DECISION_VERBS
                                               for v in (verb, verb.head if verb.dep_ == "xcomp" else verb))
            named = sum(r.kind == "name" for r in refs) >= 2 and not decided
            if len(countries) >= 2 and not any(r.kind == "group" for r in refs) and not named:
                refs = [ParticipantRef("role", token.left_edge.idx, token.idx, doc_text(token.doc)[token.left_edge.idx:token.idx],
                                       role="leader", affiliations=countries)]
    # "Joining them at the lunch were A and B, along with C and D" (after the people of the
    # clause, which count only while the phrase itself names fewer than two)
    refs += [r for p in sentence_of(token) if p.lower_ == "along" and p.dep_ == "prep" and p.head in (token, pred, _verb_of(token))
             for o in _prep_objects(p, ("with",)) if o.lemma_.lower() not in NOUN_KINDS
             for r in _refs_for(o, names, "subject")]
    if is_noun and refs and all(r.side == "object" for r in refs) and token.dep_ in _SUBJECT_DEPS:
        # "Petro presided over the ceremony, but a planned meeting with Maduro was called off":
        # the other party is the person the sentence is about
        refs = _sentence_subject(token, names, frozenset(r.start for r in refs)) + refs
    refs = _unique(refs)
    # (a meal in honour of the dead is no meeting with them: "in honour of the late former president
    # X"; but "held talks with the late Sultan X" in his day was)
    text = doc_text(token.doc)
    refs = [r for r in refs if not (r.kind == "name" and _THE_LATE.search(text, max(0, r.start - 50), r.start))]
    name_starts = [r.start for r in refs if r.kind == "name"]
    refs = [r for r in refs if not (r.kind == "role" and any(0 <= n - r.end <= 2 or r.start <= n < r.end for n in name_starts))]
    refs = _apposed_names(refs, names, text)
    refs = _unique(refs + [n for r in refs if r.kind == "name" for n in _offices_listed_after(r, names, text)])
    if len([r for r in refs if r.kind == "name"]) >= 2:
        # "Trump and Kim ended their summit" (but "The two leaders then held talks, with A and B
        # on one side and C on the other": the leaders, and the delegations)
        # (nor "The two presidents held talks, which were attended by A and B": the presidents,
        # and the people the meeting's own clause adds)
        clauses = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in token.children
                   if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("attend", "join")]
        refs = [r for r in refs if r.kind != "group" or not any(
            n.kind == "name" and n.side == r.side and not any(a <= n.start < b for a, b in clauses) for n in refs)]
    # "The two presidents held their first meeting": "their" are the two presidents, no others
    refs = [r for r in refs if not (r.kind == "group" and not r.role and not r.size
                                    and any(g.kind == "group" and (g.role or g.size) and g.side == r.side for g in refs))]
    return refs


#: What may go before the name an item of a list opens with: "and", titles, forms of address.
_ITEM_OPENS_WITH_A_NAME = re.compile(r"\s*(?:and\s+)?(?:[A-Z][\w.'’-]*\s+)*")


def _first_of_each_item(start: int, sent, names: SpanIndex) -> list:
    """The names of each item of a list whose items semicolons part, from `start` to the
    sentence's end, up to the item's first clause or apposition of a name ("A, President of X;
    B and his foreign minister C, who led the delegation; and D, whose father E ..." -> A, B,
    C, D); none when no semicolon parts them."""
    text = doc_text(sent.doc)
    cuts = [start] + [start + m.end() for m in re.finditer(";", text[start:sent.end_char])] + [sent.end_char]
    if len(cuts) < 3:
        return []
    listed = []
    for a, b in zip(cuts, cuts[1:]):
        # (an office the model took for a name is none: "and the National Security Adviser, Maj-Gen. X")
        found = [n for n in names.within(a, b) if not _an_office(n.text)]
        if not found:
            continue
        clause = _ITEM_CLAUSE.search(text, found[0].end, b)
        # (nor a name the item's first is the envoy of: "A, envoy of President B", "adviser to B")
        listed += [n for i, n in enumerate(found) if (clause is None or n.start < clause.start())
                   and not (i and _OF_SOMEONE.search(text, found[i - 1].end, n.start))]
    return listed


def _an_office(text: str) -> bool:
    """Whether a span the model took for a name is an office, with its country or not
    ("National Security Adviser", "Ugandan President")."""
    words = text.split()
    return is_office_phrase(text) or (len(words) > 1 and bool(get_gazetteer().affiliation(words[0]))
                                      and is_office_phrase(" ".join(words[1:])))


#: Words before a name an item's first is someone of: "A, envoy of President B", "adviser to B".
_OF_SOMEONE = re.compile(r"\b(?:of|to|by|for|like|from)\b")
#: Where an item of a list goes on about its first name: an apposition with a name in it ("A,
#: his father, B"), a clause ("A, who ...", "A, attending ...").
_ITEM_CLAUSE = re.compile(r",\s+(?:who|whose|which|whom|attending|representing|accompanied|standing|his|her|their|the|a|an)\b")


#: Words that end a list of names and begin a clause of its own: "..., while X remained in Baku".
_CLAUSE_OPENERS = frozenset({"while", "though", "although", "but", "whereas", "who", "which", "where", "when"})


def _listed_after(prep, names: SpanIndex) -> list:
    """The names of the list after a preposition, to the first clause of its own ("..., while
    Prime Minister X remained in Baku", "..., mediator X said": not X)."""
    sent = sentence_of(prep)
    end = sent.end_char
    for t in prep.doc[prep.i + 1:sent.end]:
        if t.lower_ in _CLAUSE_OPENERS or (t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG")):
            end = t.idx
            break
    return [n for n in names.within(prep.idx, end)
            if (tok := _token_at(prep.doc, n.start)) is not None and tok.head.dep_ not in _SUBJECT_DEPS
            and not any(a.dep_ in _SUBJECT_DEPS for a in [tok, *(t for t in prep.doc[tok.i:tok.i + 6] if n.start <= t.idx < n.end)])]


def _with_the_participation_of(token, pred) -> list:
    """The "of" of "with the participation of" (or "attendance") in a meeting's clause."""
    # (or of a clause of the meeting's own: "held a meeting, which continued over dinner with the
    # participation of A and B")
    return [o for t in sentence_of(token) if t.lemma_.lower() in ("participation", "attendance") and t.head.lower_ == "with"
            and ((verb := _verb_of(t)) in (pred, token.head, _verb_of(token)) or _clause_of_the_meeting(verb, token))
            and not t.is_ancestor(token)
            for o in t.children if o.dep_ == "prep" and o.lower_ == "of"]


#: Parts of a meeting someone joins for: "for the second half of the meeting".
_PARTS = frozenset({"half", "part", "rest", "end", "remainder", "start", "beginning", "close", "portion"})


def _joined_for_part(token):
    """The verb of "joined X for the second half of the meeting" ("for the rest of the talks"), if
    the meeting noun is told so."""
    part = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if part is None or part.lemma_.lower() not in _PARTS or part.dep_ != "pobj" or part.head.lower_ not in ("for", "during", "in"):
        return None
    verb = part.head.head
    if verb.lemma_.lower() not in ("join", "attend") or verb.pos_ != "VERB":
        return None
    # (not "declined to join the two for the second half", "was not allowed to join them")
    return None if _declined(verb) else verb


#: Words under which a verb is only meant, not done: "had hoped to join", "was due to join".
_MEANT = frozenset({"hope", "expect", "plan", "want", "intend", "wish", "due", "schedule", "aim", "seek", "try", "set"})


def _only_meant(verb) -> bool:
    """Whether a verb is what someone hoped, planned or was due to do: "who had hoped to join"."""
    # (by the word as well: the model lemmatises "hoped" as "hop")
    return verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in _MEANT or _MEANT_WORD.match(verb.head.lower_) is not None)


_MEANT_WORD = re.compile(r"(?:hop(?:e|ed|es|ing)|plann(?:ed|ing)|intend(?:ed|s|ing)?|due|scheduled|expected|wanted|wished)$")


#: Verbs that say what follows did not happen: "refused to take part", "declined to join".
_REFUSING = frozenset({"refuse", "decline", "boycott", "reject", "fail"})


def _refused(verb) -> bool:
    """Whether a verb is what someone refused or was not let do: "refused to take part", "was not
    allowed to join"."""
    head = verb.head if verb.dep_ == "xcomp" else None
    return head is not None and (head.lemma_.lower() in _REFUSING or any(c.dep_ == "neg" for c in head.children))


def _declined(verb) -> bool:
    """Whether a verb is negated or is what someone refused: "did not take part", "declined to join"."""
    return any(c.dep_ == "neg" for c in verb.children) or _refused(verb)


def _taking_part(head) -> list:
    """Who takes part, when `head` is "participate" or the "part" of "take part" (in a meeting):
    the subjects, or the names after an inverted "Taking part ... were"."""
    verb = head.head if head.lemma_.lower() == "part" and head.dep_ == "dobj" else head
    took_part = verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
    if not (verb.lemma_.lower() == "participate" or took_part) or _declined(verb):
        return []  # (not "X, who did not take part in the summit, said", "who refused to take part")
    inverted = [a for c in verb.children if c.dep_ in ("aux", "auxpass") for a in c.children if a.dep_ in ("attr", "nsubj")]
    inverted += [c for c in verb.children if c.dep_ in ("attr", "dobj") and c.lower_ != "part" and c.i > verb.i
                 and any(a.dep_ == "aux" and a.lemma_ == "be" and a.i < c.i for a in verb.children)]
    listed = _subject_tokens(verb) + [t for a in inverted for t in _with_coordination(a)]
    # (a list the parser made an apposition of: "were A, B, C and D" with B, C and D under A)
    return listed + [t for a in listed for c in a.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     for t in _with_coordination(c)]


def _sentence_subject(token, names: SpanIndex, exclude: frozenset[int]) -> list[ParticipantRef]:
    """The name that is the subject of a clause before the token in its sentence, if one is."""
    doc, sent = token.doc, sentence_of(token)
    for c in reversed(names.within(sent.start_char, token.idx)):
        if c.start not in exclude and _is_subject(doc, c):
            return [ParticipantRef("name", c.start, c.end, c.text, side="subject")]
    # "He said a meeting with A, B and C could take place in Paris": whom "he" stands for
    pronoun = next((t for t in doc[sent.start:token.i] if t.lower_ in ("he", "she") and t.dep_ in _SUBJECT_DEPS), None)
    found = _antecedent(pronoun, names, exclude) if pronoun is not None else None
    return [ParticipantRef("name", found.start, found.end, found.text, side="subject")] if found else []


REPORTING_VERBS = frozenset({"say", "tell", "announce", "report", "state", "add", "confirm", "disclose"})
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "would", "wo", "could", "may", "might"})
_WILL = frozenset({"will", "'ll", "shall", "would", "wo"})  # (what is to come, not what may be)


def _cancel_said_of(token, pred) -> bool:
    """Whether a word of cancelling in the trigger's sentence is said of this meeting, not inside a
    relative clause of something else ("held talks ..., going ahead with a trip that Washington
    had urged him to postpone": the talks were held)."""
    sent = sentence_of(token)
    for m in CANCEL_WORDS.finditer(doc_text(token.doc), sent.start_char, sent.end_char):
        word = next((t for t in sent if t.idx >= m.start()), None)
        if word is None:
            return True
        if not word.is_ancestor(token) and any(
                ((c.dep_ == "dobj" and not (_but_after(word, pred) and not _told_anew(c))) or (c.dep_ == "nsubjpass" and _told_anew(c)))
                and c != token and c.lemma_.lower() in NOUN_KINDS for c in word.children):
            continue  # "spoke by phone, two days after X called off his state visit": the visit's; "where
            # he met X, after a planned meeting with Y was called off": the meeting with Y's
            # (not "scrapped a planned trip to Washington to meet X": that trip was the meeting's)
        clause = next((a for a in [word, *word.ancestors] if a.dep_ in ("relcl", "acl")), None)
        if clause is None or clause.is_ancestor(token) or clause == token or clause.head in (token, pred):
            return True
    return False


def _but_after(word, pred) -> bool:
    """Whether a cancelling word is in a clause joined by "but" to the meeting's: "X was scheduled
    to meet Y in August, but Z asked him to call off the trip" (that meeting was called off, unless
    the noun tells one of its own: "but called off a planned visit to Z")."""
    return any(a.dep_ == "conj" and any(c.lower_ == "but" for c in a.head.children)
               and (a.head == pred or a.head.is_ancestor(pred)) for a in [word, *word.ancestors])


def _told_anew(noun) -> bool:
    """A meeting noun that tells a meeting of its own ("a planned meeting with Y"), not one that
    names again the meeting just told ("was scheduled to meet X, but the meeting was cancelled")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children)


#: Verbs a meeting is said to happen by: "the meeting did not happen", "never took place".
_HAPPEN_VERBS = frozenset({"happen", "occur", "materialise", "materialize", "proceed"})


def _did_not_happen(token) -> bool:
    """Whether the meeting noun is the subject of a negated happening: "A meeting between A and
    B, which diplomats had expected on Monday, did not happen", "the talks did not take place"."""
    verb = token.head if token.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or not (verb.lemma_.lower() in _HAPPEN_VERBS or (
            verb.lemma_.lower() == "take" and any(c.lower_ == "place" for c in verb.children))):
        return False
    # (not "did not happen until after midnight", "by accident", "in a vacuum", "would never have happened")
    if any(c.dep_ in ("prep", "advcl", "npadvmod") or (c.dep_ == "aux" and c.lower_ in _FUTURE_AUX) for c in verb.children):
        return False
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


#: A plan told as past and unfulfilled: "had been due to meet", "was to have visited".
_UNFULFILLED = re.compile(r"\b(?:had been (?:due|scheduled|expected|set|slated|supposed|meant) to|(?:was|were) to have)\b",
                          re.IGNORECASE)


def _unfulfilled(token, pred) -> bool:
    """Whether the meeting is a plan the text tells as past and not kept: "X had been due to fly
    to Nuuk for meetings with Y", "the visit she was to have made" (not "had been expected to fly
    home on Tuesday" beside talks that were held)."""
    sent = sentence_of(token)
    for m in _UNFULFILLED.finditer(doc_text(token.doc), sent.start_char, sent.end_char):
        if m.group(0).lower().endswith("have") and not any(
                t.lower_ == "have" and t.i + 1 < len(t.doc) and t.nbor(1).tag_ == "VBN" for t in sent if m.start() <= t.idx < m.end()):
            continue  # ("was to have talks with X": a plan, not "was to have met X")
        for word in (t for t in sent if m.start() <= t.idx < m.end()):
            if word.is_ancestor(token) or word == pred or word.is_ancestor(pred) or (
                    word.head.dep_ == "relcl" and word.head.head == token):
                return True
    return False


def _pulled_out_of(pred) -> bool:
    """A plan one side withdrew from, told in the same sentence: "X had agreed to meet A and B there
    on February 10, but the North Koreans pulled out" (or "backed out"): the withdrawal joined by
    "but" to the planning verb the meeting hangs on, with no object of its own (not "pulling out
    American troops", "pulled out of the accord", "pulled out all the stops")."""
    for plan in [pred, *pred.ancestors]:
        if _plans(plan):
            break
    else:
        return False
    return any(t.dep_ == "conj" and t.head == plan and t.lemma_.lower() in ("pull", "back")
               and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children)
               and not any(c.dep_ in ("dobj", "prep") for c in t.children)
               and any(c.dep_ == "cc" and c.lower_ == "but" for c in plan.children) for t in plan.children)


def _through_span(token):
    """The noun that holds a meeting's place in its clause when a span or a round is told first:
    "days" in "arrived for two days of talks with X", "round" in "flew in for a round of talks"; or
    when the meeting is a second one joined to the first: "visit" in "will fly to Lisbon for a
    state visit to Portugal and talks with X"."""
    while token.dep_ == "conj" and token.pos_ == "NOUN" and token.head.pos_ == "NOUN" and (
            token.head.lemma_.lower() in NOUN_KINDS or token.head.lower_ in NOUN_KINDS):
        token = token.head
    if (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in ROUND_NOUNS | _SPANS
            and token.head.head.pos_ == "NOUN" and token.head.head.dep_ == "pobj" and token.head.head.head.lower_ == "for"):
        return token.head.head  # (not "took part in the expanded round of talks": the talks told)
    return token


def _adjunct_prep(token):
    """The preposition a meeting noun is the object of, looked through a span or a first meeting
    told before it (`_through_span`): "for" of "flew to Oslo for two days of talks"; else None."""
    spot = _through_span(token)
    return spot.head if spot.dep_ == "pobj" else None


def _adjunct_head(token):
    """The word a trigger's adjunct phrase ("for talks", "for two days of talks") belongs to: its
    preposition's head, or the verb (or noun) past a date phrase the parser hung it on ("will
    travel to X at the end of April for talks with Y": the travel's)."""
    head = _through_span(token).head.head
    for _ in range(2):
        if not (head.pos_ in ("NOUN", "PROPN") and head.ent_type_ in ("DATE", "TIME") and head.dep_ == "pobj"
                and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "AUX", "NOUN", "PROPN")):
            break
        head = head.head.head
    return head


def _status(token, pred, sent_text: str, phrases: bool = True) -> str:
    """cancelled, planned or held, from the words that govern the trigger (and, with `phrases`,
    from planning phrases in its own phrase)."""
    if CANCEL_WORDS.search(sent_text) and (not phrases or _cancel_said_of(token, pred)) and not any(
            c.lower_ == "instead" for c in pred.children):  # ("was dropped, and the two spoke by phone instead")
        return "cancelled"
    if phrases and (_unfulfilled(token, pred) or _pulled_out_of(pred) or _did_not_happen(token)):
        return "cancelled"
    if phrases and token.dep_ == "nsubjpass" and token.head.lemma_.lower() in ("drop", "abandon"):
        return "cancelled"  # "A meeting with X, pencilled in for the afternoon, was dropped"
    node = pred
    if _followed_by(token) and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.head.head.children):
        return "planned"  # "arrived in Lima for a state visit, to be followed by talks with X on Tuesday"
    for _ in range(4):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in node.children):
            return "planned"
        head = node.head
        if node.dep_ in ("xcomp", "ccomp", "advcl") and _plans(head) and node.i > head.i:
            if node.dep_ == "xcomp" or any(c.lower_ == "to" for c in node.children):
                return "planned"
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("to", "on") and _plans(head.head):
            return "planned"  # "agrees to a summit", "agreed on talks"
        if node.dep_ == "dobj" and head.lemma_.lower() in REQUEST_VERBS:
            return "planned"  # "has sought a meeting between A and B", "proposed talks"
        if node.dep_ == "xcomp" and head.lemma_.lower() == "be" and any(c.lower_ == "to" for c in node.children):
            return "planned"  # "She is to meet X today"
        if node.dep_ == "conj" and _plans(head) and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return "planned"  # "is scheduled to attend a roundtable and to meet X" (hung on "scheduled")
        if node.dep_ in ("xcomp", "conj", "dobj", "attr") and head != node:  # "would be their last meeting"
            node = head
        elif _followed_by(node) and head.head.dep_ in ("acl", "advcl") and not any(
                c.dep_ in ("aux", "auxpass") for c in head.head.children):  # (not "to be followed by talks on Tuesday")
            node = head.head.head  # "will meet A and B separately, followed by a trilateral meeting": as planned
        elif _purpose_clause(node) and head.pos_ in ("VERB", "AUX"):
            node = head  # "he would travel to Washington in July to meet with Biden"
        elif node.dep_ == "advcl" and node.tag_ in ("VBP", "VBZ", "NN") and head.pos_ in ("VERB", "AUX") and any(
                c.lower_ in ("when", "once") for c in node.children):
            node = head  # "will press X on immigration when the two meet": the main clause's time
        else:
            break
    prep = _adjunct_prep(token)
    if pred == token and prep is not None and prep.lower_ in ADJUNCT_PREPS and _adjunct_head(token).pos_ in ("VERB", "AUX"):
        verb = _adjunct_head(token)
        due = any(c.dep_ == "acomp" and c.lower_ in ("due", "expected", "set") for c in verb.children)  # "is due in Jakarta for talks"
        # ("Both leaders are expected in Kinshasa for the summit")
        due = due or (verb.lemma_.lower() == "expect" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children))
        # ("Rousseff leaves for Maputo today for talks with X": a departure told in the present is to come)
        due = due or (verb.lemma_.lower() in ("leave", "depart") and verb.tag_ in ("VBZ", "VBP"))
        if (due or _status(verb, verb, "", phrases=False) == "planned") and not (
                prep.lower_ in ("in", "at", "during") and _decided_at(verb)):
            return "planned"  # "is due to travel to Beijing for talks with Wang" (but "during their
            # meeting, they agreed to form a group at an early date" was held)
    if not phrases:
        return "held"
    if any(c.lower_ in PLANNED_MODIFIERS for c in token.children):
        return "planned"
    if (pred == token and token.dep_ in ("nsubj", "nsubjpass")
            and any(c.dep_ in ("aux", "auxpass") and c.lower_ in _WILL for c in token.head.children)
            and not any(c.dep_ == "neg" for c in token.head.children)):
        # "The Quad summit would bring together A, B and C", "the talks will open" (not "the
        # talks on Monday could not resolve the dispute")
        return "planned"
    if token.pos_ == "NOUN" and pred == token and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children) \
            and any(c.dep_ in ("amod", "nummod") and c.ent_type_ == "ORDINAL" for c in token.children):
        return "planned"  # "a second summit": not held yet
    # (not a clause of its own joined after a past one: "had spoken by telephone in March, and
    # agreed to meet at the earliest opportunity"; but "travels to Kampala and meets X later this
    # month" is one plan)
    past = pred.tag_ in ("VBD", "VBN")
    end = min((c.left_edge.idx for c in pred.children if past and c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > token.i),
              default=pred.right_edge.idx + len(pred.right_edge))
    scope = doc_text(token.doc)[pred.left_edge.idx:end]
    # (nor a clause said of a participant: "spoke by telephone with X, who renewed an invitation
    # to pay a state visit later this year")
    clauses = [(t.left_edge.idx - pred.left_edge.idx, t.right_edge.idx + len(t.right_edge) - pred.left_edge.idx)
               for t in pred.subtree if t.dep_ == "relcl" and t.head not in (token, pred) and t.head.pos_ == "PROPN" and t.i > token.i]
    for a, b in sorted((c for c in clauses if not any(o != c and o[0] <= c[0] and c[1] <= o[1] for o in clauses)), reverse=True):
        if 0 <= a < len(scope):  # (the outermost clauses only, from the last: the offsets before stay true)
            scope = scope[:a] + scope[b:]
    if PLANNED_PHRASES.search(scope):
        return "planned"
    return "held"


def _across_clause(token, root) -> bool:
    """Whether a token sits in a clause of its own below root ("discussing the summit which ...")."""
    node = token
    while node != root and node.head != node:
        if node.dep_ in ("advcl", "relcl", "ccomp", "acl", "conj", "parataxis"):
            return True
        node = node.head
    return False


def _place(token, pred, kind: str, places: SpanIndex, other_triggers) -> tuple[int, int, str]:
    """Where: a place in an "in"/"at" phrase of the meeting's own phrase (for a visit, also "to"
    and the visited object), or the antecedent of "where" ("in Singapore, where they held ...")."""
    gaz = get_gazetteer()
    preps = ("in", "at", "inside", "to") if kind == "visit" else ("in", "at", "inside")
    root = pred if pred.pos_ in ("VERB", "AUX") else token
    prep = _adjunct_prep(token)
    if pred == token and prep is not None and prep.lower_ == "for" and _adjunct_head(token).pos_ in ("VERB", "AUX"):
        # "travel to Bolivia for talks with Arce in Santa Cruz": the talks' own place, else
        # "lead the delegation to Moscow for talks": the trip's destination
        own = _own_place(token, pred, kind, places, other_triggers, preps, root, gaz)
        if own[2] and own[0] >= 0 and not _in_clause_of(token, own[0]):
            return own  # (not "a trip that has raised eyebrows in Paris")
        trip = _adjunct_head(token)
        return _place(trip, trip, "visit", places, [t for t in other_triggers if t != trip] + [token])
    return _own_place(token, pred, kind, places, other_triggers, preps, root, gaz)


def _in_event_name(prep, token) -> bool:
    """Whether a preposition is part of the capitalised name of the event `token` heads ("the
    Summit on Peace in Ukraine", "Conference on Disarmament"), not of the phrase around it."""
    head = prep.head
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and head != token and head.pos_ == "PROPN"
            and head.dep_ == "pobj" and head.head.head == token and head.text[:1].isupper())


def _in_clause_of(token, offset: int) -> bool:
    """Whether the word at `offset` hangs from `token` through an apposition or a clause."""
    span = token.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return True
    node = span[0]
    while node != token and node.head != node:
        if node.dep_ in ("appos", "relcl", "acl", "advcl", "ccomp", "parataxis"):
            return True
        node = node.head
    return node != token


def _own_place(token, pred, kind, places, other_triggers, preps, root, gaz) -> tuple[int, int, str]:
    """The place in the meeting's own phrase (see `_place`)."""
    others = [t for t in other_triggers if t != token and t != pred and root.is_ancestor(t)
              and not t.is_ancestor(token) and _across_clause(t, root) and not _sidelines_of(t)]
    objs = []
    for t in root.subtree:
        if any(o == t or o.is_ancestor(t) for o in others):
            continue
        if t.dep_ == "prep" and _in_event_name(t, token):
            continue  # "the Summit on Peace in Ukraine": a name, not where it was held
        if t.dep_ == "prep" and t.lower_ in preps and t.head.dep_ == "relcl" and t.head.head == token \
                and t.head.lemma_.lower() in EVENT_VERBS:
            objs += [c for c in t.children if c.dep_ == "pobj"]  # "the summit, which opened at X"
        elif (t.dep_ == "prep" and t.lower_ in preps and (t.head == root or t.head == token or t.head.dep_ in ("pobj", "dobj", "npadvmod", "appos", "conj"))
              and not _under_clause(t, root) and not (t.head != token and t.head.lemma_.lower() in _TOPIC_NOUNS)):
            # (not a topic's place: "a meeting on the situation in Libya" was not in Libya)
            # "at the consultative meeting of Central Asia": an event, not a place (a place "in"
            # it is still found through its own phrase)
            objs += [c for c in t.children if c.dep_ == "pobj" and c.lemma_.lower() not in NOUN_KINDS
                     and (t.lower_, c.lower_) not in PRESENCE_PHRASES]  # ("in the presence of X": no place)
        elif kind == "visit" and t.dep_ == "dobj" and t.head == root:
            objs.append(t)
    where = _where_antecedent(root)
    if where is not None:
        objs.append(where)
    if root.dep_ in ("relcl", "advcl") and any(c.lower_ == "when" for c in root.children):
        objs += _prep_objects(root.head, ("in", "at"))  # "in Moscow on Thursday, when he held talks"
    objs.sort(key=lambda o: sum(1 for a in o.ancestors if root.is_ancestor(a) or a == root))  # nearest first
    node = root
    while (node.dep_ == "xcomp" or _purpose_clause(node)) and node.head != node:
        # "In Lima, Ishiba is arranging to hold talks with Xi": the place of the verb it depends on
        node = node.head
        travel = _is_trip(node)
        # ("would travel to Washington in July to meet X": where the trip goes)
        objs += [o for c in node.children if c.dep_ == "prep" and (c.lower_ in ("in", "at") or (travel and c.lower_ == "to"))
                 for o in c.children if o.dep_ == "pobj"]
    # (not the meeting's own people, where the parser hung them on the place: "At the Arg, the
    # presidential palace, Modi and Ghani held talks")
    people = {t.idx for t in _subject_tokens(root)} if root.dep_ == "ROOT" else set()
    found = ((obj, p) for obj in objs if (p := _place_in(obj, obj == where, places, gaz)) and p[0] not in people)
    first = next(found, None)  # (the rest are looked at only after "where"'s country)
    if first is not None:
        if first[0] == where and (country := gaz.place(first[1][2])) is not None and country.kind == "country":
            # "travel to Uzbekistan, where he is to hold talks with X in Samarkand": the city
            for _, p in found:
                if (e := gaz.place(p[2])) is not None and e.kind == "city" and e.country == country.name:
                    return p
        return first[1]
    if any(t.lower_ == "there" and t.dep_ == "advmod" and (t.head == root or t.head.head == root) for t in root.subtree):
        return _place_before(token, places, gaz)
    return -1, -1, ""


#: Nouns for a place that "of X" names: "the city of New Alamein", "the resort town of Sochi".
_PLACE_NOUNS = frozenset({"city", "town", "capital", "resort", "village", "port", "island", "province", "region"})


#: Verbs of a clause that say where a building stands: "a hotel located in Geneva".
_SITUATED = frozenset({"locate", "situate", "base", "build", "house", "set", "lie", "stand", "sit", "nestle"})


def _place_in(obj, antecedent: bool, places: SpanIndex, gaz) -> tuple[int, int, str] | None:
    """The place a phrase names, or None. Of "where"'s antecedent only its own words count
    ("from St Petersburg, where he held talks on the war in Ukraine" names St Petersburg), and a
    place the model took for a person is one ("leave for Lusaka, where she will meet X")."""
    # (not a name that begins with such a word: "Port of Spain")
    named = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj" and o.pos_ == "PROPN"), None) if obj.lemma_.lower() in _PLACE_NOUNS and obj.text.islower() else None
    if named is not None:
        obj = named  # "the Mediterranean city of New Alamein": the city it names
    a, b = obj.left_edge.idx, (obj.idx + len(obj) if antecedent else obj.right_edge.idx + len(obj.right_edge))
    # (not in a clause of the phrase: "in a first attempt to end the crisis in Honduras"; but "at a
    # hotel located in Geneva" says where the hotel stands)
    clauses = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in obj.subtree
               if c != obj and c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() not in _SITUATED]
    inside = [c for c in places.within(a, b) if (c.label in ("SITE", "GPE", "FAC") or gaz.place(c.text))
              and not any(x <= c.start < y for x, y in clauses) and not _of_a_person(obj.doc, c)]
    if inside:
        # "in Siem Reap, Cambodia": the first is the most specific; "at the Elysee Palace in
        # Paris": the city, which a map can place (the building stays in the evidence)
        cities = [c for c in inside if (e := gaz.place(c.text)) is not None and e.kind == "city"]
        best = cities[0] if cities else inside[0]
        return best.start, best.end, best.text
    text = doc_text(obj.doc)
    if antecedent and obj.ent_type_ == "PERSON" and gaz.place(text[obj.left_edge.idx:obj.idx + len(obj)]) is not None:
        return obj.left_edge.idx, obj.idx + len(obj), text[obj.left_edge.idx:obj.idx + len(obj)]  # the model took it for a name
    capital = _capital_phrase(text[a:b])
    return (-1, -1, capital) if capital else None


#: Nouns of a topic whose place is not the meeting's: "talks on the situation in Libya", "the war in Sudan".
_TOPIC_NOUNS = frozenset({"situation", "crisis", "war", "conflict", "development", "tension", "fighting", "violence",
                          "unrest", "standoff", "stand-off", "insurgency", "clash", "hostility", "humanitarian"})


def _of_a_person(sdoc, c) -> bool:
    """Whether a place is a person's or an office's country, not a setting: "Ambassador X of the
    United States", "the Foreign Ministers of Armenia and Azerbaijan"."""
    span = sdoc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    of = node.head
    return of.lower_ == "of" and (of.head.ent_type_ == "PERSON" or of.head.lemma_.lower() in ROLE_NOUNS)


#: Prepositions whose object is another event or a topic, not the meeting's setting.
_OTHER_EVENT_PREPS = frozenset({"after", "before", "since", "following", "amid", "despite", "about", "regarding",
                                "against", "over"})


def _under_clause(t, root) -> bool:
    """Whether `t` hangs from `root` through a clause of its own or another event's phrase: "in
    a meeting marked by praise for ...", "met X, after the invasion of the square in Brasília"
    tell of another place than the meeting's."""
    node = t.head
    while node != root and node.head != node:
        setting = node.lemma_.lower() in ("schedule", "plan", "set", "arrange", "hold")  # "a meeting that had been scheduled for ..."
        if (node.dep_ in ("acl", "relcl") and not setting) or (node.dep_ == "prep" and node.lower_ in _OTHER_EVENT_PREPS):
            return True
        node = node.head
    return False


def _verb_of_sidelines(event):
    """The word "on the sidelines of <event>" hangs on: "held" of "held meetings on the margins of
    the Summit" (summit -> of -> margins -> on -> held)."""
    return event.head.head.head.head


def _sidelines_of(event) -> bool:
    """"on the sidelines of the G20 summit in Buenos Aires": the summit's place is the meeting's."""
    return (event.dep_ == "pobj" and event.head.lower_ == "of"
            and event.head.head.lemma_.lower() in ("sideline", "sidelines", "margin", "margins"))


def _where_antecedent(root):
    """What "where" stands for in the clause a meeting is told in: "travel to Algiers, where he
    is expected to meet X" -> Algiers; "travel to Moscow next week, where he is due to meet X"
    or "leave for Lusaka tomorrow, where ..." (the clause hung on the verb) -> the verb's
    destination. None without "where"."""
    node = root
    while node.head != node:
        if node.dep_ in ("relcl", "advcl") and node.left_edge.lower_ == "where":  # (wherever it hangs)
            head = node.head
            if head.dep_ == "npadvmod" and head.ent_type_ in ("DATE", "TIME"):
                head = head.head  # "leave for Lusaka tomorrow, where": the clause hung on the time
            elif head.dep_ == "pobj" and head.ent_type_ in ("DATE", "TIME") and head.head.head.pos_ in ("VERB", "AUX"):
                head = head.head.head  # "travel to Libya on Saturday, where": on the day's phrase
            if head.pos_ in ("VERB", "AUX"):
                return next((o for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "at", "for")
                             for o in c.children if o.dep_ == "pobj"), None)
            return head
        if node.dep_ not in ("xcomp", "acomp") and not _purpose_clause(node):
            return None
        node = node.head
    return None


def _is_city(c) -> bool:
    """A candidate the gazetteer knows as a city, a region of a country or a city-state
    ("Singapore"); not a continent ("his first stop in Africa")."""
    gaz = get_gazetteer()
    entry = gaz.place(c.text)
    if entry is None:
        return False
    capital = gaz.capital_of(entry.name) if entry.kind == "country" else None
    return entry.kind == "city" or (entry.kind == "region" and bool(entry.country)) or (capital is not None and capital.name == entry.name)


#: Words of a building's or a site's name (in the languages news keeps them in): "Casa Rosada",
#: "Palacio Duhau hotel", "Áras an Uachtaráin", "the Istana", "Bürgenstock resort".
_BUILDING_WORDS = (
    r"(?:hotel|palace|house|centre|center|hall|building|resort|tower|villa|castle|residence|lodge|complex|"
    r"ministry|office|airport|base|parliament|kremlin|embassy|theatre|theater|museum|stadium|club|cathedral|"
    r"mosque|temple|church|estate|garden|gardens|manor|chancellery|secretariat|headquarters|"
    r"istana|casa|palacio|palais|palazzo|teatro|áras|schloss|qasr|kasr|maison|quirinale)")
BUILDING = re.compile(r"\b" + _BUILDING_WORDS + r"\b", re.IGNORECASE)
_BUILDING_AFTER = re.compile(r"\s+(?:[\w'’\-]+\s+)?" + _BUILDING_WORDS + r"\b", re.IGNORECASE)
_BUILDING_BEFORE = re.compile(r"\b" + _BUILDING_WORDS + r"\s+(?:[\w'’\-]+\s+)?$", re.IGNORECASE)


def _is_site(text: str, start: int, end: int, places: SpanIndex) -> bool:
    """Whether the place a meeting names is a building or a site the gazetteer cannot place
    (not a town it does not know): tagged a facility or an organisation, or named with a
    building's word ("the Costa Salguero convention centre", "Áras an Uachtaráin")."""
    if get_gazetteer().place(text[start:end]) is not None:
        return False
    if any(c.label in ("FAC", "SITE", "ORG") for c in places.within(start, end)):
        return True
    return bool(BUILDING.search(text, start, end) or _BUILDING_AFTER.match(text, end, end + 40)
                or _BUILDING_BEFORE.search(text[max(0, start - 24):start]))


#: Words before a city someone leaves for: "Before leaving for Auckland, X called on Y at
#: Government House" (the call was not in Auckland).
_LEAVING_FOR = re.compile(r"\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|return(?:s|ed|ing)?)\s+(?:for|to)\s+$", re.IGNORECASE)


def _near_city(sent, offset: int, places: SpanIndex) -> str:
    """The city a meeting's sentence names nearest its trigger (at `offset`), not one someone
    leaves for."""
    gaz, text = get_gazetteer(), doc_text(sent.doc)
    here = [c for c in places.within(sent.start_char, sent.end_char) if _is_city(c) and not _for_its_government(sent, c)
            and not _LEAVING_FOR.search(text, max(0, c.start - 24), c.start)]
    return gaz.place(min(here, key=lambda c: abs(c.start - offset)).text).name if here else ""


def _for_its_government(sent, c) -> bool:
    """Whether a city is named for its government, not as a place: "Washington's commitment"
    (but "Moscow's Vnukovo airport", "Beijing's Great Hall of the People" are places in it)."""
    span = sent.doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.end >= len(sent.doc) or sent.doc[span.end].tag_ != "POS":
        return False
    owned = sent.doc[span.end].head if sent.doc[span.end].head != span[-1] else span[-1].head
    return owned.pos_ != "PROPN" and not BUILDING.fullmatch(owned.text)


def _story_city(doc, places: SpanIndex) -> str:
    """The article's own city: the one it names most, twice or more, ahead of any other."""
    story = doc.user_data.get("wb_story_city")
    if story is None:
        gaz = get_gazetteer()
        named = Counter(gaz.place(c.text).name for c in places if _is_city(c)).most_common(2)
        leads = named and named[0][1] >= 2 and (len(named) == 1 or named[0][1] > named[1][1])
        story = doc.user_data["wb_story_city"] = named[0][0] if leads else ""
    return story


def _place_before(token, places: SpanIndex, gaz) -> tuple[int, int, str]:
    """What "there" points to: the last place the gazetteer can locate named before the trigger,
    in its sentence or the one before."""
    sent = sentence_of(token)
    start = sentence_of(token.doc[sent.start - 1]).start_char if sent.start > 0 else sent.start_char
    known = [c for c in places.before(token.idx, limit=20) if c.start >= start and gaz.place(c.text) is not None]
    return (known[-1].start, known[-1].end, known[-1].text) if known else (-1, -1, "")


def _capital_phrase(text: str) -> str:
    """"the North Korean capital" -> "North Korean capital" (its city is found by `merge`)."""
    m = re.search(r"\b((?:[A-Z][\w.]*\s){1,3})capital\b", text)
    return m.group(0) if m and get_gazetteer().affiliation(m.group(1).strip()) else ""


def _date_text(token, pred, sent, other_triggers) -> tuple[str, bool]:
    """The date expression of this meeting: in its clause, nearest to the trigger, and not inside
    another meeting's phrase. Returns (text, invert)."""
    text = doc_text(sent.doc)
    head = pred
    prep = _adjunct_prep(token)
    if pred == token and prep is not None and prep.lower_ in ADJUNCT_PREPS:
        head = prep.head  # "engage ... during their phone talks Friday": the clause's date
        if head.pos_ in ("NOUN", "PROPN") and (verb := _verb_of(head)) is not None:
            head = verb  # ("informed X of the decision in a telephone call earlier on Monday", hung on "decision")
    a, b = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    if token != pred:
        a, b = min(a, token.left_edge.idx), max(b, token.right_edge.idx + len(token.right_edge))
    blocked = []
    for other in other_triggers:
        if other == token or other == pred:
            continue
        if other.is_ancestor(token) or other == token.head or not _across_clause(other, head):
            continue
        oa, ob = other.left_edge.idx, other.right_edge.idx + len(other.right_edge)
        if a <= oa and ob <= b and not (oa <= token.idx < ob):
            blocked.append((oa, ob))
    blocked += _foreign_clauses(head, token)
    spans = _date_spans(text, a, b, _DATE_PATTERNS)
    found = []
    for start, end in spans:
        if any(x <= start < y for x, y in blocked) or any(start < f[1] and f[0] < end for f in found):
            continue
        found.append((start, end))
    if not found and head.dep_ == "relcl" and (any(c.lower_ == "where" for c in head.children) or head.left_edge.lower_ == "where"):
        # "a trip to Indonesia earlier this month, where he held talks with X": the date of the
        # clause the place belongs to
        verb = _verb_of(head.head)
        if verb is not None and verb.dep_ == "relcl" and any(c.lower_ == "to" for c in verb.children) and any(
                c.dep_ == "aux" and c.lower_ in _WILL for c in head.children):
            return "", False  # ("arrived on Monday, the first leader to visit Accra, where he will meet X": not Monday)
        if verb is not None:
            return _date_text(verb, verb, sent, [t for t in other_triggers if t != verb])
    if not found and head.dep_ == "acl" and (subjects := _past_dateline(head.head)) != [head.head]:
        # "Addis Ababa, December 13 (WIC) - A and B yesterday signed ...": a day told between the
        # names past the dateline and the verb (not the dateline's own)
        found = [(x, y) for x, y in _date_spans(text, subjects[0].left_edge.idx, head.idx, _DATE_PATTERNS)]
        if found:
            return _pick_date(found, token, text)
    if not found and head.dep_ in ("advcl", "relcl") and any(c.lower_ == "when" for c in head.children):
        # "The chiefs last held talks in November 2022, when Austin met Wei": the main clause's date;
        # "in Moscow on Thursday, when he held talks": the day the clause hangs from
        if head.dep_ == "relcl" and head.head.ent_type_ == "DATE":
            date = head.head
            return text[date.left_edge.idx: date.right_edge.idx + len(date.right_edge)].split(",")[0], False
        return _date_text(head.head, head.head, sent, [t for t in other_triggers if t != head.head])
    if not found and head.head.pos_ == "VERB" and (
            # "arrived in X yesterday afternoon and immediately went into talks with Y": the day of
            # the verb it shares its subject with (not "and will meet")
            (head.dep_ == "conj" and not any(c.dep_ in _SUBJECT_DEPS or (c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | {"to"})
                                             for c in head.children))
            # "to stop in Warsaw on Wednesday to meet X": the day of the trip it is the purpose of
            or (_purpose_clause(head) and not _plans(head.head))
            # "This morning, the President is scheduled to meet X": the day of the plan's verb
            or (head.dep_ == "xcomp" and head.head.lemma_.lower() in ("schedule", "due", "expect", "set", "slate"))):
        return _date_text(head.head, head.head, sent, [t for t in other_triggers if t != head.head])
    if not found and head.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
            and (verb := _verb_of(head.head)) is not None:
        # "Earlier on Monday, he had become the first US president to visit Myanmar, where he
        # held talks with X": the day of the clause the infinitive describes someone in
        return _date_text(verb, verb, sent, [t for t in other_triggers if t != verb])
    if not found:
        # a caption or photo line: "This file photo, taken on March 17, 2021, shows ..."
        explicit = find_explicit_dates(span_text(sent))
        if len(explicit) == 1 and (_is_caption(sent) or re.search(r"\bphoto\b", span_text(sent), re.IGNORECASE)):
            return explicit[0].text, False
        return "", False
    return _pick_date(found, token, text)


#: Verbs of a gathering's end: the day they tell is its last, and a gathering is dated by its first.
_ENDING_VERBS = frozenset({"conclude", "end", "close", "wrap", "finish"})
#: "this afternoon": the article's day, the last of a gathering that ends then (not "ended
#: yesterday", which may be all a one-day summit's report says).
_THIS_PART_OF_DAY = re.compile(THIS_PART_OF_DAY, re.IGNORECASE)


#: Words opening a clause whose time is not the meeting's: "since taking office last month",
#: "before Biden leaves office in January".
_OTHER_TIME_MARKS = frozenset({"since", "before", "until", "till", "while"})


def _foreign_clauses(head, token) -> list[tuple[int, int]]:
    """Character spans, inside the meeting's phrase, of clauses that tell of something else and
    whose dates are not the meeting's: a relative clause of a participant ("Trump, who won
    Tuesday's election") and a clause of another time ("since taking office last month")."""
    spans = []
    for t in head.subtree:
        if t.is_ancestor(token) or t == token:
            continue
        other_time = (t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME_MARKS for c in t.children)) or (
            t.dep_ == "pcomp" and t.pos_ in ("VERB", "AUX") and t.head.lower_ in _OTHER_TIME_MARKS)
        if (t.dep_ == "relcl" and t.head != token and t.head != head) or other_time:
            spans.append((t.left_edge.idx, t.right_edge.idx + len(t.right_edge)))
    return spans


#: A name a date opens, which is no day of the meeting's: "the June 5 Movement", "the March 14
#: Alliance", "the May 17 Agreement".
_NAMED_BY_A_DATE = re.compile(r"(?:\s+\d{1,2})?\s+(?:Youth\s+)?(?:Movement|Alliance|Coalition|Revolution|Front|Group|Party|Agreement|"
                              r"Accords?|Declaration|Uprising|Square)\b")


def _date_spans(text: str, a: int, b: int, patterns) -> list[tuple[int, int]]:
    """Character spans of the date expressions in text[a:b]: explicit dates, then the patterns'
    (not the date of a name: "the June 5 Movement")."""
    spans = [(a + d.start, a + d.end) for d in find_explicit_dates(text[a:b])]
    spans += [(m.start(), m.end()) for pattern in patterns for m in pattern.finditer(text, a, b)]
    return [(x, y) for x, y in spans if not _NAMED_BY_A_DATE.match(text, y)]


def _sentence_date(token, pred, sent, other_triggers) -> str:
    """The sentence's one date when the parser hung it on another verb ("held a call with X, on
    Tuesday, ..., the Pentagon said"), unless it lies in another meeting's phrase; for held
    meetings only (a plan's sentence is usually dated by its announcement)."""
    text = doc_text(sent.doc)
    a, b = sent.start_char, sent.end_char
    others = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in other_triggers
              if t != token and t != pred and not t.is_ancestor(token)]
    # days and months only: "a day earlier" in another clause is counted from another event
    spans = {(x, y) for x, y in _date_spans(text, a, b, _DATE_PATTERNS[4:]) if not any(oa <= x < ob for oa, ob in others)}
    merged = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    if len(merged) != 1:
        return ""
    # only where the date hangs from the reporting verb the meeting is told under ("..., on
    # Tuesday, the Pentagon said"), not from another event ("The announcement Sunday came ...")
    words = sent.doc.char_span(merged[0][0], merged[0][1], alignment_mode="expand")
    root = sent.root
    if words is None or root.lemma_.lower() not in REPORTING_VERBS or not root.is_ancestor(pred):
        return ""
    if not all(t.head == root or root == t or (t.head.head == root and t.head.dep_ == "prep") or t.head in words
               for t in words):
        return ""
    return text[merged[0][0]:merged[0][1]]


_SINCE = re.compile(r"\b[Ss]ince\s+$")


def _pick_date(found, token, text) -> tuple[str, bool]:
    """The date expression nearest the trigger, and whether it dates the meeting backwards ("a
    day after [the meeting]")."""
    # ("On Tuesday, the day before the retreat, A spoke with B": the day named, not one counted
    # from another event whose day the phrase does not give; but "a day after her phone call
    # with C" is counted from this meeting)
    def from_another_event(x: int, y: int) -> bool:
        words = token.doc.char_span(x, y, alignment_mode="expand")
        last = words[-1] if words is not None and len(words) else None
        return (last is not None and last.lower_ in ("after", "before")
                and any(c.dep_ == "pobj" and not (c == token or c.is_ancestor(token)) for c in last.children))

    # ("have spoken several times since February 2022, most recently on 24 April": a date the
    # meetings are counted from is none of theirs; but "his first since June 2019, when he met
    # X" is the day the meeting's clause hangs from)
    def counted_from(x: int, y: int) -> bool:
        words = token.doc.char_span(x, y, alignment_mode="expand")
        return bool(_SINCE.search(text, max(0, x - 8), x)) and not (words is not None and any(w.is_ancestor(token) for w in words)) \
            and not any(c.dep_ in ("relcl", "advcl") and any(w.lower_ == "when" for w in c.children) for c in token.children)

    found = [(x, y) for x, y in found if not counted_from(x, y)]
    if not found:
        return "", False
    own = [(x, y) for x, y in found if not from_another_event(x, y)]
    start, end = min(own or found, key=lambda f: abs(f[0] - token.idx))
    expression = text[start:end]
    invert = bool(re.search(r"\b(?:after|before)$", expression.strip(), re.IGNORECASE)) and token.idx > end
    return expression, invert


def _is_caption(sent) -> bool:
    """A photo caption: a line of its own that does not end like a sentence."""
    line_end = doc_text(sent.doc).find("\n", sent.start_char)
    line = doc_text(sent.doc)[sent.start_char: line_end if line_end != -1 else len(doc_text(sent.doc))].strip()
    return bool(line) and not line.endswith((".", "!", "?", '"', "”", "’", "'"))


#: Verbs whose object is a meeting someone was not at: "skipped the summit", "boycotted the talks".
ABSENCE_VERBS = frozenset({"skip", "miss", "boycott", "shun", "snub", "decline", "refuse", "avoid"})


def _negated(token, pred) -> bool:
    """"did not meet", "have not held talks", "never visited", "no meeting", "skipped the summit"."""
    if token.dep_ in ("dobj", "xcomp") and token.head.lemma_.lower() in ABSENCE_VERBS:
        return True
    if pred.dep_ == "xcomp" and _plans(pred.head) and any(c.dep_ == "neg" for c in pred.head.children):
        return True  # "is not scheduled to meet", "did not want to meet"
    return (any(c.dep_ == "neg" for c in pred.children)
            or any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children))


#: Meeting nouns whose plural counts meetings: "meetings with A and B" were one with each.
_COUNTED_MEETINGS = frozenset({"meeting", "audience", "conversation", "call", "encounter"})


def _mention(doc_id, index, sent, token, pred, kind, names, places, other_triggers) -> MeetingMention | None:
    if pred == token and any(c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those") for c in token.children):
        return None  # "At that meeting, ...": a meeting told of before
    if _negated(token, pred) and not _did_not_happen(token):
        return None  # "have not held a meeting", "no talks": a meeting that did not happen is none
        # (but "the meeting between A and B did not take place" tells of a meeting cancelled)
    if (pred == token and token.dep_ in ("appos", "dep", "npadvmod") and any(c.dep_ == "poss" for c in token.children)
            and any(t.i < token.i and t.pos_ == "VERB" for t in other_triggers)):
        return None  # "He is due to meet X today, their first meeting since May": that meeting, told again
    participants = _present(_participants(token, pred, kind, names), doc_text(sent.doc))
    if (dateline := DATELINE.match(span_text(sent))) and any(dateline.group(g) for g in (
            "outlet", "outlet_slash", "outlet_after", "month", "month_after")) \
            and get_gazetteer().place(dateline.group("place").strip().title()) is not None:
        # ("Nouakchott, 4 June (AMI) – The agreement was signed ...": no one of the dateline; a
        # dateline is a place's, with a day or an outlet, not "He then met the leaders of the
        # opposition - ..." nor "Sen. Lindsey Graham (R-S.C.) Monday met ...")
        participants = [r for r in participants if r.start >= sent.start_char + dateline.end()]
    separate = any(c.lower_ in ("separate", "separately", "respectively", "individual", "bilateral") for c in list(token.children) + list(pred.children))
    # ("Rouhani received Erdogan and Putin in separate bilateral meetings": said of the meetings the verb is in)
    separate = separate or any(p.dep_ == "prep" and o.lemma_.lower() in NOUN_KINDS and any(
        c.lower_ in ("separate", "individual") for c in o.children) for p in pred.children for o in p.children)
    # "flew in for meetings with A and B": meetings in the plural are one with each ("talks" are
    # plural whatever their number)
    separate = separate or (token.tag_ == "NNS" and token.lemma_.lower() in _COUNTED_MEETINGS
                            and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children))
    # ("called on A, and on B": two calls of courtesy)
    separate = separate or (token.lemma_.lower() == "call" and token.pos_ == "VERB"
                            and any(c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == "on" for c in token.children))
    if token.lemma_.lower() == "call" and token.pos_ == "NOUN" and _courtesy(token):
        kind = "meeting"
    elif kind == "phone_call" or _phone_context(token) or _by_phone(token):
        kind = "phone_call"
    if _airport_welcome(token, pred):
        # "was received at the airport by X": a greeting of protocol, not a meeting; kept only to
        # tell who "the two" are next ("..., and the two then held a closed-door meeting")
        return MeetingMention(
            doc_id=doc_id, sentence=index, sentence_start=sent.start_char, sentence_end=sent.end_char,
            trigger=token.text, trigger_start=token.idx, kind=GREETING, status="held", participants=participants,
        ) if participants else None
    place_start, place_end, place_text = _place(token, pred, kind, places, other_triggers)
    # "The Summit on Peace, which opened at Bürgenstock on June 15, ...": nobody named, but the
    # date and place of the gathering the next sentences tell who attended
    donor = not participants and _gathering(token) and not any(c.lower_ in _OTHER_MEETING for c in token.children)
    if not participants and not donor:
        return None
    if _signs(token) and (len(participants) < 2 or _one_sides_document(token)):
        return None  # one signatory met nobody; nor do the signatories of one side's letter
    if kind == "visit" and len([r for r in participants if r.kind != "role"]) == 0:
        return None
    if kind == "visit" and not place_text and len(participants) < 2:
        return None
    if kind == "visit" and len(participants) >= 2 and any(r.side == "object" for r in participants):
        kind = "meeting" if token.pos_ in ("VERB", "AUX") else "visit"
    date_text, invert = _date_text(token, pred, sent, other_triggers)
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in _ENDING_VERBS and kind == "summit" and _THIS_PART_OF_DAY.fullmatch(date_text):
        # "The summit concluded in Reykjavik this afternoon": its last day, not its date (the
        # first); not for a day the text names ("ended on June 16", which sets apart a summit
        # whose opening the article does not date)
        date_text = ""
    status = _status(token, pred, span_text(sent))
    from_sentence = False
    if not date_text and status == "held" and not _is_caption(sent):
        date_text = _sentence_date(token, pred, sent, other_triggers)
        from_sentence = bool(date_text)
    scheduled = False
    if not date_text and status == "held" and pred.tag_ not in ("VBD", "VBN") and (heading := _programme_day(sent)):
        # "WEDNESDAY 4 SEPTEMBER / 10.30 – Bilateral talks in the Prime Minister's office": the
        # day of the programme's heading, a plan if that day is still to come (see `merge`); not a
        # meeting an entry tells in the past ("10.30 – X said he had met Y last spring")
        date_text, scheduled = heading, True
    return MeetingMention(
        doc_id=doc_id, sentence=index, sentence_start=sent.start_char, sentence_end=sent.end_char,
        trigger=token.text, trigger_start=token.idx, kind=kind,
        status=status, participants=participants,
        place_start=place_start, place_end=place_end, place_text=place_text,
        date_text=date_text, date_invert=invert, is_caption=_is_caption(sent), one_to_one=separate,
        reported_as_news=not date_text and not _is_caption(sent) and _news_tense(pred),  # a photo's present is not the day's
        date_from_sentence=from_sentence, multilateral=donor, event_name=_event_name(token),
        sidelines=_sidelines_of(token), scheduled=scheduled,
    )


#: A programme's line: a time, a dash and what happens then ("10.30 – Bilateral talks ...").
_TIMETABLE_LINE = re.compile(r"[0-2]?\d[.:][0-5]\d(?:\s*(?:am|pm|hrs|h))?\s*[–—-]\s", re.IGNORECASE)
#: A line that is a day and nothing else: "WEDNESDAY 4 SEPTEMBER", "Thursday, September 5".
#: (the months' full names: each month's longest name in dates.MONTHS)
_FULL_MONTHS = "(?:" + "|".join(max((k for k in MONTHS if MONTHS[k] == n), key=len) for n in range(1, 13)) + ")"
_DAY_HEADING = re.compile(r"(?:(?:" + "|".join(WEEKDAYS) + r"),?\s+)?"
                          r"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _FULL_MONTHS + "|" + _FULL_MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?)"
                          r"(?:,?\s+\d{4})?", re.IGNORECASE)


def _programme_day(sent) -> str:
    """The day heading the part of a programme a sentence is in: the sentence's line opens with a
    time ("10.30 – ..."), and the nearest line above that is no such entry is a day alone; else ""."""
    text = doc_text(sent.doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    if not _TIMETABLE_LINE.match(text, line_start):
        return ""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line or _TIMETABLE_LINE.match(line):
            continue
        if not _DAY_HEADING.fullmatch(line):
            return ""
        return line.title() if line.isupper() else line  # ("WEDNESDAY 4 SEPTEMBER", read as a date in its words)
    return ""


def _event_name(token) -> str:
    """The words that name a gathering, from the modifiers before its noun: "the Arab Islamic
    American Summit", "a GCC-US summit", "the G-20 summit" (not places, "the Riyadh summit", "the
    US-North Korea summit", nor people, "the Trump-Kim summit", nor an ordinal or a year),
    lower-cased and sorted."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return ""
    mods = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i]
    if not mods:
        return ""
    first = min(t.i for c in mods for t in c.subtree)
    people = {t.text for t in token.doc[first:token.i] if t.ent_type_ == "PERSON"}
    words = [w for w in _name_words(doc_text(token.doc)[token.doc[first].idx:token.idx])
             if w and (w[0].isupper() or any(ch.isdigit() for ch in w))
             and not re.fullmatch(r"\d+(?:st|nd|rd|th)?", w) and w not in people]
    gaz = get_gazetteer()
    kept, i = [], 0
    while i < len(words):  # (a place of two words: "North Korea")
        if i + 1 < len(words) and gaz.place(f"{words[i]} {words[i + 1]}") is not None:
            i += 2
            continue
        if gaz.place(words[i]) is None:
            kept.append(words[i].lower())
        i += 1
    return " ".join(sorted(set(kept)))


def _name_words(text: str) -> list[str]:
    """The words of a name, its hyphenated parts apart when they are words ("GCC-US": GCC, US)
    and together when not ("G-20": G20)."""
    words = []
    for piece in re.split(r"[\s/]+", text):
        piece = piece.strip("'’,.()")
        parts = re.split(r"[-–]", piece)
        words += parts if all(len(x) >= 2 and x.isalpha() for x in parts) else ["".join(parts)]
    return words


def _airport_welcome(token, pred) -> bool:
    """"was welcomed at Noi Bai International Airport by X", "landed at the airport, where he was
    received by X": a welcome at an airport, which news counts as protocol, not as a meeting."""
    lemma = token.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in token.children)
    if token.pos_ != "VERB" or not (lemma in ("welcome", "receive", "greet") or (lemma == "meet" and passive)):
        return False  # ("was met by X" at the airport; but "A met B at the airport" is a meeting)
    at = [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("at", "inside") for o in c.children if o.dep_ == "pobj"]
    if lemma == "receive" and at and not any(_is_airport(t) or t.lemma_.lower() in _AIRPORT_ROOMS for o in at for t in o.subtree) \
            and _where_antecedent(pred) is None and not any(t.lower_ == "arrival" for t in token.subtree):
        return False  # ("was received by the King at the Royal Palace, a few hours after landing at the airport";
        # not "received at the VIP lounge", nor "where he was received at the pavilion")
    words = [t for t in pred.subtree if _is_airport(t)]
    if any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(o.dep_ == "pobj" and o.lower_ == "arrival"
                                                                              for o in c.children) for c in token.children) \
            and not any(c.dep_ == "prep" and c.lower_ in ("at", "inside")
                        for t in [token, *(a for a in token.subtree if a.lower_ == "arrival")] for c in t.children):
        return True  # "He was welcomed on arrival in Shusha by X" (not "was received on arrival at the Government Palace")
    if not words and pred.dep_ == "conj" and not any(c.dep_ == "prep" and c.lower_ in ("at", "in", "inside", "on")
                                                       for c in pred.children):
        # "arrived at the airport ... and was met by X" (not "... and was received by X at the Kantei on Monday")
        words = [t for c in pred.head.children if c.dep_ == "prep" for t in c.subtree if _is_airport(t)]
    if not words and (where := _where_antecedent(pred)) is not None:
        # ("landed at the Air Force Base in Jakarta, where he was received by X": its city too)
        near = (where, where.head, where.head.head)
        words = [t for t in near if _is_airport(t)] or [  # (or the arrival the "where" hangs on)
            t for v in near if v.pos_ == "VERB" for c in v.children if c.dep_ == "prep" for t in c.subtree if _is_airport(t)]
    return bool(words)


#: The rooms and places of an airport where a visitor is received on landing.
_AIRPORT_ROOMS = frozenset({"lounge", "pavilion", "terminal", "tarmac", "hangar", "apron", "ramp", "gate", "steps", "foot"})


def _is_airport(tok) -> bool:
    """"airport", "airbase", "tarmac", "Air Force Base", "air base"."""
    return tok.lower_ in ("airport", "airbase", "tarmac") or (
        tok.lower_ == "base" and any(t.lower_ == "air" for t in tok.subtree))


_NOT_NEWS = frozenset({"before", "previously", "already", "ever", "never", "twice", "often", "repeatedly",
                       "not", "n't", "since", "once"})


def _news_tense(pred) -> bool:
    """The present perfect or the headline present of a lede ("ministers have met Wang Yi in
    Beijing", "delegation meets Wang Yi"): news of the day the article is dated, unless the
    sentence says it happened before ("have met twice before", "has not met")."""
    if pred.pos_ not in ("VERB", "AUX"):
        return False
    perfect = pred.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in pred.children)
    present = pred.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in pred.children)
    return (perfect or present) and not any(t.lower_ in _NOT_NEWS for t in sentence_of(pred))


#: Conjunctions of a clause that tells another time than its sentence's ("after A met B").
_TIME_MARKS = frozenset({"after", "before", "since", "until", "when", "while"})


def _time_clause(tok) -> int:
    """The head of the innermost clause around `tok` that tells another time ("two months after
    A's meeting with B broke down"), or -1."""
    for t in [tok, *tok.ancestors]:
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in t.children):
            return t.i
    return -1


def _dedupe(mentions: list[MeetingMention], sdoc) -> list[MeetingMention]:
    """One mention per event and sentence: "met Kim ... for talks followed by lunch" (not an
    event told as before or after it: "The summit comes two months after A's meeting with B")."""
    kept: list[MeetingMention] = []
    for m in mentions:
        key = {(r.kind, r.start) for r in m.participants}
        clause = _time_clause(_token_at(sdoc, m.trigger_start))
        follows = _followed_by(_token_at(sdoc, m.trigger_start))
        twin = next((k for k in kept if k.sentence == m.sentence and k.status == m.status
                     and _time_clause(_token_at(sdoc, k.trigger_start)) == clause
                     # (nor a part that follows it: "will meet A and B separately, followed by a trilateral meeting")
                     and _followed_by(_token_at(sdoc, k.trigger_start)) == follows
                     and ({(r.kind, r.start) for r in k.participants} >= key or key >= {(r.kind, r.start) for r in k.participants})
                     and (k.kind == "phone_call") == (m.kind == "phone_call")
                     and (k.kind == "visit") == (m.kind == "visit")
                     and k.sidelines == m.sidelines  # (the summit they were at, and their own meeting)
                     and (not k.place_text or not m.place_text or k.place_text == m.place_text)), None)
        if twin is None:
            kept.append(m)
            continue
        if len(key) > len({(r.kind, r.start) for r in twin.participants}):
            twin.participants = m.participants
        twin.date_text = twin.date_text or m.date_text
        if twin.place_start < 0 and not twin.place_text:
            twin.place_start, twin.place_end, twin.place_text = m.place_start, m.place_end, m.place_text
        twin.kind = _more_specific(twin.kind, m.kind)
        if m.multilateral and any(x.joins == m.sentence for x in mentions):
            twin.multilateral = True  # (delegates told after join the event, whichever mention is kept)
        if twin.joins < 0:
            twin.joins = m.joins
    for m in kept:  # "On the sidelines of the summit, A held separate meetings with B and C": all three were at it
        if m.sidelines and not m.participants:
            m.participants = _unique([r for k in kept if k.sentence == m.sentence and not k.sidelines
                                      and k.status == m.status for r in k.participants])
    return kept


_KIND_RANK = {"summit": 4, "phone_call": 4, "talks": 2, "meeting": 1, "visit": 0}


def _more_specific(a: str, b: str) -> str:
    return a if _KIND_RANK.get(a, 0) >= _KIND_RANK.get(b, 0) else b
