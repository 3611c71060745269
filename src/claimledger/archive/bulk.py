"""Bulk ingest: many inputs, N worker processes, one writer.

    summary = ingest(["articles/", "feed.xml", "dump.jsonl"], ledger, workers=4)

Two stages run in the workers: `prepare` (read, fetch, extract HTML, fingerprint) and `analyse`
(the spaCy pipeline). Between them the main process decides, in input order of completion,
whether a document is new, an exact copy of one in the ledger (same sha256: counted, nothing
written), or a near-duplicate (MinHash/LSH, fingerprint.py: stored once as a row naming its
original in `duplicate_of`, never analysed). Only the main process writes, each document in its
own transaction, so a killed run leaves whole documents only and the same command run again
skips what is already stored and goes on.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import defaultdict
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Optional

from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from ..contract import Analysis, Document
from ..errors import ClaimledgerError, StoreError
from ..settings import Settings, get_settings
from ..store import StoreResult
from . import fingerprint
from .inputs import Expanded, Item, Prepared, Skip, expand, prepare


@dataclass
class Summary:
    stored: list[str] = field(default_factory=list)
    near_duplicates: list[tuple[str, str, float]] = field(default_factory=list)  # (doc id, original, similarity)
    already: list[str] = field(default_factory=list)          # exact copies of stored documents
    skipped: list[Skip] = field(default_factory=list)
    seconds: float = 0.0
    analyse_seconds: float = 0.0   # summed over workers: time inside the analysis pipeline

    @property
    def handled(self) -> int:
        return len(self.stored) + len(self.near_duplicates) + len(self.already) + len(self.skipped)

    def line(self) -> str:
        return (f"{len(self.stored)} stored, {len(self.near_duplicates) + len(self.already)} duplicates "
                f"({len(self.already)} exact, {len(self.near_duplicates)} near), {len(self.skipped)} skipped")


class Reporter:
    """What the caller sees as the run goes: the CLI draws a progress bar from these."""

    def add_total(self, count: int) -> None: ...

    def done(self, status: str, name: str, detail: str = "") -> None: ...


# -- worker side ---------------------------------------------------------------------------
_worker_settings: Optional[Settings] = None


def _init_worker(settings: Settings) -> None:
    global _worker_settings
    _worker_settings = settings
    from ..parse import load_pipeline

    if multiprocessing.parent_process() is not None:  # a pool's worker, not the inline executor
        _exit_with_parent(os.getppid())

    load_pipeline(settings.pipeline)  # once per process, before the first document arrives


def _exit_with_parent(parent: int, every: float = 0.5) -> None:
    """End this worker when the process that started it is gone (SIGKILL, the OOM killer): each
    worker holds both ends of its own task pipe, so it would never see the pipe close and would
    wait for work forever. A daemon thread notices the parent change (we are re-parented)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _prepare_job(item: Item, block_private: Optional[bool], published: Optional[str]):
    settings = _worker_settings or get_settings()
    outcome = prepare(item, settings, block_private)
    if isinstance(outcome, Prepared):
        if published:
            outcome.document = outcome.document.model_copy(update={"published": published})
        outcome.signature = fingerprint.signature(outcome.document.text)
    return outcome


def _analyse_job(document: Document, name: str):
    from ..pipeline import analyze_document

    started = time.perf_counter()
    try:
        analysis = analyze_document(document, _worker_settings or get_settings())
    except ClaimledgerError as exc:
        return Skip(name, str(exc)), time.perf_counter() - started
    except Exception as exc:  # one bad document must never end the run
        return Skip(name, f"analysis failed: {type(exc).__name__}: {exc}".splitlines()[0]), time.perf_counter() - started
    return analysis, time.perf_counter() - started


def run_now(fn, *args) -> Future:
    """Call fn here and now, handing back its result or exception in a Future, as a pool would."""
    future: Future = Future()
    try:
        future.set_result(fn(*args))
    except BaseException as exc:  # noqa: BLE001 - handed back like a pool would
        future.set_exception(exc)
    return future


class _Inline:
    """The executor interface, run in this process (workers=1: no pickling, easy to debug)."""

    def __init__(self, settings: Settings):
        _init_worker(settings)

    def submit(self, fn, *args) -> Future:
        return run_now(fn, *args)

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


class _Workers:
    """The worker processes; a pool whose worker died (killed, out of memory) is replaced, so
    the documents in flight are reported and the run goes on with the rest."""

    def __init__(self, workers: int, settings: Settings):
        self.workers, self.settings = workers, settings
        self._executor = self._new()

    def _new(self):
        if self.workers <= 1:
            return _Inline(self.settings)
        return ProcessPoolExecutor(self.workers, initializer=_init_worker, initargs=(self.settings,))

    def submit(self, fn, *args) -> Future:
        try:
            return self._executor.submit(fn, *args)
        except BrokenProcessPool:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._new()
            return self._executor.submit(fn, *args)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def _failure(exc: Exception) -> str:
    if isinstance(exc, BrokenProcessPool):
        return "a worker process died (killed or out of memory) while this was in it; run again to retry"
    return f"failed: {type(exc).__name__}: {exc}".splitlines()[0]


# -- main side -----------------------------------------------------------------------------
class _Run:
    def __init__(self, ledger, summary: Summary, reporter: Reporter, index: fingerprint.NearDuplicateIndex):
        self.ledger, self.summary, self.reporter, self.index = ledger, summary, reporter, index
        self.pending: dict[str, Prepared] = {}                    # doc id -> being analysed
        self.pending_sha: set[str] = set()
        self.waiting: dict[str, list[Prepared]] = defaultdict(list)  # original id -> its copies

    def skip(self, skip: Skip) -> None:
        self.summary.skipped.append(skip)
        self.reporter.done("skipped", skip.name, skip.reason)

    def decide(self, prepared: Prepared) -> bool:
        """True when the document is new and must be analysed; copies are recorded here."""
        document = prepared.document
        if document.sha256 in self.pending_sha or self.ledger.find_sha256(document.sha256):
            self.summary.already.append(document.id)
            self.reporter.done("duplicate", prepared.item.name, f"{document.id} already in the ledger")
            return False
        match = self.index.find(prepared.signature)
        if match:
            original, _score = match
            if original in self.pending:
                self.waiting[original].append(prepared)
            else:
                self.store_copy(prepared, original, _score)
            return False
        self.index.add(document.id, prepared.signature)   # later copies in this run find it
        self.pending[document.id] = prepared
        self.pending_sha.add(document.sha256)
        return True

    def store_copy(self, prepared: Prepared, original: str, score: float) -> None:
        document = prepared.document
        row = {"id": document.id, "sha256": document.sha256, "title": document.title, "url": document.url,
               "author": document.author, "published": document.published, "language": document.language,
               "word_count": document.word_count, "schema": Analysis(document=document).schema_,
               "analysis": Analysis(document=document).to_json(indent=None), "duplicate_of": original}
        from ..store import schema

        def insert_copy() -> bool:
            try:
                with self.ledger.engine.begin() as conn:
                    conn.execute(insert(schema.documents), [row])
            except IntegrityError:
                return False
            return True

        if not self.ledger.retried(insert_copy):  # a locked database is retried, then one StoreError line
            self.summary.already.append(document.id)
            self.reporter.done("duplicate", prepared.item.name, f"{document.id} already in the ledger")
            return
        self.summary.near_duplicates.append((document.id, original, score))
        self.reporter.done("near-duplicate", prepared.item.name, f"{document.id} copy of {original} ({score:.2f})")

    def stored(self, document_id: str, analysis_or_skip) -> list[Prepared]:
        """Store an analysis (or note its failure); returns copies that must be decided again."""
        prepared = self.pending.pop(document_id)
        self.pending_sha.discard(prepared.document.sha256)
        copies = self.waiting.pop(document_id, [])
        if isinstance(analysis_or_skip, Skip):
            self.index.remove(document_id)
            self.skip(analysis_or_skip)
            return copies   # the original failed: its copies are judged again on their own
        stored_there = isinstance(analysis_or_skip, StoreResult)  # a cluster worker stored it (distributed.py)
        result = analysis_or_skip if stored_there else self.ledger.store(analysis_or_skip)
        self.ledger.retried(lambda: fingerprint.save_signature(self.ledger.engine, result.document_id, prepared.signature))
        if result.created:
            self.summary.stored.append(result.document_id)
            self.reporter.done("stored", prepared.item.name, result.document_id)
        else:
            self.summary.already.append(result.document_id)
            self.reporter.done("duplicate", prepared.item.name, f"{result.document_id} already in the ledger")
        for copy in copies:
            self.store_copy(copy, document_id, fingerprint.similarity(copy.signature, prepared.signature))
        return []


def ingest(inputs: list[str], ledger, workers: int = 1, threshold: float = fingerprint.DEFAULT_THRESHOLD,
           published: Optional[str] = None, block_private: Optional[bool] = None, reporter: Optional[Reporter] = None,
           settings: Optional[Settings] = None, cluster: Optional[str] = None) -> Summary:
    """Ingest everything `inputs` names into `ledger`; never raises for one bad input (a broken
    database raises StoreError)."""
    from ..extract import plan_for
    from ..ingest import parse_published

    settings = settings or get_settings()
    plan_for(settings)   # extractors or implementations that cannot run: refused before any work
    reporter = reporter or Reporter()
    published = parse_published(published) if published else None
    summary = Summary()
    started = time.perf_counter()
    # Loading the index back-fills missing signatures (a write): retried like every ledger write.
    run = _Run(ledger, summary, reporter, ledger.retried(lambda: fingerprint.load_index(ledger.engine, threshold)))
    items = []
    for entry in expand(inputs):
        (items.append(entry) if isinstance(entry, Item) else summary.skipped.append(entry))
    reporter.add_total(len(items) + len(summary.skipped))
    for skip in summary.skipped:
        reporter.done("skipped", skip.name, skip.reason)

    if cluster:  # a Dask cluster analyses and stores (distributed.py); reading stays here
        from ..distributed import ClusterExecutor

        executor = ClusterExecutor(cluster, ledger.url)
        workers = executor.workers
    else:
        executor = _Workers(workers, settings)
    futures: dict[Future, tuple[str, object]] = {}
    queue = list(reversed(items))
    limit = max(2, workers * 2)   # in flight (and waiting their turn): bounded memory on huge inputs
    # Prepared documents are decided in the order they were handed out, whichever worker finishes
    # first, so the first of two copies in the input is always the one kept and analysed.
    ready: dict[int, object] = {}
    order = {"next": 0, "handed": 0}

    def submit_more() -> None:
        while queue and len(futures) + len(ready) < limit:
            item = queue.pop()
            futures[executor.submit(_prepare_job, item, block_private, published)] = ("prepare", (order["handed"], item))
            order["handed"] += 1

    def handle_prepared(outcome) -> None:
        if isinstance(outcome, Skip):
            run.skip(outcome)
        elif isinstance(outcome, Expanded):
            queue.extend(reversed(outcome.items))
            reporter.add_total(len(outcome.items) - 1)   # the feed itself becomes its entries
        elif run.decide(outcome):
            futures[executor.submit(_analyse_job, outcome.document, outcome.item.name)] = ("analyse", outcome.document.id)

    def handle_in_order(sequence: int, outcome) -> None:
        ready[sequence] = outcome
        while order["next"] in ready:
            handle_prepared(ready.pop(order["next"]))
            order["next"] += 1

    try:
        submit_more()
        while futures:
            done, _ = wait(list(futures), return_when=FIRST_COMPLETED)
            for future in done:
                stage, key = futures.pop(future)
                try:
                    result = future.result()
                except StoreError:
                    raise
                except Exception as exc:  # a worker died or a bug in one document: report, go on
                    name = key[1].name if stage == "prepare" else run.pending[key].item.name
                    result = Skip(name, _failure(exc))
                    if stage == "analyse":
                        result = (result, 0.0)
                if stage == "prepare":
                    handle_in_order(key[0], result)
                else:
                    analysis, seconds = result
                    summary.analyse_seconds += seconds
                    for copy in run.stored(key, analysis):
                        handle_prepared(copy)
            submit_more()
    finally:
        executor.shutdown()
    summary.seconds = time.perf_counter() - started
    return summary
