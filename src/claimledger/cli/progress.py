"""The bulk ingest's progress bar (rich) and its summary; lines per document go to stdout in
the form `ingest` always printed (`stored ID NAME`, `duplicate ID NAME`, `skipped NAME: why`)."""
from __future__ import annotations

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from ..archive.bulk import Reporter, Summary


class IngestProgress(Reporter):
    def __init__(self, quiet: bool = False):
        self.quiet = quiet
        self.counts = {"stored": 0, "duplicate": 0, "skipped": 0}
        # The bar goes to stderr (and only on a terminal), so piped stdout stays clean lines.
        self.console = Console(stderr=True)
        self.progress = Progress(
            TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[counts]}"), TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
            console=self.console, transient=True, disable=quiet or not self.console.is_terminal,
        )
        self.task = None

    def __enter__(self) -> "IngestProgress":
        self.progress.__enter__()
        self.task = self.progress.add_task("ingest", total=0, counts=self._counts())
        return self

    def __exit__(self, *exc) -> None:
        self.progress.__exit__(*exc)

    def _counts(self) -> str:
        return " ".join(f"{k} {v}" for k, v in self.counts.items())

    def add_total(self, count: int) -> None:
        task = self.progress.tasks[0]
        self.progress.update(self.task, total=(task.total or 0) + count)

    def done(self, status: str, name: str, detail: str = "") -> None:
        key = "duplicate" if status in ("duplicate", "near-duplicate") else status
        self.counts[key] = self.counts.get(key, 0) + 1
        self.progress.update(self.task, advance=1, counts=self._counts())
        if self.quiet:
            return
        if status == "skipped":
            line = f"skipped {name}: {detail}"
            if self.progress.disable:
                typer.echo(line, err=True)
            else:
                self.progress.console.print(line, markup=False, highlight=False)
        else:
            line = f"{status} {detail.split(' ')[0]} {name}"
            if self.progress.disable:
                typer.echo(line)
            else:
                self.progress.console.print(line, markup=False, highlight=False)

    def print_summary(self, summary: Summary) -> None:
        typer.echo(summary.line())
        rate = len(summary.stored) / summary.seconds if summary.seconds else 0.0
        typer.echo(f"{summary.seconds:.1f}s, {rate:.2f} articles/s analysed and stored")
        if not (self.quiet or len(summary.skipped) > 10):
            return  # each skip already had its own line
        reasons: dict[str, int] = {}
        for skip in summary.skipped:
            reasons[skip.reason] = reasons.get(skip.reason, 0) + 1
        for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1])[:10]:
            typer.echo(f"  skipped {count}: {reason}", err=True)
