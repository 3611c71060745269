"""Claim groups carry each report's stance and a status counted by independent origin; groups
never form on boilerplate; the who column names sources and outlets a reader knows."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from archive_support import hand_analysis
from claimledger.archive.claims import corroborate
from claimledger.cli import app
from claimledger.store import Ledger

CLAIM = "a drone strike damaged the main grain pier at Izmail and injured two workers"


def with_cue(analysis, cues: dict[int, str]):
    """The analysis with the attribution cue of sentence index -> cue text."""
    ids = {f"s{i + 1}": cue for i, cue in cues.items()}
    analysis.attributions = [a.model_copy(update={"cue": ids.get(a.sentence_id, a.cue)}) for a in analysis.attributions]
    return analysis


@pytest.fixture()
def ledger(tmp_path):
    with Ledger(f"sqlite:///{tmp_path / 'status.db'}") as ledger:
        ledger.store(hand_analysis(f"Pier hit\nPort officials said {CLAIM}.", published="2025-03-03",
                                   url="https://wire.example.net/1", attributed={1: ("port officials", "official", [])}))
        ledger.store(with_cue(hand_analysis(
            f"Moscow denies\nThe Russian Defence Ministry denied that {CLAIM}.", published="2025-03-04",
            url="https://daily.example.com/2", attributed={1: ("Russian Defence Ministry", "military", [])}), {1: "denied"}))
        ledger.store(with_cue(hand_analysis(
            f"Op-ed\nKyiv claims that {CLAIM}, but that is clearly not the case.", published="2025-03-05",
            title="The corridor holds", attributed={1: ("Kyiv", "official", [])}), {1: "claims"}))
        # The same wire relayed: one origin, not two.
        ledger.store(hand_analysis(f"Relay\nAccording to port officials, {CLAIM}.", published="2025-03-05",
                                   url="https://relay.example.org/3",
                                   attributed={1: ("Wire Service", "media", [("port officials", "official")])}))
        # Boilerplate only in common: never a group.
        ledger.store(hand_analysis("Truce\nA senior official, who spoke on condition of anonymity, said the cabinet "
                                   "would vote on the truce proposal on Sunday.", url="https://news.example.org/4",
                                   attributed={1: ("senior official", "anonymous", [])}))
        ledger.store(hand_analysis("Fuel\nAn aid worker in Goma, who spoke on condition of anonymity, said fuel "
                                   "deliveries to the city had stopped for a week.", url="https://relief.example.org/5",
                                   attributed={1: ("aid worker in Goma", "anonymous", [])}))
        yield ledger


def test_reports_carry_stances_and_the_group_a_status(ledger):
    groups = corroborate(ledger.engine, min_origins=1, method="tfidf")
    assert len(groups) == 1, [g.text for g in groups]
    group = groups[0]
    by_source = {c.source: c for c in group.claims}
    assert by_source["port officials"].voice == "asserts"
    assert by_source["Russian Defence Ministry"].voice == "denies"
    assert by_source["Russian Defence Ministry"].cues[0].text == "denied"
    assert by_source["Kyiv"].author == "disputes"
    assert group.status == "contested"
    # Two outlets relaying the port officials: one origin.
    assert sorted(group.origin_labels) == ["Kyiv", "Russian Defence Ministry", "port officials"]
    assert group.first.published == "2025-03-03" and group.first.source == "port officials"
    assert [c.published for c in group.timeline()] == sorted(c.published for c in group.claims)
    stances = group.stances_by_origin()
    assert stances["denies"] == ["Russian Defence Ministry"] and "port officials" in stances["asserts"]


def test_a_denial_by_the_claims_subject_and_a_retraction(tmp_path):
    claim = "the Azov Battalion shelled the school in the village overnight killing three children"
    with Ledger(f"sqlite:///{tmp_path / 'subject.db'}") as ledger:
        ledger.store(hand_analysis(f"A\nLocal officials said {claim}.", published="2025-01-01",
                                   url="https://a.example/1", attributed={1: ("local officials", "official", [])}))
        ledger.store(with_cue(hand_analysis(f"B\nThe Azov Battalion denied that {claim}.", published="2025-01-02",
                                            url="https://b.example/2",
                                            attributed={1: ("Azov Battalion", "armed_group", [])}), {1: "denied"}))
        groups = corroborate(ledger.engine, min_origins=1, method="tfidf")
        assert [g.status for g in groups] == ["denied by its subject"]
        ledger.store(with_cue(hand_analysis(f"C\nLocal officials retracted the report that {claim}.",
                                            published="2025-01-03", url="https://c.example/3",
                                            attributed={1: ("local officials", "official", [])}), {1: "retracted"}))
        assert [g.status for g in corroborate(ledger.engine, min_origins=1, method="tfidf")] == ["retracted"]


def test_origin_without_url_is_named_by_its_title(ledger):
    group = corroborate(ledger.engine, min_origins=1, method="tfidf")[0]
    assert all(not label.startswith(("document:", "outlet:")) for label in group.origin_labels)
    assert all(len(label) != 16 for label in group.origin_labels)   # never a raw document id


def test_cli_claims_json_carries_stances_and_status(ledger):
    result = CliRunner().invoke(app, ["--db", ledger.url, "claims", "--min-origins", "1", "--method", "tfidf",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    groups = json.loads(result.output)
    assert len(groups) == 1 and groups[0]["status"] == "contested"
    reports = groups[0]["claims"]
    assert {r["stance"] for r in reports} >= {"asserts", "denies"}
    assert all({"voice", "author", "cues", "origin_label", "published"} <= set(r) for r in reports)
    assert groups[0]["id"] == f"{reports[0]['document_id']}:{reports[0]['sentence_id']}"


def test_cli_claims_table_shows_readable_sources(ledger):
    result = CliRunner().invoke(app, ["--db", ledger.url, "claims", "--min-origins", "1", "--method", "tfidf"],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "contested" in result.output and "Russian Defence Ministry: denies" in result.output
    assert "document:" not in result.output
