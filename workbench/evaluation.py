"""Scoring extracted tables against hand annotations (entity-level precision, recall, F1).

A predicted row matches an annotated entity when its name or one of its aliases has the same
name key as one of the entity's accepted names. Each annotated entity is matched at most once:
a second row for the same person or place counts as an error, as the issue's scoring does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.names import name_key, one_edit_apart


@dataclass(frozen=True)
class Score:
    true_positives: int
    false_positives: int
    false_negatives: int
    matches: dict  # annotated name -> predicted row index

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return (f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f} "
                f"(tp {self.true_positives}, fp {self.false_positives}, fn {self.false_negatives})")


def score_entities(predicted: list[list[str]], gold: dict[str, list[str]]) -> Score:
    """`predicted`: each row's names (canonical name first, then aliases); `gold`: each annotated
    entity's canonical name -> other accepted names."""
    gold_keys = {g: {name_key(n) for n in [g, *alts]} for g, alts in gold.items()}
    matches: dict[str, int] = {}
    false_positives = 0
    for i, names in enumerate(predicted):
        keys = {name_key(n) for n in names if n}
        # a row matches through its canonical name first, then through its aliases
        hit = next((g for g, ks in gold_keys.items() if name_key(names[0]) in ks), None)
        if hit is None:
            hit = next((g for g, ks in gold_keys.items() if keys & ks), None)
        if hit is None or hit in matches:
            false_positives += 1
        else:
            matches[hit] = i
    return Score(len(matches), false_positives, len(gold) - len(matches), matches)


@dataclass
class MeetingScore:
    pairs: Score
    date_right: float  # among matched pairs
    kind_right: float  # phone or in person, among matched pairs
    place_right: float
    source_coverage: float  # share of each annotated meeting's articles its matched row cites
    differences: list[str] = field(default_factory=list)  # matched pairs whose date or place differ, with their articles

    def __str__(self) -> str:
        return (f"pairs {self.pairs}; among matched: date {self.date_right:.2f}, kind {self.kind_right:.2f}, "
                f"place {self.place_right:.2f}; sources cited {self.source_coverage:.2f}")


def _contact(kind: str) -> str:
    return {"phone_call": "phone", "visit": "visit"}.get(kind, "in person")


def score_meetings(predicted: list[dict], gold: list[dict], aliases: dict[str, list[str]] | None = None) -> MeetingScore:
    """Score per pair of participants: a predicted pair counts when both people and the status
    match. Meetings are dicts with participants (names), status, kind, date, place, sources."""
    from itertools import combinations

    canon: dict[str, str] = {}
    for name, alts in (aliases or {}).items():
        for n in [name, *alts]:
            canon[name_key(n)] = name_key(name)

    def key(name: str) -> str:
        return canon.get(name_key(name), name_key(name))

    def place_key(name: str) -> str:
        """One place however spelt: "St Petersburg" is the gazetteer's "Saint Petersburg"."""
        from workbench.gazetteer import get_gazetteer

        entry = get_gazetteer().place(name) if name else None
        return name_key(entry.name) if entry else key(name)

    def pairs(meetings):
        out = []
        for i, m in enumerate(meetings):
            for a, b in combinations(sorted({key(p) for p in m["participants"]}), 2):
                out.append(((a, b, m["status"]), i))
        return out

    gold_pairs = pairs(gold)
    unmatched = list(gold_pairs)
    matched: list[tuple[int, int]] = []  # (predicted meeting, gold meeting)
    false_positives = 0
    for pair, i in pairs(predicted):
        options = [g for g in unmatched if g[0] == pair]
        if not options:
            false_positives += 1
            continue
        # (the same pair may have met in several articles' stories: the one this row cites first)
        best = max(options, key=lambda g: (bool(set(gold[g[1]].get("sources", [])) & set(predicted[i].get("sources", []))),
                                           gold[g[1]].get("date", "") == predicted[i].get("date", ""),
                                           _contact(gold[g[1]]["kind"]) == _contact(predicted[i]["kind"])))
        unmatched.remove(best)
        matched.append((i, best[1]))
    n = len(matched) or 1
    date_right = sum(predicted[i].get("date", "") == gold[g].get("date", "") for i, g in matched) / n
    kind_right = sum(_contact(predicted[i]["kind"]) == _contact(gold[g]["kind"]) for i, g in matched) / n
    place_right = sum(place_key(predicted[i].get("place", "")) == place_key(gold[g].get("place", "")) for i, g in matched) / n
    coverage = []
    for g in {g for _, g in matched}:
        cited = set().union(*(set(predicted[i].get("sources", [])) for i, gg in matched if gg == g))
        wanted = set(gold[g].get("sources", []))
        if wanted:
            coverage.append(len(cited & wanted) / len(wanted))
    differences = sorted({
        f"{', '.join(predicted[i]['participants'])}: date {predicted[i].get('date', '')!r} / {gold[g].get('date', '')!r}, "
        f"place {predicted[i].get('place', '')!r} / {gold[g].get('place', '')!r} "
        f"[{', '.join(gold[g].get('sources', []))}]"
        for i, g in matched
        if predicted[i].get("date", "") != gold[g].get("date", "")
        or place_key(predicted[i].get("place", "")) != place_key(gold[g].get("place", ""))})
    return MeetingScore(
        Score(len(matched), false_positives, len(unmatched), {}),
        date_right, kind_right, place_right, sum(coverage) / len(coverage) if coverage else 0.0, differences,
    )


def spelt_before(name: str, spelt: dict[str, str]) -> str:
    """The spelling an earlier article's annotators gave the same person, when they wrote the
    name with a middle initial more or less ("Mikhail Gorbachev" / "Mikhail S. Gorbachev") or
    in another transliteration of one word ("Heydar Aliev" / "Heydar Aliyev"); else `name`.
    `spelt` maps the name keys met so far (people's, and places' as "place " + key) to the
    spelling kept for them."""
    def bare(words: list[str]) -> list[str]:
        return [w for w in words if len(w) > 1]

    words = name_key(name).split()
    for key, earlier in spelt.items():
        other = key.split()
        if key.startswith("place ") or len(other) < 2 or len(words) < 2:
            continue
        if bare(other) == bare(words) or (len(other) == len(words) and sum(a != b for a, b in zip(other, words)) == 1
                                          and all(a == b or one_edit_apart(a, b) for a, b in zip(other, words))):
            return earlier
    return name
