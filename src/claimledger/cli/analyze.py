"""`claimledger analyze` and `claimledger schema`."""
from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import IO, Iterator, Optional

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
    from ..ingest import load
    from ..pipeline import analyze as run
    from ..report import output_format

    renderer = output_format(format)
    document = load(source, published=published)
    if renderer.stream is not None:  # streamed: a 20 MB input's results never sit in memory at once
        with _output(out) as stream:
            renderer.stream(document, stream)
            stream.write("\n")
        return
    emit(renderer.render(run(document)), out)


def schema(out: Optional[Path] = typer.Option(None, "--out", "-o")):
    """Print the JSON Schema of the contract."""
    emit(json.dumps(json_schema(), indent=2, ensure_ascii=False), out)


@contextlib.contextmanager
def _output(out: Optional[Path]) -> Iterator[IO[str]]:
    """Standard output, or `out` through the one writer (outfile.py): a regular file is replaced
    only when complete; a device, FIFO or symlink's target is written through; a directory refused."""
    if out is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    from ..outfile import open_output

    with open_output(out) as stream:
        yield stream


def emit(text: str, out: Optional[Path]) -> None:
    if out is None:
        typer.echo(text)
        return
    with _output(out) as stream:
        stream.write(text + "\n")
