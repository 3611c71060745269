"""The forecast detection interface: which clauses of a window state something about the
future, with who says it, how sure, by when and on what condition. An implementation is
registered on `FORECAST_DETECTION` and chosen by CLAIMLEDGER_FORECAST_DETECTION
(Settings.forecast_detection; "rules" by default, rules.py; "model" and "both" read the cues of
the trained forecast head, learned.py). It is built once per document as
`Implementation(ctx)` and asked once per window:

    def window(self, window: Window) -> list[Predicted]      # in text order

The forecasts extractor gives each its id and cue, and drops the possibilities offered as an
explanation of a puzzle (hypotheses).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Protocol

from ..capabilities import Capability
from ..context import SentenceUnit, Window


@dataclass
class Predicted:
    """One forecast as a detector reports it (offsets absolute, into document.text)."""
    unit: SentenceUnit                  # the sentence it belongs to
    by: str                             # 'author', 'commenter' or a source id
    statement: str                      # the proposition, in its positive form
    start: int
    end: int
    phrase: Optional[str] = None        # the words that say how likely ("most likely")
    probability: Optional[float] = None
    horizon: Optional[str] = None
    condition: Optional[str] = None
    cue: Optional[tuple[int, int]] = None    # where the phrase stands, for the sentence's cue
    detector: str = "rules"             # which implementation found it: rules | model (the cue's role says it)
    proposition: Optional[str] = None   # the statement without its hedge ("X will happen")
    scale: Optional[str] = None         # where the number came from (probly, icd203, kent, est, stated ...)
    probability_low: Optional[float] = None
    probability_high: Optional[float] = None

    def end_before(self, at: int) -> int:
        """Where this forecast ends when a fragment hung on it starts at `at` (an exception, a
        refinement): at the end of its last word before that, without the comma or dash between."""
        text = self.unit.span.doc.text
        end = at
        while end > self.start and text[end - self.unit.doc_offset - 1] in " ,;:—–":
            end -= 1
        return end


class ForecastDetector(Protocol):
    def window(self, window: Window) -> list[Predicted]: ...


FORECAST_DETECTION = Capability(
    "forecast_detection", setting="forecast_detection",
    summary="forecasts: statement, who, probability, horizon, condition (interface: forecasts/detection.py)",
    builtin={"rules": "claimledger.extract.forecasts.rules",
             "model": "claimledger.extract.forecasts.learned",     # the trained cue head's forecasts alone
             "both": "claimledger.extract.forecasts.learned"},     # the rules, plus the head's where they found none
)
