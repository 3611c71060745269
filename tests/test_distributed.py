"""Ingest on a Dask LocalCluster: every document stored exactly once, on both backends, also
when a worker is SIGKILLed while tasks are running."""
from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from claimledger.distributed import cluster_client, ingest_documents, parse_cluster, warm_up
from claimledger.errors import InputError
from claimledger.ingest import from_text
from claimledger.store import Ledger, schema
from claimledger.store.integrity import check

TEXTS = Path(__file__).resolve().parent / "texts"


def corpus(n: int, repeat_every: int = 0) -> list[tuple[str, object]]:
    """n distinct documents from the genre samples (paragraphs rotated, a numbered dateline);
    with repeat_every=k every k-th item repeats an earlier text, as re-sent wire copy does."""
    bases = [p.read_text(encoding="utf-8") for p in sorted(TEXTS.glob("scale_*.txt"))]
    items = []
    for i in range(n):
        if repeat_every and i and i % repeat_every == 0:
            items.append((f"repeat-{i}", items[i // 2][1]))
            continue
        paragraphs = [p for p in bases[i % len(bases)].split("\n\n") if p.strip()]
        k = (i // len(bases)) % len(paragraphs)
        text = f"Dispatch {i + 1}.\n\n" + "\n\n".join(paragraphs[k:] + paragraphs[:k])
        items.append((f"doc-{i}", from_text(text, title=f"Dispatch {i + 1}")))
    return items


@pytest.mark.parametrize("spec,expected", [("local:2", ("local", 2)), ("local:1", ("local", 1)),
                                           ("tcp://10.0.0.5:8786", ("remote", "tcp://10.0.0.5:8786"))])
def test_cluster_spec_parses(spec, expected):
    assert parse_cluster(spec) == expected


@pytest.mark.parametrize("spec", ["local:0", "cluster", "http://host:8786", "tcp://"])
def test_bad_cluster_spec_is_a_clear_error(spec):
    with pytest.raises(InputError, match="--cluster"):
        parse_cluster(spec)


@pytest.fixture(scope="module")
def client():
    """One LocalCluster of two worker processes for the module (its nanny restarts a killed one)."""
    with cluster_client("local:2") as client:
        yield client


@pytest.mark.slow
def test_local_cluster_stores_every_document_once(client, ledger_url):
    items = corpus(10, repeat_every=4)
    unique = {doc.sha256 for _, doc in items}
    client.wait_for_workers(2, timeout=60)
    warm_up(client)
    outcomes = list(ingest_documents(client, items, ledger_url, batch_size=2))
    assert len(outcomes) == len(items)
    assert sum(o.status == "stored" for o in outcomes) == len(unique)
    assert {o.status for o in outcomes} == {"stored", "duplicate"}
    assert len({o.worker for o in outcomes}) == 2  # both workers did work
    with Ledger(ledger_url) as ledger:
        assert ledger.count() == len(unique)
        assert check(ledger) == []


@pytest.mark.slow
def test_killed_worker_still_ends_with_each_document_once(client, ledger_url):
    items = corpus(16)
    client.wait_for_workers(2, timeout=60)
    warm_up(client)
    pids = client.run(os.getpid)  # worker address -> process id
    killed: list[int] = []

    def kill_a_busy_worker():
        deadline = time.time() + 60
        while time.time() < deadline and not killed:
            busy = [addr for addr, keys in client.processing().items() if keys and addr in pids]
            if busy:
                time.sleep(0.3)  # let it get into the middle of its batch
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(pids[busy[0]])
            time.sleep(0.05)

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    outcomes = list(ingest_documents(client, items, ledger_url, batch_size=2))
    killer.join()
    assert killed, "no worker was killed: the test did not test anything"
    labels = [o.label for o in outcomes]
    assert set(labels) == {label for label, _ in items}
    assert all(o.status in ("stored", "duplicate") for o in outcomes)
    with Ledger(ledger_url) as ledger:
        assert ledger.count() == len(items)
        assert ledger.count(schema.sentences) > 10 * len(items)
        assert check(ledger) == []  # every document's rows match its analysis: none half-written


def mixed_corpus(n: int, sentences_each: int = 14) -> list[tuple[str, object]]:
    """n articles of sentences drawn from all the genre samples: distinct enough that the
    near-duplicate detector (5-gram MinHash) keeps them apart."""
    import random
    import re

    pool = [s for p in sorted(TEXTS.glob("scale_*.txt"))
            for s in re.split(r"(?<=[.?!])\s+", p.read_text(encoding="utf-8")) if len(s.split()) > 5]
    items = []
    for i in range(n):
        picked = random.Random(i).sample(pool, sentences_each)
        paragraphs = [" ".join(picked[j: j + 4]) for j in range(0, len(picked), 4)]
        text = f"Report {i + 1}\n\n" + "\n\n".join(paragraphs) + "\n"
        items.append((f"report-{i}", from_text(text, title=f"Report {i + 1}")))
    return items


def write_folder(folder: Path, n: int) -> Path:
    """n distinct article files, one exact copy and one near copy (a reprint with a new last line)."""
    folder.mkdir()
    items = mixed_corpus(n)
    for label, doc in items:
        (folder / f"{label}.txt").write_text(doc.text, encoding="utf-8")
    (folder / "exact-copy.txt").write_text(items[0][1].text, encoding="utf-8")
    (folder / "reprint.txt").write_text(items[1][1].text + "\nThis story was first published elsewhere.\n", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_cli_ingest_on_a_local_cluster(ledger_url, tmp_path):
    from helpers import run_cli

    folder = write_folder(tmp_path / "in", 6)
    result = run_cli("--db", ledger_url, "ingest", str(folder), "--cluster", "local:2", "--quiet")
    assert result.returncode == 0, result.stderr
    assert "6 stored, 2 duplicates (1 exact, 1 near), 0 skipped" in result.stdout + result.stderr
    with Ledger(ledger_url) as ledger:
        assert ledger.count() == 7  # the near copy is a row naming its original, never analysed
        assert check(ledger) == []
    again = run_cli("--db", ledger_url, "ingest", str(folder), "--cluster", "local:1", "--quiet")
    assert "0 stored" in again.stdout + again.stderr


def test_cli_cluster_spec_error_is_one_line(tmp_path):
    from helpers import assert_one_line_error, run_cli

    result = run_cli("--db", f"sqlite:///{tmp_path / 'l.db'}", "ingest", str(tmp_path), "--cluster", "cluster9")
    assert_one_line_error(result, "--cluster must be local:N or tcp://host:port")


@pytest.mark.slow
def test_bulk_ingest_on_a_cluster_survives_a_killed_worker(ledger_url, tmp_path):
    import psutil

    from claimledger.archive.bulk import Reporter, ingest

    folder = write_folder(tmp_path / "in", 10)
    me = psutil.Process()
    before = {p.pid for p in me.children(recursive=True)}
    killed: list[int] = []

    def new_workers() -> list:
        found = []
        for child in me.children(recursive=True):
            try:
                if child.pid not in before and "spawn_main" in " ".join(child.cmdline()):
                    found.append(child)
            except psutil.Error:  # a short-lived process that is already gone
                continue
        return found

    class KillOnFirstStore(Reporter):
        def done(self, status, name, detail=""):
            if status == "stored" and not killed:
                workers = new_workers()
                if workers:
                    workers[0].kill()  # SIGKILL while the other documents are being analysed
                    killed.append(workers[0].pid)

    with Ledger(ledger_url) as ledger:
        summary = ingest([str(folder)], ledger, cluster="local:2", reporter=KillOnFirstStore())
        assert killed
        assert len(summary.stored) == 10 and not summary.skipped
        assert ledger.count() == 11
        assert check(ledger) == []
