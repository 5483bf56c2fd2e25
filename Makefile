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

.PHONY: setup reports test lab extract screenshots clean

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
	@# the browser tests open the real reports in Debian's Chromium
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
	  || { echo "make: cannot install chromium (needs root and Debian's apt); install it and rerun" >&2; exit 1; }
	@touch $@

reports: $(SETUP_STAMP)
	$(PY) -m workbench report --corpus $(CORPUS) --out $(REPORTS)

test: $(TEST_STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

extract: $(SETUP_STAMP)
	$(PY) -m workbench extract --corpus $(CORPUS) --out data

lab: $(SETUP_STAMP)
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks --MultiKernelManager.default_kernel_name=workbench

# The README's screenshots, taken by the browser test from the real reports.
screenshots: $(TEST_STAMP)
	WORKBENCH_SCREENSHOTS=1 $(PY) -m pytest -q tests/test_browser.py -k screenshots

clean:
	rm -rf $(VENV) data/*.duckdb data/*.csv data/manifest.json $(REPORTS)/*.html $(REPORTS)/*.ipynb
