"""A locked database: the same one-line message and exit 3 from every command that meets it
(forecasts resolve included), and a readable 503 in the web UI that leaves the connection
usable for the next request (issue 17's reproduction)."""
from __future__ import annotations

import http.client
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from claimledger import analyze
from claimledger.store import Ledger
from claimledger.store import forecasts as store
from helpers import run_cli

ARTICLE = ("Will the coalition survive the budget vote? Almost certainly not.\n"
           "If the unions strike, the government is going to fall within a month.\n"
           "Why did the talks stall? One explanation is that the donors lost interest. "
           "Another theory holds that the rebels no longer need the money.\n"
           "The budget figures, such as the halving of pledges in March, point to the first explanation.\n")
LOCKED = "database is locked by another process"
QUICK = {"CLAIMLEDGER_DB_TIMEOUT": "0.2", "CLAIMLEDGER_DB_RETRIES": "1"}


@pytest.fixture(scope="module")
def ledger_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("locked") / "ledger.db"
    with Ledger(f"sqlite:///{path}") as ledger:
        ledger.store(analyze(ARTICLE, published="2024-03-01"))
        store.ensure_tables(ledger)
    return path


def _hold_lock(path: Path) -> subprocess.Popen:
    """Another process holding the write lock (BEGIN EXCLUSIVE) until killed."""
    code = ("import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(600)\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


@pytest.fixture
def locked(ledger_file):
    holder = _hold_lock(ledger_file)
    yield ledger_file
    holder.kill()
    holder.wait()


def _first_forecast_and_hypothesis(path: Path) -> tuple[int, int]:
    with Ledger(f"sqlite:///{path}", create=False) as ledger:
        return store.list_forecasts(ledger)[0]["id"], store.list_hypotheses(ledger)[0]["pk"]


def test_every_writing_command_says_the_same_line_and_exits_3(ledger_file, tmp_path):
    forecast, hypothesis = _first_forecast_and_hypothesis(ledger_file)
    article = tmp_path / "a.txt"
    article.write_text("Negotiators met in Geneva on Tuesday, the foreign ministry said.\n")
    holder = _hold_lock(ledger_file)
    try:
        db = f"sqlite:///{ledger_file}"
        results = {
            "resolve": run_cli("--db", db, "forecasts", "resolve", str(forecast), "--outcome", "yes", "--on", "2024-05-01", env=QUICK),
            "rate": run_cli("--db", db, "hypotheses", str(hypothesis), "--rate", "1", "1", "C", env=QUICK),
            "ingest": run_cli("--db", db, "ingest", str(article), env=QUICK),
        }
    finally:
        holder.kill()
        holder.wait()
    lines = {}
    for name, result in results.items():
        assert result.returncode == 3, (name, result.stderr)
        assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
        lines[name] = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines[name]) == 1, (name, result.stderr)
    expected = f"claimledger: {LOCKED} (sqlite:///{ledger_file}) (gave up after 2 attempts); try again when it is done"
    assert {name: found[0] for name, found in lines.items()} == {name: expected for name in results}


def test_web_answers_503_with_a_readable_page_and_the_next_request_works(ledger_file):
    import uvicorn

    from claimledger.web import create_app

    forecast, _ = _first_forecast_and_hypothesis(ledger_file)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(f"sqlite:///{ledger_file}"), host="127.0.0.1", port=port,
                                           log_level="warning", timeout_keep_alive=30))
    thread = threading.Thread(target=server.run, daemon=True)
    import os
    os.environ.update(QUICK)
    try:
        thread.start()
        deadline = time.time() + 30
        while not server.started and time.time() < deadline:
            time.sleep(0.05)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", "/forecasts")
        page = connection.getresponse()
        body = page.read().decode()
        cookie = page.getheader("set-cookie").split(";")[0]
        token = re.search(r'name="csrf_token" value="([^"]+)"', body).group(1)
        holder = _hold_lock(ledger_file)
        try:
            connection.request("POST", f"/forecasts/{forecast}/resolve", body=f"outcome=yes&on=2024-05-01&csrf_token={token}",
                               headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
            refused = connection.getresponse()
            text = refused.read().decode()
        finally:
            holder.kill()
            holder.wait()
        assert refused.status == 503 and refused.getheader("retry-after") == "5"
        assert LOCKED in text and "<html" in text.lower() and "try again" in text
        connection.request("GET", "/", headers={"Cookie": cookie})  # the same kept-alive connection
        after = connection.getresponse()
        assert after.status == 200 and after.read()
        connection.close()
    finally:
        for name in QUICK:
            os.environ.pop(name, None)
        server.should_exit = True
        thread.join(10)
