"""Name candidates from one parsed document: the spans that may be people or places.

Per document and without corpus knowledge (so it can run in parallel), this module takes spaCy's
entities and
- repairs their spans: a truncated hyphenated name is completed ("Moon Jae" + "-in"), a
  possessive, a leading "the" and a trailing hyphen are cut, a title the model folded into a
  person's name is moved out ("President Trump");
- splits compounds into their places ("U.S.-North Korea summit" names two);
- adds what the model misses: a capitalised name right after a title ("Chairman Kim"), and a
  site the text names as such ("Punggye Ri nuclear test site");
- attaches the role evidence around each person-like span (see `roles`).

Deciding which candidates are people and which are places needs the whole corpus: that is
`people` and `places`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from typing import Iterator

from workbench.gazetteer import get_gazetteer
from workbench.names import REGNAL_NUMBERS
from workbench.provenance import find_dateline
from workbench.spans import Coverage, doc_text, sentences
from workbench.roles import (
    BODY_NOUNS, HONORIFICS, MILITARY_RANKS, PARTY_AND_STATE, PORTFOLIO_NOUNS, PORTFOLIOS, STATE_FORM_WORDS, RoleEvidence, apposition_after, counterpart_and_list, country_after, is_form_of_address, is_office_phrase, is_title, patterns, title_words, straight_quotes, strip_leading_title,
    title_before, title_end_words, title_of_list,
)

#: spaCy labels whose spans may be people or places (ORG and NORP are often mislabelled names).
CANDIDATE_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels the model sometimes gives a well-known city or country.
_MISLABELLED_PLACE_LABELS = frozenset({"PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
#: Head nouns of a named site: "Punggye Ri nuclear test site", "Yongbyon nuclear complex".
SITE_NOUNS = ("site", "complex", "facility", "base", "airbase", "airport", "palace", "hotel", "resort",
              "compound", "village", "plant", "reactor", "port", "island", "square")
#: Site nouns that only describe a place already named ("Mongla port", "the Al-Aqsa Mosque compound").
_LOOSE_SITE_NOUNS = frozenset({"port", "compound", "village", "island"})
#: Words that end a name rather than describe a site ("Widodo at the presidential palace").
_FUNCTION_WORDS = r"(?:at|the|a|an|in|on|of|to|for|by|from|with|and|or|near|into|as|its|his|her|their|[a-z]+ed)"
_SITE = re.compile(
    r"\b(?P<name>(?:[A-Z][\w\-]*\s){1,4})(?P<kind>(?:(?!" + _FUNCTION_WORDS + r"\s)[a-z]+\s){0,3}(?:"
    + "|".join(SITE_NOUNS) + r"))\b"
)
#: Head words of a site named in title case: "Farmleigh House", "Al-Ittihadiya Palace", "Arusha
#: International Conference Centre", "Simón Bolívar International Bridge", "Knock Shrine".
TITLED_SITE_NOUNS = ("Palace", "House", "Convention Centre", "Convention Center", "Conference Centre",
                     "Conference Center", "Exhibition Centre", "Exhibition Center", "Trade Centre", "Castle", "Airport", "Bridge", "Hospital", "Cathedral",
                     "Shrine", "University", "Plant", "Hotel", "Resort", "Stadium", "Hall", "Tower", "Villa", "Mosque",
                     "Temple", "Church", "Museum", "Square", "Base", "Crossing", "Estate", "Lodge", "Residence",
                     "Gardens", "Memorial", "Mausoleum", "Cemetery", "Monument")
_TITLED_SITE = re.compile(
    # ("Jetsun Pema Wangchuck Mother and Child Hospital": a name with an "and" inside; "St. Anne's
    # Church", a saint's)
    r"(?P<name>(?:(?:St|Ste|Mt)\.\s+)?(?:[A-Z][\w'’\-]*\s+(?:(?:of|de|del|la|al|an|du|and)\s+)?){1,6})(?P<kind>"
    + "|".join(n.replace(" ", r"\s+") for n in TITLED_SITE_NOUNS) + r")\b"
    # (not a chamber: "the House of Commons", "US House Speaker", "House Democrats")
    r"(?!\s+(?:of|Speaker|speaker|Majority|Minority|Democrats?|Republicans?|[Cc]ommittee|[Ss]pokes\w+)\b)")
#: A church named by its denomination is the body, not a building: "the Catholic Church", "the
#: Russian Orthodox Church" (not "St Anne's Catholic Church", a church of stone).
_CHURCH_BODY = re.compile(r"^(?!(?:St\.?|Saint)\s)(?:[A-Z][\w'-]+\s+)*(?:Catholic|Orthodox|Anglican|Lutheran|Evangelical|"
                          r"Methodist|Baptist|Protestant|Reformed|Coptic|Episcopal|Presbyterian|Apostolic)\s+Church$")
#: Words at most after the "and" of one site's name ("Mother and Child [Hospital]"); more, and
#: the "and" joins two sites' names.
_AND_SITE_WORDS = 3
#: A seat of government is a place only where something happens at it ("met at the White House"),
#: not where it speaks ("the White House said", "White House spokesman").
_AT_THE = re.compile(r"\b(?:at|in|inside|outside|(?<!according )to|from|near)\s+(?:the\s+)?$", re.IGNORECASE)
#: ... and for the seats not named as buildings ("the Kremlin"), only where one is at, goes to or
#: takes part from one ("talks at the Kremlin", "drove to Downing Street", "took part from
#: Downing Street"; not "close to the Kremlin", "pressure from the Kremlin").
_AT_THE_SEAT = re.compile(r"(?:\b(?:at|in|inside|outside|into)\s+(?:the\s+)?|\b(?:went|go|goes|going|travell?ed|came|comes|"
                          r"drove|driven|flew|walked|returned|invited|welcomed|headed|taken|escorted|back)\s+"
                          r"(?:\w+\s+)?to\s+(?:the\s+)?|\b(?:part|joined|spoke|speaking|leads?|led|chair(?:s|ed)?|hosts?|"
                          r"hosted|participated|addressed)\b[^.,;]{0,40}\bfrom\s+(?:the\s+)?)$", re.IGNORECASE)
_MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
#: The months of the Islamic calendar (general knowledge), in their usual spellings: a date's words
#: ("Tehran, Dhu al-Qa'dah 28, 1444"), no one's name. The one-word ones are names too ("Ramadan"),
#: so they count only next to a number.
_HIJRI_MONTH = (r"(?:(?:Dhu|Dhul|Zul|Zil)[\s\-]*(?:al[\s\-]*)?(?:Q[ai]['’]?d[ae]h?|Qi['’]?dah|Hijj?ah?)"
                r"|Rabi['’]?[\s\-]+(?:al|ul)[\s\-]*(?:Awwal|Thani|Akhir)|Jumad[ai][\s\-]+(?:al|ul)[\s\-]*(?:Ula|Awwal|Akhirah?|Thani))")
_HIJRI_DATE = re.compile(r"\d{1,2}\s+(?:" + _HIJRI_MONTH + r"|Muharram|Safar|Rajab|Sha['’]?ban|Ramadan|Shawwal)"
                         r"|(?:" + _HIJRI_MONTH + r"|Muharram|Safar|Rajab|Sha['’]?ban|Ramadan|Shawwal)\s+\d{1,2}\b|" + _HIJRI_MONTH)
#: Latin letters with their accents, by case ("İhsanoğlu", "Ólafur", "Łukasz"): names' letters.
_UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
_LOWER = "a-z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.islower())
_NAME_WORD_END = rf"[{_LOWER}]+(?:['’](?!s\b)[{_LOWER}]+)?"  # ("Va'aletoa", not "Kim's")
_NAME_AFTER_TITLE = re.compile(rf"(?P<name>[{_UPPER}]{_NAME_WORD_END}(?:[ \-][{_UPPER}]?{_NAME_WORD_END}){{0,3}})\b")
_NAME_PARTICLE = re.compile(r"(?:bin|ibn|bint|al|el|de|da|dos|van|von|der)[\s\-]")
_TRAILING_PARTICLE = re.compile(r"\s(?:de|de la|del|da|do|dos|das|di|du|des|la|le|el|al)$")
_CAPITALISED_WORD = re.compile(r"(?: (?:la|las|los|le|les|el))? [A-Z][\w\-]+")
_PLACE_NOUN_AFTER = re.compile(r"\s(?:corridor|region|province|district|valley|river|border|crossing|strait|"
                               r"peninsula|enclave|oblast|governorate)\b")
_OF_TAIL = re.compile(r" of [A-Z][a-z]+")
_OF_END = re.compile(r"\s+of(?:\s+the)?$")
#: Before a list of places named by their noun: "the cities of Goma and Bukavu", "the town of".
_PLACES_OF = re.compile(r"\b(?:cities|city|towns|town|villages|village|provinces|regions) of\s+(?:[A-Z][\w\-]+,?\s+)*(?:and\s+)?$")
#: An administrative unit's noun after a place's name ("Fujian province"), cut from it.
_GENERIC_PLACE_TAIL = re.compile(r"\s+(?:province|region|district|county|prefecture|governorate|oblast|state)$")
#: A small word the model ran a building's name into ("the Great Hall of the People on [Monday]").
_TRAILING_SMALL_WORD = re.compile(r"\s+(?:on|in|at|of|and|the|for|to)$")
#: The city a building's name ends with ("the Great Hall of the People in Beijing").
_IN_PLACE_TAIL = re.compile(r"\s+in\s+(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})$")
#: Capitalised words ending in an office noun that is no one's name, before a name of two words or
#: more: "Democratic Caucus Chair [Pete Aguilar]", "House Majority Whip [X Y]" (not "Secretary"
#: of "Secretary General X Y").
_OFFICE_INSIDE = re.compile(r"(?:[A-Z][\w\-]*\s+){1,4}(?:Chair|Chairman|Chairwoman|Chairperson|Speaker|Whip|Minister|Secretary|"
                            r"Director|Governor|Mayor|Spokesman|Spokeswoman|Spokesperson|Ambassador|Envoy|Commissioner|"
                            r"Adviser|Advisor)\s+(?!General\b)(?=[A-Z][\w'’\-]+\s+[A-Z])")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w\-]*)\s+$")  # the word right before a span
#: Last words of the names of formats, accords and buildings the model takes for people.
_EVENT_NAME_WORD = re.compile(r"\s(?:Format|Accords?|Agreement|Declaration|Initiative|Protocol|Doctrine|Summit|Forum|"
                              r"Palace|Airport|Ministry|Council)$")
#: An honour named for someone: "the Order of Zayed", "the King Hamad Order of the Renaissance".
_HONOUR = re.compile(r"\bOrder\s+of\b")
#: A town name's hyphenated particle ("Bormes-les-Mimosas").
_PARTICLE_GAP = re.compile(r"-(?:les|le|la|sur|sous|en|de|des|du|lès|upon|on|in|am|an|im|bei)-")
_SUFFIXED = re.compile(r"\S+ (?:Jr|Sr)\.?|\S+ (?:II|III|IV)")  # "Teodoro Jr." (of "Gilberto Teodoro Jr.")
_TITLE_OF = re.compile(r"(.{2,40}?)\s+of\s+(?=[A-Z])")
_HYPHEN_TAIL = re.compile(r"-[A-Za-z]+\b")
#: (and "I", where it cannot be the pronoun: "Bartholomew I at the Patriarchate", "Elizabeth I's reign")
_REGNAL = re.compile(r" (?:" + "|".join(n.upper() for n in REGNAL_NUMBERS) + r")\b(?!['’\-])"
                     r"| I(?=['’]s\b|[,.;:)]|\s+(?:at|in|of|on|and|to|with|who|whose|from|during)\b)")
#: A name the model cut at its particle ("Ursula von" + "der Leyen", "Ursula von der" + "Leyen").
_PARTICLES = r"(?:von|van|der|den|ter|de|del|della|la|da|di|du|dos|bin|ibn|bint|al|el)"
_ENDS_WITH_PARTICLE = re.compile(r"\s" + _PARTICLES + r"$")
_PARTICLE_TAIL = re.compile(r"(?:\s" + _PARTICLES + r")*\s[A-Z][\w'’\-]+")
#: ... or just before it, for the particles that only begin a name's last part ("Ursula" + "von der Leyen",
#: "José Eduardo" + "dos Santos", "Diogo Freitas" + "do Amaral")
#: (and an elided "d'" joined to the last part: "Ricardo Viegas" + "d'Abreu", "Massimo" + "D'Alema")
_ELIDED = r"[dD]['’][A-Z][\w\-]+"
_NAME_PARTICLE_TAIL = re.compile(r"(?:\s(?:von|van|bin|ibn|bint|dos|das|da|do))(?:\s" + _PARTICLES + r")*\s[A-Z][\w'’\-]+|\s" + _ELIDED)
#: The second surname of a Spanish name joined to the first by "y": "Arturo Rivera y Damas".
_SPANISH_AND_TAIL = re.compile(r"\sy\s([A-Z][\w'’\-]+)")
#: Prepositions that put a place after them: a "person" the model finds right after one is a place.
_PLACE_PREPOSITIONS = re.compile(r"\b(?:in|near|from|outside|to)\s+$")
#: A minister's portfolio the model folded into the name after it: "Minister for [Petroleum]
#: Musadik Malik".
_PORTFOLIO_OPENS = re.compile(r"\b(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+(?:the\s+)?$")
#: A minister's portfolio begun before a word: "Minister of Water [Resources]".
_PORTFOLIO_WORDS_BEFORE = re.compile(r"\b(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+(?:[A-Z][a-z]+,?\s+){1,3}$")
#: ... or its last word, after the words before it: "Minister of Water Resources and [Irrigation
#: Mohamed Abdel Aty]", "Minister of Foreign Affairs and European [Integration Nicu Popescu]".
_PORTFOLIO_AND = re.compile(r"\b(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+(?:[A-Z][a-z]+,?\s+){1,4}and\s+(?:[A-Z][a-z]+\s+)?$")
_PORTFOLIO_LEAD = re.compile(r"(?:(?i:" + "|".join(sorted((re.escape(p).replace("\\ ", r"\s+") for p in PORTFOLIOS),
                                                        key=len, reverse=True)) + r")\s+(?:and\s+)?)+(?=[A-Z])")  # ("Energy Security")


@dataclass(slots=True)
class Candidate:
    """A span of a document's clean text that may name a person or a place."""

    doc_id: str
    sentence: int
    start: int
    end: int
    text: str
    label: str  # spaCy's label, TITLED for a name found after a title, SITE for a named site
    role: RoleEvidence | None = None
    counterpart_of: str = ""  # the country in "his U.S. counterpart, <name>"
    counterpart_list: int = -1  # where "his Russian and Turkish counterparts, A and B" begins: one list
    context_country: str = ""  # the country named last before it in its sentence, no one between
    titled: bool = False  # a person's title stands right before it
    former: bool = False  # "then-Premier X", "former President Y": someone the story looks back on
    ex_office: bool = False  # "former President Y", "ex-Minister Z": the title before the name is one they held
    companion_of: str = ""  # "X was accompanied by <name>": X's name, or "*" when X is no name ("He")
    sex: str = ""  # "m" or "f" when a form of address says so right before it: "Mr. X", "Mrs. Y"
    address: str = ""  # that form of address as written, up to the name: "Mrs. "
    bracketed: bool = False  # the name (and its form of address) stands alone in brackets: "Mrs Lee (Ms Ho Ching)"
    known_as: str = ""  # the name the text says this person is known by: "X, better known as <Hemedti>"
    surname: str = ""  # the surname a given name shares with the name after it: "<Jason> and Laurie Holt"


def _share_surnames(found: list[Candidate], text: str) -> None:
    """"Holt's parents, Jason and Laurie Holt": a given name alone before "and" and a full name of
    two words shares its surname (`Candidate.surname`). Not that surname itself ("Obama and
    Michelle Obama"), nor a word of a full name of another surname the story tells ("Putin and Xi
    Jinping" after "Vladimir Putin", "Lula and Dilma Rousseff" after "Luiz Inácio Lula da Silva"),
    nor a titled name."""
    gaz = get_gazetteer()
    full = [c.text.split() for c in found if c.label in ("PERSON", "TITLED") and " " in c.text]
    for before, a, b in zip([None, *found], found, found[1:]):
        surname = b.text.split()[-1]
        if before is not None and text[before.end:a.start].strip() == "":
            continue  # (the end of a name the model cut: "Fritz Alphonse" + "Jean and Leslie Voltaire")
        if (a.label in ("PERSON", "PROPN") and " " not in a.text and a.text[:1].isupper() and a.text != surname
                and not any(a.text in words and words[-1] != surname for words in full)
                and not a.titled and not (a.role and a.role.role) and text[a.end:b.start] == " and "
                and b.label == "PERSON" and len(b.text.split()) == 2 and gaz.place(a.text) is None):
            a.surname = surname


#: Titles that are given names too ("Amir Ohana"): a name's first word after another title.
_TITLES_AND_GIVEN_NAMES = frozenset({"amir", "emir", "sultan"})


def _given_name_after_a_title(text: str, start: int) -> bool:
    """Whether the name at `start` opens with a title that is a given name too, right after another
    title: "Foreign Minister [Amir] Khan Muttaqi", "envoy [Amir] Taleb" (not "Emir Tamim")."""
    first = text[start:start + 12].split(maxsplit=1)
    return bool(first) and first[0].lower() in _TITLES_AND_GIVEN_NAMES and _title_or_address_before(text, start)


def sentence_starts(sdoc) -> list[int]:
    return [s.start_char for s in sentences(sdoc)]


#: A capitalised word, and a particle, right before a place's name make it the end of a person's.
_NAME_BEFORE = re.compile(r"[A-Z][\w'’\-]*\s+(?:(?:de|da|del|di|du|van|von|der|den|la|le|bin|ibn|al|el)\s+)?$")
#: The rest of a place's name after a particle: " el Ghazal" of "Northern Bahr el Ghazal".
_PARTICLE_PLACE_TAIL = re.compile(r"[ \-](?:el|al|de|des|du|da|di|del|es|la|le)[ \-][A-Z][\w'’\-]+")
#: The rest of a state's long name after a span: " of Micronesia", " of the Congo".
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’\-]+\s?){1,3}")
#: Titles that begin names of bodies and firms as often as a person's ("General Motors", "Governor
#: General", "Director General"): no person's title in an "organisation".
_NOT_BEFORE_A_NAME = frozenset({"general", "secretary", "governor", "director", "commander", "colonel", "admiral",
                                "leader", "senator", "representative", "mayor", "speaker", "chief", "brigadier"})
#: Honorifics said only before a person's name ("Dr Abiy", not "Seri Perdana", a residence).
_HONORIFICS_OF_NAMES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof", "Miss", "Hon", "Honourable", "Honorable"})
#: A title and a name, all of an entity: "King Philippe", "President William Ruto".
_TITLED_ORG = re.compile(r"(?P<title>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?P<name>(?:(?:de|da|van|von|del|di|du|le|la|al|el) )?"
                         r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})$")  # ("General de Gaulle")
#: The rest of a name with an apostrophe inside, which the tokenizer cut ("Va'aletoa", "Shia' al-Sudani").
_APOSTROPHE_TAIL = re.compile(r"['’](?:(?!s\b)[a-z][\w\-]*|\s+(?:al|el)-[A-Z][\w\-]*)(?:\s+[A-Z][\w\-]+){0,2}")
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
#: Letters after a name that stand for a seat or an honour (general knowledge): "the Hon Pat Conroy
#: MP", "Ms Sam Mostyn AC", "Sir Kofi Mensah KCMG".
_POST_NOMINAL = re.compile(r"(?<=[a-z])\s+(?:MP|MPs|MLA|MHA|MEP|MSP|MNA|AC|AO|QC|KC|SC|OBE|CBE|MBE|KBE|DBE|GBE|CMG|KCMG|GCMG|PhD)$")


def repair_span(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Cut possessives, a leading 'the', trailing hyphens; complete a truncated hyphenated name
    and a place name cut after its particle ("Santa Cruz de la" + "Sierra")."""
    if label in PLACE_LABELS and _TRAILING_PARTICLE.search(text, start, end) and (m := _CAPITALISED_WORD.match(text, end)):
        end = m.end()
    if label in PLACE_LABELS and (m := _GENERIC_PLACE_TAIL.search(text, start, end)) and m.start() > start:
        end = m.start()  # "Fujian province": Fujian
    if label == "PERSON" and (m := _HYPHEN_TAIL.match(text, end)) and not (
            m.group(0)[1:2].isupper() and get_gazetteer().place(text[start:end]) is not None):
        end = m.end()  # ("Windhoek" + "-Okahandja road": two places, no one's name)
    if label == "PERSON" and (m := _REGNAL.match(text, end)):
        end = m.end()  # "King Abdullah" + " II"
    if label == "PERSON" and (
            (_ENDS_WITH_PARTICLE.search(text, start, end) and (m := _PARTICLE_TAIL.match(text, end)))
            or (m := _NAME_PARTICLE_TAIL.match(text, end))):
        end = m.end()  # "Ursula von" + " der Leyen"
    if label == "PERSON" and " " in text[start:end].strip() and (m := _SPANISH_AND_TAIL.match(text, end)) and \
            get_gazetteer().place(m.group(1)) is None:
        end = m.end()  # "Jaime Ortega" + " y Alamino": a Spanish surname of two joined by "y"
    if label == "PERSON" and (m := _APOSTROPHE_TAIL.match(text, end)):
        end = m.end()  # "Tuimalealiifano Va" + "'aletoa Sualauvi", "Mohammed Shia" + "' al-Sudani"
    if m := _SPACED_DASH.search(text, start, end):
        end = m.start()  # "Suhail al-Mazrouei - signed", "United Arab Emirates - Razzaq": two phrases
    if label in ("PERSON", "ORG") and (m := _POST_NOMINAL.search(text, start, end)) and (
            label == "PERSON" or re.match(r"(?:the\s+)?(?:Hon|Honourable|Honorable)\b", text[start:end])):
        end = m.start()  # "Billy Joseph MP": the name (an "organisation" only after the style "Hon")
    chunk = straight_quotes(text[start:end])
    if m := re.search(r"'s?$", chunk):
        end = start + m.start()
    while end > start and text[end - 1] in " -–—,":
        end -= 1
    chunk = text[start:end]
    if m := re.match(r"(?:the|The)\s+", chunk):
        start += m.end()
    newline = text.find("\n", start, end)
    if newline != -1:
        end = newline
    return start, end


def _in_the_next(place, country) -> bool:
    """Whether a place of the gazetteer lies in the country named after it ("Abuja, Nigeria")."""
    return place is not None and country is not None and country.kind == "country" and place.country == country.name


def _comma_parts(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """"Samia, Harris" (a headline's list the model tagged as one person) -> its names."""
    if "," not in text[start:end]:
        return None
    parts = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^,]+", text[start:end])]
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in parts if text[a:b].strip()]


def split_compound(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """("U.S.-North Korea") -> the spans of its parts when every part is a known place."""
    chunk = text[start:end]
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^\-–/]+", chunk)]
    if len(pieces) < 2:
        return None
    gaz = get_gazetteer()
    if all(gaz.place(chunk[a:b]) for a, b in pieces):
        return [(start + a, start + b) for a, b in pieces]
    (a1, b1), (a2, b2) = pieces[0], pieces[1]
    if gaz.place(chunk[a1:b1]):
        # "the Kuala Lumpur-Singapore High-Speed Rail": the two places it joins
        ends = [a2 + m.end() for m in re.finditer(r"\S+", chunk[a2:b2])]
        end = next((e for e in reversed(ends) if gaz.place(chunk[a2:e])), None)
        if end is not None and end < b2:
            return [(start + a1, start + b1), (start + a2, start + end)]
    return None


def find_candidates(doc_id: str, sdoc) -> list[Candidate]:
    """Every person- or place-like span of one parsed document, repaired, in text order."""
    text = doc_text(sdoc)
    starts = sentence_starts(sdoc)

    def sentence_of(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    found: list[Candidate] = []
    office_spans: list[tuple[int, int]] = []  # an office the model ran on into a name (`_name_after_office`)
    taken = Coverage(len(text))
    gaz = get_gazetteer()
    for m in gaz.joined_names().finditer(text):  # "Port of Spain", "Trinidad and Tobago": whole, however the model cut them
        before = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before and m.start() - len(before.group(0)) not in starts:
            continue  # "Louis Saint-Laurent", "Isabel de Saint Malo": the end of a person's name
        if (after := re.match(r"\s+([A-Z][\w'’\-]*)", text[m.end():m.end() + 40])) and after.group(1).lower() not in title_words():
            continue  # "the Shangri-La Dialogue", "the Vasco da Gama bridge": the start of another name
            # (but "Trinidad and Tobago Prime Minister X")
        found.append(Candidate(doc_id, sentence_of(m.start()), m.start(), m.end(), m.group(0), "GPE"))
        taken.add(m.start(), m.end())
    for ent in sdoc.ents:
        label = ent.label_
        if label not in CANDIDATE_LABELS:
            entry = gaz.place(ent.text) if label in _MISLABELLED_PLACE_LABELS else None
            if entry is None or entry.kind not in ("country", "city"):
                continue
            label = "GPE"  # "in Montevideo" tagged PRODUCT: the gazetteer knows the city
        if label == "NORP" and (entry := gaz.place(ent.text)) is not None and entry.kind in ("country", "city") \
                and not gaz.is_demonym(ent.text):
            label = "GPE"  # "a state visit to Tajikistan", "travelled to Tunis" tagged as a nationality
        elif label == "GPE" and gaz.is_demonym(ent.text) and gaz.place(ent.text) is None:
            label = "NORP"  # "in the Angolan capital Luanda": a nationality tagged as a place
        if label == "PERSON" and len(ent) > 1 and ((ent[0].tag_ == "VBG" and ent[0].i == ent[0].sent.start)
                                                   or ent[0].lower_ in _OPENING_VERBS):
            ent = ent[1:]  # "Joining Marcos in the expanded meeting were ...": a verb that opens the sentence
        name_at = _name_after_office(ent, text, gaz)
        if name_at is not None:
            # "Minister of the Armed Forces Sébastien Lecornu" tagged as one organisation: the
            # body keeps its label, the name is a person's
            a, b = repair_span(text, name_at, ent.end_char, "PERSON")
            if not taken.overlaps(a, b):
                found.append(Candidate(doc_id, sentence_of(a), a, b, text[a:b], "PERSON"))
                taken.add(a, b)
            office_spans.append((ent.start_char, name_at))  # (no name is looked for among its words)
            if label == "PERSON":
                continue
            cut = ent.start_char + len(text[ent.start_char:name_at].rstrip())
            if (m := re.search(r"\s+(\S+)$", text[ent.start_char:cut])) and is_form_of_address(m.group(1)):
                cut = ent.start_char + m.start()  # "the Republic of Rwanda HE" + "Paul Kagame"
            start, end = repair_span(text, ent.start_char, cut, label)
        else:
            start, end = repair_span(text, ent.start_char, ent.end_char, label)
        if re.fullmatch(r"(?:[Tt]he\s*)?", text[start:end]):
            continue  # ("the Hon" + "Pat Conroy": nothing of a name or place is left)
        if taken.overlaps(start, end):
            # the rest of a name repaired just before ("Ursula von" + "der Leyen"), or more of it
            # ("Prince Salman" + "bin Hamad" + "bin Hamad Al-Khalifa")
            last = found[-1] if found else None
            if last is not None and last.label == "PERSON" and last.start < end and start < last.end < end:
                found[-1] = replace(last, end=end, text=text[last.start:end])
                taken.add(last.end, end)
            continue
        if label in PLACE_LABELS and (m := _OF_END.search(text, start, end)):
            # "the Democratic Republic of the" + "Congo": the model cut a state's long name; kept
            # whole when the gazetteer knows it, else the fragment goes (the place after is found)
            run = re.match(r"(?:\s+the)?((?:\s+[A-Z][\w'’\-]+){1,3})", text[end:end + 60])
            ends = [end + run.start(1) + w.end() for w in re.finditer(r"\s+\S+", run.group(1))] if run else []
            whole = next((e for e in ends if gaz.place(text[start:e]) is not None), None)
            if whole is None:
                continue
            end = whole
        if label in PLACE_LABELS and (m := _PARTICLE_PLACE_TAIL.match(text, end)) \
                and gaz.place(text[start:m.end()]) is not None and gaz.place(text[start:end]) is None:
            end = m.end()  # "Northern Bahr" + " el Ghazal": a place's name the model cut at its particle
        if label == "ORG" and (m := _TITLED_ORG.match(text, start, end)) and (
                is_title(m.group("title")) or m.group("title").split()[0] in _HONORIFICS_OF_NAMES) \
                and (m.group("title").lower() not in _NOT_BEFORE_A_NAME or m.group("name")[:1].islower()) \
                and not _NOT_A_NAME.search(text, m.start("name"), end) \
                and gaz.place(m.group("name")) is None \
                and not any(w.lower() in title_words() or w in TITLED_SITE_NOUNS or w.lower() in BODY_NOUNS
                            for w in m.group("name").split()):  # (nor "the General de Gaulle Foundation")
            label = "PERSON"  # "King Philippe", "President Ruto", "Dr Abiy" tagged as an organisation
        if label in PLACE_LABELS and gaz.place(text[start:end]) is None and (m := _OF_AFTER.match(text, end)) and (
                whole := next((e for e in (end + w.end() for w in re.finditer(r"\S+", text[end:m.end()]))
                               if gaz.place(text[start:e]) is not None and gaz.place(text[start:e]).kind == "country"), None)):
            end = whole  # "Federated States" + " of Micronesia": a state's long name the model cut
        if label == "PERSON" and _PLACES_OF.search(text, max(0, start - 60), start):
            label = "GPE"  # "the eastern cities of Goma and Bukavu", tagged as people
        if label == "PERSON":
            if (whole := patterns().leading_title.match(straight_quotes(text[start:end]) + " ")) and whole.end() > end - start:
                continue  # "Niue Premier" + "Toke Talagi": a country's title the model tagged apart, no name
            _, cut = strip_leading_title(text[start:end])
            if not (" " in text[start:end] and _given_name_after_a_title(text, start)):
                start += cut
            if (m := _PLACE_THEN_ADDRESS.fullmatch(text, start, end)) and gaz.place(m.group("place")) is not None:
                end = start + len(m.group("place"))  # "Tamil Nadu Thiru" (+ "M.K. Stalin"): the place his title was of
            if is_form_of_address(text[start:end]):
                continue  # "Emir Sheikh": titles and a form of address, no name
            if (m := _WORD_BEFORE.search(text, max(0, start - 30), start)) and is_title(m.group(1) + " " + text[start:end]):
                continue  # "State" + "Councilor": the end of a title the model tagged as a name
            if is_title(text[start:end]) and _after_the(text, start):
                continue  # "the Amir met ...": an office, said of whoever holds it
            if _EVENT_NAME_WORD.search(text, start, end):
                continue  # "the Normandy Format", "the Abraham Accords": not a person
            if _PLACE_PREPOSITIONS.search(text[max(0, start - 12):start]) and not re.match(r"['’]s\b", text[end:end + 2]):
                label = "GPE"  # "in Khan Younis": the model took a town for a person
            if _PLACE_NOUN_AFTER.match(text, end):
                label = "LOC"  # "the Lachin corridor", "Tigray region": a place named by its noun
            if (m := _OF_TAIL.match(text, end)) and is_title(text[start:end].split()[-1] + m.group(0)):
                continue  # "former Nigerian Head of State": a title the model cut, no name
        if label != "PERSON" and (m := _TITLE_OF.match(text, start, end)) and is_title(m.group(1)):
            start = m.end()  # "Sultan of Sokoto": the place, without the office
        if end <= start:
            continue
        if label == "PERSON" and _HOLIDAY.match(text, end):
            continue  # "St Patrick's Day", "Valentine's Day": a day, not a person
        if label != "PERSON" and re.search(r"\s(?:Day|Eve)$", text[start:end]):
            continue  # "Bastille Day", "Republic Day": a day, not a place (but "Doris Day")
        if label == "PERSON" and " " not in text[start:end] and gaz.affiliation(text[start:end]) and not gaz.place(text[start:end]):
            label = "NORP"  # "his Azerbaijani counterpart": a demonym the model took for a name
        if label in ("FAC", "LOC", "ORG"):
            while m := _TRAILING_SMALL_WORD.search(text, start, end):
                end = m.start()  # "the Great Hall of the People on [Monday]", "Chinh and"
            if (m := _IN_PLACE_TAIL.search(text, start, end)) and gaz.place(m.group("place")) is not None:
                # "the Great Hall of the People in Beijing": the building, and the city it is in
                found.append(Candidate(doc_id, sentence_of(m.start("place")), m.start("place"), end, m.group("place"), "GPE"))
                taken.add(m.start("place"), end)
                end = m.start()
        possessive = re.search(r"'s\s+(?=[A-Z])", straight_quotes(text[start:end])) \
            if label != "PERSON" and gaz.place(text[start:end]) is None else None
        if possessive and label == "ORG" and text[start:end].split()[-1].lower() in BODY_NOUNS:
            possessive = None  # ("the People's Organization", "the Workers' Party": a body's own name)
        if possessive:  # "Al Jazeera's McBride": an outlet's or a country's person
            # (but "the People's Republic of China" is one state's name)
            head = (start + possessive.end(), end)
            found.append(Candidate(doc_id, sentence_of(head[0]), head[0], end, text[head[0]:end], "PROPN"))
            taken.add(*head)
            end = start + possessive.start()
        compound = _comma_parts(text, start, end) if label in ("PERSON", "ORG") else split_compound(text, start, end)
        if label in ("GPE", "LOC") and (parts := _comma_parts(text, start, end)) and len(parts) == 2 and _in_the_next(
                *(gaz.place(text[a:b]) for a, b in parts)):
            compound = parts  # "Abuja, Nigeria": the city and its country (not "Paris, Texas")
        spans = compound or [(start, end)]
        for a, b in spans:
            a, b = repair_span(text, a, b, label)
            if b > a:
                found.append(Candidate(doc_id, sentence_of(a), a, b, text[a:b], label if not compound or label in ("PERSON", "ORG") else "GPE"))
                taken.add(a, b)
    for span in office_spans:
        taken.add(*span)  # "...Commission for External Relations" + a name: "Relations" is no name
    found.extend(_titled_names(doc_id, sdoc, taken, sentence_of))
    found.extend(_proper_noun_runs(doc_id, sdoc, taken, sentence_of))
    found.extend(_known_name_words(doc_id, sdoc, found, taken, sentence_of))
    found.extend(_named_sites(doc_id, text, found, sentence_of))
    found.sort(key=lambda c: (c.start, c.end))
    found = _join_split_names(found, text)
    found = _with_nicknames(doc_id, found, text, sentence_of)
    found = _with_cut_first_names(found, text, taken, sdoc)
    found = _join_hyphenated_places(found, text)
    found = _drop_headline_word_runs(found, text)
    found = _split_name_pairs(found, text)
    found = _without_title_words(found, text)
    _people_by_coordination(found, sdoc)
    # ("Minister of Water [Resources] and Irrigation X": a word of a portfolio, however it was found)
    # ("General Intelligence Service": a body after a word that is also a title)
    # ("the Order of Zayed", "the King Hamad Order of the Renaissance": an honour, however found)
    found = [_without_small_tail(_without_style(c, text), text) for c in found
             if not _only_a_style(c, text)
             and not (c.label in ("TITLED", "PROPN") and (_in_portfolio(text, c.start, c.end) or _NOT_A_NAME.search(c.text)))
             and not _hijri_date(c, text)
             and not (c.label in ("PERSON", "TITLED", "PROPN") and _HONOUR.search(text, c.start, min(len(text), c.end + 3)))
             and not _title_in_use(c, text)
             and not _opens_a_title(c, text)
             and not PARTY_AND_STATE.fullmatch(c.text)]
    for cand in found:
        attach_roles(cand, sdoc, starts)
    _share_surnames(found, text)
    share_list_roles(found, text)
    attach_context_countries(found, text)
    attach_companions(found, sdoc)
    for cand in found:
        if cand.label in ("PERSON", "TITLED", "PROPN") and (former := _FORMER.search(text, max(0, cand.start - 60), cand.start)):
            cand.former = True
            cand.ex_office = bool(cand.role and cand.role.text and _held_before(former.group(0), cand.role.text))
        if cand.label in ("PERSON", "TITLED", "PROPN") and (address := _ADDRESSED.search(text, max(0, cand.start - 12), cand.start)) \
                and not (text[address.start(1) - 1:address.start(1)] in _QUOTES and text[cand.end:cand.end + 1] in _QUOTES):
            # (not a song's or a show's name in quotes: "Mrs. Robinson"; "Mr. and Mrs. X" is a couple's
            # name, of neither sex)
            couple = _COUPLE.search(text, max(0, address.start(1) - 20), address.start(1)) is not None
            cand.sex = "" if couple else "f" if address.group(1).lower() in FEMALE_ADDRESS else "m"
            cand.address = text[address.start(1):cand.start]
        if cand.label in ("PERSON", "TITLED", "PROPN"):
            cand.bracketed = text[:cand.start - len(cand.address)].endswith("(") and text[cand.end:].startswith(")")
    return found


#: A place, then a form of address, in one span the model tagged a person's (the name after it
#: in another): "... Chief Minister of Tamil Nadu Thiru | M.K. Stalin".
_PLACE_THEN_ADDRESS = re.compile(r"(?P<place>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})\s+(?:" + HONORIFICS + r")\.?")
#: A form of address that tells a person's sex, right before the name: "Mr. Balasingham", "Mrs Adele Balasingham".
_ADDRESSED = re.compile(r"(?<![\w.])(Mr|Mrs|Ms|Miss|Madam|Madame|Mme|Mister|Sir|Dame|Herr|Frau|Monsieur|Begum|Shri|Shrimati|Smt|Thiru|Thirumathi|Tmt)\.?\s+$")
#: Quotation marks, which around a form of address and a name make a title of them: "Mrs. Robinson".
_QUOTES = frozenset('"“”‘’\'')
#: "Mr. and" before "Mrs. X": the name is a couple's, neither's alone.
_COUPLE = re.compile(r"\b(?:Mr|Monsieur|M)\.?\s+(?:and|&)\s+$")
FEMALE_ADDRESS = frozenset({"mrs", "ms", "miss", "madam", "madame", "mme", "dame", "frau", "begum", "shrimati", "smt",
                            "thirumathi", "tmt"})


def _after_the(text: str, start: int) -> bool:
    """Whether "the" stands right before `start`: "the Amir met ...", "the Hon X"."""
    return re.search(r"\b[Tt]he\s+$", text[max(0, start - 5):start]) is not None


def _title_in_use(c: Candidate, text: str) -> bool:
    """A one-word title after "the" or right before a name is the title, not someone of that
    surname: "the King received X", "Bishop Tomeka" (not Ms Bishop)."""
    return (" " not in c.text.strip() and is_title(c.text)
            and (_after_the(text, c.start) or re.match(r" [A-Z]", text[c.end:c.end + 2]) is not None))


#: Last words of an office's portfolio or body, after which a name may follow in one entity
#: ("Minister for Petroleum Musadik Malik", "the Commission for External Relations Le Van Trung",
#: "President of the Republic Maria Costa").
_OFFICE_END_WORDS = (frozenset(w for p in PORTFOLIOS for w in p.split()) | {
    "secretariat", "resources", "commission", "committee", "relations", "affairs", "forces", "council", "ministry",
    "department", "office", "bureau", "agency", "authority", "assembly", "parliament", "cabinet", "politburo",
    "professor", "member", "republic", "kingdom", "federation", "government", "police"}) - {"and", "of"}
#: An office named right before: "Minister of ", "Ambassador to ", "member of the Party's ".
_OFFICE_BEFORE = re.compile(r"\b(?P<office>[A-Za-z][\w\-]*)\s+(?:of|for|to)\s+(?:[^\s.;:]+\s+){0,8}$")
_NAME_JOINERS = frozenset({"bin", "ibn", "bint", "al", "el", "de", "van", "von", "der", "-"})
#: Words that say "son of" or "daughter of": the word after them is a name ("bin Sultan").
_PATRONYMICS = frozenset({"bin", "ibn", "bint", "ben", "binti", "abu", "ould", "wad"})


def _opens_a_title(c: Candidate, text: str) -> bool:
    """Whether a one-word span is the first word of a title the next word ends: "[Snr.] Gen. X",
    the model's cut of an abbreviated rank."""
    nxt = re.match(r"\s+([A-Z][\w.\-]*)", text[c.end:c.end + 20])
    return " " not in c.text.strip() and nxt is not None and is_title(f"{c.text.strip()} {nxt.group(1)}")


def _name_after_office(ent, text: str, gaz) -> int | None:
    """Where a person's name starts in an entity the model ran on from an office or a place
    before it: "[Ambassador to] Saudi Arabia Ahmad Farooq", "[Minister of] the Armed Forces
    Sébastien Lecornu", "[Deputy Governor of] Makkah Prince Saud bin Mishal". Only after an
    office ("<title> of/for/to") or where the entity holds a title before the name; the name is
    two to six capitalised words (and particles), none a title's, a body's or a place's."""
    tokens = [t for t in ent if not t.is_space]
    if len(tokens) < 3:
        return None
    sent_start = ent.sent.start_char
    office = _OFFICE_BEFORE.search(text, max(sent_start, ent.start_char - 80), ent.start_char)
    after_office = office is not None and office.group("office").lower() in (title_words() | {"member"}) - {"of", "for", "the", "to"}
    words = title_words() | _OFFICE_END_WORDS
    # (an office the entity opens with: "[Minister of Industry and Trade] Tran Tuan Anh")
    opens_office = (lead := re.match(r"(\w+)\s+(?:of|for|to)\s", ent.text)) is not None and lead.group(1).lower() in title_words()
    for k in range(len(tokens) - 2, 0, -1):
        tail = tokens[k:]
        if not (tail[0].text[:1].isupper() and tail[-1].text[:1].isupper() and len(tail) <= 6
                and all((t.text[:1].isupper() and t.pos_ == "PROPN" and t.lower_ not in words and t.lower_ not in _MONTHS_AND_DAYS)
                        or t.lower_ in _NAME_JOINERS for t in tail)):
            continue
        last = tokens[k - 1].lower_
        prefix = text[tokens[0].idx:tokens[k - 1].idx + len(tokens[k - 1])]
        # (the word before the name ends a title, or a portfolio after an office: not "[Naval] Base
        # Point Loma", whose "naval" only begins one, "Chief of Naval Staff")
        titled = (last in (title_words() if after_office or opens_office else title_end_words())
                  and last not in ("of", "for", "the", "and", "to")) \
            or is_form_of_address(tokens[k - 1].text)
        if titled and k >= 2 and tokens[k - 2].lower_ in _PATRONYMICS:
            continue  # "Zayed bin Sultan Al Nahyan": a father's name that is a title's word too
        # (or the one-word name of the body the office is of, "chairman of the management committee
        # of [Gazprom] Alexei Miller", in a span the model took for a body: "the chief adviser of
        # Recep Tayyip Erdogan", a person's, keeps his first name)
        of_body = k == 1 and after_office and text[max(0, ent.start_char - 4):ent.start_char] == " of " \
            and tokens[0].pos_ == "PROPN" and tokens[0].text[:1].isupper() and ent.label_ in ("ORG", "FAC")
        # (or a comma sets the name off from the office's portfolio: "[Minister of Foreign Affairs and]
        # the National Community Abroad, Ramtane Lamamra")
        set_off = last == "," and k >= 2 and after_office
        # (not a given name that is a town's too, before an initial: "Antony J. Blinken")
        placed = gaz.place(prefix) is not None and not (k == 1 and re.fullmatch(r"[A-Z]\.", tail[0].text))
        ends_office = last in _OFFICE_END_WORDS or titled or placed or of_body or set_off
        tail_text = text[tail[0].idx:tail[-1].idx + len(tail[-1])]
        if (ends_office and (after_office or titled) and gaz.place(tail_text) is None
                and not _NOT_A_NAME.search(tail_text) and not _TITLED_SITE.search(tail_text)):
            if ent.label_ == "PERSON" and strip_leading_title(text[ent.start_char:ent.end_char])[1] >= tail[0].idx - ent.start_char:
                return None  # "Ayatollah Sayyid Ali Khamenei": titles and forms of address, cut as such
            return tail[0].idx
    return None


def _join_hyphenated_places(found: list[Candidate], text: str) -> list[Candidate]:
    """Two spans joined by a hyphen or an "and" that together name one place: "Congo" + "Brazzaville" is
    Congo-Brazzaville (the country), not the country Congo and the city Brazzaville; "Bormes" +
    "-les-" + "Mimosas" is one town."""
    gaz = get_gazetteer()
    out: list[Candidate] = []
    for c in found:
        last = out[-1] if out else None
        gap = text[last.end:c.start] if last is not None else ""
        # (also "St Kitts" + " and " + "Nevis", "St. Vincent and the Grenadines": one state's name)
        country = gap in ("-", " and ", " and the ") and (entry := gaz.place(text[last.start:c.end])) is not None \
            and entry.kind == "country"
        # ("Bormes-les-Mimosas", "Stratford-upon-Avon": a town's name with its particle)
        particle = _PARTICLE_GAP.fullmatch(gap) is not None and c.label in PLACE_LABELS | {"PROPN"}
        if last is not None and (last.label in PLACE_LABELS or (country and last.label in ("PROPN", "PERSON"))) and (country or particle):
            out[-1] = replace(last, end=c.end, text=text[last.start:c.end], label="GPE")
        else:
            out.append(c)
    return out


#: Words that make a capitalised phrase an organisation or a place, never a person's name.
_NOT_A_NAME = re.compile(r"\b(?:Ministry|Council|Party|Bank|Union|Organi[sz]ation|Committee|Agency|Forum|Group|"
                         r"Commission|Office|Court|Army|Force|Forces|Police|Assembly|Parliament|Congress|Senate|"
                         r"University|Institute|Centre|Center|Palace|House|Airport|Bridge|Company|Corporation|"
                         r"Association|Movement|Front|Alliance|Summit|Conference|News|Times|Post|Daily|Service|"
                         r"Services|Department|Directorate|Bureau|Authority|Secretariat|Charter|Treaty|Convention|"
                         r"Day)\b")  # (a holiday: "On Thursday, Europe Day, the leaders gathered")


#: Words that make a titled name a place's: "King George Street", "Prince Edward Island", "Queen
#: Alia International Airport".
_PLACE_NOUNS = frozenset({
    "street", "road", "avenue", "square", "boulevard", "bridge", "island", "islands", "bay", "airport", "centre",
    "center", "hall", "palace", "park", "hospital", "university", "college", "school", "museum", "mosque", "church",
    "cathedral", "temple", "stadium", "port", "canal", "lake", "river", "land", "county", "city", "town", "district",
    "station", "gate", "garden", "gardens", "house", "tower", "building", "complex", "academy", "base", "camp",
    "valley", "pond", "ponds", "falls", "beach", "hill", "hills", "mount", "mountain", "market", "causeway"})


def titled_person(text: str) -> bool:
    """Whether a place's candidate is a person's name with a title: "Grand Duke Henri",
    "Hereditary Grand Duke Guillaume", "Patriarch Kirill", or a country's title, "Brunei Sultan";
    not a place named after someone ("King George Street", "Prince Edward Island")."""
    words = text.strip().rstrip(".").split()
    if any(w.lower() in _PLACE_NOUNS for w in words):
        return False
    if len(words) >= 2 and is_title(words[-1]) and get_gazetteer().affiliation(" ".join(words[:-1])):
        return True
    rest, cut = strip_leading_title(text.strip().rstrip("."))
    return bool(cut) and 1 <= len(rest.split()) <= 2 and rest[:1].isupper()


def _people_by_coordination(found: list[Candidate], sdoc) -> None:
    """A name the model took for an organisation or a place, coordinated with a person's name
    ("Gustavo Petro and Nicolás Maduro met"), is a person's name when it looks like one: two to
    four capitalised words, none of them an organisation's or a place's word, unknown to the
    gazetteer. So is one after a title, a counterpart, a relative, a country's possessive in a
    list, or one that opens an item of a list with its place ("Manik Sarkar of Tripura", in
    `found` as the name and the place)."""
    gaz = get_gazetteer()
    persons = [c for c in found if c.label == "PERSON"]
    text = doc_text(sdoc)
    places: list[Candidate] = []
    for c in found:
        if c.label in ("ORG", "PERSON") and (split := _NAME_OF_PLACE.fullmatch(c.text)) and gaz.place(split.group(2)) is not None \
                and _LIST_OPENS_BEFORE.search(text, max(0, c.start - 6), c.start) and not _NOT_A_NAME.search(split.group(1)) \
                and not _has_office_word(split.group(1)):
            # "..., Manik Sarkar of Tripura and ..." tagged as one organisation: a person, and the place
            places.append(Candidate(c.doc_id, c.sentence, c.start + split.start(2), c.end, split.group(2), "GPE"))
            c.end, c.text, c.label = c.start + split.end(1), split.group(1), "PERSON"
            continue
        if c.label not in ("ORG", "GPE", "PROPN", "FAC", "NORP") or not 2 <= len(c.text.split()) <= 4 or _NOT_A_NAME.search(c.text):
            continue
        if not all(w[:1].isupper() for w in c.text.split()) or gaz.place(c.text) or gaz.affiliation(c.text):
            continue
        if c.label in ("GPE", "LOC") and titled_person(c.text) and (cut := strip_leading_title(c.text)[1]) \
                and not _PLACE_PREPOSITIONS.search(text, max(0, c.start - 12), c.start):
            # "met Patriarch Anthony", tagged a place (not "in Prince Albert", a town)
            c.start, c.text, c.label = c.start + cut, c.text[cut:], "TITLED"
            continue
        if c.label == "NORP":
            # ("the Foreign Ministers of Armenia and Azerbaijan, Vartan Oskanian and Vilayat Guliev":
            # a nationality's word only by the model; no other evidence makes one a name)
            if not any(gaz.affiliation(w) for w in c.text.split()) and _coordinated_with_a_person(c, sdoc, persons):
                c.label = "PERSON"
            continue
        if c.label != "ORG" and (owner := _POSSESSIVE_BEFORE.search(text, max(0, c.start - 40), c.start)) \
                and gaz.affiliation(owner.group(1)) and not is_office_phrase(c.text, _OFFICE_WORDS) \
                and _after_a_listed_person(found, text, owner.start()) and not _TITLED_SITE.search(c.text):
            c.label = "PERSON"  # "Prime Minister A, Sweden's Ulf Kristersson, Denmark's B": a list's name, a country's
            continue
        if c.label in ("PROPN", "FAC", "ORG") and (of := _OF_PLACE_AFTER.match(text, c.end)) and gaz.place(of.group(1)) is not None \
                and _LIST_OPENS_BEFORE.search(text, max(0, c.start - 6), c.start) \
                and not _has_office_word(c.text) and not _TITLED_SITE.search(c.text) and not _SITE.search(c.text) \
                and (c.label == "PROPN" or _after_a_listed_person(found, text, c.start)):
            # "chief ministers — Tarun Gogoi of Assam, Mukul Sangma of Meghalaya and ...": each a
            # person (and one the model took for a building or a body, after a person of the list:
            # "Sergei Lavrov of Russia, Hamrokhon Zarifi of Tajikistan")
            c.label = "PERSON"
            continue
        if c.label == "ORG" and _LISTED_AFTER_PEOPLE.search(text, max(0, c.start - 200), c.start) \
                and not _has_office_word(c.text) and not _TITLED_SITE.search(c.text):
            c.label = "PERSON"  # "the three members of the Presidency, Ivanić, Bakir Izetbegović and Dragan Čović"
            continue
        if c.label == "FAC":
            if _title_right_before(text, c.start) and not _TITLED_SITE.search(c.text) and not _SITE.search(c.text):
                c.label = "PERSON"  # "President-elect Netumbo Nandi-Ndaitwah", taken for a building
            continue
        if _RELATIVE_BEFORE.search(text, max(0, c.start - 40), c.start) or (
                not is_office_phrase(c.text, _OFFICE_WORDS)  # ("counterpart, Foreign Affairs Minister X")
                and (_COUNTERPART_BEFORE.search(text, max(0, c.start - 60), c.start) or _title_right_before(text, c.start)
                     or _office_apposition_after(text, c.end))):
            # "Stubb's predecessor Sauli Niinistö", "his wife Sabina Higgins", "his DR Congo
            # counterpart, Thérèse Kayikwamba Wagner", "the Minister of Foreign Affairs, Olivier
            # Nduhungirehe", "talks with Shotaro Yachi, head of Japan's National Security Secretariat"
            c.label = "PERSON"
            continue
        if _coordinated_with_a_person(c, sdoc, persons):
            rest, cut = strip_leading_title(c.text)  # "Sultan Haitham": a title and a name
            c.start, c.text, c.label = c.start + cut, rest, "TITLED" if cut else "PERSON"
    found.extend(places)
    found.sort(key=lambda c: (c.start, c.end))


def _coordinated_with_a_person(c: Candidate, sdoc, persons: list[Candidate]) -> bool:
    """Whether the parser coordinated a candidate with a name tagged as a person's."""
    span = sdoc.char_span(c.start, c.end, alignment_mode="expand") if persons else None
    if span is None:
        return False
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [t for t in root.children if t.dep_ == "conj"]
    return any(p.start <= t.idx < p.end for t in partners for p in persons)


#: A list of names right after a plural noun for people and its comma: "the members of the
#: Presidency of BiH, A, B and " (before the next name of the list).
_LIST_ITEM = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}"
_LISTED_AFTER_PEOPLE = re.compile(
    r"\b(?:members|leaders|ministers|presidents|premiers|envoys|delegates|heads of (?:state|government))"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of\s+)?[A-Z][\w'’\-]*){0,4})?,\s+"
    r"(?:" + _LIST_ITEM + r"(?:,\s+and\s+|,\s+|\s+and\s+))*$")


_HEAD_OF = re.compile(r",\s*(?:the\s+)?(?:head|chief|director|chairman|chairwoman|chair)\s+of\s+(?:the\s+)?")


def _office_apposition_after(text: str, end: int) -> bool:
    """Whether an office of a country's follows a name in apposition: ", head of Japan's National
    Security Secretariat", ", the Russian president's special envoy"."""
    if not text.startswith(",", end):
        return False
    if (head := _HEAD_OF.match(text, end)) and patterns().affiliation.search(text, head.end(), head.end() + 40):
        return True  # (", head of China's National Development and Reform Commission")
    appos = apposition_after(text[end:end + 200])
    return appos is not None and bool(appos.role) and bool(appos.affiliation)


def _title_right_before(text: str, start: int) -> bool:
    """Whether a person's title ends right before `start` ("the Minister of Foreign Affairs, "),
    not an office's name beginning there ("the Minister of" + "Foreign Affairs")."""
    if re.search(r"\b(?:of|for)\s+$", text[max(0, start - 5):start]):
        return False
    evidence = title_before(text[max(0, start - 200):start])
    return evidence is not None and bool(evidence.role)


_OFFICE_WORDS = title_words() | _OFFICE_END_WORDS


def _has_office_word(text: str) -> bool:
    """Whether a span has a word of an office ("Rohingya Issue", "Trade Minister")."""
    return any(w.lower() in _OFFICE_WORDS for w in text.split())


#: " of Assam" after a name: whose state or country the person is of.
_OF_PLACE = r"\s+of\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)"  # " of Assam", " of Tamil Nadu"
_NAME_OF_PLACE = re.compile(r"((?:[A-Z][\w'’\-]+\s+){0,2}[A-Z][\w'’\-]+)" + _OF_PLACE)
_OF_PLACE_AFTER = re.compile(_OF_PLACE + r"\b")
#: A name that opens an item of a list: after a dash, a comma, "and".
_LIST_OPENS_BEFORE = re.compile(r"(?:[—–,]|\band)\s+$")
_POSSESSIVE_BEFORE = re.compile(r"\b([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)['’]s\s+$")
def _after_a_listed_person(found: list[Candidate], text: str, start: int) -> bool:
    """Whether a person's name (and its place: "A of Russia") and a list's comma or "and" stand
    right before `start`."""
    before = [p for p in found if p.label in ("PERSON", "TITLED") and p.end <= start]
    last = max(before, key=lambda p: p.end, default=None)
    return last is not None and re.fullmatch(r"(?:" + _OF_PLACE + r")?\s*(?:,\s*(?:and\s+)?|and\s+)", text[last.end:start]) is not None
_COUNTERPART_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:[\w\-]+\s+){0,3}counterparts?\s*,?\s+$")
#: A relative's or a successor's noun right before a name: "Stubb's predecessor ", "his wife ".
_RELATIVE_BEFORE = re.compile(r"(?:['’]s|\b(?:his|her|their))\s+(?:[a-z\-]+\s+)?(?:predecessor|successor|wife|husband|"
                              r"son|daughter|father|mother|brother|sister|widow|aide|adviser|advisor|deputy)\s*,?\s+$")


# what may stand between two names of one list: "A, B", "A and B", "A and includes B", and a
# counterpart between them ("A, his Polish counterpart B and C")
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+(?:includes?\s+|including\s+)?|including\s+)"
                       r"(?:(?:his|her|their)\s+[A-Z][\w-]+\s+counterparts?,?\s*)?$")


def share_list_roles(found: list[Candidate], text: str) -> None:
    """A name given only with its country in a list of officials takes the title the list
    opened with: "Saudi Foreign Minister X and includes Jordan's Y, Egypt's Z" makes Y and Z
    foreign ministers of Jordan and Egypt (each keeps its own country)."""
    people = [c for c in found if c.label not in ("GPE", "NORP", "LOC", "FAC", "SITE")]
    title = ""  # the title of the list running up to the current name
    for prev, cand in zip(people, people[1:]):
        title = title or (prev.role.role if prev.role is not None else "")
        role = cand.role
        own = role.text if role is not None and not role.role else ""
        if not (prev.sentence == cand.sentence and _listed_after(prev, cand, text, own)):
            title = ""
            continue
        if role is not None and not role.role and role.affiliation and title:
            cand.role = replace(role, role=title)
        elif role is not None and role.role:
            title = role.role


_CONTEXT_CHARS = 80
_HOLIDAY = re.compile(r"['’]s\s+(?:Day|Eve)\b")
#: "then-Chinese Premier ", "former President ", "the late King ": right before a name.
_FORMER = re.compile(r"\b(?:then[-\s]|former\s|ex-|the\s+late\s)(?:[\w.'’\-]+\s){0,5}$", re.IGNORECASE)
#: Of those, an office they no longer hold, and no one else's between ("the former colony's President X" is not).
_EX_OFFICE = re.compile(r"(?:former\s|ex-)(?![^\n]*['’]s\s)", re.IGNORECASE)


def _held_before(before: str, role_text: str) -> bool:
    """Whether the words `_FORMER` found before a name ("former military ruler ") make the title
    it was given (`role_text`) one held before: the title ends them, with no "and" or comma
    between ("talks between former President A and President B": B's is not; nor "former
    ministers and President C"), or they are the whole title of a list the name is in ("Former
    Presidents A and B")."""
    ex = _EX_OFFICE.match(before)
    if ex is None:
        return False
    rest = before[ex.end():].strip().lower()
    title = _EX_OFFICE.sub("", role_text.strip(), count=1).strip().lower()
    return rest == title or (rest.endswith(title) and not re.search(r"\band\b|,|&", rest))


_GENERIC_OFFICES = frozenset({"counterpart", "counterparts", "diplomat", "diplomats", "leader", "leaders"})


def _another_office(gap: str, own: str) -> bool:
    """Whether the words between a country and a name hold an office of someone else ("premier
    also called on", "the Omani minister, Foreign Ministry spokesman"), not the name's own in
    apposition ("counterpart, Commerce Minister", "the Omani minister, Badr Albusaidi")."""
    for m in _OTHER_OFFICE.finditer(gap):
        if gap[m.end():].strip() not in ("", ","):
            return True
        word = m.group(0).lower()
        if own and word not in _GENERIC_OFFICES and word.rstrip("s") not in own.lower():
            return True  # another title follows the comma: someone else's office
    return False


def _without_title(gap: str, title: str) -> str:
    """The words between a country and a name, without the name's own title at their end (nor a
    form of address after it: "Bahrain by Deputy Prime Minister Sheikh [name]")."""
    words, own = gap.split(), title.split()
    while words and is_form_of_address(words[-1]):
        words.pop()
    while words and own and words[-1].lower() == own[-1].lower():
        words.pop()
        own.pop()
    return " ".join(words)


#: An office between a country and a name holds the country for itself: "The Chinese premier
#: also called on President X" (X is not Chinese).
_OTHER_OFFICE = re.compile(r"\b(?:premier|minister|president|counterpart|leader|chancellor|secretary|ambassador|"
                           r"envoy|king|queen|emir|sultan|prince|monarch|diplomat|spokes(?:man|woman|person))s?\b",
                           re.IGNORECASE)


#: Words before a country that make it where something happens, not whose someone is: "in the
#: Japanese capital", "to Indonesia", "from Ghana", "to visit Tanzania", "to Berlin".
_LOCATIVE = re.compile(r"\b(?:in|to|at|from|into|inside|near|visit|visits|visited|visiting"
                       r"|(?:leav\w*|depart\w*|bound|head\w*)\s+for)\s+(?:the\s+)?$",  # "leaving for Colombo"
                       re.IGNORECASE)
#: Words before a name (and its title) that make it the one met there: "where he held talks with
#: President Y", "to meet Chancellor X", "was received by Vice President Y".
_MET_THERE = re.compile(r"\b(?:with|meet|meets|met|meeting|hosted|received|welcomed|by|called on|calls on)\s+(?:[\w.'’\-]+\s+){0,5}$",
                        re.IGNORECASE)


_WHERE = re.compile(r",\s+where\b")
#: The words before a pair of people met together: "held talks with [Austrian President A and Chancellor B]".
_MET_BY = re.compile(r"\b(?:with|by|met|meets|meet)\s+(?:[\w.'’\-]+\s+){0,4}$", re.IGNORECASE)
#: A city or country right after a name: "talks with President X in Khartoum on Wednesday".
_MET_IN_AFTER = re.compile(r"\s+in\s+((?:[A-Z][\w'’\-]+\s?){1,3})(?=[\s,.;]|$)")


#: A place that opens its sentence as where what follows was said or done: "In Tehran, Foreign
#: Minister X thanked ...", "Meanwhile, in Canberra, the Prime Minister said" (the story turning
#: to another capital, whose officials speak there).
_OPENS_IN = re.compile(r"(?:^|[.!?]['\"’”]?\s+|\n\s*)(?:(?:Meanwhile|Elsewhere|Back|And|But),?\s+)?[Ii]n\s+$")


def _opens_sentence_in(text: str, c: Candidate) -> bool:
    """Whether the place `c` opens its sentence: "In Tehran, ..." (with a comma after it, or a
    time first: "In Canberra last night, ...")."""
    return bool(_OPENS_IN.search(text[max(0, c.start - 30):c.start])
                and re.match(r"(?:\s+(?:last|on|this|late|early)\b[^,.]{0,20})?,", text[c.end:c.end + 30]))


def _locative_word(text: str, start: int) -> str:
    """The word that makes the place named at `start` a place ("in", "to", "from", "visited"), or ""."""
    locative = _LOCATIVE.search(text[max(0, start - 30):start])
    return locative.group(0).split()[0].lower() if locative else ""


#: Between a side's list and a name, a clause of its own: "..., while Sanchez was accompanied by X".
_OTHER_CLAUSE = re.compile(r",\s*(?:while|whereas|but)\b|(?<=[a-z]{3})\.\s")  # (not "Mr. ", "U.S. ")
#: Between the last name of a list and the side it belongs to: "A and B on the Indian side",
#: "A and B were on the American side", "while A and B sat in on the Pakistani side".
_SIDE_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:were|was|are|is)?\s*"
                         r"(?:(?:sat|sit|sits|sitting)\s+in|attended|joined|took\s+part)?\s*(?:on|from)\s+the\s+$")


def _listed_after(prev: Candidate, cand: Candidate, text: str, own: str) -> bool:
    """Whether `cand` is the next name of a list `prev` is in, `own` being the words of its own
    that stand before it: "A, B and Foreign Minister C", "A and includes Jordan's B"."""
    before = straight_quotes(text[prev.end:cand.start]).rstrip()
    return before.endswith(own) and bool(_LIST_GAP.match(before[:len(before) - len(own)]))


#: A title with its country's possessive first: "Tanzania's Vice-President".
_POSSESSIVE_LEAD = re.compile(r"[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,2}['’]s\s")
#: A line of a list that opens with a side's country: "For Israel -- A, B and C" (not a briefing's
#: topic, "On Iran -- Secretary X said", nor "From Ukraine -- ...").
_SIDE_LEAD = re.compile(r"(?:^|\n)[ \t]*For\s+(?:the\s+)?$")
_SIDE_DASH = re.compile(r"[ \t]*(?:--|[—–:])[ \t]+")


def _in_dateline(text: str, c: Candidate) -> bool:
    """Whether a name is part of the dateline that opens its line ("WASHINGTON, DC, USA — "): where
    the story was filed from, not whose the officials named after it are."""
    line_start = text.rfind("\n", 0, c.start) + 1
    if c.start - line_start > 60:
        return False
    line_end = text.find("\n", c.start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    dateline = find_dateline(line, max_lines=1)  # (a dateline indeed: not "For Israel -- A, B and C")
    return dateline is not None and line.startswith(dateline.text) and c.end <= line_start + len(dateline.text)


def attach_context_countries(found: list[Candidate], text: str) -> None:
    """For each name, the country its sentence names last before it, when no other full name
    or office stands between ("Rwanda's delegation, led by Foreign Minister X"): whose official
    an unqualified title makes it. A country (or a capital) named as a place ("in the Japanese
    capital", "to Berlin") counts only for someone met there ("a trip to Indonesia, where he held
    talks with President Y", "flew to Berlin to meet Chancellor X"), never for a visitor or for
    whoever comes from it ("arrived from Ghana and was received by Vice President Y")."""
    gaz = get_gazetteer()
    countries: list[tuple[int, str, str]] = []  # (end, country, how it is named: "" or the locative word)
    sentence = -1
    side = ""  # "on the American side, A, B and C": the country of everyone listed after it
    listed: list[Candidate] = []  # the names listed since the last side or the sentence's start
    previous: Candidate | None = None  # the sentence's last full name
    for c in found:
        if c.sentence != sentence:
            countries, sentence, side, side_end, listed, previous = [], c.sentence, "", 0, [], None
        if c.label in ("PERSON", "TITLED", "PROPN") and side and _OTHER_CLAUSE.search(text[side_end:c.start]):
            side = ""  # "..., while Sanchez was accompanied by X": the side's list has ended
        if c.label in ("PERSON", "TITLED", "PROPN") and side:
            c.context_country, side_end = side, c.end
            continue
        if c.label in ("PERSON", "TITLED", "PROPN"):
            own = c.role.text if c.role is not None else ""
            listed = listed if listed and _listed_after(listed[-1], c, text, own) else []
            listed.append(c)
            near: list[tuple[str, str]] = []
            for end, country, where in countries:
                gap = text[end:c.start]
                if c.start - end > _CONTEXT_CHARS or _another_office(_without_title(gap, own), own):
                    continue
                if where and ((where == "from" and not _WHERE.match(gap))
                              or not _MET_THERE.search(text[max(end, c.start - 60):c.start])):
                    continue  # (but "coming from the Seychelles, where he held talks with President X")
                near.append((country, where))
            if near and near[-1][1]:  # "in Paris, before flying on to Berlin to meet X": the last place
                c.context_country = near[-1][0]
            else:  # two countries ("Singapore and Malaysia"): none
                c.context_country = near[0][0] if len({n for n, _ in near}) == 1 else ""
            there = _MET_IN_AFTER.match(text, c.end) if not c.context_country else None
            if there is not None and _MET_THERE.search(text[max(0, c.start - 60):c.start]) and (
                    (where := gaz.place(there.group(1).strip())) is not None and where.kind in ("city", "country")):
                # "held talks with President X in Khartoum": someone met in a city of theirs
                c.context_country = gaz.affiliation(there.group(1).strip())
            if (not c.context_country and previous is not None and c.role is not None and c.role.role
                    and not c.role.affiliation and _without_title(text[previous.end:c.start], own) == "and"
                    and (_MET_BY.search(text[max(0, previous.start - 60):previous.start])
                         # ("Present were Tanzania's Vice-President A and Prime Minister B": the
                         # possessive is both titles'; not one title twice, two sides: "India's
                         # Prime Minister A and Prime Minister B co-chaired")
                         or (previous.role is not None and _POSSESSIVE_LEAD.match(previous.role.text)
                             and previous.role.role != c.role.role))):
                # "held talks with Austrian President A and Chancellor B": the country of the pair's
                # first title (not a caption's two sides: "US President A and Prime Minister B shake
                # hands"; nor one met in another country's city: "with French President A and
                # Chancellor B in Berlin")
                shared = (previous.role.affiliation if previous.role is not None else "") or previous.context_country
                met_in = _MET_IN_AFTER.match(text, c.end)
                elsewhere = met_in is not None and gaz.affiliation(met_in.group(1).strip()) not in ("", shared)
                c.context_country = "" if elsewhere else shared
        place = gaz.place(c.text) if c.label in ("GPE", "NORP", "LOC", "PROPN", "ORG") else None
        if c.label == "NORP" or (place is not None and place.kind == "country"):
            if gaz.affiliation(c.text) and not _in_dateline(text, c):
                # ("In Tehran, ...": the officials named after it are that country's)
                where = "" if _opens_sentence_in(text, c) else _locative_word(text, c.start)
                countries.append((c.end, gaz.affiliation(c.text), where))
                # (another country named not as a side ends the side's list: "and Russian envoy E")
                side = gaz.affiliation(c.text) if re.match(r"\s+side\b", text[c.end:c.end + 8]) or (
                    _SIDE_LEAD.search(text, max(0, c.start - 12), c.start) and _SIDE_DASH.match(text, c.end)) else ""
                side_end = c.end
                if side and listed and _SIDE_AFTER.search(text[listed[-1].end:c.start]):
                    for named in listed:  # "A and B on the Indian side": the list before it
                        named.context_country = side
                    side = ""  # (what follows is the other side's)
                listed = []
        elif place is not None and place.kind == "city" and gaz.affiliation(c.text):
            # "In Tehran, Foreign Minister X said" (as a country's name); "flew to Berlin to meet X"
            if (opens := _opens_sentence_in(text, c)) or (where := _locative_word(text, c.start)):
                countries.append((c.end, gaz.affiliation(c.text), "" if opens else where))
        elif c.label in ("PERSON", "TITLED") and len(c.text.split()) >= 2:
            countries = []
        if c.label in ("PERSON", "TITLED", "PROPN") and len(c.text.split()) >= 2:
            previous = c


def attach_companions(found: list[Candidate], sdoc) -> None:
    """"X was accompanied by A and B", "X, accompanied by A, arrived", "X, who is accompanied by
    his wife A", "X was joined by A": A and B travel with X, and are, without a country of their
    own, X's officials (joined only by a named X: "the two presidents were then joined by A" is
    either side's)."""
    if "accompan" not in doc_text(sdoc) and "joined by" not in doc_text(sdoc):
        return
    people = [c for c in found if c.label in ("PERSON", "TITLED", "PROPN")]
    for tok in sdoc:
        if tok.lemma_.lower() not in ("accompany", "join") or tok.pos_ != "VERB":
            continue
        agents = [c for c in tok.children if c.dep_ == "agent"]
        if not agents:
            continue
        own = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.lower_ not in ("who", "that", "which")), None)
        if own is not None:
            host = own  # "X was accompanied by A", "..., while X was accompanied by A"
        elif tok.dep_ in ("acl", "relcl"):
            host = tok.head  # "X, accompanied by A", "X, who is accompanied by A"
        elif tok.dep_ == "advcl":  # "X arrived ..., accompanied by A"
            host = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            host = None
        if host is None:
            continue
        a, b = agents[0].idx, agents[0].right_edge.idx + len(agents[0].right_edge)
        named = next((c for c in people if c.start <= host.idx < c.end), None)
        if named is None and tok.lemma_.lower() == "join":
            continue
        for c in people:
            if a <= c.start and c.end <= b and c is not named:
                c.companion_of = named.text if named is not None else "*"


def _titled_names(doc_id, sdoc, taken, sentence_of) -> Iterator[Candidate]:
    """Capitalised names right after a title that the model did not tag ("Chairman Kim")."""
    text = doc_text(sdoc)
    for sent in sentences(sdoc):
        plain = straight_quotes(text[sent.start_char:sent.end_char])
        for tm in patterns().title_word.finditer(plain):
            nm = _NAME_AFTER_TITLE.match(plain, tm.end())
            if not nm or all(w.lower() in BODY_NOUNS for w in nm.group("name").split()):
                continue  # (nor a body's word: "Chief of General Staff")
            a, b = sent.start_char + nm.start(), sent.start_char + nm.end()
            if taken.overlaps(a, b):
                continue
            # (with its full stop when a name follows: "Lt. Col. X", not "Chairman Sen.")
            after = re.match(r"\.\s+(?=[A-Z])", text[b:b + 3])
            following = sdoc.char_span(b + after.end(), b + after.end() + 1, alignment_mode="expand") if after else None
            dotted = b + 1 if following and following[0].tag_ == "NNP" else b
            title = patterns().leading_title.match(straight_quotes(text[a:dotted]) + " ")
            if title and title.end() > 0:
                continue  # another title or form of address: the name comes after it
            # the name is the run of proper nouns the pattern took ("Lee" of "Lee said")
            tokens = list(sdoc.char_span(a, b, alignment_mode="expand") or [])
            run = list(itertools.takewhile(lambda t: t.tag_ == "NNP" or (t.is_punct and t.text == "-"), tokens))
            while run and run[-1].is_punct:
                run.pop()
            if not run:
                continue
            b = min(b, run[-1].idx + len(run[-1]))
            if m := _REGNAL.match(text, b):
                b = m.end()  # "King Omar" + " II": another man than a plain "Omar"
            if (honour := re.search(r"\s+Order$", text[a:b])) and _HONOUR.match(text, a + honour.start() + 1):
                b = a + honour.start()  # "King Hamad" of "the King Hamad Order of the Renaissance"
            if taken.overlaps(a, b) or get_gazetteer().place(text[a:b]):
                continue
            taken.add(a, b)
            yield Candidate(doc_id, sentence_of(a), a, b, text[a:b], "TITLED", titled=True)


#: What follows a person's name, or an apposition closed by a comma after it, to give the name
#: the person goes by: "X, better known as Hemedti", "X, the RSF commander, widely known as Y".
_KNOWN_AS = re.compile(r"(?P<gap>\s*,[^,;\n]{1,120})?\s*,\s*(?:(?:widely|popularly|better|commonly|also|locally|affectionately|simply)\s+)?"
                       r"(?:known\s+as|nicknamed|dubbed)\s+[\"“'‘]?(?=[A-Z])")
#: A body's noun ending an apposition, which a "known as" after it names: "..., leader of the rebel
#: movement, also known as Ansar Allah" (not "forces" or "army": "..., commander of the Rapid
#: Support Forces, better known as Hemedti" is the commander's name).
_BODY_NOUN_END = re.compile(r"\b(?i:movement|group|party|front|organi[sz]ation|militia|council|alliance|"
                            r"coalition|union|brigades?|wing|network|faction|rebels|insurgency)\s*$")
_NICKNAME = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}")


def _with_nicknames(doc_id: str, found: list[Candidate], text: str, sentence_of) -> list[Candidate]:
    """"Gen Mohamed Hamdan Dagalo, ..., better known as Hemedti": the full name's candidate takes
    the nickname (`Candidate.known_as`), and the nickname is a person's name (a candidate of its
    own, whatever the model made of it); `people` then gives the nickname's mentions to the full
    name. Only after a full name of two words or more."""
    out = list(found)
    for c in found:
        if c.label not in ("PERSON", "TITLED") or " " not in c.text or not (m := _KNOWN_AS.match(text, c.end)):
            continue
        if "\n" in text[c.end:m.end()] or not (nick := _NICKNAME.match(text, m.end())):
            continue
        if m.group("gap") and _BODY_NOUN_END.search(m.group("gap")):
            continue  # ("X, head of the Islamic Resistance Movement, better known as Hamas": the body's name)
        c.known_as = nick.group(0)
        _nickname_mentions(doc_id, out, text, sentence_of, nick.group(0))
    for m in _QUOTED_IN_NAME.finditer(text):
        # 'President Joko "Jokowi" Widodo', which the model cut in three: one name, and the nickname
        # in quotes the one the text then calls him by
        parts = [x for x in out if x.start < m.end() and m.start() < x.end]
        if not parts or not any(x.label in ("PERSON", "TITLED", "PROPN") for x in parts) \
                or any(x.start < m.start() and x.label not in ("PERSON", "TITLED", "PROPN") for x in parts):
            continue
        a, b = min(m.start(), *(x.start for x in parts)), max(m.end(), *(x.end for x in parts))
        first = min(parts, key=lambda x: x.start)
        out = [x for x in out if not any(x is y for y in parts)]
        out.append(replace(first, start=a, end=b, text=text[a:b], label="TITLED" if first.label == "TITLED" else "PERSON",
                           known_as=m.group("nick")))
        _nickname_mentions(doc_id, out, text, sentence_of, m.group("nick"))
    out.sort(key=lambda x: (x.start, x.end))
    return out


#: A nickname in quotes between a given name and a surname: 'Joko "Jokowi" Widodo'.
_QUOTED_IN_NAME = re.compile(r"(?<![\w'’\-])[A-Z][\w'’\-]+\s+[\"“](?P<nick>[A-Z][\w'’\-]+)[\"”]\s+[A-Z][\w'’\-]+(?![\w\-])")


def _nickname_mentions(doc_id: str, out: list[Candidate], text: str, sentence_of, nick: str) -> None:
    """Each mention of a nickname a person is known by is a person's name, whatever the model made
    of it ("Hemedti flew into Pretoria"), in `out`."""
    for at in re.finditer(r"(?<![\w'’\-])" + re.escape(nick) + r"(?![\w\-])", text):
        there = [x for x in out if x.start < at.end() and at.start() < x.end]
        if not there:
            out.append(Candidate(doc_id, sentence_of(at.start()), at.start(), at.end(), at.group(0), "PERSON"))
        elif len(there) == 1 and (there[0].start, there[0].end) == at.span() and there[0].label != "PERSON":
            out[out.index(there[0])] = replace(there[0], label="PERSON")
        elif len(there) == 1 and there[0].start == at.start() and there[0].label not in ("PERSON", "TITLED"):
            out[out.index(there[0])] = replace(there[0], end=at.end(), text=at.group(0), label="PERSON")


def _only_a_style(c: Candidate, text: str) -> bool:
    """A span that is only the Commonwealth's style or a form of address after it: "the [Hon]
    Dr X", "the Hon [Dr] X"."""
    return bool(re.fullmatch(r"Hon|Dr|Mr|Mrs|Ms", c.text) and re.search(r"\b[Tt]he\s+(?:Hon\s+)?$", text[max(0, c.start - 9):c.start]))


def _without_style(c: Candidate, text: str) -> Candidate:
    """A name without the Commonwealth's "the Hon" before it and the letters after it, however it
    was found: "the Hon Dr Pat Conroy MP" -> Pat Conroy (an "organisation" only when "the Hon"
    opens it)."""
    if c.label not in ("PERSON", "TITLED", "PROPN", "ORG"):
        return c
    start, end = c.start, c.end
    if (hon := re.match(r"Hon\s+(?=[A-Z])", text[start:end])) and _after_the(text, start):
        start += hon.end()
        start += strip_leading_title(text[start:end])[1]  # ("the Hon Dr Billy Joseph")
    elif c.label == "ORG":
        return c
    if (m := _POST_NOMINAL.search(text, start, end)) and " " in text[start:m.start()]:
        end = m.start()
    if (start, end) == (c.start, c.end) or end <= start:
        return c
    return replace(c, start=start, end=end, text=text[start:end], label="PERSON" if c.label == "ORG" else c.label)


def _hijri_date(c: Candidate, text: str) -> bool:
    """Whether a candidate is the month of an Islamic date ("Dhu al-Qa'dah 28, 1444", "12 Rajab")."""
    return any(m.start() <= c.start and c.end <= m.end() for m in _HIJRI_DATE.finditer(text, max(0, c.start - 4), c.end + 4))


def _latin(word: str) -> bool:
    """Written in the Latin alphabet, accents and all ("María", "Ángela"; not "吳釗燮")."""
    return all(ch < "\u0250" or ch in "’‘" for ch in word)


def _proper_noun_runs(doc_id, sdoc, taken, sentence_of) -> Iterator[Candidate]:
    """Proper nouns the model left untagged ("spoke with Doe by phone", "U.S.-China"): label
    PROPN, people only when the corpus knows the name, places only when the gazetteer does."""
    text = doc_text(sdoc)
    run: list = []

    def emit(tokens) -> Iterator[Candidate]:
        while tokens and tokens[-1].text == "-":
            tokens = tokens[:-1]
        if not tokens:
            return
        a, b = repair_span(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1]), "PROPN")
        country_end = _leading_country(text, tokens)
        if country_end is not None and a == tokens[0].idx and not taken.overlaps(a, country_end[0]) \
                and not re.search(r"\bof\s+$", text[max(0, a - 4):a]) and (  # (not "Communist Party of Vietnam General Secretary")
                (t := patterns().leading_title.match(straight_quotes(text[country_end[1]:b]) + " ")) and t.end() > 0):
            # "Niue Premier X": the country, then the title (cut below as the name's)
            taken.add(a, country_end[0])
            yield Candidate(doc_id, sentence_of(a), a, country_end[0], text[a:country_end[0]], "GPE")
            a = country_end[1]
        title = patterns().leading_title.match(straight_quotes(text[a:b]) + " ")
        a += min(title.end(), b - a) if title else 0  # "Mr" of "Mr Lee" is no part of the name
        if b <= a or taken.overlaps(a, b):
            return
        words = [w.lower().strip(".") for w in re.split(r"[\s\-]+", text[a:b]) if w]  # ("Brig-Gen.": a title)
        if is_title(text[a:b]) or all(w in _MONTHS_AND_DAYS or w in title_words() for w in words):
            return
        compound = split_compound(text, a, b)
        country_end = _leading_country(text, tokens) if compound is None else None
        if country_end is not None:  # "of Vietnam Nguyen Phu Trong": a country, then a name
            taken.add(a, country_end[0])
            yield Candidate(doc_id, sentence_of(a), a, country_end[0], text[a:country_end[0]], "GPE")
            a = country_end[1]
        for x, y in compound or [(a, b)]:
            taken.add(x, y)
            yield Candidate(doc_id, sentence_of(x), x, y, text[x:y], "GPE" if compound else "PROPN")

    for token in sdoc:
        if token.tag_ in ("NNP", "NNPS") and (not token.ent_type_ or (token.ent_type_ == "CARDINAL" and token.is_alpha)) \
                and token.text[:1].isupper() and _latin(token.text) and token.lower_ not in _OPENING_VERBS:  # ("Mutambara" tagged a number)
            if run and token.i != run[-1].i + 1:
                yield from emit(run)
                run = []
            run.append(token)
        elif token.text == "-" and run and run[-1].i == token.i - 1 and not run[-1].whitespace_ and not token.whitespace_ \
                and not _joins_places(sdoc, run, token):
            run.append(token)  # "L.Oyun-Erdene": one name across the hyphen
        elif run and token.i == run[-1].i + 1 and token.tag_ in ("NNP", "NNPS") and _ELIDED_PARTICLE.match(token.text):
            run.append(token)  # "Ricardo Viegas d'Abreu": the elided particle begins the name's last part
        else:
            yield from emit(run)
            run = []
    yield from emit(run)


_ELIDED_PARTICLE = re.compile(_ELIDED + "$")
#: Words (verbs mostly) that open a line of who was there, which the tagger may take for a name's first word:
#: "Joining Trump at the table were A and B" (after "p.m.", which hid the sentence's start).
_OPENING_VERBS = frozenset({"joining", "accompanying", "including", "representing", "attending", "flanking",
                            "welcoming", "greeting", "receiving", "hosting", "meeting", "awaiting", "alongside"})


def _joins_places(sdoc, run, hyphen) -> bool:
    """Whether a hyphen stands between two places ("Johor Bahru-Singapore"), not inside a name."""
    gaz = get_gazetteer()
    after = sdoc[hyphen.i + 1] if hyphen.i + 1 < len(sdoc) else None
    before = doc_text(sdoc)[run[0].idx:run[-1].idx + len(run[-1])]
    return gaz.place(before) is not None or (after is not None and gaz.place(after.text) is not None)


#: Two surnames joined before the noun of what they did together: "the Xi-Ma meeting", "the
#: landmark Koo-Wang talks", "a Trump-Kim summit".
_NAME_PAIR = re.compile(r"([A-Z][\w']+)[-–]([A-Z][\w']+)")
_PAIRED_NOUN = re.compile(r"\s+(?:talks|meeting|meetings|summit|summits|dialogue|call|encounter|handshake|deal|"
                          r"agreement|accord|pact|format|channel|rapprochement|relationship|ties|meet)\b", re.IGNORECASE)


def _without_title_words(found: list[Candidate], text: str) -> list[Candidate]:
    """A run of proper nouns that begins with the tail of a title ("Minister of" + "Foreign
    Affairs B.Battsetseg"): the name is what follows it. (Not "Parliament" of "Member of
    Parliament", which begins a place: "Parliament Hill".)"""
    words = title_words() - {"parliament"}
    out = []
    dropped: set[int] = set()  # (spans joined to the name before them)
    for c in found:
        if id(c) in dropped:
            continue
        parts = c.text.split()
        k = 0
        while k < len(parts) - 1 and parts[k].lower().strip(".,") in words and not (k == 0 and _given_name_after_a_title(text, c.start)):
            k += 1
        rest = " ".join(parts[k:])
        if not k and c.label in ("PROPN", "PERSON") and _PORTFOLIO_OPENS.search(text, max(0, c.start - 30), c.start) \
                and (lead := _PORTFOLIO_LEAD.match(c.text)):  # "Minister for" + "Petroleum Musadik Malik"
            c = replace(c, start=c.start + lead.end(), text=c.text[lead.end():], label="TITLED" if c.label != "PERSON" else c.label)
        elif not k and c.label in ("PROPN", "PERSON") and parts[0].lower() in PORTFOLIO_NOUNS \
                and _PORTFOLIO_AND.search(text, max(0, c.start - 80), c.start):
            # "Minister of Water Resources and" + "Irrigation Mohamed Abdel Aty", "Minister of
            # Energy and" + "Mineral Resources Sauat Mynbayev"
            # (down to one word where the model tagged the rest of the name right after: "[International]
            # Cooperation Mahamoud" + "Ali Youssouf"; else two, "Agriculture [Justice Moyo]")
            rest = next((x for x in found if x.start == c.end + 1 and x.label == "PERSON"), None) if text[c.end:c.end + 1] == " " else None
            n = next(i for i, w in enumerate(parts) if w.lower() not in PORTFOLIO_NOUNS or len(parts) - i <= (1 if rest else 2))
            if n and not (rest and parts[n].lower() in PORTFOLIO_NOUNS):  # (not "International Cooperation" + "Ali Youssouf")
                cut = len(" ".join(parts[:n])) + 1
                c = replace(c, start=c.start + cut, text=c.text[cut:], label="TITLED" if c.label != "PERSON" else c.label)
                if len(parts) - n == 1 and rest is not None:
                    # ("... and International [Cooperation] Mahamoud" + "Ali Youssouf": the rest of the name)
                    c = replace(c, end=rest.end, text=text[c.start:rest.end], label="PERSON")
                    dropped.add(id(rest))
        elif (not k and c.label in ("PROPN", "TITLED") and parts[0] in STATE_FORM_WORDS
              and re.search(r"\bof\s+the\s+$", text[max(0, c.start - 10):c.start])):
            # "President of the" + "Republic Ana Lopes": the name after the state's form; the form
            # alone ("the President of the Republic") is no one
            if len(parts) == 1:
                continue
            cut = len(parts[0]) + 1
            c = replace(c, start=c.start + cut, text=c.text[cut:], label="TITLED")
        elif not k and c.label in ("PROPN", "PERSON") and (m := _OFFICE_INSIDE.match(c.text)):
            # "Democratic Caucus Chair Pete Aguilar": an office of qualifiers the model folded in
            c = replace(c, start=c.start + m.end(), text=c.text[m.end():], label="TITLED" if c.label != "PERSON" else c.label)
        elif (k and c.label in ("PROPN", "PERSON") and parts[k].lower() not in words and parts[k][:1].isupper()
                and not _NOT_A_NAME.search(rest) and not re.fullmatch(r"(?:People|Affairs)", rest)
                and rest.split()[-1].lower() not in BODY_NOUNS):  # ("Security Mechanism", "Security Council")
            cut = c.text.index(parts[k], len(" ".join(parts[:k])))
            c = replace(c, start=c.start + cut, text=c.text[cut:], label="TITLED" if c.label != "PERSON" else c.label)
        out.append(c)
    return out


def _without_small_tail(c: Candidate, text: str) -> Candidate:
    """A name without the small word the model ran it on into ("Prince Charles at" Clarence House),
    nor the portfolio of the next person's title ("Bharrat Jagdeo and Foreign Affairs" Minister X)."""
    if c.label in ("PERSON", "TITLED", "PROPN") and (m := _TRAILING_SMALL_WORD.search(c.text)):
        return replace(c, end=c.start + m.start(), text=c.text[:m.start()])
    if (c.label in ("PERSON", "TITLED", "PROPN", "ORG") and (m := _AND_WORDS_TAIL.search(c.text))
            and all(w.lower() in PORTFOLIO_NOUNS for w in m.group(1).split()) and _TITLE_NOUN_NEXT.match(text, c.end)
            and not any(w.lower() in PORTFOLIO_NOUNS or w.lower() in title_words() for w in c.text[:m.start()].split())):
        return replace(c, end=c.start + m.start(), text=c.text[:m.start()], label="PERSON" if c.label == "ORG" else c.label)
    return c


_AND_WORDS_TAIL = re.compile(r"\s+and\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)$")
_TITLE_NOUN_NEXT = re.compile(r"\s+(?:Minister|Secretary|Cabinet Secretary|Commissioner)\b")


def _in_portfolio(text: str, a: int, b: int) -> bool:
    """"Minister of Water [Resources] and Irrigation X", "Minister of [Technology], Communication
    and Innovation X": one word of a portfolio, not a name."""
    if " " in text[a:b] or text[a:b].lower() not in PORTFOLIO_NOUNS:
        return False
    return ((bool(_PORTFOLIO_WORDS_BEFORE.search(text, max(0, a - 80), a)) and bool(re.match(r"\s+and\s+[A-Z]", text[b:b + 8])))
            or (bool(_PORTFOLIO_OPENS.search(text, max(0, a - 30), a)) and bool(re.match(r",\s+[A-Z]", text[b:b + 4]))))


#: Two one-word names joined by "and", taken by the model for one.
_SURNAME_PAIR = re.compile(r"([A-Z][\w'’\-]+) and ([A-Z][\w'’\-]+)")


def _split_name_pairs(found: list[Candidate], text: str) -> list[Candidate]:
    """"Xi-Ma" in "the Xi-Ma meeting" is two people's surnames, not one person's name; "King X &
    HM Queen Y", in a post or a caption, two people's names, the second after its title."""
    out = []
    # (the surnames of the article's full names: "Prescott and Bjerregaard" after "John Prescott"
    # and "Ritt Bjerregaard" is two of them, not one person)
    surnames = {c.text.split()[-1] for c in found if c.label in ("PERSON", "TITLED") and " " in c.text and " and " not in c.text}
    for c in found:
        m = _NAME_PAIR.fullmatch(c.text)
        both = _SURNAME_PAIR.fullmatch(c.text) if c.label in ("PERSON", "PROPN", "ORG") else None
        if both and both.group(1) in surnames and both.group(2) in surnames and both.group(1) != both.group(2):
            out += [Candidate(c.doc_id, c.sentence, c.start + both.start(i), c.start + both.end(i), both.group(i), "PERSON")
                    for i in (1, 2)]
        elif m and c.label in ("PERSON", "PROPN", "TITLED", "ORG") and _PAIRED_NOUN.match(text, c.end):
            out += [Candidate(c.doc_id, c.sentence, c.start + m.start(i), c.start + m.end(i), m.group(i), "PROPN")
                    for i in (1, 2)]
        elif c.label in ("PERSON", "PROPN", "TITLED") and (amp := c.text.find(" & ")) > 0:
            left = c.text[:amp].rstrip()
            right, cut = strip_leading_title(c.text[amp + 3:].strip())
            out.append(Candidate(c.doc_id, c.sentence, c.start, c.start + len(left), left, c.label))
            if right[:1].isupper():
                at = c.start + c.text.index(right, amp + 3)
                out.append(Candidate(c.doc_id, c.sentence, at, at + len(right), right, "PERSON"))
        else:
            out.append(c)
    return out


def _drop_headline_word_runs(found: list[Candidate], text: str) -> list[Candidate]:
    """In A Headline Set In Title Case the model takes runs of capitals for names ("Aliyev Meet
    Again"): there, a name counts only when each of its words is written elsewhere in the article."""
    if "\n" not in text:
        return found  # the whole text is one line: no headline
    out = found
    for line in re.finditer(r"[^\n]+", text):  # (the headline, under a masthead or not)
        if line.start() >= _HEADLINE_REACH:
            break
        words = line.group(0).split()
        if (len(words) < 4 or sum(w[:1].isupper() for w in words) < 0.7 * len(words)
                or line.group(0).rstrip().endswith((".", "!", "?", '"'))):
            continue  # not a headline: a sentence
        rest = text[:line.start()] + text[line.end():]
        out = [c for c in out if not line.start() <= c.start < line.end() or c.label not in ("PERSON", "PROPN", "TITLED")
               or all(re.search(r"\b" + re.escape(w) + r"\b", rest, re.IGNORECASE if w.isupper() else 0)  # ("CHIRAC")
                      for w in c.text.split())]
    return out


#: How far into an article its headline may stand (below a masthead, a section, a tagline).
_HEADLINE_REACH = 400


#: A capitalised word right before, not a title's: "Rohingya" of "on Rohingya Issue".
_CAPITALISED_BEFORE = re.compile(r"\b(?!(?i:" + "|".join(sorted(map(re.escape, title_words()), key=len, reverse=True))
                                 + r")s?\b)[A-Z][\w'’\-]*\s+$")
#: A title or form of address right before a name: "Professor [Arthur] [Mutambara]".
_TITLE_RIGHT_BEFORE = re.compile(r"\b(?:" + HONORIFICS + r"|President|Minister|[Ll]eader)\s+$")


def _title_or_address_before(text: str, start: int) -> bool:
    """A title or form of address ends right before `start`: "Chairperson [Moussa] [Faki Mahamat]"."""
    return bool(_TITLE_RIGHT_BEFORE.search(text, max(0, start - 30), start)) or _title_right_before(text, start)


def _place_or_people(word: str, gaz) -> bool:
    """Whether a word names a country, a region or a people; a town's name is often a surname too
    ("Rodríguez", a town of the Philippines, of "José Luis" + "Rodríguez Zapatero")."""
    entry = gaz.place(word)
    return bool(gaz.affiliation(word)) or (entry is not None and entry.kind != "city")


def _cut_in_a_form_of_address(prev: Candidate, c: Candidate, text: str) -> bool:
    """"Tengku Datuk" + ("Seri") + "Zafrul Abdul Aziz": one name the model cut in a form of address
    it holds ("Datuk Seri"), after the royal title the name begins with."""
    gap = text[prev.end:c.start]
    return (prev.label in ("PERSON", "TITLED") and c.label == "PERSON" and " " in prev.text
            and re.fullmatch(r" (?:\S+ )?", gap) is not None
            and is_form_of_address(prev.text.split()[-1] + " " + (gap.strip() or c.text.split()[0])))


def _join_split_names(found: list[Candidate], text: str) -> list[Candidate]:
    """"Ana" (untagged) + "Costa" (tagged GPE) -> one name "Ana Costa": the model split it."""
    gaz = get_gazetteer()
    joined: list[Candidate] = []
    for c in found:
        prev = joined[-1] if joined else None
        if (prev is not None and prev.label in ("PERSON", "PROPN", "TITLED") and c.label in ("PERSON", "PROPN")
                and text[prev.end:c.start] == "." and len(prev.text) <= 3 and c.text[:1].isupper()):
            # "Kh" + "." + "Battulga": an initial joined to the name, as Mongolian names are written
            joined[-1] = replace(prev, end=c.end, text=text[prev.start:c.end], label="PERSON")
        elif (prev is not None and prev.label == "PROPN" and text[prev.end:c.start] == " "
                and c.label in ("PERSON", "GPE", "ORG") and (" " not in c.text or _SUFFIXED.fullmatch(c.text))
                and not (gaz.place(c.text) and gaz.place(c.text).kind in ("country", "region") and not gaz.is_subdivision(c.text))):
            joined[-1] = Candidate(c.doc_id, prev.sentence, prev.start, c.end, text[prev.start:c.end],
                                   "PERSON" if c.label == "PERSON" else "PROPN")
        elif (prev is not None and prev.label in ("PERSON", "TITLED") and text[prev.end:c.start] == " " and gaz.place(c.text) is None
              and ((c.label in ("PROPN", "PERSON") and (" " not in c.text or _SUFFIXED.fullmatch(c.text)
                                                        or (c.label == "PROPN" and len(c.text.split()) == 2
                                                            and (len(prev.text.split()) >= 2 or _title_or_address_before(text, prev.start))
                                                            and not any(_place_or_people(w, gaz) for w in c.text.split())))
                    and (len(prev.text.split()) >= 2 or re.fullmatch(r"[A-Z]\w+['’]\w+", c.text) or _title_or_address_before(text, prev.start)))
                   or (c.label in ("ORG", "GPE") and re.fullmatch(r"[A-Z]\w+", c.text) and len(prev.text.split()) >= 2
                       and not _NOT_A_NAME.search(c.text) and c.text.lower() not in title_words()))):
            # "Lee Hsien" (tagged) + "Loong" (untagged): the model cut a three-part name short;
            # "Francisco Tiu" + "Laurel Jr.", "Njuguna" + "Ndung'u", "Pham Minh" + "Chinh" (an "organisation"
            # or a "place" no gazetteer knows)
            joined[-1] = Candidate(c.doc_id, prev.sentence, prev.start, c.end, text[prev.start:c.end], prev.label,
                                   titled=prev.titled)
        elif (prev is not None and c.label == "PERSON" and text[prev.end:c.start] == " " and _NAME_PARTICLE.match(c.text)
              and (prev.label in ("PERSON", "TITLED") or (prev.label == "PROPN" and " " not in prev.text and not gaz.place(prev.text)
                                                          and not gaz.affiliation(prev.text) and prev.text.lower() not in _OFFICE_WORDS))):
            # "Prince Salman" + "bin Hamad Al-Khalifa": the model cut one name in two (or left its
            # first word untagged: "Sheikh Fahim" + "bin Sultan Al Qasimi")
            joined[-1] = Candidate(c.doc_id, prev.sentence, prev.start, c.end, text[prev.start:c.end], "PERSON",
                                   titled=prev.titled)
        elif (prev is not None and c.label == "PERSON" and text[prev.end:c.start] == " "
              and (prev.label in ("PERSON", "TITLED") or (  # ("Maria" + "Angela Holguin": a first name left untagged)
                  prev.label == "PROPN" and " " not in prev.text and not prev.text.isupper() and not gaz.place(prev.text)
                  and not gaz.affiliation(prev.text) and prev.text.lower() not in _OFFICE_WORDS  # ("Trade and [Tourism] Don Farrell")
                  and not _CAPITALISED_BEFORE.search(text, max(0, prev.start - 40), prev.start)  # (not "... Rohingya Issue")
                  and not _portfolio_word(text, prev.start)))  # (not "High Commissioner for [Refugees] X")
              and len(prev.text.split()) + len(c.text.split()) <= 5
              and gaz.place(c.text) is None and not any(gaz.affiliation(w) for w in c.text.split())) \
                or (prev is not None and _cut_in_a_form_of_address(prev, c, text)):
            # "Mirza Fakhrul" + "Islam Alamgir", "Abdel-Rahim" + "Mohamed Hussein": two people's
            # names are never written one after the other with nothing between them
            joined[-1] = Candidate(c.doc_id, prev.sentence, prev.start, c.end, text[prev.start:c.end], "PERSON",
                                   titled=prev.titled)
        else:
            joined.append(c)
    return joined


def _portfolio_word(text: str, start: int) -> bool:
    """Whether a word is what a title is for ("the UN High Commissioner for [Refugees]"), not a
    first name the model left out."""
    m = re.search(r"([\w\-]+)\s+for\s+$", text[max(0, start - 40):start])
    return m is not None and m.group(1).lower() in title_words()


#: A capitalised word right before a full name, after a country's possessive, a comma, a dash, a
#: bracket or a form of address: "Colombia's [María] Ángela Holguín", "and Trade, [Peseta] Noumea
#: Simi", "Dr [Rodrigo] Lloreda Caicedo".
_NOT_FIRST_NAMES = frozenset({"the", "and", "but", "in", "on", "at", "as", "for", "with", "from", "by", "then",
                              "when", "while", "after", "before", "during", "also", "both", "former", "new"})
#: (on the name's line: not "Source: Meduza", a blank line, "Vladimir Kara-Murza")
_FIRST_NAME_BEFORE = re.compile(r"(?:['’]s|[,;:(\-–—]|(?<![\w.])" + HONORIFICS + r")\s+(?P<word>[A-ZÀ-Þ][a-zà-ÿ]+)[ \t]+$")
#: ... or opening the name's line ("Ashraf" + "Jehangir Qazi, High Commissioner"; not a line of its own above it)
_FIRST_NAME_OPENS_LINE = re.compile(r"(?<=\n)(?P<word>[A-ZÀ-Þ][a-zà-ÿ]+)[ \t]+$")
#: ... and any capitalised word before a name that opens with an initial ("Antony" + "J. Blinken").
_WORD_BEFORE_INITIAL = re.compile(r"(?<![\w.'’\-])(?P<word>[A-ZÀ-Þ][a-zà-ÿ]+)\s+$")
_INITIAL_FIRST = re.compile(r"[A-Z]\.\s")


#: A Korean given name alone, whose one-syllable surname the model left out ("Im" of "Im Jong-seok").
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
_SURNAME_BEFORE = re.compile(r"(?<![\w.'’])(?P<word>[A-Z][a-z]{1,3})\s+$")


def _proper_noun(m: re.Match | None, sdoc) -> re.Match | None:
    """The match, if its word is tagged a proper noun ("Ashraf", not "Later", "Today", "Sources")."""
    word_span = sdoc.char_span(m.start("word"), m.end("word")) if m else None
    return m if word_span is not None and word_span[0].tag_ == "NNP" else None


def _with_cut_first_names(found: list[Candidate], text: str, taken: Coverage, sdoc) -> list[Candidate]:
    """A full name the model began a word late takes that word back ("María" of "Colombia's
    María Ángela Holguín", tagged "Ángela Holguín"; "Ashraf" of a list's line "Ashraf Jehangir
    Qazi, High Commissioner", tagged "Jehangir Qazi"; a Korean surname, "Im" of "Im Jong-seok",
    tagged "Jong-seok"): a capitalised word no other span holds (or
    one found as a capitalised word of its own), that is no title, form of address, place (but
    before an initial, "Antony J. Blinken"), month or day."""
    gaz = get_gazetteer()
    out: list[Candidate] = []
    for c in found:
        initial_first = _INITIAL_FIRST.match(c.text) is not None  # ("J. Blinken")
        # (or a name the model took for an organisation, with an office in apposition after it:
        # "Jehangir Qazi, High Commissioner to India", which `_people_by_coordination` makes a person's)
        named = c.label == "PERSON" or (c.label == "ORG" and _office_apposition_after(text, c.end))
        m = (_FIRST_NAME_BEFORE.search(text, max(0, c.start - 40), c.start)
             or _proper_noun(_FIRST_NAME_OPENS_LINE.search(text, max(0, c.start - 40), c.start), sdoc)) \
            if named and " " in c.text else None
        if m is None and c.label == "PERSON" and initial_first:
            # (a proper noun's, not "Yesterday A. Okonjo", "Later M. K. Selvaraj")
            m = _proper_noun(_WORD_BEFORE_INITIAL.search(text, max(0, c.start - 40), c.start), sdoc)
        if c.label == "PERSON" and _KOREAN_GIVEN_NAME.fullmatch(c.text):
            m = _SURNAME_BEFORE.search(text, max(0, c.start - 10), c.start)  # "chief of staff [Im] Jong-seok"
        word, a = (m.group("word"), m.start("word")) if m else ("", 0)
        alone = bool(out) and out[-1].label == "PROPN" and (out[-1].start, out[-1].end) == (a, a + len(word))
        if m and (alone or not taken.overlaps(a, a + len(word))) and not (
                word.lower() in title_words() or word.lower()[:-1] in title_words() or is_form_of_address(word)
                or word.lower() in _MONTHS_AND_DAYS
                # (a town's name too, unless an initial follows: "Antony" + "J. Blinken")
                or (gaz.place(word) is not None and not initial_first)
                or gaz.affiliation(word) or word.lower() in _NOT_FIRST_NAMES):
            if alone:
                out.pop()
            c = replace(c, start=a, text=text[a:c.end])
        out.append(c)
    return out


def _known_name_words(doc_id, sdoc, found, taken, sentence_of) -> Iterator[Candidate]:
    """A capitalised word that is the first or last word of a full name in the same document,
    whatever the model made of it ("Trump met Kim", with "Trump" tagged as a common noun)."""
    words = set()
    for c in found:
        parts = c.text.split()
        if c.label in ("PERSON", "TITLED") and len(parts) >= 2:
            words.update({parts[0], parts[-1]})
    gaz = get_gazetteer()
    for c in found:  # "with Sheikh Tamim" tagged NORP: a word of a full name here, not a demonym
        if c.label == "NORP" and c.text in words and not gaz.affiliation(c.text):
            c.label = "PROPN"
    for token in sdoc:
        if token.text in words and not taken.overlaps(token.idx, token.idx + 1):
            a, b = token.idx, token.idx + len(token)
            taken.add(a, b)
            yield Candidate(doc_id, sentence_of(a), a, b, token.text, "PROPN")


def _leading_country(text: str, tokens) -> tuple[int, int] | None:
    """(end of the country, start of the rest) when a run of proper nouns starts with a country."""
    gaz = get_gazetteer()
    for k in range(len(tokens) - 1, 0, -1):
        end = tokens[k - 1].idx + len(tokens[k - 1])
        entry = gaz.place(text[tokens[0].idx:end])
        if entry is not None and entry.kind == "country":
            return end, tokens[k].idx
    return None


def _named_sites(doc_id, text, found, sentence_of) -> Iterator[Candidate]:
    """"Punggye Ri nuclear test site", "Farmleigh House": a site the text names as such, model
    or not."""
    gaz = get_gazetteer()
    titled: list[tuple[int, int]] = []  # ("the White House": a titled site, and a seat too)
    for m in _TITLED_SITE.finditer(text):
        words = m.group("name").split()
        while words and (words[0] in ("The", "A", "An", "At", "In", "On") or re.search(r"-[a-z]", words[0])):
            words = words[1:]  # ("Russian-occupied Zaporizhzhia Nuclear Power Plant": the plant's name)
        if "and" in words:  # ("the Kremlin and White House": two sites, the second named here)
            left = " ".join(words[:words.index("and")])
            if not left or gaz.place(left) is not None or gaz.seat_of_government(left) or gaz.affiliation(left) \
                    or left.split()[-1] in TITLED_SITE_NOUNS or len(words) - words.index("and") > _AND_SITE_WORDS:
                words = words[words.index("and") + 1:]
        owner = None
        if len(words) > 1 and re.search(r"['’]s$", words[0]) and gaz.place(words[0][:-2]) is not None:
            owner, words = words[0][:-2], words[1:]  # "Warsaw's Chopin Airport": the city, then the site
        if not words:
            continue
        a = m.start("name") + m.group("name").index(words[0])
        b = m.end("kind")
        name = text[a:b]
        if owner is not None and not any(c.start <= m.start("name") < c.end for c in found):
            o = m.start("name") + m.group("name").index(owner)
            yield Candidate(doc_id, sentence_of(o), o, o + len(owner), owner, "GPE")
        if gaz.place(name) is not None or (gaz.affiliation(name) and not _AT_THE.search(text[max(0, a - 24):a])):
            continue  # a city ("Mexico City") or a seat of government speaking ("the White House said")
        if "\n" in name or any(c.label == "PERSON" and c.start < b and a < c.end and c.end > b for c in found):
            continue
        for c in [c for c in found if c.start < b and a < c.end]:
            found.remove(c)
        if _CHURCH_BODY.search(name):
            continue  # "the Russian Orthodox Church": the body, neither a place nor a person
        titled.append((a, b))
        yield Candidate(doc_id, sentence_of(a), a, b, name, "SITE")
    for m in gaz.seat_sites().finditer(text):  # "talks at the Kremlin", "received at Downing Street"
        a, b = m.start(), m.end()
        if not _AT_THE_SEAT.search(text[max(0, a - 60):a]) or any(x < b and a < y for x, y in titled):
            continue  # ("the Kremlin said", "Kremlin aide": the government, not the building)
        if any(c.label == "PERSON" and c.start < b and a < c.end for c in found):
            continue
        for c in [c for c in found if c.start < b and a < c.end]:
            found.remove(c)
        yield Candidate(doc_id, sentence_of(a), a, b, m.group(0), "SITE")
    for m in _SITE.finditer(text):
        name = m.group("name").strip()
        words = name.split()
        while words and words[0] in ("The", "A", "An"):
            words = words[1:]
        if not words:
            continue
        if all(gaz.affiliation(w) and gaz.place(w) is None for w in words):
            continue  # "a Turkish military base": whose, not which
        a = m.start("name") + m.group("name").index(words[0])
        b = m.end("kind")
        if m.group("kind") in _LOOSE_SITE_NOUNS and (gaz.place(" ".join(words)) is not None
                                                    or words[-1] in TITLED_SITE_NOUNS):
            b = m.start("name") + len(m.group("name").rstrip())
            # "Mongla port", "the Al-Aqsa Mosque compound": the town, the mosque
        if re.match(r"\s+of\s+[A-Z]", text[b:b + 6]):
            continue  # "the Black Sea resort of Sochi": the place is Sochi
        if re.search(r"\b(?:a|an)\s+$", text[max(0, a - 4):a]) and gaz.place(" ".join(words)) is not None:
            continue  # "at a Bangkok hotel": some hotel of the city, which is the place
        overlapping = [c for c in found if c.start < b and a < c.end]
        if any(c.label == "PERSON" and c.end > m.end("name") for c in overlapping):
            continue  # a person's name runs on past the site's name
        for c in overlapping:
            found.remove(c)
        yield Candidate(doc_id, sentence_of(a), a, b, text[a:b], "SITE")
    for m in _STREET.finditer(text):  # "Avenida Paulista", "Plaza de Mayo": the street's noun first
        a, b = m.start(), m.end()
        if re.search(r"[A-Z][\w'’\-]*[ \t]+$", text[max(0, a - 30):a]):
            continue  # ("Independence Boulevard", "Fifth Avenue": named the English way, a titled site's)
        for c in [c for c in found if c.start < b and a < c.end]:
            found.remove(c)
        yield Candidate(doc_id, sentence_of(a), a, b, m.group(0), "SITE")


#: A street or square whose noun comes first, as Romance languages write them.
_STREET = re.compile(r"\b(?:Avenida|Rua|Calle|Avenue|Boulevard|Plaza|Piazza|Praça|Paseo)[ \t]+(?:(?:de|del|la|das|do|da|dos|des)[ \t]+)*"
                     r"[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2}")


#: What ends a name's phrase right after it: a comma, a bracket, the sentence's end.
_PHRASE_ENDS = re.compile(r"\s*(?:[,;)]|\.(?:\s|$)|$)")
#: A subject after a name's closing comma: "After meeting the President, Mr X, the envoy said".
_SUBJECT_AFTER = re.compile(r"\s*,\s*(?:the|a|an|his|her|their|its|our)\s+[a-z]")


#: A royal rank before a name, which an office in apposition after it tells better ("Prince X,
#: Minister of Foreign Affairs").
_RANKS_NOT_OFFICES = frozenset({"prince", "princess"})


def attach_roles(cand: Candidate, sdoc, starts: list[int]) -> None:
    """Title before, apposition after, counterpart: the role evidence of a person-like span."""
    if cand.label in ("SITE", "NORP"):
        return
    text = doc_text(sdoc)
    sent_start = starts[cand.sentence]
    sent_end = starts[cand.sentence + 1] if cand.sentence + 1 < len(starts) else len(text)
    before = text[sent_start:cand.start]
    after = text[cand.end:sent_end]
    # (closed: 2 where a subject follows the name's comma, "After meeting the President, Mr X, the
    # envoy said": the name is the title's, whatever clause holds it)
    closed = 2 if _SUBJECT_AFTER.match(after) else int(_PHRASE_ENDS.match(after) is not None)
    evidence = title_before(before, closed=closed)
    if evidence is not None and evidence.phrase and cand.label not in ("PERSON", "TITLED"):
        evidence = None  # ("the Communist Party's Central Committee, [Politburo] member X": a body after an office's phrase)
    if (evidence is None or not evidence.role) and (listed := title_of_list(before)) is not None:
        # "the foreign ministers - A, Brazil's B": the list's title, and the country of the possessive
        evidence = replace(listed, affiliation=(evidence.affiliation if evidence is not None else "") or listed.affiliation)
    if evidence is not None and evidence.role:
        cand.titled = True
    appos = apposition_after(after)
    if appos is not None and appos.role and evidence is not None and evidence.role.lower() in _RANKS_NOT_OFFICES \
            and " " in cand.text:
        # "Prince Faisal bin Farhan, Minister of Foreign Affairs": the office, not the rank (but
        # "Prince Andrew, the Duke of York" is called by his rank)
        evidence = replace(evidence, role="")
    if appos is not None and appos.role and appos.role not in MILITARY_RANKS and evidence is not None \
            and evidence.role in MILITARY_RANKS and not evidence.rank and not appos.past \
            and not re.search(r"\b(?i:former|ex-|retired)", appos.text):
        # "Field Marshal X, the Chief of Army Staff": the office, with the rank kept
        # (as the text words the rank: "Marine Maj. Gen.")
        evidence = replace(appos, rank=evidence.written or evidence.role, affiliation=appos.affiliation or evidence.affiliation,
                           possessor=appos.possessor or evidence.possessor, past=False)
    if appos is not None and appos.past and evidence is not None and evidence.role:
        # ("Former prime minister X, who was Spain's prime minister from 2004": the title before
        # the name, and the country the clause gives it)
        evidence = replace(evidence, affiliation=evidence.affiliation or appos.affiliation)
    elif appos is not None and (evidence is None or not evidence.role or (not evidence.affiliation and appos.affiliation)):
        evidence = RoleEvidence((evidence.role if evidence else "") or appos.role,
                                appos.affiliation or (evidence.affiliation if evidence else ""),
                                (evidence.possessor if evidence else "") or appos.possessor, appos.text,
                                past=appos.past and not (evidence is not None and evidence.role))
    if evidence is not None and evidence.role and not evidence.affiliation and (country := country_after(after)):
        evidence = replace(evidence, affiliation=country, text=f"{evidence.text} ... of {country}")
    cand.role = evidence
    cand.counterpart_of, listed = counterpart_and_list(before)
    if cand.counterpart_of and listed >= 0:
        cand.counterpart_list = sent_start + listed
