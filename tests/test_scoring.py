"""Scoring against values computed by hand."""
import math

import pytest

from claimledger.scoring import EPSILON, baseline_score, brier, calibration, log_score, summary


def test_brier_hand_computed():
    # (0.9-1)^2=0.01, (0.2-0)^2=0.04, (0.7-0)^2=0.49 -> 0.54/3
    assert brier([0.9, 0.2, 0.7], [1, 0, 0]) == pytest.approx(0.18)
    assert brier([0.5, 0.5], [1, 0]) == pytest.approx(0.25)
    assert brier([1.0], [1]) == 0.0
    assert brier([], []) is None


def test_log_score_hand_computed():
    # ln 0.9 + ln 0.8 + ln 0.3 = -0.10536 - 0.22314 - 1.20397 = -1.53247; / 3
    assert log_score([0.9, 0.2, 0.7], [1, 0, 0]) == pytest.approx(-0.510826, abs=1e-6)
    assert log_score([0.5], [0]) == pytest.approx(math.log(0.5))
    # certainty that failed is clipped, not -inf
    assert log_score([1.0], [0]) == pytest.approx(math.log(EPSILON))


def test_baseline_score_hand_computed():
    assert baseline_score([0.5], [1]) == pytest.approx(0.0)
    assert baseline_score([0.25], [1]) == pytest.approx(-100.0)
    assert baseline_score([0.75], [0]) == pytest.approx(-100.0)
    # 100*(log2 0.8 + 1) = 100*(1 - 0.321928) = 67.8072
    assert baseline_score([0.8], [1]) == pytest.approx(67.8072, abs=1e-3)
    # mean of +67.8072 and -100
    assert baseline_score([0.8, 0.75], [1, 0]) == pytest.approx(-16.0964, abs=1e-3)


def test_calibration_bins():
    bins = calibration([0.05, 0.15, 0.12, 0.9, 1.0, 0.5], [0, 1, 0, 1, 1, 0], bins=10)
    assert len(bins) == 10
    assert bins[0].count == 1 and bins[0].observed == 0.0
    assert bins[1].count == 2 and bins[1].mean_forecast == pytest.approx(0.135) and bins[1].observed == 0.5
    assert bins[5].count == 1            # 0.5 goes to the upper bin [0.5, 0.6)
    assert bins[9].count == 2 and bins[9].observed == 1.0 and bins[9].mean_forecast == pytest.approx(0.95)
    assert bins[3].count == 0 and bins[3].mean_forecast is None


def test_summary_shape_and_validation():
    s = summary([0.9, 0.2], [1, 0], bins=5)
    assert s["n"] == 2 and s["brier"] == pytest.approx(0.025)
    assert set(s) >= {"n", "brier", "log_score", "baseline_score", "calibration"}
    assert len(s["calibration"]) == 5
    with pytest.raises(ValueError):
        brier([1.2], [1])
    with pytest.raises(ValueError):
        brier([0.2], [2])
    with pytest.raises(ValueError):
        brier([0.2, 0.3], [1])
