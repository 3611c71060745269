"""Extractor `certainty`: how sure each sentence is, in [0, 1], with the cues that set it.

Reads: `sentence.layout` (a question is open). Writes: `sentence.certainty` and its cues.

The value is the certainty model's (certainty_model.py): a logistic combination of hedges,
vague or named attribution, boosters, negation and past narration, calibrated on labelled
sentences of the genre — the probability that the sentence is a plain assertion rather than a
hedged one. A firm negative ("will not stop") is no hedge. A question is open (0.5) whatever
its words. The cues say why, one per word or phrase that set a feature:
- `probability` — a verbal probability phrase, weight = its number (claimledger.probability);
- `hedge:<family>` — modal, seeming, cognition, evidential, possibility, conditional, tendency;
- `booster`, `negation`, `attribution:vague`, `attribution:named`, `past`;
the weight of those is the model's coefficient for the cue's input (negative lowers certainty).
"""
from __future__ import annotations

from ... import probability
from ..context import Context, SentenceUnit, Window
from ..registry import extractor
from . import certainty_model

QUESTION = 0.5
# Below this a sentence reads as hedged (the model's value is P(plain assertion)).
HEDGED_BELOW = 0.5


@extractor("certainty", requires=("sentence.layout",), assigns=("sentence.certainty",))
def certainty(ctx: Context, window: Window) -> None:
    """Certainty in [0, 1] from the certainty model, with its cues."""
    for unit in window.sentences:
        if unit.section == "appeal":
            continue
        value, cues = certainty_model.certainty(unit.span)
        for cue in cues:
            _record(unit, cue)
        unit.model.certainty = QUESTION if unit.model.kind == "question" else value


def _record(unit: SentenceUnit, cue: certainty_model.Cue) -> None:
    if cue.first is None:
        return
    start, end = unit.offsets(cue.first)[0], unit.offsets(cue.last)[1]
    if cue.feature == "estimate":
        entry = probability.reading(cue.text)
        unit.cue(start, end, "probability", cue.text, entry.probability if entry else None)
        return
    unit.cue(start, end, certainty_model.ROLE[cue.feature], cue.text, certainty_model.cue_weight(cue.feature))
