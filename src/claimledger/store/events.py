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
MAX_MATCHING = 5_000     # newest matching sentences a search restricts the events to
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
    """(document id, sentence id) of sentences that report an event and match a full-text
    search (the query syntax of store/search.py; newest first, unranked: only membership counts,
    so neither ranking nor highlighting is paid for)."""
    from sqlalchemy import text

    e = "JOIN events e ON e.document_id = s.document_id AND e.sentence_id = s.id"
    if engine.dialect.name == "sqlite":
        from .search import fts_query

        sql = (f"SELECT DISTINCT s.document_id, s.id FROM sentences_fts f JOIN sentences s ON s.pk = f.rowid {e} "
               f"WHERE f.sentences_fts MATCH :match ORDER BY s.pk DESC LIMIT :limit")
        params = {"match": fts_query(query), "limit": limit}
    elif engine.dialect.name == "postgresql":
        from .search_postgres import tsquery_sql

        tsquery, params = tsquery_sql(query)
        sql = (f"SELECT DISTINCT s.document_id, s.id, s.pk FROM sentences s {e} "
               f"WHERE s.tsv @@ {tsquery} ORDER BY s.pk DESC LIMIT :limit")
        params["limit"] = limit
    else:
        return _matching_by_search(engine, query, limit)
    with engine.connect() as conn:
        return {(row[0], row[1]) for row in conn.execute(text(sql), params)}


def _matching_by_search(engine, query: str, limit: int) -> set[tuple[str, str]]:
    """Any other database: store/search.py's portable search, a page at a time."""
    from .search import search

    found: set[tuple[str, str]] = set()
    for offset in range(0, limit, _PAGE):
        hits = search(engine, query, limit=_PAGE, offset=offset)
        found.update((hit.document_id, hit.sentence_id) for hit in hits)
        if len(hits) < _PAGE:
            break
    return found
