"""Helpers for tests that analyse one document of event lines and check each line's events."""
from __future__ import annotations

from claimledger import analyze


def events_by_line(text: str, published: str, head: int = 0) -> dict[int, list]:
    """Analyse `text` once; its events as line -> [(event, actor name, target name)], lines
    numbered from 1 after `head` leading lines (a title and a blank line: head=2). Every event's
    offsets are checked to point at its trigger in the text."""
    analysis = analyze(text, published=published)
    names = {e.id: e.name for e in analysis.entities}
    by_line: dict[int, list] = {}
    for ev in analysis.events:
        assert analysis.document.text[ev.start:ev.end] in ev.action   # offsets into the text
        by_line.setdefault(ev.line - head, []).append((ev, names.get(ev.actor), names.get(ev.target)))
    return by_line


def killed(event) -> list[float]:
    """The event's counts of the killed, in order."""
    return [q.value for q in event.quantities if q.kind == "killed"]


def happened_codes(events: dict[int, list], line: int) -> list[str]:
    """The codes of a line's events told as happened (asserted or reported), sorted."""
    return sorted(e.code for e, _, _ in events.get(line, []) if e.factuality in ("asserted", "reported"))


def factualities(events: dict[int, list], line: int, code: str) -> set[str]:
    """The factualities a line's events of one code were given."""
    return {e.factuality for e, _, _ in events.get(line, []) if e.code == code}
