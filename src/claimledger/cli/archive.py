"""`claimledger search` and `claimledger claims`: the archive from the command line."""
from __future__ import annotations

import json
from typing import Optional

import typer

from . import open_ledger, plain_console


def register(app: typer.Typer) -> None:
    app.command("search")(search)
    app.command("claims")(claims)


def _check_format(format: str) -> None:
    from ..errors import InputError

    if format not in ("table", "json"):
        raise InputError(f"--format must be table or json, not {format}")


def search(ctx: typer.Context,
           query: str = typer.Argument(..., help='Words to find (all must occur); "a phrase", OR, NOT, prefix*.'),
           source: Optional[str] = typer.Option(None, "--source", help="Only sentences attributed to this source (name)."),
           kind: Optional[str] = typer.Option(None, "--kind", help="Only sentences of this kind (reported, opinion, …)."),
           since: Optional[str] = typer.Option(None, "--since", help="Only documents published on or after this date."),
           limit: int = typer.Option(20, "--limit", min=1, max=500),
           format: str = typer.Option("table", "--format", "-f", help="table or json")):
    """Full-text search over every stored sentence, best matches first."""
    from ..sanitize import plain
    from ..store.search import MARK_CLOSE, MARK_OPEN
    from ..store.search import search as run

    _check_format(format)
    with open_ledger(ctx) as ledger:
        hits = run(ledger.engine, query, source=source, kind=kind, since=since, limit=limit)
    if format == "json":
        typer.echo(json.dumps([h.to_dict() for h in hits], indent=2, ensure_ascii=False))
        return
    from rich.table import Table
    from rich.text import Text

    table = Table("document", "line", "kind", "source", "sentence", title=f"{len(hits)} matches for {query!r}")
    for hit in hits:
        sentence = Text()
        for i, part in enumerate(hit.marked.replace(MARK_CLOSE, MARK_OPEN).split(MARK_OPEN)):
            sentence.append(plain(part), style="bold yellow" if i % 2 else "")  # a Text: sanitised here
        table.add_row(f"{hit.document_id}\n{(hit.title or '')[:40]}", str(hit.line), hit.kind, hit.source or "", sentence)
    plain_console().print(table)


def claims(ctx: typer.Context,
           min_origins: int = typer.Option(2, "--min-origins", min=1, help="Only claims resting on at least this many independent origins."),
           method: Optional[str] = typer.Option(None, "--method", help="embeddings (default when installed) or tfidf."),
           threshold: Optional[float] = typer.Option(None, "--threshold", min=0.0, max=1.0, help="Cosine similarity that makes two claims the same."),
           limit: int = typer.Option(50, "--limit", min=1),
           format: str = typer.Option("table", "--format", "-f", help="table or json")):
    """Claims made in several documents, grouped, with how many independent origins back each."""
    from ..archive.claims import corroborate

    _check_format(format)
    with open_ledger(ctx) as ledger:
        groups = corroborate(ledger.engine, min_origins=min_origins, method=method, threshold=threshold)[:limit]
    if format == "json":
        typer.echo(json.dumps([g.to_dict() for g in groups], indent=2, ensure_ascii=False))
        return
    from rich.table import Table

    table = Table("origins", "documents", "claim", "who", title=f"{len(groups)} corroborated claims")
    for g in groups:
        who = ", ".join(o.split(":", 1)[1] for o in g.origins)
        table.add_row(str(len(g.origins)), str(len(g.documents)), g.text, who)
    plain_console().print(table)
