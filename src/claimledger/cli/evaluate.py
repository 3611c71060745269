"""`claimledger eval [GOLD.json...] [--acled CSV] [--petrarch XML] [--polnear DIR] [--fnc1 DIR]
[--certainty TSV]`: precision/recall per part against gold annotations, per event field (type,
actor, target, place, date, fatalities, factuality) for claimledger beside the keyword baseline,
attribution on PolNeAR beside a verb-rule baseline, claims check on FNC-1 beside a word-overlap
baseline, and sentence certainty beside a hedge list.

The public data sets are for development only: they are read from a local path (by convention
$CLAIMLEDGER_ACLED, $CLAIMLEDGER_PETRARCH, $CLAIMLEDGER_POLNEAR, $CLAIMLEDGER_FNC1); none of
their records is part of the repository."""
from __future__ import annotations

import json
from typing import Optional

import typer

from ..errors import InputError
from . import plain_console


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate_command)


def _fmt(value) -> str:
    return "" if value is None else f"{value:.2f}"


_FIELD_NOTES = {"place_50km": "place ≤ 50 km", "one_row": "one row/happening", "unasserted": "type, not happened",
                "type_strict": "type, strict"}
_FOOTNOTE = ("P/R of fatalities count tolls above 0 (accuracy: exact, zeros included); factuality: accuracy on found "
             "events; one row/happening: records whose type was found with exactly one row; traps: (line, type) where "
             "a happened event would be wrong (figurative attack, goal, zero count) and none was given. type counts the events "
             "told as happened (asserted, reported) against the gold's happened ones; type, not happened: the events kept "
             "with another factuality against the gold's events that did not happen. ACLED: type does not count against "
             "precision an act the record's sub-event type says happened too (a protest with intervention coded COERCE "
             "beside PROTEST); type, strict does.")


def evaluate_command(gold: Optional[list[str]] = typer.Argument(None, help="Gold files in the format of shared/gold/seed.json."),
                     acled: Optional[str] = typer.Option(None, "--acled", help="Dev only: an ACLED CSV export (e.g. $CLAIMLEDGER_ACLED); its notes are scored per event field."),
                     petrarch: Optional[str] = typer.Option(None, "--petrarch", help="Dev only: PETRARCH2 validation records (e.g. $CLAIMLEDGER_PETRARCH), CAMEO mapped to PLOVER."),
                     polnear: Optional[str] = typer.Option(None, "--polnear", help="A local PolNeAR copy (folders train/, dev/): score attribution on it (default $CLAIMLEDGER_POLNEAR when nothing else is given)."),
                     fnc1: Optional[str] = typer.Option(None, "--fnc1", help="Measure `claims check` on the FNC-1 dev pairs in this folder (even Body IDs only)."),
                     certainty: Optional[str] = typer.Option(None, "--certainty", metavar="PATH", help="Sentences labelled hedged or plain: a TSV (corpus/certainty/sentences.tsv) or a public hedge corpus in the XML of BioScope / CoNLL-2010 / the Szeged Uncertainty Corpus (a .xml file or a folder of them, e.g. $CLAIMLEDGER_HEDGE): ROC AUC of the sentence certainty beside a 20-word hedge-list baseline, with the sentences per class."),
                     split: Optional[str] = typer.Option(None, "--split", help="PolNeAR: dev (default) or train (test is held out). With --certainty: test, train or all (default; a TSV's `split` column; in an XML corpus the odd-numbered documents are train, the even-numbered test)."),
                     limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N ACLED/PETRARCH records, PolNeAR texts or --certainty sentences."),
                     format: str = typer.Option("table", "--format", "-f", help="table or json"),
                     misses: bool = typer.Option(False, "--misses", help="Also list what was missed or wrong.")):
    """Score claimledger's output against gold files (and dev-only public data) and print
    precision/recall per part and per event field, with a plain baseline beside claimledger."""
    from ..evaluate import evaluate
    from ..evaluate.polnear import default_root

    # Each public data set prints its own table; gold files and the event-field tables come last.
    if fnc1 is not None:
        from .claims import print_fnc1

        print_fnc1(fnc1, format)
    if certainty:
        _certainty(certainty, split or "all", format, misses, limit or 0)
    nothing_else = fnc1 is None and not certainty and not gold and not acled and not petrarch
    if polnear is None and nothing_else:
        polnear = default_root()
        if polnear is None:
            raise InputError("nothing to score: give gold files, --acled PATH, --petrarch PATH, --polnear PATH, "
                             "--fnc1 PATH or --certainty FILE (or set CLAIMLEDGER_POLNEAR)")
    if polnear is not None:
        from .polnear_table import print_polnear

        print_polnear(polnear, split or "dev", limit or 0, format, misses)
    if not gold and not acled and not petrarch:
        return
    scores = {}
    fields: dict[str, dict] = {}
    if gold:
        fields["gold files"] = {}
        scores = evaluate(gold, event_fields=fields["gold files"])
    if acled:
        from ..evaluate import acled as acled_eval
        from ..evaluate.systems import all_systems

        fields["ACLED"] = acled_eval.evaluate(acled, all_systems(), limit=limit)
    if petrarch:
        from ..evaluate import petrarch as petrarch_eval
        from ..evaluate.systems import all_systems

        fields["PETRARCH2 -> PLOVER"] = petrarch_eval.evaluate(petrarch, all_systems(), limit=limit)
    if format == "json":
        out = {k: v.as_dict() for k, v in scores.items()}
        for dataset, systems in fields.items():
            for system, fs in systems.items():
                for name, s in fs.scores.items():
                    if s.tp or s.fp or s.fn or s.total:
                        out[f"event_fields[{dataset}].{system}.{name}"] = s.as_dict()
        typer.echo(json.dumps(out, indent=2))
        return
    console = plain_console(width=120)
    if scores:
        _parts_table(console, scores, len(gold or []), misses)
    for dataset, systems in fields.items():
        if systems:     # gold files that annotate no events (a forecasts-only set) give no field table
            _fields_table(console, dataset, systems, misses)


def _parts_table(console, scores, n_files: int, misses: bool) -> None:
    from rich.table import Table

    table = Table("part.metric", "tp", "fp", "fn", "precision", "recall", "F1", "accuracy", title=f"claimledger eval ({n_files} gold file(s))")
    for key, s in scores.items():
        counted = s.tp or s.fp or s.fn
        table.add_row(key, *(str(x) if counted else "" for x in (s.tp, s.fp, s.fn)),
                      _fmt(s.precision), _fmt(s.recall), _fmt(s.f1),
                      f"{_fmt(s.accuracy)} ({s.correct}/{s.total})" if s.total else "")
    console.print(table)
    if misses:
        for key, s in scores.items():
            _print_misses(console, key, s.misses, 40)


def _print_misses(console, label: str, misses: list[str], limit: int) -> None:
    """The first `limit` misses under their label, then how many were left out (a cut list must
    not read as the whole list)."""
    from rich.text import Text

    for miss in misses[:limit]:
        console.print(Text.assemble((label, "dim"), " ", miss))   # a miss quotes the article: no markup
    if len(misses) > limit:
        console.print(Text.assemble((label, "dim"), f" … and {len(misses) - limit} more not shown"))


def _fields_table(console, dataset: str, systems: dict, misses: bool) -> None:
    from rich.table import Table

    names = list(systems)
    columns = ["event field"]
    for name in names:
        columns += [f"{name} P", f"{name} R", f"{name} acc."]
    columns.append("gold n")
    table = Table(*columns, title=f"events by field: {dataset}")
    first = systems[names[0]]
    for field, s0 in first.scores.items():
        if not (s0.tp or s0.fp or s0.fn or s0.total):
            continue
        row = [_FIELD_NOTES.get(field, field)]
        for name in names:
            s = systems[name][field]
            row += [_fmt(s.precision), _fmt(s.recall), f"{_fmt(s.accuracy)} ({s.correct}/{s.total})" if s.total else ""]
        row.append(str(s0.tp + s0.fn) if s0.tp or s0.fn else str(s0.total))
        table.add_row(*row)
    console.print(table)
    console.print(_FOOTNOTE)
    if misses:
        for name in names:
            for field, s in systems[name].scores.items():
                _print_misses(console, f"{dataset} {name} {field}", s.misses, 30)


def _certainty(path: str, split: str, format: str, misses: bool, limit: int = 0) -> None:
    from rich.table import Table

    from ..errors import InputError
    from ..evaluate.certainty import evaluate_certainty

    if split not in ("all", "train", "test"):
        raise InputError(f"--split must be all, train or test, not {split}")
    results = evaluate_certainty(path, split, limit=limit)
    n = results[0].n
    hedged = results[0].counts.tp + results[0].counts.fn
    if format == "json":
        typer.echo(json.dumps({"file": path, "split": split, "sentences": {"hedged": hedged, "plain": n - hedged},
                               "methods": [r.as_dict() for r in results]}, indent=2))
        return
    table = Table("method", "hedged if", "ROC AUC", "accuracy", "precision", "recall", "F1", "Brier",
                  title=f"certainty: {n} sentences ({hedged} hedged, {n - hedged} plain), split {split}; P/R of 'hedged'")
    for r in results:
        c = r.counts
        table.add_row(r.method, r.threshold, _fmt(r.auc), _fmt(c.accuracy), _fmt(c.precision), _fmt(c.recall), _fmt(c.f1),
                      _fmt(r.brier))
    console = plain_console(width=120)
    console.print(table)
    if misses:
        for r in results:
            _print_misses(console, r.method, r.misses, 40)
