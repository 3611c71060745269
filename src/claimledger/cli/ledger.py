"""`claimledger ingest`, `list`, `show`: the ledger from the command line."""
from __future__ import annotations

from typing import Optional

import typer

from . import db_url


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("list")(list_documents)
    app.command("show")(show)


def ingest(ctx: typer.Context,
           sources: list[str] = typer.Argument(..., help="Files or URLs to analyse and store."),
           published: Optional[str] = typer.Option(None, "--published", help="Publication date for all inputs (YYYY-MM-DD).")):
    """Analyse and store articles; the same text is stored once."""
    from ..errors import ClaimledgerError
    from ..ingest import load
    from ..pipeline import analyze
    from ..store import Ledger

    stored = duplicates = failed = 0
    with Ledger(db_url(ctx)) as ledger:
        for source in sources:
            try:
                result = ledger.store(analyze(load(source, published=published)))
            except ClaimledgerError as exc:
                if exc.exit_code == 3:  # the database itself failed: stop, nothing more can be stored
                    raise
                failed += 1
                typer.echo(f"skipped {source}: {exc}", err=True)
                continue
            stored += result.created
            duplicates += not result.created
            typer.echo(f"{'stored' if result.created else 'duplicate'} {result.document_id} {source}")
    typer.echo(f"{stored} stored, {duplicates} duplicates, {failed} skipped")
    if failed and not (stored or duplicates):
        raise typer.Exit(2)


def list_documents(ctx: typer.Context, limit: int = typer.Option(50, "--limit"), offset: int = typer.Option(0, "--offset")):
    """List stored documents, newest first."""
    from rich.console import Console
    from rich.table import Table

    from ..store import Ledger

    with Ledger(db_url(ctx)) as ledger:
        rows = ledger.documents(limit=limit, offset=offset)
        total = ledger.count()
    table = Table("id", "published", "words", "title", title=f"{total} documents")
    for row in rows:
        table.add_row(row["id"], row["published"] or "", str(row["word_count"] or ""), (row["title"] or row["url"] or "")[:70])
    Console().print(table)


def show(ctx: typer.Context, document_id: str = typer.Argument(..., help="Document id (or a unique prefix)."),
         format: str = typer.Option("md", "--format", "-f", help="json or md")):
    """Print a stored analysis (the same JSON `analyze` printed, or the brief)."""
    from ..errors import InputError
    from ..store import Ledger

    if format not in ("json", "md"):
        raise InputError(f"--format must be json or md, not {format}")
    with Ledger(db_url(ctx)) as ledger:
        analysis = ledger.get(document_id)
    if format == "json":
        typer.echo(analysis.to_json())
    else:
        from ..report.markdown import render

        typer.echo(render(analysis))
