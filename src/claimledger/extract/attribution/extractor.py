"""Extractor `attribution`: who vouches for each sentence, and through whom.

Reads: `sentence.layout` (lead-in lines, sections). Writes: `doc.sources`, `doc.attributions`
(with a `source:<form>` cue on the sentence), and for later extractors of the window
`window.attributed` (each sentence's attributions through the interface) and `window.leadins`
(what each lead-in line introduces, and whether it follows as text).

The attributions themselves come from the implementation CLAIMLEDGER_ATTRIBUTION names
(interface.py; "rules" by default); lead-ins, quoted blocks and outlets work on what it reports.
"""
from __future__ import annotations

from ...contract import Attribution
from ..context import COMMENTER_ID, Context, SentenceUnit, Window
from ..registry import extractor
from .blocks import block_sources, signed_blocks, with_block
from .interface import ATTRIBUTION, Attributed
from .learned import kind_for
from .leadins import analyse_leadins
from .sources import SourceRegistry


@extractor("attribution", requires=("sentence.layout",),
           assigns=("doc.sources", "doc.attributions", "window.attributed", "window.leadins"))
class AttributionExtractor:
    """Sources and attributions, through the chosen implementation."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.sources = SourceRegistry(ctx)
        self.implementation = ATTRIBUTION.chosen(ctx.settings)(ctx, self.sources)

    def window(self, window: Window) -> None:
        found = self.implementation.window(window)
        window.leadins = analyse_leadins(window, found)
        blocks = {**signed_blocks(window, self.sources), **block_sources(window.leadins)}
        inline_by_line: dict[int, Attributed] = {}
        for unit in window.sentences:
            local = found[unit.id].found if unit.id in found else []
            outer = blocks.get(unit.line.number)
            inline = next((f for f in local if f.form == "inline"), None)
            if inline is not None:
                inline_by_line[unit.line.number] = inline
            elif unit.line.number in inline_by_line:    # the rest of a "Reuters, citing sources: ..." line
                outer = inline_by_line[unit.line.number]
            final = with_block(unit, local, outer)
            window.attributed[unit.id] = final
            for finding in final:
                self._emit(unit, finding)
        if any(unit.section == "comments" for unit in window.sentences):
            self.sources.special(COMMENTER_ID)

    def _emit(self, unit: SentenceUnit, finding: Attributed) -> None:
        ctx = self.ctx
        via_ids = [s.id for s in finding.via if s.id != finding.source.id]
        kind = finding.kind or kind_for(unit, finding.cue_start, finding.cue_end, finding.source)
        ctx.attributions.append(Attribution(
            sentence_id=unit.id, source_id=finding.source.id, via=via_ids, cue=finding.cue,
            start=finding.start, end=finding.end, line=unit.line.number,
            method="model" if finding.by == "model" else "rules", kind=kind, surface=finding.surface))
        if unit.line.start <= finding.cue_start and finding.cue_end <= unit.line.end:
            unit.cue(finding.cue_start, finding.cue_end, f"source:{finding.form}",
                     ctx.document.text[finding.cue_start: finding.cue_end])
