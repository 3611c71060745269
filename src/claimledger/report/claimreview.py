"""schema.org ClaimReview (JSON-LD) for the claims a user has rated: what fact-checkers publish
so search engines and other checkers can read the verdict.

One ClaimReview per rated claim (its newest rating, store/claims.py): `claimReviewed` is the
claim's first wording, `itemReviewed` the Claim with who made it first and every document it
appears in (the claim group's reports, by date), `reviewRating` the verdict on a 1-5 scale
(data/claim_ratings.tsv) with its name as `alternateName`.
"""
from __future__ import annotations

from typing import Optional

from sqlalchemy import select

from ..store import schema
from ..store.claims import parse_claim_id, ratings

CONTEXT = "https://schema.org"
_PEOPLE = ("person", "anonymous", "commenter", "author")


def claim_reviews(ledger, method: Optional[str] = None, threshold: Optional[float] = None) -> list[dict]:
    from ..archive.claims import corroborate, find_group

    rated = ratings(ledger)
    if not rated:
        return []
    groups = corroborate(ledger.engine, min_origins=1, method=method, threshold=threshold)
    return [review(row, find_group(groups, key), ledger) for key, row in sorted(rated.items(), key=lambda x: x[1]["pk"])]


def review(row: dict, group, ledger) -> dict:
    """The ClaimReview of one rating; `group` is the claim group holding the rated report (None:
    the claim is made in one document only)."""
    appearances = _appearances(group) if group is not None else _single(ledger, row)
    first = appearances[0] if appearances else {}
    rating = {"@type": "Rating", "alternateName": row["rating"].capitalize(), "bestRating": 5, "worstRating": 1}
    if row["value"]:
        rating["ratingValue"] = row["value"]
    recorded = row.get("recorded_at")
    out = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "identifier": f"{row['document_id']}:{row['sentence_id']}",
        "claimReviewed": group.text if group is not None else row["claim"],
        "datePublished": recorded.date().isoformat() if hasattr(recorded, "date") else (str(recorded)[:10] if recorded else None),
        "author": {"@type": "Person" if row.get("reviewer") else "Organization", "name": row.get("reviewer") or "claimledger"},
        "reviewRating": rating,
        "itemReviewed": {
            "@type": "Claim",
            "author": first.get("claimant") or {"@type": "Organization", "name": "unknown"},
            "datePublished": first.get("datePublished"),
            "appearance": [a["work"] for a in appearances],
            "firstAppearance": first.get("work"),
        },
    }
    if row.get("note"):
        out["reviewBody"] = row["note"]
    return out


def _work(title: Optional[str], url: Optional[str], published: Optional[str], document_id: str) -> dict:
    work = {"@type": "CreativeWork", "headline": title or f"document {document_id}", "identifier": document_id}
    if url:
        work["url"] = url
    if published:
        work["datePublished"] = published
    return work


def _claimant(name: Optional[str], source_type: Optional[str]) -> Optional[dict]:
    if not name:
        return None
    return {"@type": "Person" if source_type in _PEOPLE else "Organization", "name": name}


def _appearances(group) -> list[dict]:
    seen, out = set(), []
    for c in group.timeline():
        if c.document_id in seen:
            continue
        seen.add(c.document_id)
        out.append({"work": _work(c.title, c.url, c.published, c.document_id), "datePublished": c.published,
                    "claimant": _claimant(c.source or c.origin_label, c.source_type if c.source else None)})
    return out


def _single(ledger, row: dict) -> list[dict]:
    d, s, src = schema.documents, schema.sentences, schema.sources
    document_id, sentence_id = parse_claim_id(f"{row['document_id']}:{row['sentence_id']}")
    query = (select(d.c.id, d.c.title, d.c.url, d.c.published, src.c.name, src.c.type)
             .select_from(s.join(d, d.c.id == s.c.document_id)
                          .outerjoin(src, (src.c.document_id == s.c.document_id) & (src.c.id == s.c.source_id)))
             .where(s.c.document_id == document_id, s.c.id == sentence_id))
    found = list(ledger.iter_rows(query))
    if not found:
        return []
    r = found[0]
    return [{"work": _work(r["title"], r["url"], r["published"], r["id"]), "datePublished": r["published"],
             "claimant": _claimant(r["name"], r["type"])}]
