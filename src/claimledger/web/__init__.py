"""The web UI: `claimledger serve` (FastAPI + Jinja2), everything offline.

    from claimledger.web import create_app
    app = create_app("sqlite:///ledger.db")

Pages render from the stored Analysis JSON (`Ledger.get`) and the ledger's tables, so they work
with whatever the extractors delivered and light up as more arrives. Security: security.py.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

HERE = Path(__file__).resolve().parent


def create_app(db_url: Optional[str] = None, allow_url_ingest: bool = True,
               allowed_hosts: Optional[Sequence[str]] = None, create: bool = True):
    """A FastAPI app over the ledger at `db_url` (default: $CLAIMLEDGER_DB or the user's file);
    `allowed_hosts`, when given, are the only Host header names answered (DNS-rebinding guard);
    `create=False` refuses a ledger that does not exist yet (as `serve` does)."""
    from ..optional import require

    require("fastapi", "the web UI")
    from fastapi import FastAPI
    from fastapi.staticfiles import StaticFiles

    from ..store import Ledger
    from . import claim_pages, routes
    from .security import SecurityHeaders

    app = FastAPI(title="claimledger", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.ledger = Ledger(db_url, create=create)
    app.state.allow_url_ingest = allow_url_ingest
    app.add_middleware(SecurityHeaders)
    if allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(routes.router)
    app.include_router(claim_pages.router)
    routes.install_error_pages(app)
    return app
