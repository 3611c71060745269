"""Hypotheses against gold: groups found by their question (same line, overlapping text), and
within a found group its alternatives and evidence (one-to-one, overlapping text)."""
from __future__ import annotations

from ..contract import Analysis, Hypothesis, TextRef
from .gold import Gold, Score


def _overlap(ref: TextRef, analysis: Analysis, gold: Gold, line: int, text: str) -> int:
    span = gold.span(analysis, line, text)
    if span is None or ref.start is None or ref.line != line:
        return 0
    return max(0, min(ref.end, span[1]) - max(ref.start, span[0]))


def _pair(refs: list[TextRef], items: list[dict], analysis: Analysis, gold: Gold, score: Score, label: str) -> None:
    free = list(refs)
    for item in items:
        best = max(free, key=lambda r: _overlap(r, analysis, gold, item["line"], item["text"]), default=None)
        if best is not None and _overlap(best, analysis, gold, item["line"], item["text"]) > 0:
            score.tp += 1
            free.remove(best)
        else:
            score.fn += 1
            score.misses.append(f"missed {label} line {item['line']}: {item['text'][:60]}")
    score.fp += len(free)
    score.misses += [f"extra {label} line {r.line}: {r.text[:60]}" for r in free]


def score(analysis: Analysis, gold: Gold) -> dict[str, Score]:
    groups, alternatives, evidence = Score(), Score(), Score()
    free: list[Hypothesis] = list(analysis.hypotheses)
    for item in gold.data.get("hypotheses", []):
        line, text = item["question_line"], item["question"]
        hit = max(free, key=lambda h: _overlap(h.question, analysis, gold, line, text), default=None)
        if hit is None or _overlap(hit.question, analysis, gold, line, text) == 0:
            groups.fn += 1
            groups.misses.append(f"missed group line {line}: {text[:60]}")
            alternatives.fn += len(item.get("alternatives", []))
            evidence.fn += len(item.get("evidence", []))
            continue
        groups.tp += 1
        free.remove(hit)
        _pair(hit.alternatives, item.get("alternatives", []), analysis, gold, alternatives, "alternative")
        if item.get("evidence"):
            _pair(hit.evidence, item["evidence"], analysis, gold, evidence, "evidence")
    groups.fp += len(free)
    groups.misses += [f"extra group line {h.question.line}: {h.question.text[:60]}" for h in free]
    return {"groups": groups, "alternatives": alternatives, "evidence": evidence}
