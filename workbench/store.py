"""The store: the tables as one DuckDB file and one CSV each, written atomically.

A run writes every file into a staging folder inside OUT, then moves each into place with an
atomic rename, the manifest last; a run that fails or is killed before that leaves the previous
store as it was. A lock file keeps two runs from writing the same OUT at once: the second is
refused with a clear message.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import tempfile
from pathlib import Path

import duckdb
import pandas as pd

from workbench.exceptions import StoreBusyError, StoreError
from workbench.schema import TABLES, columns

DB_FILE = "workbench.duckdb"
MANIFEST_FILE = "manifest.json"
LOCK_FILE = ".workbench.lock"


@contextlib.contextmanager
def store_lock(out_dir: Path):
    """Hold OUT's lock for the duration; refuse at once if another run holds it."""
    if out_dir.exists() and not out_dir.is_dir():
        raise StoreError(f"{out_dir} is a file, not a folder: choose another --out")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot create {out_dir}: {err.strerror or err}") from None
    fd = os.open(out_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreBusyError(f"{out_dir} is being written by another workbench run; try again when it ends") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        os.close(fd)


def table_frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """A DataFrame with exactly the contract's columns for `table`, in order."""
    frame = pd.DataFrame(rows, columns=columns(table))
    for name, sql_type in TABLES[table]:
        if sql_type == "INTEGER":
            frame[name] = frame[name].fillna(0).astype("int64")
        elif sql_type == "DOUBLE":
            frame[name] = frame[name].astype("float64")
        else:
            frame[name] = frame[name].astype(object).fillna("").astype(str)
    return frame


def write_store(out_dir: str | os.PathLike, tables: dict[str, pd.DataFrame], manifest: dict) -> None:
    """Write every table to OUT/workbench.duckdb and OUT/<table>.csv, then the manifest."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise StoreError(f"{out} is a file, not a folder: choose another --out")
    for stale in out.glob(".staging-*"):  # left by a run that was killed; the caller holds the lock
        shutil.rmtree(stale, ignore_errors=True)
    try:
        out.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    except OSError as err:
        raise StoreError(f"cannot write to {out}: {err.strerror or err}") from err
    try:
        _write_duckdb(staging / DB_FILE, tables)
        for name, frame in tables.items():
            frame.to_csv(staging / f"{name}.csv", index=False, encoding="utf-8")
        (staging / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
        for name in [DB_FILE, *(f"{t}.csv" for t in tables), MANIFEST_FILE]:
            os.replace(staging / name, out / name)
    except OSError as err:
        raise StoreError(f"cannot write the store in {out}: {err.strerror or err}") from err
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _write_duckdb(path: Path, tables: dict[str, pd.DataFrame]) -> None:
    con = duckdb.connect(str(path))
    try:
        for name, frame in tables.items():
            spec = TABLES.get(name)
            if spec is None:
                raise StoreError(f"table {name!r} is not in the schema")
            con.execute(f"CREATE TABLE {name} ({', '.join(f'{c} {t}' for c, t in spec)})")
            con.register("frame_view", frame[[c for c, _ in spec]])
            con.execute(f"INSERT INTO {name} SELECT * FROM frame_view")
            con.unregister("frame_view")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def read_manifest(out_dir: str | os.PathLike) -> dict | None:
    path = Path(out_dir) / MANIFEST_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_tables(out_dir: str | os.PathLike, names: list[str] | None = None) -> dict[str, pd.DataFrame]:
    """Tables from OUT/workbench.duckdb, read-only."""
    path = Path(out_dir) / DB_FILE
    if not path.exists():
        raise StoreError(f"no store at {path}: run `python -m workbench extract` first")
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as err:
        raise StoreError(f"cannot open {path}: {err}") from err
    try:
        present = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        return {n: con.execute(f"SELECT * FROM {n}").df() for n in (names or sorted(present)) if n in present}
    finally:
        con.close()
