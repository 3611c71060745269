"""Markdown blocks "Forecasts" and "Hypotheses" of `analyze --format md`."""
from __future__ import annotations

from ..ach import from_hypothesis, inconsistency_scores
from ..contract import Analysis
from .markdown import table


def forecasts_block(a: Analysis) -> str:
    if not a.forecasts:
        return ""
    names = {s.id: s.name for s in a.sources}
    rows = [[f.line, names.get(f.by, f.by), f.phrase, "" if f.probability is None else f"{f.probability:.2f}",
             f.horizon, f.condition, f.statement] for f in a.forecasts]
    return "## Forecasts\n\n" + table(["line", "by", "phrase", "p", "horizon", "condition", "statement"], rows)


def hypotheses_block(a: Analysis) -> str:
    if not a.hypotheses:
        return ""
    parts = ["## Hypotheses"]
    for h in a.hypotheses:
        scores = inconsistency_scores(from_hypothesis(h))
        parts.append(f"**{h.id}** (line {h.question.line}): {h.question.text}")
        rows = [[f"H{k + 1}", x.line, x.text, sum(1 for r in h.ratings if r.alternative == k and r.rating in ("C", "CC")),
                 scores[k]] for k, x in enumerate(h.alternatives)]
        parts.append(table(["", "line", "explanation", "evidence for", "inconsistency"], rows))
        if h.evidence:
            parts.append("Evidence: " + "; ".join(f"E{k + 1} (line {e.line}) {e.text[:80]}" for k, e in enumerate(h.evidence)))
    return "\n\n".join(parts)
