"""Everything from articles is hostile: the Markdown brief escapes its HTML, and terminal output
and CSV drop its control characters (one sanitiser: claimledger.sanitize)."""
from __future__ import annotations

import csv
import io
import json

import pytest

from claimledger.sanitize import for_csv, for_markdown, for_terminal, plain
from helpers import run_cli

ESC = "\x1b"
HOSTILE = ("Strike\x1b[31m on Goma\x1b]0;pwned\x07 <img src=x onerror=alert(1)>\x1b[2J\n\n"
           "\x1b[31mRebels\x1b[0m attacked the army base in Goma on Monday, killing 12 soldiers, Reuters reported. "
           "<script>alert('x')</script>\n"
           "The ministry said \u202eevil\u202c [click](javascript:alert(1)) <img src=y onerror=alert(2)> was false.\n")


@pytest.mark.parametrize("text, expected", [
    ("a\x1b[31mred\x1b[0m b", "ared b"), ("t\x1b]0;title\x07x", "tx"), ("t\x1b]8;;http://e\x1b\\link\x1b]8;;\x1b\\", "tlink"),
    ("bell\x07 bs\x08 nul\x00", "bell bs nul"), ("c1\x9b31mx", "c1x"), ("bidi\u202eevil\u202c", "bidievil"),
    ("tab\there", "tab here"), ("Kyiv’s «quote» — ok", "Kyiv’s «quote» — ok"),
])
def test_plain_removes_escapes_and_controls_keeps_text(text, expected):
    assert plain(text) == expected


def test_for_markdown_escapes_html_and_links():
    safe = for_markdown('<img src=x onerror=alert(1)> [click](javascript:alert(1)) & "q"')
    assert "<" not in safe and ">" not in safe and "[click]" not in safe
    assert safe == '&lt;img src=x onerror=alert(1)&gt; \\[click\\](javascript:alert(1)) &amp; "q"'


def test_for_csv_and_terminal():
    assert for_csv("=HYPERLINK(\"http://e\")") == "'=HYPERLINK(\"http://e\")"
    assert for_csv("\x1b[31m=1+1") == "'=1+1"
    assert for_csv(3.5) == 3.5 and for_csv(None) == ""
    assert for_terminal("two\nlines\x1b[2J") == "two lines"


@pytest.fixture(scope="module")
def hostile_ledger(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    article = folder / "strike.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    db = f"sqlite:///{folder / 'l.db'}"
    done = run_cli("--db", db, "ingest", str(article))
    assert done.returncode == 0, done.stderr
    assert ESC not in done.stdout + done.stderr
    return db, article


def test_markdown_brief_escapes_html_from_the_article(hostile_ledger):
    _, article = hostile_ledger
    brief = run_cli("analyze", str(article), "-f", "md")
    assert brief.returncode == 0, brief.stderr
    assert "<img" not in brief.stdout and "<script" not in brief.stdout and "](javascript:" not in brief.stdout
    assert "&lt;img src=x onerror=alert(1)&gt;" in brief.stdout  # shown, as text
    assert ESC not in brief.stdout and "\u202e" not in brief.stdout


def test_list_show_events_and_csv_carry_no_control_characters(hostile_ledger):
    db, _ = hostile_ledger
    listed = run_cli("--db", db, "list")
    assert listed.returncode == 0 and "Strike on Goma" in listed.stdout
    document = [line for line in listed.stdout.splitlines() if "Strike on Goma" in line][0].split()[1]
    shown = run_cli("--db", db, "show", document)
    events_csv = run_cli("--db", db, "events", "--format", "csv")
    events_json = run_cli("--db", db, "events", "--format", "json")
    found = run_cli("--db", db, "search", "rebels")
    for result in (listed, shown, events_csv, found):
        assert result.returncode == 0, result.stderr
        assert ESC not in result.stdout and "\x07" not in result.stdout and "\u202e" not in result.stdout
    assert "<img" not in shown.stdout
    rows = list(csv.DictReader(io.StringIO(events_csv.stdout)))
    assert rows and any("Rebels attacked the army base" in row["notes"] for row in rows)
    # JSON stays exact data: the encoder escapes the control characters it keeps
    assert ESC not in events_json.stdout
    assert any("\x1b[31mRebels" in row["notes"] for row in json.loads(events_json.stdout))
