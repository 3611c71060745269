"""Extractor (issue 13 event coding, phase 1): events coded to the 16 PLOVER types with their
mode, factuality, actor, target, instruments, place (geocoded with country, ISO code, first-level
division and precision), date (with precision, undated mark, publication-date fallback) and
casualty counts read from number words of every form.

It reads the window's sentences and writes ctx.events and ctx.quantities, like `events`, which
it is meant to replace (run it with CLAIMLEDGER_EXTRACTORS=...,events_next in place of events).
Steps per sentence: triggers (event_triggers) -> parties (event_parties) -> literal or
figurative (event_kinetic) -> factuality (event_factuality) -> one event per happening (triggers
of one type bound in one clause are one event, its toll counted once) -> casualties
(event_tolls), place (geocode), date (event_dates).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..contract import Event, Quantity
from . import geocode
from .context import AUTHOR_ID, Context, Window
from .dates import dates_in
from .entities import entity_for
from .event_dates import event_date
from .event_factuality import factuality, is_cue
from .event_kinetic import recode
from .event_parties import parties
from .event_lexicon import party_kind, word_class
from .event_setting import scope_of
from .event_tolls import Casualty, casualties
from .event_triggers import find
from .quantities import quantities_in

HAPPENED = ("asserted", "reported")
# Verbal events are the speech act itself: a sentence attributed to their speaker tells that the
# speaker spoke (the author asserts it); only material events inside someone's report are 'reported'.
_VERBAL = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "CONCEDE", "CONSULT"}
_VIOLENT = {"ASSAULT"}
_MERGE_DEPS = {"advcl", "conj", "xcomp", "relcl", "acl", "prep", "pobj", "dobj", "pcomp", "nsubj", "nsubjpass", "ccomp"}
_LOCATIVE = {"in", "into", "near", "at", "across", "inside", "outside", "around", "off", "from", "through",
             "throughout", "within", "over", "on", "along", "between", "toward", "towards", "of"}
_NOT_WHERE = {"by", "with", "against", "for", "about", "like", "than", "as", "to"}


@dataclass
class Draft:
    token: object
    code: str
    mode: Optional[str]
    particle: object
    actor: object
    target: object
    instruments: list[str]
    factuality: str
    scope: set[int]
    casualties: list[Casualty] = field(default_factory=list)
    merged: list = field(default_factory=list)     # tokens of triggers folded into this one


def extract(ctx: Context, window: Window) -> None:
    published = ctx.document.published
    body = [u for u in window.sentences if u.section == "body"]
    countries = geocode.context_countries(e for u in body for e in u.span.ents)
    line_words: dict[int, set[str]] = {}
    for unit in body:
        line_words.setdefault(unit.model.line, set()).update(t.lower_ for t in unit.span)
    last_violent: dict[int, Event] = {}
    for unit in body:
        quantities = quantities_in(unit)
        ctx.quantities.extend(q for q, _ in quantities)
        if unit.model.kind in ("question", "appeal"):
            continue
        attributed = ctx.source_of(unit.id) not in (None, AUTHOR_ID)
        drafts = _drafts(unit, line_words.get(unit.model.line, set()), attributed)
        drafts = _one_per_happening(drafts)
        found = casualties(unit.span)
        earlier = last_violent.get(unit.model.line)
        drafts, toll_only = _tolls_of_one_happening(drafts, earlier is not None)
        places = geocode.mentions(unit, countries)
        dates = dates_in(unit, published)
        if earlier is not None:
            drafts, went_on = _same_happening_goes_on(ctx, unit, drafts, earlier, places, dates)
            toll_only = toll_only or went_on
        _share_casualties(drafts, found)
        if (toll_only or not drafts) and found and earlier is not None:
            _add_later_toll(earlier, [c for c in found if not any(c.anchor in d.scope for d in drafts)], unit)
        others = {d.token.i for d in drafts}
        for draft in drafts:
            event = _event(ctx, unit, draft, places, dates, quantities, others - {draft.token.i}, published)
            unit.cue(event.start, event.end, f"event:{event.code}", ctx.document.text[event.start:event.end])
            ctx.events.append(event)
            if event.code in _VIOLENT or event.mode == "riot":
                last_violent[unit.model.line] = event


def _drafts(unit, context: set[str], attributed: bool) -> list[Draft]:
    out = []
    for trigger in find(unit.span, frozenset(context)):
        who = parties(trigger)
        code = recode(trigger.token, trigger.code, who.actor, who.target)
        if code is None:
            continue
        mode = trigger.mode if code == trigger.code else None
        if who.riot and code == "ASSAULT":
            code, mode = "PROTEST", "riot"
        fact = factuality(trigger.token, attributed=attributed and code not in _VERBAL)
        out.append(Draft(trigger.token, code, mode, trigger.particle, who.actor, who.target, who.instruments, fact,
                         scope_of(trigger.token)))
    return out


def _linked(a, b) -> bool:
    """Is trigger b bound to trigger a in one clause ('ambushed ..., killing', 'struck back and
    killed', 'killed in a raid', 'an airstrike that killed')? b is under a within three steps."""
    node = b
    for _ in range(3):
        if node.dep_ not in _MERGE_DEPS or node.head is node:
            return False
        node = node.head
        if node.i == a.i:
            return True
    return False


def _one_per_happening(drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for draft in drafts:
        home = next((d for d in out if d.code == draft.code and d.factuality == draft.factuality and (
            _linked(d.token, draft.token) or _linked(draft.token, d.token))), None)
        if home is None:
            out.append(draft)
            continue
        victim = next((d.target for d in (home, draft) if d.actor is None and d.target is not None), None)
        fighter = next((d for d in (home, draft) if d.actor is not None), None)
        if victim is not None and fighter is not None and fighter.actor.i == victim.i and fighter.target is not None:
            # "a man was killed after exchanging fire with police": the other side killed him
            home.actor, home.target = fighter.target, victim
        else:
            home.actor = home.actor or draft.actor
            home.target = home.target or draft.target
        home.mode = home.mode or draft.mode
        home.instruments.extend(i for i in draft.instruments if i not in home.instruments)
        home.scope |= draft.scope
        home.merged.append(draft.token)
    return out


_CASUALTY_TRIGGERS = {"kill", "die", "wound", "injure", "death", "casualty", "find", "shoot", "hurt"}


def _toll_only(draft: Draft) -> bool:
    """'14 militants were killed in the fight', 'one man died': a count of the dead, no new act."""
    return (draft.code in _VIOLENT and draft.actor is None and draft.factuality in HAPPENED
            and draft.token.lemma_.lower() in _CASUALTY_TRIGGERS)


def _tolls_of_one_happening(drafts: list[Draft], earlier: bool) -> tuple[list[Draft], bool]:
    """A sentence's deaths with no author belong to the violent event beside them, or to the one
    the paragraph told just before: one event per happening, its toll counted once. Returns the
    drafts left and whether some were folded into the earlier event."""
    violent = [d for d in drafts if (d.code in _VIOLENT or d.mode == "riot") and not _toll_only(d)]
    kept, folded = [], False
    for draft in drafts:
        if _toll_only(draft) and (violent or earlier):
            if violent:
                violent[0].scope |= draft.scope
                violent[0].target = violent[0].target or draft.target
            else:
                folded = True
            continue
        kept.append(draft)
    return kept, folded


def _same_happening_goes_on(ctx, unit, drafts: list[Draft], earlier: Event, places, dates) -> tuple[list[Draft], bool]:
    """'Al Shabaab militants attacked a base ... After heavy gunfire, the militants retreated and
    claimed to have killed one soldier.': a violent act by the same actor (or by no one named)
    in a later sentence of the paragraph, with no place or date of its own, is the same
    happening going on; its toll goes to the event already told."""
    kept, went_on = [], False
    for draft in drafts:
        if (draft.code in _VIOLENT and draft.factuality in HAPPENED and earlier.factuality in HAPPENED
                and not any(m.root_i in draft.scope for m in places) and not any(d.token_end - 1 in draft.scope for d in dates)):
            actor = entity_for(ctx, unit, draft.actor, demonym_as_state=True) if draft.actor is not None else None
            if actor is None and draft.target is None or actor is not None and actor == earlier.actor:
                went_on = True
                continue
        kept.append(draft)
    return kept, went_on


def _share_casualties(drafts: list[Draft], found: list[Casualty]) -> None:
    """Each count goes to the violent event whose clause holds its casualty word, else to the
    sentence's first violent event."""
    violent = [d for d in drafts if d.code in _VIOLENT or d.mode == "riot"]
    if not violent:
        return
    for c in found:
        home = next((d for d in violent if c.anchor in d.scope), violent[0])
        home.casualties.append(c)


def _killed(found: list[Casualty]) -> list[Casualty]:
    killed = [c for c in found if c.kind == "killed"]
    coded = [c for c in killed if c.coded]
    if coded:
        return coded[:1]           # ACLED-style notes: the coder's own figure
    summary = [c for c in killed if c.summary]
    return summary[:1] if summary and len(summary) < len(killed) and _only_summaries_after(killed) else killed


def _only_summaries_after(killed: list[Casualty]) -> bool:
    first_summary = next(i for i, c in enumerate(killed) if c.summary)
    return all(c.summary for c in killed[first_summary:])


def _quantity(c: Casualty, unit) -> Quantity:
    doc = unit.span.doc
    start, end = unit.offsets(doc[c.first: c.last + 1])
    return Quantity(kind=c.kind, value=c.value, low=c.low, high=c.high, approximate=c.approximate,
                    text=doc[c.first: c.last + 1].text, start=start, end=end)


def _add_later_toll(event: Event, found: list[Casualty], unit) -> None:
    """A toll told in a later sentence of the same paragraph ('1 soldier was killed.', '3
    fatalities.'): a total replaces the event's count, a further group adds to it."""
    killed = _killed(found)
    if not killed:
        return
    has = [q for q in event.quantities if q.kind == "killed"]
    if has and any(c.summary for c in killed):
        event.quantities[:] = [q for q in event.quantities if q.kind != "killed"]
    event.quantities.extend(_quantity(c, unit) for c in killed)


def _event(ctx, unit, draft: Draft, places, dates, quantities, others, published) -> Event:
    token = draft.token
    actor = entity_for(ctx, unit, draft.actor, demonym_as_state=True) if draft.actor is not None else None
    target = entity_for(ctx, unit, draft.target, demonym_as_state=True) if draft.target is not None else None
    if target == actor:
        target = None
    mention = _place(unit, draft, places, others)
    when = event_date(_date(dates, draft, others), published, draft.factuality in HAPPENED)
    start, end = unit.offsets(token)
    particle = draft.particle
    action = token.text + (" " + particle.text if particle is not None and particle.i == token.i + 1 else "")
    tolls = [_quantity(c, unit) for c in _killed(draft.casualties)]
    tolls += [_quantity(c, unit) for c in draft.casualties if c.kind == "wounded"]
    other = [q for q, last in quantities if last in draft.scope and q.kind not in ("killed", "wounded")]
    return Event(
        id=ctx.next_id("ev"), sentence_id=unit.id, code=draft.code, action=action, actor=actor, target=target,
        location=geocode.location(mention) if mention is not None else None,
        date=when.date, date_text=when.text, date_precision=when.precision, date_from_published=when.from_published,
        quantities=tolls + other, source_id=ctx.source_of(unit.id), certainty=unit.model.certainty,
        start=start, end=end, line=unit.model.line, factuality=draft.factuality, mode=draft.mode,
        instruments=list(dict.fromkeys(draft.instruments)))


def _place(unit, draft: Draft, places, others):
    """The place the event's clause puts it in; else a place the sentence puts an act in (never
    one that only qualifies a noun: 'brokers in London', 'analysts in Dakar'); never a party."""
    doc = unit.span.doc
    parties_ = {t.i for t in (draft.actor, draft.target) if t is not None and draft.code != "ASSAULT"}
    usable = [m for m in places if not _owned_elsewhere(doc[m.root_i], draft.token, others)]
    inside = [m for m in usable if m.root_i in draft.scope and m.root_i not in parties_ and _where(m, doc, draft)]
    if inside:
        rank = {"place": 0, "district": 1, "region": 2, "country": 3}
        return min(inside, key=lambda m: (_clauses_between(doc[m.root_i], draft.token),
                                          rank.get(m.candidates[0].precision, 2), m.start))
    outside = [m for m in usable if m.root_i not in parties_ and _verbal_locative(m, doc)]
    if outside:
        return outside[0]
    # the parse broke the clause ('Mozambique's military re-captured Quissanga (Cabo Delgado)'):
    # a place of the sentence that qualifies no person or report, the most specific first
    rest = [m for m in usable if m.root_i not in parties_ and not _qualifies_a_party(m, doc, draft)]
    rank = {"place": 0, "district": 1, "region": 2, "country": 3}
    return min(rest, key=lambda m: (rank.get(m.candidates[0].precision, 2), m.start)) if rest else None


def _qualifies_a_party(mention, doc, draft: Draft) -> bool:
    root = _root(mention, doc)
    if root.dep_ != "pobj":
        return False
    holder = root.head.head
    participants = {t.i for t in (draft.actor, draft.target) if t is not None}
    return holder.pos_ in ("NOUN", "PROPN") and holder.i not in participants and (
        holder.lemma_.lower() not in word_class("force_target"))


def _date(dates, draft: Draft, others):
    """A date of the event's clause; else one of a clause governing it that is no report
    ('the governor said on Wednesday' dates the saying, not the attack)."""
    from .dates import is_duration, is_temporal

    doc = draft.token.doc
    usable = [d for d in dates if not is_duration(d.text) and is_temporal(d.text)
              and not _owned_elsewhere(doc[d.token_end - 1], draft.token, others)]
    usable = [_with_day(d, doc) for d in usable]
    inside = [d for d in usable if d.token_end - 1 in draft.scope]
    if inside:
        return min(inside, key=lambda d: _clauses_between(doc[d.token_end - 1], draft.token))
    ancestors = {t.i: t for t in draft.token.ancestors}
    for d in usable:
        head = doc[d.token_end - 1]
        for _ in range(4):
            head = head.head
            if head.i in ancestors:
                if not _is_reporting(head) or d.token_end - 1 < _subject_start(head):
                    return d          # a fronted date ('On 5 May, it was reported that ...') sets the scene
                break
            if head.head is head:
                break
    return None


def _with_day(mention, doc):
    """'Around 4 May 2020', where NER took only 'May 2020': the day number before it belongs to it."""
    import dataclasses
    import re

    before = doc[mention.token_start - 1] if mention.token_start > 0 else None
    if before is not None and re.fullmatch(r"\d{1,2}", before.text) and re.fullmatch(r"[A-Za-z]+\.? \d{4}", mention.text):
        from .dates import resolve

        text = f"{before.text} {mention.text}"
        return dataclasses.replace(mention, text=text, token_start=mention.token_start - 1, date=resolve(text, None))
    return mention


def _subject_start(verb) -> int:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subject.left_edge.i if subject is not None else verb.i


def _is_reporting(token) -> bool:
    return is_cue(token.lemma_.lower(), "reporting")


def _root(mention, doc):
    return doc[mention.token_start: mention.token_end].root


def _where(mention, doc, draft: Draft) -> bool:
    root = _root(mention, doc)
    while root.dep_ in ("compound", "appos", "conj") and root.head is not root and root.head.i != draft.token.i:
        root = root.head
    if draft.target is not None and mention.token_start <= draft.target.i < mention.token_end:
        return True                                # "shelled El Fasher": the town shelled is where
    if root.dep_ in ("dobj", "nsubjpass") and mention.candidates[0].precision != "country":
        return True
    if root.dep_ != "pobj":
        return root.dep_ in ("npadvmod",)
    prep = root.head.lower_
    holder = root.head.head
    participants = {t.i for t in (draft.actor, draft.target) if t is not None}
    if holder.pos_ in ("NOUN", "PROPN") and holder.i != draft.token.i and holder.i not in participants and (
            party_kind(holder.lemma_) is not None or holder.lower_ in word_class("reporting_noun") or holder.ent_type_ in ("PERSON", "ORG")):
        return False                               # "sources in Mopti", "analysts in Dakar", a party elsewhere
    if prep == "of":
        return mention.candidates[0].precision != "country"
    if prep == "to":
        return draft.code in ("MOBILIZE", "RETREAT", "ASSAULT", "CONSULT")
    return prep in _LOCATIVE and prep not in _NOT_WHERE


def _verbal_locative(mention, doc) -> bool:
    root = _root(mention, doc)
    return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE - {"of", "from", "to"} and root.head.head.pos_ in ("VERB", "AUX")


def _owned_elsewhere(token, trigger, others) -> bool:
    """Does a place or date belong to another event of the sentence ('who died yesterday' inside
    the clause of 'attacked')? Not when that event governs this one ('On 28 April, forces
    arrested and beat ...': the date of 'arrested' dates 'beat' too)."""
    governors = {t.i for t in trigger.ancestors}
    node = token
    for _ in range(15):
        if node.i == trigger.i:
            return False
        if node.i in others and node.i not in governors:
            return True
        if node.head is node:
            return False
        node = node.head
    return False


def _clauses_between(token, trigger) -> int:
    count = 0
    node = token
    for _ in range(12):
        if node.i == trigger.i or node.head is node:
            break
        node = node.head
        if node.i != trigger.i and node.pos_ in ("VERB", "AUX") and node.dep_ != "aux":
            count += 1
    return count
