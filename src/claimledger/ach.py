"""Analysis of Competing Hypotheses (Heuer, Psychology of Intelligence Analysis, 1999, ch. 8;
PARC ACH 2.0): a matrix of evidence rows x hypothesis columns. Pure functions, no I/O.

Cells: CC (very consistent), C (consistent), N (neutral or not applicable), I (inconsistent),
II (very inconsistent). A cell nobody rated is N.

Inconsistency score (Heuer's step 5, as PARC ACH computes it): for each hypothesis, the sum
over evidence of I = 1 and II = 2 (consistent cells add nothing, because evidence consistent
with a hypothesis rarely proves it, while inconsistent evidence can refute it), each multiplied
by the evidence's weight (1 unless given). The hypothesis with the LOWEST score is the least
refuted and the one to prefer; the scores are a guide to discussion, not a probability.

Diagnosticity (our stated definition): how much an evidence item discriminates between the
hypotheses. With cell values CC = +2, C = +1, N = 0, I = -1, II = -2, an item's diagnosticity
is (max - min of its values across the hypotheses) / 4, in [0, 1]. An item rated the same for
every hypothesis has diagnosticity 0: it may be true and important, but it does not help to
choose (Heuer's point about non-diagnostic evidence). With a single hypothesis every item has
diagnosticity 0.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .contract import Hypothesis

RATINGS = ("CC", "C", "N", "I", "II")
VALUES = {"CC": 2, "C": 1, "N": 0, "I": -1, "II": -2}
INCONSISTENCY = {"I": 1, "II": 2}
DIAGNOSTICITY_DEFINITION = (
    "diagnosticity = (max - min of the evidence's cell values across hypotheses) / 4, with "
    "CC=+2, C=+1, N=0, I=-1, II=-2; 0 = the evidence does not discriminate, 1 = it is very "
    "consistent with one hypothesis and very inconsistent with another")
INCONSISTENCY_DEFINITION = (
    "inconsistency = sum over evidence of weight x (I=1, II=2); the lowest score marks the "
    "least refuted hypothesis (Heuer 1999, ch. 8; PARC ACH)")


@dataclass
class Matrix:
    hypotheses: list[str]
    evidence: list[str]
    cells: dict[tuple[int, int], str] = field(default_factory=dict)   # (evidence, hypothesis) -> rating
    weights: list[float] = field(default_factory=list)                # per evidence, default 1
    sources: dict[tuple[int, int], str] = field(default_factory=dict)  # where a cell came from: text | hand

    def rate(self, evidence: int, hypothesis: int, rating: str, source: str = "hand") -> None:
        rating = rating.upper()
        if rating not in RATINGS:
            raise ValueError(f"rating must be one of {', '.join(RATINGS)}, not {rating!r}")
        if not 0 <= evidence < len(self.evidence):
            raise ValueError(f"evidence index {evidence} outside 0..{len(self.evidence) - 1}")
        if not 0 <= hypothesis < len(self.hypotheses):
            raise ValueError(f"hypothesis index {hypothesis} outside 0..{len(self.hypotheses) - 1}")
        self.cells[(evidence, hypothesis)] = rating
        self.sources[(evidence, hypothesis)] = source

    def set_weight(self, evidence: int, weight: float) -> None:
        if not 0 <= evidence < len(self.evidence):
            raise ValueError(f"evidence index {evidence} outside 0..{len(self.evidence) - 1}")
        if weight < 0:
            raise ValueError(f"a weight cannot be negative ({weight:g})")
        self.weights.extend([1.0] * (len(self.evidence) - len(self.weights)))
        self.weights[evidence] = weight

    def cell(self, evidence: int, hypothesis: int) -> str:
        return self.cells.get((evidence, hypothesis), "N")

    def weight(self, evidence: int) -> float:
        return self.weights[evidence] if evidence < len(self.weights) else 1.0


def inconsistency_scores(m: Matrix) -> list[float]:
    """Heuer's weighted inconsistency score per hypothesis (lower is better)."""
    return [sum(m.weight(e) * INCONSISTENCY.get(m.cell(e, h), 0) for e in range(len(m.evidence)))
            for h in range(len(m.hypotheses))]


def diagnosticity(m: Matrix) -> list[float]:
    """Per evidence item, in [0, 1], as defined in DIAGNOSTICITY_DEFINITION."""
    out = []
    for e in range(len(m.evidence)):
        values = [VALUES[m.cell(e, h)] for h in range(len(m.hypotheses))]
        out.append((max(values) - min(values)) / 4.0 if values else 0.0)
    return out


def preferred(m: Matrix) -> Optional[int]:
    """Index of the least-refuted hypothesis, None on a tie for the lowest score."""
    scores = inconsistency_scores(m)
    if not scores:
        return None
    low = min(scores)
    return scores.index(low) if scores.count(low) == 1 else None


def explanation(m: Matrix) -> str:
    """Why the least-refuted hypothesis is the one to prefer, in the terms of its inconsistency
    score (or why none is): which evidence counts against each hypothesis, with its weight."""
    if not m.hypotheses:
        return "no hypotheses to compare"
    scores = inconsistency_scores(m)
    against = {h: [(e, m.cell(e, h), m.weight(e)) for e in range(len(m.evidence)) if m.cell(e, h) in INCONSISTENCY]
               for h in range(len(m.hypotheses))}

    def detail(h: int) -> str:
        items = ", ".join(f"E{e + 1} {rating}" + (f" x{w:g}" if w != 1 else "") for e, rating, w in against[h])
        return f"H{h + 1} {scores[h]:g}" + (f" ({items})" if items else "")

    best = preferred(m)
    others = ", ".join(detail(h) for h in range(len(m.hypotheses)) if h != best)
    if best is not None:
        own = ", ".join(f"E{e + 1} {r}" + (f" x{w:g}" if w != 1 else "") for e, r, w in against[best])
        return (f"H{best + 1} is the least refuted: inconsistency {scores[best]:g} ({own or 'no evidence against it'}); "
                f"the others score {others}. Heuer: prefer the hypothesis with the least evidence against it; "
                "consistent evidence does not count, since it rarely proves a hypothesis.")
    low = min(scores)
    tied = [h for h, s in enumerate(scores) if s == low]
    names = ", ".join(f"H{h + 1}" for h in tied)
    if low == 0 and not any(against.values()):
        return (f"A tie: {names} all score 0 because no evidence is rated inconsistent (I or II) with any "
                "hypothesis. Consistent evidence does not count in this score, so the matrix cannot choose "
                "until someone rates where the evidence argues against a hypothesis.")
    return (f"A tie at inconsistency {low:g} between {names}: " + "; ".join(detail(h) for h in range(len(m.hypotheses)))
            + ". Rate more cells, or weigh the evidence, to separate them.")


def from_hypothesis(h: Hypothesis) -> Matrix:
    """The matrix a text gives: its alternatives, its evidence, the cells it states."""
    m = Matrix(hypotheses=[a.text for a in h.alternatives], evidence=[e.text for e in h.evidence])
    for r in h.ratings:
        if r.evidence < len(m.evidence) and r.alternative < len(m.hypotheses):
            m.rate(r.evidence, r.alternative, r.rating, source="text")
    return m


def as_dict(m: Matrix) -> dict:
    scores, diag = inconsistency_scores(m), diagnosticity(m)
    return {
        "hypotheses": [{"index": h, "text": t, "inconsistency": scores[h]} for h, t in enumerate(m.hypotheses)],
        "evidence": [{"index": e, "text": t, "weight": m.weight(e), "diagnosticity": diag[e],
                      "cells": [m.cell(e, h) for h in range(len(m.hypotheses))]} for e, t in enumerate(m.evidence)],
        "preferred": preferred(m),
        "explanation": explanation(m),
        "cells_from": {f"{e},{h}": source for (e, h), source in sorted(m.sources.items())},
        "definitions": {"inconsistency": INCONSISTENCY_DEFINITION, "diagnosticity": DIAGNOSTICITY_DEFINITION},
    }
