"""A run of weighted calls in one sentence, each a figure and what it weighs: "Bottom line: 90
percent that the ceasefire holds through the winter, 60 percent that talks resume by March, and
roughly 3-to-1 against a signed treaty before 2029." Each piece is a forecast of its own: the
clause after "that" at the percentage, the noun phrase after "against" at the complement of the
odds (3-to-1 against: 0.25), after "on" at the odds themselves.

A sentence of figures that weigh nothing ("Turnout was 38 percent, 4 percent that was spoiled")
is left alone: every piece must be a weight with "that", "against" or "on" and the event after it,
and the run needs two pieces at least (a single "90 percent that X" is the finders' matter).
"""
from __future__ import annotations

import re

from ... import probability
from ..context import SentenceUnit
from .candidate import Candidate
from .parts import tokens_in

_HEDGE = r"(?:(?:about|roughly|around|some|maybe|perhaps|nearly|almost)\s+)?"
_PERCENT = re.compile(_HEDGE + r"(?P<n>\d{1,3})\s*(?:%|percent|per\s+cent)\s+(?P<link>that|on)\s+(?P<event>\S.*)$",
                      re.IGNORECASE)
_ODDS = re.compile(_HEDGE + r"(?P<a>\d{1,2})[- ](?:to|in)[- ](?P<b>\d{1,2})\s+(?P<side>against|on)\s+(?P<event>\S.*)$",
                   re.IGNORECASE)
_PIECE_SPLIT = re.compile(r",\s+(?:and\s+)?|;\s+(?:and\s+)?")


def calls(unit: SentenceUnit) -> list[Candidate]:
    """The weighted calls of a sentence that is a run of them (after a label's colon, if any),
    in order; [] when the sentence is not such a run."""
    text = unit.text.rstrip()
    body_start = 0
    colon = text.find(":")
    if 0 < colon < 40 and len(text[:colon].split()) <= 4:
        body_start = colon + 1      # "Bottom line:", "My numbers:"
    body_end = len(text) - (1 if text.endswith(".") else 0)
    pieces, at = [], body_start
    for m in list(_PIECE_SPLIT.finditer(text, body_start, body_end)) + [None]:
        end = m.start() if m is not None else body_end
        pieces.append((at, end))
        if m is not None:
            at = m.end()
    read = [_piece(unit, start, end) for start, end in pieces]
    if len(read) < 2 or any(r is None for r in read):
        return []
    return read


def _piece(unit: SentenceUnit, start: int, end: int):
    raw = unit.text[start:end]
    lead = len(raw) - len(raw.lstrip())
    piece = raw.strip()
    start += lead
    m = _PERCENT.match(piece)
    if m is not None:
        value = int(m.group("n")) / 100
        if not 0 <= value <= 1:
            return None
        weight_end, event_start = m.start("link"), m.start("event")
        entry = probability.Entry(piece[:weight_end].strip(), value, value, value, "stated")
    else:
        m = _ODDS.match(piece)
        if m is None:
            return None
        a, b = int(m.group("a")), int(m.group("b"))
        if a <= 0 or b <= 0:
            return None
        # "2-to-1 against X": two chances against X to one for it; "3-to-1 on X": three for it
        value = round(b / (a + b) if m.group("side").lower() == "against" else a / (a + b), 2)
        weight_end, event_start = m.end("side"), m.start("event")
        entry = probability.Entry(piece[:weight_end].strip(), value, value, value, "stated")
    phrase = tokens_in(unit.span, start, start + weight_end)
    event = [t for t in tokens_in(unit.span, start + event_start, end) if not (t.is_punct and t.text in ",;.")]
    if not phrase or not event:
        return None
    root = min(event, key=lambda t: len(list(t.ancestors)))
    return Candidate("stated", root, phrase, entry, statement=event)
