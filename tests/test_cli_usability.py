"""The command line as a user meets it: exit codes, which stream a line goes to, a busy port,
shell completion (each a subprocess, as a user runs it)."""
from __future__ import annotations

import os
import pty
import socket
import subprocess
import threading
from pathlib import Path

from helpers import CLI, assert_one_line_error, run_cli

ROOT = Path(__file__).resolve().parent.parent


def test_a_mistyped_option_is_a_usage_error_exit_2():
    result = run_cli("events", "--sinse", "2025-01-01")
    assert result.returncode == 2
    assert_one_line_error(result, "no such option: --sinse")
    assert "unexpected error" not in result.stderr


def test_a_bad_date_option_is_a_usage_error_exit_2():
    result = run_cli("events", "--since", "x")
    assert result.returncode == 2
    assert_one_line_error(result, "--since 'x' is not a date")


def test_a_bad_option_value_is_a_usage_error_exit_2():
    result = run_cli("list", "--limit", "many")
    assert result.returncode == 2
    assert_one_line_error(result, "invalid value for '--limit'")


def test_exit_codes_are_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Exit codes"):]
    for code, words in (("0", "done"), ("1", "unexpected"), ("2", "usage"), ("3", "database"), ("4", "not in the ledger"),
                        ("5", "db check"), ("130", "interrupted")):
        assert f"| {code} |" in table and words in table.lower(), code


def test_serve_on_a_busy_port_says_so_before_claiming_to_serve(tmp_path):
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    assert run_cli("--db", db, "db", "upgrade").returncode == 0
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_cli("--db", db, "serve", "--port", str(port), timeout=60)
    assert result.returncode == 2
    assert_one_line_error(result, f"port {port} on 127.0.0.1 is already in use")
    assert "serving" not in result.stderr + result.stdout


def test_shell_completion_is_available():
    env = {"_CLAIMLEDGER_COMPLETE": "complete_bash", "COMP_WORDS": "claimledger ev", "COMP_CWORD": "1"}
    result = run_cli(env=env)
    assert result.returncode == 0
    assert set(result.stdout.split()) == {"eval", "events"}
    # The script `--show-completion` prints (read through the same hook, as the shell would: the
    # flag itself guesses the shell from the parent process, which a test runner may not be).
    script = run_cli(env={"_CLAIMLEDGER_COMPLETE": "source_bash"})
    assert script.returncode == 0 and "_CLAIMLEDGER_COMPLETE" in script.stdout


def test_ingest_lines_go_to_stdout_and_diagnostics_to_stderr_even_with_a_bar(tmp_path):
    """`ingest dir/ > log` with the progress bar live on the terminal (stderr a tty) keeps one
    line per stored document in the log; skips and timing go to the terminal."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks resume\n\nNegotiators met in Geneva on Tuesday, the foreign ministry said.\n")
    (folder / "b.txt").write_text("Port reopens\n\nThe port of Odesa reopened on Monday, Reuters reported.\n")
    (folder / "c.txt").write_bytes(b"")
    primary, secondary = pty.openpty()
    chunks: list[bytes] = []
    reader = threading.Thread(target=_drain, args=(primary, chunks), daemon=True)
    reader.start()  # read the terminal while the command runs, so the bar never fills the pty
    try:
        process = subprocess.run([*CLI, "--db", f"sqlite:///{tmp_path / 'l.db'}", "ingest", str(folder)],
                                 stdout=subprocess.PIPE, stderr=secondary, env={**os.environ, "COLUMNS": "100"},
                                 timeout=300, text=True)
    finally:
        os.close(secondary)
        reader.join(10)
        os.close(primary)
    terminal = b"".join(chunks).decode("utf-8", "replace")
    assert process.returncode == 0, terminal
    lines = process.stdout.splitlines()
    assert [line.split()[0] for line in lines[:2]] == ["stored", "stored"]
    assert sorted(Path(line.split(maxsplit=2)[2]).name for line in lines[:2]) == ["a.txt", "b.txt"]
    assert lines[2].startswith("2 stored, 0 duplicates") and len(lines) == 3
    assert "skipped" in terminal and "c.txt" in terminal and "articles/s" in terminal
    assert not any(line.startswith("skipped") for line in lines)


def _drain(fd: int, chunks: list) -> None:
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the other end closed
            return
        if not chunk:
            return
        chunks.append(chunk)
