"""The PolNeAR table of `claimledger eval --polnear PATH`: systems x (precision, recall, F1),
then recall by source form and by attribution kind, then the pronoun/descriptor resolver."""
from __future__ import annotations

import json

import typer

from . import plain_console


def print_polnear(root: str, split: str, limit: int, format: str, misses: bool) -> None:
    from rich.table import Table
    from rich.text import Text

    from ..evaluate.polnear_systems import run

    report = run(root, split, limit)
    tallies = report.tallies
    if format == "json":
        typer.echo(json.dumps({
            "split": split, "texts": report.texts, "model_loaded": report.model_loaded,
            "systems": {name: {"precision": round(t.precision, 4), "recall": round(t.recall, 4), "f1": round(t.f1, 4),
                               "right": t.tp_emitted, "emitted": t.emitted, "found": t.found, "named": t.named,
                               "by_form": t.by_form, "by_kind": t.by_kind} for name, t in tallies.items()},
            "resolution": {"correct": report.coref_correct, "total": report.coref_total},
        }, indent=2))
        return
    console = plain_console(width=120)
    table = Table("system", "right/emitted", "precision", "found/named", "recall", "F1",
                  title=f"PolNeAR {split}: attribution at sentence + named-source level ({report.texts} texts)")
    for name, t in tallies.items():
        table.add_row(name, f"{t.tp_emitted}/{t.emitted}", f"{t.precision:.3f}", f"{t.found}/{t.named}",
                      f"{t.recall:.3f}", f"{t.f1:.3f}")
    console.print(table)
    if not report.model_loaded:
        console.print("the attribution model is not installed or does not fit this pipeline: model and both are rules only")
    for title, attr in (("recall by gold source form (pronouns: any source on the sentence)", "by_form"),
                        ("recall of named sources by attribution kind", "by_kind")):
        keys = sorted({k for t in tallies.values() for k in getattr(t, attr)})
        breakdown = Table("system", *keys, title=title)
        for name, t in tallies.items():
            counts = getattr(t, attr)
            breakdown.add_row(name, *(f"{counts[k][0] / counts[k][1]:.2f} ({counts[k][0]}/{counts[k][1]})"
                                      if k in counts and counts[k][1] else "" for k in keys))
        console.print(breakdown)
    if report.coref_total:
        console.print(f"pronoun/descriptor resolution (hand-made gold, tests/data/polnear_coref_dev.tsv): "
                      f"{report.coref_correct}/{report.coref_total} = {report.coref_correct / report.coref_total:.3f}")
    if misses:
        for name, t in tallies.items():
            for miss in t.misses:
                console.print(Text.assemble((f"{name} miss", "dim"), " ", miss))
            for wrong in t.wrong:
                console.print(Text.assemble((f"{name} wrong", "dim"), " ", wrong))
        for miss in report.coref_misses:
            console.print(Text.assemble(("resolution", "dim"), " ", miss))
