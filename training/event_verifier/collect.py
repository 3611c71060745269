"""Examples for the event verifier: run the rules (verifier off) on gold files, and label each
event they tell as happened right (1) or wrong (0) by the scorer's own pairing.

    python training/event_verifier/collect.py OUT.pkl GOLD.json [GOLD.json ...]

A label means exactly what `claimledger eval`'s events-by-field `type` row counts
(evaluate/events.py field_scores): a happened event paired (evaluate/event_fields.py
pair_events: same line, an accepted type, nearest the gold's anchor) with a happened, required
gold event is a true positive (1); one paired with no happened gold event is a false positive
(0); one paired with an optional gold event counts neither way, so it is no example (None).

OUT.pkl holds, per gold file, its path, the Analysis (so protocol.py can drop events and score
again without parsing twice) and the examples: (event id, label, features).
"""
from __future__ import annotations

import pickle
import re
import sys
import time

from claimledger.contract import HAPPENED
from claimledger.evaluate.event_fields import pair_events, views_of
from claimledger.evaluate.events import gold_events
from claimledger.evaluate.gold import load_gold
from claimledger.extract.events.verifier import EVENT_VERIFIER
from claimledger.extract.events.verifier_features import features
from claimledger.pipeline import analyze
from claimledger.settings import get_settings

_SEEN: dict[str, dict] = {}    # event id -> features, for the document being analysed


@EVENT_VERIFIER.implementation("record")
class Recorder:
    """Keeps every event (as "off" does) and writes down the features the model would see."""

    def __init__(self, ctx) -> None:
        _SEEN.clear()

    def keep(self, draft, event, span) -> bool:
        _SEEN[event.id] = features(draft, event, span)
        return True


def labels(analysis, gold) -> dict[str, object]:
    """Event id -> 1, 0 or None (see the module docstring), for the happened events."""
    golds = gold_events(gold, analysis.document.text)
    views = views_of(analysis)
    paired = pair_events(golds, views)
    by_view = {id(v): g for g, v in zip(golds, paired) if v is not None}
    out: dict[str, object] = {}
    for event, view in zip(analysis.events, views):
        if event.factuality not in HAPPENED:
            continue
        g = by_view.get(id(view))
        if g is None or g.factuality not in (None, *HAPPENED):
            out[event.id] = 0
        else:
            out[event.id] = None if g.optional else 1
    return out


# The blind sets are never run here, for training or for measuring (the session rules: their
# aggregate tables only, through `claimledger eval`).
BLIND = re.compile(r"tests/events/heldout(1[5-9]|[2-9][0-9])/")


def main(out: str, paths: list[str]) -> None:
    blind = [p for p in paths if BLIND.search(p)]
    if blind:
        sys.exit(f"collect.py: {blind[0]} is a blind set; never used to train or choose")
    settings = get_settings().model_copy(update={"event_verifier": "record"})
    files = []
    started = time.time()
    for path in paths:
        gold = load_gold(path)
        if not gold.has("events"):
            continue
        analysis = analyze(gold.document(), settings=settings)
        examples = [(eid, label, _SEEN[eid]) for eid, label in labels(analysis, gold).items() if eid in _SEEN]
        files.append({"path": path, "analysis": analysis, "examples": examples})
        print(f"{path}: {len(examples)} happened events, "
              f"{sum(1 for e in examples if e[1] == 0)} wrong ({time.time() - started:.0f}s)", file=sys.stderr)
    with open(out, "wb") as fh:
        pickle.dump(files, fh)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
