"""The "model" event verifier: a logistic regression over verifier_features.py, its weights a
JSON file (models/event_verifier/weights.json, fitted by training/event_verifier/), scored here
in plain Python (a sum of a few dozen weights per event: nothing beside the parse).

Not shipped: the package carries no weights (measured, not better enough: docs/events.md, "A
learned event verifier"); `make train-event-verifier` builds them into this checkout.

The weights were fitted on one spaCy pipeline's parse; under another pipeline (or when the file
is missing) one warning says so and every event of the rules stays.
"""
from __future__ import annotations

import json
import logging
import math
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ...models import trained_elsewhere
from .verifier import EVENT_VERIFIER
from .verifier_features import features

WEIGHTS = Path(__file__).resolve().parents[2] / "models" / "event_verifier" / "weights.json"
log = logging.getLogger("claimledger")


@lru_cache(maxsize=4)
def load_table(path: str = str(WEIGHTS)) -> Optional[dict]:
    p = Path(path)
    return json.loads(p.read_text(encoding="utf-8")) if p.is_file() else None


@lru_cache(maxsize=8)
def table_for(pipeline: str, path: str = str(WEIGHTS)) -> Optional[dict]:
    """The weights, if they were trained on this pipeline's parse; else None after one warning
    (the rules answer alone)."""
    table = load_table(path)
    if table is None:
        log.warning("claimledger: the event verifier is not installed; using the rules")
        return None
    other = trained_elsewhere(table["base"], pipeline)
    if other is not None:
        log.warning("claimledger: event verifier not used (trained on %s %s, the pipeline is %s %s); using the rules",
                    *other)
        return None
    return table


def probability(feats: dict[str, float], table: dict) -> float:
    """P(the event is right) under the logistic regression."""
    weights = table["weights"]
    z = table["bias"] + sum(weights.get(name, 0.0) * value for name, value in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@EVENT_VERIFIER.implementation("model")
class ModelVerifier:
    """Drops a happened event whose probability of being right is below the shipped threshold."""

    def __init__(self, ctx) -> None:
        self.table = table_for(ctx.settings.pipeline, str(WEIGHTS))

    def keep(self, draft, event, span) -> bool:
        if self.table is None:
            return True
        return probability(features(draft, event, span), self.table) >= self.table["threshold"]
