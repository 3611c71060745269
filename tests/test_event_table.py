"""The event table analysts use (issue 14): ACLED's columns then claimledger's, one happening
across many reports, filters, and every machine format saying the same thing."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from claimledger.cli import app
from conftest import TEXTS

MERGE = TEXTS / "merge"
# The column layout of ACLED's export, which `claimledger events --format acled` writes for our own
# events (no ACLED row is in this repository; the rows checked below come from the test texts).
ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
                "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
                "notes,fatalities,tags,timestamp").split(",")
OWN_HEADER = ["event_id", "plover_type", "plover_mode", "happened", "factuality", "certainty", "attribution",
              "outlet_title", "url", "published", "document_id", "report_id", "line", "start", "end", "mentions",
              "sources", "articles", "first_report", "last_report", "fatalities_reported", "contested", "date_text"]
runner = CliRunner()


def _records(tmp_path, *items) -> str:
    """A JSON-lines archive of (file in tests/texts/merge, URL, publication date)."""
    path = tmp_path / "reports.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for name, url, published in items:
            text = (MERGE / name).read_text(encoding="utf-8")
            out.write(json.dumps({"url": url, "title": text.splitlines()[0], "published": published, "text": text}) + "\n")
    return str(path)


WIRE = ("wire_el_fasher.txt", "https://newswire.example/sudan/el-fasher-market", "2025-06-09")
COMMENTARY = ("commentary_el_fasher.txt", "https://siege-notes.example/p/the-siege", "2025-06-11")
ROUNDUP = ("wire_sudan_roundup.txt", "https://newswire.example/sudan/round-up", "2025-06-13")


@pytest.fixture(scope="module")
def sudan_ledger(tmp_path_factory):
    """The wire report, the commentary and a later round-up, ingested together in one command."""
    folder = tmp_path_factory.mktemp("sudan")
    url = f"sqlite:///{folder / 'ledger.db'}"
    result = runner.invoke(app, ["--db", url, "ingest", "-q", _records(folder, WIRE, COMMENTARY, ROUNDUP)])
    assert result.exit_code == 0, result.output
    return url


def _events(url, *options) -> list[dict]:
    result = runner.invoke(app, ["--db", url, "events", "--format", "json", *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


# -- MUST SHOW: one strike, two documents, two tolls ---------------------------------------------
def test_two_documents_with_different_tolls_give_one_merged_event(ledger_url, tmp_path):
    """Issue 14's first must-show, on SQLite and PostgreSQL: a wire report (12 killed) and a
    commentary (19 killed) of the same drone strike, ingested together, are one event with both
    reports, both tolls side by side and GDELT's counts of 2 articles and 2 sources."""
    result = runner.invoke(app, ["--db", ledger_url, "ingest", "-q", _records(tmp_path, WIRE, COMMENTARY)])
    assert result.exit_code == 0, result.output
    strikes = [e for e in _events(ledger_url, "--country", "Sudan")
               if e["location"] == "El Fasher" and e["plover_type"] == "ASSAULT"]   # (the siege is there too)
    assert len(strikes) == 1, [(e["event_date"], e["notes"]) for e in strikes]
    strike = strikes[0]
    assert strike["articles"] == 2 and strike["sources"] == 2 and strike["mentions"] >= 2
    assert len(set(strike["document_id"])) == 2
    assert [t["figure"] for t in strike["fatalities_reported"]] == ["12", "19"]     # never averaged
    assert [t["outlet"] for t in strike["fatalities_reported"]] == ["newswire.example", "siege-notes.example"]
    assert strike["contested"] is True and strike["fatalities"] == 12              # ACLED: the lowest figure
    assert strike["event_date"] == "2025-06-08" and strike["first_report"] == "2025-06-09"
    assert strike["last_report"] == "2025-06-11"
    assert strike["source"] == "newswire.example; siege-notes.example"
    assert (strike["event_type"], strike["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert (strike["country"], strike["iso"], strike["region"]) == ("Sudan", 729, "Northern Africa")
    assert strike["event_id_cnty"].startswith("SDN") and strike["geo_precision"] == 1
    assert strike["event_id"] in {e["event_id"] for e in _events(ledger_url, "--search", "livestock market")}
    # --reports: the same reports, one row each, none lost
    reports = _events(ledger_url, "--reports")
    ids = {r for e in strikes for r in e["report_id"]}
    assert ids <= {e["report_id"][0] for e in reports}
    assert all(e["mentions"] == 1 for e in reports)


def test_different_happenings_stay_apart(sudan_ledger):
    """Same type, same country: a strike on the same day 800 km away (Omdurman) and a strike on
    the same market four days later are their own events, not reports of the El Fasher strike."""
    events = _events(sudan_ledger, "--country", "Sudan", "--type", "ASSAULT")
    by_place = {}
    for e in events:
        by_place.setdefault((e["location"], e["event_date"]), []).append(e)
    assert len(by_place[("El Fasher", "2025-06-08")]) == 1
    assert len(by_place[("El Fasher", "2025-06-12")]) == 1
    assert len(by_place[("Omdurman", "2025-06-08")]) == 1
    sunday = by_place[("El Fasher", "2025-06-08")][0]
    assert set(sunday["url"]) == {WIRE[1], COMMENTARY[1]}                 # the round-up is not in it
    later = by_place[("El Fasher", "2025-06-12")][0]
    assert later["articles"] == 1 and [t["figure"] for t in later["fatalities_reported"]] == ["4"]


# -- the column contract ------------------------------------------------------------------------
def test_csv_header_is_acled_then_claimledger(sudan_ledger):
    result = runner.invoke(app, ["--db", sudan_ledger, "events"])
    assert result.exit_code == 0, result.output
    header = next(csv.reader(io.StringIO(result.output)))
    assert header[:31] == ACLED_HEADER
    assert header[31:] == OWN_HEADER
    rows = list(csv.DictReader(io.StringIO(result.output)))
    strike = next(r for r in rows if r["location"] == "El Fasher" and r["event_date"] == "2025-06-08"
                  and r["plover_type"] == "ASSAULT")
    assert strike["fatalities_reported"] == ("12 (newswire.example: two local officials) | "
                                              "19 (siege-notes.example: Sudan Doctors Network)")
    assert strike["happened"] == "true" and strike["time_precision"] == "1"
    assert strike["url"].split(" | ")[0] == WIRE[1]
    assert all(len(r["event_id_cnty"]) > 3 for r in rows)


def test_every_format_says_the_same(sudan_ledger):
    array = _events(sudan_ledger)
    lines = runner.invoke(app, ["--db", sudan_ledger, "events", "--format", "jsonl"]).output.splitlines()
    assert [json.loads(x) for x in lines] == array
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["--db", sudan_ledger, "events"]).output)))
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in array]
    geo = json.loads(runner.invoke(app, ["--db", sudan_ledger, "events", "--format", "geojson"]).output)
    assert geo["type"] == "FeatureCollection"
    located = [e for e in array if e["latitude"] is not None]
    assert [f["id"] for f in geo["features"]] == [e["event_id"] for e in located]
    first = geo["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [located[0]["longitude"], located[0]["latitude"]]}
    assert first["properties"]["event_type"] == located[0]["event_type"]


def test_list_has_a_json_array(sudan_ledger):
    result = runner.invoke(app, ["--db", sudan_ledger, "list", "--format", "json"])
    assert result.exit_code == 0, result.output
    documents = json.loads(result.output)
    assert {d["url"] for d in documents} == {WIRE[1], COMMENTARY[1], ROUNDUP[1]}
    assert all(d["ingested_at"][4] == "-" and "T" in d["ingested_at"] for d in documents)


# -- filters ------------------------------------------------------------------------------------
def test_filters(sudan_ledger):
    everything = _events(sudan_ledger)
    since = _events(sudan_ledger, "--since", "2025-06-10")
    assert since and all(e["event_date"] >= "2025-06-10" for e in since)
    until = _events(sudan_ledger, "--until", "2025-06-09")
    assert until and all(e["event_date"] <= "2025-06-09" for e in until)
    assert not {e["event_id"] for e in since} & {e["event_id"] for e in until}
    sudan = _events(sudan_ledger, "--country", "SDN")
    assert sudan and {e["country"] for e in sudan} == {"Sudan"}
    assert _events(sudan_ledger, "--country", "sd") == sudan
    air = _events(sudan_ledger, "--type", "Explosions/Remote violence")
    assert air and {e["event_type"] for e in air} == {"Explosions/Remote violence"}
    assert {e["plover_type"] for e in _events(sudan_ledger, "--type", "assault,reject")} <= {"ASSAULT", "REJECT"}
    happened = _events(sudan_ledger, "--factuality", "happened")
    assert all(e["happened"] for e in happened) and len(happened) <= len(everything)
    market = _events(sudan_ledger, "--search", "livestock market")
    assert market and all("El Fasher" == e["location"] or e["location"] is None for e in market)
    assert len(_events(sudan_ledger, "--limit", "2")) == 2


def test_planned_and_negated_events_are_listed_but_never_counted_or_mapped(tmp_path):
    """Issue 13 in the event table: every event stays listed with its factuality, but only
    asserted or reported ones count as happened in the table, the counts and the map."""
    from claimledger.archive.events import counts, load
    from claimledger.store import Ledger
    from claimledger.web.charts import map_places

    path = tmp_path / "plans.jsonl"
    text = ("KHARTOUM (Newswire) - A drone strike hit the livestock market in El Fasher on Sunday, killing 12 people, "
            "local officials said.\n\nThe army said it will attack Nyala next week. The paramilitary group has not "
            "attacked Omdurman since May.")
    path.write_text(json.dumps({"url": "https://newswire.example/sudan/plans", "title": "Plans", "published": "2025-06-09",
                                "text": text}) + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    result = runner.invoke(app, ["--db", url, "ingest", "-q", str(path)])
    assert result.exit_code == 0, result.output
    by_fact = {tuple(e["factuality"]): e for e in _events(url, "--type", "ASSAULT")}
    assert {("reported",), ("planned",), ("negated",)} <= set(by_fact), by_fact.keys()
    assert by_fact[("reported",)]["happened"] is True
    assert by_fact[("planned",)]["happened"] is False and by_fact[("negated",)]["happened"] is False
    assert by_fact[("planned",)]["fatalities"] is None
    assert [e["factuality"] for e in _events(url, "--type", "ASSAULT", "--factuality", "happened")] == [["reported"]]
    ledger = Ledger(url)
    try:
        events = [e for e in load(ledger) if e.code == "ASSAULT"]
    finally:
        ledger.close()
    table = counts(events, by="type")
    assert sum(table.cells.values()) == 1 and table.not_happened == 2
    assert [p.count for p in map_places(events)] == [1]                 # El Fasher only


@pytest.mark.parametrize("options, message", [
    (["--since", "June"], "not a date"), (["--country", "Atlantis"], "unknown country"),
    (["--type", "BOMBING"], "unknown event type"), (["--factuality", "likely"], "unknown factuality"),
    (["--format", "xml"], "--format"), (["--since", "2025-06-10", "--until", "2025-06-01"], "after"),
])
def test_bad_filter_is_one_line_and_non_zero(sudan_ledger, options, message):
    from helpers import run_cli

    result = run_cli("--db", sudan_ledger, "events", *options)
    assert result.returncode != 0
    assert result.stdout == "" and len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert "Traceback" not in result.stderr
