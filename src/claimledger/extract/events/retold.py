"""A happening told again: the document's memory of what it already told.

A text tells one happening several times: the body after the headline, 'The meeting began at
3:07 p.m.' after 'The Council met on Monday', 'the Council had met' in a speech that recalls it,
'the attack' or 'the talks' named again. The per-sentence coder sees one sentence at a time, so
each telling was a row of its own; the gold codes the happening once (a restatement is left out
or optional). This pass, run once the document's events are all found (Events.finish, before
the analysis is assembled), keeps the first telling and drops a later one that

- has the same PLOVER type and is told as happened, on another line;
- names the happening, not a new one: a definite or possessive event noun with nothing of its
  own (no count, no date, no place, no clause; not 'another' or 'a second' one), or a past
  perfect verb of the same word ('had met' after 'met') with no date of its own; and
- names no other participants: its actor, target and place are unset or those of the earlier
  telling (two attacks on different places stay two); a verbal act (an accusation, a request)
  must name the same speaker, so acts of different sources stay apart.

A short verbless line among the document's first lines (a sub-headline, 'emergency meeting on
Kosovo') is the reverse: it names the happening the body tells next, so it is dropped when the
body tells one of its type with no conflicting participants.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Optional

from ... import lexicon

_DEFINITE = {"the", "this", "that", "these", "those"}
_POSSESSIVE = {"its", "their", "his", "her", "our"}
_OWN = {"nummod", "acl", "relcl", "appos"}
_PLACE_PREPS = {"in", "at", "near", "outside", "inside", "on"}
_HEADING_LINES = 3
# verbal acts: one speaker's act; another speaker's act of the type is another happening
_SPEECH = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"}


@dataclass
class Mention:
    id: str
    code: str
    line: int
    actor: Optional[str]
    target: Optional[str]
    place: Optional[str]
    word: str
    kind: str          # 'told' (a telling), 'again' (may name one told before), 'heading'


def _word(token) -> str:
    lemma = token.lemma_.lower()
    return lemma[:-3] if lemma.endswith("ing") and len(lemma) > 5 else lemma


def _dated_or_placed(token) -> bool:
    """A date, time or place inside the trigger's own phrase: details of its own."""
    for t in token.subtree:
        if t.i == token.i:
            continue
        if t.ent_type_ in ("DATE", "TIME"):
            return True
        if t.ent_type_ in ("GPE", "LOC", "FAC") and t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS:
            return True
    return False


def _new_participant(child) -> bool:
    """An 'of' phrase bringing in someone indefinite or counted ('of a night watchman', 'of two
    guards'): the noun names a happening of its own, not one told before."""
    if child.dep_ != "prep" or child.lower_ != "of":
        return False
    return any(o.dep_ == "pobj" and any(d.dep_ == "nummod" or d.dep_ == "det" and d.lower_ in ("a", "an") for d in o.children)
               for o in child.children)


def _named_again(token) -> bool:
    """'the meeting', 'the attack', 'its raid': a definite or possessive event noun with no
    count, clause, date or place of its own, not marked as another one."""
    if token.pos_ != "NOUN":
        return False
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE or c.dep_ == "poss" and c.lower_ in _POSSESSIVE for c in children):
        return False
    if any(c.dep_ in _OWN for c in children):
        return False
    if any(_new_participant(c) for c in children):
        return False            # "the murder of a night watchman": a victim not named before, another happening
    if any(c.lower_ in lexicon.words("another_happening_modifiers") for c in children if c.dep_ in ("amod", "det", "advmod")):
        return False
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.lower() in lexicon.words("telling_light_verbs"):
        return False            # "the union called the strike on 3 June": the strike told here
    if token.dep_ in ("nsubj", "nsubjpass", "dobj") and any(t.ent_type_ == "DATE" for t in head.subtree):
        return False            # a day of its own in its clause tells it ('The strike began on 3 June'); a clock
                                # time does not ('The meeting began at 3:07 p.m.')
    return not _dated_or_placed(token)


def _recap(token) -> bool:
    """'the Council had met': a past perfect verb with no date of its own."""
    if token.pos_ != "VERB" or token.tag_ != "VBN" or token.dep_ == "relcl":
        return False            # "supporters who had marched on the board": the clause tells who the act befell
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in token.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def _heading(token) -> bool:
    """An event noun in a short line set as a heading: no closing stop ('Security Council,
    emergency meeting on Kosovo (PM) - issued Tuesday 1 December')."""
    sent = token.sent
    return token.pos_ == "NOUN" and len(sent) <= 30 and not sent.text.rstrip().endswith((".", "!", "?", '"', "\u201d", ":"))


def mention_of(event, token, happened: bool) -> Optional[Mention]:
    """What the document needs to remember of one event (None for one not told as happened)."""
    if not happened:
        return None
    if event.line <= _HEADING_LINES and _heading(token):
        kind = "heading"
    elif _named_again(token):
        kind = "again"
    elif _recap(token):
        kind = "recap"
    else:
        kind = "told"
    place = event.location.name if event.location is not None and event.location.geo_precision != "country" else None
    return Mention(event.id, event.code, event.line, event.actor, event.target, place, _word(token), kind)


def _words(name: Optional[str]) -> set[str]:
    return {w for w in (name or "").lower().replace("'s", "").split() if w not in ("the", "of", "a", "an")}


def _fits(a: Optional[str], b: Optional[str], name: Callable = lambda x: None) -> bool:
    """No conflict: one side unnamed, the same entity, or names of which one holds the other's
    words ('the Assembly' and 'the Regional Assembly')."""
    if a is None or b is None or a == b:
        return True
    wa, wb = _words(name(a)), _words(name(b))
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _same_happening(later: Mention, first: Mention, find: Callable, name: Callable = lambda x: None) -> bool:
    if later.code != first.code or later.line == first.line:
        return False
    if later.kind == "recap" and later.word != first.word:
        return False            # 'had met' recalls a meeting told by 'met'; another verb may tell another act
    actor, first_actor = find(later.actor), find(first.actor)
    if later.code in _SPEECH and (actor is None or first_actor is None or not _fits(actor, first_actor, name)):
        return False            # a verbal act of another (or an unnamed) speaker stays its own
    return (_fits(actor, first_actor, name) and _fits(find(later.target), find(first.target), name)
            and _fits(later.place, first.place, lambda x: x))


def retold(mentions: Iterable[Mention], find: Callable = lambda x: x, name: Callable = lambda x: None) -> set[str]:
    """The ids of the events that tell again a happening the document told before (or, for a
    sub-headline, tells just after); `find` maps an entity id to the one it was merged into,
    `name` an entity id to its name."""
    mentions = [m for m in mentions if m is not None]
    out: set[str] = set()
    for i, m in enumerate(mentions):
        if m.kind in ("again", "recap"):
            if any(_same_happening(m, first, find, name) for first in mentions[:i] if first.id not in out and first.kind != "heading"):
                out.add(m.id)
        elif m.kind == "heading":
            if any(_same_happening(m, body, find, name) for body in mentions[i + 1:] if body.kind == "told"):
                out.add(m.id)
    return out
