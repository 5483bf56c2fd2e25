"""Engines: the tables do not depend on where the per-document step ran."""

import os
import random
import sys

import pandas as pd
import pytest

from workbench.engines import Engine
from workbench.exceptions import ParameterError
from workbench.pipeline import extract
from workbench.store import read_manifest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "benchmarks"))
import benchmark

TABLES = ("documents", "people", "places", "mentions", "meetings", "meeting_evidence", "removals", "texts")


@pytest.fixture(scope="module")
def generated_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated") / "corpus"
    benchmark.make_corpus(folder, 30, random.Random(11))
    return folder


def assert_same_tables(a: dict, b: dict):
    for name in TABLES:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)


@pytest.mark.parametrize("corpus", ["seeds", "generated"])
def test_dask_and_process_pool_give_the_local_tables(corpus, seeds_dir, generated_corpus, tmp_path):
    folder = seeds_dir if corpus == "seeds" else generated_corpus
    local = extract(folder, tmp_path / "local")
    assert local.stats["parsed"] > 0 and len(local.tables["meetings"]) > 0
    pool = extract(folder, tmp_path / "pool", engine=Engine("local", processes=2, batch_size=4))
    dask = extract(folder, tmp_path / "dask", engine=Engine("dask", workers=2, batch_size=4))
    assert read_manifest(tmp_path / "dask")["engine"] == "dask (local cluster of 2 workers)"
    assert dask.stats["parsed"] == local.stats["parsed"]
    assert_same_tables(local.tables, pool.tables)
    assert_same_tables(local.tables, dask.tables)


def test_a_document_that_kills_its_worker_costs_only_itself(make_corpus, tmp_path, monkeypatch):
    from workbench import analysis

    real = analysis.analyse_document

    def deadly(doc_id, sdoc):  # the pool forks, so its workers inherit this
        if doc_id == "killer":
            os._exit(9)
        return real(doc_id, sdoc)

    monkeypatch.setattr(analysis, "analyse_document", deadly)
    texts = {f"a{i}.txt": f"Foreign Minister Anna Varga met Marek Okafor in Vienna on day {i}.\n" for i in range(5)}
    corpus = make_corpus({**texts, "killer.txt": "Jonas Silva met Mei Tanaka in Oslo.\n"})
    result = extract(corpus, tmp_path / "out", engine=Engine("local", processes=2, batch_size=3))
    status = {d.doc_id: (d.status, d.problem) for d in result.documents}
    assert status["killer"][0] == "failed"
    assert status["killer"][1].endswith("a worker process died while parsing this document")
    assert all(status[f"a{i}"][0] == "ok" for i in range(5))
    assert "Anna Varga" in set(result.tables["people"]["name"])
    assert len(result.tables["documents"]) == 6


def test_engine_settings_that_contradict_each_other_are_refused():
    with pytest.raises(ParameterError, match="belong to --engine dask"):
        Engine("local", workers=2)
    with pytest.raises(ParameterError, match="belongs to --engine local"):
        Engine("dask", processes=2)
    with pytest.raises(ParameterError, match="not both"):
        Engine("dask", workers=2, scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(ParameterError, match="unknown engine"):
        Engine("spark")
