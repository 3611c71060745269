"""The ledger's tables (SQLAlchemy Core). One row per document; the contract's parts in their
own tables so they can be searched and joined across documents. `documents.analysis` keeps the
full Analysis JSON, so `show` returns exactly what `analyze` produced.

Item ids inside a document (s12, src3, ev2) are the contract's; across documents a row is
named by (document_id, that id).
"""
from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table,
                        Text, UniqueConstraint, func)

metadata = MetaData()


def _doc_fk() -> Column:
    return Column("document_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True)


documents = Table(
    "documents", metadata,
    Column("id", String(16), primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("url", Text),
    Column("author", Text),
    Column("published", String(10), index=True),
    Column("language", String(8)),
    Column("word_count", Integer),
    Column("schema", String(32)),
    Column("analysis", Text, nullable=False),
    Column("duplicate_of", String(16), ForeignKey("documents.id"), nullable=True),
    Column("ingested_at", DateTime(timezone=True), server_default=func.now()),
)

sentences = Table(
    "sentences", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("id", String(16), nullable=False),
    Column("line", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("section", String(16), nullable=False),
    Column("kind", String(16), nullable=False, index=True),
    Column("certainty", Float),
    Column("source_id", String(32)),
    UniqueConstraint("document_id", "id"),
)

sources = Table(
    "sources", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("id", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Column("key", Text, nullable=False, index=True),  # case- and space-folded name, for cross-document lookups
    Column("type", String(24)),
    Column("aliases", JSON),
    UniqueConstraint("document_id", "id"),
)

attributions = Table(
    "attributions", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("sentence_id", String(16), nullable=False),
    Column("source_id", String(32), nullable=False),
    Column("via", JSON),
    Column("cue", Text),
    Column("start", Integer),
    Column("end", Integer),
    Column("line", Integer),
    Column("method", String(8)),        # rules | model (migration 0008)
    Column("kind", String(12)),         # speech | writing | belief | intention | poll | document
    Column("surface", Text),            # the source as written, when resolved ("he")
)

entities = Table(
    "entities", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("id", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Column("key", Text, nullable=False, index=True),
    Column("type", String(24)),
    Column("aliases", JSON),
    Column("mentions", Integer),
)

events = Table(
    "events", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("id", String(32), nullable=False),
    Column("sentence_id", String(16), nullable=False),
    Column("code", String(16), index=True),
    Column("action", Text),
    Column("actor", Text),          # entity name (the contract keeps the entity id)
    Column("target", Text),
    Column("location", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("date", String(10), index=True),
    Column("date_text", Text),
    Column("quantities", JSON),
    Column("fatalities_low", Float),
    Column("fatalities_high", Float),
    Column("source_id", String(32)),
    Column("source_name", Text),
    Column("source_type", String(24)),
    Column("certainty", Float),
    Column("sentence_text", Text),
    Column("line", Integer),
    # Since 0006 (issue 14): the contract's newer event fields, the place's country and precision
    # (the extractor's, else derived from the GeoNames id or point: claimledger/geo.py), the
    # actors' entity types, the attribution chain as text, and the event's offsets.
    Column("start", Integer),
    Column("end", Integer),
    Column("factuality", String(16), index=True),
    Column("mode", String(32)),
    Column("instruments", JSON),
    Column("date_precision", String(8)),
    Column("date_from_published", Boolean),
    Column("geonames_id", Integer),
    Column("country", Text),
    Column("country_code", String(2), index=True),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("geo_precision", String(8)),
    Column("actor_type", String(24)),
    Column("target_type", String(24)),
    Column("attribution", Text),
)

forecasts = Table(
    "forecasts", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),  # the id users resolve by
    _doc_fk(),
    Column("id", String(32), nullable=False),
    Column("sentence_id", String(16), nullable=False),
    Column("by", String(32)),
    Column("by_name", Text),
    Column("by_type", String(24)),
    Column("statement", Text),
    Column("phrase", Text),
    Column("probability", Float),
    Column("horizon", Text),
    Column("condition", Text),
    Column("line", Integer),
    # 0007: what resolving needs (the contract's optional fields; filled from the horizon and the
    # phrase table when an analysis predates them)
    Column("proposition", Text),
    Column("scale", String(32)),
    Column("probability_low", Float),
    Column("probability_high", Float),
    Column("due_start", String(10)),
    Column("due_end", String(10), index=True),
    Column("due_precision", String(8)),
)

hypotheses = Table(
    "hypotheses", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("id", String(32), nullable=False),
    Column("question", Text),
    Column("data", JSON),
)

evidence_gaps = Table(
    "evidence_gaps", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("sentence_id", String(16)),
    Column("line", Integer),
    Column("status", String(8)),
    Column("expected", String(12)),
    Column("text", Text),
)

rhetoric = Table(
    "rhetoric", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("sentence_id", String(16)),
    Column("technique", String(32), index=True),
    Column("text", Text),
    Column("line", Integer),
)

Index("ix_sentences_doc_line", sentences.c.document_id, sentences.c.line)
