"""Killed and concurrent runs: the previous store and reports stay readable, the next run works."""

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from tests.conftest import ROOT
from workbench.store import read_tables


def digest(folder, names):
    return {n: hashlib.sha256((folder / n).read_bytes()).hexdigest() for n in names}


@pytest.fixture
def big_corpus(tmp_path, seeds_dir):
    """The seeds many times over, each copy slightly different so that each must be parsed."""
    corpus = tmp_path / "big"
    corpus.mkdir()
    for i in range(40):
        for seed in seeds_dir.glob("*.txt"):
            text = seed.read_text(encoding="utf-8")
            (corpus / f"{seed.stem}_{i:02d}.txt").write_text(f"{text}\n\nCopy number {i} of the article.", encoding="utf-8")
    return corpus


def start(*args):
    return subprocess.Popen([sys.executable, "-m", "workbench", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_lock(out, proc, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        lock = out / ".workbench.lock"
        if lock.exists() and lock.read_text().strip() == str(proc.pid):
            return
        time.sleep(0.1)
    raise AssertionError("the run never took the lock")


def test_a_killed_extract_leaves_the_previous_store_and_the_next_run_works(tmp_path, seeds_dir, big_corpus):
    out = tmp_path / "out"
    assert subprocess.run([sys.executable, "-m", "workbench", "extract", "--corpus", seeds_dir, "--out", out],
                          cwd=ROOT, capture_output=True).returncode == 0
    files = ["workbench.duckdb", "documents.csv", "people.csv", "meetings.csv", "manifest.json"]
    before = digest(out, files)
    proc = start("extract", "--corpus", big_corpus, "--out", out)
    wait_for_lock(out, proc)
    time.sleep(2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert digest(out, files) == before
    assert len(read_tables(out, ["documents"])["documents"]) == 5
    done = subprocess.run([sys.executable, "-m", "workbench", "extract", "--corpus", big_corpus, "--out", out],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    assert len(pd.read_csv(out / "documents.csv")) == 200
    assert not list(out.glob(".staging-*"))


def test_a_second_extract_on_the_same_folder_is_refused_clearly(tmp_path, big_corpus, seeds_dir):
    out = tmp_path / "out"
    first = start("extract", "--corpus", big_corpus, "--out", out)
    wait_for_lock(out, first)
    second = subprocess.run([sys.executable, "-m", "workbench", "extract", "--corpus", seeds_dir, "--out", out],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert second.returncode == 2
    assert "being written by another workbench run" in second.stderr and "Traceback" not in second.stderr
    first.send_signal(signal.SIGKILL)
    first.wait()
    again = subprocess.run([sys.executable, "-m", "workbench", "extract", "--corpus", seeds_dir, "--out", out],
                           cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr  # the lock died with its holder


def test_a_killed_report_leaves_the_previous_reports(tmp_path, seed_report_run, seeds_dir):
    _, previous = seed_report_run
    reports = tmp_path / "reports"
    shutil.copytree(previous, reports, ignore=shutil.ignore_patterns("data"))
    names = [f"{n}.html" for n in ("01_corpus", "02_people", "03_places", "04_meetings")] + ["index.html"]
    before = digest(reports, names)
    proc = start("report", "--corpus", seeds_dir, "--out", reports, "--data", tmp_path / "data")
    deadline = time.time() + 120
    while time.time() < deadline and not (reports / "01_corpus.ipynb").stat().st_mtime > os.path.getmtime(reports / "index.html"):
        time.sleep(0.2)
    time.sleep(1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = digest(reports, names)
    for name in names:  # each file is either the previous one or a complete new one
        assert after[name] == before[name] or (reports / name).read_text(encoding="utf-8").rstrip().endswith("</html>")
    done = subprocess.run([sys.executable, "-m", "workbench", "report", "--corpus", seeds_dir, "--out", reports,
                           "--data", tmp_path / "data"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr


def test_out_that_is_a_file_is_one_clear_message(tmp_path, seeds_dir):
    target = tmp_path / "a-file"
    target.write_text("x")
    proc = subprocess.run([sys.executable, "-m", "workbench", "extract", "--corpus", seeds_dir, "--out", target],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2 and "is a file, not a folder" in proc.stderr and "Traceback" not in proc.stderr
