"""Events: recall and precision of (line, PLOVER type) against the gold events, per type and
overall, and how many gold dates were resolved right; plus, for `claimledger eval`'s events
table, per-field precision and recall (event_fields.py) of claimledger and of the keyword
baseline.

What is scored, the same for every gold file (seed, tests/gold, held-out, commentary):
- A gold event happened unless the gold says otherwise: its `factuality` (asserted, reported,
  denied, planned, threatened, hypothetical, negated), or `future: true` (planned).
- `events` (and per type): the events the tool says happened (asserted or reported) against the
  gold events that happened. A gold event is found when the analysis has a happened event of the
  same PLOVER type (or one of the types listed in its `also`) on the same line (the gold
  annotates by line; two gold events of one type on a line need two). A predicted (line, type)
  that no happened gold event has is one false positive, however many triggers it has (one the
  gold lists as not happened is "told as happened"). Gold events marked `optional` (an
  ambiguous mention) are not required, and finding them is no error.
- `events.unasserted`: the events the tool keeps with another factuality (planned, negated ...),
  against the gold events that did not happen: tp + fp is how many it kept, precision the share
  the gold lists as not happened, recall the share of the gold's not-happened events it kept as
  such. A gold file that annotates only what happened (the seed) makes every kept event a false
  positive there: the line says how many there are, not that they are wrong.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from ..contract import Analysis
from . import baseline
from .event_fields import (HAPPENED, UNSET, EventView, FieldScores, GoldEvent, pair_events, score_fields, score_types,
                           views_of)
from .gold import Gold, Score


def _codes(e: dict) -> tuple[str, ...]:
    return (e["plover"], *e.get("also", ()))


def gold_factuality(e: dict) -> Optional[str]:
    """A gold event's stated factuality ('planned' for one marked `future`), None when the
    annotator only says it happened."""
    return e.get("factuality") or ("planned" if e.get("future") else None)


def gold_happened(e: dict) -> bool:
    return gold_factuality(e) in (None, *HAPPENED)


def score(analysis: Analysis, gold: Gold) -> dict[str, Score]:
    events = gold.data["events"]
    told = [e for e in events if gold_happened(e)]
    untold = [e for e in events if not gold_happened(e)]
    happened = [e for e in analysis.events if e.factuality in HAPPENED]
    kept = [e for e in analysis.events if e.factuality not in HAPPENED]
    not_happened = {(e["line"], code): gold_factuality(e) for e in untold for code in _codes(e)}
    per_code = _by_type(told, happened, lambda line, code: (
        f"line {line}: {code} told as happened (gold: {not_happened[(line, code)]})" if (line, code) in not_happened
        else f"line {line}: {code} not in gold"))
    overall = Score()
    for s in per_code.values():
        overall = overall + s
    scores = {"": overall}
    scores.update({code: s for code, s in sorted(per_code.items())})
    factuality = {(e.line, e.code): e.factuality for e in kept}
    listed = {(e["line"], code) for e in told for code in _codes(e)}
    unasserted = Score()
    for s in _by_type(untold, kept, lambda line, code: f"line {line}: {code} {factuality[(line, code)]}, " + (
            "gold: happened" if (line, code) in listed else "not in gold")).values():
        unasserted = unasserted + s
    scores["unasserted"] = unasserted
    scores["date"] = _dates(analysis, gold)
    return scores


def _by_type(golds: list[dict], predicted_events, extra) -> dict[str, Score]:
    """Per PLOVER type: gold events found on their line by a predicted event, and predicted
    (line, type) pairs no gold event has (`extra(line, code)` says why, for the misses)."""
    expected = Counter((e["line"], e["plover"]) for e in golds if not e.get("optional"))
    excused = {(e["line"], code) for e in golds for code in _codes(e)}
    predicted = Counter((e.line, e.code) for e in predicted_events)
    per_code: dict[str, Score] = {}
    for (line, code), wanted in expected.items():
        alternatives = next((_codes(e) for e in golds if e["line"] == line and e["plover"] == code), (code,))
        got = min(wanted, sum(predicted.get((line, c), 0) for c in alternatives))
        s = per_code.setdefault(code, Score())
        s.tp += got
        s.fn += wanted - got
        if got < wanted:
            s.misses.append(f"line {line}: {code} not found")
    for (line, code) in predicted:
        if (line, code) not in expected and (line, code) not in excused:
            s = per_code.setdefault(code, Score())
            s.fp += 1
            s.misses.append(extra(line, code))
    return per_code


def _dates(analysis: Analysis, gold: Gold) -> Score:
    s = Score()
    for e in gold.data["events"]:
        if not e.get("date") or len(e["date"]) != 10:
            continue
        s.total += 1
        dates = {x.date for x in analysis.events if x.line == e["line"]}
        if e["date"] in dates:
            s.correct += 1
        else:
            s.misses.append(f"line {e['line']}: date {e['date']} not found (got {sorted(d for d in dates if d) or 'none'})")
    return s


def gold_events(gold: Gold, text: str) -> list[GoldEvent]:
    """The gold file's events as GoldEvents (a field the annotator left out is not scored; our
    commentary gold states `"date": null` for an event the text does not date)."""
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    out = []
    for e in gold.data["events"]:
        line = e["line"]
        anchor = e.get("anchor") or e.get("action") or ""
        line_text = text.split("\n")[line - 1] if 0 < line <= len(starts) - 1 else ""
        at = line_text.find(anchor) if anchor else -1
        killed = e.get("killed", e.get("killed_low", UNSET))
        out.append(GoldEvent(
            codes=_codes(e), line=line, anchor_start=starts[line - 1] + max(at, 0) if line <= len(starts) - 1 else 0,
            actor=e["actor"] if "actor" in e else UNSET, target=e["target"] if "target" in e else UNSET,
            place=e["location"] if "location" in e else UNSET, date=e["date"] if "date" in e else UNSET,
            date_tolerance_days=6 if e.get("date_precision") == "week" else 0,
            killed=killed if killed is None or isinstance(killed, int) else UNSET,
            factuality=gold_factuality(e), optional=bool(e.get("optional"))))
    return out


def field_scores(analysis: Analysis, gold: Gold, systems: Optional[dict] = None) -> dict[str, FieldScores]:
    """Per-field scores of claimledger (this analysis) and the keyword baseline on one gold file."""
    golds = gold_events(gold, analysis.document.text)
    runs: dict[str, list[EventView]] = {"claimledger": views_of(analysis),
                                        "baseline": baseline.events(analysis.document.text, analysis.document.published)}
    out = {}
    for name, views in runs.items():
        fs = FieldScores()
        paired = pair_events(golds, views)
        label = f"{gold.path.stem}: "
        # the type found: happened events against the gold's happened ones; the others apart
        for field, happened in (("type", True), ("unasserted", False)):
            which = [i for i, g in enumerate(golds) if _happened(g) == happened]
            score_types([golds[i] for i in which], [v for v in views if (v.factuality in HAPPENED) == happened],
                        [paired[i] if paired[i] is not None and (paired[i].factuality in HAPPENED) == happened else None
                         for i in which], fs, label, field=field)
        for g, v in zip(golds, paired):
            if not g.optional:
                score_fields(g, v, fs, label=f"{label}line {g.line} ")
        _traps(gold, views, fs, label)
        out[name] = fs
    return out


def _happened(g: GoldEvent) -> bool:
    return g.factuality in (None, *HAPPENED)


def _traps(gold: Gold, views: list[EventView], fs: FieldScores, label: str) -> None:
    """Traps: a (line, type) where an event told as happened would be wrong (a figurative attack,
    a goal, a zero count): counted as wrong when the system reports one as happened."""
    s = fs["traps"]
    for trap in gold.data.get("event_traps", []):
        bad = [v for v in views if v.line == trap["line"] and v.code == trap["plover"] and v.factuality in HAPPENED]
        s.total += 1
        s.correct += not bad
        if bad:
            s.misses.append(f"{label}line {trap['line']}: {trap['plover']} told as happened ({trap['why']})")
