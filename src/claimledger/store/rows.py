"""An Analysis flattened into rows of the ledger's tables (pure; no database here)."""
from __future__ import annotations

from typing import Any

from ..contract import Analysis
from . import schema

_KILLED = ("killed", "dead", "deaths", "fatalities", "killed_or_wounded")


def fold(name: str) -> str:
    """The key that makes 'CNN', 'cnn ' and 'C N N'-free variants meet across documents."""
    return " ".join(name.lower().split())


def rows_for(a: Analysis) -> dict[Any, list[dict]]:
    doc_id = a.document.id
    sources = {s.id: s for s in a.sources}
    entities = {e.id: e for e in a.entities}
    attributed = {x.sentence_id: x.source_id for x in a.attributions}
    sentences = {s.id: s for s in a.sentences}
    rows: dict[Any, list[dict]] = {
        schema.documents: [{
            "id": doc_id, "sha256": a.document.sha256, "title": a.document.title, "url": a.document.url,
            "author": a.document.author, "published": a.document.published, "language": a.document.language,
            "word_count": a.document.word_count, "schema": a.schema_, "analysis": a.to_json(indent=None),
        }],
        schema.sentences: [{
            "document_id": doc_id, "id": s.id, "line": s.line, "start": s.start, "end": s.end, "text": s.text,
            "section": s.section, "kind": s.kind, "certainty": s.certainty, "source_id": attributed.get(s.id),
        } for s in a.sentences],
        schema.sources: [{
            "document_id": doc_id, "id": s.id, "name": s.name, "key": fold(s.name), "type": s.type, "aliases": s.aliases,
        } for s in a.sources],
        schema.attributions: [{
            "document_id": doc_id, "sentence_id": x.sentence_id, "source_id": x.source_id, "via": x.via,
            "cue": x.cue, "start": x.start, "end": x.end, "line": x.line,
            "method": x.method, "kind": x.kind, "surface": x.surface,
        } for x in a.attributions],
        schema.entities: [{
            "document_id": doc_id, "id": e.id, "name": e.name, "key": fold(e.name), "type": e.type,
            "aliases": e.aliases, "mentions": e.mentions,
        } for e in a.entities],
        schema.events: [_event_row(doc_id, ev, entities, sources, sentences) for ev in a.events],
        schema.forecasts: [{
            "document_id": doc_id, "id": f.id, "sentence_id": f.sentence_id, "by": f.by,
            "by_name": sources[f.by].name if f.by in sources else f.by,
            "by_type": sources[f.by].type if f.by in sources else f.by,
            "statement": f.statement, "phrase": f.phrase, "probability": f.probability, "horizon": f.horizon,
            "condition": f.condition, "line": f.line,
        } for f in a.forecasts],
        schema.hypotheses: [{
            "document_id": doc_id, "id": h.id, "question": h.question.text, "data": h.model_dump(mode="json"),
        } for h in a.hypotheses],
        schema.evidence_gaps: [{
            "document_id": doc_id, "sentence_id": g.sentence_id, "line": g.line, "status": g.status,
            "expected": g.expected, "text": g.text,
        } for g in a.evidence_gaps],
        schema.rhetoric: [{
            "document_id": doc_id, "sentence_id": r.sentence_id, "technique": r.technique, "text": r.text, "line": r.line,
        } for r in a.rhetoric],
    }
    return rows


def _event_row(doc_id, ev, entities, sources, sentences) -> dict:
    killed = [q for q in ev.quantities if q.kind in _KILLED]
    low = min((q.low if q.low is not None else q.value) for q in killed) if killed else None
    high = max((q.high if q.high is not None else q.value) for q in killed) if killed else None
    source = sources.get(ev.source_id) if ev.source_id else None
    return {
        "document_id": doc_id, "id": ev.id, "sentence_id": ev.sentence_id, "code": ev.code, "action": ev.action,
        "actor": entities[ev.actor].name if ev.actor in entities else ev.actor,
        "target": entities[ev.target].name if ev.target in entities else ev.target,
        "location": ev.location.name if ev.location else None,
        "lat": ev.location.lat if ev.location else None, "lon": ev.location.lon if ev.location else None,
        "date": ev.date, "date_text": ev.date_text, "quantities": [q.model_dump(mode="json") for q in ev.quantities],
        "fatalities_low": low, "fatalities_high": high,
        "source_id": ev.source_id, "source_name": source.name if source else ev.source_id,
        "source_type": source.type if source else ev.source_id,
        "certainty": ev.certainty,
        "sentence_text": sentences[ev.sentence_id].text if ev.sentence_id in sentences else None,
        "line": ev.line,
    }
