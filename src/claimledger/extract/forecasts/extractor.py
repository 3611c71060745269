"""Extractor `forecasts`: statements about the future, who makes them, how sure, by when, on
what condition.

Reads: `doc.attributions`, `doc.sources` and `window.attributed` (who forecasts: the voice of
the clause), `doc.offered_explanations` (a
"could" in an explanation offered for a puzzle is a guess about motives, not a forecast).
Writes: `doc.forecasts` with a `forecast` cue on the phrase, each with its due window (the
horizon read against the publication date, claimledger.due).

The forecasts come from the implementation CLAIMLEDGER_FORECAST_DETECTION names (detection.py;
"rules" by default), then, with CLAIMLEDGER_FORECAST_SENTENCES (off by default), from the sentence classifier's
second look at the sentences where that implementation found none (sentence_model.py).
"""
from __future__ import annotations

from ...contract import Forecast
from ...due import due_window
from ... import lexicon
from ..context import Context, Window
from ..registry import extractor
from .detection import FORECAST_DETECTION
from .sentence_model import sentence_forecasts

@extractor("forecasts", requires=("doc.attributions", "doc.sources", "doc.offered_explanations", "window.attributed"),
           assigns=("doc.forecasts",))
class Forecasts:
    """Forecasts through the chosen detector."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.detector = FORECAST_DETECTION.chosen(ctx.settings)(ctx)

    def window(self, window: Window) -> None:
        ctx = self.ctx
        found_here = self.detector.window(window)
        if ctx.settings.forecast_sentences:
            found_here = sorted(found_here + sentence_forecasts(ctx, window, found_here), key=lambda p: (p.start, p.end))
        for found in found_here:
            unit = found.unit
            due = due_window(found.horizon, ctx.document.published)
            ctx.forecasts.append(Forecast(
                id=ctx.next_id("f"), sentence_id=unit.id, by=found.by, statement=found.statement,
                phrase=found.phrase, probability=found.probability, horizon=found.horizon,
                condition=found.condition, start=found.start, end=found.end, line=unit.model.line,
                proposition=found.proposition, scale=found.scale, probability_low=found.probability_low,
                probability_high=found.probability_high,
                due_start=due.start.isoformat() if due and due.start else None,
                due_end=due.end.isoformat() if due else None, due_precision=due.precision if due else None))
            if found.cue is not None:
                a, b = found.cue
                # a forecast a trained model found says so in its cue's role ("forecast:model",
                # "forecast:sentence")
                role = "forecast" if found.detector == "rules" else f"forecast:{found.detector}"
                unit.cue(a, b, role, ctx.document.text[a:b], weight=found.probability)

    def finish(self) -> None:
        offered = self.ctx.offered_explanations
        # A "could"/"may" in an offered explanation is a guess about motives, not a forecast.
        self.ctx.adjust("forecasts", lambda f: None if (
            f.sentence_id in offered and (f.phrase or "").lower() in lexicon.modals("possibility")) else f)
