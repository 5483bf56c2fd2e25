"""Reports: run the report notebooks with papermill and export them as HTML without code.

`run_reports` extracts the corpus into the data folder once, then executes each report notebook
(`notebooks/NN_name.ipynb`, the explorer excepted) in the project's own kernel into
OUT/NAME.ipynb, exports OUT/NAME.html, and writes OUT/index.html linking them with the
parameters used and the time of the run. A notebook that fails keeps its executed copy (with
the error) in OUT/NAME.ipynb, leaves the previous OUT/NAME.html as it was, and makes the run
fail; the other notebooks still run.
"""

from __future__ import annotations

import ast
import html
import os
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from workbench import settings
from workbench.exceptions import ParameterError, ReportError

REPORT_NAME = re.compile(r"^\d\d_[\w-]+\.ipynb$")
RESERVED_PARAMETERS = ("corpus_dir", "out_dir")
OFFLINE_TEMPLATE = Path(__file__).parent / "templates" / "offline.html.j2"


@dataclass
class NotebookOutcome:
    name: str
    ok: bool
    seconds: float
    html: Path | None = None
    error: str = ""


@dataclass
class ReportRun:
    outcomes: list[NotebookOutcome] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(o.ok for o in self.outcomes)


def report_notebooks(notebooks_dir: Path = settings.NOTEBOOKS_DIR, only: list[str] | None = None) -> list[Path]:
    """The report notebooks in run order; the explorer is for JupyterLab, not for reports."""
    found = sorted(p for p in notebooks_dir.glob("*.ipynb") if REPORT_NAME.match(p.name) and "explorer" not in p.name)
    if only:
        names = {p.stem: p for p in found}
        unknown = [n for n in only if n.removesuffix(".ipynb") not in names]
        if unknown:
            raise ParameterError(f"unknown report notebook {', '.join(unknown)}; choose from {', '.join(names)}")
        found = [names[n.removesuffix(".ipynb")] for n in only]
    return found


def declared_parameters(notebook: Path) -> dict[str, str]:
    """The notebook's papermill parameters and their types: the annotation's, else the default's."""
    import papermill

    declared = {}
    for name, info in papermill.inspect_notebook(str(notebook)).items():
        type_name = info.get("inferred_type_name", "None")
        if type_name == "None":
            try:
                type_name = type(ast.literal_eval(info.get("default", "None"))).__name__
            except (ValueError, SyntaxError):
                type_name = "None"
        declared[name] = type_name
    return declared


def coerce_parameter(name: str, value: str, type_name: str):
    """Turn a command-line string into the type the notebook's default has."""
    try:
        if type_name == "int":
            return int(value)
        if type_name == "float":
            return float(value)
    except ValueError:
        raise ParameterError(f"parameter {name}: {value!r} is not a {type_name}") from None
    if type_name == "bool":
        if value.lower() in ("true", "1", "yes"):
            return True
        if value.lower() in ("false", "0", "no"):
            return False
        raise ParameterError(f"parameter {name}: {value!r} is not true or false")
    return value


def plan_parameters(notebooks: list[Path], pairs: list[tuple[str, str]]) -> dict[Path, dict]:
    """Each notebook's parameters from the command line; unknown names are an error."""
    declared = {nb: declared_parameters(nb) for nb in notebooks}
    known = sorted({n for d in declared.values() for n in d} - set(RESERVED_PARAMETERS))
    plan: dict[Path, dict] = {nb: {} for nb in notebooks}
    for name, value in pairs:
        if name in RESERVED_PARAMETERS:
            raise ParameterError(f"parameter {name} is set by --corpus/--data, not by -p")
        if name not in known:
            raise ParameterError(f"unknown parameter {name!r}; the report notebooks take: {', '.join(known) or 'none'}")
        for nb, params in declared.items():
            if name in params:
                plan[nb][name] = coerce_parameter(name, value, params[name])
    return plan


def check_values(plan: dict[Path, dict], tables: dict) -> None:
    """Parameters whose values the tables can judge (a person's name, a date) are checked before
    any notebook runs, so a typo is one clear message rather than a traceback in a report."""
    from workbench.filters import check_date, check_kind, check_person

    checks = {
        "focus_person": lambda v: check_person(tables["people"], v),
        "date_from": lambda v: check_date("date_from", v),
        "date_to": lambda v: check_date("date_to", v),
        "kind": check_kind,
    }
    for params in plan.values():
        for name, value in params.items():
            if name in checks and isinstance(value, str):
                checks[name](value)


def _use_project_kernel() -> None:
    """Make the kernel registered inside this Python's prefix win over any user-installed one."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    env_path = str(Path(sys.prefix) / "share" / "jupyter")
    paths = os.environ.get("JUPYTER_PATH", "")
    if env_path not in paths.split(os.pathsep):
        os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [env_path, paths]))
    try:
        KernelSpecManager().get_kernel_spec(settings.KERNEL_NAME)
    except NoSuchKernel:
        raise ReportError("setup", f"no Jupyter kernel named {settings.KERNEL_NAME!r} in {env_path}; "
                          "run `make reports` (or `make setup`), which registers it") from None


def run_notebook(notebook: Path, out_dir: Path, parameters: dict) -> NotebookOutcome:
    """Execute one notebook into OUT/NAME.ipynb and export OUT/NAME.html on success."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    started = time.monotonic()
    executed = out_dir / notebook.name
    try:
        papermill.execute_notebook(
            str(notebook), str(executed), parameters=parameters, kernel_name=settings.KERNEL_NAME,
            cwd=str(notebook.parent), progress_bar=False, log_output=False,
            # a known papermill/nbclient race can leave a run waiting forever for a reply the
            # kernel never sends (nteract/papermill#711): a cell that takes this long fails instead
            execution_timeout=settings.CELL_TIMEOUT,
        )
    except PapermillExecutionError as err:
        error = ReportError(notebook.stem, f"{err.ename}: {err.evalue}", err.cell_index, err.ename)
        return NotebookOutcome(notebook.stem, False, time.monotonic() - started, error=str(error))
    target = out_dir / f"{notebook.stem}.html"
    export_html(executed, target)
    return NotebookOutcome(notebook.stem, True, time.monotonic() - started, html=target)


def export_html(executed: Path, target: Path) -> None:
    """HTML without code cells, written atomically so a reader never sees half a file."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", template_file=str(OFFLINE_TEMPLATE), exclude_input=True,
                            exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nbformat.read(str(executed), as_version=4))
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(body, encoding="utf-8")
    os.replace(tmp, target)


def run_reports(corpus_dir, out_dir, data_dir=settings.DEFAULT_DATA_DIR, parameters=(), only=None,
                notebooks_dir: Path = settings.NOTEBOOKS_DIR, echo=print) -> ReportRun:
    """Extract the corpus, run every report notebook, write the index; see the module docstring."""
    from workbench.pipeline import extract

    corpus_dir, out_dir, data_dir = Path(corpus_dir).resolve(), Path(out_dir).resolve(), Path(data_dir).resolve()
    if out_dir.exists() and not out_dir.is_dir():
        raise ParameterError(f"--out {out_dir} is a file, not a folder")
    notebooks = report_notebooks(notebooks_dir, only)
    if not notebooks:
        raise ParameterError(f"no report notebooks in {notebooks_dir}")
    plan = plan_parameters(notebooks, list(parameters))
    _use_project_kernel()
    started = datetime.now(timezone.utc)
    result = extract(corpus_dir, data_dir)
    echo(f"extract: {result.summary()} -> {data_dir}")
    check_values(plan, result.tables)
    out_dir.mkdir(parents=True, exist_ok=True)
    run = ReportRun()
    for i, notebook in enumerate(notebooks, 1):
        echo(f"report [{i}/{len(notebooks)}] {notebook.stem} ...", flush=True)
        params = {"corpus_dir": str(corpus_dir), "out_dir": str(data_dir), **plan[notebook]}
        outcome = run_notebook(notebook, out_dir, params)
        run.outcomes.append(outcome)
        if outcome.ok:
            echo(f"report [{i}/{len(notebooks)}] {notebook.stem} ok in {outcome.seconds:.1f}s -> {outcome.html}")
        else:
            echo(f"report [{i}/{len(notebooks)}] {notebook.stem} FAILED: {outcome.error}; "
                 f"the failed run is in {out_dir / notebook.name}", file=sys.stderr)
    write_index(out_dir, run, corpus_dir, data_dir, dict(parameters), started)
    echo(f"index: {out_dir / 'index.html'}")
    return run


def write_index(out_dir: Path, run: ReportRun, corpus_dir: Path, data_dir: Path, parameters: dict,
                started: datetime) -> Path:
    """OUT/index.html: a link per report, the parameters and the time of the run."""
    esc = html.escape
    rows = []
    for o in run.outcomes:
        link = f'<a href="{esc(o.name)}.html">{esc(o.name)}</a>' if o.ok else esc(o.name)
        status = "ok" if o.ok else f"failed: {esc(o.error)}"
        rows.append(f"<tr><td>{link}</td><td>{status}</td><td>{o.seconds:.1f} s</td></tr>")
    params = "".join(f"<tr><th>{esc(k)}</th><td>{esc(str(v))}</td></tr>" for k, v in
                     {"corpus": corpus_dir, "data": data_dir, **parameters}.items())
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Workbench reports</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:60em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:.3em .6em;text-align:left}}</style></head>
<body><h1>Workbench reports</h1>
<p>Run started {esc(started.isoformat(timespec="seconds"))}.</p>
<h2>Reports</h2><table><tr><th>report</th><th>status</th><th>time</th></tr>{''.join(rows)}</table>
<h2>Parameters</h2><table>{params}</table>
</body></html>
"""
    target = out_dir / "index.html"
    tmp = target.with_name(".index.html.tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, target)
    return target
