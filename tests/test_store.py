import multiprocessing
import os

import duckdb
import pandas as pd
import pytest

from workbench.exceptions import StoreBusyError, StoreError
from workbench.store import read_manifest, read_tables, store_lock, table_frame, write_store


def documents(n):
    return table_frame("documents", [{"doc_id": f"d{i}", "status": "ok", "n_words": i} for i in range(n)])


def test_table_frame_has_exactly_the_contract_columns_in_order():
    frame = documents(2)
    assert list(frame.columns[:9]) == ["doc_id", "path", "title", "source", "published", "date_basis",
                                       "status", "problem", "n_words"]
    assert frame.loc[1, "title"] == "" and frame.loc[1, "n_words"] == 1


def test_write_store_writes_duckdb_csv_and_manifest(tmp_path):
    write_store(tmp_path, {"documents": documents(3)}, {"rows": 3})
    assert read_manifest(tmp_path) == {"rows": 3}
    assert len(pd.read_csv(tmp_path / "documents.csv")) == 3
    con = duckdb.connect(str(tmp_path / "workbench.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (3,)
    con.close()
    assert list(read_tables(tmp_path)["documents"]["doc_id"]) == ["d0", "d1", "d2"]
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".staging")]


def test_failed_write_leaves_the_previous_store_intact(tmp_path):
    write_store(tmp_path, {"documents": documents(2)}, {"run": 1})
    with pytest.raises(StoreError, match="not in the schema"):
        write_store(tmp_path, {"documents": documents(5), "bogus": pd.DataFrame({"x": [1]})}, {"run": 2})
    assert read_manifest(tmp_path) == {"run": 1}
    assert len(read_tables(tmp_path)["documents"]) == 2
    assert len(pd.read_csv(tmp_path / "documents.csv")) == 2
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".staging")]


def _hold_lock(path, ready, release):
    with store_lock(path):
        ready.set()
        release.wait(10)


def test_a_second_writer_is_refused_while_the_lock_is_held(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(tmp_path, ready, release))
    holder.start()
    try:
        assert ready.wait(10)
        with pytest.raises(StoreBusyError, match="another workbench run"):
            with store_lock(tmp_path):
                pass
    finally:
        release.set()
        holder.join(10)
    with store_lock(tmp_path):  # free again once the holder is gone
        pass


def test_reading_a_missing_store_says_what_to_run(tmp_path):
    with pytest.raises(StoreError, match="workbench extract"):
        read_tables(tmp_path)
