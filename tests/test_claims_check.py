"""`claims check`: every stored document's stance toward a claim, found through the full-text
index first (on SQLite and PostgreSQL), with the sentences, sources and cues behind it."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from archive_support import hand_analysis
from claimledger.archive import check as check_module
from claimledger.archive import stance_model
from claimledger.archive.check import check
from claimledger.cli import app
from claimledger.store import Ledger
from test_claim_status import with_cue

CLAIM = "A drone strike damaged the main grain pier at Izmail"


@pytest.fixture()
def ledger(ledger_url):
    with Ledger(ledger_url) as ledger:
        ids = {}
        ids["asserts"] = ledger.store(hand_analysis(
            "Pier hit\nPort officials said a drone strike damaged the main grain pier at Izmail overnight. "
            "Loading stopped for the day.", title="Pier hit", published="2025-03-03",
            attributed={1: ("port officials", "official", [])})).document_id
        ids["denies"] = ledger.store(with_cue(hand_analysis(
            "Moscow denies\nThe Russian Defence Ministry denied that a drone strike damaged the main grain pier at "
            "Izmail. It said every target was a military depot.", title="Moscow denies", published="2025-03-04",
            attributed={1: ("Russian Defence Ministry", "military", [])}), {1: "denied"})).document_id
        ids["unrelated"] = ledger.store(hand_analysis(
            "Rates\nThe central bank raised its key interest rate by half a point on Thursday.",
            title="Rates")).document_id
        yield ledger, ids


def test_every_document_gets_a_stance_with_its_evidence(ledger):
    ledger, ids = ledger
    result = check(ledger.engine, CLAIM)
    stances = {d.document_id: d for d in result.documents}
    assert set(stances) == set(ids.values())                    # every stored document is answered
    assert stances[ids["unrelated"]].stance == "unrelated"
    assert stances[ids["asserts"]].stance in ("agrees", "discusses")
    assert stances[ids["denies"]].stance in ("disagrees", "discusses")
    denial = stances[ids["denies"]].evidence[0]
    assert denial.source == "Russian Defence Ministry" and denial.voice == "denies"
    assert "denied" in [c.text for c in denial.cues]
    assert stances[ids["asserts"]].evidence[0].source == "port officials"
    assert result.related and all(d.stance != "unrelated" for d in result.related)


def test_documents_sharing_no_word_are_never_read(ledger, monkeypatch):
    ledger, ids = ledger
    read: list[str] = []
    original = check_module.load_views
    monkeypatch.setattr(check_module, "load_views", lambda engine, chosen: read.extend(chosen) or original(engine, chosen))
    check_module._prepared.items.clear()
    check(ledger.engine, CLAIM)
    assert ids["unrelated"] not in read and ids["denies"] in read


def test_candidates_come_from_the_full_text_index_best_first(ledger):
    ledger, ids = ledger
    found = check_module.candidate_documents(ledger.engine, "central bank interest rate")
    assert found[0] == ids["unrelated"]
    assert check_module.candidate_documents(ledger.engine, "Izmail pier")[:2] != []
    assert check_module.claim_terms("The the of a drone") == ["drone"]


def test_a_claim_without_content_words_is_refused(ledger):
    from claimledger.errors import InputError

    ledger, _ = ledger
    with pytest.raises(InputError):
        check(ledger.engine, "it is what it was")


def test_cli_check_json_lists_every_document_per_claim(ledger, tmp_path):
    ledger, ids = ledger
    claims_file = tmp_path / "claims.txt"
    claims_file.write_text(f"# two claims\n{CLAIM}\n\nThe central bank raised rates\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["--db", ledger.url, "claims", "check", "--from", str(claims_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    answers = json.loads(result.output)
    assert [a["claim"] for a in answers] == [CLAIM, "The central bank raised rates"]
    for answer in answers:
        assert {d["document_id"] for d in answer["documents"]} == set(ids.values())
        for d in answer["documents"]:
            assert {"document_id", "title", "stance", "sentences", "sources", "cues"} <= set(d)
            assert d["stance"] in ("agrees", "disagrees", "discusses", "unrelated")
    rates = {d["document_id"]: d["stance"] for d in answers[1]["documents"]}
    assert rates[ids["denies"]] == "unrelated" and rates[ids["unrelated"]] != "unrelated"


def test_cli_check_table_names_sources_and_cues(ledger):
    ledger, _ = ledger
    result = CliRunner().invoke(app, ["--db", ledger.url, "claims", "check", CLAIM], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Russian Defence Ministry (denies" in result.output and "“denied”" in result.output
    assert "other document(s) are unrelated" in result.output


@pytest.mark.parametrize("args, message", [
    (["claims", "check"], "give a claim to check"),
    (["claims", "check", "x", "--from", "f.txt"], "not both"),
    (["claims", "check", "--from", "/nonexistent/claims.txt"], "no such file"),
    (["claims", "check", "drone strike", "--format", "csv"], "--format must be"),
])
def test_cli_check_bad_input_is_one_line(ledger, args, message):
    ledger, _ = ledger
    result = CliRunner().invoke(app, ["--db", ledger.url, *args])
    assert result.exit_code != 0
    assert message in str(result.exception) or message in result.output


def test_rules_answer_without_a_trained_model(ledger, monkeypatch):
    ledger, ids = ledger
    monkeypatch.setattr(stance_model, "load_model", lambda: stance_model.RuleModel())
    stances = {d.document_id: d.stance for d in check(ledger.engine, CLAIM).documents}
    assert stances[ids["denies"]] == "disagrees" and stances[ids["unrelated"]] == "unrelated"
