"""Real papermill runs of the report notebooks, in the project's kernel."""

import re

import nbformat
import pytest

from workbench.exceptions import ParameterError
from workbench.reports import coerce_parameter, plan_parameters, report_notebooks, run_reports

ECHO = lambda *a, **k: None  # noqa: E731


@pytest.fixture(scope="module")
def seed_reports(tmp_path_factory):
    from tests.conftest import SEEDS

    out = tmp_path_factory.mktemp("reports")
    run = run_reports(SEEDS, out, data_dir=out / "data", only=["01_corpus"], echo=ECHO)
    return run, out


def test_corpus_report_runs_and_its_html_holds_the_documents_table(seed_reports):
    run, out = seed_reports
    assert run.ok, [o.error for o in run.outcomes]
    page = (out / "01_corpus.html").read_text(encoding="utf-8")
    for doc_id in ("000_2364625094e55f95", "003_494eaff28e2a1e8a", "004_4ffbeff3ed2e1bd7"):
        assert doc_id in page
    assert "2021-08-06" in page and "dateline" in page
    assert "{articleGUID}" in page  # what cleaning removed is listed
    assert 'class="wb-chart"' in page and "vegaEmbed" in page


def test_report_html_has_no_code_and_fetches_nothing(seed_reports):
    _, out = seed_reports
    page = (out / "01_corpus.html").read_text(encoding="utf-8")
    assert "load_tables(" not in page  # code cells are not exported
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=[\"']https?:", page)


def test_index_links_reports_with_parameters_and_time(seed_reports):
    _, out = seed_reports
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="01_corpus.html"' in index
    assert "seeds" in index and "Run started" in index


def failing_notebook(folder):
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('corpus_dir = ""\nout_dir = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell("raise ValueError('broken on purpose')")]
    nb.metadata["kernelspec"] = {"name": "workbench", "display_name": "workbench", "language": "python"}
    folder.mkdir()
    nbformat.write(nb, str(folder / "01_broken.ipynb"))
    return folder


def test_failing_notebook_keeps_previous_html_and_its_failed_run(tmp_path, seeds_dir):
    notebooks = failing_notebook(tmp_path / "nbs")
    out = tmp_path / "reports"
    out.mkdir()
    (out / "01_broken.html").write_text("previous report")
    run = run_reports(seeds_dir, out, data_dir=tmp_path / "data", notebooks_dir=notebooks, echo=ECHO)
    assert not run.ok
    (outcome,) = run.outcomes
    assert "ValueError" in outcome.error and "broken on purpose" in outcome.error and "cell" in outcome.error
    assert (out / "01_broken.html").read_text() == "previous report"
    executed = nbformat.read(str(out / "01_broken.ipynb"), as_version=4)
    assert any(o.get("ename") == "ValueError" for c in executed.cells for o in c.get("outputs", []))
    assert "failed" in (out / "index.html").read_text()


def test_unknown_parameter_is_refused_with_the_known_names(tmp_path):
    notebooks = failing_notebook(tmp_path / "nbs")
    nb = nbformat.read(str(notebooks / "01_broken.ipynb"), as_version=4)
    nb.cells[0].source += "\nmax_rows = 10"
    nbformat.write(nb, str(notebooks / "01_broken.ipynb"))
    nbs = report_notebooks(notebooks)
    assert plan_parameters(nbs, [("max_rows", "25")]) == {nbs[0]: {"max_rows": 25}}
    with pytest.raises(ParameterError, match="unknown parameter 'colour'.*max_rows"):
        plan_parameters(nbs, [("colour", "red")])
    with pytest.raises(ParameterError, match="not a int"):
        plan_parameters(nbs, [("max_rows", "many")])
    with pytest.raises(ParameterError, match="set by --corpus"):
        plan_parameters(nbs, [("corpus_dir", "x")])


def test_unknown_notebook_name_is_refused():
    with pytest.raises(ParameterError, match="unknown report notebook 99_nope"):
        report_notebooks(only=["99_nope"])


def test_coerce_parameter_bool():
    assert coerce_parameter("x", "True", "bool") is True
    with pytest.raises(ParameterError):
        coerce_parameter("x", "maybe", "bool")
