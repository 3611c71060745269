"""Stage 5, assemble: the extractors' results become one validated `Analysis`."""
from __future__ import annotations

from .contract import Analysis
from .extract.context import Context


def assemble(ctx: Context) -> Analysis:
    by_offset = lambda item: (getattr(item, "start", 0), getattr(item, "end", 0))  # noqa: E731
    return Analysis(
        document=ctx.document,
        sections=ctx.sections,
        sentences=sorted(ctx.sentences, key=by_offset),
        sources=ctx.sources,
        attributions=sorted(ctx.attributions, key=by_offset),
        entities=ctx.entities,
        events=sorted(ctx.events, key=by_offset),
        forecasts=sorted(ctx.forecasts, key=by_offset),
        hypotheses=ctx.hypotheses,
        evidence_gaps=sorted(ctx.evidence_gaps, key=by_offset),
        rhetoric=sorted(ctx.rhetoric, key=by_offset),
        quantities=sorted(ctx.state.get("quantities", []), key=by_offset),
    )
