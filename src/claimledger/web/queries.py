"""What each page reads from the ledger's tables (SQLAlchemy Core; any dialect)."""
from __future__ import annotations

from typing import Optional

from sqlalchemy import func, or_, select

from ..store import schema
from ..store.rows import fold


def _rows(engine, query) -> list[dict]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def counts(engine) -> dict[str, int]:
    tables = {"documents": schema.documents, "sentences": schema.sentences, "sources": schema.sources,
              "events": schema.events, "forecasts": schema.forecasts}
    with engine.connect() as conn:
        return {name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0) for name, t in tables.items()}


def documents(engine, q: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
              duplicates: bool = False, limit: int = 50, offset: int = 0) -> list[dict]:
    d = schema.documents
    copy = d.alias("copy")
    copies = select(func.count()).select_from(copy).where(copy.c.duplicate_of == d.c.id).scalar_subquery()
    query = select(d.c.id, d.c.title, d.c.url, d.c.author, d.c.published, d.c.word_count, d.c.duplicate_of,
                   d.c.ingested_at, copies.label("copies"))
    if q:
        # % and _ typed by the user are letters to find, not LIKE wildcards.
        like = "%" + q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(or_(*(func.lower(column).like(like, escape="\\")
                                  for column in (d.c.title, d.c.url, d.c.author))))
    if since:
        query = query.where(d.c.published >= since)
    if until:
        query = query.where(d.c.published <= until)
    if not duplicates:
        query = query.where(d.c.duplicate_of.is_(None))
    query = query.order_by(d.c.published.desc().nulls_last(), d.c.ingested_at.desc(), d.c.id).limit(limit).offset(offset)
    return _rows(engine, query)


def copies_of(engine, document_id: str) -> list[dict]:
    d = schema.documents
    return _rows(engine, select(d.c.id, d.c.title, d.c.url, d.c.published).where(d.c.duplicate_of == document_id))


def duplicate_of(engine, document_id: str) -> Optional[str]:
    d = schema.documents
    with engine.connect() as conn:
        return conn.execute(select(d.c.duplicate_of).where(d.c.id == document_id)).scalar()


def sources(engine, type_: Optional[str] = None, limit: int = 200) -> list[dict]:
    """Sources across documents, met by their folded name: how many documents and sentences."""
    s, a = schema.sources, schema.attributions
    said = (select(a.c.document_id, a.c.source_id, func.count().label("n"))
            .group_by(a.c.document_id, a.c.source_id).subquery())
    query = (select(s.c.key, func.min(s.c.name).label("name"), func.min(s.c.type).label("type"),
                    func.count(func.distinct(s.c.document_id)).label("documents"),
                    func.coalesce(func.sum(said.c.n), 0).label("sentences"))
             .select_from(s.outerjoin(said, (said.c.document_id == s.c.document_id) & (said.c.source_id == s.c.id)))
             .group_by(s.c.key))
    if type_:
        query = query.where(s.c.type == type_)
    query = query.order_by(func.count(func.distinct(s.c.document_id)).desc(), s.c.key).limit(limit)
    return _rows(engine, query)


def source_statements(engine, key: str, limit: int = 500) -> tuple[list[dict], list[dict]]:
    """A source's names/types and everything attributed to it, across documents."""
    s, a, sent, d = schema.sources, schema.attributions, schema.sentences, schema.documents
    key = fold(key)
    names = _rows(engine, select(s.c.name, s.c.type, s.c.document_id).where(s.c.key == key))
    query = (select(sent.c.document_id, sent.c.id.label("sentence_id"), sent.c.line, sent.c.text, sent.c.kind,
                    sent.c.certainty, a.c.cue, a.c.via, d.c.title, d.c.published)
             .select_from(s.join(a, (a.c.document_id == s.c.document_id) & (a.c.source_id == s.c.id))
                          .join(sent, (sent.c.document_id == a.c.document_id) & (sent.c.id == a.c.sentence_id))
                          .join(d, d.c.id == s.c.document_id))
             .where(s.c.key == key).order_by(d.c.published.desc().nulls_last(), sent.c.document_id, sent.c.line).limit(limit))
    return names, _rows(engine, query)


def events_signature(engine) -> tuple:
    """What changes whenever the ledger's events do (a cache key for merged events)."""
    e, d = schema.events, schema.documents
    with engine.connect() as conn:
        events = conn.execute(select(func.count(), func.max(e.c.pk))).first()
        documents = conn.execute(select(func.count(), func.count(d.c.duplicate_of))).first()
    return tuple(events) + tuple(documents)


def hypotheses(engine, limit: int = 1000) -> list[dict]:
    h, d = schema.hypotheses, schema.documents
    query = (select(h.c.pk, h.c.document_id, h.c.id, h.c.question, h.c.data, d.c.title, d.c.published)
             .join(d, d.c.id == h.c.document_id).order_by(d.c.published.desc().nulls_last(), h.c.pk).limit(limit))
    rows = _rows(engine, query)
    for row in rows:   # the counts the list shows; the matrix page reads the whole group
        data = row.pop("data") or {}
        row["alternatives"], row["evidence"] = len(data.get("alternatives", [])), len(data.get("evidence", []))
    return rows


def forecasts(engine, limit: int = 1000) -> list[dict]:
    f, d = schema.forecasts, schema.documents
    query = (select(f.c.pk, f.c.document_id, f.c.id, f.c.sentence_id, f.c.by_name, f.c.by_type, f.c.statement,
                    f.c.phrase, f.c.probability, f.c.horizon, f.c.condition, f.c.proposition, f.c.scale,
                    f.c.probability_low, f.c.probability_high, f.c.due_end, f.c.due_precision, d.c.title, d.c.published)
             .join(d, d.c.id == f.c.document_id).order_by(d.c.published.desc().nulls_last(), f.c.pk).limit(limit))
    return _rows(engine, query)


def citations(engine, key: str, limit: int = 12) -> dict[str, list[dict]]:
    """Who cites the source and whom it cites, from the attribution chains of the documents
    that name it ("Reuters ← two port officials": Reuters cites the officials). Each side lists
    the other sources by folded name with how many attributions link them, most first."""
    s, a = schema.sources, schema.attributions
    key = fold(key)
    documents = sorted({r["document_id"] for r in _rows(engine, select(s.c.document_id).where(s.c.key == key))})
    cites: dict[str, dict] = {}
    cited_by: dict[str, dict] = {}
    for start in range(0, len(documents), 500):
        chunk = documents[start: start + 500]
        names = {(r["document_id"], r["id"]): (r["key"], r["name"], r["type"])
                 for r in _rows(engine, select(s.c.document_id, s.c.id, s.c.key, s.c.name, s.c.type)
                                .where(s.c.document_id.in_(chunk)))}
        for r in _rows(engine, select(a.c.document_id, a.c.source_id, a.c.via).where(a.c.document_id.in_(chunk))):
            chain = [names.get((r["document_id"], x)) for x in [r["source_id"], *(r["via"] or [])]]
            chain = [x for x in chain if x is not None and x[2] not in ("author", "commenter")]
            for outer, inner in zip(chain, chain[1:]):
                if outer[0] == key and inner[0] != key:
                    _tally(cites, inner)
                elif inner[0] == key and outer[0] != key:
                    _tally(cited_by, outer)
    order = lambda side: sorted(side.values(), key=lambda x: (-x["count"], x["key"]))[:limit]  # noqa: E731
    return {"cites": order(cites), "cited_by": order(cited_by)}


def _tally(side: dict, source: tuple) -> None:
    key, name, type_ = source
    entry = side.setdefault(key, {"key": key, "name": name, "type": type_, "count": 0})
    entry["count"] += 1
