"""The rule implementation of EVENT_CODING ("rules"): triggers of the 16 PLOVER types from the
word lists of data/plover_triggers.tsv and the senses the parse decides (triggers.py)."""
from __future__ import annotations

from .coding import EVENT_CODING, Trigger
from .triggers import find


@EVENT_CODING.implementation("rules")
class RuleCoder:
    """Triggers from data/plover_triggers.tsv, with PLOVER modes."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self._context = (None, frozenset())

    def triggers(self, span) -> list[Trigger]:
        # the words of the sentence's line: a body 'found dead' here, 'gunshot wounds' there
        doc, context = self._context
        if doc is not span.doc:
            context = frozenset(t.lower_ for t in span.doc)
            self._context = (span.doc, context)
        return [Trigger(t.token, t.code, t.pattern.pos, t.particle, "rules", None, t.mode) for t in find(span, context)]
