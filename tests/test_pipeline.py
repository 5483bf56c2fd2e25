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


def test_seed_meetings_against_hand_annotations(seeds_dir, tmp_path):
    from tests.seed_annotations import MEETINGS, PEOPLE
    from workbench.evaluation import score_meetings

    extract(seeds_dir, tmp_path)
    frame = pd.read_csv(tmp_path / "meetings.csv", dtype=str, keep_default_na=False)
    predicted = [dict(participants=r.participants.split("; "), kind=r.kind, status=r.status, date=r.date,
                      place=r.place, sources=[s[:3] for s in r.sources.split("; ")]) for r in frame.itertuples()]
    score = score_meetings(predicted, MEETINGS, {name: alts for name, (alts, _, _) in PEOPLE.items()})
    print(f"seed meetings: {score}")
    assert score.pairs.f1 >= 0.85
    assert score.date_right >= 0.9 and score.kind_right >= 0.95 and score.place_right >= 0.9
    assert score.source_coverage >= 0.9


def test_meeting_evidence_links_point_at_the_cited_sentences(seeds_dir, tmp_path):
    result = extract(seeds_dir, tmp_path)
    texts = {d.doc_id: d.text for d in result.documents}
    links = pd.read_csv(tmp_path / "meeting_evidence.csv", keep_default_na=False)
    meetings = pd.read_csv(tmp_path / "meetings.csv", keep_default_na=False)
    assert set(links["meeting_id"]) == set(meetings["meeting_id"])
    for row in links.itertuples():
        assert texts[row.doc_id][row.start_char:row.end_char].strip() == row.text
    for row in meetings.itertuples():
        cited = set(links.loc[links["meeting_id"] == row.meeting_id, "doc_id"])
        assert cited == set(row.sources.split("; "))


def test_reruns_reuse_every_analysis_and_a_new_article_costs_one_parse(make_corpus, tmp_path):
    from workbench.store import read_manifest

    corpus = make_corpus({"a.txt": "French President Paul Martin met Jane Doe in Paris.", "b.txt": "Doe flew to Rome."})
    out = tmp_path / "out"
    extract(corpus, out)
    assert read_manifest(out)["parses"] == {"analyses_cached": 0, "cached": 0, "parsed": 2}
    extract(corpus, out)
    assert read_manifest(out)["parses"] == {"analyses_cached": 2, "cached": 0, "parsed": 0}
    (corpus / "c.txt").write_text("Paul Martin visited Berlin on Monday.")
    result = extract(corpus, out)
    assert read_manifest(out)["parses"] == {"analyses_cached": 2, "cached": 0, "parsed": 1}
    assert "Berlin" in set(result.tables["places"]["name"])


def test_a_rerun_reuses_cleaned_documents_but_sees_edits_to_files_and_metadata(make_corpus, tmp_path):
    corpus = make_corpus({"a.txt": "First title\n\nJane Doe met Paul Martin in Paris.",
                          "b.txt": "Other title\n\nDoe flew to Rome."})
    out = tmp_path / "out"
    extract(corpus, out)
    assert any((out / "cache" / "documents").rglob("*.pkl"))
    (corpus / "a.txt").write_text("Second title\n\nJane Doe met Paul Martin in Paris.")
    (corpus / "metadata.csv").write_text("doc_id,published,source,url\nb,2024-05-06,,\n")
    docs = {d.doc_id: d for d in extract(corpus, out).documents}
    assert docs["a"].title == "Second title"
    assert (docs["b"].published, docs["b"].date_basis) == ("2024-05-06", "metadata")


def test_the_story_country_is_the_outlets_only_when_the_article_names_it():
    from workbench.entities import Candidate
    from workbench.pipeline import story_country

    def named(*words):
        return [Candidate("a", 0, i, i + 1, w, "NORP" if w.endswith("n") else "GPE") for i, w in enumerate(words)]

    colombia_story = named("Colombia", "Venezuela", "Colombian", "Bogota")
    assert story_country("Spain", "", colombia_story) == "Colombia"  # a Spanish paper on Colombia
    assert story_country("Spain", "", named("Spain", *["Colombia"] * 3)) == "Spain"
    assert story_country("Spain", "Venezuela", colombia_story) == "Venezuela"  # the dateline's
    assert story_country("Spain", "", named("Colombia", "Venezuela")) == ""  # no country leads
    assert story_country("", "", colombia_story) == "Colombia"
    assert story_country("", "", named("Bahrain")) == ""  # named once: too little to go on
    # (the outlet's country named only in the site's section menu, which cleaning took out)
    assert story_country("Spain", "", colombia_story, sections={"Spain"}) == "Spain"


def test_the_countries_of_a_sites_menu_are_kept_for_the_story_country():
    from workbench.corpus import RawArticle, build_document
    from workbench.pipeline import menu_countries

    doc = build_document(RawArticle("a", "a.txt", "Harbour Times\nQatar | Region | World\n\n"
                                    "Leaders meet\n\nThe Amir met the President at Camp David.", "utf-8"))
    assert "Qatar" not in doc.text
    assert menu_countries(doc) == {"Qatar"}


def test_a_country_taken_for_an_organisation_or_named_by_a_small_countrys_demonym_counts_for_the_story():
    from workbench.entities import Candidate
    from workbench.pipeline import story_country

    story = [Candidate("a", 0, 0, 8, "Maldives", "ORG"), Candidate("a", 0, 9, 14, "India", "GPE"),
             Candidate("a", 0, 15, 20, "India", "GPE"), Candidate("a", 0, 21, 27, "Indian", "NORP")]
    assert story_country("Maldives", "", story) == "Maldives"  # (the outlet's country, named)
    namibian = [Candidate("a", 0, 0, 8, "Namibian", "NORP"), Candidate("a", 0, 9, 17, "Namibian", "NORP")]
    assert story_country("", "", namibian) == "Namibia"


def test_a_state_that_no_longer_existed_is_no_story_country(analyse):
    text = ("Foreign Minister Ivo Tanzi held talks with Rosa Lima in Tallinn on Monday. Both countries were "
            "occupied by the Soviet Union, and Tanzi recalled the Soviet deportations.")
    now = {p.name: p for p in analyse({"a": text}, published={"a": "2025-03-12"}).people.people}
    assert now["Ivo Tanzi"].affiliation != "Soviet Union"
    then = {p.name: p for p in analyse({"a": text.replace("Tallinn", "Moscow")}, published={"a": "1989-11-12"}).people.people}
    assert then["Ivo Tanzi"].affiliation == "Soviet Union"


def test_a_datelines_former_state_is_the_story_country_of_its_time():
    from workbench.pipeline import dateline_country

    assert dateline_country("DRESDEN, East Germany") == "East Germany"
    assert dateline_country("Najaf, Iraq") == "Iraq"
