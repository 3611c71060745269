"""(round 29) A weighted scenario heading alone on its line is the forecast itself.

"Scenario 2: a caretaker cabinet, then fresh elections (probability 40 per cent)." on a line of its
own, its story told in the present on the lines after it: the heading names the outcome and the
bracket weighs it, so the heading (less its label and its bracket) is the forecast, at the weight. A
heading followed on the same line by the sentence that tells the scenario is read by the rules (that
sentence is the forecast); a heading whose name is a bare label ("Scenario 2 (40 per cent).", "Upside
(20%).") names no outcome and is not read here.
"""
from __future__ import annotations

from typing import Optional

from ..context import SentenceUnit
from .candidate import Candidate


def alone_on_its_line(units: list[SentenceUnit], i: int, weight) -> Optional[Candidate]:
    """The heading units[i] as a stated forecast when it is its line's only sentence, or None."""
    unit = units[i]
    line = unit.line.number
    if i > 0 and units[i - 1].line.number == line or i + 1 < len(units) and units[i + 1].line.number == line:
        return None
    entry, phrase = weight
    span = unit.span
    first = phrase[0].i
    opened = max((t.i for t in span if t.text == "(" and t.i < first), default=None)
    if opened is None:
        return None
    closed = min((t.i for t in span if t.text == ")" and t.i > first), default=span.end - 1)
    colon = next((t.i for t in span if t.text == ":" and t.i < opened), None)
    body = [t for t in span if (colon is None or t.i > colon) and not opened <= t.i <= closed and not t.is_punct]
    if colon is None:
        return None     # "Slow erosion (probability 40 per cent).": a name, told on the next line
    if not any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() != "scenario" for t in body):
        return None
    root = min(body, key=_depth)
    statement = [t for t in span if t.i > colon and not opened <= t.i <= closed and not (t.is_punct and t.i >= closed)]
    return Candidate("stated", root, phrase, entry, statement=statement)


def _depth(token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth
