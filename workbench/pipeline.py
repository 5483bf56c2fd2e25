"""The extract pipeline: corpus folder in, the contract's tables out (see ../DESIGN.md)."""

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
from workbench.store import read_manifest, read_tables, store_lock, table_frame, write_store


@dataclass
class ExtractResult:
    documents: list[Document]
    tables: dict[str, pd.DataFrame]
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        counts = {s: sum(d.status == s for d in self.documents) for s in ("ok", "skipped", "failed")}
        return (f"{len(self.documents)} documents ({counts['ok']} ok, {counts['skipped']} skipped, "
                f"{counts['failed']} failed)")


def documents_table(documents: list[Document]) -> pd.DataFrame:
    return table_frame("documents", [
        {"doc_id": d.doc_id, "path": d.path, "title": d.title, "source": d.source,
         "published": d.published, "date_basis": d.date_basis, "status": d.status,
         "problem": d.problem, "n_words": d.n_words, "url": d.url, "encoding": d.encoding,
         "n_removed": len(d.removals)}
        for d in documents
    ])


def removals_table(documents: list[Document]) -> pd.DataFrame:
    return table_frame("removals", [
        {"doc_id": d.doc_id, "kind": r.kind, "text": r.text} for d in documents for r in d.removals
    ])


def build_tables(documents: list[Document]) -> dict[str, pd.DataFrame]:
    return {"documents": documents_table(documents), "removals": removals_table(documents)}


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


def extract(corpus_dir: str | os.PathLike, out_dir: str | os.PathLike) -> ExtractResult:
    """Read the corpus, build every table and write the store under OUT's lock."""
    out = Path(out_dir)
    check_corpus_dir(corpus_dir)
    with store_lock(out):
        documents, warnings = load_corpus(corpus_dir)
        tables = build_tables(documents)
        manifest = {
            "workbench_version": __version__,
            "corpus": str(Path(corpus_dir).resolve()),
            "fingerprint": corpus_fingerprint(corpus_dir),
            "written": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "rows": {name: len(frame) for name, frame in tables.items()},
            "warnings": warnings,
        }
        write_store(out, tables, manifest)
    return ExtractResult(documents, tables, warnings)


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
