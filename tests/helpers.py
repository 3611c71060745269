"""Helpers for tests that drive the real command line in a subprocess."""
from __future__ import annotations

import os
import subprocess
import sys

CLI = [sys.executable, "-c", "from claimledger.cli import main; main()"]


def run_cli(*args, env=None, stdin=None, timeout=180, cwd=None):
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([*CLI, *args], capture_output=True, text=True, env=full_env, input=stdin, timeout=timeout,
                          cwd=cwd)


def assert_one_line_error(result, contains: str):
    """A non-zero exit with exactly one line on stderr that says `contains`, and no traceback."""
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    assert contains.lower() in lines[0].lower(), lines[0]
