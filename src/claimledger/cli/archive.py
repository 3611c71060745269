"""`claimledger search`: the archive from the command line (`claims` lives in cli/claims.py)."""
from __future__ import annotations

import json
from typing import Optional

import typer

from . import open_ledger, plain_console


def register(app: typer.Typer) -> None:
    app.command("search")(search)


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
