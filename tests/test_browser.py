"""The real HTML reports in headless Chromium with the network cut off."""

import os
import shutil

import pandas as pd
import pytest

from tests.browser import drawn_charts, open_page
from tests.conftest import ROOT

REPORTS = ["01_corpus", "02_people", "03_places", "04_meetings"]


@pytest.mark.parametrize("name", REPORTS)
def test_every_chart_draws_offline_without_console_errors(seed_report_run, name):
    _, out = seed_report_run
    page = open_page(out / f"{name}.html")
    charts = drawn_charts(page.dom)
    assert charts, f"{name} has no chart containers"
    assert all(charts.values()), f"charts not drawn in {name}: {[k for k, v in charts.items() if not v]}"
    assert page.console == [], page.console


@pytest.mark.parametrize("name", REPORTS)
def test_reports_are_self_contained_and_small(seed_report_run, name):
    _, out = seed_report_run
    path = out / f"{name}.html"
    assert path.stat().st_size < 5 * 1024 * 1024
    text = path.read_text(encoding="utf-8")
    assert text.count("window.vegaEmbed=") <= 1  # the Vega scripts are inlined once per file


def test_tables_sort_and_search_in_the_browser(seed_report_run):
    _, out = seed_report_run
    page = open_page(out / "02_people.html")
    assert 'class="wb-filter"' in page.dom and "wb-sortable" in page.dom


def test_screenshots_for_the_readme(seed_report_run):
    """Made by the browser, not by hand: `make screenshots` copies them into docs/img."""
    _, out = seed_report_run
    for name in ("04_meetings", "03_places"):
        shot = out / f"{name}.png"
        open_page(out / f"{name}.html", screenshot=shot, height=1400)
        assert shot.exists() and shot.stat().st_size > 10_000
        if os.environ.get("WORKBENCH_SCREENSHOTS"):
            (ROOT / "docs" / "img").mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, ROOT / "docs" / "img" / f"{name}.png")


def test_the_chart_check_sees_undrawn_charts(seed_report_run):
    """The same file read without running its scripts has containers but nothing drawn."""
    _, out = seed_report_run
    raw = (out / "04_meetings.html").read_text(encoding="utf-8")
    charts = drawn_charts(raw)
    assert charts and not any(charts.values())


HOSTILE = (
    "Hostile <script>console.error('XSS-TITLE'); document.title = 'pwned';</script> headline\n\n"
    "Canadian Prime Minister Jane Doe met French President Paul Martin in Paris "
    "<img src=x onerror=\"console.error('XSS-IMG')\"> <b onmouseover=alert(1)>on Monday</b>. "
    "Later <iframe src=\"javascript:console.error('XSS-FRAME')\"></iframe> and "
    "[click](javascript:console.error('XSS-MD')) followed.\n"
)


def test_article_markup_stays_inert_text_in_every_report(tmp_path, seeds_dir):
    from workbench.reports import run_reports

    # issue 7's acceptance corpus: the seeds, an empty file, a binary file, a Latin-1 file, a hostile one
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 16)
    (corpus / "latin1.txt").write_bytes("Le ministre a rencontré son homologue à Genève.".encode("latin-1"))
    out = tmp_path / "reports"
    run = run_reports(corpus, out, data_dir=tmp_path / "data", echo=lambda *a, **k: None)
    assert run.ok, [o.error for o in run.outcomes]
    documents = pd.read_csv(tmp_path / "data" / "documents.csv", keep_default_na=False)
    assert len(documents) == 9  # every file accounted for
    assert dict(zip(documents["doc_id"], documents["status"]))["binary"] == "skipped"
    pages = {name: open_page(out / f"{name}.html") for name in REPORTS}
    for name, page in pages.items():
        assert not [line for line in page.console if "XSS" in line], (name, page.console)
        assert "<title>pwned</title>" not in page.dom
        assert "<iframe" not in page.dom and '<img src="x"' not in page.dom and "<b onmouseover" not in page.dom
    # the markup reaches the reports as text: the title in the documents table, the sentence as evidence
    assert "Hostile &lt;script&gt;console.error" in pages["01_corpus"].dom
    assert "&lt;img src=x onerror=" in pages["04_meetings"].dom
