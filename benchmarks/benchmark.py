"""Throughput benchmark against raw spaCy (run by hand; prints figures, asserts nothing).

    .venv/bin/python benchmarks/benchmark.py --sizes 500 4000

For each size N it generates a synthetic corpus by recombining the seeds' sentences with
substituted names, places and dates (so it has the real mix of entities and meetings), then
measures, on the same documents and model: raw `nlp.pipe` words per second; `workbench extract`
words per second, cold, with 1 and 2 local processes and with the dask engine (a local cluster
of 2 workers); a warm rerun; and the peak RSS of the
one-process extract. The sizes are parameters: a user can run it at 100,000.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Invented people for the synthetic corpus (first, last): not anyone the seeds name.
FIRST = ["Anna", "Marek", "Leila", "Tomas", "Ingrid", "Kofi", "Mei", "Rafael", "Sana", "Oleg", "Priya", "Jonas"]
LAST = ["Varga", "Okafor", "Lindqvist", "Moreau", "Haddad", "Kowalski", "Tanaka", "Silva", "Petrov", "Nair"]
CITIES = ["Vienna", "Nairobi", "Lima", "Oslo", "Hanoi", "Rabat", "Ankara", "Santiago", "Manila", "Cairo", "Warsaw"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def seed_sentences() -> tuple[list[str], set[str], set[str]]:
    """The seeds' sentences, and the people and places the workbench finds in them."""
    from workbench.pipeline import extract

    out = Path(tempfile.mkdtemp(prefix="wb-bench-seeds-"))
    result = extract(ROOT / "seeds", out)
    people = {n for cell in result.tables["people"]["aliases"] for n in cell.split("; ") if n}
    people |= set(result.tables["people"]["name"])
    places = set(result.tables["places"]["name"]) - {"United States", "North Korea", "South Korea"}
    sentences = []
    for doc in result.documents:
        sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", doc.text) if len(s.split()) > 5]
    shutil.rmtree(out, ignore_errors=True)
    return sentences, people, places


def make_corpus(folder: Path, n: int, rng: random.Random) -> int:
    """N articles of recombined seed sentences with substituted names, places and dates; words."""
    sentences, people, places = seed_sentences()
    names = sorted(people, key=len, reverse=True)
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for i in range(n):
        cast = {name: f"{rng.choice(FIRST)} {rng.choice(LAST)}" for name in names if " " in name}
        for name in names:
            if " " not in name:  # surnames follow their full names
                full = next((f for f in names if " " in f and f.split()[-1] == name), None)
                cast[name] = cast[full].split()[-1] if full else rng.choice(LAST)
        city = {p: rng.choice(CITIES) for p in places}
        body = []
        for sentence in rng.sample(sentences, k=min(len(sentences), 14)):
            for old in names:
                sentence = sentence.replace(old, cast[old])
            for old, new in city.items():
                sentence = sentence.replace(old, new)
            sentence = re.sub(r"\b(January|February|March|April|May|June|July|August|September|October)\b",
                              lambda _m: rng.choice(MONTHS), sentence)
            body.append(sentence)
        text = f"Synthetic article {i}\n\n" + "\n\n".join(body) + "\n"
        words += len(text.split())
        (folder / f"synthetic_{i:06d}.txt").write_text(text, encoding="utf-8")
    return words


def raw_spacy_seconds(folder: Path) -> float:
    """`nlp.pipe` of the plain model (every component, as spaCy loads it) over the clean texts."""
    import spacy

    from workbench import settings
    from workbench.corpus import load_corpus

    docs, _ = load_corpus(folder)
    nlp = spacy.load(settings.SPACY_MODEL)
    texts = [d.text for d in docs if d.status == "ok"]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - start


def timed_extract(folder: Path, out: Path, *flags: str) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB) of one `python -m workbench extract` run."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "workbench", "extract", "--corpus", str(folder), "--out", str(out),
                             *flags], cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"extract failed on {folder} (status {status})")
    return time.perf_counter() - start, usage.ru_maxrss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 4000])
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="wb-bench-"))
    rng = random.Random(args.seed)
    rows = []
    for n in args.sizes:
        corpus = work / f"corpus_{n}"
        shutil.rmtree(corpus, ignore_errors=True)
        words = make_corpus(corpus, n, rng)
        raw = raw_spacy_seconds(corpus)
        one, rss = timed_extract(corpus, work / f"out1_{n}")
        warm, _ = timed_extract(corpus, work / f"out1_{n}")
        two, _ = timed_extract(corpus, work / f"out2_{n}", "--processes", "2")
        dask, _ = timed_extract(corpus, work / f"outd_{n}", "--engine", "dask", "--workers", "2")
        rows.append((n, words, words / raw, words / one, words / two, one / warm, rss / 1024))
        print(f"N={n}: {words} words; raw spaCy {words / raw:,.0f} w/s; extract 1 proc {words / one:,.0f} w/s "
              f"({(raw / one):.2f} x raw); 2 procs {words / two:,.0f} w/s ({one / two:.2f} x 1 proc); "
              f"dask, 2 workers {words / dask:,.0f} w/s ({one / dask:.2f} x 1 proc); "
              f"warm rerun {warm:.1f} s ({one / warm:.1f} x faster than cold); peak RSS {rss / 1024:,.0f} MB",
              flush=True)
    if len(rows) >= 2:
        print(f"peak RSS at N={rows[-1][0]} is {rows[-1][6] / rows[0][6]:.2f} x that at N={rows[0][0]}")
    print(f"work folder: {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
