"""Evidence gaps: lead-ins whose map, image, tweet or video is not in the text (`missing`), told
apart from lead-ins whose content follows as text (`present`). The decision is leadins.py's,
from what follows the colon; this module only writes it into the contract."""
from __future__ import annotations

from ..contract import EvidenceGap
from .context import Context, Window
from .leadins import analyse_leadins


def extract(ctx: Context, window: Window) -> None:
    from .attribution import findings_for

    leadins = analyse_leadins(ctx, window, findings_for(ctx, window))
    for number in sorted(leadins):
        leadin = leadins[number]
        unit = leadin.unit
        if unit.id not in {u.id for u in window.sentences}:
            continue
        ctx.evidence_gaps.append(EvidenceGap(
            line=number, sentence_id=unit.id, text=unit.text, status=leadin.status,
            expected=leadin.expected, start=unit.model.start, end=unit.model.end, cue=leadin.cue))
