"""Engines: where the per-document step (`analysis.analyse_batch`) runs.

- `local`, one process: here, in this process;
- `local`, N processes: a pool of N worker processes on this machine;
- `dask`: the workers of a dask.distributed cluster, a LocalCluster of `workers` processes by
  default, or the running cluster whose scheduler is at `scheduler`.

Each engine takes batches of (doc_id, text) and yields a `BatchOutcome` per batch as it comes.
Only a few batches per worker are in flight, so memory does not grow with the corpus. The caller
caches the analyses and puts them back in the corpus's order, so the tables do not depend on the
engine. A worker that dies (killed, out of memory, a crash in native code) costs only the
document that killed it: the documents it held are retried one at a time.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice

from workbench.analysis import (
    BatchOutcome,
    BatchResult,
    analyse_batch,
    analysis_identity,
)
from workbench.exceptions import ParameterError, WorkbenchError

ENGINES = ("local", "dask")
Item = tuple[str, str]  # (doc_id, text)


class EngineError(WorkbenchError):
    """The engine cannot run: Dask missing, the scheduler unreachable, workers that differ."""


@dataclass(frozen=True)
class Engine:
    """Where and how wide the per-document step runs."""

    name: str = "local"
    processes: int = 1  # local engine
    workers: int | None = None  # dask engine, LocalCluster size (default: one per core)
    scheduler: str | None = None  # dask engine, address of a running scheduler
    batch_size: int = 16  # documents per task

    def __post_init__(self):
        if self.name not in ENGINES:
            raise ParameterError(f"unknown engine {self.name!r}: choose one of {', '.join(ENGINES)}")
        if self.name == "local" and (self.workers is not None or self.scheduler):
            raise ParameterError("--workers and --scheduler belong to --engine dask")
        if self.name == "dask" and self.processes != 1:
            raise ParameterError("--processes belongs to --engine local; the dask engine takes --workers")
        if self.workers is not None and self.scheduler:
            raise ParameterError("give either --workers (a local cluster) or --scheduler (a running one), not both")
        for label, value in (("processes", self.processes), ("workers", self.workers), ("batch size", self.batch_size)):
            if value is not None and value < 1:
                raise ParameterError(f"{label} must be 1 or more, not {value}")

    def describe(self) -> str:
        if self.name == "dask":
            return f"dask ({self.scheduler or f'local cluster of {self.workers or os.cpu_count()} workers'})"
        return f"local ({self.processes} process{'es' if self.processes > 1 else ''})"


def batched(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def failed(items: list[Item], reason: str) -> BatchOutcome:
    return BatchOutcome([BatchResult(doc_id, None, reason) for doc_id, _ in items])


def run(engine: Engine, items: Iterable[Item], model: str | None, parse_cache_dir: str | None) -> Iterator[BatchOutcome]:
    """Analyse every (doc_id, text), yielding outcomes in the order they finish."""
    batches = batched(items, engine.batch_size)
    if engine.name == "dask":
        yield from _run_dask(engine, batches, model, parse_cache_dir)
    elif engine.processes > 1:
        yield from _run_pool(engine.processes, batches, model, parse_cache_dir)
    else:
        for batch in batches:
            yield analyse_batch(batch, model, parse_cache_dir)


# -- a pool of local processes ------------------------------------------------------------------

def _pool_pass(batches: Iterator[list[Item]], processes: int, in_flight: int, model, parse_cache_dir):
    """(outcome, None) per finished batch, or (None, items) for a batch lost with a dead worker.
    Stops taking batches once the pool is broken; the caller starts another for the rest."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pending: dict = {}
    broken = False
    with ProcessPoolExecutor(processes, mp_context=context) as pool:
        def fill():
            for batch in islice(batches, max(0, in_flight - len(pending))):
                pending[pool.submit(analyse_batch, batch, model, parse_cache_dir)] = batch

        fill()
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                batch = pending.pop(future)
                try:
                    yield future.result(), None
                except BrokenProcessPool:
                    broken = True
                    yield None, batch
            if not broken:
                fill()


def _run_pool(processes: int, batches: Iterator[list[Item]], model, parse_cache_dir) -> Iterator[BatchOutcome]:
    suspects: deque[Item] = deque()
    while True:
        lost_any = False
        for outcome, lost in _pool_pass(batches, processes, 2 * processes, model, parse_cache_dir):
            if lost:
                suspects.extend(lost)
                lost_any = True
            else:
                yield outcome
        if not lost_any:  # the batches ran out; otherwise a fresh pool takes the rest
            break
    while suspects:  # one at a time, so that a pool breaks on the culprit alone
        singles = ([suspects.popleft()] for _ in iter(lambda: bool(suspects), False))
        for outcome, lost in _pool_pass(singles, 1, 1, model, parse_cache_dir):
            yield outcome or failed(lost, "a worker process died while parsing this document")


# -- Dask ---------------------------------------------------------------------------------------

def worker_identity(model: str | None) -> str:
    """Run on each Dask worker: what decides its analyses (model, parse and code versions)."""
    return analysis_identity(model)


def _dask_client(engine: Engine):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as err:
        raise EngineError(f"the dask engine needs dask.distributed ({err}); `make setup` installs it") from None
    if engine.scheduler:
        try:
            client = Client(engine.scheduler, timeout="15s")
        except (OSError, TimeoutError) as err:
            raise EngineError(f"cannot reach the Dask scheduler at {engine.scheduler}: {err}") from None
        try:
            client.wait_for_workers(1, timeout=60)
        except TimeoutError:
            client.close()
            raise EngineError(f"the Dask scheduler at {engine.scheduler} has no workers (waited 60 s)") from None
        return client, None
    # (workers' own logs are silenced: a failed task comes back through its future and is
    # recorded in the documents table; at shutdown a worker may still log a heartbeat to the
    # closed scheduler as an ERROR with a traceback, dask/distributed#7105, which would read as
    # a failed run)
    cluster = LocalCluster(n_workers=engine.workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=logging.CRITICAL)
    return Client(cluster), cluster


def _check_workers(client, model: str | None) -> None:
    """Refuse workers whose model or workbench code differ from this machine's: their analyses
    would be cached under this machine's key."""
    expected = analysis_identity(model)
    for address, identity in client.run(worker_identity, model).items():
        if identity != expected:
            ours, theirs = expected.replace("\0", " "), identity.replace("\0", " ")
            raise EngineError(f"Dask worker {address} runs a different model or workbench code ({theirs}) "
                              f"from this machine ({ours}): install the same checkout and requirements there")


def _run_dask(engine: Engine, batches: Iterator[list[Item]], model, parse_cache_dir) -> Iterator[BatchOutcome]:
    from dask.distributed import as_completed

    client, cluster = _dask_client(engine)
    try:
        _check_workers(client, model)
        # workers on other machines cannot see this machine's parse cache
        cache = parse_cache_dir if cluster is not None else None
        in_flight = 2 * max(1, len(client.scheduler_info()["workers"]))
        pending: dict = {}
        finished = as_completed()

        def submit(batch):
            future = client.submit(analyse_batch, batch, model, cache, pure=False)
            pending[future.key] = batch
            finished.add(future)

        for batch in islice(batches, in_flight):
            submit(batch)
        for future in finished:
            batch = pending.pop(future.key)
            try:
                yield future.result()
            except WorkbenchError:
                raise
            except Exception as err:  # noqa: BLE001 - a worker died or the task was lost
                if len(batch) > 1:  # retry one at a time, so that only the culprit is lost
                    for item in batch:
                        submit([item])
                else:
                    yield failed(batch, f"the Dask task failed: {type(err).__name__}: {err}")
            future.release()
            for batch in islice(batches, 1):
                submit(batch)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
