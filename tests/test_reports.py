"""Real papermill runs of the report notebooks, in the project's kernel."""

import re

import nbformat
import pytest

from workbench.exceptions import ParameterError
from workbench.reports import coerce_parameter, plan_parameters, report_notebooks, run_reports

ECHO = lambda *a, **k: None  # noqa: E731


@pytest.fixture
def seed_reports(seed_report_run):
    return seed_report_run


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


def test_a_bad_date_or_an_unknown_person_is_one_clear_message(tmp_path, seeds_dir, capsys):
    from workbench.cli import main

    for args, message in ((["-p", "date_from", "March 2019"], "is not a date"),
                          (["-p", "focus_person", "Nobody Atall"], "unknown person 'Nobody Atall'")):
        code = main(["report", "--corpus", str(seeds_dir), "--out", str(tmp_path / "r"), "--data", str(tmp_path / "d"),
                     "--notebook", "04_meetings", *args])
        err = capsys.readouterr().err
        assert code == 2 and message in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1
        assert not (tmp_path / "r" / "04_meetings.html").exists()


def test_focus_person_accepts_an_alias(seed_report_run):
    from workbench.filters import check_person
    from workbench.store import read_tables

    _, out = seed_report_run
    people = read_tables(out / "data", ["people"])["people"]
    assert check_person(people, "Pompeo") == "Mike Pompeo"
    assert check_person(people, "kim jong un") == "Kim Jong-un"


def test_the_explorer_notebook_runs_in_the_project_kernel(seed_report_run, tmp_path):
    import papermill

    from workbench import settings
    from workbench.reports import _use_project_kernel

    _, out = seed_report_run
    _use_project_kernel()
    executed = tmp_path / "05_explorer.ipynb"
    parameters = {"corpus_dir": str(settings.PROJECT_ROOT / "seeds"), "out_dir": str(out / "data")}
    papermill.execute_notebook(str(settings.NOTEBOOKS_DIR / "05_explorer.ipynb"), str(executed), parameters=parameters,
                               kernel_name=settings.KERNEL_NAME, cwd=str(settings.NOTEBOOKS_DIR), progress_bar=False,
                               execution_timeout=settings.CELL_TIMEOUT)
    outputs = [o for c in nbformat.read(str(executed), as_version=4).cells for o in c.get("outputs", [])]
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs)


def test_the_explorer_is_not_a_report():
    assert "05_explorer" not in [p.stem for p in report_notebooks()]
