from workbench.nlp import ParseCache, parse_documents, split_text


def test_split_text_pieces_rebuild_the_text_and_respect_the_limit():
    text = ("Paragraph one. " * 30 + "\n\n") * 20 + "x" * 700
    pieces = split_text(text, limit=1000)
    assert "".join(pieces) == text
    assert all(len(p) <= 1000 for p in pieces)
    assert pieces[0].endswith("\n\n")


def test_parse_is_cached_by_text_and_model(nlp, tmp_path):
    cache = ParseCache(tmp_path)
    stats = {}
    items = [("a", "Pompeo met Kim in Hanoi."), ("b", "Trump flew to Seoul.")]
    first = [d.text for _, d in parse_documents(items, nlp, cache, stats=stats)]
    assert stats == {"parsed": 2, "cached": 0}
    stats = {}
    second = dict(parse_documents(items + [("c", "A new article.")], nlp, cache, stats=stats))
    assert stats == {"parsed": 1, "cached": 2}
    assert [second["a"].text, second["b"].text] == first
    assert [e.text for e in second["a"].ents] == [e.text for e in nlp("Pompeo met Kim in Hanoi.").ents]
    # parsed or read back, each Doc knows its text without rebuilding it from the tokens
    from workbench.spans import doc_text

    assert all(doc.user_data.get("wb_text") == doc_text(doc) == doc.text for doc in second.values())


def test_a_text_longer_than_spacy_allows_is_parsed_in_pieces(nlp, tmp_path, monkeypatch):
    import workbench.nlp as module

    monkeypatch.setattr(module, "CHUNK_CHARS", 200)
    text = "French President Paul Martin met Jane Doe in Paris. " * 20
    ((_, doc),) = parse_documents([("long", text)], nlp, ParseCache(tmp_path))
    assert doc.text == text
    assert sum(e.text == "Paul Martin" for e in doc.ents) >= 15


def test_a_damaged_cache_entry_is_parsed_again(nlp, tmp_path):
    cache = ParseCache(tmp_path)
    list(parse_documents([("a", "Pompeo met Kim.")], nlp, cache))
    for f in tmp_path.rglob("*.spacy"):
        f.write_bytes(b"garbage")
    stats = {}
    ((_, doc),) = parse_documents([("a", "Pompeo met Kim.")], nlp, cache, stats=stats)
    assert stats["parsed"] == 1 and doc.text == "Pompeo met Kim."


def test_co_chair_is_one_verb_with_its_own_lemma(nlp):
    doc = nlp("Ana Lopes and Jan Nowak co-chaired the commission. Tom Reid will co-chair the next session.")
    words = [(t.text, t.lemma_, t.pos_) for t in doc if t.lower_.startswith("co-")]
    assert words == [("co-chaired", "co-chair", "VERB"), ("co-chair", "co-chair", "VERB")]


def test_tete_a_tete_is_one_noun(nlp):
    doc = nlp("The two presidents held a tête-à-tête at the palace. Their tete-a-tete lasted an hour.")
    words = [t.text for t in doc if "tête" in t.lower_ or "tete" in t.lower_]
    assert words == ["tête-à-tête", "tete-a-tete"]
