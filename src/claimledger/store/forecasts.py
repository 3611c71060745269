"""The forecast ledger over the database: resolutions and hand-set ACH cells.

Both tables are append-only: a resolution or a rating is never updated or deleted; a later row
supersedes an earlier one for the same forecast (or cell) and the history stays queryable.
The tables live in the same MetaData as the rest of the schema, so `Ledger` creates them.

    with Ledger(url) as ledger:
        resolve(ledger, 3, "no", "2024-06-30", note="troops still there")
        rows = list_forecasts(ledger, open_only=True)
        groups = resolved(ledger, by="author")     # {"Jane Doe": [(0.2, 0), ...]}
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import (Column, DateTime, Float, ForeignKey, Integer, String, Table, Text, and_, func, insert,
                        select)

from ..errors import InputError, NotFoundError
from ..resolvable import AUTHOR
from . import schema
from .schema import metadata

OUTCOMES = ("yes", "no", "ambiguous")

# A resolution keeps a snapshot of what it resolved (document, forecast id, statement), and its
# link to the forecast row is only nulled, never cascaded, if that row goes: the record of how
# a forecast came out outlives any re-analysis of its article.
forecast_resolutions = Table(
    "forecast_resolutions", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("forecast_pk", Integer, ForeignKey("forecasts.pk", ondelete="SET NULL"), nullable=True, index=True),
    Column("document_id", String(16), nullable=False),
    Column("forecast_id", String(32), nullable=False),
    Column("statement", Text),
    Column("outcome", String(9), nullable=False),
    Column("on_date", String(10), nullable=False),
    Column("note", Text),
    Column("recorded_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
)

hypothesis_ratings = Table(
    "hypothesis_ratings", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("hypothesis_pk", Integer, ForeignKey("hypotheses.pk", ondelete="SET NULL"), nullable=True, index=True),
    Column("evidence", Integer, nullable=False),
    Column("alternative", Integer, nullable=False),
    Column("rating", String(2), nullable=False),
    Column("recorded_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
)


# The weight of an evidence row in the inconsistency score (Heuer's step 5), set by hand; the
# newest row of an (hypothesis, evidence) pair counts. Migration 0007.
hypothesis_weights = Table(
    "hypothesis_weights", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("hypothesis_pk", Integer, ForeignKey("hypotheses.pk", ondelete="SET NULL"), nullable=True, index=True),
    Column("evidence", Integer, nullable=False),
    Column("weight", Float, nullable=False),
    Column("recorded_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
)

MAX_WEIGHT = 10.0


def ensure_tables(ledger) -> None:
    """Create these tables in a ledger made before they existed (idempotent)."""
    ledger.write(lambda conn: metadata.create_all(conn, tables=[forecast_resolutions, hypothesis_ratings,
                                                                 hypothesis_weights]))


# --- forecasts ----------------------------------------------------------------------------

def _latest_resolutions(ledger) -> dict[int, dict]:
    """forecast pk -> its newest resolution, with "history" (how many there are) and
    "corrects" (the outcome and date of the one it replaced, None for a first resolution)."""
    r = forecast_resolutions
    out: dict[int, dict] = {}
    counts: dict[int, int] = {}
    for row in ledger.iter_rows(select(r).order_by(r.c.forecast_pk, r.c.pk)):
        previous = out.get(row["forecast_pk"])
        row["corrects"] = {"outcome": previous["outcome"], "on": previous["on_date"]} if previous else None
        out[row["forecast_pk"]] = row          # ordered by pk: the last one wins
        counts[row["forecast_pk"]] = counts.get(row["forecast_pk"], 0) + 1
    for pk, row in out.items():
        row["history"] = counts[pk]
    return out


def list_forecasts(ledger, by: Optional[str] = None, open_only: bool = False) -> list[dict]:
    """Every stored forecast with its current resolution; `by` matches the forecaster's id or
    name (case-insensitive), e.g. 'author', 'commenter', 'Reuters'."""
    f, d, s = schema.forecasts, schema.documents, schema.sentences
    query = (select(f, d.c.title, d.c.published, d.c.author.label("document_author"), s.c.text.label("sentence"))
             .join(d, d.c.id == f.c.document_id)
             .outerjoin(s, and_(s.c.document_id == f.c.document_id, s.c.id == f.c.sentence_id))
             .order_by(d.c.published, f.c.document_id, f.c.pk))
    latest = _latest_resolutions(ledger)
    rows = []
    for row in ledger.iter_rows(query):
        if by and by.lower() not in ((row["by"] or "").lower(), (row["by_name"] or "").lower()):
            continue
        resolution = latest.get(row["pk"])
        if open_only and resolution is not None and resolution["outcome"] != "ambiguous":
            continue
        rows.append({
            "id": row["pk"], "document_id": row["document_id"], "forecast": row["id"], "title": row["title"],
            "published": row["published"], "document_author": row["document_author"], "line": row["line"], "by": row["by"], "by_name": row["by_name"],
            "by_type": row["by_type"], "statement": row["statement"], "phrase": row["phrase"],
            "probability": row["probability"], "horizon": row["horizon"], "condition": row["condition"],
            "proposition": row["proposition"], "sentence": row["sentence"], "scale": row["scale"],
            "probability_low": row["probability_low"], "probability_high": row["probability_high"],
            "due_start": row["due_start"], "due_end": row["due_end"], "due_precision": row["due_precision"],
            "status": resolution["outcome"] if resolution else "open",
            "resolved_on": resolution["on_date"] if resolution else None,
            "note": resolution["note"] if resolution else None,
            "resolutions": resolution["history"] if resolution else 0,
            "corrects": resolution["corrects"] if resolution else None,
        })
    return rows


def due(ledger, before: Optional[str] = None, include_resolved: bool = False) -> list[dict]:
    """Forecasts whose due window ends on or before `before` (an ISO date; default: every
    forecast with a window), soonest first; resolved ones only with include_resolved."""
    if before is not None:
        before = _iso_day(before, "--before")
    rows = [r for r in list_forecasts(ledger, open_only=not include_resolved)
            if r["due_end"] and (before is None or r["due_end"] <= before)]
    return sorted(rows, key=lambda r: (r["due_end"], r["id"]))


def _iso_day(value: str, what: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise InputError(f"{what} must be a date YYYY-MM-DD, not {value!r}") from None


def resolve(ledger, forecast_id: int, outcome: str, on: Optional[str] = None, note: Optional[str] = None) -> dict:
    """Append a resolution (on `on`, default today); the newest one counts, earlier ones stay as
    history, and the answer says which one it corrects."""
    outcome = outcome.lower()
    if outcome not in OUTCOMES:
        raise InputError(f"--outcome must be one of {', '.join(OUTCOMES)}, not {outcome!r}")
    day = _iso_day(on, "--on") if on is not None else dt.date.today().isoformat()
    f = schema.forecasts
    found = list(ledger.iter_rows(select(f.c.pk, f.c.statement, f.c.document_id, f.c.id).where(f.c.pk == forecast_id)))
    if not found:
        raise NotFoundError(f"no forecast {forecast_id} in the ledger (see `claimledger forecasts list`)")
    previous = _latest_resolutions(ledger).get(forecast_id)
    ledger.write(lambda conn: conn.execute(insert(forecast_resolutions).values(
        forecast_pk=forecast_id, document_id=found[0]["document_id"], forecast_id=found[0]["id"],
        statement=found[0]["statement"], outcome=outcome, on_date=day, note=note)))
    return {"id": forecast_id, "statement": found[0]["statement"], "outcome": outcome, "on": day, "note": note,
            "supersedes": previous["outcome"] if previous else None,
            "supersedes_on": previous["on_date"] if previous else None}


def history(ledger, forecast_id: int) -> list[dict]:
    r = forecast_resolutions
    return list(ledger.iter_rows(select(r).where(r.c.forecast_pk == forecast_id).order_by(r.c.pk)))


def resolved(ledger, by: Optional[str] = None) -> dict[str, list[tuple[float, int]]]:
    """(probability, outcome 1/0) pairs of resolved forecasts that carry a number, grouped:
    by=None -> one group "all"; by="author" -> the authors' own forecasts, per document author
    (from the document's metadata); by="source" -> forecasts of attributed sources per source
    name, readers' comments as "commenters"."""
    return group_resolved(list_forecasts(ledger), by)


def group_resolved(rows: list[dict], by: Optional[str] = None) -> dict[str, list[tuple[float, int]]]:
    """resolved() over rows already read with list_forecasts."""
    if by not in (None, "author", "source"):
        raise InputError(f"--by must be author or source, not {by!r}")
    groups: dict[str, list[tuple[float, int]]] = {}
    for row in rows:
        if row["status"] not in ("yes", "no") or row["probability"] is None:
            continue
        if by is None:
            key = "all"
        elif by == "author":
            if row["by"] != "author":
                continue
            key = row["document_author"] or AUTHOR     # the one name of an unnamed author
        else:
            if row["by"] == "author":
                continue
            key = "commenters" if row["by"] == "commenter" else (row["by_name"] or row["by"])
        groups.setdefault(key, []).append((row["probability"], 1 if row["status"] == "yes" else 0))
    return groups


# --- hypotheses ---------------------------------------------------------------------------

def hypothesis(ledger, ident: str) -> dict:
    """A stored hypothesis by its number (as `hypotheses` lists it) or DOCUMENT:hN."""
    h = schema.hypotheses
    if ident.isdigit():
        query = select(h).where(h.c.pk == int(ident))
    elif ":" in ident:
        doc, hid = ident.split(":", 1)
        query = select(h).where(and_(h.c.document_id.like(f"{doc}%"), h.c.id == hid))
    else:
        raise InputError(f"hypothesis id must be a number or DOCUMENT:hN, not {ident!r}")
    rows = list(ledger.iter_rows(query))
    if len(rows) != 1:
        raise NotFoundError(f"no single hypothesis {ident} in the ledger")
    return rows[0]


def matrix(ledger, row: dict):
    """The ACH matrix of a stored hypothesis: the cells its text states, then the hand-set cells
    and weights over them (the newest of each counts)."""
    from .. import ach
    from ..contract import Hypothesis

    m = ach.from_hypothesis(Hypothesis.model_validate(row["data"]))
    for (e, h), value in hand_ratings(ledger, row["pk"]).items():
        if e < len(m.evidence) and h < len(m.hypotheses):
            m.rate(e, h, value, source="hand")
    for e, weight in hand_weights(ledger, row["pk"]).items():
        if e < len(m.evidence):
            m.set_weight(e, weight)
    return m


def list_hypotheses(ledger) -> list[dict]:
    h = schema.hypotheses
    return list(ledger.iter_rows(select(h.c.pk, h.c.document_id, h.c.id, h.c.question).order_by(h.c.pk)))


def rate(ledger, hypothesis_pk: int, evidence: int, alternative: int, rating: str) -> None:
    ledger.write(lambda conn: conn.execute(insert(hypothesis_ratings).values(
        hypothesis_pk=hypothesis_pk, evidence=evidence, alternative=alternative, rating=rating)))


def set_weight(ledger, hypothesis_pk: int, evidence: int, weight: float) -> None:
    if not 0.0 <= weight <= MAX_WEIGHT:
        raise InputError(f"a weight must be between 0 and {MAX_WEIGHT:g}, not {weight:g}")
    ledger.write(lambda conn: conn.execute(insert(hypothesis_weights).values(
        hypothesis_pk=hypothesis_pk, evidence=evidence, weight=weight)))


def hand_weights(ledger, hypothesis_pk: int) -> dict[int, float]:
    """The newest hand-set weight of each evidence row."""
    w = hypothesis_weights
    out: dict[int, float] = {}
    for row in ledger.iter_rows(select(w).where(w.c.hypothesis_pk == hypothesis_pk).order_by(w.c.pk)):
        out[row["evidence"]] = row["weight"]
    return out


def hand_ratings(ledger, hypothesis_pk: int) -> dict[tuple[int, int], str]:
    """The newest hand-set rating of each cell."""
    r = hypothesis_ratings
    cells: dict[tuple[int, int], str] = {}
    for row in ledger.iter_rows(select(r).where(r.c.hypothesis_pk == hypothesis_pk).order_by(r.c.pk)):
        cells[(row["evidence"], row["alternative"])] = row["rating"]
    return cells
