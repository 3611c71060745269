"""The bulk ingest's progress bar (rich, on stderr) and its summary. A result line per document
goes to stdout (`stored ID NAME`, `duplicate ID NAME`) and the summary after them; skips
(`skipped NAME: why`), timing and the bar are diagnostics, on stderr."""
from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from ..archive.bulk import Reporter, Summary
from ..sanitize import for_terminal


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
        if status == "skipped":  # a diagnostic: stderr, above the bar when there is one
            self._print(f"skipped {name}: {detail}", err=True)
        else:  # a result line per document: stdout, so `ingest dir/ > log` keeps every one
            self._print(f"{status} {detail.split(' ')[0]} {name}", err=False)

    def _print(self, line: str, err: bool) -> None:
        # While the bar is live on this terminal, a line for the same terminal is printed above it
        # (through the bar's console) so the two do not garble each other; a redirected stdout gets
        # its lines directly.
        line = for_terminal(line)  # names and titles come from files and feeds
        if not self.progress.disable and (err or sys.stdout.isatty()):
            self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            typer.echo(line, err=err)

    def print_summary(self, summary: Summary) -> None:
        typer.echo(summary.line())
        rate = len(summary.stored) / summary.seconds if summary.seconds else 0.0
        typer.echo(f"{summary.seconds:.1f}s, {rate:.2f} articles/s analysed and stored", err=True)
        if not (self.quiet or len(summary.skipped) > 10):
            return  # each skip already had its own line
        reasons: dict[str, int] = {}
        for skip in summary.skipped:
            reasons[skip.reason] = reasons.get(skip.reason, 0) + 1
        for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1])[:10]:
            typer.echo(f"  skipped {count}: {for_terminal(reason)}", err=True)
