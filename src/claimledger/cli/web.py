"""`claimledger serve`: the web UI on 127.0.0.1 unless --host says otherwise."""
from __future__ import annotations

import errno

import typer

from . import db_url


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(ctx: typer.Context,
          host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 exposes it to the network)."),
          port: int = typer.Option(8765, "--port", min=1, max=65535),
          no_url_ingest: bool = typer.Option(False, "--no-url-ingest", help="Hide the form that fetches a URL from the server."),
          allowed_host: list[str] = typer.Option([], "--allowed-host",
                                                 help="Host name the UI answers to (repeatable); default: loopback names "
                                                      "when listening on loopback, any name otherwise.")):
    """Browse the ledger in a web page: documents, sources, search, claims, events, forecasts."""
    from ..optional import require

    for module in ("fastapi", "jinja2", "multipart", "uvicorn"):
        require(module, "serve")
    import uvicorn

    from ..web import create_app
    from ..web.security import LOOPBACK_HOSTS

    loopback = host in LOOPBACK_HOSTS
    # On loopback, a name other than localhost in the Host header means a rebound DNS name.
    hosts = allowed_host or (list(LOOPBACK_HOSTS) if loopback else None)
    app = create_app(db_url(ctx), allow_url_ingest=not no_url_ingest, allowed_hosts=hosts, create=False)
    if not loopback:
        typer.echo(f"claimledger: warning: listening on {host}: anyone who can reach it can read the ledger "
                   "and add pages (there are no accounts); --no-url-ingest turns the fetch form off"
                   + ("" if allowed_host else ", --allowed-host NAME limits the names it answers to"), err=True)
    listener = _listen(host, port)  # bound before saying "serving": a busy port is one line, exit 2
    typer.echo(f"claimledger: serving http://{host}:{port}/ (Ctrl-C stops)", err=True)
    # Keep-alive longer than uvicorn's 5 s: a client that reuses a connection just as the server
    # drops it gets a reset, which a busy machine (one slow response) makes likely.
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False, timeout_keep_alive=30)
    uvicorn.Server(config).run(sockets=[listener])


def _listen(host: str, port: int):
    """A socket bound to host:port, or an InputError that says why not (in use, no such address)."""
    import socket

    from ..errors import InputError

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as exc:
        raise InputError(f"cannot listen on {host}: {exc.strerror}") from None
    listener = socket.socket(family, kind, proto)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: restart over TIME_WAIT
    try:
        listener.bind(address)
        listener.listen(2048)
    except OSError as exc:
        listener.close()
        if exc.errno == errno.EADDRINUSE:
            raise InputError(f"port {port} on {host} is already in use (another `claimledger serve`?); "
                             f"choose another with --port") from None
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    listener.set_inheritable(True)
    return listener
