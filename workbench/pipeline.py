"""The extract pipeline: corpus folder in, the contract's tables out (see ../DESIGN.md).

    corpus ─► nlp (cached parses) ─► entities (per document) ─► people, places (corpus-wide)
                                                                      └─► tables ─► store
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from workbench import __version__
from workbench.corpus import Document, check_corpus_dir, discover_files, load_corpus
from workbench.entities import Candidate, find_candidates
from workbench.gazetteer import get_gazetteer
from workbench.nlp import ParseCache, load_pipeline, parse_documents
from workbench.people import PeopleResult, resolve_people
from workbench.places import PlacesResult, resolve_places
from workbench.schema import join_values
from workbench.store import read_manifest, read_tables, store_lock, table_frame, write_store

CACHE_DIR = "cache"


@dataclass
class Analysis:
    """Everything the corpus-wide steps produce."""

    people: PeopleResult
    places: PlacesResult


@dataclass
class ExtractResult:
    documents: list[Document]
    tables: dict[str, pd.DataFrame]
    warnings: list[str] = field(default_factory=list)
    stats: dict = field(default_factory=dict)

    def summary(self) -> str:
        counts = {s: sum(d.status == s for d in self.documents) for s in ("ok", "skipped", "failed")}
        text = (f"{len(self.documents)} documents ({counts['ok']} ok, {counts['skipped']} skipped, "
                f"{counts['failed']} failed)")
        if "people" in self.tables:
            text += f", {len(self.tables['people'])} people, {len(self.tables['places'])} places"
        return text


def documents_table(documents: list[Document]) -> pd.DataFrame:
    return table_frame("documents", [
        {"doc_id": d.doc_id, "path": d.path, "title": d.title, "source": d.source,
         "published": d.published, "date_basis": d.date_basis, "status": d.status,
         "problem": d.problem, "n_words": d.n_words, "url": d.url, "encoding": d.encoding,
         "n_removed": len(d.removals), "dateline": d.dateline}
        for d in documents
    ])


def removals_table(documents: list[Document]) -> pd.DataFrame:
    return table_frame("removals", [
        {"doc_id": d.doc_id, "kind": r.kind, "text": r.text} for d in documents for r in d.removals
    ])


def people_table(result: PeopleResult) -> pd.DataFrame:
    return table_frame("people", [
        {"person_id": p.person_id, "name": p.name, "aliases": join_values(p.aliases),
         "roles": join_values(p.roles), "affiliation": p.affiliation, "mentions": p.mentions,
         "documents": join_values(p.documents), "n_documents": len(p.documents)}
        for p in result.people
    ])


def places_table(result: PlacesResult) -> pd.DataFrame:
    return table_frame("places", [
        {"place_id": p.place_id, "name": p.name, "kind": p.kind, "country": p.country, "lat": p.lat,
         "lon": p.lon, "mentions": p.mentions, "documents": join_values(p.documents),
         "n_documents": len(p.documents), "aliases": join_values(p.aliases)}
        for p in result.places
    ])


def mentions_table(analysis: Analysis) -> pd.DataFrame:
    rows = [(c, pid, "PERSON") for c, pid in analysis.people.assignments]
    rows += analysis.places.assignments
    rows.sort(key=lambda r: (r[0].doc_id, r[0].start))
    return table_frame("mentions", [
        {"doc_id": c.doc_id, "sentence": c.sentence, "start_char": c.start, "end_char": c.end,
         "text": c.text, "label": label, "entity_id": entity_id}
        for c, entity_id, label in rows
    ])


def analyse(documents: list[Document], cands_by_doc: dict[str, list[Candidate]]) -> Analysis:
    """The corpus-wide steps: resolve people, then places from what is not a person."""
    gaz = get_gazetteer()
    dateline_country = {d.doc_id: gaz.affiliation(d.dateline) for d in documents if d.dateline}
    people = resolve_people(cands_by_doc, dateline_country)
    person_spans = {(c.doc_id, c.start, c.end) for c, _ in people.assignments}
    places = resolve_places(cands_by_doc, person_spans)
    return Analysis(people, places)


def build_tables(documents: list[Document], analysis: Analysis | None = None) -> dict[str, pd.DataFrame]:
    tables = {"documents": documents_table(documents), "removals": removals_table(documents)}
    if analysis is not None:
        tables.update(people=people_table(analysis.people), places=places_table(analysis.places),
                      mentions=mentions_table(analysis))
    return tables


def extract_candidates(documents: list[Document], nlp, cache: ParseCache, stats: dict,
                       n_process: int = 1) -> dict[str, list[Candidate]]:
    """Parse every readable document and find its name candidates. A document whose analysis
    fails is marked failed with the reason; the rest of the corpus goes on."""
    from tqdm.auto import tqdm

    readable = {d.doc_id: d for d in documents if d.status == "ok"}
    found: dict[str, list[Candidate]] = {}
    parsed = parse_documents(((d.doc_id, d.text) for d in readable.values()), nlp, cache,
                             n_process=n_process, stats=stats)
    for doc_id, sdoc in tqdm(parsed, total=len(readable), desc="parse", unit="doc", disable=None, file=sys.stderr):
        try:
            found[doc_id] = find_candidates(doc_id, sdoc)
        except Exception as err:  # noqa: BLE001 - one bad document must not cost the corpus
            doc = readable[doc_id]
            doc.status = "failed"
            doc.note(f"analysis failed: {type(err).__name__}: {err}")
    return found


def corpus_fingerprint(corpus_dir: str | os.PathLike) -> str:
    """Changes whenever a file of the corpus (metadata.csv included) is added, removed or edited."""
    root = Path(corpus_dir)
    digest = hashlib.sha256(__version__.encode())
    paths = list(discover_files(root)) + [root / "metadata.csv"]
    for path in paths:
        try:
            st = path.stat()
        except OSError:
            continue
        digest.update(f"{path.relative_to(root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def extract(corpus_dir: str | os.PathLike, out_dir: str | os.PathLike, model: str | None = None,
            cache_dir: str | os.PathLike | None = None, n_process: int = 1) -> ExtractResult:
    """Read the corpus, build every table and write the store under OUT's lock."""
    out = Path(out_dir)
    check_corpus_dir(corpus_dir)
    with store_lock(out):
        documents, warnings = load_corpus(corpus_dir)
        nlp = load_pipeline(model)
        stats: dict = {}
        cache = ParseCache(cache_dir if cache_dir is not None else out / CACHE_DIR / "parses")
        cands = extract_candidates(documents, nlp, cache, stats, n_process=n_process)
        tables = build_tables(documents, analyse(documents, cands))
        manifest = {
            "workbench_version": __version__,
            "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}=={nlp.meta.get('version')}",
            "corpus": str(Path(corpus_dir).resolve()),
            "fingerprint": corpus_fingerprint(corpus_dir),
            "written": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "rows": {name: len(frame) for name, frame in tables.items()},
            "parses": stats,
            "warnings": warnings,
        }
        write_store(out, tables, manifest)
    return ExtractResult(documents, tables, warnings, stats)


def load_tables(corpus_dir: str | os.PathLike, out_dir: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """The tables for a corpus: read from OUT's store when it is current, else extracted anew."""
    manifest = read_manifest(out_dir)
    current = (
        manifest is not None
        and manifest.get("corpus") == str(Path(corpus_dir).resolve())
        and manifest.get("fingerprint") == corpus_fingerprint(corpus_dir)
    )
    if not current:
        print(f"extracting {corpus_dir} into {out_dir} (the store is missing or out of date)", file=sys.stderr)
        return extract(corpus_dir, out_dir).tables
    return read_tables(out_dir)
