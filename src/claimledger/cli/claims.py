"""`claimledger claims`: claims across documents with the stance of every voice, their status,
checks of a claim against the archive, verdicts and ClaimReview export.

    claimledger claims [--min-origins 2] [--format table|json|claimreview]
    claimledger claims check "TEXT" [--from FILE] [--format table|json] [--all]
    claimledger claims rate DOCUMENT:SENTENCE --rating false [--note …] [--by …]
"""
from __future__ import annotations

import json
import sys
from typing import Optional

import typer

from . import open_ledger, plain_console

claims_app = typer.Typer(help="Claims across documents: who asserts, confirms, denies or disputes them, and since when.",
                         invoke_without_command=True, no_args_is_help=False)


def register(app: typer.Typer) -> None:
    app.add_typer(claims_app, name="claims")


def _format(format: str, allowed: tuple[str, ...]) -> str:
    from ..errors import InputError

    if format not in allowed:
        raise InputError(f"--format must be {' or '.join(allowed)}, not {format}")
    return format


@claims_app.callback(invoke_without_command=True)
def claims(ctx: typer.Context,
           min_origins: int = typer.Option(2, "--min-origins", min=1, help="Only claims resting on at least this many independent origins."),
           method: Optional[str] = typer.Option(None, "--method", help="embeddings (default when installed) or tfidf."),
           threshold: Optional[float] = typer.Option(None, "--threshold", min=0.0, max=1.0, help="Cosine similarity that makes two claims the same."),
           limit: int = typer.Option(50, "--limit", min=1),
           format: str = typer.Option("table", "--format", "-f", help="table, json or claimreview (schema.org JSON-LD of rated claims)")):
    """Claims made in several documents, grouped: each report's stance, the first report and a status."""
    if ctx.invoked_subcommand:
        return
    from ..archive.claims import corroborate

    _format(format, ("table", "json", "claimreview"))
    with open_ledger(ctx) as ledger:
        if format == "claimreview":
            from ..report.claimreview import claim_reviews

            typer.echo(json.dumps(claim_reviews(ledger, method=method, threshold=threshold), indent=2, ensure_ascii=False))
            return
        groups = corroborate(ledger.engine, min_origins=min_origins, method=method, threshold=threshold)[:limit]
    if format == "json":
        typer.echo(json.dumps([g.to_dict() for g in groups], indent=2, ensure_ascii=False))
        return
    from rich.table import Table

    table = Table("id", "status", "origins", "first report", "claim", "who (stance)",
                  title=f"{len(groups)} claims made in several documents")
    for g in groups:
        first = g.first
        who = "\n".join(f"{origin}: {', '.join(stances)}" for origin, stances in _stances_by_label(g).items())
        table.add_row(g.id, g.status, str(len(g.origins)), f"{first.published or 'undated'}\n{first.origin_label}",
                      g.text, who)
    plain_console().print(table)


def _stances_by_label(group) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for c in group.timeline():
        label = c.origin_label or c.origin
        stance = c.voice if c.author == c.voice or c.author in ("asserts", "reports") else f"{c.voice}; author {c.author}"
        if stance not in out.setdefault(label, []):
            out[label].append(stance)
    return out


@claims_app.command("check")
def check(ctx: typer.Context,
          text: Optional[str] = typer.Argument(None, help="The claim to check (or --from FILE)."),
          from_file: Optional[str] = typer.Option(None, "--from", help="Check every claim in FILE, one a line ('-': standard input)."),
          format: str = typer.Option("table", "--format", "-f", help="table or json"),
          all_documents: bool = typer.Option(False, "--all", help="Also list the unrelated documents in the table (json always does)."),
          candidates: Optional[int] = typer.Option(None, "--candidates", min=1, max=5000,
                                                   help="Documents read and scored per claim: the best full-text matches (default 50)."),
          limit: int = typer.Option(20, "--limit", min=1, help="Documents shown per claim in the table (json lists all).")):
    """Where every stored document stands on a claim: agrees, disagrees, discusses or unrelated,
    with the sentences, sources and cues behind it."""
    from ..archive.check import check as run

    _format(format, ("table", "json"))
    texts = _claims_to_check(text, from_file)
    with open_ledger(ctx) as ledger:
        # The table lists unrelated documents only with --all; JSON always lists every one.
        results = [run(ledger.engine, t, include_unrelated=format == "json" or all_documents, candidates=candidates)
                   for t in texts]
    if format == "json":
        typer.echo(json.dumps([r.to_dict() for r in results], indent=2, ensure_ascii=False))
        return
    console = plain_console()
    for result in results:
        _print_check(console, result, all_documents, limit)


def _claims_to_check(text: Optional[str], from_file: Optional[str]) -> list[str]:
    from ..errors import InputError

    if (text is None) == (from_file is None):
        raise InputError("give a claim to check, or --from FILE (one claim a line), not both")
    if text is not None:
        return [text]
    if from_file == "-":
        raw = sys.stdin.read()
    else:
        from pathlib import Path

        path = Path(from_file)
        if not path.is_file():
            raise InputError(f"{from_file}: no such file")
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{from_file}: cannot be read as UTF-8 text ({type(exc).__name__})") from None
    lines = [line.strip() for line in raw.splitlines()]
    claims = [line for line in lines if line and not line.startswith("#")]
    if not claims:
        raise InputError(f"{from_file}: no claims in it (one a line)")
    return claims


def _print_check(console, result, all_documents: bool, limit: int = 20) -> None:
    from rich.table import Table

    counts = result.counts()
    title = (f"{result.claim!r}: {counts['agrees']} agree, {counts['disagrees']} disagree, "
             f"{counts['discusses']} discuss, {counts['unrelated']} unrelated ({result.seconds:.2f} s)")
    table = Table("stance", "document", "who (stance, cue)", "sentence", title=title)
    shown = [a for a in result.documents if all_documents or a.stance != "unrelated"]
    for answer in shown[:limit]:
        document = f"{answer.title or answer.document_id}\n{answer.document_id} {answer.published or ''}".strip()
        if answer.duplicate_of:
            document += f"\ncopy of {answer.duplicate_of}"
        if not answer.evidence:
            table.add_row(answer.stance, document, "", "")
        for i, e in enumerate(answer.evidence):
            who = f"{e.source or 'the author'} ({e.voice}"
            who += f"; author {e.author})" if e.author != e.voice and e.source else ")"
            cues = ", ".join(f"“{c.text}”" for c in e.cues)
            table.add_row(answer.stance if i == 0 else "", document if i == 0 else "",
                          f"{who}\n{cues}" if cues else who, f"line {e.line}: {e.text}")
    console.print(table)
    if len(shown) > limit:
        console.print(f"{len(shown) - limit} more document(s) not shown (--limit N shows more; --format json lists all).")
    if not all_documents and counts["unrelated"]:
        console.print(f"{counts['unrelated']} other document(s) are unrelated to it (--all lists them); "
                      f"{result.candidates} were read, the rest share too little of its wording "
                      "to be among the best full-text matches (--candidates N reads more).")


@claims_app.command("rate")
def rate(ctx: typer.Context,
         claim_id: str = typer.Argument(..., help="The claim, as DOCUMENT:SENTENCE (the id `claimledger claims` shows)."),
         rating: str = typer.Option(..., "--rating", help="true, mostly true, mixed, misleading, false or unproven."),
         note: Optional[str] = typer.Option(None, "--note", help="Why (the evidence)."),
         by: Optional[str] = typer.Option(None, "--by", help="Who rates it (ClaimReview's author).")):
    """Record a verdict on a claim (append-only: the newest counts, earlier ones stay as history)."""
    from ..store.claims import rate as record

    with open_ledger(ctx) as ledger:
        row = record(ledger, claim_id, rating, note=note, by=by)
    was = f" (was {row['supersedes']})" if row["supersedes"] else ""
    plain_console().print(f"{row['id']}: rated {row['rating']}{was}")


def print_fnc1(path: str, format: str = "table") -> None:
    """`claimledger eval --fnc1 PATH`: `claims check` on the FNC-1 dev pairs beside the
    word-overlap baseline, per class and overall (evaluate/fnc1.py)."""
    from rich.table import Table

    from ..evaluate import fnc1

    _format(format, ("table", "json"))
    console = plain_console(width=120)
    from rich.console import Console

    status = Console(stderr=True, markup=False, highlight=False)
    progress = (lambda done, total: status.print(f"analysing FNC-1 bodies: {done}/{total}", end="\r")) if status.is_terminal else None
    measurement = fnc1.measure(path, "dev", progress=progress)
    if format == "json":
        typer.echo(json.dumps(measurement.as_dict(), indent=2))
        return
    table = Table("label", "check P", "check R", "check F1", "baseline P", "baseline R", "baseline F1", "pairs",
                  title=(f"FNC-1 dev part: {measurement.check.pairs} pairs (even Body IDs, {measurement.documents} bodies, "
                         f"{measurement.headlines} claims); {measurement.seconds_per_check * 1000:.0f} ms per check"))
    for mine, base in zip(measurement.check.classes, measurement.baseline.classes):
        table.add_row(mine.label, *(f"{x:.3f}" for x in (mine.precision, mine.recall, mine.f1, base.precision, base.recall,
                                                          base.f1)), str(mine.support))
    table.add_row("macro F1", "", "", f"{measurement.check.macro_f1:.3f}", "", "", f"{measurement.baseline.macro_f1:.3f}", "")
    table.add_row("FNC-1 score", "", "", f"{measurement.check.fnc_score:.3f}", "", "", f"{measurement.baseline.fnc_score:.3f}", "")
    console.print(table)
    console.print(f"baseline: a pair is related when {measurement.threshold:.2f} or more of the claim's content words "
                  "occur in the body, then labelled discuss. FNC-1 score: scorer.py's weights, as a share of the best.")
