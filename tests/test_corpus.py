import json
import os

import pytest

from workbench.corpus import decode, load_corpus
from workbench.exceptions import CorpusError


@pytest.fixture(scope="module")
def seed_docs():
    from tests.conftest import SEEDS

    docs, warnings = load_corpus(SEEDS)
    assert warnings == []
    return {d.doc_id[:3]: d for d in docs}


def test_every_seed_is_read_ok(seed_docs):
    assert sorted(seed_docs) == ["000", "001", "002", "003", "004"]
    assert all(d.status == "ok" and d.problem == "" for d in seed_docs.values())


def test_seed_publication_dates_and_their_basis(seed_docs):
    got = {k: (d.published, d.date_basis) for k, d in seed_docs.items()}
    assert got == {
        "000": ("2019-03-01", "text"),
        "001": ("2018-10-07", "metadata"),
        "002": ("2019-03-01", "metadata"),
        "003": ("2021-08-06", "dateline"),
        "004": ("2018-10-07", "metadata"),
    }


def test_seed_titles(seed_docs):
    assert seed_docs["000"].title == ""
    assert seed_docs["001"].title.startswith("Seoul: US, N. Korea Agree to Second Summit")
    assert seed_docs["002"].title == ""
    assert seed_docs["003"].title == "Top diplomats of S. Korea, U.S. agree on efforts for N.K. engagement in phone talks"
    assert seed_docs["004"].title.startswith("Kim Jong-un agrees to second Trump summit")


def test_seed_sources_from_the_articles_own_signatures(seed_docs):
    assert {k: d.source for k, d in seed_docs.items()} == {
        "000": "VNA", "001": "", "002": "", "003": "Yonhap", "004": "Al Jazeera"}


def test_yonhap_headline_list_is_gone_from_003(seed_docs):
    text = seed_docs["003"].text
    for debris in ("Zebra", "Jimin", "GSOMIA", "(END)", "@yna.co.kr", "(LEAD)", "virus crisis"):
        assert debris not in text
    assert text.rstrip().endswith("at the foreign ministry in Seoul.")


def test_captions_stay_and_credits_go(seed_docs):
    assert "in their meeting on February 14, 2019" in seed_docs["000"].text
    assert "(Photo: Yonhap)" not in seed_docs["000"].text
    assert "Trump met Kim in Singapore in June for the first-ever summit between the two countries" in seed_docs["004"].text
    assert "[File:" not in seed_docs["004"].text
    assert "This file photo, taken on March 17, 2021" in seed_docs["003"].text


def test_placeholders_and_trailers_are_gone(seed_docs):
    assert "{articleGUID}" not in seed_docs["004"].text
    assert "{keywords}" not in seed_docs["000"].text
    assert "Posted Under" not in seed_docs["001"].text and "comments:" not in seed_docs["001"].text
    assert not seed_docs["000"].text.endswith("VNA")
    assert "Source: Al Jazeera" not in seed_docs["004"].text


def test_bad_inputs_each_get_a_row_and_the_rest_goes_on(make_corpus):
    root = make_corpus({
        "good.txt": "Leaders met in Paris on May 3, 2020.",
        "empty.txt": "",
        "blank.md": "  \n\n ",
        "binary.txt": bytes(range(256)) * 4,
        "latin1.txt": "Le ministre a rencontré son homologue à Genève le 3 mai 2020.".encode("latin-1"),
        "report.pdf": b"%PDF-1.4 ...",
    })
    os.symlink(root / "missing-target.txt", root / "gone.txt")
    docs, _ = load_corpus(root)
    rows = {os.path.basename(d.path): d for d in docs}
    assert set(rows) == {"good.txt", "empty.txt", "blank.md", "binary.txt", "latin1.txt", "report.pdf", "gone.txt"}
    assert rows["good.txt"].status == "ok"
    assert (rows["empty.txt"].status, rows["empty.txt"].problem) == ("skipped", "empty file")
    assert rows["blank.md"].status == "skipped"
    assert rows["binary.txt"].status == "skipped" and "binary" in rows["binary.txt"].problem
    assert rows["report.pdf"].status == "skipped" and "unsupported file type '.pdf'" in rows["report.pdf"].problem
    assert rows["gone.txt"].status == "failed" and "cannot read" in rows["gone.txt"].problem
    latin = rows["latin1.txt"]
    assert latin.status == "ok" and "rencontré" in latin.text and "Genève" in latin.text
    assert "not valid UTF-8" in latin.problem and latin.encoding == "cp1252"


def test_utf8_with_bom_and_crlf_reads_clean(make_corpus):
    root = make_corpus({"a.txt": "\ufeffHeadline here\r\n\r\nThe leaders met.\r\n".encode("utf-8")})
    (doc,), _ = load_corpus(root)
    assert doc.text == "Headline here\n\nThe leaders met." and doc.title == "Headline here"
    assert doc.encoding == "utf-8" and "UTF-8" not in doc.problem


def test_decode_falls_back_and_says_so():
    text, encoding, problems = decode("café “quoted”".encode("cp1252"))
    assert text == "café “quoted”" and encoding == "cp1252"
    assert "byte 3" in problems[0]


def test_metadata_wins_and_bad_metadata_dates_are_reported(make_corpus):
    root = make_corpus({
        "a.txt": "SEOUL, Aug. 6, 2021 (Yonhap) -- The ministers met.",
        "b.txt": "They met on May 3, 2020.",
        "metadata.csv": "doc_id,published,source,url\na,2021-08-07,Yonhap News,https://example.org/a\nb,yesterday,,\nzzz,2020-01-01,,\n",
    })
    docs, warnings = load_corpus(root)
    a, b = sorted(docs, key=lambda d: d.doc_id)
    assert (a.published, a.date_basis, a.source, a.url) == ("2021-08-07", "metadata", "Yonhap News", "https://example.org/a")
    assert (b.published, b.date_basis) == ("2020-05-03", "text")
    assert "metadata published 'yesterday'" in b.problem
    assert any("zzz" in w for w in warnings)
    assert len(docs) == 2  # metadata.csv is not a document


def test_jsonl_gives_one_document_per_line_and_a_row_per_bad_line(make_corpus):
    lines = [
        json.dumps({"text": "The ministers met in Rome.", "title": "Rome talks", "published": "2022-02-03", "source": "Wire"}),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"id": "custom-id", "text": "Leaders met."}),
    ]
    root = make_corpus({"batch.jsonl": "\n".join(lines)})
    docs, _ = load_corpus(root)
    got = [(d.doc_id, d.status) for d in docs]
    assert got == [("batch_0001", "ok"), ("batch_0002", "failed"), ("batch_0003", "skipped"), ("custom-id", "ok")]
    first = docs[0]
    assert (first.title, first.published, first.date_basis, first.source) == ("Rome talks", "2022-02-03", "metadata", "Wire")
    assert "line 2: not valid JSON" in docs[1].problem


def test_same_stem_twice_gets_distinct_doc_ids(make_corpus):
    root = make_corpus({"a.txt": "One met two.", "a.md": "Three met four.", "sub/a.txt": "Five met six."})
    docs, _ = load_corpus(root)
    assert sorted(d.doc_id for d in docs) == ["a", "a.txt", "sub/a"]


def test_hidden_files_are_not_documents(make_corpus):
    root = make_corpus({".DS_Store": b"\x00\x01", "a.txt": "Leaders met."})
    docs, _ = load_corpus(root)
    assert [d.doc_id for d in docs] == ["a"]


def test_missing_corpus_is_a_corpus_error(tmp_path):
    with pytest.raises(CorpusError, match="no such folder") as info:
        load_corpus(tmp_path / "nope")
    assert str(tmp_path / "nope") in str(info.value)


def test_file_instead_of_folder_is_a_corpus_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("x")
    with pytest.raises(CorpusError, match="not a folder"):
        load_corpus(path)


def test_empty_folder_and_folder_without_readable_documents_are_errors(make_corpus):
    with pytest.raises(CorpusError, match="holds no documents"):
        load_corpus(make_corpus({}, name="empty"))
    with pytest.raises(CorpusError, match="no readable document .*x.pdf: unsupported"):
        load_corpus(make_corpus({"x.pdf": b"%PDF"}, name="pdfs"))


def test_a_dateline_under_a_masthead_tagline_date_menu_headline_and_standfirst_is_found(tmp_path):
    (tmp_path / "a.txt").write_text(
        "The Daily Courier\nThe Region's First Independent Daily\nWednesday, February 9, 2005\n"
        "HOME | LOCAL | REGIONAL | OPINION\nLeaders declare end to violence at resort summit\n"
        "King says meeting opens a window\nSHARM EL SHEIKH, Egypt - President Ana Lima and Prime Minister Tom Reid "
        "on Tuesday announced a halt to violence at a summit.\nThe talks lasted an hour.\n", encoding="utf-8")
    docs, _ = load_corpus(tmp_path)
    assert docs[0].dateline == "Sharm El Sheikh, Egypt"
