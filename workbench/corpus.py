"""Corpus ingest: every file of a corpus folder becomes a `Document`, readable or not.

Readable files are `.txt` and `.md` (one article each) and `.jsonl` (one article per line, with
a `text` field and optional `title`, `published`, `source`, `url`, `id`). A `metadata.csv` in
the folder (doc_id, published, source, url; any cell may be empty) is not a document: its
values win over what the text says. Every other file still gets a Document, with status
`skipped` or `failed` and the problem, so that nothing is silently dropped.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from workbench import settings
from workbench.cleaning import Removal, clean_text
from workbench.dates import is_iso_date
from workbench.exceptions import CorpusError, InputFileError
from workbench.provenance import dateline_day, find_dateline, find_title, infer_published
from workbench.versions import code_digest

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl",)
METADATA_FILE = "metadata.csv"
METADATA_FIELDS = ("published", "source", "url", "title")
_BINARY_SNIFF = 8192


@dataclass
class Document:
    """One input article (or one input file that could not become an article)."""

    doc_id: str
    path: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: str = ""
    date_basis: str = "unknown"  # metadata, dateline, text, unknown
    status: str = "ok"  # ok, skipped, failed
    problem: str = ""
    encoding: str = ""
    dateline: str = ""  # the place a dateline names ("Seoul")
    dateline_day: str = ""  # the day a dateline gives, when near the publication day: its "today"
    text: str = ""  # the clean text; every character offset in the tables points into it
    removals: list[Removal] = field(default_factory=list)

    @property
    def n_words(self) -> int:
        return len(self.text.split())

    def note(self, problem: str) -> None:
        self.problem = f"{self.problem}; {problem}" if self.problem else problem


@dataclass(frozen=True)
class RawArticle:
    """An article's text as read from disk, before cleaning."""

    doc_id: str
    path: str
    text: str
    encoding: str
    fields: dict = field(default_factory=dict)  # title, published, source, url given with it
    problems: tuple[str, ...] = ()


def load_corpus(corpus_dir: str | os.PathLike, cache_dir: str | os.PathLike | None = None
                ) -> tuple[list[Document], list[str]]:
    """All documents of a corpus folder and the warnings about its metadata. With `cache_dir`,
    each cleaned document is kept there, keyed by its raw text, its metadata and the code that
    cleans it, so a rerun reads and decodes files but cleans only what changed.

    Raises CorpusError when the folder does not exist or holds no files at all.
    """
    from workbench.nlp import FileCache

    cache = FileCache(cache_dir)
    root = check_corpus_dir(corpus_dir)
    paths = list(discover_files(root))
    if not paths:
        raise CorpusError(root, "holds no documents (.txt, .md or .jsonl files)")
    metadata, warnings = read_metadata(root / METADATA_FILE)
    documents: list[Document] = []
    used_ids: set[str] = set()
    for path in paths:
        for doc in read_documents(path, root, metadata, cache):
            if doc.doc_id in used_ids:
                doc.doc_id = _unique_id(doc.doc_id, path, used_ids)
            used_ids.add(doc.doc_id)
            documents.append(doc)
    unknown = sorted(set(metadata) - used_ids)
    if unknown:
        warnings.append(f"{METADATA_FILE}: rows for documents not in the corpus: {', '.join(unknown)}")
    if not any(d.status == "ok" for d in documents):
        reasons = "; ".join(f"{Path(d.path).name}: {d.problem}" for d in documents[:5])
        raise CorpusError(root, f"holds no readable document ({reasons})")
    return documents, warnings


def check_corpus_dir(corpus_dir: str | os.PathLike) -> Path:
    """The corpus folder as a Path; CorpusError when it is missing or not a folder."""
    root = Path(corpus_dir)
    if not root.exists():
        raise CorpusError(root, "no such folder")
    if not root.is_dir():
        raise CorpusError(root, "not a folder")
    return root


def discover_files(root: Path) -> Iterator[Path]:
    """Every file under root except metadata.csv and hidden files, in a stable order."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or (name == METADATA_FILE and Path(dirpath) == root):
                continue
            yield Path(dirpath) / name


def doc_id_for(path: Path, root: Path) -> str:
    """The file stem; for files in subfolders, the relative path without its suffix."""
    rel = path.relative_to(root)
    return rel.with_suffix("").as_posix() if len(rel.parts) > 1 else path.stem


def _unique_id(doc_id: str, path: Path, used: set[str]) -> str:
    candidate = f"{doc_id}{path.suffix}"
    n = 2
    while candidate in used:
        candidate, n = f"{doc_id}{path.suffix}-{n}", n + 1
    return candidate


def read_documents(path: Path, root: Path, metadata: dict[str, dict] | None = None, cache=None) -> list[Document]:
    """The documents one file yields; a file that cannot be read yields one skipped/failed row."""
    doc_id = doc_id_for(path, root)
    try:
        raws = list(read_raw_articles(path, doc_id))
    except InputFileError as err:
        return [Document(doc_id=doc_id, path=str(path), status=err.status, problem=err.problem)]
    docs = []
    for raw in raws:
        if isinstance(raw, InputFileError):
            docs.append(Document(doc_id=raw.path, path=str(path), status=raw.status, problem=raw.problem))
        else:
            docs.append(cached_document(raw, (metadata or {}).get(raw.doc_id, {}), cache))
    return docs


#: Source files whose code decides a cleaned document.
DOCUMENT_SOURCES = ("corpus.py", "cleaning.py", "provenance.py", "dates.py", "settings.py")


def cached_document(raw: RawArticle, metadata_row: dict, cache=None) -> Document:
    """`build_document`, from the cache when the same raw article was cleaned by the same code."""
    if cache is None or cache.root is None:
        return build_document(raw, metadata_row)
    described = repr((raw.doc_id, raw.path, raw.encoding, sorted(raw.fields.items()), raw.problems,
                      sorted(metadata_row.items()), code_digest(DOCUMENT_SOURCES)))
    key = hashlib.sha256(described.encode() + b"\0" + raw.text.encode("utf-8", "surrogatepass")).hexdigest()
    doc = cache.get(key)
    if not isinstance(doc, Document):
        doc = build_document(raw, metadata_row)
        cache.put(key, doc)
    return doc


def read_raw_articles(path: Path, doc_id: str) -> Iterator[RawArticle | InputFileError]:
    """Read and decode one file. Raises InputFileError for the whole file; for a .jsonl file,
    yields an InputFileError (whose `path` is the line's doc_id) for each bad line."""
    suffix = path.suffix.lower()
    if path.is_symlink() and not path.exists():
        raise InputFileError(path, "failed", "cannot read: broken symbolic link")
    if not path.is_file():
        raise InputFileError(path, "skipped", "not a regular file")
    if suffix not in TEXT_SUFFIXES + JSONL_SUFFIXES:
        raise InputFileError(path, "skipped", f"unsupported file type '{suffix or path.name}' (reads .txt, .md, .jsonl)")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputFileError(path, "failed", f"cannot read: {err.strerror or err}") from err
    if not data.strip():
        raise InputFileError(path, "skipped", "empty file")
    if looks_binary(data):
        raise InputFileError(path, "skipped", "binary file, not text")
    text, encoding, problems = decode(data)
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_articles(path, doc_id, text, encoding, problems)
        return
    yield RawArticle(doc_id, str(path), text, encoding, {}, problems)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first few KB mean a binary file."""
    head = data[:_BINARY_SNIFF]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with its byte-order mark: text, NULs and all
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > max(8, len(head) // 20)


def decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Text, the encoding used, and a note when it was not UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", ()
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), "utf-8", ()
    except UnicodeDecodeError as err:
        where = f"byte {err.start}"
    for encoding in settings.FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding), encoding, (f"not valid UTF-8 ({where}); decoded as {encoding}",)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")


def _jsonl_articles(path: Path, doc_id: str, text: str, encoding: str, problems):
    lines = text.splitlines()
    width = max(4, len(str(len(lines))))
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        line_id = f"{doc_id}_{number:0{width}d}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputFileError(line_id, "failed", f"line {number}: not valid JSON ({err.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            yield InputFileError(line_id, "skipped", f"line {number}: no 'text' field with an article")
            continue
        given_id = record.get("id") or record.get("doc_id")
        fields = {k: str(record[k]).strip() for k in METADATA_FIELDS if record.get(k) not in (None, "")}
        yield RawArticle(str(given_id) if given_id else line_id, f"{path}:{number}", record["text"], encoding, fields, problems)


def build_document(raw: RawArticle, metadata_row: dict | None = None) -> Document:
    """Clean the text and find title, outlet and publication date.

    Values given with the article (jsonl fields), then metadata.csv's row, win over the text.
    """
    cleaned = clean_text(raw.text)
    doc = Document(doc_id=raw.doc_id, path=raw.path, encoding=raw.encoding, text=cleaned.text,
                   removals=cleaned.removals)
    for problem in raw.problems:
        doc.note(problem)
    if not cleaned.text.strip():
        doc.status, doc.text = "skipped", ""
        doc.note("no article text left after cleaning")
        return doc
    dateline = find_dateline(cleaned.text, max_lines=10)
    doc.title = find_title(cleaned.text)
    doc.source = (dateline.outlet if dateline else "") or cleaned.signature
    doc.dateline = dateline.place if dateline else ""
    bylines = "\n".join(r.text for r in cleaned.removals if r.kind in ("debris_line", "byline"))
    dated = infer_published(cleaned.text, dateline, bylines)
    doc.published, doc.date_basis = dated.published, dated.basis
    apply_metadata(doc, raw.fields)
    apply_metadata(doc, metadata_row or {})
    doc.dateline_day = dateline_day(dateline, doc.published)
    if doc.date_basis == "unknown" and dated.note:
        doc.note(dated.note)
    return doc


def apply_metadata(doc: Document, row: dict) -> None:
    """Metadata values win over what the text says; a malformed date is reported, not used."""
    if row.get("published"):
        value = row["published"].strip()
        if is_iso_date(value):
            doc.published, doc.date_basis = value, "metadata"
        else:
            doc.note(f"metadata published '{value}' is not a YYYY-MM-DD date; ignored")
    for key in ("source", "url", "title"):
        if row.get(key):
            setattr(doc, key, row[key].strip())


def read_metadata(path: Path) -> tuple[dict[str, dict], list[str]]:
    """metadata.csv as {doc_id: {published, source, url, title}}, and warnings about it."""
    if not path.exists():
        return {}, []
    try:
        text, _, problems = decode(path.read_bytes())
    except OSError as err:
        return {}, [f"{path}: cannot read ({err.strerror or err}); metadata ignored"]
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "doc_id" not in [f.strip() for f in reader.fieldnames]:
        return {}, [f"{path}: no 'doc_id' column; metadata ignored"]
    warnings = [f"{path}: {p}" for p in problems]
    rows: dict[str, dict] = {}
    for number, row in enumerate(reader, 2):
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items() if isinstance(v, str)}
        doc_id = row.get("doc_id", "")
        if not doc_id:
            warnings.append(f"{path}: line {number} has no doc_id; ignored")
            continue
        rows[doc_id] = {k: row[k] for k in METADATA_FIELDS if row.get(k)}
    return rows, warnings
