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
                     format: str = typer.Option("table", "--format", "-f", help="table or json"),
                     misses: bool = typer.Option(False, "--misses", help="Also list what was missed or wrong."),
                     fnc1: Optional[str] = typer.Option(None, "--fnc1", help="Measure `claims check` on the FNC-1 dev pairs in this folder (even Body IDs only).")):
    """Score claimledger's output against gold files and print precision/recall per part."""
    from rich.table import Table
    from rich.text import Text

    from ..errors import InputError
    from ..evaluate import evaluate

    if fnc1 is not None:
        from .claims import print_fnc1

        print_fnc1(fnc1, format)
        return
    if not gold:
        raise InputError("give gold files (shared/gold/seed.json) or --fnc1 PATH")

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
