import pandas as pd

from workbench.pipeline import extract, load_tables
from workbench.store import read_manifest


def test_extract_seeds_writes_the_documents_table(seeds_dir, tmp_path):
    result = extract(seeds_dir, tmp_path)
    frame = pd.read_csv(tmp_path / "documents.csv", dtype=str, keep_default_na=False)
    assert len(frame) == 5 and set(frame["status"]) == {"ok"}
    published = dict(zip(frame["doc_id"].str[:3], frame["published"]))
    assert published["001"] == published["004"] == "2018-10-07"
    assert published["002"] == "2019-03-01" and published["003"] == "2021-08-06"
    assert published["000"].startswith("2019-")
    assert result.summary().startswith("5 documents (5 ok, 0 skipped, 0 failed)")
    removals = pd.read_csv(tmp_path / "removals.csv")
    assert set(removals["kind"]) >= {"placeholder", "end_marker", "photo_credit", "signature"}


def test_load_tables_reuses_a_current_store_and_reextracts_a_stale_one(make_corpus, tmp_path):
    corpus = make_corpus({"a.txt": "Leaders met in Rome on May 3, 2020."})
    out = tmp_path / "out"
    assert len(load_tables(corpus, out)["documents"]) == 1
    written = read_manifest(out)["written"]
    load_tables(corpus, out)
    assert read_manifest(out)["written"] == written  # nothing rewritten
    (corpus / "b.txt").write_text("Ministers met in Oslo.")
    assert len(load_tables(corpus, out)["documents"]) == 2
