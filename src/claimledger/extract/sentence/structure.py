"""Extractor `structure`: the sentence kinds the layout alone decides (appeal lines,
questions, lead-ins).

Reads: each sentence's text, section and line. Writes: `sentence.layout` (Sentence.kind set to
appeal, lead_in or question, with a `kind:*` cue). Later extractors (kinds, certainty) refine
every other sentence; these structural labels are the baseline they start from.
"""
from __future__ import annotations

import re

from ..context import Context, Window
from ..registry import extractor

_LEAD_IN_END = re.compile(r"[:：]\s*$")
_QUESTION_END = re.compile(r"\?[\"”’')\]]*\s*$")


@extractor("structure", assigns=("sentence.layout",))
def structure(ctx: Context, window: Window) -> None:
    """Appeal lines, questions and lead-ins, from the layout."""
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
