"""Parsing with spaCy, cached on disk.

`parse_documents` runs `nlp.pipe` over the corpus and keeps each parse as a DocBin file keyed by
a hash of the text, the model's name and version, spaCy's version and `PARSE_VERSION`, so a
rerun parses only what changed. The model is a setting (`settings.SPACY_MODEL`).
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from workbench import settings
from workbench.exceptions import WorkbenchError
from workbench.fast_rules import speed_up
from workbench.spans import remember_text

#: Bump when anything that changes a parse (pipeline components, settings) changes.
PARSE_VERSION = "11"


#: Abbreviated ranks and titles the model's tokenizer cuts from their full stop, which then ends
#: the sentence in the middle of a name ("army chief Snr. | Gen. Kyaw Zaw Oo").
TITLE_ABBREVIATIONS = ("Snr.", "Sr.", "Lt.", "Brig.", "Maj.", "Col.", "Amb.", "Capt.", "Cmdr.", "Sgt.", "Hon.",
                       "Rt.", "Supt.", "Insp.", "Cpl.", "Pvt.", "Fr.", "Asst.", "Lt.-Gen.", "Maj.-Gen.", "Cdr.", "Cdre.",
                       # (forms of address: "Energy Minister, Eng. | Irene Kasolo")
                       # (not "Mons.", a Belgian city's name at a sentence's end)
                       "Eng.", "Engr.", "Cde.", "Mgr.", "Msgr.", "Mme.", "Smt.", "Shri.", "Tmt.")


#: "co-chair" in its forms, which the tokenizer cuts at the hyphen ("co - chair", tagged as three
#: verbs), kept whole so the parser reads "A and B will co-chair the talks" as one verb. (Not
#: "co-host": kept whole, "a roundtable co-hosted by A and B" parses as a clause of "business
#: leaders", and the roundtable the subject attends loses him; heldout9 pairs 0.831 -> 0.821.)
CO_VERBS = tuple(f"co-chair{ending}" for ending in ("", "s", "ed", "ing"))  # (not "Co-chair X", a title)
#: "tête-à-tête", which the tokenizer cuts at its hyphens into words the parser hangs on the verb
#: one by one ("held a tête - à - tête": three objects), kept whole as the one noun it is.
TETE_A_TETE = tuple(f"{word}{ending}" for word in ("tête-à-tête", "tete-a-tete", "Tête-à-tête", "Tete-a-tete")
                    for ending in ("", "s"))


class ModelError(WorkbenchError):
    """The spaCy model cannot be loaded."""


def load_pipeline(model: str | None = None):
    """The spaCy pipeline named by `model` (default: the setting), with line breaks made
    sentence boundaries (a headline, a caption or a dateline never runs into the next line) and
    the attribute ruler replaced by its faster equivalent (`fast_rules`)."""
    import spacy
    from spacy.attrs import ORTH
    from spacy.language import Language

    if not Language.has_factory("newline_sentences"):
        Language.component("newline_sentences", func=newline_sentences)
    if not Language.has_factory("co_verb_lemmas"):
        Language.component("co_verb_lemmas", func=co_verb_lemmas)
    name = model or settings.SPACY_MODEL
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelError(f"cannot load the spaCy model {name!r}: is it installed? "
                         f"(`make setup` installs it from requirements.txt) [{err}]") from None
    for abbreviation in TITLE_ABBREVIATIONS + CO_VERBS + TETE_A_TETE:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newline_sentences", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("co_verb_lemmas", after="lemmatizer")
    if settings.FAST_ATTRIBUTES:
        speed_up(nlp)
    return nlp


def co_verb_lemmas(doc):
    """The lemma of a kept-whole "co-chaired", "co-chairing": "co-chair" (the rule lemmatizer,
    which does not know the word, makes "co-chaire")."""
    for token in doc:
        if token.text in CO_VERBS:
            token.lemma_ = "co-chair"
    return doc


def newline_sentences(doc):
    """Start a sentence at the first token after a line break, and keep that token with the
    next one (the parser otherwise cuts "Trump | met Kim in Singapore" after a caption)."""
    after_break = False
    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            after_break = True
            continue
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if following is not None and not following.is_space and "\n" not in token.whitespace_:
                following.is_sent_start = False
    return doc


@lru_cache(maxsize=8)
def model_identity(model: str | None = None) -> str:
    """The model's name and installed version, known without loading (or importing) spaCy."""
    from importlib import metadata

    name = model or settings.SPACY_MODEL
    try:
        version = metadata.version(name)
    except metadata.PackageNotFoundError:
        version = "unknown"
    return f"{name}=={version}\0spacy=={metadata.version('spacy')}"


def parse_key(text: str, nlp) -> str:
    import spacy

    meta = nlp.meta
    header = f"{meta.get('lang')}_{meta.get('name')}\0{meta.get('version')}\0{spacy.__version__}\0{PARSE_VERSION}\0"
    return hashlib.sha256(header.encode() + text.encode("utf-8")).hexdigest()


class FileCache:
    """Values on disk, one file per key under `root/ab/abcdef….SUFFIX`, written atomically. A
    missing root caches nothing; a damaged entry reads as missing and is recomputed."""

    suffix = ".pkl"

    def __init__(self, root: str | os.PathLike | None):
        self.root = Path(root) if root else None

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}{self.suffix}"

    def get(self, key: str, *context):
        if self.root is None or not self._path(key).exists():
            return None
        try:
            return self.loads(self._path(key).read_bytes(), *context)
        except Exception:  # noqa: BLE001 - a damaged entry is recomputed, never fatal
            return None

    def put(self, key: str, value) -> None:
        if self.root is None:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(self.dumps(value))
        os.replace(tmp, path)

    def dumps(self, value) -> bytes:
        import pickle

        return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

    def loads(self, data: bytes, *context):
        import pickle

        return pickle.loads(data)


class ParseCache(FileCache):
    """spaCy Docs, one DocBin file per text; `get(key, vocab)`."""

    suffix = ".spacy"

    def dumps(self, doc) -> bytes:
        from spacy.tokens import DocBin

        return DocBin(store_user_data=False, docs=[doc]).to_bytes()

    def loads(self, data: bytes, vocab):
        from spacy.tokens import DocBin

        return next(iter(DocBin().from_bytes(data).get_docs(vocab)))


#: Texts longer than this are parsed in pieces (cut at paragraph, line, sentence or word breaks)
#: and joined again, so that a 5 MB page neither hits spaCy's length limit nor its memory.
CHUNK_CHARS = 100_000


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Consecutive pieces of at most `limit` characters whose concatenation is `text`."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = limit
        for separator in ("\n\n", "\n", ". ", " "):
            at = window.rfind(separator)
            if at > limit // 2:
                cut = at + len(separator)
                break
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse_long(text: str, nlp):
    """One Doc for a text of any length, parsed in pieces; offsets are those of the whole text."""
    from spacy.tokens import Doc

    return Doc.from_docs(list(nlp.pipe(split_text(text))), ensure_whitespace=False)


def parse_documents(items: Iterable[tuple[str, str]], nlp, cache: ParseCache, batch_size: int = 32,
                    n_process: int = 1, stats: dict | None = None) -> Iterator[tuple[str, object]]:
    """(doc_id, spaCy Doc) for each (doc_id, text), in order, from the cache where possible."""
    stats = stats if stats is not None else {}
    stats.setdefault("parsed", 0)
    stats.setdefault("cached", 0)
    pending: list[tuple[str, str, str]] = []

    def flush():
        texts = (text for _, _, text in pending)
        for (doc_id, key, text), doc in zip(pending, nlp.pipe(texts, batch_size=batch_size, n_process=n_process)):
            cache.put(key, doc)
            stats["parsed"] += 1
            yield doc_id, remember_text(doc, text)
        pending.clear()

    for doc_id, text in items:
        key = parse_key(text, nlp)
        doc = cache.get(key, nlp.vocab)
        if doc is not None:
            yield from flush()
            stats["cached"] += 1
            yield doc_id, remember_text(doc, text)
        elif len(text) > CHUNK_CHARS:
            yield from flush()
            doc = parse_long(text, nlp)
            cache.put(key, doc)
            stats["parsed"] += 1
            yield doc_id, doc
        else:
            pending.append((doc_id, key, text))
            if len(pending) >= batch_size * max(1, n_process):
                yield from flush()
    yield from flush()
