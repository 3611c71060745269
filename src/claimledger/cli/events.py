"""`claimledger events`: the ledger's events as the table analysts already use: ACLED's 31
columns in ACLED's order, then claimledger's own (report/event_table.py); one row per merged
event (one happening across many reports), or per report with --reports."""
from __future__ import annotations

import sys
from typing import Optional

import typer

from . import open_ledger


def register(app: typer.Typer) -> None:
    app.command("events")(events)


def events(ctx: typer.Context,
           db: Optional[str] = typer.Option(None, "--db", help="Ledger database URL (overrides the global --db)."),
           format: str = typer.Option("csv", "--format", "-f", help="csv, json (one array), jsonl (one object a line) or geojson."),
           reports: bool = typer.Option(False, "--reports", help="One row per report instead of one per merged event."),
           since: Optional[str] = typer.Option(None, "--since", help="Events dated on or after this day (YYYY-MM-DD); undated events are left out."),
           until: Optional[str] = typer.Option(None, "--until", help="Events dated on or before this day."),
           country: Optional[str] = typer.Option(None, "--country", help="Events in this country: a name or ISO code (Sudan, SD, SDN)."),
           type_: Optional[list[str]] = typer.Option(None, "--type", "-t", help="A PLOVER type (ASSAULT) or an ACLED type (Battles, Protests …); repeat or comma-separate."),
           factuality: Optional[list[str]] = typer.Option(None, "--factuality", help="asserted, reported, denied, planned, threatened, hypothetical, negated, generic, or happened; repeat or comma-separate."),
           search: Optional[str] = typer.Option(None, "--search", "-q", help="Only events reported in sentences that match this full-text search."),
           document: Optional[str] = typer.Option(None, "--document", help="Only events reported by this document (id or prefix)."),
           code: Optional[str] = typer.Option(None, "--code", hidden=True, help="Same as --type (kept for scripts)."),
           limit: Optional[int] = typer.Option(None, "--limit", min=1)):
    """Every stored event: ACLED's columns (date, event and sub-event type, actors and their type
    codes, place, fatalities, source …), then claimledger's (event id, PLOVER type, factuality,
    certainty, the attribution chain, each report's outlet, URL, date, document, line and
    offsets, GDELT-style counts of mentions, sources and articles, contested tolls)."""
    from ..archive.events import EventFilter, load
    from ..errors import InputError
    from ..report.event_table import FORMATS, event_row, write

    if format not in FORMATS:
        raise InputError(f"--format must be one of {', '.join(FORMATS)}, not {format}")
    wanted = EventFilter.parse(since=since, until=until, country=country, types=[*(type_ or []), *([code] if code else [])],
                               factuality=factuality, document=document, query=search, reports=reports)
    with open_ledger(ctx, url=db) as ledger:
        found = load(ledger, wanted)
    if limit:
        found = found[:limit]
    write((event_row(e) for e in found), format, sys.stdout)
