"""Events: recall and precision of (line, PLOVER type) against the gold events, per type and
overall, and how many gold dates were resolved right; plus, for `claimledger eval`'s events
table, per-field precision and recall (event_fields.py) of claimledger and of the keyword
baseline.

A gold event is found when the analysis has an event of the same PLOVER type (or one of the
types listed in its `also`) on the same line (the gold annotates by line; two gold events of
one type on a line need two). A predicted (line, type) that no gold event has is one false
positive, however many triggers it has. Gold events marked `optional` (the content of a
threat or a goal, an ambiguous mention) are not required, and finding them is no error.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from ..contract import Analysis
from . import baseline
from .event_fields import UNSET, EventView, FieldScores, GoldEvent, pair_events, score_fields, score_types, views_of
from .gold import Gold, Score


def _codes(e: dict) -> tuple[str, ...]:
    return (e["plover"], *e.get("also", ()))


def score(analysis: Analysis, gold: Gold) -> dict[str, Score]:
    events = gold.data["events"]
    expected = Counter((e["line"], e["plover"]) for e in events if not e.get("optional"))
    excused = {(e["line"], code) for e in events for code in _codes(e)}
    predicted = Counter((e.line, e.code) for e in analysis.events)
    per_code: dict[str, Score] = {}
    overall = Score()
    for (line, code), wanted in expected.items():
        alternatives = next((_codes(e) for e in events if e["line"] == line and e["plover"] == code), (code,))
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
            s.misses.append(f"line {line}: {code} not in gold")
    for s in per_code.values():
        overall = overall + s
    scores = {"": overall}
    scores.update({code: s for code, s in sorted(per_code.items())})
    scores["date"] = _dates(analysis, gold)
    return scores


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
            factuality=e.get("factuality"), optional=bool(e.get("optional"))))
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
        score_types(golds, views, paired, fs, label)
        for g, v in zip(golds, paired):
            if not g.optional:
                score_fields(g, v, fs, label=f"{label}line {g.line} ")
        _happened(gold, views, fs, label)
        out[name] = fs
    return out


def _happened(gold: Gold, views: list[EventView], fs: FieldScores, label: str) -> None:
    """Traps: a (line, type) where an event told as happened would be wrong (a figurative attack,
    a goal, a zero count): counted as wrong when the system reports one as happened."""
    s = fs["traps"]
    for trap in gold.data.get("event_traps", []):
        bad = [v for v in views if v.line == trap["line"] and v.code == trap["plover"] and v.factuality in ("asserted", "reported")]
        s.total += 1
        s.correct += not bad
        if bad:
            s.misses.append(f"{label}line {trap['line']}: {trap['plover']} told as happened ({trap['why']})")
