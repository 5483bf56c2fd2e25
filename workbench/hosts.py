"""Hosts: the country of someone a visitor meets in the country visited.

"Albanese will hold the annual leaders' meeting with Premier Li Qiang in Beijing", in an
Australian paper: an unqualified "Premier" would make Li an Australian official (the article's
home country, `people.py`), but a one-to-one meeting in China with a visitor from elsewhere makes
him China's. Only for people whose country no title, possessor or companion gave, and not where
the country hosts a summit (two visitors may meet on its sidelines: "Yoon met Ishiba in Lima").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from itertools import combinations

from workbench.gazetteer import get_gazetteer
from workbench.merge import Meeting
from workbench.people import Person

#: How a person's country may have been guessed rather than read: the article's home country, or none.
_GUESSED = frozenset({"", "home"})


def place_country(place: str) -> str:
    """The country a place of the meetings table is in ("Hanoi" -> Vietnam), or ""."""
    entry = get_gazetteer().place(place) if place else None
    if entry is None:
        return ""
    return entry.name if entry.kind == "country" else entry.country


def with_hosts_countries(people: list[Person], meetings: list[Meeting]) -> list[Person]:
    """The people, each one met one to one by a visitor in a country no summit is held in taking
    that country when theirs was only guessed."""
    by_id = {p.person_id: p for p in people}
    visiting: dict[tuple[str, str], set[str]] = defaultdict(set)  # (doc, country) -> who travels there
    summits: set[tuple[str, str]] = set()  # (doc, country) of a summit: visitors meet visitors there
    for m in meetings:
        country = place_country(m.place)
        for doc in m.sources:
            if m.kind == "visit":
                visiting[(doc, country)].update(m.person_ids)
            elif m.kind == "summit":
                summits.add((doc, country))
    hosts: dict[str, str] = {}
    for m in meetings:
        country = place_country(m.place)
        if not country or m.kind in ("visit", "phone_call") or len(m.person_ids) != 2:
            continue
        if any((doc, country) in summits for doc in m.sources):
            continue
        travels = {pid for doc in m.sources for pid in visiting.get((doc, country), ())}
        for host_id, guest_id in (m.person_ids, m.person_ids[::-1]):
            host, guest = by_id[host_id], by_id[guest_id]
            if host.affiliation_from not in _GUESSED or host.affiliation == country or host_id in travels:
                continue
            if guest_id in travels and guest.affiliation not in ("", country):
                hosts[host_id] = country
    return [replace(p, affiliation=hosts[p.person_id], affiliation_from="host") if p.person_id in hosts else p
            for p in people]


def with_counterparts_countries(people: list[Person], meetings: list[Meeting], named: dict[str, Counter]) -> list[Person]:
    """The people, each one whose country was only the article's guess but who meets one to one
    someone whose title gives that very country taking another: the country their articles name
    most after it, or none when no other country leads (`named`: each article's country counts).

    "President Suleiman received Iranian President Ahmadinejad in Baabda", in a story that names
    Iran most: an unqualified "President" made Suleiman Iran's, but a one-to-one meeting pairs
    two countries as a rule, and the story names Lebanon next."""
    by_id = {p.person_id: p for p in people}
    # (two who visit together travel together: "President X and First Lady Y visited Hanoi")
    together = {frozenset(pair) for m in meetings if m.kind == "visit" for pair in combinations(m.person_ids, 2)}
    other: set[str] = set()
    for m in meetings:
        if len(m.person_ids) != 2 or frozenset(m.person_ids) in together:
            continue
        for own, met in (m.person_ids, m.person_ids[::-1]):
            p, q = by_id[own], by_id[met]
            if p.affiliation_from == "home" and q.affiliation_from not in _GUESSED and q.affiliation == p.affiliation:
                other.add(own)
    result = []
    for p in people:
        if p.person_id not in other:
            result.append(p)
            continue
        counts = Counter()
        for doc in p.documents:
            counts.update(named.get(doc, Counter()))
        counts.pop(p.affiliation, None)
        top = counts.most_common(2)
        leads = top and (len(top) == 1 or top[0][1] > top[1][1])
        result.append(replace(p, affiliation=top[0][0] if leads else "", affiliation_from="counterpart" if leads else ""))
    return result
