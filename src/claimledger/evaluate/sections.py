"""Sections: every line's section kind against the gold ranges (precision/recall per kind)."""
from __future__ import annotations

from ..contract import Analysis
from .gold import Gold, Score


def score(analysis: Analysis, gold: Gold) -> dict[str, Score]:
    expected = {}
    for section in gold.data["sections"]:
        for line in range(section["first_line"], section["last_line"] + 1):
            expected[line] = section["kind"]
    predicted = {}
    for section in analysis.sections:
        for line in range(section.first_line, section.last_line + 1):
            predicted[line] = section.kind
    scores: dict[str, Score] = {}
    for kind in ("body", "appeal", "comments"):
        s = Score()
        for line in set(expected) | set(predicted):
            e, p = expected.get(line) == kind, predicted.get(line) == kind
            s.tp += e and p
            s.fp += p and not e
            s.fn += e and not p
            if e != p:
                s.misses.append(f"line {line}: gold {expected.get(line)}, got {predicted.get(line)}")
        scores[kind] = s
    lines = Score(correct=sum(expected.get(n) == predicted.get(n) for n in expected), total=len(expected))
    scores["lines"] = lines
    return scores
