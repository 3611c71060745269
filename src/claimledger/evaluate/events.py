"""Events: recall and precision of (line, PLOVER type) against the gold events, per type and
overall, and how many gold dates were resolved right.

A gold event is found when the analysis has an event of the same PLOVER type on the same line
(the gold annotates by line; two gold events of one type on a line need two). A predicted
(line, type) that no gold event has is one false positive, however many triggers it has.
"""
from __future__ import annotations

from collections import Counter

from ..contract import Analysis
from .gold import Gold, Score


def score(analysis: Analysis, gold: Gold) -> dict[str, Score]:
    expected = Counter((e["line"], e["plover"]) for e in gold.data["events"])
    predicted = Counter((e.line, e.code) for e in analysis.events)
    per_code: dict[str, Score] = {}
    overall = Score()
    for (line, code), wanted in expected.items():
        got = min(wanted, predicted.get((line, code), 0))
        s = per_code.setdefault(code, Score())
        s.tp += got
        s.fn += wanted - got
        if got < wanted:
            s.misses.append(f"line {line}: {code} not found")
    for (line, code) in predicted:
        if (line, code) not in expected:
            s = per_code.setdefault(code, Score())
            s.fp += 1
            s.misses.append(f"line {line}: {code} not in gold")
    for s in per_code.values():
        overall = overall + s
    scores = {"": overall}
    scores.update({code: s for code, s in sorted(per_code.items())})
    scores["date"] = _dates(analysis, gold)
    return scores


def _dates(analysis: Analysis, gold: Gold) -> Score:
    s = Score()
    for e in gold.data["events"]:
        if not e.get("date"):
            continue
        s.total += 1
        dates = {x.date for x in analysis.events if x.line == e["line"]}
        if e["date"] in dates:
            s.correct += 1
        else:
            s.misses.append(f"line {e['line']}: date {e['date']} not found (got {sorted(d for d in dates if d) or 'none'})")
    return s
