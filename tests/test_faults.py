"""Faults, through the real command line in child processes: SIGKILL during ingest then a re-run
(SQLite and PostgreSQL), a database locked by another process, a PostgreSQL server that is down."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimledger.store import Ledger, schema
from claimledger.store.integrity import check

SRC = Path(__file__).resolve().parent.parent / "src"
TEXTS = Path(__file__).resolve().parent / "texts"


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-c", "from claimledger.cli import main; main()", *args]


def cli_env(**extra: str) -> dict:
    env = dict(os.environ, PYTHONPATH=f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")
    env.update(extra)
    return env


def run_cli(*args: str, timeout: float = 120, **env) -> subprocess.CompletedProcess:
    return subprocess.run(cli_command(*args), env=cli_env(**env), capture_output=True, text=True, timeout=timeout)


def write_articles(folder: Path, n: int) -> list[str]:
    """n distinct article files made from the genre samples."""
    bases = [p.read_text(encoding="utf-8") for p in sorted(TEXTS.glob("scale_*.txt"))]
    paths = []
    for i in range(n):
        path = folder / f"article-{i:02d}.txt"
        path.write_text(f"Edition {i + 1}\n\n{bases[i % len(bases)]}", encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.slow
def test_sigkill_during_ingest_then_rerun_stores_everything_once(ledger_url, tmp_path):
    paths = write_articles(tmp_path, 12)
    child = subprocess.Popen(cli_command("--db", ledger_url, "ingest", *paths), env=cli_env(),
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    stored_before_kill = 0
    deadline = time.time() + 90
    while time.time() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        if line.startswith("stored"):
            stored_before_kill += 1
            if stored_before_kill == 3:
                child.send_signal(signal.SIGKILL)  # mid-run: the 4th document is being analysed or written
                break
    child.wait(30)
    assert child.returncode == -signal.SIGKILL, "ingest finished before it could be killed"
    with Ledger(ledger_url) as ledger:
        assert 3 <= ledger.count() < len(paths)
        assert check(ledger) == []  # the killed write left nothing behind

    rerun = run_cli("--db", ledger_url, "ingest", *paths)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.count("duplicate ") >= 3
    with Ledger(ledger_url) as ledger:
        assert ledger.count() == len(paths)
        assert check(ledger) == []


def _hold_sqlite_lock(path: Path, seconds: float) -> subprocess.Popen:
    """Another process that takes the write lock of a SQLite ledger and keeps it for a while."""
    code = ("import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(float(sys.argv[2]))\n"
            "c.execute('COMMIT')\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(path), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


@pytest.mark.slow
def test_locked_sqlite_gives_a_clear_message_after_a_bounded_retry(tmp_path):
    db = tmp_path / "ledger.db"
    Ledger(f"sqlite:///{db}").close()
    paths = write_articles(tmp_path, 1)
    holder = _hold_sqlite_lock(db, 60)
    try:
        started = time.time()
        result = run_cli("--db", f"sqlite:///{db}", "ingest", *paths,
                         CLAIMLEDGER_DB_TIMEOUT="0.5", CLAIMLEDGER_DB_RETRIES="2")
        elapsed = time.time() - started
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "locked by another process" in lines[0] and "gave up after 3 attempts" in lines[0]
    assert elapsed < 40  # bounded: 3 waits of 0.5 s and pauses of 0.5 + 1 s, plus start-up


@pytest.mark.slow
def test_lock_released_during_the_retry_lets_the_write_through(tmp_path):
    db = tmp_path / "ledger.db"
    Ledger(f"sqlite:///{db}").close()
    paths = write_articles(tmp_path, 1)
    holder = _hold_sqlite_lock(db, 1.0)
    result = run_cli("--db", f"sqlite:///{db}", "ingest", *paths,
                     CLAIMLEDGER_DB_TIMEOUT="0.2", CLAIMLEDGER_DB_RETRIES="4")
    holder.wait(30)
    assert result.returncode == 0, result.stderr
    with Ledger(f"sqlite:///{db}") as ledger:
        assert ledger.count() == 1


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://claimledger@127.0.0.1:1/ledger",                      # nothing listens there
    "postgresql+psycopg://claimledger@/ledger?host=/nonexistent-socket-dir&port=5432",
])
def test_postgresql_down_is_one_line(url):
    started = time.time()
    result = run_cli("--db", url, "list", timeout=60)
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("claimledger: cannot connect to the database server")
    assert "is it running?" in lines[0]
    assert time.time() - started < 30


def test_db_check_command_reports_a_clean_ledger(ledger_url):
    from claimledger import analyze

    with Ledger(ledger_url) as ledger:
        ledger.store(analyze((TEXTS / "scale_wire.txt").read_text(encoding="utf-8")))
    result = run_cli("--db", ledger_url, "db", "check")
    assert result.returncode == 0, result.stderr
    assert "integrity clean" in result.stdout
    with Ledger(ledger_url) as ledger:
        assert ledger.count(schema.documents) == 1


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_serve_under_50_concurrent_clients(ledger_url, tmp_path):
    """50 clients on loopback for a bounded time: pages, search and JSON all answer, no errors."""
    import asyncio

    import httpx

    from claimledger import analyze

    with Ledger(ledger_url) as ledger:
        doc_ids = [ledger.store(analyze(p.read_text(encoding="utf-8"), title=p.stem)).document_id
                   for p in sorted(TEXTS.glob("scale_*.txt"))]
    port = _free_port()
    server = subprocess.Popen(cli_command("--db", ledger_url, "serve", "--port", str(port), "--host", "127.0.0.1"),
                              env=cli_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        paths = ["/", "/documents", "/sources", "/search?q=drone", "/search?q=ceasefire+talks",
                 "/events", "/forecasts"] + [f"/documents/{d}" for d in doc_ids] + [f"/documents/{d}.json" for d in doc_ids]
        latencies, failures = asyncio.run(_load(base, paths, clients=50, seconds=8.0))
    finally:
        server.terminate()
        server.wait(20)
    log = server.stderr.read()
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"serve load ({ledger_url.split(':')[0]}): {len(latencies)} requests by 50 clients, p95 {p95 * 1000:.0f} ms")
    assert failures == [], log[-2000:]
    assert len(latencies) >= 100
    assert p95 < 5.0  # on a loaded 2-core test machine; the bench reports the real figure


async def _load(base: str, paths: list[str], clients: int, seconds: float):
    import httpx

    latencies: list[float] = []
    failures: list[str] = []
    stop = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        async def one_client(offset: int) -> None:
            i = offset
            while time.monotonic() < stop:
                path = paths[i % len(paths)]
                started = time.monotonic()
                try:
                    response = await client.get(path)
                    if response.status_code != 200:
                        failures.append(f"{path}: HTTP {response.status_code}")
                except httpx.HTTPError as exc:
                    failures.append(f"{path}: {type(exc).__name__}")
                latencies.append(time.monotonic() - started)
                i += 1

        import asyncio

        await asyncio.gather(*(one_client(k) for k in range(clients)))
    return latencies, failures
