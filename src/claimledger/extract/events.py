"""Extractor: events coded to the 16 PLOVER types, with actor, target, place, date, quantities,
the source that reports them and that source's certainty.

A trigger is a verb or noun whose lemma (plus particle or object, where the pattern asks for
one) is in data/plover_patterns.tsv. Actor and target come from the dependency parse
(event_roles.py); place, date and counts from the event's clause (event_setting.py).
Events that the text does not assert as happening are left out: negated, under a modal of
possibility (could, would, might, may …), in a condition, a question, or governed by a word of
desire, intention or rumour (data/event_irrealis.txt). Future events with "will" stay.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..contract import Event
from ..resources import table, word_list
from . import gazetteer
from .aliases import state_of_demonym
from .context import Context, Window
from .dates import dates_in
from .entities import entity_for
from .event_roles import ACTOR_ENTS, TARGET_PREPS, named, party_like, roles
from .event_setting import date_of, place_of, scope_of, share_casualties
from .places import STATE_KEY as PLACES_KEY
from .quantities import quantities_in

_MODALS = {"could", "would", "might", "may", "should", "can", "must", "ca", "wo", "'d", "’d"}
_CONDITION_MARKS = {"if", "unless", "whether"}
_DIPLOMATIC_WORDS = {"diplomatic", "formal", "official", "strong", "strongly-worded"}
_COMPLAINT_VERBS = {"lodge", "file", "issue", "deliver", "send", "register", "submit", "hand"}
_NOBODY = {"nobody", "noone", "none", "neither", "nothing"}
_CLIMB = {"xcomp", "conj", "pobj", "prep", "dobj", "pcomp", "acl", "amod", "compound", "acomp", "advcl", "relcl", "nsubj",
          "nsubjpass", "attr", "appos", "oprd", "ccomp"}


@dataclass(frozen=True)
class Pattern:
    code: str
    pos: str
    lemma: str
    particle: Optional[str]
    objects: frozenset


@lru_cache(maxsize=1)
def patterns() -> dict[tuple[str, str], tuple[Pattern, ...]]:
    found: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
    for row in table("plover_patterns.tsv"):
        particle = row["particle"] if row["particle"] not in ("", "-") else None
        objects = frozenset(o.lower() for o in row["objects"].split("|")) if row["objects"] not in ("", "-") else frozenset()
        found[(row["pos"], row["lemma"].lower())].append(Pattern(row["code"], row["pos"], row["lemma"].lower(), particle, objects))
    # the most specific pattern (particle or object required) is tried first
    return {k: tuple(sorted(v, key=lambda p: (p.particle is None, not p.objects))) for k, v in found.items()}


@lru_cache(maxsize=1)
def _irrealis_words() -> frozenset:
    return frozenset(word_list("event_irrealis.txt"))


def extract(ctx: Context, window: Window) -> None:
    published = ctx.document.published
    places = ctx.window_state(PLACES_KEY)
    all_quantities = ctx.quantities
    for unit in window.sentences:
        if unit.section != "body":
            continue
        quantities = quantities_in(unit)
        all_quantities.extend(q for q, _ in quantities)
        if unit.model.kind in ("question", "appeal"):
            continue
        sentence_places = places.pop(unit.id, [])   # token indices die with the window
        events = []
        found = [t for t in triggers(unit.span) if not irrealis(t[0])]
        others = {t.i for t, _, _ in found}
        dates = dates_in(unit, published)
        for trigger, pattern, particle in found:
            events.append(_event(ctx, unit, trigger, pattern, particle, sentence_places,
                                 dates, quantities, others - {trigger.i}))
        share_casualties(events, quantities)
        # A bare noun ("the recent attacks", "long-planned talks") refers back to events told
        # elsewhere; it stands as an event only with a party or a count.
        events = [(e, scope) for (e, scope), (_t, pattern, _p) in zip(events, found)
                  if pattern.pos == "verb" or e.actor or e.target or e.quantities]
        for event, _scope in events:
            unit.cue(event.start, event.end, f"event:{event.code}", ctx.document.text[event.start:event.end])
            ctx.events.append(event)


def triggers(span):
    """(token, pattern, particle token or None) for each event trigger of a sentence."""
    found = list(_candidates(span))
    verbs = {token.i for token, pattern, _ in found if pattern.pos == "verb"}
    for token, pattern, particle in found:
        if pattern.pos == "noun" and token.dep_ in ("dobj", "nsubjpass") and token.head.i in verbs:
            continue  # "rejected the accusation", "hosted talks": the theme of another event
        yield token, pattern, particle


def _candidates(span):
    table_ = patterns()
    for token in span:
        pos = "verb" if token.pos_ == "VERB" else "noun" if token.pos_ == "NOUN" else None
        lemma = token.lemma_.lower()
        if pos is not None and token.i > 1 and token.nbor(-1).text in ("-", "‐", "–"):
            if token.dep_ in ("amod", "compound") or pos == "noun":
                continue  # "Iran-backed", "Panama-flagged": a description, not an event
            lemma = f"{token.nbor(-2).lower_}-{lemma}"   # "test-fired" -> test-fire
        if pos is None:
            continue
        if pos == "noun" and token.dep_ == "compound":
            continue  # "strike weapons", "escalation spiral": a modifier, not an event
        for pattern in table_.get((pos, lemma), ()):
            if pattern.code == "PROTEST" and pos == "noun" and _diplomatic(token):
                pattern = Pattern("ACCUSE", pattern.pos, pattern.lemma, None, frozenset())
            elif pattern.code == "ASSAULT" and pos == "verb" and _rioting(token):
                pattern = Pattern("PROTEST", pattern.pos, pattern.lemma, None, frozenset())
            particle = _particle(token, pattern.particle) if pattern.particle else None
            if pattern.particle and particle is None:
                continue
            if pattern.objects == {"party"}:
                if not _has_party_object(token):
                    continue
            elif pattern.objects and not (_object_lemmas(token) & pattern.objects):
                continue
            if pos == "noun" and _described(token):
                continue
            if _question_not_request(token, pattern) or _displaced_not_retreating(token, pattern):
                continue
            yield token, pattern, particle
            break


_WH = {"who", "what", "why", "how", "whether", "which", "when", "where", "if"}


def _question_not_request(token, pattern) -> bool:
    """"This brief asks who is behind the damage": asking a question is no REQUEST."""
    return pattern.code == "REQUEST" and token.lemma_.lower() == "ask" and any(
        c.dep_ == "ccomp" and token.doc[c.left_edge.i].lower_ in _WH for c in token.children)


_DISPLACEMENT_VERBS = {"flee", "leave", "evacuate", "abandon"}


@lru_cache(maxsize=1)
def _civilian_nouns() -> frozenset:
    return frozenset(word_list("civilian_nouns.txt"))


def _displaced_not_retreating(token, pattern) -> bool:
    """"100,000 residents fled", "eight million Venezuelans have left the country": civilians
    on the move are displaced; RETREAT is a force pulling back."""
    if pattern.code != "RETREAT" or token.lemma_.lower() not in _DISPLACEMENT_VERBS:
        return False      # "the Israelis withdrew" is still a force pulling back
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.like_num or subject is not None and subject.ent_type_ == "CARDINAL":
        # "Thousands of residents fled": the people are the object of "of"
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        subject = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if subject is None:
        return False
    if subject.lemma_.lower() in _civilian_nouns():
        return True
    # a plural demonym ("Venezuelans", "Karabakh Armenians") names a people, not an army
    return subject.tag_ in ("NNPS", "NNS") and state_of_demonym(subject.text) is not None


def _particle(token, word: str):
    for child in token.rights:  # "fired on the convoy", never a fronted "On Monday"
        if child.dep_ in ("prt", "prep", "advmod") and child.lower_ == word:
            return child
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt if nxt is not None and nxt.lower_ == word else None


def _diplomatic(noun) -> bool:
    """'lodged a formal protest', 'a diplomatic protest': a government's complaint (ACCUSE),
    not a demonstration in the street (PROTEST)."""
    if any(c.lemma_.lower() in _DIPLOMATIC_WORDS for c in noun.children if c.dep_ == "amod"):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _COMPLAINT_VERBS


_CROWDS = {"protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "marcher"}


def _rioting(verb) -> bool:
    """"Protesters attacked the embassies": PLOVER codes a riot as PROTEST, not ASSAULT."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _CROWDS


def _has_party_object(token) -> bool:
    """'warned Britain' (a threat to a party) rather than 'warned that exports could fall'."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ in ACTOR_ENTS or c.pos_ == "PROPN")
               for c in token.children)


def _described(noun) -> bool:
    """'the corridor deal is far shakier': a noun described by a copula is a topic, not an event."""
    head = noun.head
    return noun.dep_ == "nsubj" and head.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in head.children)


def _object_lemmas(token) -> set[str]:
    out = set()
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "dative"):
            out.add(child.lemma_.lower())
            out.add(child.lower_)
            out.update(c.lemma_.lower() for c in child.conjuncts)
    if token.dep_ in ("acl", "relcl", "amod"):
        out.add(token.head.lemma_.lower())  # "the missiles fired at ...", "the letter delivered"
    return out


def irrealis(trigger) -> bool:
    """Is the trigger negated, hypothetical, conditional, wished for or rumoured?"""
    words = _irrealis_words()
    node = trigger
    via_conj = False
    for _ in range(8):
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return True
            if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in _NOBODY:
                return True  # "Nobody believes the Kremlin will back down"
            if child.dep_ == "aux" and child.lower_ in _MODALS:
                return True
            if child.dep_ == "mark" and child.lower_ in _CONDITION_MARKS:
                return True
            if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CONDITION_MARKS for g in child.children):
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


def _event(ctx, unit, trigger, pattern, particle, places, dates, quantities, others):
    actor_tok, target_tok = roles(trigger, pattern.pos)
    if particle is not None and particle.lower_ in TARGET_PREPS:
        # "fired water cannon at a boat": the object of the pattern's preposition is the target
        pobj = next((c for c in particle.children if c.dep_ == "pobj"), None)
        target_tok = pobj if pobj is not None and party_like(pobj) else target_tok
    actor = entity_for(ctx, unit, named(actor_tok), demonym_as_state=True)
    target = entity_for(ctx, unit, named(target_tok), demonym_as_state=True)
    if target == actor:
        target = None
    scope = scope_of(trigger)
    location, target_is_place = place_of(unit, places, scope, actor_tok, target_tok, trigger, pattern.code, others)
    if target_is_place:
        target = None  # "pushed into Rafah": a place, not a party
    date = date_of(dates, scope, trigger, others)
    start, end = unit.offsets(trigger)
    action = trigger.text + (" " + particle.text if particle is not None and particle.i == trigger.i + 1 else "")
    event = Event(
        id=ctx.next_id("ev"), sentence_id=unit.id, code=pattern.code, action=action,
        actor=actor, target=target,
        location=gazetteer.location(location.text, location.place) if location is not None else None,
        date=date.date if date is not None else None, date_text=date.text if date is not None else None,
        quantities=[q for q, last in quantities if last in scope],
        source_id=ctx.source_of(unit.id), certainty=unit.model.certainty,
        start=start, end=end, line=unit.model.line,
    )
    return event, scope
