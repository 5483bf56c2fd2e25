"""The extract pipeline: corpus folder in, the contract's tables out (see ../DESIGN.md).

    corpus ─► nlp (cached parses) ─► entities (per document) ─► people, places (corpus-wide)
                                                                      └─► tables ─► store
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from workbench import __version__
from workbench.corpus import Document, check_corpus_dir, discover_files, load_corpus
from workbench.entities import Candidate
from workbench.analysis import DocumentAnalysis, analysis_key, compact
from workbench.engines import Engine
from workbench.engines import run as run_engine
from workbench.gazetteer import get_gazetteer
from workbench.hosts import with_counterparts_countries, with_hosts_countries
from workbench.merge import Meeting, build_meetings
from workbench.names import name_key
from workbench.nlp import FileCache, model_identity
from workbench.people import PeopleResult, resolve_people
from workbench.places import PlacesResult, resolve_places
from workbench.provenance import dispatch_days
from workbench.schema import MULTI_SEP, join_values
from workbench.store import read_manifest, read_tables, store_lock, table_frame, write_store

CACHE_DIR = "cache"


@dataclass
class Analysis:
    """Everything the corpus-wide steps produce."""

    people: PeopleResult
    places: PlacesResult
    meetings: list[Meeting] = field(default_factory=list)


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
            text += (f", {len(self.tables['people'])} people, {len(self.tables['places'])} places, "
                     f"{len(self.tables['meetings'])} meetings")
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


def meetings_table(meetings: list[Meeting]) -> pd.DataFrame:
    return table_frame("meetings", [
        {"meeting_id": m.meeting_id, "kind": m.kind, "status": m.status, "date": m.date, "date_text": m.date_text,
         "place": m.place, "participants": join_values(m.participants), "sources": join_values(m.sources),
         "evidence": MULTI_SEP.join(m.evidence), "person_ids": join_values(m.person_ids), "n_sources": len(m.sources),
         "venue": m.venue}
        for m in meetings
    ])


def meeting_evidence_table(meetings: list[Meeting]) -> pd.DataFrame:
    rows = {}
    for m in meetings:
        for link in m.links:
            rows[(m.meeting_id, link.doc_id, link.start_char)] = {
                "meeting_id": m.meeting_id, "doc_id": link.doc_id, "sentence": link.sentence,
                "start_char": link.start_char, "end_char": link.end_char, "text": link.evidence}
    return table_frame("meeting_evidence", list(rows.values()))


def analyse(documents: list[Document], per_document: dict[str, DocumentAnalysis]) -> Analysis:
    """The corpus-wide steps: people, then places from what is not a person, then meetings."""
    gaz = get_gazetteer()
    # (the outlet's own name, "Addis Standard", "Prensa Latina", is neither a person nor a place)
    sources = {d.doc_id: outlet_names(d.source) for d in documents}
    cands_by_doc = {doc_id: [c for c in a.candidates if _without_the(c.text) not in sources.get(doc_id, ())]
                    for doc_id, a in per_document.items()}
    # whose officials an unqualified "Foreign Minister X" is: the outlet's country when the article
    # (or the site's menu above it) names it, else the dateline's, else the country the article names most
    home_country = {d.doc_id: story_country(gaz.outlet_country(d.source), dateline_country(d.dateline),
                                            cands_by_doc.get(d.doc_id, []), d.published, menu_countries(d))
                    for d in documents}
    # ("Bank of Ceylon chairman X" in a 2024 article: a body's name, not X's country)
    day = {d.doc_id: d.published for d in documents}
    cands_by_doc = {doc_id: [_without_bodies_countries(c, day.get(doc_id, "")) for c in cands]
                    for doc_id, cands in cands_by_doc.items()}
    texts = {d.doc_id: d.text for d in documents}
    people = resolve_people(cands_by_doc, {k: v for k, v in home_country.items() if v}, texts)
    person_spans = {(c.doc_id, c.start, c.end) for c, _ in people.assignments}
    places = resolve_places(cands_by_doc, person_spans)
    # (relative days count from the dateline's day: "DRESDEN, Dec. 19 -- ... agreed today", in
    # the paper of December 20)
    published = {d.doc_id: d.dateline_day or d.published for d in documents}
    meetings = build_meetings({k: a.meetings for k, a in per_document.items()}, people.assignments,
                              people.people, published, texts, {d.doc_id: d.dateline for d in documents},
                              home_country, {d.doc_id: dispatch_days(d.text, d.published) for d in documents})
    # ("Albanese held talks with Premier Li Qiang in Beijing": Li is China's, not the paper's country's)
    hosted = with_hosts_countries(people.people, meetings)
    # ("President Suleiman received Iranian President Ahmadinejad", in a story most about Iran)
    # (by their names alone: a capital, "talks in Lima", is where two met, not either's country)
    named = {doc_id: named_countries(cands, cities=False, day=day.get(doc_id, "")) for doc_id, cands in cands_by_doc.items()}
    people = PeopleResult(with_counterparts_countries(hosted, meetings, named), people.assignments)
    return Analysis(people, places, meetings)


def _without_bodies_countries(c: Candidate, day: str) -> Candidate:
    """The candidate without a country that, in its article's time, can only be a body's name."""
    gaz = get_gazetteer()
    role = c.role
    if role is not None and role.affiliation and gaz.names_a_body(role.affiliation, day):
        role = replace(role, affiliation="")
    context = "" if c.context_country and gaz.names_a_body(c.context_country, day) else c.context_country
    return c if role is c.role and context == c.context_country else replace(c, role=role, context_country=context)


def outlet_names(source: str) -> frozenset[str]:
    """The names an outlet goes by in its source line, as keys: "Andina (Agencia Peruana de
    Noticias)" -> andina, agencia peruana de noticias; "The Globe and Mail" -> globe and mail. Not a
    country's name ("Nepal" as a source would still be Nepal in the text)."""
    gaz = get_gazetteer()
    parts = [p.strip() for p in re.split(r"\s*(?:[()/,|]|\s[-–]\s)\s*", source)]
    return frozenset(_without_the(p) for p in parts if p and not gaz.affiliation(p) and gaz.place(p) is None)


def _without_the(text: str) -> str:
    return name_key(re.sub(r"^(?:the|The)\s+", "", text.strip()))


def menu_countries(document: Document) -> set[str]:
    """The countries a site's section menu names ("Qatar | Region | World"), which cleaning took out."""
    gaz = get_gazetteer()
    return {country for r in document.removals if r.kind == "menu"
            for item in r.text.split("|") if (country := gaz.affiliation(item.strip()))}


def story_country(outlet_country: str, dateline_country: str, candidates, day: str = "",
                  sections: set[str] | frozenset = frozenset()) -> str:
    """The country an article is told from: its outlet's when the article or the site's section
    menu (`sections`) names that country, else its dateline's, else the country it names most,
    when one leads and is named more than once (a Spanish paper's story on Colombia and Venezuela
    is not about Spanish officials); ""
    when none of these says. A state that no longer existed on the article's `day` is none ("the
    Soviet deportations", in a story of 2025)."""
    named = named_countries(candidates, day=day)
    if outlet_country and (named[outlet_country] or outlet_country in sections):
        return outlet_country
    if dateline_country:
        return dateline_country
    top = named.most_common(2)
    leads = top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1])
    return top[0][0] if leads else ""


def named_countries(candidates, cities: bool = True, day: str = "") -> Counter:
    """How often an article names each country, by name or adjective ("Iraq", "Iraqi"), and by
    its capital ("Baghdad said") unless `cities` is false; not a state that no longer existed on
    the article's `day`."""
    gaz = get_gazetteer()
    counts = Counter()
    for c in candidates:
        country, place = gaz.affiliation(c.text), gaz.place(c.text)
        # (a country the model took for an organisation counts too: "the Maldives" tagged ORG)
        is_country = place is not None and place.kind == "country"
        if country and (c.label in ("GPE", "NORP") or (c.label == "ORG" and is_country)) and (
                cities or is_country or place is None) and gaz.existed(country, day):
            counts[country] += 1
    return counts


def dateline_country(dateline: str) -> str:
    """The country of a dateline's place: "Najaf, Iraq" -> Iraq, "SEOUL" -> South Korea,
    "Krzyzowa, Poland" -> Poland, "LONDON, Ontario" -> Canada (not the United Kingdom)."""
    gaz = get_gazetteer()
    parts = [x.strip() for x in dateline.split(",") if x.strip()]
    land = gaz.dateline_land(parts[-1]) if len(parts) >= 2 else ""
    if gaz.is_former(land):
        return land  # ("DRESDEN, East Germany": the state of the day, not the city's of today)
    place = gaz.dateline_place(dateline)
    if place is not None:
        return place.country or gaz.affiliation(place.name)
    return land


def texts_table(documents: list[Document]) -> pd.DataFrame:
    return table_frame("texts", [{"doc_id": d.doc_id, "text": d.text} for d in documents if d.status == "ok"])


def build_tables(documents: list[Document], analysis: Analysis | None = None) -> dict[str, pd.DataFrame]:
    tables = {"documents": documents_table(documents), "removals": removals_table(documents),
              "texts": texts_table(documents)}
    if analysis is not None:
        tables.update(people=people_table(analysis.people), places=places_table(analysis.places),
                      mentions=mentions_table(analysis), meetings=meetings_table(analysis.meetings),
                      meeting_evidence=meeting_evidence_table(analysis.meetings))
    return tables


def analyse_documents(documents: list[Document], model: str | None, cache_dir: Path | None, stats: dict,
                      engine: Engine | None = None) -> dict[str, DocumentAnalysis]:
    """Parse and analyse every readable document on the engine, reusing cached analyses and
    parses: an unchanged document costs a file read, and no model is loaded unless something is
    new. A document whose analysis fails is marked failed with the reason; the rest go on. The
    result is in the corpus's order, whatever order the engine finished in."""
    from tqdm.auto import tqdm

    engine = engine or Engine()
    readable = {d.doc_id: d for d in documents if d.status == "ok"}
    results = FileCache(cache_dir / "analyses" if cache_dir else None)
    found: dict[str, DocumentAnalysis] = {}
    keys = {doc_id: analysis_key(d.text, model) for doc_id, d in readable.items()}
    todo = []
    for doc_id, doc in readable.items():
        cached = results.get(keys[doc_id])
        if isinstance(cached, DocumentAnalysis):
            found[doc_id] = compact(cached)
        else:
            todo.append(doc)
    stats.update(analyses_cached=len(found), parsed=0, cached=0)
    if todo:
        parse_cache = str(cache_dir / "parses") if cache_dir else None
        bar = tqdm(total=len(todo), desc="parse", unit="doc", disable=None, file=sys.stderr)
        with bar:
            for outcome in run_engine(engine, ((d.doc_id, d.text) for d in todo), model, parse_cache):
                stats["parsed"] += outcome.parsed
                stats["cached"] += outcome.cached
                for result in outcome.results:
                    if result.analysis is not None:
                        results.put(keys[result.doc_id], result.analysis)
                        found[result.doc_id] = compact(result.analysis)
                    else:
                        readable[result.doc_id].status = "failed"
                        readable[result.doc_id].note(result.error)
                bar.update(len(outcome.results))
    return {doc_id: found[doc_id] for doc_id in readable if doc_id in found}


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
            cache_dir: str | os.PathLike | None = None, engine: Engine | None = None) -> ExtractResult:
    """Read the corpus, build every table and write the store under OUT's lock."""
    out = Path(out_dir)
    check_corpus_dir(corpus_dir)
    with store_lock(out):
        cache = Path(cache_dir) if cache_dir is not None else out / CACHE_DIR
        documents, warnings = load_corpus(corpus_dir, cache / "documents")
        stats: dict = {}
        per_document = analyse_documents(documents, model, cache, stats, engine=engine)
        tables = build_tables(documents, analyse(documents, per_document))
        manifest = {
            "workbench_version": __version__,
            "model": model_identity(model).replace("\0", " "),
            "corpus": str(Path(corpus_dir).resolve()),
            "fingerprint": corpus_fingerprint(corpus_dir),
            "written": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "rows": {name: len(frame) for name, frame in tables.items()},
            "parses": stats,
            "engine": (engine or Engine()).describe(),
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
