"""PLOVER events from the dependency parse: type, actor, target, passives, nominal events,
what is not asserted, and the ACLED-like table."""
from __future__ import annotations

import csv
import io
import json

import pytest

from claimledger import analyze

from conftest import TEXTS


def _events(text, published="2025-03-06"):
    a = analyze(text, published=published)
    names = {e.id: e.name for e in a.entities}
    for ev in a.events:
        assert a.document.text[ev.start:ev.end] in ev.action
    return a, [(ev.code, ev.action, names.get(ev.actor), names.get(ev.target), ev) for ev in a.events]


@pytest.mark.parametrize("sentence,code,action,actor,target", [
    ("Russian forces shelled Kharkiv on Tuesday.", "ASSAULT", "shelled", "Russia", None),
    ("A cargo ship was hit by a missile fired by the Houthis.", "ASSAULT", "hit", "Houthis", "cargo ship"),   # the missile is an instrument
    ("The tanker was attacked by the Houthis in the Red Sea.", "ASSAULT", "attacked", "Houthis", "tanker"),
    ("Thousands of farmers protested in Brussels yesterday.", "PROTEST", "protested", "farmers", None),
    ("The Kremlin rejected the proposal.", "REJECT", "rejected", "Kremlin", "proposal"),
    ("Qatar urged Israel to halt the offensive.", "REQUEST", "urged", "Qatar", "Israel"),
    ("The EU imposed sanctions on Belarus.", "SANCTION", "sanctions", "European Union", "Belarus"),
    ("Blinken met Egyptian officials in Cairo.", "CONSULT", "met", "Blinken", "Egypt"),
    ("Moscow deployed additional troops to the border.", "MOBILIZE", "deployed", "Russia", "troops"),
    ("US troops will pull out of Niger by September.", "RETREAT", "pull out", "United States", None),
    ("Hamas accused Israel of stalling the negotiations.", "ACCUSE", "accused", "Hamas", "Israel"),
    ("Police arrested dozens of demonstrators in Tbilisi.", "COERCE", "arrested", "Police", "demonstrators"),
    ("Iran threatened to close the Strait of Hormuz.", "THREATEN", "threatened", "Iran", None),
    ("Germany pledged to supply more air defence systems, and Britain sent weapons to Kyiv.", "AID", "sent", "United Kingdom", "Kyiv"),
])
def test_coding(sentence, code, action, actor, target):
    _a, events = _events(sentence)
    hits = [e for e in events if e[0] == code and e[1] == action]
    assert hits, f"no {code} '{action}' in {[(e[0], e[1]) for e in events]}"
    _code, _action, got_actor, got_target, _ev = hits[0]
    assert got_actor is not None and actor.lower() in got_actor.lower() or got_actor == actor
    if target is not None:
        assert got_target is not None and (target.lower() in got_target.lower() or got_target.lower() in target.lower())


@pytest.mark.parametrize("sentence,place,lat,lon", [
    ("Chinese warships began patrols of the Taiwan Strait corridor on Friday.", "Taiwan Strait", 24.0, 119.5),
    ("Gunmen stormed a checkpoint near Kirkuk overnight.", "Kirkuk", 35.5, 44.4),
    ("The navy deployed two frigates to the Black Sea.", "Black Sea", 43.0, 35.0),
])
def test_event_locations(sentence, place, lat, lon):
    _a, events = _events(sentence)
    located = [e[4].location for e in events if e[4].location is not None]
    assert located, events
    assert located[0].name == place
    assert abs(located[0].lat - lat) < 1 and abs(located[0].lon - lon) < 1


def test_nominal_events():
    _a, events = _events("The strikes on US bases in Iraq continued. Israel offered a two-month pause in the fighting.")
    codes = {(c, act) for c, act, *_ in events}
    assert ("ASSAULT", "strikes") in codes and ("RETREAT", "pause") in codes
    pause = next(e for e in events if e[1] == "pause")
    assert pause[2] == "Israel"
    assert any(q.kind == "duration" and q.value == 2 for q in pause[4].quantities)


@pytest.mark.parametrize("sentence", [
    "The White House would rather bomb them again.",
    "Nobody in Washington wants to negotiate with the Houthis.",
    "If Turkey invades northern Syria, the Kurds will ask Moscow for help.",
    "Russia did not attack the convoy.",
    "Did Russia really attack the convoy?",
])
def test_unasserted_events_are_marked_not_happened(sentence):
    """Issue 13: an event the text does not assert stays visible with its factuality, and is
    never counted as having happened."""
    _a, events = _events(sentence)
    assert all(e[4].factuality not in ("asserted", "reported") for e in events), events


def test_wire_text_events_and_sources():
    a, events = _events((TEXTS / "events_wire.txt").read_text(encoding="utf-8"))
    codes = {c for c, *_ in events}
    assert {"ASSAULT", "PROTEST", "REJECT", "ACCUSE", "MOBILIZE", "CONSULT", "THREATEN", "SANCTION", "RETREAT"} <= codes
    for ev in a.events:
        assert ev.source_id and 0.0 <= ev.certainty <= 1.0
        assert ev.actor is None or any(e.id == ev.actor for e in a.entities)
    deployed = next(e for e in events if e[1] == "deployed")
    assert deployed[4].location is not None and deployed[4].location.name == "Mediterranean Sea"


def test_commentary_tells_happened_events_from_the_rest():
    _a, events = _events((TEXTS / "events_commentary.txt").read_text(encoding="utf-8"))
    happened = {act for _c, act, *_rest, ev in events if ev.factuality in ("asserted", "reported")}
    assert {"signed", "ambushed", "warned"} <= happened
    assert not happened & {"lose", "negotiate", "bomb", "invades", "ask", "attack"}


def test_markdown_has_events_table(seed_analysis):
    from claimledger.report.markdown import render

    md = render(seed_analysis)
    assert "## Events" in md and "| ASSAULT |" in md and "Red Sea" in md


def test_seed_event_recall(seed_scores):
    overall = seed_scores["events"]
    # issue 13: "the seed stays >= 0.76" (13 of 16 happened events found since round 26; round 28's medium
    # reading once cost one, caught only at the session's final figures: the floor is the aim itself)
    assert overall.recall >= 0.76
    assert overall.precision >= 0.3
    assert seed_scores["events.ASSAULT"].recall >= 0.8


def test_seed_houthi_attack(seed_analysis):
    names = {e.id: e.name for e in seed_analysis.entities}
    attack = [e for e in seed_analysis.events if e.line == 27 and e.code == "ASSAULT"]
    assert attack and names[attack[0].actor] == "Houthis"


def test_events_command_csv_and_json(ledger_url, seed_analysis):
    from typer.testing import CliRunner

    from claimledger.cli import app
    from claimledger.store import Ledger

    url = ledger_url
    with Ledger(url) as ledger:
        ledger.store(seed_analysis)
    runner = CliRunner()
    result = runner.invoke(app, ["events", "--db", url, "--format", "csv", "--reports"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == len(seed_analysis.events)        # --reports: one row per stored event
    killed = [r for r in rows if r["fatalities_reported"].startswith("24–28")]
    assert killed and killed[0]["plover_type"] == "ASSAULT" and killed[0]["event_date"] == "2024-01-23"
    assert killed[0]["fatalities"] == "24"                # ACLED's conservative (lowest) figure
    merged = list(csv.DictReader(io.StringIO(runner.invoke(app, ["events", "--db", url]).output)))
    assert 0 < len(merged) <= len(rows)
    assert sum(int(r["mentions"]) for r in merged) == len(rows)   # every report in exactly one event
    result = runner.invoke(app, ["--db", url, "events", "--format", "json", "--type", "RETREAT"])
    assert result.exit_code == 0
    array = json.loads(result.output)                     # one JSON array, as every --format json
    assert array and {x["plover_type"] for x in array} == {"RETREAT"}
    lines = runner.invoke(app, ["--db", url, "events", "--format", "jsonl", "--type", "RETREAT"]).output.splitlines()
    assert [json.loads(x)["event_id"] for x in lines] == [x["event_id"] for x in array]
    bad = runner.invoke(app, ["events", "--db", url, "--format", "xml"])
    assert bad.exit_code != 0


def test_thinktank_note_roles_dates_and_content_of_accusations():
    a, events = _events((TEXTS / "events_thinktank.txt").read_text(encoding="utf-8"), published="2025-02-14")
    by_action = {act: (code, actor, target, ev) for code, act, actor, target, ev in events}
    assert by_action["seized"][0] == "COERCE" and by_action["seized"][1] == "Azerbaijan"
    assert by_action["seized"][3].date == "2025-02-12"
    assert by_action["appealed"][2] == "UN Security Council"
    assert by_action["condemned"][0] == "ACCUSE"
    assert by_action["erupted"][3].location.name == "Yerevan" and by_action["erupted"][3].date == "2025-02-09"
    evacuated = by_action["evacuated"][3]
    # civilians taken to safety by peacekeepers: relief by another party (AID since round 17 of issue 13,
    # as heldout11's gold codes an evacuation of aid workers by peacekeepers); a party leaving stays RETREAT
    assert evacuated.code == "AID" and evacuated.quantities[0].value == 1500 and evacuated.quantities[0].approximate
    assert by_action["refused"][0] == "REJECT" and by_action["agreed"][0] == "AGREE"
    # what demonstrators accuse someone of, and what a ministry asks for, did not happen (yet)
    assert "abandoning" not in by_action
    assert by_action["negotiations"][3].factuality not in ("asserted", "reported")
    # a date of a relative clause is not the date of the main event
    assert by_action["praised"][3].date_text is None


def test_seed_requests_content_is_not_an_event(seed_analysis):
    """'pleading with Netanyahu to curb his assaults': what a request asks for is no event that
    happened. Issue 13 keeps such mentions with their factuality; none may count as happened."""
    content = [e for e in seed_analysis.events if e.line == 9 and e.action == "assaults"]
    assert all(e.factuality not in ("asserted", "reported") for e in content), [(e.action, e.factuality) for e in content]


def test_own_gold_files():
    """Micro-averaged scores on the annotated genre texts in tests/gold (wire, think-tank note,
    newsletter; the newsletter was annotated before the tool first ran on it)."""
    from pathlib import Path

    from claimledger.evaluate import evaluate

    golds = sorted(str(p) for p in (Path(__file__).parent / "gold").glob("events_*.json"))
    assert len(golds) >= 3
    scores = evaluate(golds)
    assert scores["events"].recall >= 0.8 and scores["events"].precision >= 0.8
    assert scores["events.date"].accuracy >= 0.9
    assert scores["quantities"].recall >= 0.9


def test_small_windows_give_the_same_events():
    """Documents are cut into windows of lines; events, places and entities must not depend on it."""
    from claimledger.settings import get_settings

    text = (TEXTS / "events_wire.txt").read_text(encoding="utf-8")
    whole = analyze(text, published="2025-03-06")
    cut = analyze(text, published="2025-03-06", settings=get_settings().model_copy(update={"window_lines": 2}))

    def rows(a):
        names = {e.id: e.name for e in a.entities}
        return [(e.line, e.code, e.action, names.get(e.actor), names.get(e.target),
                 e.location.name if e.location else None, e.date) for e in a.events]

    assert rows(whole) == rows(cut)
    assert [q.text for q in whole.quantities] == [q.text for q in cut.quantities]


# tests/events/heldout and heldout2 were written blind (the writers never read the extractor) and
# annotated before the tool first ran on them; their first-run levels are the floors later work may
# not fall below — they measure whether fixes reach wording nobody tuned to.
# heldout (159 required events): first run events P 0.76 R 0.70.
# heldout2 (175): first run (rules only) P 0.91 R 0.73 (127 found, 12 false, 48 missed).
# heldout3 (168): first run P 0.84 R 0.76 (127 found, 24 false, 41 missed); the same after the
# third round of issue 13, which never saw it.
# heldout4 (152): first run P 0.84 R 0.74 (112 found, 21 false, 40 missed), before the fourth round.
# heldout5 (116): first run P 0.83 R 0.75 (86 found, 18 false, 28 missed), before rounds 5 and 6.
# heldout6 (120): first run P 0.82 R 0.72 (83 found, 18 false, 33 missed), before the dates round
# of incident logs and datelines.
# heldout7 (126): first run P 0.89 R 0.75 (95 found, 12 false, 31 missed), after round 7 and before round 8.
# heldout8 (156): first run P 0.86 R 0.72 (113 found, 19 false, 43 missed), after round 11.
# heldout9 (155): first run P 0.87 R 0.70 (108 found, 16 false, 47 missed), after round 11; after round
# 12, still unread, P 0.88 R 0.74 (115, 16, 40); read by round 13 (places) since.
# heldout10 (146): first run P 0.85 R 0.77 (113 found, 20 false, 33 missed), after round 13; read by
# round 16 since (P 0.94 R 0.88, 129 / 8 / 17).
# heldout11 (153): first run P 0.82 R 0.80 (122 found, 27 false, 31 missed), after round 14 and the
# set-apart lead rule (f455a23).
# heldout12 (155): first run P 0.85 R 0.71 (110 found, 19 false, 45 missed), after round 15.
# heldout13 (150): first run P 0.85 R 0.76 (114 found, 20 false, 36 missed), after round 16; type
# 0.82 / 0.75 (keyword baseline 0.61 / 0.43).
# heldout14 (150): first run P 0.85 R 0.79 (118 found, 21 false, 32 missed), after round 17; type
# 0.79 / 0.76 (keyword baseline 0.59 / 0.33).
# heldout13 read by round 19 since (P 0.93 R 0.81, 121 / 9 / 29; type 0.92 / 0.81); its floor keeps the
# first run.
# heldout14 read by round 20 since (P 0.95 R 0.91, 137 / 7 / 13; type 0.92 / 0.90).
# heldout15 (148): first run P 0.81 R 0.77 (114 found, 26 false, 34 missed), after round 19; type
# 0.76 / 0.72 (keyword baseline 0.53 / 0.36). After round 20, the false-alarm pass and geo round 2,
# still unread: P 0.82 R 0.78 (115 / 25 / 33), type 0.77 / 0.73. Read by round 21 since (P 0.93 R 0.88,
# 130 / 9 / 18; type 0.91 / 0.86); its floor is raised to that level less a small margin.
# heldout16 (102): first run P 0.79 R 0.77 (79 found, 21 false, 23 missed), after round 19; type
# 0.75 / 0.75 (keyword baseline 0.49 / 0.39). Read by round 22: P 0.94 R 0.93 (95 / 6 / 7), type
# 0.93 / 0.92 (94 / 7 / 8); the floor is that level less a small margin.
# heldout17 (115): first run P 0.81 R 0.80 (92 found, 22 false, 23 missed), after the scorer's new
# pairing and the owner fixes of 2026-12-04 evening; type 0.75 / 0.77 (keyword baseline 0.67 / 0.45).
# Read by round 23: P 0.91 R 0.90 (103 / 10 / 12); the floor is that level less a small margin.
# heldout18 (105; commentary-heavy, written to gold_builder.SCHEME_DECISIONS): first run P 0.82 R 0.84
# (88 found, 20 false, 17 missed), on f99f2c2 (after the third geo round); type 0.78 / 0.83 (keyword baseline 0.47 / 0.40).
# Still unread after rounds 21-23 (read on heldout15-heldout17): 88 / 21 / 17 (P 0.807), one false alarm more
# from a rule nobody could see on it; the precision floor is 0.80 since. Read by round 26: P 0.93 R 0.90
# (95 / 7 / 10; type 96 / 8 / 9); the floor is that level less a small margin.
# heldout19 (112; four of five in the author's voice: a book review, a speech, an open letter, a leader):
# first run P 0.85 R 0.76 (85 found, 15 false, 27 missed), on 37cc43d; type 0.77 / 0.73 (82 / 25 / 30;
# keyword baseline 0.59 / 0.46). Read by round 27: P 0.98 R 0.88 (99 / 2 / 13; type 96 / 2 / 16); the floor
# is that level less a small margin.
# heldout20 (87; a court report, an aid forum's situation report, a radio interview, a committee summary,
# a column): first run P 0.86 R 0.84 (73 found, 12 false, 14 missed), on 4cc3a47; type 0.83 / 0.82
# (71 / 15 / 16; keyword baseline 0.53 / 0.38). Read by round 28: P 0.98 R 1.00 (87 / 2 / 0; type 87 / 3 / 0);
# the floor is that level less a small margin.
# heldout21 (108; a wire report, a risk consultancy's weekly brief, a parliamentary record, a feature, a
# podcast): first run P 0.77 R 0.75 (81 found, 24 false, 27 missed), on 3f76732; type 0.74 / 0.74
# (80 / 28 / 28; keyword baseline 0.58 / 0.43). Read by round 29: P 0.94 R 0.94 (101 / 6 / 7; type 99 / 10 / 9);
# the floor is that level less a small margin.
# heldout22 (104; an NGO flash update, a radio bulletin, a court report, a column, a monitoring group's
# incident log): first run P 0.84 R 0.76 (79 found, 15 false, 25 missed), on 9ae576a; type 0.84 / 0.73
# (76 / 15 / 28; keyword baseline 0.62 / 0.42). Read by round 30: P 0.90 R 0.86 (89 / 10 / 15; type 86 / 10 / 18);
# the floor is that level less a small margin.
# heldout23 (104; a police statement with reporters' questions, a rights group's report summary, a live blog,
# a foreign ministry's readout, a TV news script): first run P 0.81 R 0.80 (83 found, 19 false, 21 missed), on
# 84176ff (after rounds 27 and 28); type 0.74 / 0.80 (83 / 29 / 21; keyword baseline 0.49 / 0.37). Read by round 31:
# P 0.85 R 0.83 (86 / 15 / 18; type 86 / 21 / 18); the floor is that level less a small margin.
# heldout24 (102; a UN panel of experts' report excerpt, a radio call-in, a mining company's release to
# investors, a strike committee's bulletin, a district security committee's minutes): committed (d6ae44b)
# before the first run, on a66ac30's code: P 0.78 R 0.75 (77 found, 22 false, 25 missed); type 0.75 / 0.75
# (77 / 26 / 25; keyword baseline 0.34 / 0.37).
@pytest.mark.parametrize("name, precision, recall", [("heldout", 0.76, 0.70), ("heldout2", 0.91, 0.72),
                                                     ("heldout3", 0.83, 0.75), ("heldout4", 0.83, 0.73),
                                                     ("heldout5", 0.81, 0.74), ("heldout6", 0.81, 0.71),
                                                     ("heldout7", 0.88, 0.74), ("heldout8", 0.85, 0.71),
                                                     ("heldout9", 0.86, 0.73), ("heldout10", 0.84, 0.76),
                                                     ("heldout11", 0.81, 0.79), ("heldout12", 0.84, 0.70),
                                                     ("heldout13", 0.84, 0.75), ("heldout14", 0.84, 0.78),
                                                     ("heldout15", 0.90, 0.84), ("heldout16", 0.91, 0.89),
                                                     ("heldout17", 0.89, 0.87), ("heldout18", 0.91, 0.88),
                                                     ("heldout19", 0.96, 0.86), ("heldout20", 0.96, 0.98),
                                                     ("heldout21", 0.92, 0.92),
                                                     ("heldout22", 0.88, 0.84),
                                                     ("heldout23", 0.83, 0.81),
                                                     ("heldout24", 0.75, 0.72)])
def test_blind_heldout_events_keep_their_first_run_level(name, precision, recall):
    from pathlib import Path

    from claimledger.evaluate import evaluate

    gold = sorted(str(p) for p in (Path(__file__).parent / "events" / name / "gold").glob("*.json"))
    assert len(gold) == 5
    scores = evaluate(gold)
    # plain numbers only: a failing assertion must not print the Score's misses (blind sets' texts)
    got = (scores["events"].precision, scores["events"].recall)
    assert got[0] >= precision and got[1] >= recall, f"{name}: P/R {got} under the floor {(precision, recall)}"


def test_a_verbless_heading_with_a_definite_event_noun_reports_nothing():
    # "First, the strike." heads the paragraph that tells the strike; a verbless headline with no
    # article ("Deadly clashes in Tripoli.") is a report and stays
    label = analyze("First, the strike. A naval drone hit a patrol ship near Sevastopol on Tuesday.",
                    published="2025-03-14")
    assert [(e.code, e.action) for e in label.events] == [("ASSAULT", "hit")]
    headline = analyze("Deadly clashes in Tripoli.", published="2025-03-14")
    assert [(e.code, e.action) for e in headline.events] == [("ASSAULT", "clashes")]


def test_a_count_the_parser_split_off_the_front_of_a_sentence_stays_the_toll():
    # the parser reads "56 | Boko Haram fighters were killed." as two sentences (a name after a
    # digit taken for a new start); the number is the toll of the shelling told before it
    label = analyze("The army shelled rebel positions near Buk on Monday. 56 Boko Haram fighters were killed.",
                    published="2026-05-06")
    shelling = [e for e in label.events if e.action == "shelled"]
    assert len(shelling) == 1
    assert [(q.kind, q.value) for q in shelling[0].quantities if q.kind == "killed"] == [("killed", 56.0)]
    assert not any(s.text == "56" for s in label.sentences)


def test_who_reported_or_witnessed_an_act_is_not_its_author():
    # the residents told of the killing; the villagers saw the shelling, which the army units did
    killing = [e for e in analyze("On Sunday residents reported the killing of two guards at a depot.", published="2026-03-04").events
               if e.code == "ASSAULT"]
    assert len(killing) == 1 and killing[0].actor is None
    shelling = [e for e in analyze("Villagers witnessed the shelling of the market by army units.", published="2026-03-04").events
                if e.code == "ASSAULT"]
    assert len(shelling) == 1 and shelling[0].actor is not None and shelling[0].actor != shelling[0].target
