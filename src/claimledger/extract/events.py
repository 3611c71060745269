"""Extractor: events coded to the 16 PLOVER types, with actor, target, place, date, quantities,
the source that reports them and that source's certainty.

A trigger is a verb or noun whose lemma (plus particle or object, where the pattern asks for
one) is in data/plover_patterns.tsv. Roles come from the dependency parse:
- verbs: the subject is the actor and the object the target; in the passive ("was attacked by
  the Houthis") the agent is the actor and the subject the target; a verb without a subject of
  its own takes the one of the verb it completes ("was said to be attacked", "were able to
  trigger") or the noun a relative or participle clause modifies;
- nouns ("the strikes on US bases", "a two-month pause", "talks between A and B"): the
  possessor, "by X", or a name compounded with the noun is the actor, or else the subject of
  the verb the noun is the object of ("Russia will begin patrols"); "on/against/with X" is the
  target.
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
from .context import Context, SentenceUnit, Window
from .dates import dates_in, is_duration, is_temporal
from .entities import entity_for
from .places import STATE_KEY as PLACES_KEY
from .quantities import quantities_in

_MODALS = {"could", "would", "might", "may", "should", "can", "must", "ca", "wo", "'d", "’d"}
_CONDITION_MARKS = {"if", "unless", "whether"}
_DIPLOMATIC_WORDS = {"diplomatic", "formal", "official", "strong", "strongly-worded"}
_COMPLAINT_VERBS = {"lodge", "file", "issue", "deliver", "send", "register", "submit", "hand"}
_NOBODY = {"nobody", "noone", "none", "neither", "nothing"}
_TARGET_PREPS = {"on", "against", "at", "into", "with", "toward", "towards", "upon", "to"}
_CLIMB = {"xcomp", "conj", "pobj", "prep", "dobj", "pcomp", "acl", "amod", "compound", "acomp", "advcl", "relcl", "nsubj",
          "nsubjpass", "attr", "appos", "oprd", "ccomp"}
# Nouns for the organs of a state or force: "the Iraqi government", "IOF soldiers" name their state or force.
_STATE_ORGANS = {"soldier", "troop", "force", "army", "military", "navy", "police", "government", "official", "minister",
                 "ministry", "embassy", "ambassador", "administration", "authority", "officer", "personnel", "leadership"}
# Nouns that can act (or be acted on) although NER does not name them.
_PERSONNEL = _STATE_ORGANS | {"fighter", "unit", "base", "ship", "vessel", "convoy", "position", "outpost", "militia",
                              "group", "faction", "brigade", "militant", "rebel", "protester", "office"}
_NON_LOCATIVE = {"by", "with", "between", "against", "on", "upon", "for", "about", "like", "than", "as", "to"}
_CASUALTY_KINDS = {"killed", "wounded", "casualties"}
_MOVERS = {"withdrawal", "retreat", "pullout", "evacuation", "deployment", "mobilization", "mobilisation", "surrender",
           "buildup", "build-up", "release"}
_VICTIM_SUBJECT = {"die", "perish"}
_PLACE_TAKERS = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}   # codes whose object may be a town
_ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


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
    places = ctx.state.get(PLACES_KEY, {})
    all_quantities = ctx.state.setdefault("quantities", [])
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
        _share_casualties(events, quantities)
        # A bare noun ("the recent attacks", "long-planned talks") refers back to events told
        # elsewhere; it stands as an event only with a party or a count.
        events = [(e, scope) for e, scope in events
                  if not _is_bare_noun(e, unit) or e.actor or e.target or e.quantities]
        ctx.events.extend(e for e, _ in events)


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
                continue  # "Iranian-backed", "US-flagged": a description, not an event
            lemma = f"{token.nbor(-2).lower_}-{lemma}"   # "test-fired" -> test-fire
        if pos is None:
            continue
        if pos == "noun" and token.dep_ == "compound":
            continue  # "strike weapons", "escalation spiral": a modifier, not an event
        for pattern in table_.get((pos, lemma), ()):
            if pattern.code == "PROTEST" and pos == "noun" and _diplomatic(token):
                pattern = Pattern("ACCUSE", pattern.pos, pattern.lemma, None, frozenset())
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
            yield token, pattern, particle
            break


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


def _has_party_object(token) -> bool:
    """'warned Britain' (a threat to a party) rather than 'warned that exports could fall'."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ in _ACTOR_ENTS or c.pos_ == "PROPN")
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
    actor_tok, target_tok = roles(trigger, pattern)
    if particle is not None and particle.lower_ in _TARGET_PREPS:
        # "fired water cannon at a boat": the object of the pattern's preposition is the target
        pobj = next((c for c in particle.children if c.dep_ == "pobj"), None)
        target_tok = pobj if pobj is not None and _party_like(pobj) else target_tok
    actor = entity_for(ctx, unit, _named(actor_tok), demonym_as_state=True)
    target = entity_for(ctx, unit, _named(target_tok), demonym_as_state=True)
    if target == actor:
        target = None
    scope = _scope(trigger)
    location = _location(unit, places, scope, {actor_tok}, trigger, pattern.code, others)
    target_place = next((m for m in places if target_tok is not None and _within(target_tok, m)), None)
    if target_place is None and target_tok is not None and pattern.code in _PLACE_TAKERS:
        target_place = _named_place(unit, target_tok)
    if target_place is not None and pattern.code in _PLACE_TAKERS and target_place.place.kind != "country" and (
            location is None or location.place.kind == "country"):
        location = target_place  # "shelled El Fasher": the town shelled is where it happened
    if location is not None and target_tok is not None and _within(target_tok, location) and pattern.code != "ASSAULT":
        target = None  # "press into Khan Younis": a place, not a party
    date = _date(dates, scope, trigger, others)
    start, end = unit.offsets(trigger)
    action = trigger.text + (" " + particle.text if particle is not None and particle.i == trigger.i + 1 else "")
    unit.cue(start, end, f"event:{pattern.code}", trigger.text)
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


# -- roles ------------------------------------------------------------------------------------
def roles(trigger, pattern: Pattern):
    """(actor token, target token) of a trigger; either may be None."""
    if pattern.pos == "verb":
        return _verb_roles(trigger)
    return _noun_roles(trigger)


def _verb_roles(verb):
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    agent_obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    subject, subject_passive = _subject(verb)
    # A bare participle ("~24 soldiers killed", "the ship seized") is passive; a finite verb
    # that the tagger called VBN is not.
    participle = verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod", "pcomp", "advcl", "xcomp", "ccomp") and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    passive = subject_passive or agent is not None or any(c.dep_ == "auxpass" for c in verb.children) or participle
    obj = _object(verb)
    recipient = _prep_object(verb, "to")
    if recipient is not None and obj is not None and obj.lemma_.lower() in ("letter", "message", "memo", "note", "proposal", "invitation", "aid", "weapon", "arm", "assistance"):
        obj = recipient  # "delivered a letter to the minister": the minister is the party
    if passive:
        return agent_obj, subject if subject is not None else obj
    subject = _through_quantifier(subject) if subject is not None else None
    obj = obj if obj is None or _party_like(obj) else None
    if verb.lemma_.lower() in _VICTIM_SUBJECT:
        return None, subject  # "soldiers died": the dead are the target, the killer is unnamed
    return subject, obj


def _subject(verb):
    """(subject token, is it the verb's own passive subject) for a verb, looking through the
    verbs it completes ('was said to be attacked', 'is reported to have delivered') and the
    noun a relative or participle clause modifies ('a statement denying' -> who released it)."""
    node = verb
    for _ in range(6):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subjects:
            # the subject nearest the verb ("Reuters, citing officials: 14 sailors were injured")
            child = max(subjects, key=lambda c: (c.i < node.i, c.i if c.i < node.i else -c.i))
            if child.lower_ in ("that", "which", "who") and node.dep_ == "relcl":
                return node.head, False
            return child, child.dep_ == "nsubjpass" and node is verb
        if node.dep_ == "relcl":
            return node.head, False
        if node.dep_ == "acl":
            holder = _agentive(node.head)
            if holder is not None:
                return holder, node.tag_ == "VBN" and node is verb
            node = node.head.head if node.head.dep_ in ("dobj", "pobj") else node.head
            continue
        if node.dep_ in ("xcomp", "conj", "acomp", "advcl", "pcomp", "ccomp", "prep") and node.head is not node:
            node = node.head
            continue
        break
    return None, False


def _agentive(noun):
    """A noun that can act (a name, a group, its owner) rather than an abstraction such as
    'statement' or 'readiness'; its possessor when it has one."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return None if poss.pos_ == "PRON" else poss
    if noun.ent_type_ or noun.pos_ == "PROPN" or noun.lemma_.lower() in _PERSONNEL:
        return noun
    return None


def _object(verb):
    for child in verb.children:
        if child.dep_ in ("dobj", "dative"):
            return _through_quantifier(child)
    for child in verb.children:
        if child.dep_ in ("prep", "prt") and child.lower_ in _TARGET_PREPS:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _party_like(token) -> bool:
    """Can this token be a party to an event (not a date, an amount or an adverb)?"""
    return token.pos_ in ("NOUN", "PROPN", "PRON") and token.ent_type_ not in ("DATE", "TIME", "CARDINAL", "PERCENT", "MONEY")


def _prep_object(verb, word: str):
    for child in verb.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == word:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _through_quantifier(token):
    """'many of its brigades' -> brigades."""
    if token.pos_ in ("PRON", "NUM", "ADJ", "DET") or token.lemma_.lower() in ("many", "some", "most", "all", "dozen", "thousand", "hundred", "dozens", "thousands", "hundreds", "scores"):
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return token


def _noun_roles(noun):
    actor = target = None
    for child in noun.children:
        if child.dep_ == "poss" and actor is None:
            actor = child
        elif child.dep_ == "prep":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if child.lower_ == "by" and actor is None:
                actor = pobj
            elif child.lower_ == "between":
                actor = pobj
                target = next(iter(pobj.conjuncts), None)
            elif child.lower_ in _TARGET_PREPS or (child.lower_ == "of" and noun.lemma_ in ("death", "killing", "massacre", "assassination")):
                target = target or _through_quantifier(pobj)
            elif child.lower_ == "of" and noun.lemma_ in _MOVERS and actor is None:
                actor = pobj  # "the withdrawal of US forces": the forces withdraw
    if actor is None:
        for child in noun.lefts:
            if child.dep_ in ("compound", "amod", "nmod") and (child.ent_type_ in _ACTOR_ENTS or (child.pos_ == "PROPN" and not child.ent_type_)):
                actor = child
    holder = _amount_holder(noun)
    if actor is None and holder.dep_ in ("dobj", "nsubjpass", "attr") and holder.head.pos_ in ("VERB", "AUX"):
        head = holder.head
        subject, passive = _subject(head)
        if subject is not None and subject.i != noun.i and not passive:
            actor = subject
    return actor, target


def _amount_holder(noun):
    """'$75 million in aid', 'a package of sanctions': the amount or container noun that
    stands in the clause for the event noun."""
    node = noun
    for _ in range(2):
        if node.dep_ == "pobj" and node.head.lower_ in ("in", "of") and node.head.head.pos_ in ("NOUN", "NUM", "SYM"):
            node = node.head.head
            while node.dep_ in ("compound", "nummod", "quantmod") and node.head is not node:
                node = node.head
        else:
            break
    return node


def _named(token):
    """Prefer the name in apposition or compounded with a generic noun ('a ship, the X';
    'IOF soldiers' -> IOF)."""
    if token is None:
        return None
    for child in token.children:
        if child.dep_ == "appos" and (child.ent_type_ or child.pos_ == "PROPN"):
            return child
    if token.lemma_.lower() in _STATE_ORGANS:
        for child in token.lefts:
            if child.dep_ in ("compound", "amod", "npadvmod") and child.ent_type_ in ("ORG", "GPE", "NORP"):
                return child
    return token


# -- place, date, quantities ------------------------------------------------------------------
def _scope(trigger) -> set[int]:
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
    from .places import is_locative

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
    from .places import PlaceMention

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
    return prep not in _NON_LOCATIVE


def _within(token, mention) -> bool:
    return mention.token_start <= token.i < mention.token_end


def _date(dates, scope, trigger, others):
    doc = trigger.doc
    usable = [d for d in dates if not is_duration(d.text) and is_temporal(d.text)
              and not _owned_elsewhere(doc[d.token_end - 1], trigger, others)]
    inside = [d for d in usable if d.token_end - 1 in scope]
    if inside:
        return min(inside, key=lambda d: _clauses_between(doc[d.token_end - 1], trigger))
    return usable[0] if usable else None


def _is_bare_noun(event, unit) -> bool:
    token = next((t for t in unit.span if unit.offsets(t) == (event.start, event.end)), None)
    return token is not None and token.pos_ == "NOUN"


def _share_casualties(events, quantities) -> None:
    """Casualty counts outside every event's scope ('This led to ~24 … killed') go to the
    sentence's ASSAULT events."""
    claimed = {id(q) for e, _ in events for q in e.quantities}
    loose = [q for q, _ in quantities if id(q) not in claimed and q.kind in _CASUALTY_KINDS]
    for event, _scope_ in events:
        if event.code == "ASSAULT":
            event.quantities.extend(loose)
