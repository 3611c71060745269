"""`claimledger events`: the ledger's events as an ACLED-like table (CSV or JSON lines)."""
from __future__ import annotations

import csv
import json
import sys
from typing import Optional

import typer

from . import open_ledger

COLUMNS = ("event_date", "plover", "action", "actor", "target", "location", "latitude", "longitude",
           "fatalities_low", "fatalities_high", "source", "source_type", "certainty", "document_id",
           "published", "line", "date_text", "sentence")


def register(app: typer.Typer) -> None:
    app.command("events")(events)


def events(ctx: typer.Context,
           db: Optional[str] = typer.Option(None, "--db", help="Ledger database URL (overrides the global --db)."),
           format: str = typer.Option("csv", "--format", "-f", help="csv or json (one object per line)."),
           code: Optional[str] = typer.Option(None, "--code", help="Only this PLOVER type, e.g. ASSAULT."),
           document: Optional[str] = typer.Option(None, "--document", help="Only events of this document id."),
           limit: Optional[int] = typer.Option(None, "--limit", min=1)):
    """Every stored event: date, PLOVER type, actor, target, place and coordinates, fatalities,
    the source that reports it and how sure, the document and the sentence."""
    from ..errors import InputError

    if format not in ("csv", "json"):
        raise InputError(f"--format must be csv or json, not {format}")
    with open_ledger(ctx, url=db) as ledger:
        rows = [_row(r) for r in ledger.iter_rows(event_query(code, document, limit))]
    write(rows, format, sys.stdout)


def event_query(code: Optional[str] = None, document: Optional[str] = None, limit: Optional[int] = None):
    from sqlalchemy import select

    from ..store import schema

    e, d = schema.events, schema.documents
    query = (select(e, d.c.published).join(d, d.c.id == e.c.document_id)
             .order_by(e.c.date.is_(None), e.c.date, d.c.published, e.c.document_id, e.c.line, e.c.pk))
    if code:
        query = query.where(e.c.code == code.upper())
    if document:
        query = query.where(e.c.document_id.like(f"{document}%"))
    if limit:
        query = query.limit(limit)
    return query


def _row(r: dict) -> dict:
    return {
        "event_date": r.get("date"), "plover": r.get("code"), "action": r.get("action"),
        "actor": r.get("actor"), "target": r.get("target"), "location": r.get("location"),
        "latitude": r.get("lat"), "longitude": r.get("lon"),
        "fatalities_low": _int(r.get("fatalities_low")), "fatalities_high": _int(r.get("fatalities_high")),
        "source": r.get("source_name"), "source_type": r.get("source_type"), "certainty": r.get("certainty"),
        "document_id": r.get("document_id"), "published": r.get("published"), "line": r.get("line"),
        "date_text": r.get("date_text"), "sentence": r.get("sentence_text"),
    }


def _int(x):
    return int(x) if isinstance(x, float) and x.is_integer() else x


def write(rows: list[dict], format: str, out) -> None:
    """JSON lines (the encoder escapes every control character), or CSV whose cells are made safe
    for a spreadsheet and a terminal (sanitize.for_csv: controls stripped, formulas defused)."""
    from ..sanitize import for_csv

    if format == "json":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: for_csv(v) for k, v in row.items()})
