"""Scoring resolved probability forecasts: pure functions, no I/O.

Conventions (all binary forecasts; `p` is the stated probability that the statement comes true,
`outcome` is 1 if it did and 0 if it did not; ambiguous resolutions are left out by the caller):

- Brier score (Brier 1950, binary form): mean of (p - outcome)^2. 0 is perfect, 0.25 is what
  always saying 50 % earns, 1 is the worst.
- Log score: mean natural log of the probability given to what happened, ln(p) if it came true
  else ln(1 - p). 0 is perfect; more negative is worse; ln(0.5) = -0.693 is the coin flip.
- Metaculus-style baseline score: 100 * (log2 P(outcome) + 1), i.e. the log score against a
  50 % baseline in bits, scaled so a coin flip earns 0, certainty that came true earns +100 and
  25 % on what happened earns -100 (https://www.metaculus.com/help/scores-faq/).
- Calibration: forecasts grouped in equal-width probability bins; each bin reports its count,
  mean forecast and observed frequency. Well-calibrated forecasts lie on the diagonal.

Probabilities of exactly 0 or 1 are clipped to [EPSILON, 1 - EPSILON] for the log scores only,
so one overconfident miss costs a large but finite amount.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Optional, Sequence

EPSILON = 1e-3


def _check(probabilities: Sequence[float], outcomes: Sequence[int]) -> None:
    if len(probabilities) != len(outcomes):
        raise ValueError("probabilities and outcomes differ in length")
    for p in probabilities:
        if not 0.0 <= p <= 1.0:
            raise ValueError(f"probability {p} outside [0, 1]")
    for o in outcomes:
        if o not in (0, 1, True, False):
            raise ValueError(f"outcome {o!r} is not 0 or 1")


def _clip(p: float) -> float:
    return min(max(p, EPSILON), 1.0 - EPSILON)


def brier(probabilities: Sequence[float], outcomes: Sequence[int]) -> Optional[float]:
    """Mean squared error of the probabilities (None when there is nothing to score)."""
    _check(probabilities, outcomes)
    if not probabilities:
        return None
    return sum((p - o) ** 2 for p, o in zip(probabilities, outcomes)) / len(probabilities)


def log_score(probabilities: Sequence[float], outcomes: Sequence[int]) -> Optional[float]:
    """Mean ln(probability of what happened); 0 is perfect, ln 0.5 a coin flip."""
    _check(probabilities, outcomes)
    if not probabilities:
        return None
    total = sum(math.log(_clip(p) if o else 1.0 - _clip(p)) for p, o in zip(probabilities, outcomes))
    return total / len(probabilities)


def baseline_score(probabilities: Sequence[float], outcomes: Sequence[int]) -> Optional[float]:
    """Metaculus-style baseline log score: mean of 100 * (log2 P(outcome) + 1)."""
    _check(probabilities, outcomes)
    if not probabilities:
        return None
    total = sum(100.0 * (math.log2(_clip(p) if o else 1.0 - _clip(p)) + 1.0)
                for p, o in zip(probabilities, outcomes))
    return total / len(probabilities)


@dataclass(frozen=True)
class CalibrationBin:
    low: float
    high: float
    count: int
    mean_forecast: Optional[float]
    observed: Optional[float]    # share of the bin's forecasts that came true

    def as_dict(self) -> dict:
        return asdict(self)


def calibration(probabilities: Sequence[float], outcomes: Sequence[int], bins: int = 10) -> list[CalibrationBin]:
    """Equal-width bins over [0, 1]; a probability on a boundary goes to the upper bin, and 1.0
    to the last one. Empty bins are kept (count 0) so tables line up."""
    _check(probabilities, outcomes)
    if bins < 1:
        raise ValueError("bins must be >= 1")
    members: list[list[tuple[float, int]]] = [[] for _ in range(bins)]
    for p, o in zip(probabilities, outcomes):
        members[min(int(p * bins + 1e-9), bins - 1)].append((p, int(o)))
    out = []
    for i, group in enumerate(members):
        n = len(group)
        out.append(CalibrationBin(
            low=round(i / bins, 6), high=round((i + 1) / bins, 6), count=n,
            mean_forecast=sum(p for p, _ in group) / n if n else None,
            observed=sum(o for _, o in group) / n if n else None,
        ))
    return out


def summary(probabilities: Sequence[float], outcomes: Sequence[int], bins: int = 10) -> dict:
    """Everything `forecasts score` prints for one group of resolved forecasts."""
    return {
        "n": len(probabilities),
        "brier": brier(probabilities, outcomes),
        "log_score": log_score(probabilities, outcomes),
        "baseline_score": baseline_score(probabilities, outcomes),
        "calibration": [b.as_dict() for b in calibration(probabilities, outcomes, bins)],
    }
