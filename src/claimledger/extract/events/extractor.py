"""Extractor `events`: events coded to the 16 PLOVER types, with actor, target, place, date,
quantities, the source that reports them and that source's certainty.

Reads: `window.places`, `window.quantities`, `doc.entity_index` (the parties' entities),
`doc.attributions` (the reporting source), `sentence.certainty`, `sentence.layout` (questions
and appeals assert no event). Writes: `doc.events` with an `event:<CODE>` cue; at the end it
re-points each event's parties at the entities they were merged into.

Triggers and their codes come from the implementation CLAIMLEDGER_EVENT_CODING names
(coding.py; "rules" by default). Actor and target come from the dependency parse (roles.py);
place, date and counts from the event's clause (setting.py). Events that the text does not
assert as happening are left out: negated, under a modal of possibility (could, would, might,
may …), in a condition, a question, or governed by a word of desire, intention or rumour
(data/event_irrealis.txt). Future events with "will" stay.
"""
from __future__ import annotations

from functools import lru_cache

from ...contract import Event
from ... import lexicon
from ..context import Context, Window
from ..entities.extractor import entity_for
from ..registry import extractor
from ..syntax import pobj as pobj_of
from . import gazetteer
from .coding import EVENT_CODING, Trigger
from .dates import dates_in
from .roles import named, party_like, roles
from .setting import date_of, place_of, scope_of, share_casualties

_CLIMB = {"xcomp", "conj", "pobj", "prep", "dobj", "pcomp", "acl", "amod", "compound", "acomp", "advcl", "relcl", "nsubj",
          "nsubjpass", "attr", "appos", "oprd", "ccomp"}


@lru_cache(maxsize=1)
def _irrealis_words() -> frozenset:
    return frozenset(lexicon.listed("event_irrealis.txt"))


@extractor("events", requires=("window.places", "window.quantities", "doc.entity_index", "doc.attributions",
                              "sentence.certainty", "sentence.layout"), assigns=("doc.events",))
class Events:
    """PLOVER events with their parties, place, date, counts and reporting source."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.published = ctx.document.published      # relative dates resolve against it
        self.coder = EVENT_CODING.chosen(ctx.settings)(ctx)

    def window(self, window: Window) -> None:
        ctx, published = self.ctx, self.published
        for unit in window.sentences:
            if unit.section != "body" or unit.model.kind in ("question", "appeal"):
                continue
            quantities = window.quantities.get(unit.id, [])
            sentence_places = window.places.get(unit.id, [])
            found = [t for t in self.coder.triggers(unit.span) if not irrealis(t.token)]
            others = {t.token.i for t in found}
            dates = dates_in(unit, published)
            events = [_event(ctx, unit, trigger, sentence_places, dates, quantities, others - {trigger.token.i})
                      for trigger in found]
            share_casualties(events, quantities)
            # A bare noun ("the recent attacks", "long-planned talks") refers back to events told
            # elsewhere; it stands as an event only with a party or a count.
            events = [(e, scope) for (e, scope), trigger in zip(events, found)
                      if trigger.pos == "verb" or e.actor or e.target or e.quantities]
            for event, _scope in events:
                unit.cue(event.start, event.end, f"event:{event.code}", ctx.document.text[event.start:event.end])
                ctx.events.append(event)

    def finish(self) -> None:
        index = self.ctx.entity_index

        def merged_parties(event):   # events may name entities merged after they were found
            event.actor = index.find(event.actor)
            event.target = index.find(event.target)
            return event

        self.ctx.adjust("events", merged_parties)


def irrealis(trigger) -> bool:
    """Is the trigger negated, hypothetical, conditional, wished for or rumoured?"""
    words = _irrealis_words()
    nobody, marks = lexicon.words("no_one"), lexicon.words("irrealis_marks")
    # a modal of possibility, hypothesis, ability or obligation (not "will": future events stay)
    modals = lexicon.modals("hypothetical", "possibility", "ability", "obligation")
    node = trigger
    via_conj = False
    for _ in range(8):
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return True
            if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in nobody:
                return True  # "Nobody believes the Kremlin will back down"
            if child.dep_ == "aux" and child.lower_ in modals:
                return True
            if child.dep_ == "mark" and child.lower_ in marks:
                return True
            if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks for g in child.children):
                return True  # the consequence of "if ...": as hypothetical as the condition
        if node is not trigger and not via_conj and node.lemma_.lower() in words:
            return True
        if node.dep_ not in _CLIMB or node.head is node:
            return False
        # "appealed … and condemned": a conjoined verb shares modals and negation, not the
        # meaning of its neighbour
        via_conj = node.dep_ == "conj"
        node = node.head
    return False


def _event(ctx, unit, found: Trigger, places, dates, quantities, others):
    trigger, particle = found.token, found.particle
    actor_tok, target_tok = roles(trigger, found.pos)
    if particle is not None and particle.lower_ in lexicon.words("target_preps"):
        # "fired water cannon at a boat": the object of the pattern's preposition is the target
        pobj = pobj_of(particle)
        target_tok = pobj if pobj is not None and party_like(pobj) else target_tok
    actor = entity_for(ctx, unit, named(actor_tok), demonym_as_state=True)
    target = entity_for(ctx, unit, named(target_tok), demonym_as_state=True)
    if target == actor:
        target = None
    scope = scope_of(trigger)
    location, target_is_place = place_of(unit, places, scope, actor_tok, target_tok, trigger, found.code, others)
    if target_is_place:
        target = None  # "pushed into Rafah": a place, not a party
    date = date_of(dates, scope, trigger, others)
    start, end = unit.offsets(trigger)
    action = trigger.text + (" " + particle.text if particle is not None and particle.i == trigger.i + 1 else "")
    event = Event(
        id=ctx.next_id("ev"), sentence_id=unit.id, code=found.code, action=action,
        actor=actor, target=target,
        location=gazetteer.location(location.text, location.place) if location is not None else None,
        date=date.date if date is not None else None, date_text=date.text if date is not None else None,
        quantities=[q for q, last in quantities if last in scope],
        source_id=ctx.source_of(unit.id), certainty=unit.model.certainty,
        start=start, end=end, line=unit.model.line,
    )
    return event, scope
