"""`claimledger analyze` and `claimledger schema`."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from ..contract import json_schema


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze)
    app.command("schema")(schema)


def analyze(source: str = typer.Argument(..., help="A file (text or HTML), a URL, or - for standard input."),
            format: str = typer.Option("md", "--format", "-f", help="json (the contract) or md (a brief)."),
            published: Optional[str] = typer.Option(None, "--published", help="Publication date, YYYY-MM-DD: resolves 'yesterday', 'on Wednesday'."),
            out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file instead of standard output.")):
    """Analyse one article and print the claimledger contract (json) or a readable brief (md)."""
    from ..errors import InputError
    from ..ingest import load
    from ..pipeline import analyze as run

    if format not in ("json", "md"):
        raise InputError(f"--format must be json or md, not {format}")
    analysis = run(load(source, published=published))
    if format == "json":
        rendered = analysis.to_json()
    else:
        from ..report.markdown import render

        rendered = render(analysis)
    emit(rendered, out)


def schema(out: Optional[Path] = typer.Option(None, "--out", "-o")):
    """Print the JSON Schema of the contract."""
    emit(json.dumps(json_schema(), indent=2, ensure_ascii=False), out)


def emit(text: str, out: Optional[Path]) -> None:
    if out is None:
        typer.echo(text)
        return
    from ..errors import InputError

    try:
        out.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{out}: cannot write ({exc.strerror})") from None
