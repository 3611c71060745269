"""The ledger's events read back as reports: one row per stored event with its document's title,
URL, author, publication and ingest dates, for the event table, the map and the counts
(archive/events.py groups them into merged events).

    rows = reports(ledger, codes=["ASSAULT"])
    keys = matching_sentences(ledger.engine, "drone strike")   # {(document_id, sentence_id)}
"""
from __future__ import annotations

from typing import Iterable, Optional

from sqlalchemy import select

from . import schema

# Columns of `events` a report carries (all but the storage key and the raw quantities).
_SKIP = {"quantities"}
MAX_MATCHING = 2_000     # best-matching sentences a search restricts the events to
_PAGE = 500              # what store.search.search returns at most per call


def report_query(codes: Optional[Iterable[str]] = None):
    e, d = schema.events, schema.documents
    columns = [c for c in e.columns if c.name not in _SKIP]
    query = (select(*columns, d.c.title, d.c.url, d.c.author, d.c.published, d.c.ingested_at)
             .join(d, d.c.id == e.c.document_id)
             .where(d.c.duplicate_of.is_(None))
             .order_by(e.c.pk))
    codes = [c.upper() for c in codes or () if c]
    if codes:
        query = query.where(e.c.code.in_(codes))
    return query


def reports(ledger, codes: Optional[Iterable[str]] = None) -> list[dict]:
    """Every stored event (of these PLOVER types) as a report row."""
    return list(ledger.iter_rows(report_query(codes)))


def matching_sentences(engine, query: str, limit: int = MAX_MATCHING) -> set[tuple[str, str]]:
    """(document id, sentence id) of the best `limit` sentences a full-text search finds
    (store/search.py, read a page at a time)."""
    from .search import search

    found: set[tuple[str, str]] = set()
    for offset in range(0, limit, _PAGE):
        hits = search(engine, query, limit=_PAGE, offset=offset)
        found.update((hit.document_id, hit.sentence_id) for hit in hits)
        if len(hits) < _PAGE:
            break
    return found
