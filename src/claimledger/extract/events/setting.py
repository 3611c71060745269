"""Where, when and how many: the place, date and quantities that belong to an event.

A place or date counts for an event when it sits in the event's clause (the trigger's subtree,
and for a noun the clause of its verb) and no other event of the sentence governs it first;
places must be where something happens (after a locative preposition, or a sea or region as
object), never a party ("strikes on Israel"). Casualty counts the parse leaves outside every
event go to the sentence's ASSAULT events.
"""
from __future__ import annotations

from ... import lexicon
from . import gazetteer
from .dates import is_duration, is_temporal
from .places import PlaceMention, is_locative

_CASUALTY_KINDS = {"killed", "wounded", "casualties"}
_PLACE_TAKERS = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}   # codes whose object may be a town


def scope_of(trigger) -> set[int]:
    """Token indices that belong to an event: the trigger's subtree, and for a noun that is an
    object or subject, the clause of its verb as well."""
    scope = {t.i for t in trigger.subtree}
    head = trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr") and head.pos_ in ("VERB", "AUX", "ADP"):
        scope |= {t.i for t in head.subtree}
    return scope


def _owned_elsewhere(token, trigger, others) -> bool:
    """Does a place or date belong to another event of the sentence ('who died yesterday in
    Gaza' inside the clause of 'attacked')? True when, going up from it, another trigger comes
    before this one."""
    node = token
    for _ in range(15):
        if node.i == trigger.i:
            return False
        if node.i in others:
            return True
        if node.head is node:
            return False
        node = node.head
    return False


def _clauses_between(token, trigger) -> int:
    """How many other verbs stand between a token and the trigger that governs it ('who died
    yesterday' inside the clause of 'attacked' belongs to 'died')."""
    count = 0
    node = token
    for _ in range(12):
        if node.i == trigger.i or node.head is node:
            break
        node = node.head
        if node.i != trigger.i and node.pos_ in ("VERB", "AUX") and node.dep_ != "aux":
            count += 1
    return count


def place_of(unit, places, scope, actor_tok, target_tok, trigger, code, others):
    """(the event's place or None, is the target that place) — 'shelled El Fasher': the town
    shelled is where it happened; 'pushed into Rafah': a place, not a party."""
    location = _location(unit, places, scope, {actor_tok}, trigger, code, others)
    target_place = next((m for m in places if target_tok is not None and _within(target_tok, m)), None)
    if target_place is None and target_tok is not None and code in _PLACE_TAKERS:
        target_place = _named_place(unit, target_tok)
    if target_place is not None and code in _PLACE_TAKERS and target_place.place.kind != "country" and (
            location is None or location.place.kind == "country"):
        location = target_place
    target_is_place = (location is not None and target_tok is not None and _within(target_tok, location)
                       and code != "ASSAULT")
    return location, target_is_place


def _location(unit, places, scope, party_tokens, trigger, code, others):
    """A place the event's clause puts it in ('in the Red Sea', 'patrols of the Golan Heights'),
    else one the sentence puts things in; never a party ('strikes on Israel')."""
    parties = {t.i for t in party_tokens if t is not None}
    doc = unit.span.doc
    places = [m for m in places if not _owned_elsewhere(doc[m.root_i], trigger, others)]
    inside = [m for m in places if m.root_i in scope and m.root_i not in parties and _where(m, doc, code)]
    if inside:
        return min(inside, key=lambda m: (_clauses_between(doc[m.root_i], trigger), m.place.kind == "country", m.start))
    doc = unit.span.doc
    outside = [m for m in places if is_locative(m, doc) and m.root_i not in parties]
    return outside[0] if outside else None


def _named_place(unit, token):
    """A town NER took for a person or organisation, as the object of shelling or capture
    ('shelled El Fasher'): the gazetteer decides."""
    ent = next((e for e in unit.span.ents if e.start <= token.i < e.end), None)
    if ent is None or ent.label_ not in ("ORG", "PERSON", "GPE", "LOC", "FAC"):
        return None
    place = gazetteer.find(ent.text)
    if place is None:
        return None
    start, end = unit.offsets(ent)
    return PlaceMention(ent.text, start, end, ent.start, ent.end, place)


def _where(mention, doc, code: str = "") -> bool:
    """Is the mention a place where something happens (object of a locative preposition, or a
    sea/region/city after 'of'), rather than a party or a modifier ('US bases')?"""
    root = doc[mention.token_start: mention.token_end].root
    while root.dep_ == "compound" and root.head is not root and mention.place.kind not in ("country", "city"):
        root = root.head  # "the Golan Heights corridor": the corridor is where
    if root.dep_ in ("dobj", "nsubjpass") and mention.place.kind not in ("country", "city"):
        return True  # "close the Strait of Hormuz", "the Red Sea was mined"
    if root.dep_ != "pobj":
        return False
    prep = root.head.lower_
    if prep == "of":
        return mention.place.kind != "country"
    if prep == "to":  # a destination for troops and ships; a recipient for letters and aid
        return code in ("MOBILIZE", "RETREAT", "ASSAULT") or mention.place.kind not in ("country", "city")
    return prep not in lexicon.words("non_locative_preps")


def _within(token, mention) -> bool:
    return mention.token_start <= token.i < mention.token_end


def date_of(dates, scope, trigger, others):
    doc = trigger.doc
    usable = [d for d in dates if not is_duration(d.text) and is_temporal(d.text)
              and not _owned_elsewhere(doc[d.token_end - 1], trigger, others)]
    inside = [d for d in usable if d.token_end - 1 in scope]
    if inside:
        return min(inside, key=lambda d: _clauses_between(doc[d.token_end - 1], trigger))
    return usable[0] if usable else None


def share_casualties(events, quantities) -> None:
    """Casualty counts outside every event's scope ('This left ~30 … killed') go to the
    sentence's ASSAULT events."""
    claimed = {id(q) for e, _ in events for q in e.quantities}
    loose = [q for q, _ in quantities if id(q) not in claimed and q.kind in _CASUALTY_KINDS]
    for event, _scope_ in events:
        if event.code == "ASSAULT":
            event.quantities.extend(loose)

