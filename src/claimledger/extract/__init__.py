"""Stage 4, extract: declared extractors, one sub-package per capability.

    sentence/     structure (layout kinds), certainty, kinds, rhetoric, gaps
    attribution/  who vouches for each sentence: the interface, the rules, sources, speakers,
                  lead-ins, quoted blocks, outlets
    entities/     actors merged across surface forms (aliases, the entity index)
    events/       PLOVER events (coding interface + rules), their places, dates, quantities
    forecasts/    forecasts (detection interface + rules) and hypotheses

Shared layers: `syntax` (parse-tree helpers), `claimledger.lexicon` (every word set, from data/),
`registry` (declarations and the run order), `capabilities` (implementations chosen by
settings), `context` (the typed fields extractors pass results through).
How to add an extractor or an implementation: docs/extending.md.
"""
from __future__ import annotations

from .context import AUTHOR_ID, COMMENTER_ID, Context, SentenceUnit, Window
from .registry import Declaration, extractor, plan, plan_for, registered, run_finish, run_window, start

__all__ = ["AUTHOR_ID", "COMMENTER_ID", "Context", "Declaration", "SentenceUnit", "Window", "extractor", "plan",
           "plan_for", "registered", "run_finish", "run_window", "start"]
