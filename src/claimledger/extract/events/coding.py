"""The event coding interface: which words of a sentence are event triggers, and their PLOVER
code. An implementation is registered on `EVENT_CODING` and chosen by CLAIMLEDGER_EVENT_CODING
(Settings.event_coding; "rules" by default, plover_rules.py). It is built once per document as
`Implementation(ctx)` and asked once per body sentence:

    def triggers(self, span) -> list[Trigger]       # span: the sentence's spaCy Span

The events extractor then drops triggers the text does not assert (negated, hypothetical …),
finds actor, target, place, date and counts, and writes the contract's events.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Protocol

from ..capabilities import Capability


@dataclass(frozen=True)
class Trigger:
    token: Any                  # the trigger's spaCy token
    code: str                   # PLOVER event type, e.g. ASSAULT
    pos: str                    # "verb" or "noun": how the roles are read
    particle: Optional[Any] = None   # the pattern's particle or preposition token ("fired on")
    by: str = "rules"           # the implementation that found it
    score: Optional[float] = None
    mode: Optional[str] = None  # PLOVER mode where the type has one (ASSAULT: firearms, beat ...)


class EventCoder(Protocol):
    def triggers(self, span) -> list[Trigger]: ...


EVENT_CODING = Capability(
    "event_coding", setting="event_coding",
    summary="event triggers and their PLOVER codes (interface: events/coding.py)",
    builtin={"rules": "claimledger.extract.events.plover_rules"},
)
