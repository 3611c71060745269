"""Forecasts against gold: found (one-to-one, same line, overlapping text), probability inside
the annotated range, who forecasts, the condition and the phrase where the gold gives them; and,
beside them, the same figures of the keyword baseline (evaluate/baseline.py: a sentence holding a
future or estimative word is one forecast by the author), without its misses."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..contract import Analysis, Forecast
from .baseline import ForecastView, forecasts as baseline_forecasts
from .gold import Gold, Score


def _overlaps(f: Forecast | ForecastView, span: tuple[int, int]) -> bool:
    return f.start < span[1] and f.end > span[0]


def match(analysis: Analysis, gold: Gold, predicted: Sequence[Forecast | ForecastView] | None = None
          ) -> list[tuple[dict, Forecast | ForecastView | None]]:
    """Each gold forecast with the predicted forecast it is paired with (or None); claimledger's
    forecasts unless `predicted` gives others (the baseline's)."""
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
    """The predicted owner (a source id) is the gold owner: the same id, one name held in the
    other ("officials" / "EU officials"), or the words of one name among the other's once both are
    written alike (same_owner)."""
    if predicted == expected:
        return True
    names = {s.id: [s.name] + list(s.aliases) for s in analysis.sources}
    return any(expected.lower() in n.lower() or n.lower() in expected.lower() or same_owner(n, expected)
               for n in names.get(predicted, []))


# Words that say nothing about who an owner is: articles, prepositions, the possessive.
_OWNER_FUNCTION_WORDS = frozenset("a an the of in at for from to and on by with s".split())


@lru_cache(maxsize=4096)
def owner_words(name: str) -> frozenset[str]:
    return _owner_words(name)[0]


# What a state's name alone may stand for ("Moscow said": the Russian government).
_STATE_VOICES = frozenset("government authorities administration state".split())


@lru_cache(maxsize=4096)
def _owner_words(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of an owner's name, written alike: lower case, without function words or the
    possessive, a state's adjective or its capital standing for the state and a state's or
    body's short name for its full one ("Bangladeshi power secretary", "Bangladesh's power
    secretary"; "Moscow", "the Russian government"; "US officials", "United States officials")."""
    from ..extract.entities.aliases import lookup, state_of_demonym
    from ..extract.events.gazetteer import capital_of

    words, states = [], []
    for word in re.findall(r"[\w+&.-]+", re.sub(r"[’']s\b", " ", name)):
        word = word.strip(".-")
        if not word or word.lower() in _OWNER_FUNCTION_WORDS:
            continue
        state = state_of_demonym(word) if word[:1].isupper() else None
        known = lookup(word) if word[:1].isupper() and state is None else None
        capital = capital_of(word) if word[:1].isupper() and state is None and known is None else None
        full = state or (known.canonical if known is not None else None) or capital
        words += full.lower().split() if full else [word.lower()]
        states += full.lower().split() if state or capital else []
    words = [w for w in words if w not in _OWNER_FUNCTION_WORDS]
    return frozenset(words), frozenset(w for w in states if w in words)


def same_owner(predicted: str, expected: str) -> bool:
    """Whether two names of an owner name the same one as a reader would take them: the words of
    one (owner_words) all among the other's ("Druk Green's managing director" / "Druk Green
    managing director", "partners in the Orange Basin" / "Orange Basin partners", "the state's
    water regulator" is NOT "Johor water regulator": "state" is not "Johor")."""
    (ours, our_state), (gold, gold_state) = _owner_words(predicted), _owner_words(expected)
    if not ours or not gold:
        return False
    for small, small_state, large in ((ours, our_state, gold), (gold, gold_state, ours)):
        if small <= large:
            # a state named alone is its government, not any body of it ("Mauritius" is not
            # "the Mauritian opposition alliance")
            return small != small_state or large - small <= _STATE_VOICES
    return False


def score(analysis: Analysis, gold: Gold) -> dict[str, Score]:
    scores = _score(analysis, gold, analysis.forecasts)
    baseline = _score(analysis, gold, baseline_forecasts(analysis.document.text))
    for name in ("found", "probability", "by"):
        baseline[name].misses = []
        scores[f"{name} (baseline)"] = baseline[name]
    return scores


def _score(analysis: Analysis, gold: Gold, predicted: Sequence[Forecast | ForecastView]) -> dict[str, Score]:
    pairs = match(analysis, gold, predicted)
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
    for f in predicted:
        if f.id not in matched:
            found.fp += 1
            found.misses.append(f"extra line {f.line}: {f.statement[:60]}")
    return {"found": found, "probability": prob, "by": by, "condition": cond, "phrase": phrase}
