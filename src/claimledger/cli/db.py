"""`claimledger db upgrade | current | check | revision`: the ledger database's schema and health.

Every command already upgrades the database it opens; `db upgrade` does it on its own, e.g. once
before cluster workers start, or to see which migrations a shared PostgreSQL receives.
"""
from __future__ import annotations

from typing import Optional

import typer

from . import db_url, open_ledger

db_app = typer.Typer(no_args_is_help=True, help="The ledger database: schema migrations and integrity.")


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")


def _engine_of(ctx: typer.Context, create: bool = False):
    from ..store import Ledger

    return Ledger(db_url(ctx), create=create, migrate=False)


@db_app.command("upgrade")
def upgrade(ctx: typer.Context,
            revision: str = typer.Argument("heads", help="Target revision (default: the newest).")):
    """Apply the schema migrations the database has not had yet."""
    from sqlalchemy.exc import DBAPIError

    from ..errors import StoreError
    from ..store import _describe, migrations

    with _engine_of(ctx, create=True) as ledger:  # upgrade makes a new ledger (in a folder that exists)
        try:
            before = migrations.current(ledger.engine)
            migrations.upgrade(ledger.engine, revision)
            after = migrations.current(ledger.engine)
        except DBAPIError as exc:
            raise StoreError(_describe(exc, ledger.url)) from None
    if before == after:
        typer.echo(f"already at {_names(after)}")
    else:
        typer.echo(f"upgraded {_names(before)} -> {_names(after)}")


@db_app.command("current")
def current(ctx: typer.Context):
    """Print the revision the database is at, and the newest this claimledger ships."""
    from ..store import migrations

    with _engine_of(ctx) as ledger:
        at = migrations.current(ledger.engine)
    newest = migrations.heads()
    typer.echo(f"database at {_names(at)}; newest {_names(newest)}" + ("" if at == newest else " (run: claimledger db upgrade)"))


@db_app.command("check")
def check(ctx: typer.Context, limit: int = typer.Option(20, "--limit", help="Report at most this many problems.")):
    """Check the ledger: no text stored twice, no half-written document, no orphan rows."""
    from ..sanitize import for_terminal
    from ..store.integrity import check as run_check

    with open_ledger(ctx) as ledger:
        problems = run_check(ledger, limit=limit)
        documents = ledger.count()
    for problem in problems:
        typer.echo(for_terminal(problem))
    if problems:
        typer.echo(f"{len(problems)} problem(s) in {documents} documents", err=True)
        raise typer.Exit(5)
    typer.echo(f"ok: {documents} documents, integrity clean")


@db_app.command("revision")
def revision(ctx: typer.Context,
             message: str = typer.Option(..., "-m", "--message", help="What the migration changes."),
             autogenerate: bool = typer.Option(True, help="Diff store/schema.py against the database.")):
    """For developers: write a new migration into the package (after changing store/schema.py).

    Run it against a database at the newest revision (a fresh SQLite file is fine)."""
    from alembic import command

    from ..store import migrations

    with _engine_of(ctx, create=True) as ledger, ledger.engine.begin() as conn:
        script = command.revision(migrations.config(conn), message=message, autogenerate=autogenerate)
    typer.echo(f"wrote {getattr(script, 'path', script)}")


def _names(revisions: Optional[frozenset]) -> str:
    return ",".join(sorted(revisions)) if revisions else "an empty database"
