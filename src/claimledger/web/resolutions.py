"""The forecasts page's link to the resolution store (`claimledger.store.forecasts`, built with
the forecasts issue: append-only `forecast_resolutions`, `resolve(ledger, id, outcome, on, note)`,
`list_forecasts(ledger)`) and to the scores (`claimledger.scoring`).

Only this module knows their function names, so the page and its form stay the same whichever
way those modules grow; where they are not installed the page still lists forecasts and says
resolving is not available.
"""
from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
from typing import Optional

from ..errors import ClaimledgerError

OUTCOMES = ("yes", "no", "ambiguous")


def _store():
    if importlib.util.find_spec("claimledger.store.forecasts") is None:
        return None
    module = importlib.import_module("claimledger.store.forecasts")
    return module if all(hasattr(module, name) for name in ("resolve", "list_forecasts", "ensure_tables")) else None


def available() -> bool:
    return _store() is not None


def resolve(ledger, forecast_pk: int, outcome: str, on: Optional[str] = None, note: Optional[str] = None) -> None:
    """Record an outcome (yes | no | ambiguous) on a date (default today); the newest counts."""
    store = _store()
    if store is None:
        raise ClaimledgerError("resolving forecasts needs the resolution store (claimledger.store.forecasts)")
    store.ensure_tables(ledger)
    store.resolve(ledger, forecast_pk, outcome, on or dt.date.today().isoformat(), note=note)


def stored(ledger) -> list[dict]:
    """Every forecast with its resolution state, read once per page (empty without the store)."""
    store = _store()
    if store is None:
        return []
    store.ensure_tables(ledger)
    return store.list_forecasts(ledger)


def resolved(rows: list[dict]) -> dict[int, dict]:
    """forecast pk -> {"status": yes | no | ambiguous, "outcome": 1 | 0 | None, "on": …, "note": …},
    from the rows of stored()."""
    out = {}
    for row in rows:
        if row["status"] in OUTCOMES:
            out[row["id"]] = {"status": row["status"], "outcome": {"yes": 1, "no": 0}.get(row["status"]),
                              "on": row["resolved_on"], "note": row["note"], "corrects": row.get("corrects")}
    return out


def scores(pairs: list[tuple[float, int]]) -> dict:
    """Brier and log score of resolved forecasts (empty without any, or without scoring)."""
    if not pairs or importlib.util.find_spec("claimledger.scoring") is None:
        return {}
    from .. import scoring

    probabilities, outcomes = [p for p, _ in pairs], [o for _, o in pairs]
    return {"n": len(pairs), "brier": scoring.brier(probabilities, outcomes), "log": scoring.log_score(probabilities, outcomes)}


def scores_by(rows: list[dict]) -> list[dict]:
    """Brier and log score per forecaster: the authors (by the documents' author names) and the
    sources, each group with its kind; empty without resolved forecasts or the store."""
    store = _store()
    if store is None or not rows:
        return []
    out = []
    for kind in ("author", "source"):
        for name, pairs in sorted(store.group_resolved(rows, by=kind).items()):
            group = scores(pairs)
            if group:
                out.append({"kind": kind, "name": name, **group})
    return out
