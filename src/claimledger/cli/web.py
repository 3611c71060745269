"""`claimledger serve`: the web UI on 127.0.0.1 unless --host says otherwise."""
from __future__ import annotations

import typer

from . import db_url


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(ctx: typer.Context,
          host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 exposes it to the network)."),
          port: int = typer.Option(8765, "--port", min=1, max=65535),
          no_url_ingest: bool = typer.Option(False, "--no-url-ingest", help="Hide the form that fetches a URL from the server.")):
    """Browse the ledger in a web page: documents, sources, search, claims, events, forecasts."""
    import uvicorn

    from ..web import create_app

    app = create_app(db_url(ctx), allow_url_ingest=not no_url_ingest)
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"claimledger: warning: listening on {host}: anyone who can reach it can read the ledger "
                   "and add pages (there are no accounts); --no-url-ingest turns the fetch form off", err=True)
    typer.echo(f"claimledger: serving http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
