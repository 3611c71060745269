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
import warnings
from typing import Optional

import typer

from ..errors import ClaimledgerError

COMMAND_MODULES = (
    "analyze",     # analyze, schema
    "ledger",      # ingest, list, show
    "evaluate",    # eval
    "events",      # events (ACLED-like table)
    "forecasts",   # forecasts list/resolve/score, hypotheses
    "archive",     # search
    "claims",      # claims, claims check, claims rate
    "web",         # serve
    "db",          # db upgrade
)

app = typer.Typer(add_completion=True, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="claimledger: who said what, on whose authority, how sure.")


@app.callback()
def _options(ctx: typer.Context,
             db: Optional[str] = typer.Option(None, "--db", help="Ledger database URL (default: $CLAIMLEDGER_DB or a SQLite file in your data folder).")):
    ctx.obj = {"db": db}


def db_url(ctx: typer.Context) -> str:
    from ..settings import default_db_url

    root = ctx.find_root()
    return (root.obj or {}).get("db") or default_db_url()


def open_ledger(ctx: typer.Context, write: bool = False, url: Optional[str] = None):
    """The ledger of `--db`: only a command that writes (`write=True`: ingest) may create a
    missing SQLite file; every other command says the ledger does not exist (exit 3)."""
    from ..store import Ledger

    _opened["url"] = url or db_url(ctx)
    return Ledger(_opened["url"], create=write)


_opened: dict[str, str] = {}  # the ledger a command opened, named in a database error's message


def plain_console(width: Optional[int] = None, stderr: bool = False):
    """A Rich console for text from articles: it reads no markup (a '[/]' or '[link=…]' in a
    title prints as text, never crashes or styles it), and every string it renders, table cells
    included, goes through the shared sanitiser first (no escape sequences, no controls)."""
    from rich.console import Console

    from ..sanitize import plain

    class SafeConsole(Console):
        def render_str(self, text: str, **options):
            return super().render_str(plain(text), **options)

    return SafeConsole(markup=False, highlight=False, width=width, stderr=stderr)


for _name in COMMAND_MODULES:
    _full = f"{__name__}.{_name}"
    if importlib.util.find_spec(_full) is not None:
        importlib.import_module(_full).register(app)


# Exit codes (the README's table): 0 done; 1 an unexpected error (a bug: CLAIMLEDGER_DEBUG=1 shows
# the traceback); 2 usage or input: a mistyped option, a bad setting, an input that cannot be
# analysed; 3 the database: missing, locked, corrupt, unreachable; 4 an id not in the ledger;
# 5 `db check` found problems; 130 interrupted.
EXIT_OK, EXIT_CRASH, EXIT_USAGE, EXIT_DATABASE, EXIT_NOT_FOUND, EXIT_CHECK_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 5, 130


def _click_exception_types() -> tuple[type, ...]:
    """ClickException of the click typer actually runs on (typer ≥ 0.16 carries its own copy, so
    the installed `click` package's class no longer matches), plus that package's if present."""
    import typer.core

    types = []
    command_class = next(c for c in typer.core.TyperCommand.__mro__ if c.__name__ == "Command" and c is not typer.core.TyperCommand)
    package = sys.modules[command_class.__module__.rsplit(".", 1)[0]]
    types.append(package.exceptions.ClickException)
    try:
        import click

        types.append(click.ClickException)
    except ImportError:
        pass
    return tuple(types)


def _database_error_types() -> tuple[type, ...]:
    from sqlalchemy.exc import DBAPIError

    return (DBAPIError,)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Our warnings on one line (`claimledger: warning: …`); other libraries' as Python prints them."""
    from ..errors import ClaimledgerWarning

    if issubclass(category, ClaimledgerWarning):
        from ..sanitize import for_terminal

        sys.stderr.write(f"claimledger: warning: {for_terminal(message)}\n")
    else:
        _python_show_warning(message, category, filename, lineno, file, line)


_python_show_warning = warnings.showwarning


def main() -> None:
    warnings.showwarning = _show_warning  # worker processes forked from here inherit it
    try:
        from ..settings import get_settings

        get_settings()  # a bad CLAIMLEDGER_* value stops here, in one line naming it (exit 2)
        # Outside standalone mode click returns (rather than raises) the code of typer.Exit.
        code = app(standalone_mode=False, prog_name="claimledger")
    except ClaimledgerError as exc:
        _die(str(exc), exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        _die("interrupted", EXIT_INTERRUPTED)
    except _click_exception_types() as exc:  # usage errors: exit 2 (their own code)
        _die(exc.format_message(), exc.exit_code)
    except _database_error_types() as exc:  # met outside the Ledger's own methods: the same line, exit 3
        from ..settings import default_db_url
        from ..store import database_error

        _die(str(database_error(exc, _opened.get("url") or default_db_url())), EXIT_DATABASE)
    except Exception as exc:  # anything unexpected is a bug: exit 1
        if os.environ.get("CLAIMLEDGER_DEBUG"):
            raise
        _die(f"unexpected error: {type(exc).__name__}: {exc}".splitlines()[0], EXIT_CRASH)
    else:
        sys.exit(code if isinstance(code, int) else EXIT_OK)


def _die(message: str, code: int) -> None:
    from ..sanitize import for_terminal  # a message may quote a file name, a URL, a title

    sys.stderr.write(f"claimledger: {for_terminal(message)}\n")
    sys.exit(code)
