"""Places: one row per place, canonical, with its kind, country and coordinates.

A candidate is a place when the gazetteer knows its name as a country, region or city (whatever
label the model gave it: "DPRK" tagged ORG is North Korea), or when the model tagged it GPE, LOC
or FAC and the corpus does not show it to be a person; named sites ("Punggye Ri nuclear test
site") are places of kind `site`. Adjectives (NORP) are not places. Every surface form of a
place ("US", "U.S.", "the United States") counts toward its one canonical row.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from workbench.entities import Candidate, titled_person
from workbench.gazetteer import PlaceEntry, get_gazetteer
from workbench.names import DOTTED_LETTERS, name_key, names_a_platform, slug
from workbench.roles import is_form_of_address, is_title

#: Bare compass words name no place by themselves ("the North's warning").
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "midwest"})
_KIND_LABEL = {"country": "GPE", "city": "GPE", "region": "LOC", "site": "FAC"}


@dataclass
class Place:
    place_id: str
    name: str
    kind: str  # country, city, region, site
    country: str
    lat: float | None
    lon: float | None
    mentions: int
    documents: list[str]
    aliases: list[str]


@dataclass
class PlacesResult:
    places: list[Place]
    assignments: list[tuple[Candidate, str, str]]  # candidate, place_id, mention label


#: Words that make a name a body's or an occasion's, not a place's.
_BODY_WORD = re.compile(r"\b(?:Cooperation|Organi[sz]ation|Community|Association|Council|Commission|Committee|"
                        r"Agency|Alliance|Forum|Bank|Fund)$|\bDay\b")  # (and a holiday's: "the Republic Day Parade")


#: A state's form with no name: "the Islamic Republic", "the Kingdom", "the two Koreas".
_STATE_FORM_ONLY = re.compile(r"(?:(?:Islamic|Federal|Democratic|People's|Socialist|Arab|United)\s+)*"
                              r"(?:Republic|Kingdom|Federation|Emirates?|Sultanate|Principality|Koreas)")


def place_entry(c: Candidate) -> PlaceEntry | None:
    """The place a candidate names, or None when it names none."""
    gaz = get_gazetteer()
    if c.label == "NORP":
        return None
    if c.label == "SITE":
        return PlaceEntry(c.text, "site", "")
    entry = gaz.place(c.text)
    if entry is not None:
        if c.label == "PERSON" and entry.kind == "city" and not gaz.affiliation(c.text) and " " in c.text:
            return None  # a person's name that happens to be a town's (but "develop Trincomalee as a hub",
            # one word no person of the corpus is called by, is the town)
        return entry
    if c.label not in ("GPE", "LOC", "FAC"):
        return None
    key = name_key(c.text)
    if not key or key in COMPASS_WORDS or not c.text[:1].isupper() or any(ch.isdigit() for ch in c.text):
        return None  # "G7", "M23": groups, not places
    if (c.text.isupper() and len(c.text) <= 3) or (DOTTED_LETTERS.fullmatch(c.text.strip()) and c.text.count(".") >= 3):
        return None  # "from AI to hydrogen", "S. Krishnan, I.A.S.": an abbreviation no gazetteer knows is no place
    if gaz.affiliation(c.text):
        return None  # "Angolan", "Mercosur": a demonym or a body the model took for a place
    if is_title(c.text) or is_form_of_address(c.text) or _BODY_WORD.search(c.text):
        return None  # "King", "Grand Imam"; "Asia-Pacific Economic Cooperation": an office or a body
    if _STATE_FORM_ONLY.fullmatch(c.text.strip()):
        return None  # "the Islamic Republic", "the Kingdom": a country spoken of by its form, not named
    if titled_person(c.text):
        return None  # "Grand Duke Henri", "Brunei Sultan": a person
    kind = "site" if c.label == "FAC" else "region"
    return PlaceEntry(c.text.strip(), kind, "")


def resolve_places(cands_by_doc: dict[str, list[Candidate]], people_spans: set[tuple[str, int, int]]) -> PlacesResult:
    """Places of the whole corpus; spans already taken by people are not places."""
    grouped: dict[str, list[tuple[Candidate, PlaceEntry]]] = defaultdict(list)
    for doc_id, cands in cands_by_doc.items():
        for c in cands:
            if (doc_id, c.start, c.end) in people_spans or names_a_platform(c.text):
                continue
            entry = place_entry(c)
            if entry is not None:
                grouped[entry.name].append((c, entry))
    places, assignments = [], []
    for name, items in grouped.items():
        entry = items[0][1]
        place_id = f"place:{slug(name)}"
        docs = list(dict.fromkeys(sorted(c.doc_id for c, _ in items)))
        places.append(Place(place_id, entry.name, entry.kind, entry.country or (entry.name if entry.kind == "country" else ""),
                            entry.lat, entry.lon, len(items), docs, sorted({c.text for c, _ in items} - {entry.name})))
        assignments.extend((c, place_id, _KIND_LABEL[entry.kind]) for c, _ in items)
    places.sort(key=lambda p: (-p.mentions, p.name))
    return PlacesResult(places, assignments)
