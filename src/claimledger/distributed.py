"""Analyse and store many documents on a Dask cluster (distributed), one shared ledger database.

    with cluster_client("local:2") as client:                     # a LocalCluster of 2 processes
        for outcome in ingest_documents(client, docs, "postgresql+psycopg://…"):
            print(outcome.status, outcome.document_id, outcome.label)

`--cluster local:N` starts a LocalCluster of N single-threaded worker processes (spaCy is CPU
bound and not thread-parallel, so one process per core); `--cluster tcp://host:8786` joins a
running `dask scheduler` whose `dask worker`s have claimledger installed (docs/cluster.md).

Why this is safe to kill: each task analyses a batch of documents and stores each one in its
own transaction, upserting by text hash (store/__init__.py). If a worker dies mid-batch, Dask
re-runs the task elsewhere; documents the dead worker committed are found by their hash
("duplicate"), the one it was writing was rolled back by the database and is written again.
So every document ends stored exactly once, and none half-written.

The driver reads the inputs (so workers need no shared file system, only the database) and
keeps a bounded number of batches in flight, so a huge input list never sits in memory at once.
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from .contract import Document
from .errors import ClaimledgerError, InputError

_LOCAL = re.compile(r"^local(?::(\d+))?$")
# Numeric libraries must not start their own thread pools inside one-core worker processes.
_WORKER_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@dataclass(frozen=True)
class Outcome:
    label: str                 # the input as the user named it (path, URL)
    status: str                # stored | duplicate | skipped
    document_id: Optional[str] = None
    message: Optional[str] = None
    worker: Optional[str] = None


def parse_cluster(spec: str) -> tuple[str, object]:
    """("local", n_workers) or ("remote", scheduler address); InputError otherwise."""
    spec = spec.strip()
    match = _LOCAL.match(spec)
    if match:
        n = int(match.group(1)) if match.group(1) else (os.cpu_count() or 1)
        if n < 1:
            raise InputError("--cluster local:N needs N >= 1")
        return "local", n
    if re.match(r"^(tcp|tls|inproc|ucx)://[^\s/]+$", spec):
        return "remote", spec
    raise InputError(f"--cluster must be local:N or tcp://host:port (a dask scheduler), not {spec!r}")


@contextlib.contextmanager
def cluster_client(spec: str, timeout: float = 10.0):
    """A connected distributed.Client; a LocalCluster is started and stopped with it."""
    from .optional import require

    distributed = require("distributed", "ingest --cluster")
    Client, LocalCluster = distributed.Client, distributed.LocalCluster

    kind, target = parse_cluster(spec)
    if kind == "local":
        with LocalCluster(n_workers=target, threads_per_worker=1, processes=True, dashboard_address=":0",
                          silence_logs=logging.ERROR, env=dict(_WORKER_ENV)) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(target, timeout=timeout)
    except (OSError, TimeoutError) as exc:
        raise ClaimledgerError(f"cannot reach the dask scheduler at {target}: {str(exc).splitlines()[0]}") from None
    with client:
        yield client


def warm_up(client, pipeline: Optional[str] = None) -> None:
    """Load the spaCy pipeline and every extractor's data (gazetteer, matchers: ~2 s) on every
    worker now, in parallel, before tasks queue behind it."""
    client.run(warm_process, pipeline)


def ingest_documents(client, documents: Iterable[tuple[str, Document]], db_url: str, batch_size: int = 4,
                     in_flight: Optional[int] = None) -> Iterator[Outcome]:
    """Outcomes of analysing and storing every document, in completion order.

    `documents` yields (label, Document); at most `in_flight` batches (default 2 per worker) are
    queued on the cluster at once."""
    from distributed import as_completed

    from .store import Ledger

    Ledger(db_url).close()  # migrate once here, not in every worker at the same moment
    client.run(_open_ledger_here, db_url)  # then connect every worker at once, not in its first task
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    limit = in_flight or 2 * workers
    batches = _batches(documents, max(1, batch_size))
    pending = as_completed()
    for batch in _take(batches, limit):
        pending.add(_submit(client, batch, db_url))
    for future in pending:
        try:
            outcomes = future.result()
        except ClaimledgerError:
            _cancel(client, pending)
            raise
        yield from outcomes
        for batch in _take(batches, 1):
            pending.add(_submit(client, batch, db_url))


def _submit(client, batch: list[tuple[str, Document]], db_url: str):
    # pure=False: two batches with equal content are still two tasks (no result sharing).
    return client.submit(analyse_and_store, batch, db_url, pure=False, retries=2)


def _cancel(client, pending) -> None:
    futures = list(pending.futures)
    if futures:
        client.cancel(futures)


def _batches(documents: Iterable[tuple[str, Document]], size: int) -> Iterator[list[tuple[str, Document]]]:
    batch: list[tuple[str, Document]] = []
    for item in documents:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _take(iterator: Iterator, n: int) -> list:
    taken = []
    for item in iterator:
        taken.append(item)
        if len(taken) >= n:
            break
    return taken


class ClusterExecutor:
    """The executor interface archive/bulk.py drives (`submit(fn, *args)` -> a concurrent.futures
    Future; `shutdown`), on a Dask cluster: `claimledger ingest --cluster SPEC`.

    Reading inputs (bulk's prepare stage: files, feeds, HTML extraction, fingerprints) stays in
    this process, so workers need no shared file system; the analysis runs on the cluster and the
    worker stores the result itself (idempotent upsert), so the driver only receives a small
    StoreResult and near-duplicate bookkeeping stays in one place (bulk's `_Run`)."""

    def __init__(self, spec: str, db_url: str):
        self.db_url = db_url
        self._stack = contextlib.ExitStack()
        self.client = self._stack.enter_context(cluster_client(spec))
        try:
            warm_up(self.client)
            self.client.run(_open_ledger_here, db_url)  # the driver's Ledger has migrated it
        except Exception:
            self._stack.close()
            raise

    @property
    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def submit(self, fn, *args):
        from .archive import bulk

        if fn is bulk._analyse_job:
            future = self.client.submit(analyse_and_store_one, *args, self.db_url, pure=False)
            return _as_concurrent(future, _stored_in_this_run)
        return bulk.run_now(fn, *args)  # anything else (reading inputs) runs here, at once

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        self._stack.close()


def _stored_in_this_run(outcome):
    """bulk.py sends a document to analysis only after finding its text absent from the ledger,
    so a worker that finds it present is running a retried task whose first worker died after
    committing: the document was stored once, by this run."""
    from .store import StoreResult

    result, seconds = outcome
    if isinstance(result, StoreResult) and not result.created:
        return StoreResult(result.document_id, created=True), seconds
    return outcome


def _as_concurrent(dask_future, transform=lambda result: result):
    """A concurrent.futures.Future that follows a Dask future (bulk.py waits on those)."""
    from concurrent.futures import Future

    mirror: Future = Future()

    def settle(done) -> None:
        try:
            mirror.set_result(transform(done.result()))
        except BaseException as exc:  # noqa: BLE001 - a KilledWorker after Dask's retries, a StoreError
            mirror.set_exception(exc)

    dask_future.add_done_callback(settle)
    return mirror


# -- on the worker -----------------------------------------------------------------------------
def analyse_and_store_one(document: Document, name: str, db_url: str):
    """bulk.py's analyse stage on a worker, storing there: (StoreResult or Skip, seconds)."""
    import time

    from .archive.bulk import _analyse_job

    started = time.perf_counter()
    analysis, _seconds = _analyse_job(document, name)
    if not hasattr(analysis, "document"):  # a Skip: the document could not be analysed
        return analysis, time.perf_counter() - started
    return _ledger_here(db_url).store(analysis), time.perf_counter() - started


def analyse_and_store(batch: list[tuple[str, Document]], db_url: str) -> list[Outcome]:
    """One task: analyse each document and store it in its own transaction (idempotent)."""
    from .pipeline import analyze_document
    from .settings import get_settings

    settings = get_settings()
    _load_pipeline_here(settings.pipeline)
    ledger = _ledger_here(db_url)
    worker = _worker_name()
    outcomes = []
    for label, document in batch:
        try:
            result = ledger.store(analyze_document(document, settings))
        except ClaimledgerError as exc:
            if exc.exit_code == 3:  # the database failed: the whole run must stop, not skip
                raise
            outcomes.append(Outcome(label, "skipped", document.id, str(exc), worker))
            continue
        outcomes.append(Outcome(label, "stored" if result.created else "duplicate", result.document_id, None, worker))
    return outcomes


def warm_process(name: Optional[str] = None) -> str:
    """Load what an analysis needs in this process (pipeline, gazetteer, matchers) by running a
    tiny one; returns the worker's name."""
    from .pipeline import analyze
    from .settings import get_settings

    worker = _load_pipeline_here(name)
    if name in (None, get_settings().pipeline):
        analyze("Officials said on Monday that talks in Geneva would probably resume.")
    return worker


def _load_pipeline_here(name: Optional[str] = None) -> str:
    from .parse import load_pipeline
    from .settings import get_settings

    load_pipeline(name or get_settings().pipeline)  # lru_cache: once per worker process
    return _worker_name()


def _open_ledger_here(db_url: str) -> None:
    _ledger_here(db_url)


@lru_cache(maxsize=4)
def _ledger_here(db_url: str):
    """One Ledger (one connection pool) per worker process and database."""
    from .store import Ledger

    return Ledger(db_url)


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return str(get_worker().name)
    except (ImportError, ValueError):
        return f"pid{os.getpid()}"
