"""The command line: a thin layer over the API (typer + rich).

Each command group lives in its own module `claimledger.cli.<name>` with `register(app)`.
Errors the user can act on (ClaimledgerError) become one line on stderr and a non-zero exit;
anything unexpected is reported the same way (with CLAIMLEDGER_DEBUG=1 for the traceback).
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from typing import Optional

import typer

from ..errors import ClaimledgerError

COMMAND_MODULES = (
    "analyze",     # analyze, schema
    "ledger",      # ingest, list, show
    "evaluate",    # eval
    "events",      # events (ACLED-like table)
    "forecasts",   # forecasts list/resolve/score, hypotheses
    "archive",     # search, claims
    "web",         # serve
    "db",          # db upgrade
)

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="claimledger: who said what, on whose authority, how sure.")


@app.callback()
def _options(ctx: typer.Context,
             db: Optional[str] = typer.Option(None, "--db", help="Ledger database URL (default: $CLAIMLEDGER_DB or a SQLite file in your data folder).")):
    ctx.obj = {"db": db}


def db_url(ctx: typer.Context) -> str:
    from ..settings import default_db_url

    root = ctx.find_root()
    return (root.obj or {}).get("db") or default_db_url()


def plain_console(width: Optional[int] = None):
    """A Rich console that reads no markup in what it prints: titles, names and sentences come
    from articles, and a '[/]' or '[link=…]' in one must print as text, not crash or style it."""
    from rich.console import Console

    return Console(markup=False, highlight=False, width=width)


for _name in COMMAND_MODULES:
    _full = f"{__name__}.{_name}"
    if importlib.util.find_spec(_full) is not None:
        importlib.import_module(_full).register(app)


def main() -> None:
    try:
        from ..settings import get_settings

        get_settings()  # a bad CLAIMLEDGER_* value stops here, in one line naming it (exit 2)
        # Outside standalone mode click returns (rather than raises) the code of typer.Exit.
        code = app(standalone_mode=False)
    except ClaimledgerError as exc:
        _die(str(exc), exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        _die("interrupted", 130)
    except Exception as exc:  # click usage errors and anything unexpected
        import click

        if isinstance(exc, click.ClickException):
            _die(exc.format_message(), exc.exit_code)
        if os.environ.get("CLAIMLEDGER_DEBUG"):
            raise
        _die(f"unexpected error: {type(exc).__name__}: {exc}".splitlines()[0], 1)
    else:
        sys.exit(code if isinstance(code, int) else 0)


def _die(message: str, code: int) -> None:
    sys.stderr.write(f"claimledger: {' '.join(message.split())}\n")
    sys.exit(code)
