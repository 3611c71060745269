"""Integrity of a ledger database: what `claimledger db check` reports, and what the fault tests
assert after a killed ingest (no duplicate text, no half-written document, no orphan rows).

    problems = check(ledger)     # [] when clean; one readable line per problem otherwise
"""
from __future__ import annotations

import json
from typing import Iterator

from sqlalchemy import func, select, text

from . import schema

# Tables whose rows belong to one document; a row whose document is gone is an orphan.
_CHILD_TABLES = (schema.sentences, schema.sources, schema.attributions, schema.entities, schema.events,
                 schema.forecasts, schema.hypotheses, schema.evidence_gaps, schema.rhetoric)
# The contract key whose items each table holds one row per item of.
_COUNTED = {schema.sentences: "sentences", schema.sources: "sources", schema.events: "events",
            schema.forecasts: "forecasts"}


def check(ledger, limit: int = 20) -> list[str]:
    """Problems found, at most `limit` of them."""
    problems: list[str] = []
    for problem in _all_problems(ledger):
        problems.append(problem)
        if len(problems) >= limit:
            break
    return problems


def _all_problems(ledger) -> Iterator[str]:
    yield from _engine_check(ledger)
    yield from _duplicate_texts(ledger)
    yield from _orphans(ledger)
    yield from _half_written(ledger)


def _engine_check(ledger) -> Iterator[str]:
    if ledger.engine.dialect.name != "sqlite":
        return  # PostgreSQL checks its own pages; nothing cheap to ask of it here
    with ledger.engine.connect() as conn:
        for (message,) in conn.execute(text("PRAGMA quick_check")):
            if message != "ok":
                yield f"sqlite: {message}"


def _duplicate_texts(ledger) -> Iterator[str]:
    d = schema.documents
    query = select(d.c.sha256, func.count()).group_by(d.c.sha256).having(func.count() > 1)
    for sha256, count in _tuples(ledger, query):
        yield f"text {sha256[:16]} is stored {count} times"


def _orphans(ledger) -> Iterator[str]:
    d = schema.documents
    for table in _CHILD_TABLES:
        query = (select(func.count()).select_from(table)
                 .where(~table.c.document_id.in_(select(d.c.id))))
        count = _tuples(ledger, query)[0][0]
        if count:
            yield f"{table.name}: {count} rows belong to no document"


def _half_written(ledger) -> Iterator[str]:
    """A document whose rows do not match its own stored analysis was written in part."""
    d = schema.documents
    counts = {table: dict(_tuples(ledger, select(table.c.document_id, func.count()).group_by(table.c.document_id)))
              for table in _COUNTED}
    for doc_id, analysis in _stream(ledger, select(d.c.id, d.c.analysis)):
        try:
            data = json.loads(analysis)
        except ValueError:
            yield f"document {doc_id}: stored analysis is not valid JSON"
            continue
        for table, key in _COUNTED.items():
            expected, found = len(data.get(key) or ()), counts[table].get(doc_id, 0)
            if expected != found:
                yield f"document {doc_id}: {found} {table.name} rows, its analysis has {expected}"


def _tuples(ledger, query) -> list[tuple]:
    return [tuple(row) for row in ledger._all(query)]


def _stream(ledger, query) -> Iterator[tuple]:
    with ledger.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=200).execute(query)
        for row in result:
            yield tuple(row)
