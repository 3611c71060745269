"""`claimledger eval GOLD.json...`: the one place where accuracy is computed.

A gold file (format of shared/gold/seed.json) names its article by a path relative to the gold
file's folder's parent, and a publication date. Each part of the contract has a scorer module
`claimledger.evaluate.<part>` with `score(analysis, gold: Gold) -> dict[str, Score]`, found by
looking (a new scorer is a new module); a part whose gold key is absent from a file is skipped
for that file. PARTS is only the order of the table; scorers it does not name come after. Tests call `evaluate()` and
assert on its numbers with tolerances; nothing here knows any article's answers.
"""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Iterable, Optional

from ..settings import Settings
from .event_fields import FieldScores
from .gold import Gold, Score, load_gold

# The order of the eval table.
PARTS = (
    "sections",
    "attribution",
    "kinds",
    "gaps",
    "rhetoric",
    "entities",
    "events",
    "quantities",
    "forecasts",
    "hypotheses",
)

__all__ = ["PARTS", "Gold", "Score", "evaluate", "load_gold"]


def parts() -> list[str]:
    """Every scorer module of this package, in table order."""
    found = [m.name for m in pkgutil.iter_modules(__path__) if m.name != "gold"]
    found = [name for name in found if hasattr(importlib.import_module(f"{__name__}.{name}"), "score")]
    return [p for p in PARTS if p in found] + sorted(p for p in found if p not in PARTS)


def _scorer(part: str):
    return importlib.import_module(f"{__name__}.{part}")


def evaluate(gold_paths: Iterable[str], settings: Optional[Settings] = None,
             event_fields: Optional[dict[str, FieldScores]] = None) -> dict[str, Score]:
    """Scores per part and metric, summed over all gold files (micro-averaged). With
    `event_fields` (a dict), the per-field event scores of claimledger and the keyword baseline
    are added into it as well (system name -> FieldScores)."""
    from ..pipeline import analyze
    from .events import field_scores

    totals: dict[str, Score] = {}
    for path in gold_paths:
        gold = load_gold(path)
        analysis = analyze(gold.document(), settings=settings)
        if event_fields is not None and gold.has("events"):
            for system, scores in field_scores(analysis, gold).items():
                event_fields[system] = event_fields[system] + scores if system in event_fields else scores
        for part in parts():
            scorer = _scorer(part)
            if not gold.has(part):
                continue
            for metric, score in scorer.score(analysis, gold).items():
                key = f"{part}.{metric}" if metric else part
                # summed over files, a miss must still say which file it is in
                score.misses = [f"{Path(path).stem}: {miss}" for miss in score.misses]
                totals[key] = totals[key] + score if key in totals else score
    return totals
