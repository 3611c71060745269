"""What makes a stored forecast resolvable: its due window (from the horizon and the publication
date, claimledger.due) and the range and scale of its number (from the phrase table,
claimledger.probability). Pure; used where a forecast enters the ledger and by migration 0007
for forecasts stored before these fields existed.

    derived_fields("this year", "2025-03-14", "unlikely", 0.2)
    # {"due_start": "2025-03-14", "due_end": "2025-12-31", "due_precision": "year",
    #  "scale": "probly", "probability_low": 0.1, "probability_high": 0.3}
"""
from __future__ import annotations

from typing import Optional

from .due import due_window
from .probability import reading

# The one name of the author as a forecaster and a source, everywhere the ledger stores it
# (older analyses said "the author" where the document names no author).
AUTHOR = "author"
OLD_AUTHOR_NAMES = ("the author",)


def derived_fields(horizon: Optional[str], published: Optional[str], phrase: Optional[str],
                   probability: Optional[float]) -> dict:
    """The due window and the phrase's range and scale; a field that cannot be derived is None.
    The range is only taken from the table when its reading gives the forecast's own number
    (a stated "30 percent" or a negated phrase has its own)."""
    out: dict = {"due_start": None, "due_end": None, "due_precision": None,
                 "scale": None, "probability_low": None, "probability_high": None}
    window = due_window(horizon, published)
    if window is not None:
        out["due_start"], out["due_end"], out["due_precision"] = window.as_iso()
    entry = reading(phrase) if phrase else None
    if entry is not None and probability is not None and abs(entry.probability - probability) < 1e-6:
        out.update(scale=entry.scale, probability_low=entry.low, probability_high=entry.high)
    return out


def complete(forecast, published: Optional[str]):
    """A contract Forecast with its missing derived fields filled (those it has are kept)."""
    derived = derived_fields(forecast.horizon, published, forecast.phrase, forecast.probability)
    missing = {k: v for k, v in derived.items() if getattr(forecast, k) is None and v is not None}
    if forecast.proposition is None:
        missing["proposition"] = forecast.statement
    return forecast.model_copy(update=missing) if missing else forecast


def author_named(analysis):
    """An Analysis whose author source carries the one author name ("author" unless the document
    names its author): older analyses stored "the author"."""
    changed = [s.model_copy(update={"name": analysis.document.author or AUTHOR})
               if s.type == "author" and s.name in OLD_AUTHOR_NAMES else s for s in analysis.sources]
    if all(a is b for a, b in zip(changed, analysis.sources)):
        return analysis
    return analysis.model_copy(update={"sources": changed})
