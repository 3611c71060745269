"""Verdicts on claims, recorded append-only (like forecast resolutions): a rating is never
updated or deleted; a later one for the same claim supersedes the earlier, and the history
stays queryable.

A claim is named by one of its reports, DOCUMENT:SENTENCE (a claim group's `id` is its first
report). The row keeps a snapshot of the claim's words, so the record of a verdict outlives any
regrouping of the archive: the rating follows the group that holds the report.

    rate(ledger, "48f66a90b7b848da:s7", "false", note="footage shows the damage", by="Desk")
    latest = ratings(ledger)            # {"48f66a90b7b848da:s7": {...newest row...}}
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from sqlalchemy import Column, DateTime, Index, Integer, String, Table, Text, func, insert, select

from .. import lexicon
from ..errors import InputError, NotFoundError
from . import schema
from .schema import metadata

claim_ratings = Table(
    "claim_ratings", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(16), nullable=False),
    Column("sentence_id", String(16), nullable=False),
    Column("claim", Text, nullable=False),              # the claim's words when it was rated
    Column("rating", String(16), nullable=False),
    Column("value", Integer, nullable=False),           # 1-5 (0: not on the scale), claim_ratings.tsv
    Column("note", Text),
    Column("reviewer", Text),                           # who rated it (ClaimReview's author)
    Column("recorded_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
)
Index("ix_claim_ratings_claim", claim_ratings.c.document_id, claim_ratings.c.sentence_id)


@lru_cache(maxsize=1)
def scale() -> dict[str, dict]:
    """Rating name -> {value, meaning} (data/claim_ratings.tsv)."""
    return {row["rating"]: {"value": int(row["value"]), "meaning": row["meaning"]}
            for row in lexicon.rows("claim_ratings.tsv")}


def parse_claim_id(claim_id: str) -> tuple[str, str]:
    document_id, _, sentence_id = (claim_id or "").strip().partition(":")
    if not document_id or not sentence_id:
        raise InputError(f"a claim is named DOCUMENT:SENTENCE (as `claimledger claims` shows it), not {claim_id!r}")
    return document_id, sentence_id


def rate(ledger, claim_id: str, rating: str, note: Optional[str] = None, by: Optional[str] = None) -> dict:
    """Append a verdict on the claim holding report DOCUMENT:SENTENCE; the newest one counts."""
    rating = " ".join((rating or "").lower().replace("-", " ").replace("_", " ").split())
    known = scale()
    if rating not in known:
        raise InputError(f"rating must be one of {', '.join(known)}, not {rating!r}")
    document_id, sentence_id = parse_claim_id(claim_id)
    s = schema.sentences
    found = list(ledger.iter_rows(select(s.c.document_id, s.c.id, s.c.text)
                                  .where(s.c.document_id == document_id, s.c.id == sentence_id)))
    if not found:
        raise NotFoundError(f"no sentence {claim_id} in the ledger (see `claimledger claims`)")
    previous = ratings(ledger).get(f"{document_id}:{sentence_id}")
    row = {"document_id": document_id, "sentence_id": sentence_id, "claim": found[0]["text"], "rating": rating,
           "value": known[rating]["value"], "note": note or None, "reviewer": by or None}
    with ledger.engine.begin() as conn:
        conn.execute(insert(claim_ratings).values(**row))
    return {**row, "id": f"{document_id}:{sentence_id}", "supersedes": previous["rating"] if previous else None}


def ratings(ledger) -> dict[str, dict]:
    """The newest rating of each rated claim, by DOCUMENT:SENTENCE, with how many came before."""
    r = claim_ratings
    out: dict[str, dict] = {}
    for row in ledger.iter_rows(select(r).order_by(r.c.pk)):
        key = f"{row['document_id']}:{row['sentence_id']}"
        row["history"] = out[key]["history"] + 1 if key in out else 1
        out[key] = row
    return out


def history(ledger, claim_ids: list[str]) -> list[dict]:
    """Every rating of the given reports, oldest first."""
    r = claim_ratings
    wanted = {parse_claim_id(c) for c in claim_ids}
    return [row for row in ledger.iter_rows(select(r).order_by(r.c.pk))
            if (row["document_id"], row["sentence_id"]) in wanted]
