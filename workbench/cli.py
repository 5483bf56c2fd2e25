"""Command line: `python -m workbench extract|report ...` (see ../DESIGN.md, Commands)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench import __version__, settings
from workbench.exceptions import WorkbenchError


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} must be 1 or more")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m workbench", description=(
        "Analyst workbench for news about diplomacy: who appears, where, and who met whom."))
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="read a corpus folder and write the tables (DuckDB + CSV)")
    ex.add_argument("--corpus", required=True, type=Path, metavar="DIR", help="folder of articles")
    ex.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for workbench.duckdb and the CSVs")
    ex.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="where parsing and per-article analysis run (default: %(default)s)")
    ex.add_argument("--processes", type=positive_int, default=1, metavar="N",
                    help="local engine: parse with N processes (default: %(default)s)")
    ex.add_argument("--workers", type=positive_int, default=None, metavar="N",
                    help="dask engine: a local cluster of N worker processes (default: one per core)")
    ex.add_argument("--scheduler", default=None, metavar="ADDRESS",
                    help="dask engine: use the running cluster whose scheduler is at ADDRESS, e.g. tcp://10.0.0.5:8786")
    ex.add_argument("--model", default=None, metavar="NAME",
                    help=f"spaCy model package (default: {settings.SPACY_MODEL}, or $WORKBENCH_SPACY_MODEL)")

    rp = sub.add_parser("report", help="extract, then run the report notebooks into HTML")
    rp.add_argument("--corpus", required=True, type=Path, metavar="DIR", help="folder of articles")
    rp.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the reports (HTML and executed notebooks)")
    rp.add_argument("--data", type=Path, metavar="DIR", default=settings.DEFAULT_DATA_DIR,
                    help="folder for the extracted store (default: %(default)s)")
    rp.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                    help="a notebook parameter, passed to every report notebook that declares it")
    rp.add_argument("--notebook", action="append", default=[], metavar="NAME",
                    help="run only this report notebook (repeatable), e.g. 01_corpus")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            return run_extract(args)
        return run_report(args)
    except WorkbenchError as err:
        print(f"workbench: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130


def run_extract(args) -> int:
    from workbench.engines import Engine
    from workbench.pipeline import extract

    engine = Engine(args.engine, processes=args.processes, workers=args.workers, scheduler=args.scheduler)
    result = extract(args.corpus, args.out, model=args.model, engine=engine)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for doc in result.documents:
        if doc.status != "ok":
            print(f"{doc.status}: {doc.path}: {doc.problem}", file=sys.stderr)
    print(f"extract: {result.summary()} -> {args.out}")
    return 0


def run_report(args) -> int:
    from workbench.reports import run_reports

    outcome = run_reports(args.corpus, args.out, data_dir=args.data,
                          parameters=args.parameter, only=args.notebook)
    return 0 if outcome.ok else 1
