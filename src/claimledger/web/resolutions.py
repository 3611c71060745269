"""The forecasts page's link to the resolution store (`claimledger.store.forecasts`: append-only
`forecast_resolutions`, `resolve`, `list_forecasts`) and to the scores (`claimledger.scoring`):
what the page and its form need, in the shapes its template reads.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from .. import scoring
from ..store import forecasts as store

OUTCOMES = ("yes", "no", "ambiguous")


def resolve(ledger, forecast_pk: int, outcome: str, on: Optional[str] = None, note: Optional[str] = None) -> None:
    """Record an outcome (yes | no | ambiguous) on a date (default today); the newest counts."""
    store.ensure_tables(ledger)
    store.resolve(ledger, forecast_pk, outcome, on or dt.date.today().isoformat(), note=note)


def stored(ledger) -> list[dict]:
    """Every forecast with its resolution state, read once per page."""
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
    """Brier and log score of resolved forecasts (empty without any)."""
    if not pairs:
        return {}
    probabilities, outcomes = [p for p, _ in pairs], [o for _, o in pairs]
    return {"n": len(pairs), "brier": scoring.brier(probabilities, outcomes), "log": scoring.log_score(probabilities, outcomes)}


def scores_by(rows: list[dict]) -> list[dict]:
    """Brier and log score per forecaster: the authors (by the documents' author names) and the
    sources, each group with its kind; empty without resolved forecasts."""
    if not rows:
        return []
    out = []
    for kind in ("author", "source"):
        for name, pairs in sorted(store.group_resolved(rows, by=kind).items()):
            group = scores(pairs)
            if group:
                out.append({"kind": kind, "name": name, **group})
    return out
