"""An Analysis flattened into rows of the ledger's tables (pure; no database here).

The whole analysis is stored as the document's JSON (`documents.analysis`, what `show` and the
web page read back). Beside it, the result kinds that are searched, counted or joined across
documents get a table (ROWS: result kind -> its table and how an item becomes a row); a result
kind without an entry lives in the JSON only, so a kind added to the contract is stored, and
shown, without a change here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional

from ..contract import Analysis, result_kinds
from ..resolvable import AUTHOR, author_named, complete
from . import schema

_KILLED = ("killed", "dead", "deaths", "fatalities", "killed_or_wounded")


def fold(name: str) -> str:
    """The key that makes 'CNN', 'cnn ' and 'C N N'-free variants meet across documents."""
    return " ".join(name.lower().split())


@dataclass
class _Lookups:
    """What a row needs from the rest of the analysis."""
    doc_id: str
    sources: dict
    entities: dict
    attributed: dict
    sentences: dict
    chains: dict       # (sentence id, source id) -> "Reuters ← two port officials"
    author: Optional[str] = None      # the document's byline, for forecasts by the author
    published: Optional[str] = None   # due windows resolve against it


def rows_for(a: Analysis) -> dict[Any, list[dict]]:
    a = author_named(a)
    doc_id = a.document.id
    look = _Lookups(doc_id, {s.id: s for s in a.sources}, {e.id: e for e in a.entities},
                    {x.sentence_id: x.source_id for x in a.attributions}, {s.id: s for s in a.sentences},
                    attribution_chains(a), a.document.author, a.document.published)
    rows: dict[Any, list[dict]] = {
        schema.documents: [{
            "id": doc_id, "sha256": a.document.sha256, "title": a.document.title, "url": a.document.url,
            "author": a.document.author, "published": a.document.published, "language": a.document.language,
            "word_count": a.document.word_count, "schema": a.schema_, "analysis": a.to_json(indent=None),
        }],
    }
    for kind in result_kinds():
        if kind.name in ROWS:
            table, row = ROWS[kind.name]
            rows[table] = [row(item, look) for item in getattr(a, kind.name)]
    return rows


def _forecast_row(doc_id, f, a: Analysis, sources) -> dict:
    if f.by in sources:
        by_name, by_type = sources[f.by].name, sources[f.by].type
    elif f.by == AUTHOR:
        by_name, by_type = a.document.author or AUTHOR, AUTHOR
    else:
        by_name, by_type = f.by, f.by
    return {
        "document_id": doc_id, "id": f.id, "sentence_id": f.sentence_id, "by": f.by, "by_name": by_name,
        "by_type": by_type, "statement": f.statement, "phrase": f.phrase, "probability": f.probability,
        "horizon": f.horizon, "condition": f.condition, "line": f.line, "proposition": f.proposition,
        "scale": f.scale, "probability_low": f.probability_low, "probability_high": f.probability_high,
        "due_start": f.due_start, "due_end": f.due_end, "due_precision": f.due_precision,
    }


def attribution_chains(a: Analysis) -> dict[tuple[str, str], str]:
    """(sentence id, source id) -> the attribution chain as text, outermost first
    ("Reuters ← two port officials"), for the events table's `attribution` column."""
    names = {s.id: s.name for s in a.sources}
    return {(x.sentence_id, x.source_id): " ← ".join(names.get(i, i) for i in [x.source_id, *x.via])
            for x in a.attributions}


def _sentence_row(s, look: _Lookups) -> dict:
    return {"document_id": look.doc_id, "id": s.id, "line": s.line, "start": s.start, "end": s.end, "text": s.text,
            "section": s.section, "kind": s.kind, "certainty": s.certainty, "source_id": look.attributed.get(s.id)}


def _source_row(s, look: _Lookups) -> dict:
    return {"document_id": look.doc_id, "id": s.id, "name": s.name, "key": fold(s.name), "type": s.type,
            "aliases": s.aliases}


def _attribution_row(x, look: _Lookups) -> dict:
    return {"document_id": look.doc_id, "sentence_id": x.sentence_id, "source_id": x.source_id, "via": x.via,
            "cue": x.cue, "start": x.start, "end": x.end, "line": x.line,
            "method": x.method, "kind": x.kind, "surface": x.surface}


def _entity_row(e, look: _Lookups) -> dict:
    return {"document_id": look.doc_id, "id": e.id, "name": e.name, "key": fold(e.name), "type": e.type,
            "aliases": e.aliases, "mentions": e.mentions}


def _forecast_row(f, look: _Lookups) -> dict:
    f = complete(f, look.published)   # due window and range filled where the extractor left them
    if f.by in look.sources:
        by_name, by_type = look.sources[f.by].name, look.sources[f.by].type
    elif f.by == AUTHOR:
        by_name, by_type = look.author or AUTHOR, AUTHOR
    else:
        by_name, by_type = f.by, f.by
    return {"document_id": look.doc_id, "id": f.id, "sentence_id": f.sentence_id, "by": f.by, "by_name": by_name,
            "by_type": by_type, "statement": f.statement, "phrase": f.phrase, "probability": f.probability,
            "horizon": f.horizon, "condition": f.condition, "line": f.line, "proposition": f.proposition,
            "scale": f.scale, "probability_low": f.probability_low, "probability_high": f.probability_high,
            "due_start": f.due_start, "due_end": f.due_end, "due_precision": f.due_precision}


def _hypothesis_row(h, look: _Lookups) -> dict:
    return {"document_id": look.doc_id, "id": h.id, "question": h.question.text, "data": h.model_dump(mode="json")}


def _gap_row(g, look: _Lookups) -> dict:
    return {"document_id": look.doc_id, "sentence_id": g.sentence_id, "line": g.line, "status": g.status,
            "expected": g.expected, "text": g.text}


def _rhetoric_row(r, look: _Lookups) -> dict:
    return {"document_id": look.doc_id, "sentence_id": r.sentence_id, "technique": r.technique, "text": r.text,
            "line": r.line}


def _event_row(ev, look: _Lookups) -> dict:
    from ..geo import place_facts

    entities, sources, sentences = look.entities, look.sources, look.sentences
    killed = [q for q in ev.quantities if q.kind in _KILLED]
    low = min((q.low if q.low is not None else q.value) for q in killed) if killed else None
    high = max((q.high if q.high is not None else q.value) for q in killed) if killed else None
    source = sources.get(ev.source_id) if ev.source_id else None
    actor, target = entities.get(ev.actor), entities.get(ev.target)
    where = ev.location
    return {
        "document_id": look.doc_id, "id": ev.id, "sentence_id": ev.sentence_id, "code": ev.code, "action": ev.action,
        "actor": actor.name if actor else ev.actor,
        "target": target.name if target else ev.target,
        "location": where.name if where else None,
        "lat": where.lat if where else None, "lon": where.lon if where else None,
        "date": ev.date, "date_text": ev.date_text, "quantities": [q.model_dump(mode="json") for q in ev.quantities],
        "fatalities_low": low, "fatalities_high": high,
        "source_id": ev.source_id, "source_name": source.name if source else ev.source_id,
        "source_type": source.type if source else ev.source_id,
        "certainty": ev.certainty,
        "sentence_text": sentences[ev.sentence_id].text if ev.sentence_id in sentences else None,
        "line": ev.line,
        "start": ev.start, "end": ev.end, "factuality": ev.factuality, "mode": ev.mode,
        "instruments": list(ev.instruments), "date_precision": ev.date_precision,
        "date_from_published": ev.date_from_published, "geonames_id": where.geonames_id if where else None,
        **place_facts(where),
        "actor_type": actor.type if actor else None, "target_type": target.type if target else None,
        "attribution": look.chains.get((ev.sentence_id, ev.source_id)) or (source.name if source else None),
    }


# Result kind -> (its table, item -> row). Kinds not listed are kept in the document's JSON only.
ROWS: dict[str, tuple[Any, Callable[[Any, _Lookups], dict]]] = {
    "sentences": (schema.sentences, _sentence_row),
    "sources": (schema.sources, _source_row),
    "attributions": (schema.attributions, _attribution_row),
    "entities": (schema.entities, _entity_row),
    "events": (schema.events, _event_row),
    "forecasts": (schema.forecasts, _forecast_row),
    "hypotheses": (schema.hypotheses, _hypothesis_row),
    "evidence_gaps": (schema.evidence_gaps, _gap_row),
    "rhetoric": (schema.rhetoric, _rhetoric_row),
}
