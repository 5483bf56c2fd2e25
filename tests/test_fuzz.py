"""Hostile and broken input: no crash, and every file accounted for in the documents table."""

import string

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.cleaning import clean_text
from workbench.corpus import load_corpus
from workbench.pipeline import extract
from workbench.provenance import find_dateline, find_title, infer_published

STATUSES = {"ok", "skipped", "failed"}
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.text())
def test_cleaning_and_provenance_survive_any_text(text):
    cleaned = clean_text(text)
    assert isinstance(cleaned.text, str)
    find_title(cleaned.text)
    infer_published(cleaned.text, find_dateline(cleaned.text))


@FUZZ
@given(st.binary(max_size=4096))
def test_any_bytes_become_one_documents_row(tmp_path_factory, data):
    root = tmp_path_factory.mktemp("bytes")
    (root / "good.txt").write_text("Leaders met in Rome.", encoding="utf-8")
    (root / "fuzz.txt").write_bytes(data)
    docs, _ = load_corpus(root)
    assert sorted(d.path.rsplit("/", 1)[-1] for d in docs) == ["fuzz.txt", "good.txt"]
    assert all(d.status in STATUSES for d in docs)
    assert all(d.problem for d in docs if d.status != "ok")


@FUZZ
@given(st.lists(st.text(alphabet=string.printable + "\u200b\u202e\u2066\ufeff\u00a0’“”é—", max_size=300), min_size=1, max_size=3))
def test_any_jsonl_lines_are_accounted_for(tmp_path_factory, lines):
    import json

    root = tmp_path_factory.mktemp("jsonl")
    (root / "good.txt").write_text("Leaders met in Rome.", encoding="utf-8")
    body = "\n".join(json.dumps({"text": t}) if i % 2 else t for i, t in enumerate(lines))
    (root / "batch.jsonl").write_text(body, encoding="utf-8")
    docs, _ = load_corpus(root)
    assert all(d.status in STATUSES for d in docs)


EDGE_CASES = {
    "zero width and rtl.txt": "Leaders\u200b met\u202e in\u2066 Rome\u2069 on Monday.\u200d",
    "only punctuation.txt": "!!! ... ??? --- ;;; ,,, (((",
    "crlf.txt": "Headline\r\n\r\nFrench President Paul Martin met Jane Doe in Paris.\r\n",
    "bom.txt": "\ufeffFrench President Paul Martin met Jane Doe in Paris.",
    "naïve file name with spaces ü.md": "Canadian Prime Minister Jane Doe visited Berlin.",
    # about 1 MB on one line: sentences and long unbroken runs, as scraped pages have
    "one long line.txt": ("Leaders met in Rome. " * 100 + "b" * 100_000 + " ") * 10,
    "utf16.txt": "French President Paul Martin met Jane Doe.".encode("utf-16"),
    "latin1.txt": "Le président a rencontré son homologue à Genève.".encode("latin-1"),
    "empty.txt": "",
    "binary.txt": bytes(range(256)) * 8,
    "scanned.pdf": b"%PDF-1.7 binary",
}


def test_the_whole_extract_survives_edge_cases(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, content in EDGE_CASES.items():
        path = corpus / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    # about 5 MB: an article followed by what a scraper drags along (an inlined image, base64)
    blob = "\n".join("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3" for _ in range(66_000))
    (corpus / "huge.txt").write_text("French President Paul Martin met Jane Doe in Paris. " * 40 + "\n\n" + blob,
                                     encoding="utf-8")
    result = extract(corpus, tmp_path / "out")
    frame = pd.read_csv(tmp_path / "out" / "documents.csv", keep_default_na=False)
    assert len(frame) == len(EDGE_CASES) + 1
    assert set(frame["status"]) <= STATUSES
    by_file = {p.rsplit("/", 1)[-1]: row for p, row in zip(frame["path"], frame.itertuples())}
    assert by_file["empty.txt"].status == "skipped" and by_file["binary.txt"].status == "skipped"
    assert by_file["scanned.pdf"].status == "skipped"
    for name in ("crlf.txt", "bom.txt", "naïve file name with spaces ü.md", "one long line.txt", "utf16.txt",
                 "latin1.txt", "huge.txt", "zero width and rtl.txt"):
        assert by_file[name].status == "ok", (name, by_file[name].problem)
    assert "Paul Martin" in set(pd.read_csv(tmp_path / "out" / "people.csv")["name"])
    assert all(d.problem for d in result.documents if d.status != "ok")


@pytest.mark.parametrize("name", ["a b.txt", "ünïcödé.txt", "tab\tname.txt"])
def test_odd_file_names_keep_their_stem_as_doc_id(tmp_path, name):
    (tmp_path / name).write_text("Leaders met.", encoding="utf-8")
    (doc,), _ = load_corpus(tmp_path)
    assert doc.doc_id == name.rsplit(".", 1)[0] and doc.status == "ok"
