"""The held-out round's gold files (tests/heldout): floors under the figures recorded in
docs/accuracy.md, so a later change that loses what the round fixed shows up here."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.evaluate import evaluate

HELDOUT = sorted(str(p) for p in (Path(__file__).resolve().parent / "heldout" / "gold").glob("*.json"))


@pytest.fixture(scope="module")
def heldout_scores():
    assert len(HELDOUT) == 4
    return evaluate(HELDOUT)


@pytest.mark.parametrize("metric, floor", [
    ("attribution", 0.85),
    ("forecasts.found", 0.82),
    ("gaps.missing", 0.9),
    ("hypotheses.groups", 0.9),
    ("hypotheses.alternatives", 0.9),
    ("events", 0.62),
    ("quantities", 0.85),
    ("entities.merge", 0.9),
    ("rhetoric.rhetorical_question", 0.9),
    ("sections.appeal", 0.9),
])
def test_heldout_f1_floor(heldout_scores, metric, floor):
    assert heldout_scores[metric].f1 >= floor, heldout_scores[metric].misses


@pytest.mark.parametrize("metric, floor", [
    ("kinds", 0.9),
    ("forecasts.probability", 0.9),
    ("forecasts.by", 0.9),
    ("sections.lines", 0.98),
    ("events.date", 0.8),
])
def test_heldout_accuracy_floor(heldout_scores, metric, floor):
    assert heldout_scores[metric].accuracy >= floor, heldout_scores[metric].misses
