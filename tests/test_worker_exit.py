"""`ingest --workers N`: killing the parent (as the out-of-memory killer would) leaves no worker
process behind (issue 17's reproduction)."""
from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import psutil

from helpers import CLI

TEXTS = Path(__file__).resolve().parent / "texts"


def test_workers_exit_when_the_parent_is_killed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    bases = [p.read_text(encoding="utf-8") for p in sorted(TEXTS.glob("*.txt"))[:6]]
    for i in range(40):  # enough work that the workers are busy or waiting when the parent dies
        (folder / f"a{i:02d}.txt").write_text(f"Edition {i}\n\n{bases[i % len(bases)]}", encoding="utf-8")
    process = subprocess.Popen([*CLI, "--db", f"sqlite:///{tmp_path / 'l.db'}", "ingest", "--workers", "2", str(folder)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parent = psutil.Process(process.pid)
    children: list[psutil.Process] = []
    deadline = time.time() + 120
    while time.time() < deadline and len(children) < 2:
        children = parent.children(recursive=True)
        time.sleep(0.2)
    assert len(children) >= 2, "the workers never started"
    time.sleep(1.0)  # let them get into their work
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    left = _alive(children)
    deadline = time.time() + 10
    while left and time.time() < deadline:
        time.sleep(0.2)
        left = _alive(children)
    for child in left:  # do not leave them to the next test, whatever happened
        child.kill()
    assert not left, f"{len(left)} worker(s) still alive after the parent was killed"


def _alive(processes: list[psutil.Process]) -> list[psutil.Process]:
    alive = []
    for p in processes:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                alive.append(p)
        except psutil.NoSuchProcess:
            pass
    return alive
