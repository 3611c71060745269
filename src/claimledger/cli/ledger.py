"""`claimledger ingest`, `list`, `show`: the ledger from the command line."""
from __future__ import annotations

from typing import Optional

import typer

from . import open_ledger, plain_console


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("list")(list_documents)
    app.command("show")(show)


def ingest(ctx: typer.Context,
           sources: list[str] = typer.Argument(..., help="Files, directories, .jsonl files, URLs or RSS/Atom feeds."),
           published: Optional[str] = typer.Option(None, "--published", help="Publication date for all inputs (YYYY-MM-DD)."),
           workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes for reading and analysis."),
           threshold: float = typer.Option(0.6, "--near-duplicate", min=0.05, max=1.0,
                                           help="Similarity (estimated Jaccard of word 5-grams) above which a text is a copy."),
           quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no line per document."),
           cluster: Optional[str] = typer.Option(None, "--cluster", help="Analyse on Dask: local:N (a LocalCluster of N processes) or tcp://scheduler:8786 (docs/cluster.md).")):
    """Analyse and store articles; exact and near-duplicate copies are recorded, never re-analysed."""
    from ..archive.bulk import ingest as bulk_ingest
    from .progress import IngestProgress

    if cluster:
        from ..distributed import parse_cluster

        parse_cluster(cluster)  # a bad spec fails before any work starts
    with open_ledger(ctx, write=True) as ledger, IngestProgress(quiet=quiet) as progress:
        summary = bulk_ingest(sources, ledger, workers=workers, threshold=threshold, published=published,
                              reporter=progress, cluster=cluster)
    progress.print_summary(summary)
    if summary.skipped and not (summary.stored or summary.already or summary.near_duplicates):
        from ..errors import InputError

        raise InputError("nothing was stored: every input was skipped")  # exit code 2


def list_documents(ctx: typer.Context, limit: int = typer.Option(50, "--limit"), offset: int = typer.Option(0, "--offset"),
                   format: str = typer.Option("table", "--format", "-f", help="table or json (one array)")):
    """List stored documents, newest first."""
    from rich.table import Table

    from ..errors import InputError

    if format not in ("table", "json"):
        raise InputError(f"--format must be table or json, not {format}")
    with open_ledger(ctx) as ledger:
        rows = ledger.documents(limit=limit, offset=offset)
        total = ledger.count()
    if format == "json":
        import json
        from dataclasses import asdict

        typer.echo(json.dumps([asdict(row) for row in rows], indent=2, ensure_ascii=False,
                              default=lambda v: v.isoformat() if hasattr(v, "isoformat") else str(v)))
        return
    table = Table("id", "published", "words", "title", title=f"{total} documents")
    for row in rows:
        table.add_row(row.id, row.published or "", str(row.word_count or ""), (row.title or row.url or "")[:70])
    plain_console().print(table)


def show(ctx: typer.Context, document_id: str = typer.Argument(..., help="Document id (or a unique prefix)."),
         format: str = typer.Option("md", "--format", "-f", help="json or md")):
    """Print a stored analysis (the same JSON `analyze` printed, or the brief)."""
    from ..report import output_format

    renderer = output_format(format)
    with open_ledger(ctx) as ledger:
        analysis = ledger.get(document_id)
    typer.echo(renderer.render(analysis))
