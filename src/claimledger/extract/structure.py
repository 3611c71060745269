"""Sentence kinds that the layout alone decides: appeal lines, questions, lead-ins.

Later extractors (kinds, certainty) refine every other sentence; these structural labels are
the baseline they start from.
"""
from __future__ import annotations

import re

from .context import Context, Window

_LEAD_IN_END = re.compile(r"[:：]\s*$")
_QUESTION_END = re.compile(r"\?[\"”’')\]]*\s*$")


def extract(ctx: Context, window: Window) -> None:
    for unit in window.sentences:
        sentence = unit.model
        text = sentence.text
        last_on_line = sentence.end >= unit.line.start + len(unit.line.text.rstrip())
        if sentence.section == "appeal":
            sentence.kind = "appeal"
        elif last_on_line and _LEAD_IN_END.search(text):
            sentence.kind = "lead_in"
            _mark(unit, re.search(r"[:：]\s*$", text), "kind:lead_in")
        elif _QUESTION_END.search(text):
            sentence.kind = "question"
            _mark(unit, _QUESTION_END.search(text), "kind:question")


def _mark(unit, match, role: str) -> None:
    start, end = unit.char_offsets(match.start(), match.start() + 1)
    unit.cue(start, end, role, unit.text[match.start(): match.start() + 1])
