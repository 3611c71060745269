"""Evidence gaps: precision/recall/F1 of `missing` lead-ins (the lost maps, videos, tweets), of
`present` ones, and the accuracy of the expected kind where the gold names it. Lines the gold
calls ambiguous are not scored."""
from __future__ import annotations

from ..contract import Analysis
from .gold import Gold, Score


def score(analysis: Analysis, gold: Gold) -> dict[str, Score]:
    data = gold.data["evidence_gaps"]
    ambiguous = set(data.get("ambiguous", []))
    body = {s.id for s in analysis.sentences if s.section == "body"}
    predicted: dict[int, str] = {g.line: g.status for g in analysis.evidence_gaps if g.sentence_id in body}
    scores: dict[str, Score] = {}
    for status in ("missing", "present"):
        expected = set(data.get(status, []))
        got = {line for line, s in predicted.items() if s == status} - ambiguous
        s = Score(tp=len(expected & got), fp=len(got - expected), fn=len(expected - got))
        s.misses += [f"line {n}: gold {status}, got {predicted.get(n, 'no gap')}" for n in sorted(expected - got)]
        s.misses += [f"line {n}: got {status}, gold is not" for n in sorted(got - expected)]
        scores[status] = s
    kinds = Score()
    by_line = {g.line: g.expected for g in analysis.evidence_gaps}
    for line, kind in data.get("expected_kind", {}).items():
        kinds.total += 1
        kinds.correct += by_line.get(int(line)) == kind
        if by_line.get(int(line)) != kind:
            kinds.misses.append(f"line {line}: expected {kind}, got {by_line.get(int(line))}")
    scores["expected"] = kinds
    return scores
