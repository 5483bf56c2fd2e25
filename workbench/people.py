"""People: one row per real person, from the name candidates of the whole corpus.

How (news style, after e.g. the coreference heuristics of Haghighi & Klein 2009, much reduced):
1. Which spans are people: spaCy's PERSON spans and names found after titles, plus spans the
   model tagged as a place or an organisation whose words are, elsewhere in the corpus, part of a
   full person name ("Pompeo" tagged GPE). Countries, capitals, news agencies and bare titles
   are not people.
2. Within a document, full names (two words or more) that agree ("Kim Jong-un" / "Kim Jong Un";
   "Moon Jae" / "Moon Jae-in") are one person; a bare name ("Kim", "Chairman Kim") goes to the
   person of that document whose first or last name it is, and among several, to the one whose
   title fits, else to the one mentioned most recently before it.
3. Across documents, people with agreeing full names merge; a bare name that no full name of its
   document explains goes to the corpus's person of that name when the choice is clear. A bare
   name that nothing explains is a person only when a title introduces it ("President Xi") or the
   model tags it as a person twice in its document; otherwise ("Bumpy") it is dropped.
4. Roles come from titles and appositions; the affiliation from the title's country, a
   counterpart's country, the possessor's ("Moon's press secretary"), or, for an unqualified
   national title, the article's home country (`pipeline.story_country`): its outlet's when the
   article names it (Yonhap: South Korea), else its dateline's, else the country it names most.
"""

from __future__ import annotations

import re

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from workbench.cleaning import AGENCIES
from workbench.entities import FEMALE_ADDRESS, Candidate
from workbench.gazetteer import get_gazetteer
from workbench.names import DOTTED_LETTERS, REGNAL_NUMBERS, compatible_full_names, name_key, names_a_platform, one_edit_apart, slug
from workbench.roles import BODY_NOUNS, PORTFOLIO_NOUNS, canonical_role, is_form_of_address, is_title, office_country, title_words

#: Titles of international office: an unqualified one is nobody's national official.
INTERNATIONAL_TITLES = frozenset({
    "Secretary-General", "Secretary General", "UN Secretary-General", "High Representative", "Commissioner",
    "Pope", "Director-General", "Director General",
})


def is_international(role: str) -> bool:
    """"Secretary-General", "Enlargement Commissioner": an office of an international body."""
    return any(role == t or role.endswith(" " + t) for t in INTERNATIONAL_TITLES)


_AGENCY_KEYS = frozenset(name_key(a) for a in AGENCIES)
_PERSON_LABELS = ("PERSON", "TITLED")


@dataclass
class Person:
    person_id: str
    name: str
    aliases: list[str]
    roles: list[str]  # the offices as the text words them: "Trade Secretary", "acting Prime Minister"
    affiliation: str
    mentions: int
    documents: list[str]
    offices: list[str] = field(default_factory=list)  # their titles alone ("Secretary"): what "the secretary" may name
    affiliation_from: str = ""  # what gave the affiliation: title, possessor, office, context, home, companion, host, counterpart


@dataclass
class _Cluster:
    """One person within one document (or, after merging, within the corpus)."""

    words: list[str]
    mentions: list[Candidate] = field(default_factory=list)

    @property
    def roles(self) -> set[str]:
        return {m.role.role for m in self.mentions if m.role and m.role.role}

    @property
    def nicknames(self) -> set[str]:
        """Keys of the names the text says this person is known by ("better known as Hemedti")."""
        return {name_key(m.known_as) for m in self.mentions if m.known_as}


@dataclass
class PeopleResult:
    people: list[Person]
    assignments: list[tuple[Candidate, str]]  # each person mention and its person_id


def person_words(cands: list[Candidate], titled_names: bool = False) -> set[str]:
    """Words of the multi-word names the model tagged as people or a title introduced, and of the
    names the text says someone is known by; with
    `titled_names`, also one-word names right after a title ("Prime Minister Sheikh Hasina":
    within its article, a "Hasina" the model tagged as a place is her) or a form of address
    ("Mr. Kennedy", though a town has the name)."""
    gaz = get_gazetteer()
    words = set()
    for c in cands:
        key = name_key(c.text).split()
        named = c.label in _PERSON_LABELS or (c.role is not None and bool(c.role.role))
        # (a one-word name, not an abbreviation: "FM", "CET" after a title are none)
        if named and (len(key) >= 2 or (titled_names and c.titled and not c.text.isupper())) and not gaz.place(c.text):
            words.update(key)
        elif named and titled_names and c.sex and len(key) == 1:
            words.update(key)  # ("Mr. Kennedy": a form of address makes a person of a town's name)
        if c.known_as:  # ("X, better known as Hemedti": "Hemedti" is a person's name in every article)
            words.update(name_key(c.known_as).split())
    return words


#: Last words of a body's name, never of a person's (not "Church", "Court", "Bank": surnames too).
_BODY_ENDS = BODY_NOUNS - {"church", "court", "bank", "staff", "service", "services", "state", "states", "region"}


def is_person(c: Candidate, corpus_words: set[str], doc_words: set[str], tagged_alone: frozenset[str] = frozenset(),
              title_surnames: frozenset[str] = frozenset()) -> bool:
    """Whether a candidate names a person, given the words of the full person names of the
    corpus and of its own document, the one-word names its document tags as a person's twice or
    more (`tagged_alone`, see `surnames_tagged`), and the titles that end a full name the model
    tagged a person's in its document (`title_surnames`: "Bishop" of "Ana Bishop")."""
    gaz = get_gazetteer()
    key = name_key(c.text)
    if not key or key in _AGENCY_KEYS or is_form_of_address(c.text) or any(ch.isdigit() for ch in c.text):
        return False
    if is_title(c.text) and c.text not in title_surnames and not c.address:
        return False  # (a title alone is no one; but "Bishop said" after "Foreign Minister Ana Bishop", or "Ms Bishop", is her)
    if " " in c.text.strip() or re.search(r"\w[-/]\w", c.text):  # (one word may be a name too: "Sabah")
        if all(name_key(p) in _AGENCY_KEYS or gaz.is_outlet(p) for p in re.split(r"[-/]", c.text) if p):
            return False  # "Yomiuri Shimbun", "Sapa-AFP": the outlets that report it
    if " and " in c.text:
        return False  # "Industry and Investment Promotion" (of a minister's portfolio): no one's name
    if DOTTED_LETTERS.fullmatch(c.text.strip()):
        return False  # "A.A.P.", "U. S.", "I.A.S.": an agency, a country, a service, in letters
    if gaz.division(c.text) is not None:
        return False  # "Okinawa Prefecture", "Fujian Province": a state or province
    if all(w in _PORTFOLIO_WORDS for w in key.split()):
        return False  # "Affairs", "State", "Foreign Affairs": a portfolio the model cut off its minister's title
    if names_a_platform(c.text):
        return False  # "wrote on Twitter", "Facebook | Twitter": a platform, no one's name
    if " " in key and key.split()[-1] in _PORTFOLIO_ENDS:
        return False  # "Pacific Island Affairs", "African Integration": the end of a portfolio, no one's name
    if " " in key and all(w in title_words() for w in key.split()):
        return False  # "Deputy Head" (of "Deputy Head of the Presidential Administration X"): an office
    if " " in key and key.split()[-1] in _OFFICE_ENDS:
        return False  # "Media Advisor" (of "Political and Media Advisor at the Presidency Dr. X"): an office
    if c.label == "ORG" and " " in key and key.split()[-1] in _BODY_ENDS:
        return False  # "People's Organization" (of "the leader of the South West Africa People's Organization"): a body
    first, *rest = c.text.split()
    particle, _, joined = first.partition("-")
    hyphened = particle in SURNAME_PARTICLES and joined[:1].isupper()  # (see `classify`)
    if not (c.text[:1].isupper() or (first in SURNAME_PARTICLES and rest and rest[0][:1].isupper()) or hyphened) \
            or c.label in ("NORP", "SITE"):
        return False  # (but "al Sarraj", "al-Assad": a surname with its particle)
    words = set(key.split())
    if gaz.affiliation(c.text) and gaz.place(c.text) is None:
        return False  # "Azerbaijani", "SADC": a nationality or a body
    place = gaz.place(c.text)
    if place is not None and " " not in c.text and gaz.is_subdivision(c.text):  # (a surname: "Rivas", not "Tamil Nadu")
        place = None if c.label in _PERSON_LABELS or words <= corpus_words or words <= doc_words else place
    if place is not None:
        if place.kind in ("country", "region"):
            return False
        if c.titled and c.label in _PERSON_LABELS and place.kind == "city" and not gaz.affiliation(c.text):
            return True  # "Pope Leo": a title makes a person of a small town's name
        in_document = words <= doc_words  # a town's name that is a person's name here ("Martin agreed")
        if gaz.affiliation(c.text):  # a capital: a person only if the model did not call it a place
            return in_document and c.label != "GPE"
        return in_document or (c.label in _PERSON_LABELS and words <= corpus_words)
    if c.label in _PERSON_LABELS:
        return True
    if c.role is not None and c.role.role and len(words) >= 2:
        return True  # an untagged name with a title or an apposition: "Ana Costa, spokeswoman"
    if (initialled := _INITIALLED.fullmatch(c.text)) is not None:
        words = {name_key(initialled.group(1))}  # "N.Nazarbayev" tagged as an organisation: the surname must be known
    if c.label == "PROPN" and 2 <= len(key.split()) <= 3 and key.split()[-1] in tagged_alone and not _has_office_words(key):
        return True  # "Evo Morales" left untagged, then "Morales" tagged a person throughout the article
    return words <= corpus_words or words <= doc_words  # "Pompeo" tagged GPE, "Doe" left untagged


#: Words of ministers' portfolios, never a person's name alone or together ("Affairs", "Foreign
#: Affairs"); but "Power" and "Justice" may be.
_PORTFOLIO_WORDS = (PORTFOLIO_NOUNS | {"state"}) - {"power", "land", "lands", "justice", "legal", "local", "capital", "family"}
#: Last words of an office that end no one's name ("Media Advisor", "Permanent Representative").
_OFFICE_ENDS = frozenset({"advisor", "adviser", "minister", "secretary", "representative", "ambassador", "spokesman",
                          "spokeswoman", "spokesperson", "envoy", "commissioner", "chairman", "chairwoman",
                          "chairperson", "director", "negotiator", "coordinator"})
#: Last words of ministers' portfolios that end no one's name ("Minister for Pacific Island Affairs").
_PORTFOLIO_ENDS = frozenset({"affairs", "relations", "cooperation", "integration", "development", "industry",
                             "resources", "planning", "security"})
#: A surname after initials, as some agencies write names: "N.Nazarbayev", "G. Berdymukhamedov".
_INITIALLED = re.compile(r"(?:[A-Z][a-z]?\.\s?){1,2}([A-Z][\w'’\-]+)")


def surnames_tagged(cands: list[Candidate]) -> frozenset[str]:
    """The one-word names a document's model tags as a person twice or more ("Morales")."""
    counts = Counter(name_key(c.text) for c in cands if c.label == "PERSON" and " " not in c.text.strip())
    return frozenset(k for k, n in counts.items() if n >= 2)


def _has_office_words(key: str) -> bool:
    return any(w in title_words() or w in _PORTFOLIO_WORDS for w in key.split())


def classify(cands_by_doc: dict[str, list[Candidate]], texts: dict[str, str] | None = None) -> dict[str, list[Candidate]]:
    """The person candidates of each document, judged with the evidence of the whole corpus (and
    of each document's `texts`, where given: see `_a_common_word`)."""
    corpus_words = person_words([c for cands in cands_by_doc.values() for c in cands])
    people = {}
    for doc_id, cands in cands_by_doc.items():
        if texts and doc_id in texts:
            # (not a name the document gives a title or a form of address, or tags a person's
            # twice: "Prime Minister Key ... Key met ... The key issue", "Moon ... Moon called it")
            lower_words = set(re.findall(r"\b[a-z][a-z'’\-]*\b", texts[doc_id])) - surnames_tagged(cands) - {
                name_key(c.text) for c in cands if c.titled or c.address or (c.role is not None and c.role.role)}
            cands = [c for c in cands if not _a_common_word(c, lower_words, corpus_words)]
        doc_words = person_words(cands, titled_names=True)
        # ("al-Assad" after a title, or as the surname of a full name of the article; not
        # "al-Azhar", "al-Hol", places the model tagged as people)
        surnames = {c.text.split()[-1] for c in cands if " " in c.text}
        tagged_alone = surnames_tagged(cands)
        title_surnames = frozenset(w for c in cands if c.label == "PERSON" and " " in c.text.strip()
                                   and is_title(w := c.text.split()[-1]))
        people[doc_id] = [c for c in cands if is_person(c, corpus_words, doc_words, tagged_alone, title_surnames)
                          and not (c.text[:1].islower() and " " not in c.text and not c.titled and c.text not in surnames)]
    return people


def _a_common_word(c: Candidate, lower_words: set[str], corpus_words: set[str]) -> bool:
    """"Visit", "Leaders", "Election" of a heading or a caption the model tagged as a person: one
    word, with no title or form of address, that its document also writes in lower case ("the
    visit", "the election"), and no full name of the corpus has. (Not "Bishop" of "Julie Bishop",
    nor "Mr. Price".)"""
    word = c.text.strip()
    return (" " not in word and word[:1].isupper() and not c.titled and not c.address
            and not (c.role is not None and c.role.role) and word.lower() in lower_words
            and name_key(word) not in corpus_words)


#: Small words inside names, never a name by themselves.
NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "al", "el", "de", "da", "do", "dos", "das", "del", "la",
                            "le", "van", "von", "der", "den", "di", "du", "y"})
#: Generational suffixes, never the name a person is called by alone.
NAME_SUFFIXES = frozenset({"jr", "sr", *REGNAL_NUMBERS})
#: Particles after which a name is the father's, not the family's ("Mohammed bin Salman").
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben"})
#: Particles a surname may be called by with ("al Sarraj", "von der Leyen"; not "bin Ahmed": a father's name).
SURNAME_PARTICLES = NAME_PARTICLES - PATRONYMIC_PARTICLES - {"y"}


def bare_forms(words: list[str]) -> tuple[str, ...]:
    """The words a full name may be cut to in news style: its first and its last, unless the
    last is a father's name ("Salman" is not "Mohammed bin Salman"), and never an initial ("L."
    of "L. Oyun-Erdene" is no name: "Wang Yi (L) and X" in a caption)."""
    if len(words) == 2 and words[-1] in NAME_SUFFIXES:
        return (words[0],)  # "Omar II" is called "Omar", never "II"
    if words[0] in FEMALE_ADDRESS:
        return ()  # (a wife known only as "Mrs. Kennedy": a bare "Kennedy" is her husband; see _wife_apart)
    if len(words) >= 3 and words[-1].strip(".") in NAME_SUFFIXES:
        words = words[:-1]  # "Gilberto Teodoro Jr.": Teodoro
    if len(words) >= 3 and words[-2] in PATRONYMIC_PARTICLES:
        return (words[0],)
    return tuple(w for w in (words[0], words[-1]) if len(w.strip(".")) > 1)


def _surnames_told(cl: _Cluster) -> set[str]:
    """The last words of the shorter full names a person is told by: "Castro" of "Raul Castro",
    for "Raul Castro Ruz" (a Spanish double surname, whose first is the one news uses)."""
    return {forms[-1] for m in cl.mentions if len(w := name_key(m.text).split()) >= 2 and w != cl.words
            and (forms := bare_forms(w))}


#: A syllable of a given name of East Asian shape: "Jong Un", "Yong Chol", "Jae-in", "Hsien Loong".
_SYLLABLE = re.compile(r"[a-z]{1,5}")


def _family_name_first(words: list[str], word: str) -> bool:
    """Whether `word` is the family name that a name of East Asian order puts first: "Kim" of "Kim
    Jong Un" or "Kim Jong-un" (a given name of two syllables, apart or hyphened), whom news calls by
    it ("Kim") as it calls "Andrew Kim" by his last name."""
    return len(words) == 3 and words[0] == word and all(_SYLLABLE.fullmatch(w) for w in words[1:])


def _bare_words(cl: _Cluster) -> set[str]:
    """The words a person's full names may be cut to (`bare_forms`), over every full name told."""
    return set(bare_forms(cl.words)) | _surnames_told(cl)


def _fits_title(cluster: _Cluster, c: Candidate) -> bool:
    return bool(c.role and c.role.role and c.role.role in cluster.roles)


def cluster_document(cands: list[Candidate]) -> tuple[list[_Cluster], list[Candidate]]:
    """People within one document, and the bare names no full name of the document explains."""
    clusters: list[_Cluster] = []
    # ("Mohamed Hamdan Dagalo, better known as Hemedti": the nickname's mentions are his)
    full_names = {name_key(c.known_as): name_key(c.text).split() for c in cands if c.known_as}
    for c in cands:
        words = full_names.get(name_key(c.text)) or name_key(c.text).split()
        if len(words) == 1 and c.surname:  # ("Jason and Laurie Holt": Jason Holt)
            words = [*words, *name_key(c.surname).split()]
        if len(words) < 2:
            continue
        for cl in clusters:
            if compatible_full_names(cl.words, words) and (cl.words == words or not (_spouse_and_leader(
                    cl.roles, {c.role.role} if c.role and c.role.role else set()) or _wife_by_name(
                    cl.words, _female(cl), _man_or_office(cl), words, c.sex == "f",
                    c.sex == "m" or bool(c.role and c.role.role and c.role.role not in SPOUSE_TITLES)))):
                cl.mentions.append(c)
                if len(words) > len(cl.words):
                    cl.words = words
                break
        else:
            clusters.append(_Cluster(words, [c]))
    for c in cands:
        words = name_key(c.text).split()
        if (len(words) == 1 and c.role is not None and c.role.role and c.role.role not in SPOUSE_TITLES
                and (namesakes := [cl for cl in clusters if words[0] in bare_forms(cl.words)])
                and all(_spouse_only(cl) for cl in namesakes) and not any(cl.words == words for cl in clusters)):
            # "President Bush" in a story that names only "First Lady Laura Bush" in full: the
            # president, a person of his own (whom the bare "Bush" of the story then means)
            clusters.append(_Cluster(words, [c]))
    placed = {id(m) for cl in clusters for m in cl.mentions}
    unexplained = []
    men = {name_key(c.text).split()[-1] for c in cands if c.sex == "m" and c.text.strip()}
    for c in cands:
        words = name_key(c.text).split()
        if len(words) != 1 or id(c) in placed:
            continue
        if c.sex == "f" and c.address and ((own := _own_name_in_brackets(c, clusters)) is not None or (
                words[0] in men and all(_a_man_in_full(cl) for cl in clusters if words[0] in _bare_words(cl)))):
            _wife_apart(c, clusters, own)
            continue
        choices = _by_given_name([cl for cl in clusters if words[0] in _bare_words(cl)], c, words[0])
        surnames = [cl for cl in choices if bare_forms(cl.words)[-1] == words[0] or words[0] in _surnames_told(cl)
                    or _family_name_first(cl.words, words[0])]
        if surnames and len(surnames) < len(choices):
            choices = surnames  # news style calls people by their surname: "Teodoro" is Gilberto Teodoro
        if not choices and len(words[0]) >= 6:
            # "Pashinyan" of "Nikol Pashinian": the same surname in another transliteration
            # (not the same word: "Salman" of "Mohammed bin Salman" is his father's name, see bare_forms)
            variant = [cl for cl in clusters if words[0] != cl.words[-1] and one_edit_apart(words[0], cl.words[-1])]
            choices = variant if len(variant) == 1 else []
        if not choices and len(words[0]) >= 3:
            # "Lula" of "Luiz Inacio Lula da Silva": a middle name, when one person of the
            # document has it
            middle = _not_spouses([cl for cl in clusters if words[0] in cl.words[1:-1] and words[0] not in NAME_PARTICLES], c)
            choices = middle if len(middle) == 1 else []
        chosen = _choose(choices, c)
        if chosen is None:
            unexplained.append(c)
        else:
            chosen.mentions.append(c)
    return clusters, unexplained


def _a_man_in_full(cl: _Cluster) -> bool:
    """Whether a person's full name is addressed as a man's ("Mr. Karl Andersen"); a bare "Mr.
    Thatcher" may have joined "Margaret Thatcher" only as the one Thatcher named."""
    return any(m.sex == "m" and " " in m.text.strip() for m in cl.mentions)


def _own_name_in_brackets(c: Candidate, clusters: list[_Cluster]) -> _Cluster | None:
    """The person whose full name stands in brackets right after "Mrs Lee": "(Ms Ho Ching)"."""
    return next((cl for cl in clusters for m in cl.mentions if m.bracketed and m.sex != "m"
                 and 0 < m.start - len(m.address) - c.end <= 2), None)


def _wife_apart(c: Candidate, clusters: list[_Cluster], own_name: _Cluster | None) -> None:
    """"Mrs. Kennedy" in a story that calls the Kennedy it names otherwise "Mr. Kennedy", and names
    none in full but as "Mr.": his wife (or mother), a person of her own known by the form of
    address, which becomes part of the mention ("Mrs. Kennedy", not a second "Kennedy"). Not when
    the story names anyone of that surname in full without "Mr." ("Indira Gandhi" beside "Mr.
    Gandhi": "Mrs. Gandhi" may be her). Her own name in brackets right after is her, `own_name`:
    "Mrs Lee (Ms Ho Ching)"."""
    c.text, c.start = c.address + c.text, c.start - len(c.address)
    words = name_key(c.text).split()
    wife = own_name or next((cl for cl in clusters if cl.words == words), None)
    if wife is None:
        clusters.append(_Cluster(words, [c]))
    else:
        wife.mentions.append(c)


#: A monarch's titles (lower case), which go before a given name: "Sultan Ibrahim", "King Charles";
#: and the Eastern churches' heads, known by a given name too: "Patriarch Kirill", "Catholicos Karekin".
MONARCH_TITLES = frozenset({"king", "queen", "sultan", "emir", "amir", "emperor", "empress", "pope", "grand duke",
                            "grand duchess", "prince", "princess", "crown prince", "crown princess", "tsar", "shah",
                            "patriarch", "catholicos"})


def _by_given_name(choices: list[_Cluster], c: Candidate, word: str) -> list[_Cluster]:
    """A monarch's title goes before a given name, never a surname: "His Majesty Sultan Ibrahim"
    is not Prime Minister Anwar Ibrahim, but "King Salman" is Salman bin Abdulaziz."""
    # (or a monarch known by another of his names: "King Sihamoni" is King Norodom Sihamoni)
    return [cl for cl in choices if cl.words[0] == word or any(r.lower() in MONARCH_TITLES for r in cl.roles)] \
        if _regnal(c) else choices


def _regnal(c: Candidate) -> bool:
    """Whether a monarch's title stands right before the name (not "the King, Abbas and Sharon")."""
    return c.role is not None and c.role.role.lower() in MONARCH_TITLES and not c.role.text.rstrip().endswith(",")


def _regnal_forms(cl: _Cluster, name: str) -> set[str]:
    """How a monarch known by one name is called: "Sultan Ibrahim", "King Philippe"."""
    if len(cl.words) != 1:
        return set()
    return {f"{m.role.role} {name}" for m in cl.mentions if _regnal(m)}


#: The titles of a leader's spouse: a bare surname is the leader's, not the spouse's.
SPOUSE_TITLES = frozenset({"First Lady", "First Gentleman"})


def _spouse_and_leader(roles: set[str], other: set[str]) -> bool:
    """"First Lady Iriana Joko Widodo" and "President Joko Widodo": a spouse who bears the
    leader's whole name is not the leader, though the names fit as one person's. Each side is
    known by its titles, one side only as a spouse."""
    def spouse(r: set[str]) -> bool:
        return bool(r) and r <= SPOUSE_TITLES
    return bool(roles) and bool(other) and spouse(roles) != spouse(other)


def _wife_by_name(words: list[str], female: bool, office: bool,
                  other: list[str], other_female: bool, other_office: bool) -> bool:
    """"Madame Iriana Joko Widodo" and "President Joko Widodo": a woman addressed so, whose name
    is the whole name of a man or an office-holder after a given name of her own, is his wife,
    not him (either told first). Not a woman's own surnames: "Mrs Ana Ruiz Lopez" and "Ruiz Lopez"."""
    def extends(longer: list[str], shorter: list[str]) -> bool:
        return len(longer) > len(shorter) and longer[-len(shorter):] == shorter
    return (female and not other_female and other_office and extends(words, other)) or (
        other_female and not female and office and extends(other, words))


def _female(cl: _Cluster) -> bool:
    return any(m.sex == "f" for m in cl.mentions)


def _man_or_office(cl: _Cluster) -> bool:
    """Whether a person is addressed as a man or holds an office other than a spouse's."""
    return any(m.sex == "m" for m in cl.mentions) or bool(cl.roles - SPOUSE_TITLES)


def _spouse_only(cl: _Cluster) -> bool:
    return bool(cl.roles) and cl.roles <= SPOUSE_TITLES


def _not_spouses(choices: list[_Cluster], c: Candidate) -> list[_Cluster]:
    """Namesakes a middle name may be, without the leaders' spouses when anyone else is one ("Lula"
    is the president, not "First Lady Marisa Letícia Lula da Silva"), unless the name is titled so."""
    if c.role is not None and c.role.role in SPOUSE_TITLES:
        return choices
    others = [cl for cl in choices if not _spouse_only(cl)]
    return others or choices


def _former_only(cl: _Cluster) -> bool:
    """Whether every full name a person is told by looks back ("former President George H. W. Bush")."""
    full = [m for m in cl.mentions if len(m.text.split()) >= 2]
    return bool(full) and all(m.former for m in full)


def _current(choices: list[_Cluster]) -> list[_Cluster]:
    """Among namesakes, those the story is not only looking back on: a bare "Li" after "then-
    Premier Li Keqiang" and "Premier Li Qiang" is Li Qiang."""
    # (a person known only by a titled bare name, "President Bush", is not looked back on for that)
    current = [cl for cl in choices if not _former_only(cl)]
    return current or choices


def _of_the_sex(choices: list[_Cluster], c: Candidate) -> list[_Cluster]:
    """Namesakes a bare name may be, without those a form of address shows to be of the other sex:
    "Mr. Balasingham" is not "Mrs. Adele Balasingham"."""
    if not c.sex:
        return choices
    # (told by a full name so addressed, "Mrs. Adele Balasingham": a bare "Mrs Tan" was itself only guessed)
    return [cl for cl in choices if all(m.sex in ("", c.sex) for m in cl.mentions if " " in m.text.strip())] or choices


def _choose(choices: list[_Cluster], c: Candidate) -> _Cluster | None:
    choices = _current(_of_the_sex(choices, c))
    if not c.sex and not (c.role is not None and c.role.role in SPOUSE_TITLES):
        # (a bare "Widodo" is the president named before, not "First Lady Iriana Joko Widodo", who
        # bears his whole name; "Mrs Widodo" may be her, and a first lady of another name than a
        # leader's, "Kim Hye-won" beside "Kim Jong-chol", is left to the context)
        spouses = [cl for cl in choices if _spouse_only(cl)]
        leaders = [cl for cl in choices if not _spouse_only(cl) and any(m.start < c.start for m in cl.mentions)
                   and any(sp.words[-len(cl.words):] == cl.words for sp in spouses)]
        choices = leaders or choices
    if len(choices) <= 1:
        return choices[0] if choices else None
    fitting = [cl for cl in choices if _fits_title(cl, c)]
    if len(fitting) == 1:
        return fitting[0]
    pool = fitting or choices
    # the namesake the article already calls by the bare name ("Erdogan" after "First Lady Emine
    # Erdogan" is still the president the story has called "Erdogan"), unless another one is
    # named in full in the same sentence
    # (by this very name: "his wife Emine" calls her by her given name, not "Erdogan")
    called = [cl for cl in pool if any(len(m.text.split()) == 1 and m.start < c.start and name_key(m.text) == name_key(c.text)
                                       for m in cl.mentions)]
    named_here = [cl for cl in pool if any(m.sentence == c.sentence and len(m.text.split()) > 1 and m.start < c.start
                                           for m in cl.mentions)]
    if len(called) == 1 and not [cl for cl in named_here if cl is not called[0]]:
        return called[0]

    def last_before(cl: _Cluster) -> int:
        return max((m.start for m in cl.mentions if m.start < c.start), default=-1)

    before = [cl for cl in pool if last_before(cl) >= 0]
    if before:
        return max(before, key=last_before)
    return min(pool, key=lambda cl: min(m.start for m in cl.mentions))


def resolve_people(cands_by_doc: dict[str, list[Candidate]], home_country: dict[str, str] | None = None,
                   texts: dict[str, str] | None = None) -> PeopleResult:
    """People of the whole corpus; see the module docstring. `texts`: each document's text."""
    home_country = home_country or {}
    person_cands = classify(cands_by_doc, texts)
    corpus: list[_Cluster] = []
    leftovers: list[Candidate] = []
    # Names of one person share their first or their last word (see compatible_full_names), so
    # clusters are indexed by both: merging stays linear in the size of the corpus.
    by_end_word: dict[str, list[int]] = defaultdict(list)

    def near(words: list[str]) -> list[int]:
        """Positions in `corpus` of the clusters that may match, in corpus order."""
        return sorted(set(by_end_word.get(words[0], [])) | set(by_end_word.get(words[-1], [])))

    def index(i: int) -> None:
        for w in {corpus[i].words[0], corpus[i].words[-1]}:
            if i not in by_end_word[w]:
                by_end_word[w].append(i)

    solos: list[_Cluster] = []  # a document's person known by one name ("President Bush"; see cluster_document)
    for cands in person_cands.values():
        clusters, unexplained = cluster_document(cands)
        leftovers.extend(unexplained)
        for cl in clusters:
            if len(cl.words) == 1:
                solos.append(cl)
                continue
            for i in near(cl.words):
                merged = corpus[i]
                if compatible_full_names(merged.words, cl.words) and (merged.words == cl.words or not (
                        _spouse_and_leader(merged.roles, cl.roles) or _wife_by_name(
                            merged.words, _female(merged), _man_or_office(merged), cl.words, _female(cl), _man_or_office(cl)))):
                    merged.mentions.extend(cl.mentions)
                    if len(cl.words) > len(merged.words):
                        merged.words = cl.words
                        index(i)
                    break
            else:
                corpus.append(cl)
                index(len(corpus) - 1)
    singles: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    # each person's documents and roles, kept up to date as bare names join them
    summaries = {id(cl): ({m.doc_id for m in cl.mentions}, cl.roles) for cl in corpus}
    for cl in solos:  # the corpus's one person of that surname and office ("George W. Bush"), else their own
        choices = [corpus[i] for i in near(cl.words) if cl.words[0] in bare_forms(corpus[i].words)]
        titled = next(m for m in cl.mentions if m.role and m.role.role)
        chosen = _choose_across(choices, titled, summaries)
        if chosen is not None and titled.role.role in summaries[id(chosen)][1]:
            chosen.mentions.extend(cl.mentions)
            summaries[id(chosen)][0].update(m.doc_id for m in cl.mentions)
        else:
            corpus.append(cl)
            index(len(corpus) - 1)
            summaries[id(cl)] = ({m.doc_id for m in cl.mentions}, cl.roles)
    by_nickname = {n: cl for cl in corpus for n in cl.nicknames}  # ("Hemedti", in an article that does not say who he is)
    for c in leftovers:
        key = name_key(c.text)
        choices = _by_given_name([corpus[i] for i in near([key]) if key in bare_forms(corpus[i].words)], c, key)
        if not choices and key in by_nickname:
            choices = [by_nickname[key]]
        if _regnal(c):  # (in another document, only a monarch of that title: not "Ibrahim Traoré")
            choices = [cl for cl in choices if c.role.role in summaries[id(cl)][1]]
        chosen = _choose_across(choices, c, summaries)
        if chosen is not None:
            chosen.mentions.append(c)
            summaries[id(chosen)][0].add(c.doc_id)
            if c.role and c.role.role:
                summaries[id(chosen)][1].add(c.role.role)
        else:
            singles[(c.doc_id, name_key(c.text))].append(c)
    single_clusters: dict[str, _Cluster] = {}
    for (_doc_id, key), mentions in singles.items():
        # (a title, a form of address, or "her Indonesian counterpart Budiman": one name is all some people use)
        titled = any(m.titled or m.label == "TITLED" or _addressed_by_surname(m) or (m.counterpart_of and m.label == "PERSON")
                     for m in mentions)
        tagged_twice = sum(m.label == "PERSON" for m in mentions) >= 2
        if titled or tagged_twice:
            single_clusters.setdefault(key, _Cluster([key])).mentions.extend(mentions)
    corpus.extend(single_clusters.values())
    return _people_rows(corpus, home_country)


def _addressed_by_surname(c: Candidate) -> bool:
    """"Mr Lee", "Mrs. Kennedy": a one-word name the model tagged a person's, after a form of
    address, is a person's surname (not after "Sir" or "Dame", which go before a given name: "Sir
    Creek" is a place; nor the retailer "Mr. Price", which the model did not tag so)."""
    return c.label == "PERSON" and bool(c.address) and c.address.split()[0].strip(".").lower() not in ("sir", "dame")


def _choose_across(choices: list[_Cluster], c: Candidate,
                   summaries: dict[int, tuple[set[str], set[str]]]) -> _Cluster | None:
    """The corpus's person a bare name from a document without its full name goes to."""
    if len(choices) <= 1:
        return choices[0] if choices else None
    fitting = [cl for cl in choices if c.role and c.role.role and c.role.role in summaries[id(cl)][1]]
    if len(fitting) == 1:  # "Chairman Kim" where one Kim of the corpus is a chairman
        return fitting[0]
    pool = fitting or choices
    ranked = sorted(pool, key=lambda cl: len(summaries[id(cl)][0]), reverse=True)
    if len(summaries[id(ranked[0])][0]) > len(summaries[id(ranked[1])][0]):
        return ranked[0]  # the one the corpus is clearly about
    return None


#: A nickname in quotes inside a full name: 'Joko "Jokowi" Widodo'.
_QUOTED_NICKNAME = re.compile(r"\s+[\"“'‘][^\"”'’]{2,30}[\"”'’](?=\s)")


def canonical_name(mentions: list[Candidate]) -> str:
    """The fullest form: most words, then fewest initials, then most frequent, then first seen;
    without a nickname in quotes (which stays an alias: 'Joko "Jokowi" Widodo' is Joko Widodo)."""
    # (a given name that shares the next name's surname is that full name: "Jason and Laurie Holt")
    texts = [f"{m.text} {m.surname}" if m.surname else m.text for m in mentions]
    forms = Counter(texts)
    order = {t: i for i, t in reversed(list(enumerate(texts)))}
    # (a first name written out before its initial: "Islam Karimov", not "I.Karimov"; her own name,
    # not "Mrs Lee", see _wife_apart)
    fullest = max(forms, key=lambda f: (name_key(f).split()[0] not in FEMALE_ADDRESS, len(name_key(f).split()),
                                        -sum(len(w) == 1 for w in name_key(f).split()), forms[f], -order[f]))
    return _QUOTED_NICKNAME.sub("", fullest)


def _people_rows(clusters: list[_Cluster], home_country: dict[str, str]) -> PeopleResult:
    named = []
    for cl in clusters:
        name = canonical_name(cl.mentions)
        named.append((cl, name))
    by_surname: dict[str, str] = {}
    affiliations: dict[int, Counter] = {}
    for i, (cl, _) in enumerate(named):
        votes = Counter()
        for m in cl.mentions:
            if m.role and m.role.affiliation:
                votes[m.role.affiliation] += 2
            if m.counterpart_of:
                votes[m.counterpart_of] += 1
        affiliations[i] = votes
        for w in bare_forms(cl.words):
            by_surname.setdefault(w, i)
    by_sentence: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for i, (cl, _) in enumerate(named):
        for m in cl.mentions:
            by_sentence[(m.doc_id, m.sentence)].append((m.start, i))

    # (the names of one list of counterparts: "his Russian and Turkish counterparts, A and B")
    listed_at = {(m.doc_id, m.start): m.counterpart_list for cl, _ in named for m in cl.mentions if m.counterpart_list >= 0}

    def answered(m: Candidate, own: int) -> int | None:
        """The person named last before `m` in its sentence: whom "his counterpart, m" answers to
        (not another counterpart of the list "his counterparts, A and m")."""
        before = [(start, i) for start, i in by_sentence[(m.doc_id, m.sentence)] if start < m.start and i != own
                  and not (m.counterpart_list >= 0 and listed_at.get((m.doc_id, start)) == m.counterpart_list)]
        return max(before)[1] if before else None

    def titles_of(i: int) -> list[str]:
        return [r for r, _ in Counter(x.role.role for x in named[i][0].mentions if x.role and x.role.role).most_common()]

    def counterpart_roles(m: Candidate, own: int) -> list[str]:
        """Roles of the person `m` is the counterpart of."""
        other = answered(m, own)
        return titles_of(other) if other is not None else []

    # "Milei ... his Brazilian counterpart Lula": Milei holds the office Lula's title names
    counterparts_of: dict[int, list[int]] = defaultdict(list)
    for j, (cl, _) in enumerate(named):
        for m in cl.mentions:
            if m.counterpart_of and (k := answered(m, j)) is not None:
                counterparts_of[k].append(j)

    people, assignments = [], []
    used_ids: set[str] = set()
    companions: dict[int, Candidate] = {}  # people whose country is that of whom they travel with
    for i, (cl, name) in enumerate(named):
        votes = affiliations[i]
        source = "title" if votes else ""
        if not votes:  # "Moon's press secretary": the possessor's country
            for m in cl.mentions:
                owner = by_surname.get(name_key(m.role.possessor)) if m.role and m.role.possessor else None
                if owner is not None and affiliations[owner]:
                    votes[affiliations[owner].most_common(1)[0][0]] += 1
                    source = "possessor"
        national = [m for m in cl.mentions if m.role and m.role.role and not is_international(m.role.role)]
        if not votes and (went_with := next((m for m in cl.mentions if m.companion_of), None)) is not None:
            companions[i] = went_with  # (decided below, once every other country is known; the
            # country named before is where they went: "flew into the Indonesian capital accompanied by X")
        if not votes:  # an office only one country has: "Secretary of State X", "Taoiseach Y"
            votes.update(c for m in national if (c := office_country(m.role.role)))
            source = source or ("office" if votes else "")
            if votes:
                companions.pop(i, None)  # (the office says whose, not whom they travel with)
        if not votes and i not in companions:  # an unqualified national title: the country its sentence names before it
            # (not for someone the story looks back on: "then-President X" near a country's name)
            votes.update(m.context_country for m in national if m.context_country and not m.former)
            source = source or ("context" if votes else "")
        if not votes:  # else the article's home country
            votes.update(home_country[m.doc_id] for m in national if home_country.get(m.doc_id))
            source = source or ("home" if votes else "")
        roles = Counter(m.role.role for m in cl.mentions if m.role and m.role.role)
        current_roles = Counter(m.role.role for m in cl.mentions if m.role and m.role.role and not m.role.past)
        written = Counter(("former " if m.ex_office else "") + canonical_role(m.role.written or m.role.role)
                          for m in cl.mentions if m.role and m.role.role)
        if not roles:  # "his Tajik counterpart Emomali Rahmon": the role of the one he is the counterpart of
            roles.update(r for m in cl.mentions if m.counterpart_of for r in counterpart_roles(m, i)[:1])
        if not roles:  # ... and the other way round
            roles.update(r for j in counterparts_of.get(i, []) for r in titles_of(j)[:1])
        person_id = _unique(f"person:{slug(name)}", used_ids)
        docs = list(dict.fromkeys(m.doc_id for m in sorted(cl.mentions, key=lambda m: (m.doc_id, m.start))))
        people.append(Person(
            person_id=person_id, name=name,
            aliases=sorted(({m.text for m in cl.mentions} | _regnal_forms(cl, name)) - {name}),
            roles=list(dict.fromkeys([*(r for r, _ in (written or roles).most_common()),
                                      *(m.role.rank for m in cl.mentions if m.role and m.role.rank)])),
            affiliation=votes.most_common(1)[0][0] if votes else "",
            # (the offices they hold, not one the text says they held then, unless it says no other)
            mentions=len(cl.mentions), documents=docs, offices=[r for r, _ in (current_roles or roles).most_common()],
            affiliation_from=source if votes else "",
        ))
        assignments.extend((m, person_id) for m in cl.mentions)
    _with_companions_countries(named, people, companions)
    people.sort(key=lambda p: (-p.mentions, p.name))
    return PeopleResult(people, assignments)


def _with_companions_countries(named: list[tuple[_Cluster, str]], people: list[Person], companions: dict[int, Candidate]) -> None:
    """"Bennett was accompanied by National Security Adviser X": X, whose title names no country,
    is of Bennett's (not of the country the story is told from or visits). "He is accompanied by
    X": of the one the sentence before names first."""
    if not companions:
        return
    by_text = {(m.doc_id, m.text): i for i, (cl, _) in enumerate(named) for m in cl.mentions}
    for i, m in companions.items():
        if m.companion_of != "*":
            owner = by_text.get((m.doc_id, m.companion_of))
        else:  # ("He is accompanied by": the first named of the sentence before, its subject as a rule)
            before = [(x.sentence, x.start, j) for j, (cl, _) in enumerate(named) if j != i and j not in companions
                      for x in cl.mentions if x.doc_id == m.doc_id and x.sentence < m.sentence]
            last = max((b[0] for b in before), default=None)
            owner = min(b for b in before if b[0] == last)[2] if before else None
        if owner is not None and owner != i and people[owner].affiliation:
            people[i].affiliation, people[i].affiliation_from = people[owner].affiliation, "companion"


def _unique(candidate: str, used: set[str]) -> str:
    result, n = candidate, 2
    while result in used:
        result, n = f"{candidate}-{n}", n + 1
    used.add(result)
    return result
