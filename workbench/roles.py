"""Roles and affiliations from the words around a name, in news style.

Three constructions, matched on the text of one sentence:
- a title before the name: "US Secretary of State Mike Pompeo", "DPRK leader Kim", "White House
  Press Secretary Sarah Sanders", "Moon's press secretary Yoon Young-chan" (the possessor's
  country becomes the affiliation once people are resolved);
- an apposition after it: "Kim Eui-keum, spokesman for South Korean President Moon Jae-in",
  "Kim Jong Un, top leader of the Democratic People's Republic of Korea";
- a counterpart: "his U.S. counterpart, Antony Blinken".
Titles come from resources/titles.txt; countries, demonyms and seats of government from the
gazetteer. All of it is general knowledge, nothing about particular people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from workbench.gazetteer import Gazetteer, get_gazetteer, lookup_key
from workbench.names import name_key, without_accents

TITLES_FILE = Path(__file__).parent / "resources" / "titles.txt"
_LOOKBEHIND = 200  # characters before a name in which its title is looked for
#: Adjectives that may precede a title without being part of it ("top leader").
TITLE_ADJECTIVES = (r"(?:top|chief|then|former|acting|new|incoming|outgoing|first|second|third|late|current|"
                    r"interim|government|presidential|papal|royal|official)")
#: Those of them that belong to the office as written ("acting Prime Minister", "Chief Adviser",
#: "Government Spokesman"); the others say when or how the person holds it. An ordinal belongs to
#: a deputy's office ("First Deputy Prime Minister"), not to a president's ("the first President").
_KEPT_ADJECTIVES = frozenset({"acting", "chief", "government", "presidential"})
_ORDINALS = frozenset({"first", "second", "third"})
#: Portfolios that make a minister's, secretary's or commissioner's title ("Information Minister",
#: "enlargement commissioner"): kept in the role.
PORTFOLIOS = ("central bank", "information", "commerce", "economy", "economic", "economic affairs", "national security",
              "armed forces", "national defense", "national defence", "treasury and finance", "energy", "health", "education", "justice",
              "labour", "labor", "agriculture", "environment", "culture", "tourism", "transport", "industry",
              "enlargement", "communications", "intelligence", "home affairs", "internal affairs", "science",
              "technology", "development", "climate", "immigration", "digital", "sports", "youth", "water", "mines",
              "oil", "petroleum", "investment", "planning", "budget", "housing", "security", "european affairs",
              "public security", "state security", "commerce and industry", "trade and industry",
              "foreign affairs", "foreign ministry", "international relations and cooperation",
              "foreign affairs and cooperation", "international relations", "defence and security", "railways",
              "presidency", "human rights", "refugees")
#: Words of ministries' portfolios (general knowledge): a name does not begin with one after
#: "Minister of ... and", and two words after "Minister of" that are not are a person's name.
PORTFOLIO_NOUNS = frozenset("""
    affairs agriculture aviation civil communication communications cooperation culture defence defense development economy
    education employment energy enterprise environment family finance fisheries foreign forestry gender health
    heritage higher home housing industry information infrastructure innovation interior investment irrigation
    justice labour labor land lands legal livestock local mineral minerals mines mining national natural petroleum
    planning power public reconstruction regional relations resources rural science security services social sport
    sports technology tourism trade training transport urban water welfare works youth climate change digital
    transformation commerce economic european integration international multilateral veterans women children
    arts media broadcasting telecommunications research universities capital markets budget treasury customs
    immigration citizenship religious endowments solidarity equality promotion railways railway shipping ports
    posts coal steel textiles food
""".split())
#: Military ranks: a person's rank, which an office before it tells better ("the Chief of Defence
#: Staff, Gen. X": the chief of defence staff, a general).
MILITARY_RANKS = frozenset({
    "General", "Lieutenant General", "Major General", "Brigadier General", "Brigadier", "Senior General", "Colonel",
    "Lieutenant Colonel", "Captain", "Admiral", "Vice Admiral", "Rear Admiral", "Commodore",
    "Air Marshal", "Air Chief Marshal", "Air Vice Marshal", "Field Marshal", "Marshal", "Corporal", "Lance Corporal",
    "Sergeant", "Sergeant Major", "Staff Sergeant", "Master Sergeant", "Petty Officer", "Chief Petty Officer",
    "Warrant Officer"})
#: A body's abbreviation in brackets after its name: "International Monetary Fund (IMF)".
BODY_ABBREVIATION = r"\([A-Z][A-Za-z]{1,9}\)"
#: Forms of address that are not roles: "Mr Lee", "Dr Balakrishnan", "Datuk Seri Anwar", "Sheikh
#: Tamim". A name after one is a person's; the form itself is cut from the name.
HONORIFICS = (r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|(?<!First )Lady|"
              # the style of ministers and MPs in the Commonwealth: "the Hon Richard Marles MP"
              # (not a Cantonese surname before a hyphenated given name: "Secretary for Justice Hon Kwok-wai")
              r"Rt\.?\s+Hon|Right\s+Hon(?:ourable)?|Hon(?!\s+[A-Z][a-z]+-[a-z]+\b)|Honourable|Honorable|"
              r"Eng(?=\.|$)|Engr|"  # (an engineer's, in the Arab world and Nigeria: "Eng. Waleed Al-Khuraiji")
              r"Begum|"  # (South Asia's, for a married woman: "Begum Sehba Musharraf")
              r"Shri|Shrimati|Smt|"  # (India's: "Shri K. Natwar Singh", "Smt. Sushma Swaraj")
              r"Thiru|Thirumathi|Tmt|"  # (Tamil Nadu's: "Thiru M.K. Stalin", "Tmt. Durga Stalin"; not "Selvi", a Turkish name too)
              r"Herr|Frau|Monsieur|Madame|Mme|"  # (the German and French forms: "Herr Schmidt", "Madame Peng")
              r"Datuk(?:\s+Seri)?|Dato'?(?:\s+Sri|\s+Seri)?|"
              r"Tan\s+Sri|Seri|Tun|Dasho|Sheikh|Sheikha|Shaikh|Haji|Hajjah|Monsignor|Mons|Mgr|Msgr|Sayyid|Cde|Comrade|"
              # (a clergyman's, capitalised: not "his father King Hussein"; not "Bishop" or "Imam",
              # surnames too, and "the Imam Ali shrine")
              r"Father|Fr|Reverend|Rev|Rabbi|"
              r"Barrister|"  # (West Africa's form of address for a lawyer: "Barrister Emmanuel Ayuk")
              # the Gulf's styles: "HH the Amir", "HE Dr Karl Brenner", "His Highness Sheikh X"
              # (and a royal couple's or a royal's: "Their Majesties", "HRH Prince X", "HM Queen Y")
              r"HRH|HM(?=\s+(?:King|Queen|Sultan|Emperor|Empress)\b|$)|"
              r"HE|HH|H\.E|H\.H|(?:(?:His|Her|Their)\s+(?:Royal\s+)?)?(?:Highness(?:es)?|Excellency|Excellencies|"
              r"Majesty|Majesties|Holiness|Eminence|"
              # (the clergy's: "His Beatitude X, Patriarch of Jerusalem", "His All-Holiness X"; "Grace"
              # only after "His" or "Her", a given name too)
              r"Beatitude|All-Holiness)|(?:His|Her)\s+Grace)\.?")


@dataclass(frozen=True, slots=True)
class RoleEvidence:
    role: str = ""  # canonical title, e.g. "Secretary of State"
    affiliation: str = ""  # canonical country name
    possessor: str = ""  # "Moon" in "Moon's press secretary": the affiliation is theirs
    text: str = ""  # the words it came from
    written: str = ""  # the office as the text words it, when more than the title: "Trade Secretary"
    phrase: bool = False  # the title has a phrase of its own before the name: "head of the X Office, "
    rank: str = ""  # a military rank between the office and the name: "Chief of Army Staff General X"
    past: bool = False  # the office held at the time the text looks back on: "X, then Japan's foreign minister"


def straight_quotes(text: str) -> str:
    """Same length, apostrophes made plain, so that patterns and offsets agree."""
    return text.replace("’", "'").replace("‘", "'")


@lru_cache(maxsize=1)
def _title_lines() -> list[tuple[str, str, str]]:
    """(title, canonical title, ISO code of the one country that has the office, or "")."""
    found = []
    for line in TITLES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            line, _, code = (part.strip() for part in line.partition("@"))
            title, _, canonical = (part.strip() for part in line.partition("="))
            found.append((title, canonical or title, code))
    return found


@lru_cache(maxsize=1)
def titles() -> dict[str, str]:
    """Lower-case title -> canonical title; also without its accents ("Tanaiste" is the Tánaiste)."""
    found = {title.lower(): canonical for title, canonical, _ in _title_lines()}
    return found | {plain: canonical for title, canonical in found.items() if (plain := without_accents(title)) not in found}


def office_country(role: str) -> str:
    """The country of an office only one country has ("Secretary of State", "Taoiseach",
    "External Affairs Minister"), or "": whose an unqualified holder is, whatever the story's country."""
    code = _office_codes().get(role, "")
    country = get_gazetteer().countries.get(code) if code else None
    return country.name if country is not None else ""


@lru_cache(maxsize=1)
def _office_codes() -> dict[str, str]:
    return {canonical: code for _, canonical, code in _title_lines() if code}


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Every word that occurs in a title ("prime", "minister", "state", ...), lower case."""
    return frozenset(w.strip(".") for t in titles() for w in t.split())


@lru_cache(maxsize=1)
def title_end_words() -> frozenset[str]:
    """Every word that ends a title ("minister", "general", "staff"; not "naval" or "prime"), lower case."""
    return frozenset(t.split()[-1].strip(".") for t in titles())


@lru_cache(maxsize=1)
def office_words() -> frozenset[str]:
    """Every word of a title or of a minister's portfolio, lower case."""
    return title_words() | frozenset(w for p in PORTFOLIOS for w in p.split())


def is_office_phrase(text: str, words: frozenset[str] | None = None) -> bool:
    """Whether a phrase is made of an office's words only ("Foreign Affairs", "International
    Cooperation" of "the Minister of Foreign Affairs and International Cooperation"): of `words`,
    by default those of titles and portfolios."""
    words = office_words() if words is None else words
    return all(w.lower() in words for w in text.split())


_SMALL_WORDS = frozenset({"of", "for", "and", "the", "to", "on", "in", "at"})


def canonical_role(title: str) -> str:
    """The office's one name: "minister of foreign affairs" -> Foreign Minister; a title not in
    the list keeps its words, capitalised ("Minister for Europe and Foreign Affairs")."""
    words = title.split()
    return titles().get(" ".join(words).lower()) or " ".join(
        w.lower() if w.lower() in _SMALL_WORDS and i else w.capitalize() if w.isupper() and len(w) > 3
        else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _alternation(words) -> str:
    """One pattern for any of `words` (a space matches any run of white space), written as a trie:
    "south(?: (?:korea|africa|sudan))?" instead of a flat list. Python's `re` tries a flat
    list's hundreds of countries and titles one by one at every position of the text; a trie
    drops out at the first letter that fits none. Longer words are tried first, as before."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_depth(node: dict) -> int:
    return max((1 + _trie_depth(child) if ch else 0) for ch, child in node.items())


def _trie_pattern(node: dict) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_pattern(child)
                for ch, child in sorted(((ch, c) for ch, c in node.items() if ch), key=lambda kc: -_trie_depth(kc[1]))]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@dataclass(frozen=True)
class RolePatterns:
    title_before: re.Pattern
    apposition: re.Pattern
    affiliation: re.Pattern
    counterpart: re.Pattern
    counterparts: re.Pattern
    country_possessive: re.Pattern
    leading_title: re.Pattern
    title_word: re.Pattern
    title_list: re.Pattern
    title_pairs: re.Pattern
    of_country: re.Pattern
    country_after: re.Pattern


#: One item of a portfolio listed with commas: "Communication", "Foreign Affairs".
_PORTFOLIO_WORD = r"(?:" + "|".join(sorted((w.capitalize() for w in PORTFOLIO_NOUNS), key=len, reverse=True)) + r")\b"
_PORTFOLIO_ITEM = _PORTFOLIO_WORD + r"(?:\s+" + _PORTFOLIO_WORD + r")?"


@lru_cache(maxsize=1)
def patterns() -> RolePatterns:
    gaz = get_gazetteer()
    # a minister or secretary of a portfolio not in the list: "Minister for Europe and Foreign Affairs"
    # ("Secretary of State" is a title of the list: its "State" begins no portfolio, so "Secretary of
    # State Antony Blinken and National Security Adviser X" is two titles, not one)
    countries = _alternation(gaz.affiliation_names())
    portfolio_title = (r"(?:Minister|Secretary)\s+(?:of|for)\s+(?:"
                       # ("Minister of the Presidency", "Secretary of the Treasury": one word after
                       # "the", no body's: not "Secretary of the Communist Party", "of the Council")
                       r"the\s+(?!" + countries + r"\b)(?!(?i:" + _alternation(BODY_NOUNS) + r")\b)[A-Z][a-z]+\b|"
                       r"(?:State\s+for\s+)?(?!State\b(?!\s+Security))(?!" + countries
                       + r"\b)[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}"
                       # ("Minister of Technology, Communication and Innovation": a list of portfolio
                       # words that ends in "and"; not "Minister of Finance, Seth Terkper, and ...")
                       r"(?:(?:,\s+" + _PORTFOLIO_ITEM + r")+,?\s+and\s+" + _PORTFOLIO_ITEM + r")?)")
    # ("Deputy President", "Deputy Legislative Speaker": a deputy's office is a title of its own)
    title = (r"(?:(?i:deputy|vice)[\s-]+)?(?:" + portfolio_title + r"|(?i:(?:" + _alternation(PORTFOLIOS) + r")\s+)?(?i:"
             + _alternation(titles()) + r"))")
    affil = r"(?:(?:the|The)\s+)?(?:" + _alternation(gaz.affiliation_names()) + r")"
    name_word = r"[A-Z][\w\-]+"
    return RolePatterns(
        title_before=re.compile(
            # ("International Monetary Fund (IMF) Managing Director X": the body's abbreviation between)
            r"(?<![\w.'])(?:(?P<affil>" + affil + r")(?:'s|(?<=s)'|\s+" + BODY_ABBREVIATION + r")?\s+|(?P<poss>" + name_word + r")'s\s+)?"
            r"(?:(?i:" + TITLE_ADJECTIVES + r")[\s-]+)??(?P<title>" + title + r")(?:\s+(?:(?i:and)\s+)?" + title + r")*\.?,?\s+$"
        ),
        apposition=re.compile(
            # ("X, then Japan's foreign minister", "X, who was Brazil's finance minister", "X, who
            # at the time was ...": the office X held at the time; "X, who is now ...": X's office)
            r"^\s*,\s*(?:who\s+(?:is\s+(?:now\s+)?|has\s+been\s+|serves\s+as\s+|became\s+)|(?P<then>(?:"
            r"who\s+(?:(?:was|had\s+been|served\s+as)(?:\s+then)?|(?:then|at\s+the\s+time)\s+was)|(?i:then))\s+))?(?:(?i:the|a|an)\s+)?(?:(?P<affil>" + affil + r")(?:'s|(?<=s)')?\s+|(?P<poss>" + name_word + r")'s\s+)?"
            # (a party's or a body's name before the title: "Kemi Badenoch, the Conservative leader")
            r"(?:[A-Z][\w\-]+\s+){0,3}?"
            r"(?:(?i:" + TITLE_ADJECTIVES + r")\s+)?(?P<title>" + title + r")\b(?:(?i:-in-chief)\b)?(?!\s+[A-Z][a-z])"
            # ("commander-in-chief of the Myanmar armed forces")
            r"(?P<rest>\s+(?i:of|for|to|at|in|from)\s+[^,.;()]{0,80})?"
        ),
        affiliation=re.compile(r"(?<![\w.])(?:" + affil + r")(?![\w])"),
        country_possessive=re.compile(r"(?<![\w.])(?P<affil>" + affil + r")(?:'s|(?<=s)')\s+$"),
        # (the counterpart's own title may stand between: "his Taiwanese counterpart, Mainland
        # Affairs Council minister Andrew Hsia")
        counterpart=re.compile(r"(?i:his|her|their)\s+(?P<affil>" + affil + r")\s+(?i:counterparts?)\s*,?\s*"
                               r"(?:(?:[A-Z][\w'’\-]*|(?i:" + _alternation(title_words()) + r"))\s+){0,6}$"),
        # "his Russian and Turkish counterparts, Vladimir Putin and " (the n-th name, the n-th country)
        counterparts=re.compile(r"(?i:his|her|their)\s+(?P<affils>" + affil + r"(?:\s*,\s*" + affil + r")*,?\s+and\s+"
                                + affil + r")\s+(?i:counterparts)\s*,?\s*(?P<listed>(?:" + _LIST_NAME
                                + r"\s*(?:,\s*(?:and\s+)?|\s+and\s+))*)$"),
        leading_title=re.compile(r"^(?:" + HONORIFICS + r"\s+)*(?:(?:(?:" + affil + r")\s+)?(?:(?i:" + TITLE_ADJECTIVES
                                 + r")\s+)?(?:" + title + r")s?\.?\s+)?(?:" + HONORIFICS + r"\s+)*"),
        # (no portfolio words: the title itself is enough to find a name after it, and cheaper)
        title_word=re.compile(r"(?<![\w-])(?:(?i:" + _alternation(titles()) + r")|" + HONORIFICS + r")\.?\s+"),
        # "Presidents A, B and C", "the two countries' foreign ministers, A and B"
        title_list=re.compile(
            r"(?<![\w.'])(?:(?P<affil>" + affil + r")(?:'s|(?<=s)')?\s+)?(?:(?i:" + TITLE_ADJECTIVES + r")\s+)?(?P<title>" + title
            # ("the foreign ministers of Croatia and of Serbia, A and B": "of" again before each)
            + r")s(?:" + _OF_THE_COUNTRIES + r"|\s+of\s+(?P<countries>" + affil + r"(?:\s*,\s*(?:of\s+)?" + affil + r")*,?\s+and\s+(?:of\s+)?"
            # (the list after a comma, a colon or a dash; a name may have its country's possessive:
            # "the foreign ministers - A, Brazil's B and Uruguay's C")
            # (a list ends at its "and": not "Presidents A and B, Dr C, the head of the WHO")
            + affil + r"))?(?:,|:|\s+[-–—])?\s+(?P<listed>(?:" + _LIST_NAME + r"\s*,\s*)*(?:" + _LIST_NAME + r"\s*,?\s+and\s+)?)"
            r"(?:" + affil + r"'s\s+)?(?:" + HONORIFICS + r"\s+)?$"  # ("Presidents A and Dr B")
        ),
        # "the presidents of Argentina, A; Bolivia, B; and Chile, " (each name after its place)
        title_pairs=re.compile(
            r"(?<![\w.'])(?:(?i:" + TITLE_ADJECTIVES + r")\s+)?(?P<title>" + title + r")s\s+of\s+(?:" + _PLACE_WORDS + r",\s+"
            + _LIST_NAME + r"\s*;\s+(?:and\s+)?)*(?P<place>" + _PLACE_WORDS + r"),\s+(?:" + HONORIFICS + r"\s+)?$"),
        # "President of the Russian Federation ", "Prime Minister of Mongolia " (before the name)
        # ("of the Republic of Finland": a state's long form, where the gazetteer has only the short)
        # ("of the Kyrgyz Republic": a state's name as its people's adjective and its form)
        of_country=re.compile(r"(?<=[a-z])\s+(?i:of)\s+(?:(?:the|The)\s+(?:[A-Z][\w']*\s+){0,3}(?:" + _STATE_FORMS
                              + r")\s+of\s+)?(?P<affil>" + affil + r")(?:\s+(?:Commission|Council|Secretariat|"
                              + _STATE_FORMS + r"))?,?\s+$"),
        # "Sultan Haitham bin Tarik of Oman" (after the name)
        # ("Presidents A (Mozambique) and B (Namibia)": in brackets)
        country_after=re.compile(r"^(?:\s+(?i:of)\s+(?P<affil>" + affil + r")(?![\w-])|\s*\((?P<bracketed>" + affil + r")\))"),
    )


#: A place's name of one to three words ("Sokoto", "Cross River", "Côte d'Ivoire").
_PLACE_WORDS = r"[A-Z][\w'\-]+(?:\s+(?:d'|de\s+)?[A-Z][\w'\-]+){0,2}"
_STATE_FORMS = "Republic|Kingdom|Sultanate|State|Emirate|Principality|Commonwealth|Federation|Grand Duchy"
_LAST_WORD = re.compile(r"([\w'\-]+)\.?,?\s+$")


#: Whose the officials of a list are, said of the countries named before: "the foreign ministers
#: of the three countries, A, B and C" (each is a foreign minister; which country each is of, the
#: text does not say). Named instead, the countries go with the names in order: "the foreign
#: ministers of Egypt, Jordan and Iraq, A, B and C".
_OF_THE_COUNTRIES = (r"\s+of\s+(?:the|both)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
                     # (a region's adjective: "the presidents of the three Baltic states, A, B and C")
                     r"(?:[A-Z][a-z]+\s+)?(?:countries|nations|states|governments)")
#: A name in a list, with its particles ("al-Bashir", "bin Zayed") and what brackets may follow it
#: ("Presidents A (DRC), B (Mozambique) and C").
_LIST_NAME = (r"(?:" + HONORIFICS + r"\s+)?[A-Z][\w'\-]+(?:\s+(?:(?!and\s)[a-z]{1,3}\s+)?(?:[A-Z]|[a-z]{1,3}-[A-Z])[\w'\-]+){0,4}(?:\s+\([^()]{1,40}\))?"
              r"(?:\s+of\s+[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?)?")  # (and its country: "A of Russia, B of Tajikistan")


def title_of_list(text_before: str, gaz: Gazetteer | None = None) -> RoleEvidence | None:
    """The plural title a list of names hangs from: "Presidents A, B and " -> President; "the
    governors of Sokoto, A; Katsina, " -> Governor (and "the presidents of Chile, A; Peru, " ->
    Peru's President)."""
    text_before = straight_quotes(text_before[-_LOOKBEHIND:])
    words = {w.lower() for w in re.findall(r"[A-Za-z]+s\b", text_before)}
    if not any(w[:-1] in title_words() for w in words):
        return None  # no plural title at all: skip the costly pattern
    gaz = gaz or get_gazetteer()
    if m := patterns().title_pairs.search(text_before):
        return RoleEvidence(canonical_role(m.group("title")), gaz.affiliation(m.group("place")), "", m.group(0).strip())
    m = patterns().title_list.search(text_before)
    if not m:
        return None
    affiliation = gaz.affiliation(m.group("affil")) if m.group("affil") else ""
    if m.group("countries"):  # the n-th name of the list is of the n-th country
        affiliation = _nth_country(m.group("countries"), m.group("listed"), gaz)
    return RoleEvidence(canonical_role(m.group("title")), affiliation, "", m.group(0).strip())


_LISTED_NAME = re.compile(_LIST_NAME + r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _nth_country(countries: str, listed: str, gaz: Gazetteer) -> str:
    """The country of the next name of a list, the countries named in order before it ("of
    Chile, Peru and Ecuador, A, " -> Peru), or "" past the last."""
    found = [gaz.affiliation(c.group(0)) for c in patterns().affiliation.finditer(countries)]
    index = len(_LISTED_NAME.findall(listed))
    return found[index] if index < len(found) else ""


#: A title that is the object of a clause before a comma ("After meeting the President, Mr X"):
#: no title of the name after the comma.
_CLAUSE_BEFORE_TITLE = re.compile(r"\b(?:meeting|meets|met|meet|with|after|before|to|for|from|than|like|thanked|"
                                  r"thanking|visiting|visited|called|calling)\s+the\s+[^,]*$", re.IGNORECASE)
#: A sentence that opens with a clause of its own ("After meeting the President, Mr X, 64, said",
#: "In a letter to the President, Mr X, who ..., urged"): the name after its comma is the
#: sentence's subject, whatever follows the name.
_FRONTED_CLAUSE = re.compile(r"^\W*(?:After|Before|Following|Having|In|Like|Unlike|On|Upon|At|During|With|As|When|While|"
                             r"Since|Despite|By|Besides|Apart|Speaking|Meeting|Visiting|Asked)\b")


def _apposition_closed(text_before: str, closed: int) -> bool:
    """Whether the name a title stands before ends an apposition (`title_before`'s `closed`), the
    title not being inside a sentence's opening clause (one with no subject of its own before the
    title's comma: "After meeting the President, Mr X, 64, said"; but "In Kigali, Rwanda's State
    Minister, Mr X, wrote" and "In Tripoli they met the chairman of the council, X, and ...")."""
    head = _TRAILING_HONORIFIC.sub(" ", text_before).rstrip().rstrip(",")
    opening = _FRONTED_CLAUSE.match(head) is not None and "," not in head and not re.search(r"\b(?:he|she|they|we|I)\b", head)
    return closed >= 2 or (bool(closed) and not opening)


#: A minister's or secretary's portfolio ending right before the name, whatever its last word.
_PORTFOLIO_END = re.compile(r"\b(?:Minister|Secretary)\s+(?:of|for)\s+(?:[A-Z][a-z]+,?\s+(?:and\s+)?){1,4}$")
_TRAILING_HONORIFIC = re.compile(r"(?<=\w)(?:,\s*|\s+)" + HONORIFICS + r"\s+$")  # ("the Vice President, Dr X")
#: Characters from the end within which a title's last word, a form of address, an "of" phrase
#: or a country's possessive must start.
_TAIL = 100
_OF_TAIL_GUARD = re.compile(r"\s(?:of|for)\s+\S.{0,50}$")


#: The form of a state written for the state itself: "the President of the Republic".
STATE_FORM_WORDS = ("Republic", "Kingdom", "Federation", "Confederation", "Union", "Sultanate", "Emirate", "Principality")
_OF_THE_STATE = re.compile(r"\s+of\s+the\s+(?:" + "|".join(STATE_FORM_WORDS) + r"),?\s+$")


def title_before(text_before: str, gaz: Gazetteer | None = None, closed: int = 0) -> RoleEvidence | None:
    """The title that ends right before a name, with its country or possessor; also across a form
    of address ("Vice President Dr X") and with the country after the title ("President of the
    Russian Federation X"). `closed`: 1 where the name ends its phrase (a comma or the sentence's
    end follows), so that a title after a clause's verb is still its apposition ("due to meet the
    British Prime Minister, Mrs X, at Chequers"; not "After meeting the President, Mr X said"), 2
    where a subject follows the name's comma ("After meeting the President, Mr X, the envoy said")."""
    gaz = gaz or get_gazetteer()
    text_before = straight_quotes(text_before[-_LOOKBEHIND:])  # a title stands right before the name
    # (the end-anchored patterns are searched from near the end only: tried at every position of
    # the 200 characters, they cost more than all the rest)
    tail = max(0, len(text_before) - _TAIL)
    last = _LAST_WORD.search(text_before, tail)
    if not last:  # ("Executive Secretary of the Southern African Development Community (SADC), X")
        return _title_with_phrase(text_before, tail, gaz, closed) if text_before.rstrip().endswith(("),", ")")) else None
    if hon := _TRAILING_HONORIFIC.search(text_before, tail):
        if "," in hon.group(0) and not _apposition_closed(text_before, closed) \
                and _CLAUSE_BEFORE_TITLE.search(text_before[:hon.start()]):
            return None  # "After meeting the President, Mr Smith said": the clause's object, not Smith's title
        return title_before(text_before[:hon.start()] + " ", gaz, closed)
    if (state := _OF_THE_STATE.search(text_before, tail)) and (inner := title_before(text_before[:state.start()] + " ", gaz)):
        return inner  # "President of the Republic X": the president, of the country the text gives
    word = last.group(1).lower()
    if word not in title_words():
        word = word.rsplit("-", 1)[-1]  # "then-President" (but "President-elect" is a title whole)
    if word not in title_words() and (of := _title_of_country(text_before, tail, gaz, closed)):
        return of
    # the full pattern is costly (tried at every position): run it only where a title can end
    portfolio = word not in title_words() and _PORTFOLIO_END.search(text_before, tail)  # "Minister for Development and Africa"
    m = patterns().title_before.search(text_before) if word in title_words() or portfolio else None
    if m and (chained := _title_after_a_name(m.group(0))):
        # "Minister of Foreign Affairs [Kanat Saudabayev] and Minister of Energy and Mineral
        # Resources X": the title right before X, not one the pattern ran over a name from
        return title_before(text_before[len(text_before) - len(chained):], gaz)
    if not m and word in title_words() and (of := _title_of_country(text_before, tail, gaz, closed)):
        return of  # "President of the European Council X" ("council" is a word of a title too)
    if not m and (phrase := _title_with_phrase(text_before, tail, gaz, closed)):
        return phrase  # ("the Presidential Adviser for Peace Affairs, X": "affairs" is a title's word too)
    if not m:
        if not last.group(1).endswith("'s"):
            return None
        c = patterns().country_possessive.search(text_before, tail)  # "Jordan's Ayman Safadi"
        return RoleEvidence("", gaz.affiliation(c.group("affil")), "", c.group(0).strip()) if c else None
    affiliation = gaz.affiliation(m.group("affil")) if m.group("affil") else ""
    written, start, country = _qualifiers(text_before, m)
    affiliation = affiliation or country
    role = canonical_role(m.group("title"))
    if role in MILITARY_RANKS and not m.group("affil") and not m.group("poss") \
            and (office := _office_before_rank(text_before, m.start(), gaz, closed)) is not None:
        return replace(office, rank=role, text=text_before[max(0, text_before.rfind(office.text, 0, m.start())):].strip())
    rank = _trailing_rank().search(text_before, m.end("title"))  # ("Chief of Naval Staff Admiral X": a chain that ends in a rank)
    rank = canonical_role(rank.group("rank")) if rank and role not in MILITARY_RANKS else ""
    if spouse := _SPOUSE_AFTER_A_TITLE.search(m.group(0)):
        # "the US President and First Lady X": two people, the president and his wife X
        return RoleEvidence(canonical_role(spouse.group("spouse")), affiliation, m.group("poss") or "",
                            text_before[start:].strip())
    return RoleEvidence(role, affiliation, m.group("poss") or "", text_before[start:].strip(),
                        written if written and name_key(written) != name_key(role) else "", rank=rank)


@lru_cache(maxsize=1)
def _trailing_rank() -> re.Pattern:
    """A military rank, in any of its forms, right before a name ("... Admiral ", "... Lt. Gen. ")."""
    ranks = [title for title, canonical in titles().items() if canonical in MILITARY_RANKS]
    return re.compile(r"\s(?P<rank>(?i:" + _alternation(ranks) + r"))\.?,?\s+$")


def _office_before_rank(text_before: str, at: int, gaz: Gazetteer, closed: int) -> RoleEvidence | None:
    """The office before a military rank that stands before a name, in apposition or not: "the
    Chief of Defence Staff, Gen. X", "Chief of Army Staff General X" (not "After meeting the
    President, Gen. X said": the clause's object)."""
    before = text_before[:at]
    if not before.strip():
        return None
    if before.rstrip().endswith(",") and not _apposition_closed(text_before, closed) \
            and _CLAUSE_BEFORE_TITLE.search(before.rstrip().rstrip(",")):
        return None
    office = title_before(before, gaz, closed)
    return office if office is not None and office.role and office.role not in MILITARY_RANKS else None


#: A spouse's title ending a chain of titles: "the President and First Lady X" is not one person's.
_SPOUSE_AFTER_A_TITLE = re.compile(r"\s(?i:and)\s+(?P<spouse>(?i:first\s+(?:lady|gentleman)))\.?,?\s+$")


def _title_after_a_name(chain: str) -> str:
    """The last title of a chain whose first holds a person's name among its portfolio's words
    ("Minister of Foreign Affairs Kanat Saudabayev and Minister of Energy X" -> "Minister of
    Energy X"), or ""."""
    parts = re.split(r"\s+and\s+(?=(?:Minister|Secretary)\b)", chain)
    portfolio = re.search(r"\b(?:of|for)\s+", parts[0])
    if len(parts) < 2 or portfolio is None:
        return ""  # ("Deputy Prime Minister and Minister of Foreign Affairs": no portfolio, no name in it)
    words = parts[0][portfolio.end():].split()
    plain = PORTFOLIO_NOUNS | title_words()
    named = any(a[:1].isupper() and b[:1].isupper() and a.lower() not in plain and b.lower() not in plain
                for a, b in zip(words, words[1:]))
    return parts[-1] if named else ""


#: Capitalised words right before a title that belong to the office: "Trade Secretary", "National
#: Assembly Chairman", "Sinn Féin vice-president" (a run of more is an organisation's name).
_QUALIFIER_RUN = re.compile(r"(?<![\w'’.,;:])((?:[A-Z][\w'’\-]*[ \t]+){1,4})$")
_NOT_QUALIFIERS = frozenset({
    "the", "a", "an", "and", "or", "but", "with", "by", "for", "to", "of", "in", "on", "at", "as", "from", "when",
    "while", "after", "before", "then", "also", "his", "her", "their", "its", "our", "this", "that", "new", "former",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "i", "we", "it",
    "under", "during", "since", "until", "meanwhile", "later", "earlier", "yesterday", "today", "tomorrow", "both",
    "if", "like", "unlike", "thus", "however", "despite", "although", "though", "because", "whereas", "following",
    "amid", "among", "between", "outgoing", "incoming", "acting", "here", "there", "now", "so", "said", "says",
})
#: A question's first words before a title: "Will President X sign?" (not an acronym: "IS commander X").
_QUESTION_WORDS = frozenset({"will", "would", "can", "could", "should", "shall", "might", "must", "did", "does", "do",
                             "has", "have", "had", "is", "was", "are", "were", "why", "how", "what", "who"})


#: Verbs of a headline in title case before a title ("Trump Hosts Prime Minister X").
_HEADLINE_VERBS = frozenset({"Hosts", "Meets", "Visits", "Calls", "Says", "Tells", "Urges", "Holds", "Welcomes",
                             "Receives", "Greets", "Thanks", "Invites", "Slams", "Backs", "Joins"})
#: Where a sentence, a line or the text begins.
_STARTS_SENTENCE = re.compile(r"(?:^|[.!?]['\"’”]?\s+|\n\s*)$")
#: Endings of a nationality the gazetteer may not list ("Ivorian", "Burkinabese"): no office's words.
_NATIONALITY_ENDINGS = ("ian", "ean", "ese", "ish", "iot")


def _qualifiers(text_before: str, m: re.Match) -> tuple[str, int, str]:
    """The office as written, with the words before its title that belong to it, and where its
    words start, and the country before them: "acting Prime Minister", "Trade Secretary", "Prime
    Cabinet Secretary" (of "Kenya's Prime Cabinet Secretary": Kenya). Not a country ("Philippine
    Trade Secretary": Trade Secretary of the Philippines), a form of address, a weekday or a word
    of the sentence."""
    gaz = get_gazetteer()
    title = m.group("title")
    lead = text_before[m.start():m.start("title")]
    deputy = title.lower().startswith(("deputy", "vice"))
    kept = [w for w in re.findall(r"\w+", lead) if (w.lower() in _KEPT_ADJECTIVES and (w != "chief"))
            or (deputy and w.lower() in _ORDINALS)]  # (an "army chief Gen. X": a chief, the noun)
    start, country = m.start(), ""
    if not m.group("affil") and not m.group("poss") and not lead.strip():
        run = _QUALIFIER_RUN.search(text_before[:m.start()], max(0, m.start() - 60))
        words = run.group(1).split() if run else []
        opens = bool(run) and bool(_STARTS_SENTENCE.search(text_before[:run.start(1)]))  # (the run begins a sentence or line)
        dateline = opens and len(words) >= 2 and all(w.isupper() for w in words)
        longest = 3
        while words and (words[0].lower() in _NOT_QUALIFIERS or is_form_of_address(words[0])
                         or (words[0].lower() in _QUESTION_WORDS and not words[0].isupper())
                         or words[0].endswith(("'s", "’s")) or gaz.affiliation(words[0].capitalize())):
            # "Kenya's Prime", "Philippine Trade": the office from after the country (at most two
            # words: "Taiwan Semiconductor Manufacturing Co chairman" is a company's)
            country = gaz.affiliation(re.sub(r"['’]s$", "", words[0]).capitalize()) or country  # (also "GERMAN")
            words, longest = words[1:], 2 if country else longest
        if words and (dateline or (opens and any(w in _HEADLINE_VERBS for w in words))):
            words = []  # a dateline, "NEW DELHI Prime Minister X"; a headline, "Trump Hosts Prime Minister X"
        if 0 < len(words) <= longest and not any(gaz.affiliation(w) or is_form_of_address(w) or w.lower() in _NOT_QUALIFIERS
                                                 or (w.lower() in _QUESTION_WORDS and not w.isupper())
                                                 or (w.endswith("ed") and len(w) > 4)  # ("Ousted prime minister")
                                                 or w.endswith(_NATIONALITY_ENDINGS) for w in words):  # ("Ivorian President")
            kept = words
            start = text_before.rfind(words[0], 0, m.start())
        elif words:
            country = ""  # (a company's country is not its chairman's)
    return " ".join([*kept, title]) if kept else "", start, country


def _title_of_country(text_before: str, tail: int, gaz: Gazetteer, closed: int = 0) -> RoleEvidence | None:
    """A title with its country after it: "Prime Minister of Mongolia ", "President of the
    Russian Federation "."""
    if not _OF_TAIL_GUARD.search(text_before, tail):
        return None
    of = patterns().of_country.search(text_before)
    inner = title_before(text_before[:of.start()] + " ", gaz) if of else None
    if inner is None or not inner.role:
        return None
    if of.group(0).rstrip().endswith(",") and not _apposition_closed(text_before, closed) \
            and _CLAUSE_BEFORE_TITLE.search(text_before[:of.start()]):
        return None  # "After meeting the President of France, Boris Johnson said"
    country = inner.affiliation or gaz.affiliation(of.group("affil"))
    rest = text_before[:of.start()].rstrip()
    rest = rest[:len(rest) - len(inner.text)] if rest.endswith(inner.text) else ""
    if (chain := re.search(r"\s(?:of|to|for)\s+(?:the\s+)?$", rest)) and (outer := title_before(rest[:chain.start()] + " ", gaz)):
        if outer.role:  # "the press secretary of the President of Uzbekistan, X": the secretary
            return RoleEvidence(outer.role, outer.affiliation or country, outer.possessor,
                                f"{outer.text}{chain.group(0)}{inner.text}{of.group(0).rstrip()}", outer.written)
    return RoleEvidence(inner.role, country, inner.possessor, f"{inner.text}{of.group(0).rstrip()}")


#: A title's phrase ending right before a name: "for Peace Affairs, ", "of the Southern African
#: Development Community (SADC), ", "in Kampala, " (at most seven words, and a body's acronym).
_PHRASE_TAIL = re.compile(r"\s(?P<prep>of|for|in|to|at)\s+(?P<phrase>(?:[\w'’\-]+\s+){0,6}?[\w'’\-]+)"
                          r"(?:\s+\((?P<acronym>[A-Z][A-Za-z]{1,7})\))?(?P<comma>,)?\s+$")
#: Nouns that are an office only with their body after them: "the head of the Presidential Office, X"
#: (and a deputy's: "the deputy head of ...").
_HEADS = re.compile(r"(?<![\w'’])(?P<title>(?:(?:[Dd]eputy|[Vv]ice|[Aa]cting)[\s-]+)?(?:[Hh]ead|[Cc]hief))\s+$")
#: A sentence that opens with a participle's clause, a title in it: "Flanked by the President at a
#: news conference, X met ...", "Asked about the Minister in Kampala, X said" (X holds neither).
#: (not where the clause has its verb: "Taking part on the Cuban side were the Vice President of the
#: Council of Ministers, X")
_OPENING_CLAUSE = re.compile(r"(?:^|[.!?]['\"’”]?\s+|\n\s*)[A-Z][a-z]+(?:ed|ing|en|wn)\s+(?:by|about|with|to|from|against)\s+"
                             r"(?:(?!\b(?:were|was|is|are|included|includes|include)\b)[^,.;:])*$")
#: Words no office's phrase holds: a clause's, or a time's ("the Minister for two hours, X said").
_NOT_IN_A_PHRASE = frozenset({
    "said", "says", "told", "was", "were", "is", "are", "has", "had", "have", "who", "which", "that", "he", "she", "it",
    "they", "his", "her", "their", "its", "this", "these", "those", "when", "where", "while", "after", "before",
    "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "minutes", "talks",
    "meeting", "meetings", "visit", "support", "help", "years'", "a", "an", "with", "by", "from", "as", "also", "but",
    "or", "then", "not", "all", "both", "each", "every", "some"})
#: Nouns that end a body's name: "the Pacific Islands Forum", "the International Policy Bureau".
BODY_NOUNS = frozenset({
    "forum", "community", "office", "bureau", "council", "committee", "commission", "secretariat", "agency",
    "authority", "assembly", "parliament", "congress", "senate", "cabinet", "ministry", "department", "union",
    "organisation", "organization", "party", "movement", "front", "alliance", "bank", "fund", "church",
    "institute", "university", "court", "board", "service", "services", "force", "forces", "army", "navy", "police",
    "government", "republic", "kingdom", "federation", "league", "conference", "coalition", "association",
    "foundation", "programme", "program", "mission", "process", "talks", "region", "province", "state", "states",
    "centre", "center", "corporation", "company", "group", "division", "directorate", "command", "staff",
    "mechanism", "panel"})


def _may_be_a_name(word: str, gaz: Gazetteer) -> bool:
    """Whether a word of a title's phrase may be a word of a person's name: capitalised, and no
    acronym, office's or body's word, place or country ("Madeleine", not "MINUSMA", "Affairs",
    "Forum", "Azerbaijan", "Cuban")."""
    plain = word.lower().rstrip(",")
    return (word[:1].isupper() and not word.isupper() and plain not in office_words() and plain.rstrip("s") not in office_words()
            and plain not in BODY_NOUNS and not gaz.place(word) and not gaz.affiliation(word))


def _title_with_phrase(text_before: str, tail: int, gaz: Gazetteer, closed: int = 0) -> RoleEvidence | None:
    """A title with a phrase of its own before the name: "the Presidential Adviser for Peace
    Affairs, X" (written whole), "Secretary General of the Pacific Islands Forum X" (the body is
    the affiliation), "Iran's ambassador in Baghdad, X" (where an envoy serves is not his
    country), "the head of the Presidential Office, X". A phrase of small words only must end in a
    comma ("Kenya's special envoy for the peace process, X")."""
    m = _PHRASE_TAIL.search(text_before, tail)
    if m is None:
        return None
    words = m.group("phrase").split()
    if words[-1].lower() in _SMALL_WORDS or words[-1].endswith(("'s", "’s")):
        return None  # ("Director of the [General Intelligence Service]", "imam of Egypt's [Al-Azhar]": a body's name follows)
    lower = [w.lower() for w in words]
    if lower[0] in _NOT_IN_A_PHRASE - {"a", "an"} or any(w in _NOT_IN_A_PHRASE for w in lower[1:]):
        return None
    if not m.group("comma") and not any(w[:1].isupper() for w in words):
        return None
    named = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    plain = [w for w in words[named:] if not w[:1].isupper() and w not in _SMALL_WORDS
             and w not in office_words() and w not in BODY_NOUNS]
    if len(plain) >= 2:  # (a headline's words: "Grand Imam of Al Azhar sign historic [Human Fraternity] document")
        return None
    if len(words) >= 2 and all(_may_be_a_name(w, gaz) for w in words[-2:]) and not gaz.place(" ".join(words[-2:])):
        return None  # (a person's name ends it: "US Secretary of State Madeleine Albright, [OAU ...]")
    if not m.group("comma") and not words[-1][:1].isupper() and any(
            _may_be_a_name(a, gaz) and _may_be_a_name(b, gaz) and not gaz.place(f"{a} {b}") for a, b in zip(words, words[1:])):
        return None  # (a name and its verb: "UN Special Envoy for Syria Geir Pedersen met [Assad]")
    before = text_before[:m.start()] + " "
    if m.group("comma") and ((not _apposition_closed(text_before, closed) and _CLAUSE_BEFORE_TITLE.search(before)) or (
            m.group("prep") in ("in", "at") and _OPENING_CLAUSE.search(before))):
        return None  # "After meeting the President of the assembly, X said", "Flanked by the President at a news conference, X"
    inner = title_before(before, gaz)
    head = _HEADS.search(before) if inner is None and m.group("prep") == "of" else None
    if head:  # ("the head of ..."; and its country before it: "Iran's head of ...")
        country = patterns().country_possessive.search(before[:head.start()])
        inner = RoleEvidence(" ".join(w.capitalize() for w in head.group("title").split()), gaz.affiliation(country.group("affil")) if country else "",
                             "", before[head.start():].strip())
    if inner is None or not inner.role:
        return None
    phrase = re.sub(r"^(?:the|The)\s+", "", m.group("phrase"))
    body = gaz.affiliation(phrase) or (gaz.affiliation(m.group("acronym")) if m.group("acronym") else "")
    text = f"{inner.text} {m.group(0).strip(' ,')}"
    if m.group("prep") in ("in", "to", "at"):  # (where one serves: "ambassador in Baghdad")
        return RoleEvidence(inner.role, inner.affiliation, inner.possessor, text, inner.written, phrase=True)
    if body and m.group("prep") == "of":  # ("Secretary General of the Pacific Islands Forum")
        return RoleEvidence(inner.role, inner.affiliation or body, inner.possessor, text, inner.written, phrase=True)
    written = f"{inner.written or inner.role} {m.group('prep')} {m.group('phrase')}"  # ("Head of the Presidential Office")
    return RoleEvidence(inner.role, inner.affiliation, inner.possessor, text, canonical_role(written), phrase=True)


#: Lower-case words that go on a title (not a verb after it): "X, PM of Andorra", "X, MP and former minister".
_AFTER_A_TITLE = frozenset({"of", "for", "to", "in", "at", "and", "from", "with", "on", "since", "until", "who", "whose"})


#: An American legislator's party and state after the name: "Sen. Bob Corker, R-Tenn., chairman of ...".
PARTY_AND_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z]{0,4}\.?(?:[A-Z]\.)?")
_PARTY_AND_STATE_AFTER = re.compile(r"\s*,\s*" + PARTY_AND_STATE.pattern + r"(?=\s*[,)])")


def apposition_after(text_after: str, gaz: Gazetteer | None = None) -> RoleEvidence | None:
    """The title in an apposition right after a name (", spokesman for South Korean President ...")."""
    gaz = gaz or get_gazetteer()
    text_after = straight_quotes(text_after)
    if party := _PARTY_AND_STATE_AFTER.match(text_after):
        text_after = text_after[party.end():]  # (", R-Tenn., chairman of ...": the apposition after it)
    m = patterns().apposition.match(text_after)
    if not m:
        return None
    if m.group("title").isupper() and (verb := re.match(r"\s+([a-z]+)", text_after[m.end("title"):])) \
            and verb.group(1) not in _AFTER_A_TITLE:
        return None  # ("In his meeting with FM Lavrov, EAM noted": an office's abbreviation, the next clause's subject)
    affiliation = gaz.affiliation(m.group("affil")) if m.group("affil") else ""
    if text_after.startswith("'s ", m.end("title")):
        # "X, the Russian president's special envoy": the envoy's title, of the president's country
        # (none for "the president's son")
        own = apposition_after(", " + text_after[m.end("title") + 3:], gaz)
        return replace(own, affiliation=own.affiliation or affiliation) if own is not None and own.role else None
    if not affiliation and m.group("rest"):
        found = patterns().affiliation.search(m.group("rest"))
        affiliation = gaz.affiliation(found.group(0)) if found else ""
    return RoleEvidence(canonical_role(m.group("title")), affiliation, m.group("poss") or "", m.group(0).strip(" ,"),
                        past=bool(m.group("then")))


def country_after(text_after: str, gaz: Gazetteer | None = None) -> str:
    """The country right after a titled name: "Sultan Haitham bin Tarik of Oman" -> Oman,
    "Presidents A (Mozambique), B (Namibia)" -> Mozambique."""
    if not text_after.lstrip().startswith(("of ", "Of ", "(")):
        return ""
    m = patterns().country_after.match(straight_quotes(text_after))
    return (gaz or get_gazetteer()).affiliation(m.group("affil") or m.group("bracketed")) if m else ""


def counterpart_before(text_before: str, gaz: Gazetteer | None = None) -> str:
    """The country in "his U.S. counterpart, <name>", and in "his Russian and Turkish
    counterparts, A and <name>" the one in the name's place."""
    return counterpart_and_list(text_before, gaz)[0]


def counterpart_and_list(text_before: str, gaz: Gazetteer | None = None) -> tuple[str, int]:
    """`counterpart_before`'s country, and where in `text_before` the list of counterparts the
    name is in begins ("his Russian and Turkish counterparts, A and "), or -1 for none."""
    gaz = gaz or get_gazetteer()
    window = straight_quotes(text_before[-_LOOKBEHIND:])
    if "ounterparts" in window and (many := patterns().counterparts.search(window)):
        return (_nth_country(many.group("affils"), many.group("listed"), gaz),
                len(text_before) - len(window) + many.start())
    m = patterns().counterpart.search(window)
    return (gaz.affiliation(m.group("affil")) if m else ""), -1


def strip_leading_title(name: str) -> tuple[str, int]:
    """A name without a title the model folded into it ("President Trump" -> "Trump"), and how
    many characters were cut from its start."""
    m = patterns().leading_title.match(straight_quotes(name))
    if m and m.end() < len(name):
        return name[m.end():], m.end()
    return name, 0


def is_title(text: str) -> bool:
    return lookup_key(text).lower() in titles()


def is_form_of_address(text: str) -> bool:
    """"Sheikh", "Mr", "Datuk Seri": a form of address alone, no name."""
    return re.fullmatch(HONORIFICS, straight_quotes(text.strip())) is not None
