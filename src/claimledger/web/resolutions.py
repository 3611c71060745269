"""The forecasts page's link to the resolution store (`claimledger.store.forecasts`, table
`forecast_resolutions`, built with the forecasts issue) and to the scores (`claimledger.scoring`).

Only this module knows their function names, so the page and its form stay the same whichever
way those modules grow; where they are not installed the page still lists forecasts and says
resolving is not available.
"""
from __future__ import annotations

import importlib
import importlib.util
from typing import Optional

from ..errors import ClaimledgerError


def _store():
    if importlib.util.find_spec("claimledger.store.forecasts") is None:
        return None
    return importlib.import_module("claimledger.store.forecasts")


def available() -> bool:
    return _store() is not None


def resolve(engine, forecast_pk: int, outcome: bool, note: Optional[str] = None) -> None:
    store = _store()
    if store is None:
        raise ClaimledgerError("resolving forecasts needs the resolution store (claimledger.store.forecasts)")
    store.resolve(engine, forecast_pk, outcome, note=note)


def resolved(engine) -> dict[int, dict]:
    """forecast pk -> {"outcome": 0 | 1, "note": …, "resolved_at": …} for resolved forecasts."""
    store = _store()
    if store is None:
        return {}
    return {row["forecast_pk"]: {**row, "outcome": int(row["outcome"])} for row in store.resolutions(engine)}


def scores(pairs: list[tuple[float, int]]) -> dict:
    """Brier and log score of resolved forecasts (empty without any, or without scoring)."""
    if not pairs or importlib.util.find_spec("claimledger.scoring") is None:
        return {}
    from .. import scoring

    probabilities, outcomes = [p for p, _ in pairs], [o for _, o in pairs]
    return {"n": len(pairs), "brier": scoring.brier(probabilities, outcomes), "log": scoring.log_score(probabilities, outcomes)}
