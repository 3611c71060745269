"""Quantities: recall and precision against the gold quantities.

A gold quantity is found when a quantity of the analysis on the same line overlaps the gold
text and carries the same numbers (value, or low and high; 1% tolerance). Predicted
quantities that overlap no gold text count against precision only on lines the gold
annotates with quantities (other lines may hold counts the annotator left out).
"""
from __future__ import annotations

from typing import Optional

from ..contract import Analysis, Quantity
from .gold import Gold, Score


def score(analysis: Analysis, gold: Gold) -> dict[str, Score]:
    s = Score()
    approximate = Score()
    used: set[int] = set()
    gold_lines = {g["line"] for g in gold.data["quantities"]}
    for g in gold.data["quantities"]:
        span = gold.span(analysis, g["line"], g["text"])
        match = _match(analysis.quantities, g, span)
        if match is None:
            s.fn += 1
            s.misses.append(f"line {g['line']}: {g['text']!r} not found")
            continue
        s.tp += 1
        used.add(id(match))
        if "approximate" in g:
            approximate.total += 1
            approximate.correct += bool(match.approximate) == bool(g["approximate"])
    for q in analysis.quantities:
        if id(q) not in used and q.line in gold_lines:
            s.fp += 1
            s.misses.append(f"line {q.line}: {q.text!r} not in gold")
    return {"": s, "approximate": approximate}


def _match(quantities: list[Quantity], g: dict, span) -> Optional[Quantity]:
    for q in quantities:
        if q.line != g["line"]:
            continue
        if span is not None and q.start is not None and not (q.start < span[1] and q.end > span[0]):
            continue
        if _same_numbers(q, g):
            return q
    return None


def _close(a, b) -> bool:
    return a is not None and b is not None and abs(a - b) <= 0.01 * max(abs(a), abs(b), 1e-9)


def _same_numbers(q: Quantity, g: dict) -> bool:
    if "value" in g:
        return _close(q.value, g["value"]) or (q.value is None and _close(q.low, g["value"]))
    if "low" in g and "high" in g:
        return _close(q.low, g["low"]) and _close(q.high, g["high"])
    return True
