import subprocess
import sys

import pandas as pd

from tests.conftest import ROOT


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "workbench", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_extract_exits_zero_and_reports_counts(seeds_dir, tmp_path):
    proc = run_cli("extract", "--corpus", seeds_dir, "--out", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "5 documents (5 ok, 0 skipped, 0 failed)" in proc.stdout
    assert (tmp_path / "workbench.duckdb").exists()
    assert len(pd.read_csv(tmp_path / "documents.csv")) == 5


def test_missing_corpus_is_one_line_naming_the_path_and_nonzero(tmp_path):
    proc = run_cli("extract", "--corpus", "/nonexistent", "--out", tmp_path / "y")
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "/nonexistent" in lines[0] and "Traceback" not in proc.stderr
    assert not (tmp_path / "y").exists()


def test_corpus_without_documents_is_an_error(tmp_path):
    (tmp_path / "c").mkdir()
    proc = run_cli("extract", "--corpus", tmp_path / "c", "--out", tmp_path / "o")
    assert proc.returncode != 0 and "holds no documents" in proc.stderr and "Traceback" not in proc.stderr


def test_bad_files_are_listed_but_do_not_fail_the_run(make_corpus, tmp_path):
    corpus = make_corpus({"a.txt": "Leaders met.", "b.pdf": b"%PDF", "c.txt": ""})
    proc = run_cli("extract", "--corpus", corpus, "--out", tmp_path / "o")
    assert proc.returncode == 0
    assert "skipped:" in proc.stderr and "b.pdf" in proc.stderr and "c.txt" in proc.stderr
    assert "3 documents (1 ok, 2 skipped, 0 failed)" in proc.stdout


def test_missing_arguments_exit_nonzero_with_usage():
    proc = run_cli("extract")
    assert proc.returncode == 2 and "--corpus" in proc.stderr


def test_bad_flag_values_are_refused_with_usage(tmp_path, seeds_dir):
    proc = run_cli("extract", "--corpus", seeds_dir, "--out", tmp_path, "--processes", "zero")
    assert proc.returncode == 2 and "not a whole number" in proc.stderr
    proc = run_cli("extract", "--corpus", seeds_dir, "--out", tmp_path, "--processes", "0")
    assert proc.returncode == 2 and "must be 1 or more" in proc.stderr
    proc = run_cli("extract", "--corpus", seeds_dir, "--out", tmp_path, "--model", "no_such_model")
    assert proc.returncode == 2 and "cannot load the spaCy model 'no_such_model'" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = run_cli("report", "--corpus", seeds_dir, "--out", tmp_path / "r", "-p", "colour", "red")
    assert proc.returncode == 2 and "unknown parameter 'colour'" in proc.stderr


def test_extract_with_two_processes_gives_the_same_tables(seeds_dir, tmp_path):
    one = run_cli("extract", "--corpus", seeds_dir, "--out", tmp_path / "one")
    two = run_cli("extract", "--corpus", seeds_dir, "--out", tmp_path / "two", "--processes", "2")
    assert one.returncode == two.returncode == 0, two.stderr
    for table in ("people", "places", "meetings", "mentions"):
        assert (tmp_path / "one" / f"{table}.csv").read_text() == (tmp_path / "two" / f"{table}.csv").read_text()
