"""Markdown blocks "Forecasts" and "Hypotheses" of `analyze --format md`."""
from __future__ import annotations

from ..ach import from_hypothesis, inconsistency_scores
from ..contract import Analysis
from ..sanitize import for_markdown
from .tables import clip, table


def forecasts_block(a: Analysis) -> str:
    if not a.forecasts:
        return ""
    names = {s.id: s.name for s in a.sources}
    rows = [[f.line, names.get(f.by, f.by), f.phrase, "" if f.probability is None else f"{f.probability:.2f}",
             f.horizon, f.condition, f.statement] for f in a.forecasts]
    return "## Forecasts\n\n" + table(["line", "by", "phrase", "p", "horizon", "condition", "statement"], rows,
                                       wide=["condition", "statement"])


def hypotheses_block(a: Analysis) -> str:
    if not a.hypotheses:
        return ""
    parts = ["## Hypotheses"]
    for h in a.hypotheses:
        scores = inconsistency_scores(from_hypothesis(h))
        parts.append(f"**{for_markdown(h.id)}** (line {h.question.line}): {for_markdown(clip(h.question.text, 2000))}")
        rows = [[f"H{k + 1}", x.line, x.text, sum(1 for r in h.ratings if r.alternative == k and r.rating in ("C", "CC")),
                 scores[k]] for k, x in enumerate(h.alternatives)]
        parts.append(table(["", "line", "explanation", "evidence for", "inconsistency"], rows, wide=["explanation"]))
        parts.append(_matrix(h))
    return "\n\n".join(p for p in parts if p)


def _matrix(h) -> str:
    """The ACH matrix the text states: one row per evidence item, its rating of each explanation
    (CC/C consistent, N neutral, I/II inconsistent; blank where the text says nothing)."""
    cells = {(r.evidence, r.alternative): r.rating for r in h.ratings}
    names = [f"H{k + 1}" for k in range(len(h.alternatives))]
    rows = [[f"E{e + 1}", x.line, x.text] + [cells.get((e, k), "") for k in range(len(names))]
            for e, x in enumerate(h.evidence)]
    # Every explanation keeps its column, rated or not: an unrated one is a finding too.
    return table(["", "line", "evidence"] + names, rows, wide=["evidence"], keep=names)
