"""Forecasts against gold: found (one-to-one, same line, overlapping text), probability inside
the annotated range, who forecasts, the condition and the phrase where the gold gives them;
and, scored the same way, the plain baseline ("forecasts.baseline"): every sentence that holds
a word of a 20-word list of future markers (data/forecast_baseline.txt) called one forecast."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..contract import Analysis, Forecast
from ..lexicon import listed
from .gold import Gold, Score

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_WORD = re.compile(r"[\w'’]+")


@dataclass
class _Plain:
    """A baseline forecast: a whole sentence, where it stands."""
    id: str
    line: int
    start: int
    end: int


@lru_cache(maxsize=1)
def _markers() -> frozenset[str]:
    return frozenset(listed("forecast_baseline.txt"))


def baseline(text: str) -> list[_Plain]:
    """One forecast per sentence holding a future marker (no parse: a word list)."""
    out, offset = [], 0
    for number, line in enumerate(text.split("\n"), 1):
        for m in _SENTENCE.finditer(line):
            words = {w.lower().replace("’", "'") for w in _WORD.findall(m.group())}
            if words & _markers() or any(w.endswith("'ll") for w in words):
                out.append(_Plain(f"b{len(out)}", number, offset + m.start(), offset + m.end()))
        offset += len(line) + 1
    return out


def _overlaps(f: Forecast, span: tuple[int, int]) -> bool:
    return f.start < span[1] and f.end > span[0]


def match(analysis: Analysis, gold: Gold, predicted: list | None = None) -> list[tuple[dict, Forecast | None]]:
    """Each gold forecast with the predicted forecast it is paired with (or None); `predicted`
    defaults to the analysis's forecasts (the baseline passes its own)."""
    free = list(analysis.forecasts if predicted is None else predicted)
    pairs = []
    for item in gold.data.get("forecasts", []):
        span = gold.span(analysis, item["line"], item["text"])
        hit = None
        if span is not None:
            hits = [f for f in free if f.line == item["line"] and _overlaps(f, span)]
            # the prediction covering most of the gold text
            hits.sort(key=lambda f: -(min(f.end, span[1]) - max(f.start, span[0])))
            hit = hits[0] if hits else None
        if hit is not None:
            free.remove(hit)
        pairs.append((item, hit))
    return pairs


def _by_matches(analysis: Analysis, predicted: str, expected: str) -> bool:
    if predicted == expected:
        return True
    names = {s.id: [s.name.lower()] + [a.lower() for a in s.aliases] for s in analysis.sources}
    return any(expected.lower() in n or n in expected.lower() for n in names.get(predicted, []))


def score(analysis: Analysis, gold: Gold) -> dict[str, Score]:
    pairs = match(analysis, gold)
    found, prob, by, cond, phrase = Score(), Score(), Score(), Score(), Score()
    matched = set()
    for item, hit in pairs:
        where = f"line {item['line']}: {item['text'][:60]}"
        if hit is None:
            found.fn += 1
            found.misses.append(f"missed {where}")
            continue
        found.tp += 1
        matched.add(hit.id)
        if "probability_min" in item:
            prob.total += 1
            ok = hit.probability is not None and item["probability_min"] <= hit.probability <= item["probability_max"]
            prob.correct += ok
            if not ok:
                prob.misses.append(f"{where}: p={hit.probability} not in [{item['probability_min']}, {item['probability_max']}]")
        if "by" in item:
            by.total += 1
            ok = _by_matches(analysis, hit.by, item["by"])
            by.correct += ok
            if not ok:
                by.misses.append(f"{where}: by {hit.by}, gold {item['by']}")
        if "conditional" in item:
            cond.total += 1
            cond.correct += bool(hit.condition) == bool(item["conditional"])
        if item.get("phrase"):
            phrase.total += 1
            phrase.correct += bool(hit.phrase) and item["phrase"].lower() in hit.phrase.lower()
    for f in analysis.forecasts:
        if f.id not in matched:
            found.fp += 1
            found.misses.append(f"extra line {f.line}: {f.statement[:60]}")
    plain = baseline(analysis.document.text)
    pairs = match(analysis, gold, plain)
    hits = sum(1 for _, hit in pairs if hit is not None)
    base = Score(tp=hits, fn=len(pairs) - hits, fp=len(plain) - hits)
    return {"found": found, "probability": prob, "by": by, "condition": cond, "phrase": phrase, "baseline": base}
