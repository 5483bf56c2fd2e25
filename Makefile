# Two commands for a fresh clone: `make reports` and `make test` (see README.md).
# The set-up creates .venv from requirements.txt, registers the project's Jupyter kernel inside it
# and makes `workbench` importable from it; it reruns whenever a requirements file changes.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SETUP_STAMP := $(VENV)/.setup-done
TEST_STAMP := $(VENV)/.test-setup-done
CORPUS ?= seeds
REPORTS ?= reports
PYTEST_ARGS ?=

.PHONY: setup reports test lab extract clean

setup: $(SETUP_STAMP)

$(SETUP_STAMP): requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m ipykernel install --sys-prefix --name workbench --display-name "Workbench (.venv)" >/dev/null
	$(PY) -c "import pathlib, sysconfig; pathlib.Path(sysconfig.get_paths()['purelib'], 'workbench-project.pth').write_text(str(pathlib.Path.cwd()) + '\n')"
	@touch $@

$(TEST_STAMP): $(SETUP_STAMP) tests/requirements.txt
	$(PY) -m pip install --quiet -r tests/requirements.txt
	@touch $@

reports: $(SETUP_STAMP)
	$(PY) -m workbench report --corpus $(CORPUS) --out $(REPORTS)

test: $(TEST_STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

extract: $(SETUP_STAMP)
	$(PY) -m workbench extract --corpus $(CORPUS) --out data

lab: $(SETUP_STAMP)
	$(VENV)/bin/jupyter lab notebooks/

clean:
	rm -rf $(VENV) data/*.duckdb data/*.csv data/manifest.json $(REPORTS)/*.html $(REPORTS)/*.ipynb
