"""The numbered predictions of a year-ahead column: "1. Germany's coalition survives the year.
The quarrels are loud, but neither partner wants an early election. 75 percent." A numbered
line that closes on a bare weight (a sentence that is only a percentage) weighs the call its
first sentence makes, even in the simple present with no future marker of its own. Its
sentence is the forecast, at the stated weight; the weight is its cue.

Not a call: a numbered line with no closing weight (a list of facts or of steps), a weight
sentence that says more than a figure ("Unemployment is 7 percent."), a first sentence told in
the past ("1. The coalition survived the year.").
"""
from __future__ import annotations

import re
from typing import Optional

from ... import probability
from ..context import SentenceUnit
from .candidate import Candidate

_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s*$")
_BARE_WEIGHT = re.compile(r"^\W*(?:about|roughly|around|maybe|perhaps)?\s*(\d{1,3})\s*(?:%|percent|per\s+cent)\W*$",
                          re.IGNORECASE)


def item_weights(units: list[SentenceUnit]) -> dict[int, tuple[probability.Entry, list]]:
    """For each numbered line closed by a bare weight: the index of its first sentence, with the
    weight (an entry on the stated scale and the weight's tokens)."""
    out: dict[int, tuple[probability.Entry, list]] = {}
    first_of_line: dict[int, int] = {}
    for k, unit in enumerate(units):
        line = unit.line.number
        if line not in first_of_line:
            first_of_line[line] = k
            continue
        m = _BARE_WEIGHT.match(unit.text)
        nxt = units[k + 1] if k + 1 < len(units) else None
        if m is None or nxt is not None and nxt.line.number == line:
            continue        # the weight closes the line
        start = first_of_line[line]
        if not _NUMBERED.match(units[start].line.text):
            continue
        if _LIST_NUMBER.match(units[start].text) and start + 1 < k:
            start += 1      # "1." cut off as a sentence of its own
        value = int(m.group(1))
        if not 0 <= value <= 100:
            continue
        tokens = [t for t in unit.span if not t.is_punct]
        entry = probability.Entry(unit.text.strip().rstrip("."), value / 100, value / 100, value / 100, "stated")
        out[start] = (entry, tokens)
    return out


def weighted_call(unit: SentenceUnit, weight: tuple[probability.Entry, list]) -> Optional[Candidate]:
    """The first sentence of a weighted numbered item as a forecast at its weight (its list
    number left out); None when it narrates the past."""
    tokens = [t for t in unit.span if not t.is_punct]
    if tokens and tokens[0].like_num and tokens[0].i == unit.span.start:
        tokens = tokens[1:]
    if not tokens:
        return None
    root = unit.span.root
    if root.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children):
        return None
    entry, phrase = weight
    return Candidate("stated", root, phrase, entry, statement=tokens)
