"""The event verifier interface: a second opinion on each event the rules tell as happened.

The rules find a trigger and code it; the verifier scores the finished event (its type, trigger,
parties, factuality and the parse around it: verifier_features.py) for "is this a right event of
this type" and the events extractor drops a happened event it rejects. Events told as not
happened (planned, denied ...) are not asked: the type's precision counts only happened ones.

An implementation is registered on `EVENT_VERIFIER` and chosen by CLAIMLEDGER_EVENT_VERIFIER
(Settings.event_verifier): "off" keeps every event of the rules; "model" asks the logistic
regression shipped in models/event_verifier/ (verifier_model.py). It is built once per document
as `Implementation(ctx)` and asked once per happened event:

    def keep(self, draft, event, span) -> bool
"""
from __future__ import annotations

from typing import Protocol

from ..capabilities import Capability


class EventVerifier(Protocol):
    def keep(self, draft, event, span) -> bool: ...


EVENT_VERIFIER = Capability(
    "event_verifier", setting="event_verifier",
    summary="a learned second look that drops events the rules told wrongly (interface: events/verifier.py)",
    builtin={"model": "claimledger.extract.events.verifier_model"},
)


@EVENT_VERIFIER.implementation("off")
class KeepAll:
    """No second look: every event of the rules stays."""

    def __init__(self, ctx) -> None:
        pass

    def keep(self, draft, event, span) -> bool:
        return True
