"""Terminal tables print article text as text: a title or sentence with Rich markup in it
('[/]', '[bold]', '[link=…]') neither crashes a command nor styles the terminal."""
from __future__ import annotations

from helpers import run_cli

TEXT = """Bonds [/] slide as [bold]yields[/bold] jump [link=file:///etc/passwd]here[/link]

The central bank said on Thursday that rates would stay unchanged through the summer [/], officials said.
"""


def test_markup_in_articles_prints_as_text(tmp_path):
    article = tmp_path / "markup.txt"
    article.write_text(TEXT, encoding="utf-8")
    db = ["--db", f"sqlite:///{tmp_path / 'ledger.db'}"]
    assert run_cli(*db, "ingest", "-q", str(article)).returncode == 0
    listed = run_cli(*db, "list")
    assert listed.returncode == 0, listed.stderr
    assert "[bold]yields[/bold]" in listed.stdout
    found = run_cli(*db, "search", "rates", env={"COLUMNS": "200"})
    assert found.returncode == 0, found.stderr
    assert "[/]" in found.stdout and "rates" in found.stdout
    forecasts = run_cli(*db, "forecasts", "list")
    assert forecasts.returncode == 0, forecasts.stderr
    assert "\x1b]8;" not in listed.stdout + found.stdout   # no terminal hyperlink was made


def test_events_csv_defuses_spreadsheet_formulas():
    import csv
    import io

    from claimledger.report.event_table import COLUMNS, write

    row = dict.fromkeys(COLUMNS)
    row.update(actor1="=HYPERLINK(\"http://evil.example\",\"click\")", notes="@SUM(A1:A9) said the ministry",
               longitude=-3.25, latitude=40.4, fatalities=12, location="Madrid\x1b]8;;x\x07",
               outlet_title=["-2+3 headline", "fine"])
    out = io.StringIO()
    write([row], "csv", out)
    got = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert got["actor1"].startswith("'=HYPERLINK") and got["notes"].startswith("'@SUM")
    assert got["longitude"] == "-3.25" and got["fatalities"] == "12"
    assert got["location"] == "Madrid"               # the whole terminal escape sequence (a hyperlink) dropped, text kept
    assert got["outlet_title"] == "'-2+3 headline | fine"
    assert got["actor2"] == ""
