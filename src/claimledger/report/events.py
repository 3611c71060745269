"""The "Events" block of the Markdown brief: one row per coded event, ACLED-style."""
from __future__ import annotations

from ..contract import Analysis, Event
from .markdown import table


def fatalities(event: Event) -> str:
    """'24', '24–28' or '' from an event's casualty quantities."""
    killed = [q for q in event.quantities if q.kind == "killed"]
    if not killed:
        return ""
    lows = [q.low if q.low is not None else q.value for q in killed]
    highs = [q.high if q.high is not None else q.value for q in killed]
    low = min((x for x in lows if x is not None), default=None)
    high = max((x for x in highs if x is not None), default=None)
    approx = "~" if any(q.approximate for q in killed) else ""
    if low is None and high is None:
        return ""
    if low is None or high is None or low == high:
        return f"{approx}{_n(low if low is not None else high)}"
    return f"{approx}{_n(low)}–{_n(high)}"


def _n(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def events_block(a: Analysis) -> str:
    if not a.events:
        return ""
    names = {e.id: e.name for e in a.entities}
    sources = {s.id: s.name for s in a.sources}
    rows = []
    for ev in a.events:
        where = ""
        if ev.location is not None:
            where = ev.location.name
            if ev.location.lat is not None:
                where += f" ({ev.location.lat:.2f}, {ev.location.lon:.2f})"
        rows.append([
            ev.line, ev.code, ev.action, names.get(ev.actor, ev.actor or ""), names.get(ev.target, ev.target or ""),
            where, ev.date or (f"“{ev.date_text}”" if ev.date_text else ""), fatalities(ev),
            sources.get(ev.source_id, ev.source_id or ""), f"{ev.certainty:.2f}",
        ])
    return "## Events\n\n" + table(
        ["line", "PLOVER", "action", "actor", "target", "location", "date", "fatalities", "source", "certainty"], rows)
