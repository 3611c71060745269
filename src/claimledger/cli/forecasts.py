"""`claimledger forecasts list|resolve|score` and `claimledger hypotheses [ID]`: the forecast
ledger and Analysis of Competing Hypotheses over the database."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from ..sanitize import for_terminal

from . import open_ledger, plain_console

forecasts_app = typer.Typer(no_args_is_help=True, help="The forecast ledger: list, resolve, score.")


def register(app: typer.Typer) -> None:
    app.add_typer(forecasts_app, name="forecasts")
    app.command("hypotheses")(hypotheses)


def _ledger(ctx: typer.Context):
    from ..store import forecasts as store

    ledger = open_ledger(ctx)
    store.ensure_tables(ledger)
    return ledger


def _format(value: str) -> str:
    from ..errors import InputError

    if value not in ("table", "json"):
        raise InputError(f"--format must be table or json, not {value}")
    return value


def _num(value, digits: int = 3) -> str:
    return "" if value is None else f"{value:.{digits}f}"


@forecasts_app.command("list")
def list_cmd(ctx: typer.Context,
             by: Optional[str] = typer.Option(None, "--by", help="Only forecasts by this forecaster: author, commenter, a source name or id."),
             open_only: bool = typer.Option(False, "--open", help="Only forecasts not yet resolved (or resolved ambiguous)."),
             format: str = typer.Option("table", "--format", "-f", help="table or json.")):
    """List stored forecasts with their probability and resolution state."""
    from ..store import forecasts as store

    format = _format(format)
    with _ledger(ctx) as ledger:
        rows = store.list_forecasts(ledger, by=by, open_only=open_only)
    _show_forecasts(rows, format, f"{len(rows)} forecasts")


def _show_forecasts(rows: list[dict], format: str, title: str) -> None:
    if format == "json":
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
    else:
        _print_forecasts(rows, title)


def _print_forecasts(rows: list[dict], title: str) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table("id", "doc", "by", "phrase", "p", "due", "proposition", "status", title=title)
    for r in rows:
        # Article text goes in as Text: a "[bold]" in a statement is shown, never read as markup.
        table.add_row(str(r["id"]), r["document_id"][:8], Text(for_terminal(r["by_name"] or r["by"])[:18]),
                      Text(for_terminal(r["phrase"])), _range(r), Text(_due(r)),
                      Text(for_terminal(r["proposition"] or r["statement"])[:70]), Text(_status(r)))
    plain_console(width=180).print(table)


def _range(r: dict) -> str:
    p = _num(r["probability"], 2)
    if r.get("probability_low") is not None and r["probability_low"] != r["probability_high"]:
        p += f" ({r['probability_low']:.2f}–{r['probability_high']:.2f})"
    return p


def _due(r: dict) -> str:
    if not r.get("due_end"):
        return for_terminal(r["horizon"])
    return f"by {r['due_end']}" + (" ~" if r["due_precision"] == "vague" else "")


def _status(r: dict) -> str:
    status = r["status"] + (f" {r['resolved_on']}" if r["resolved_on"] else "")
    if r.get("corrects"):
        status += f" (corrects {r['corrects']['outcome']} of {r['corrects']['on']})"
    return status


@forecasts_app.command("due")
def due_cmd(ctx: typer.Context,
            before: Optional[str] = typer.Option(None, "--before", help="Only forecasts due on or before this date, YYYY-MM-DD (default: every dated one)."),
            resolved: bool = typer.Option(False, "--resolved", help="Also those already resolved."),
            format: str = typer.Option("table", "--format", "-f", help="table or json.")):
    """Forecasts whose due window (from the horizon, against the publication date) has ended or
    ends by --before, soonest first: what is ready to resolve."""
    from ..store import forecasts as store

    format = _format(format)
    with _ledger(ctx) as ledger:
        rows = store.due(ledger, before=before, include_resolved=resolved)
    _show_forecasts(rows, format, f"{len(rows)} forecasts due" + (f" by {before}" if before else ""))


@forecasts_app.command("resolve")
def resolve_cmd(ctx: typer.Context,
                forecast_id: int = typer.Argument(..., metavar="ID", help="The forecast's id from `forecasts list`."),
                outcome: str = typer.Option(..., "--outcome", help="yes, no or ambiguous."),
                on: Optional[str] = typer.Option(None, "--on", help="Date of the resolution, YYYY-MM-DD (default: today)."),
                note: Optional[str] = typer.Option(None, "--note", help="What settled it (a link, a fact).")):
    """Record how a forecast came out. Resolutions are appended: a later one corrects the
    earlier, which stays in the history (`forecasts list` shows what it corrects)."""
    from ..store import forecasts as store

    with _ledger(ctx) as ledger:
        done = store.resolve(ledger, forecast_id, outcome, on, note)
    superseded = f" (supersedes {done['supersedes']} of {done['supersedes_on']})" if done["supersedes"] else ""
    typer.echo(f"forecast {done['id']} resolved {done['outcome']} on {done['on']}{superseded}: {for_terminal(done['statement'])}")


@forecasts_app.command("score")
def score_cmd(ctx: typer.Context,
              by: Optional[str] = typer.Option(None, "--by", help="Group by author (the documents' authors) or source (attributed sources, commenters)."),
              bins: int = typer.Option(10, "--bins", min=1, max=50, help="Calibration bins over [0, 1]."),
              format: str = typer.Option("table", "--format", "-f", help="table or json."),
              plot: Optional[Path] = typer.Option(None, "--plot", help="Draw the calibration curve to FILE.png or FILE.svg.")):
    """Brier score, log score, Metaculus-style baseline score and calibration of resolved
    forecasts (ambiguous ones and forecasts without a number are left out)."""
    from ..scoring import summary
    from ..store import forecasts as store

    format = _format(format)
    with _ledger(ctx) as ledger:
        groups = store.resolved(ledger, by=by)
    results = {name: summary([p for p, _ in pairs], [o for _, o in pairs], bins) for name, pairs in sorted(groups.items())}
    if plot is not None:
        from ..report.calibration import plot_calibration

        plot_calibration(results, plot)
    if format == "json":
        payload = results.get("all", {"n": 0, "brier": None, "log_score": None, "baseline_score": None, "calibration": []}) \
            if by is None else {"by": by, "groups": results}
        typer.echo(json.dumps(payload, indent=2))
        return
    _print_scores(results, plot)


def _print_scores(results: dict, plot: Optional[Path]) -> None:
    from rich.table import Table

    console = plain_console(width=180)
    if not results:
        console.print("no resolved forecasts with a probability yet (see `claimledger forecasts resolve`)")
    scores = Table("forecaster", "n", "Brier", "log score", "baseline", title="Scores (Brier: lower is better; log and baseline: higher)")
    for name, s in results.items():
        scores.add_row(name, str(s["n"]), _num(s["brier"]), _num(s["log_score"]), _num(s["baseline_score"], 1))
    console.print(scores)
    for name, s in results.items():
        cal = Table("bin", "n", "mean forecast", "observed", title=f"Calibration: {name}")
        for b in s["calibration"]:
            if b["count"]:
                cal.add_row(f"{b['low']:.1f}–{b['high']:.1f}", str(b["count"]), _num(b["mean_forecast"], 2), _num(b["observed"], 2))
        console.print(cal)
    if plot is not None:
        console.print(f"calibration plot: {plot}")


def hypotheses(ctx: typer.Context,
               ident: Optional[str] = typer.Argument(None, metavar="ID", help="A hypothesis number from the list, or DOCUMENT:hN. Without it: list them."),
               rate: Optional[tuple[int, int, str]] = typer.Option(None, "--rate", help="Set a cell by hand: --rate E H RATING (E, H from 1; RATING one of CC C N I II).", show_default=False),
               weight: Optional[tuple[int, float]] = typer.Option(None, "--weight", help="Weigh an evidence row in the inconsistency score: --weight E W (E from 1; W from 0 to 10, default 1).", show_default=False),
               format: str = typer.Option("table", "--format", "-f", help="table or json.")):
    """An Analysis of Competing Hypotheses matrix (Heuer; PARC ACH): evidence rows x hypothesis
    columns, cells from the text and by hand, weights, inconsistency scores and diagnosticity.
    Hand-set cells and weights are appended; the newest counts."""
    from .. import ach
    from ..errors import InputError
    from ..store import forecasts as store

    format = _format(format)
    with _ledger(ctx) as ledger:
        if ident is None:
            rows = store.list_hypotheses(ledger)
            for r in rows:
                typer.echo(f"{r['pk']}\t{r['document_id']}:{r['id']}\t{for_terminal(r['question'])}")
            if not rows:
                typer.echo("no hypotheses in the ledger")
            return
        row = store.hypothesis(ledger, ident)
        matrix = store.matrix(ledger, row)
        if rate:
            evidence, alternative, rating = _parse_rate(rate, matrix)
            store.rate(ledger, row["pk"], evidence, alternative, rating)
        if weight:
            if not 1 <= weight[0] <= len(matrix.evidence):
                raise InputError(f"--weight: evidence 1..{len(matrix.evidence)}, not {weight[0]}")
            store.set_weight(ledger, row["pk"], weight[0] - 1, weight[1])
        if rate or weight:
            matrix = store.matrix(ledger, row)
    if not matrix.hypotheses:
        raise InputError(f"hypothesis {ident} has no alternatives to compare")
    data = ach.as_dict(matrix)
    data["question"] = row["question"]
    if format == "json":
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    _print_matrix(data)


def _parse_rate(value: tuple[int, int, str], matrix) -> tuple[int, int, str]:
    from ..ach import RATINGS
    from ..errors import InputError

    e, h, rating = value[0] - 1, value[1] - 1, value[2].upper()
    if rating not in RATINGS:
        raise InputError(f"--rate: the rating must be one of {' '.join(RATINGS)}, not {value[2]}")
    if not (0 <= e < len(matrix.evidence) and 0 <= h < len(matrix.hypotheses)):
        raise InputError(f"--rate: evidence 1..{len(matrix.evidence)}, hypothesis 1..{len(matrix.hypotheses)}")
    return e, h, rating


def _print_matrix(data: dict) -> None:
    from rich.table import Table

    console = plain_console(width=180)
    console.print(data["question"], style="bold")
    for h in data["hypotheses"]:
        console.print(f"  H{h['index'] + 1}: {h['text'][:110]}")
    table = Table("evidence", "weight", *[f"H{h['index'] + 1}" for h in data["hypotheses"]], "diagnosticity", title="ACH matrix")
    for e in data["evidence"]:
        table.add_row(f"E{e['index'] + 1} {e['text'][:60]}", f"{e['weight']:g}", *e["cells"], f"{e['diagnosticity']:.2f}")
    table.add_row("inconsistency", "", *[f"{h['inconsistency']:g}" for h in data["hypotheses"]], "")
    console.print(table)
    best = data["preferred"]
    console.print("least refuted: " + (f"H{best + 1}" if best is not None else "a tie"))
    console.print(data["explanation"])
    console.print(data["definitions"]["inconsistency"], style="dim")
    console.print(data["definitions"]["diagnosticity"], style="dim")
