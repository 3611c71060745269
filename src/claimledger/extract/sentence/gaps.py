"""Extractor `gaps`: evidence gaps, lead-ins whose map, image, tweet or video is not in the text
(`missing`), told apart from lead-ins whose content follows as text (`present`).

Reads: `window.leadins` (decided by attribution/leadins.py from what follows the colon).
Writes: `doc.evidence_gaps`.
"""
from __future__ import annotations

from ...contract import EvidenceGap
from ..context import Context, Window
from ..registry import extractor


@extractor("gaps", requires=("window.leadins",), assigns=("doc.evidence_gaps",))
def gaps(ctx: Context, window: Window) -> None:
    """Each lead-in line of the window as an evidence gap, missing or present."""
    for number in sorted(window.leadins):
        leadin = window.leadins[number]
        unit = leadin.unit
        ctx.evidence_gaps.append(EvidenceGap(
            line=number, sentence_id=unit.id, text=unit.text, status=leadin.status,
            expected=leadin.expected, start=unit.model.start, end=unit.model.end, cue=leadin.cue))
