"""Score the workbench against hand annotations of a corpus (run by hand; prints figures).

    .venv/bin/python benchmarks/evaluate.py tests/heldout [--out /tmp/eval]

The corpus folder holds the articles and an annotations.json keyed by doc_id, each with
people [{name, aliases, roles, affiliation}], places [{name, aliases, kind}] and meetings
[{participants, kind, status, date, place}]. People and places are scored at entity level over
the whole corpus; meetings per pair of participants (both people and the status must match).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.evaluation import score_entities, score_meetings, spelt_before  # noqa: E402
from workbench.gazetteer import get_gazetteer  # noqa: E402
from workbench.names import name_key  # noqa: E402
from workbench.pipeline import extract  # noqa: E402
from workbench.roles import canonical_role, strip_leading_title  # noqa: E402


#: The styles of monarchs and popes, before the name they are known by.
#: (not Sultan, Emir or Amir, which are first names too: "Amir Ohana"; not "Emir of Qatar X")
_STYLED = re.compile(r"(?:(?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Holiness)\s+)?(?:King|Queen|Pope|Emperor|Empress)\s+(?!of\b)(.+)")


def split(cell: str) -> list[str]:
    return [x for x in cell.split("; ") if x]


def same_affiliation(got: str, wanted: str, places_gold: dict[str, list[str]]) -> bool:
    """The same country or body, however spelt: the annotators' own aliases ("Czechia" for the
    Czech Republic) and the gazetteer's ("SCO" for the Shanghai Cooperation Organisation)."""
    gaz = get_gazetteer()
    alias = {name_key(a): name_key(name) for name, alts in places_gold.items() for a in [name, *alts]}

    def canon(text: str) -> str:
        return name_key(gaz.affiliation(text) or alias.get(name_key(text), text))

    return got == wanted or (bool(got) and canon(got) == canon(wanted))


def _with_untitled_aliases(people_gold: dict[str, list[str]]) -> None:
    """A title the annotators wrote with a name is no part of it: a row "Carter" is the annotated
    "Jimmy Carter" whose only alias is "President Carter". Not where the name left is another
    annotated person's too ("Mr. Kennedy" and "Mrs. Kennedy")."""
    owners: dict[str, set[str]] = defaultdict(set)
    for name, alts in people_gold.items():
        for n in [name, *alts]:
            owners[name_key(n)].add(name)
            if (bare := strip_leading_title(n)[0]) != n and bare[:1].isupper():
                owners[name_key(bare)].add(name)
    for name, alts in people_gold.items():
        known = {name_key(n) for n in [name, *alts]}
        bare_names = {bare for n in [name, *alts] if (bare := strip_leading_title(n)[0]) != n and bare[:1].isupper()}
        alts.extend(b for b in sorted(bare_names) if owners[name_key(b)] == {name} and name_key(b) not in known)


def annotated_corpus(corpus: Path, gold: dict, folder: Path) -> Path:
    """A copy of the corpus with only its annotated articles (and metadata.csv): the set's
    README and annotations are not articles to score."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in corpus.iterdir():
        if path.stem in gold or path.name == "metadata.csv":
            shutil.copy2(path, folder / path.name)
    missing = set(gold) - {p.stem for p in folder.iterdir()}
    if missing:
        raise SystemExit(f"{corpus}: annotations.json names articles that are not there: {sorted(missing)}")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms")
    args = parser.parse_args()
    gold = json.loads((args.corpus / "annotations.json").read_text(encoding="utf-8"))
    out = args.out or Path(tempfile.mkdtemp(prefix="wb-eval-"))
    tables = extract(annotated_corpus(args.corpus, gold, out / "corpus"), out).tables

    people_gold: dict[str, list[str]] = {}
    roles_gold: dict[str, tuple[set, str]] = {}
    places_gold: dict[str, list[str]] = {}
    meetings_gold = []
    # (one person or place spelt two ways by two articles' annotators, "Kim Jong Il" and "Kim
    # Jong-il", is one entity, as the issue asks the tables to make it: it is scored once, under
    # the spelling met first)
    spelt: dict[str, str] = {}
    for doc_id, ann in gold.items():
        for p in ann.get("people", []):
            name = spelt.setdefault(name_key(p["name"]), spelt_before(p["name"], spelt))
            names = [p["name"], *p.get("aliases", [])]
            # (a monarch or a pope is called by the name after the style: "King Charles" is Charles)
            names += [m.group(1) for n in names if (m := _STYLED.fullmatch(n))]
            people_gold.setdefault(name, []).extend(n for n in names if n != name)
            roles, affiliation = roles_gold.get(name, (set(), ""))
            roles_gold[name] = (roles | set(p.get("roles", [])), affiliation or p.get("affiliation", ""))
        for p in ann.get("places", []):
            name = spelt.setdefault("place " + name_key(p["name"]), p["name"])
            places_gold.setdefault(name, []).extend([p["name"], *p.get("aliases", [])] if name != p["name"] else p.get("aliases", []))
        for m in ann.get("meetings", []):
            meetings_gold.append({**m, "sources": [doc_id]})

    _with_untitled_aliases(people_gold)

    people = tables["people"]
    rows = [[r.name, *split(r.aliases)] for r in people.itertuples()]
    score = score_entities(rows, people_gold)
    print(f"people:   {score}")
    with_role = [n for n, (roles, _) in roles_gold.items() if roles and n in score.matches]
    right = 0
    for n in with_role:
        row = people.iloc[score.matches[n]]
        roles, affiliation = roles_gold[n]
        # one office, however named ("Minister of Foreign Affairs" is the Foreign Minister)
        ok_role = bool({name_key(canonical_role(r)) for r in split(row["roles"])}
                       & {name_key(canonical_role(r)) for r in roles})
        ok = ok_role and same_affiliation(row["affiliation"], affiliation, places_gold)
        right += ok
        if args.verbose and not ok:
            print(f"   role miss: {n}: got {row['roles']!r} / {row['affiliation']!r}, want {sorted(roles)} / {affiliation!r}")
    print(f"roles:    {right}/{len(with_role)} right (role and affiliation) = {right / max(1, len(with_role)):.2f}")
    if args.verbose:
        print("   people missed:", sorted(set(people_gold) - set(score.matches)))
        print("   people extra:", [r[0] for i, r in enumerate(rows) if i not in score.matches.values()])

    places = tables["places"]
    prow = [[r.name, *split(r.aliases)] for r in places.itertuples()]
    pscore = score_entities(prow, places_gold)
    print(f"places:   {pscore}")
    if args.verbose:
        print("   places missed:", sorted(set(places_gold) - set(pscore.matches)))
        print("   places extra:", [r[0] for i, r in enumerate(prow) if i not in pscore.matches.values()])

    predicted = [dict(participants=split(r.participants), kind=r.kind, status=r.status, date=r.date,
                      place=r.place, sources=split(r.sources)) for r in tables["meetings"].itertuples()]
    mscore = score_meetings(predicted, meetings_gold, people_gold)
    print(f"meetings: {mscore}")
    if args.verbose:
        for line in mscore.differences:
            print("   matched, but (predicted / wanted):", line)
        for m in predicted:
            print("   predicted:", m["status"], m["kind"], m["date"], m["place"], m["participants"], m["sources"])
        for m in meetings_gold:
            print("   wanted:   ", m["status"], m["kind"], m["date"], m["place"], m["participants"], m["sources"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
