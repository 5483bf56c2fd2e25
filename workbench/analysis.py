"""The per-document step, as one function every engine runs: texts in, analyses out.

`analyse_batch` parses a batch of (doc_id, text) with this process's copy of the model (loaded
once per process) and returns, per document, its analysis or why it failed. It touches nothing
but the optional parse cache, so it runs the same in this process, in a pool of processes or on
a Dask worker on another machine. `analysis_key` names an analysis in the cache: the text, the
model and a hash of the code that decides the analysis.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field, replace
from functools import lru_cache

from workbench.entities import Candidate, find_candidates
from workbench.meetings import MeetingMention, find_meetings
from workbench.nlp import (
    PARSE_VERSION,
    ParseCache,
    load_pipeline,
    model_identity,
    parse_documents,
)
from workbench.versions import code_digest


@dataclass
class DocumentAnalysis:
    """What the per-document step finds in one parsed document."""

    candidates: list[Candidate]
    meetings: list[MeetingMention]


@dataclass
class BatchResult:
    """One document's outcome: its analysis, or the reason it has none."""

    doc_id: str
    analysis: DocumentAnalysis | None
    error: str = ""


@dataclass
class BatchOutcome:
    results: list[BatchResult] = field(default_factory=list)
    parsed: int = 0  # parses made
    cached: int = 0  # parses read from the cache

    def add(self, other: BatchOutcome) -> None:
        self.results += other.results
        self.parsed += other.parsed
        self.cached += other.cached


def compact(analysis: DocumentAnalysis) -> DocumentAnalysis:
    """The same analysis with its labels, kinds, countries and roles shared between records
    (`sys.intern`), in place. The corpus-wide steps hold every article's analysis at once; an
    analysis read from the cache or sent back by a worker has its own copy of every such word
    (about a third of its objects), which would grow memory with the corpus for nothing."""
    intern = sys.intern
    for c in analysis.candidates:
        c.doc_id, c.label = intern(c.doc_id), intern(c.label)
        c.counterpart_of, c.context_country = intern(c.counterpart_of), intern(c.context_country)
        c.companion_of = intern(c.companion_of)
        if c.role is not None:
            c.role = replace(c.role, role=intern(c.role.role), affiliation=intern(c.role.affiliation),
                             possessor=intern(c.role.possessor), written=intern(c.role.written))
    for m in analysis.meetings:
        m.doc_id, m.kind, m.status = intern(m.doc_id), intern(m.kind), intern(m.status)
        m.trigger, m.place_text, m.date_text = intern(m.trigger), intern(m.place_text), intern(m.date_text)
        m.participants = [replace(p, kind=intern(p.kind), role=intern(p.role), side=intern(p.side),
                                  affiliations=tuple(intern(a) for a in p.affiliations)) for p in m.participants]
    return analysis


def analyse_document(doc_id: str, sdoc) -> DocumentAnalysis:
    """Name candidates and meeting mentions of one parsed document."""
    candidates = find_candidates(doc_id, sdoc)
    return DocumentAnalysis(candidates, find_meetings(doc_id, sdoc, candidates))


@lru_cache(maxsize=2)
def process_pipeline(model: str | None):
    """The model, loaded once per process (a worker keeps it between batches)."""
    return load_pipeline(model)


def analyse_batch(items: list[tuple[str, str]], model: str | None = None,
                  parse_cache_dir: str | None = None) -> BatchOutcome:
    """Parse and analyse (doc_id, text) pairs. A document whose parse or analysis fails gets its
    error and costs nothing else; a model that cannot be loaded raises `ModelError`."""
    nlp = process_pipeline(model)
    stats = {"parsed": 0, "cached": 0}
    try:
        parsed = list(parse_documents(items, nlp, ParseCache(parse_cache_dir), batch_size=max(1, len(items)),
                                      stats=stats))
    except Exception as err:  # noqa: BLE001 - one text must not cost its batch
        if len(items) == 1:
            return BatchOutcome([BatchResult(items[0][0], None, f"parse failed: {type(err).__name__}: {err}")])
        outcome = BatchOutcome()
        for item in items:  # find the text that breaks the batch
            outcome.add(analyse_batch([item], model, parse_cache_dir))
        return outcome
    outcome = BatchOutcome(parsed=stats["parsed"], cached=stats["cached"])
    for doc_id, sdoc in parsed:
        try:
            outcome.results.append(BatchResult(doc_id, analyse_document(doc_id, sdoc)))
        except Exception as err:  # noqa: BLE001 - one bad document must not cost the corpus
            outcome.results.append(BatchResult(doc_id, None, f"analysis failed: {type(err).__name__}: {err}"))
    return outcome


#: Source files whose code decides a document's analysis: any change to them invalidates the
#: cached analyses (the parses stay valid).
ANALYSIS_SOURCES = ("analysis.py", "entities.py", "meetings.py", "roles.py", "gazetteer.py", "names.py",
                    "spans.py", "dates.py", "resources")


def analysis_code_version() -> str:
    return code_digest(ANALYSIS_SOURCES)


def analysis_identity(model: str | None) -> str:
    """What, besides the text, decides an analysis: the model, the parse and the code."""
    return f"{model_identity(model)}\0{PARSE_VERSION}\0{analysis_code_version()}"


def analysis_key(text: str, model: str | None) -> str:
    return hashlib.sha256(f"{analysis_identity(model)}\0".encode() + text.encode("utf-8")).hexdigest()
