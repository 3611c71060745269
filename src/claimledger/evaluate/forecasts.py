"""Forecasts against gold: found (one-to-one, same line, overlapping text), probability inside
the annotated range, who forecasts, the condition and the phrase where the gold gives them."""
from __future__ import annotations

from ..contract import Analysis, Forecast
from .gold import Gold, Score


def _overlaps(f: Forecast, span: tuple[int, int]) -> bool:
    return f.start < span[1] and f.end > span[0]


def match(analysis: Analysis, gold: Gold) -> list[tuple[dict, Forecast | None]]:
    """Each gold forecast with the predicted forecast it is paired with (or None)."""
    free = list(analysis.forecasts)
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
    return {"found": found, "probability": prob, "by": by, "condition": cond, "phrase": phrase}
