"""Rhetoric: precision/recall per technique. Questions and analogies are scored by line;
scare quotes and loaded language by text (a mark overlapping a gold text on any line, quote
marks ignored)."""
from __future__ import annotations

import re

from ..contract import Analysis
from .gold import Gold, Score

_BY_LINE = {"rhetorical_questions": "rhetorical_question", "analogies": "analogy"}
_BY_TEXT = {"scare_quotes": "scare_quote", "loaded_language": "loaded_language"}


def _bare(text: str) -> str:
    return re.sub(r"[\"“”‘’']", "", text).strip().lower()


def score(analysis: Analysis, gold: Gold) -> dict[str, Score]:
    data = gold.data["rhetoric"]
    scores: dict[str, Score] = {}
    for key, technique in _BY_LINE.items():
        if key not in data:
            continue
        expected = set(data[key])
        got = {r.line for r in analysis.rhetoric if r.technique == technique}
        s = Score(tp=len(expected & got), fp=len(got - expected), fn=len(expected - got))
        s.misses += [f"line {n}: missed" for n in sorted(expected - got)] + [f"line {n}: extra" for n in sorted(got - expected)]
        scores[technique] = s
    for key, technique in _BY_TEXT.items():
        if key not in data:
            continue
        expected = [_bare(t) for t in data[key]]
        got = [_bare(r.text) for r in analysis.rhetoric if r.technique == technique]
        s = Score()
        for text in expected:
            hit = any(g and (g in text or text in g) for g in got)
            s.tp += hit
            s.fn += not hit
            if not hit:
                s.misses.append(f"missed {text!r}")
        for text in set(got):
            if not any(text in e or e in text for e in expected):
                s.fp += 1
                s.misses.append(f"extra {text!r}")
        scores[technique] = s
    return scores
