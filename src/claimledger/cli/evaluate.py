"""`claimledger eval GOLD.json...`: precision/recall per part against gold annotations."""
from __future__ import annotations

import json
from typing import Optional

import typer

from . import plain_console


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate_command)


def _fmt(value) -> str:
    return "" if value is None else f"{value:.2f}"


def evaluate_command(gold: Optional[list[str]] = typer.Argument(None, help="Gold files in the format of shared/gold/seed.json."),
                     certainty: Optional[str] = typer.Option(None, "--certainty", metavar="FILE", help="A TSV of sentences labelled hedged or plain (corpus/certainty/sentences.tsv): ROC AUC of the sentence certainty beside a 20-word hedge-list baseline."),
                     format: str = typer.Option("table", "--format", "-f", help="table or json"),
                     misses: bool = typer.Option(False, "--misses", help="Also list what was missed or wrong."),
                     fnc1: Optional[str] = typer.Option(None, "--fnc1", help="Measure `claims check` on the FNC-1 dev pairs in this folder (even Body IDs only)."),
                     polnear: Optional[str] = typer.Option(None, "--polnear", help="A local PolNeAR copy (folders train/, dev/): score attribution on it (default $CLAIMLEDGER_POLNEAR when no gold file is given)."),
                     split: Optional[str] = typer.Option(None, "--split", help="PolNeAR: dev (default) or train (test is held out). With --certainty: test, train or all (default; the file's `split` column)."),
                     limit: int = typer.Option(0, "--limit", help="PolNeAR: only the first N texts (0: all).")):
    """Score claimledger's output against gold files and print precision/recall per part."""
    from rich.table import Table
    from rich.text import Text

    from ..errors import InputError
    from ..evaluate import evaluate
    from ..evaluate.polnear import default_root

    if fnc1 is not None:
        from .claims import print_fnc1

        print_fnc1(fnc1, format)
        if not gold and not certainty and polnear is None:
            return
    if certainty:
        _certainty(certainty, split or "all", format, misses)
        if not gold and polnear is None:
            return
    if polnear is None and not gold:
        polnear = default_root()
        if polnear is None:
            raise InputError("nothing to score: give gold files, --certainty FILE, --fnc1 PATH or --polnear PATH (or set CLAIMLEDGER_POLNEAR)")
    if polnear is not None:
        from .polnear_table import print_polnear

        print_polnear(polnear, split or "dev", limit, format, misses)
        if not gold:
            return
    scores = evaluate(gold)
    if format == "json":
        typer.echo(json.dumps({k: v.as_dict() for k, v in scores.items()}, indent=2))
        return
    table = Table("part.metric", "tp", "fp", "fn", "precision", "recall", "F1", "accuracy", title=f"claimledger eval ({len(gold)} gold file(s))")
    for key, s in scores.items():
        counted = s.tp or s.fp or s.fn
        table.add_row(key, *(str(x) if counted else "" for x in (s.tp, s.fp, s.fn)),
                      _fmt(s.precision), _fmt(s.recall), _fmt(s.f1),
                      f"{_fmt(s.accuracy)} ({s.correct}/{s.total})" if s.total else "")
    console = plain_console(width=120)
    console.print(table)
    if misses:
        for key, s in scores.items():
            for miss in s.misses[:40]:
                console.print(Text.assemble((key, "dim"), " ", miss))   # a miss quotes the article: no markup


def _certainty(path: str, split: str, format: str, misses: bool) -> None:
    from rich.table import Table
    from rich.text import Text

    from ..errors import InputError
    from ..evaluate.certainty import evaluate_certainty

    if split not in ("all", "train", "test"):
        raise InputError(f"--split must be all, train or test, not {split}")
    results = evaluate_certainty(path, split)
    if format == "json":
        typer.echo(json.dumps({"file": path, "split": split, "methods": [r.as_dict() for r in results]}, indent=2))
        return
    n = results[0].n
    hedged = results[0].counts.tp + results[0].counts.fn
    table = Table("method", "hedged if", "ROC AUC", "accuracy", "precision", "recall", "F1", "Brier",
                  title=f"certainty: {n} sentences ({hedged} hedged), split {split}; P/R of 'hedged'")
    for r in results:
        c = r.counts
        table.add_row(r.method, r.threshold, _fmt(r.auc), _fmt(c.accuracy), _fmt(c.precision), _fmt(c.recall), _fmt(c.f1),
                      _fmt(r.brier))
    console = plain_console(width=120)
    console.print(table)
    if misses:
        for r in results:
            for miss in r.misses[:40]:
                console.print(Text.assemble((r.method, "dim"), " ", miss))
