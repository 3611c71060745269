"""Who does what to whom, kept to actor-like phrases: the actor and target of a trigger from the
dependency parse (event_roles.roles: subjects, objects, passive agents, the victims of a passive
or of 'died' as targets), then

- an actor must be a person, group, force, state or organisation: a name, or a noun whose kind
  (data/event_party_nouns.tsv) is one of those; abstract nouns ('this phase', 'hostilities')
  are no actors, and a weapon ('a missile hit', 'Malian drones killed') is an instrument, recorded
  apart, whose owner ('Malian', 'US') is the actor when the phrase names one;
- a target may also be a site ('a police post', 'the market');
- a crowd's violence (a mob, residents, two groups of villagers, two rival groups, community
  members) is a riot, which PLOVER codes PROTEST with mode riot, not ASSAULT (ACLED: mob violence
  by people who are not an armed organisation).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ... import lexicon
from .vocabulary import party_kind, word_class
from .roles import named, roles

_NAMED = ("PERSON", "ORG", "GPE", "NORP")
_ARMED = lexicon.words("armed_modifiers")
_RIOT_CODES = {"ASSAULT"}
_CROWD_HEADS = lexicon.words("crowd_collective_heads")
_RIVAL = lexicon.words("rival_modifiers")
_PARTY_NOUNS = lexicon.words("political_party_nouns")
_WAR_WEAPONS = lexicon.words("war_weapons")
_ARMED_MODES = lexicon.words("armed_assault_modes")
_NEVER_CROWDS = lexicon.words("victim_person_nouns")
_PLACE_WORDS = lexicon.words("place_suffix_nouns") | lexicon.words("place_prefix_nouns")
_CHANNELS = lexicon.words("report_channels")
_GIVING = {"AID", "CONCEDE", "COOPERATE", "RETREAT"}
_JOINT = {"AGREE", "CONSULT", "COOPERATE"}     # done together: a joint subject names both sides


@dataclass
class Parties:
    actor: object = None           # spaCy Token or None
    target: object = None
    instruments: list[str] = field(default_factory=list)
    riot: bool = False             # a crowd's violence: PROTEST, mode riot


def parties(trigger) -> Parties:
    """`trigger`: a coding.Trigger (token, code, pos, particle)."""
    token, pos = trigger.token, trigger.pos
    actor, target = roles(token, pos)
    out = Parties()
    if pos == "verb" and _struck_a_device(actor, target):
        # "an army vehicle struck an IED": the vehicle (its owner, when named) was hit; whoever
        # laid the device is not named here
        out.instruments.append(target.text)
        out.target = _target_like(_owner(actor) or actor)
        return out
    if trigger.particle is not None and trigger.particle.lower_ in lexicon.words("target_preps"):
        pobj = next((c for c in trigger.particle.children if c.dep_ == "pobj"), None)
        target = pobj if pobj is not None else target
    out.actor = _actor_like(actor, out.instruments)
    if out.actor is None and pos == "verb" and not _passive(token) and (
            token.lemma_.lower() not in lexicon.words("victim_subject_verbs")) and not any(   # "people died": no killer named
            c.dep_ == "nsubj" and _event_noun(c) for c in token.children):      # "Clashes ... killed": the clash's sides
        out.actor = _actor_like(_left_party(token), out.instruments)
    if target is not None and (party_kind(target.lemma_) == "instrument" or (
            party_kind(target.lemma_) is None and target.lemma_.lower() in word_class("weapon") and not target.ent_type_)):
        # "fired tear gas (at students)", "set fire to a police station": what was fired is the instrument
        out.instruments.append(target.text)
        target = _prep_target(token)
    out.target = _target_like(target)
    if out.target is None and pos == "verb":
        out.target = _target_like(_with_object(token))
    if out.target is None and pos == "verb" and trigger.code in _GIVING:
        out.target = _target_like(_recipient(token))   # "granted amnesty to 800 prisoners"
    if out.target is None and out.actor is not None and trigger.code in _JOINT:
        # "Kenya and Somalia agreed", "A and B held talks": each side is the other's counterpart
        out.target = next((c for c in out.actor.conjuncts if _actor_like(c, []) is not None), None)
    if out.actor is not None and out.target is not None and out.actor.i == out.target.i:
        out.target = None
    out.riot = trigger.code in _RIOT_CODES and _crowd(out.actor, trigger)
    return out


def _owner(token):
    """'a Malian army vehicle' -> army, 'their vehicle' -> their: who the thing belongs to."""
    return next((c for c in token.children if c.dep_ in ("compound", "amod", "poss", "nmod") and (
        c.ent_type_ in _NAMED or c.pos_ == "PRON" or party_kind(c.lemma_) in ("force", "authority", "group"))), None)


def _struck_a_device(actor, target) -> bool:
    return (actor is not None and target is not None and actor.lemma_.lower() in word_class("vehicle")
            and target.lemma_.lower() in word_class("planted_device"))


def _passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def _left_party(verb):
    """When the parse gives a verb no subject (long fronted phrases: 'On 7 May, near X village,
    Y District, Myanmar military from battalion 405 clashed ...'), the nearest actor-like noun
    to its left within the clause: a force, group, authority or crowd, else a named group."""
    doc = verb.doc
    named = None
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head        # "... detained and tortured": the first verb's subject
    i = verb.i - 1
    seen = 0
    while i >= verb.sent.start and seen < 12:
        token = doc[i]
        if token.text in (";", ":") or (token.text == "," and seen > 0 and named is None and i < verb.i - 1 and doc[i + 1].pos_ not in ("PROPN", "NOUN", "PUNCT")):
            break
        kind = party_kind(token.lemma_)
        prep_object = token.dep_ == "pobj" and token.head.lower_ in ("from", "of", "in", "near", "at", "with", "during")
        if prep_object and kind in ("force", "group") and _right_before(token, verb):
            # "..., Rakhine State, Myanmar troops from battalion 540 detained": the parse hung the
            # subject on the fronted phrase, but nothing stands between it and the verb
            while token.dep_ == "pobj" and token.head.lower_ in ("from", "of") and party_kind(token.head.head.lemma_) in ("force", "group"):
                token = token.head.head     # the troops, not their battalion
            return token
        if kind in ("force", "group", "authority", "crowd") and not prep_object:
            return token
        if named is None and token.ent_type_ in ("ORG", "NORP") and not prep_object and not _place_name(token):
            named = token
        i -= 1
        seen += 1
    return named


def _place_name(token) -> bool:
    """'Mrauk-U Township', 'Dawei District': a place NER took for an organisation."""
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    words = [t.lemma_.lower() for t in span] if span is not None else [token.lemma_.lower()]
    return any(w in _PLACE_WORDS for w in words)


def _right_before(token, verb) -> bool:
    """Does the token's phrase end right before the verb (a comma aside)?"""
    end = token.right_edge.i
    return end + 1 == verb.i or (end + 2 == verb.i and token.doc[end + 1].text == ",")


def _with_object(verb):
    """'clashed with KNU brigade 5', 'exchanged fire with police', 'held talks with his
    counterpart': the other side."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for holder in (verb, *objects):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ("with", "against"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def _prep_target(verb):
    """'on/at/to/into X' after a verb whose object was an instrument."""
    for child in verb.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in lexicon.words("target_preps") and child.lower_ != "with":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _recipient(verb):
    """'to X' after a verb of giving or yielding."""
    for child in verb.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == "to":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _actor_like(token, instruments: list[str]):
    if token is None:
        return None
    token = named(token)
    kind = party_kind(token.lemma_)
    if kind == "instrument" or (kind is None and token.lemma_.lower() in word_class("weapon")):
        instruments.append(token.text)
        owner = next((c for c in token.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                      and (c.ent_type_ in _NAMED or party_kind(c.lemma_) in ("force", "authority", "group"))), None)
        if owner is None:      # "a missile fired by the Houthis"
            fired = next((c for c in token.children if c.dep_ == "acl"), None)
            agent = next((c for c in fired.children if c.dep_ == "agent"), None) if fired is not None else None
            owner = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        return owner
    if kind == "abstract":
        return None
    if token.ent_type_ in _NAMED or (token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME", "CARDINAL")):
        return token
    if token.pos_ == "NOUN" and token.is_title and not token.is_sent_start and kind is None and token.dep_ in ("nsubj", "pobj"):
        return token    # a name the tagger took for a common noun ('On 8 May, Imbonerakure tortured ...')
    if token.pos_ == "PRON":
        return token if token.lower_ not in ("it", "this", "that", "which", "what") else None
    if kind is not None:
        return token
    # a plural noun of people not in the list ('fishermen', 'musicians', 'employees'), never an
    # event noun ('sanctions', 'protests') or a thing
    if token.tag_ == "NNS" and not _event_noun(token) and token.lemma_.lower() not in word_class("force_target") | word_class("weapon"):
        return token
    return None


def _event_noun(token) -> bool:
    from .vocabulary import triggers

    return ("noun", token.lemma_.lower()) in triggers()


def _target_like(token):
    if token is None:
        return None
    token = named(token)
    kind = party_kind(token.lemma_)
    if kind in ("abstract", "instrument") or token.lemma_.lower() in _CHANNELS or _event_noun(token):
        return None
    if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return None
    if token.pos_ in ("NOUN", "PROPN", "PRON") or token.ent_type_ == "NORP":
        return token        # "met Egyptian officials": Egypt
    return None


def _armed_act(trigger) -> bool:
    """Does the trigger's clause name a firearm or an explosive, or its mode say one?"""
    if trigger.mode in _ARMED_MODES:
        return True
    token = trigger.token
    if token.pos_ in ("VERB", "AUX") and token.dep_ in ("advcl", "conj") and token.head.pos_ == "VERB":
        token = token.head          # "opened fire, injuring three": the clause it hangs on
    clause = list(token.subtree) if token.pos_ in ("VERB", "AUX") else list(token.sent)
    return any(t.lemma_.lower() in _WAR_WEAPONS or t.lemma_.lower() == "fire" and t.dep_ == "dobj" and t.head.lemma_.lower() == "open"
               for t in clause)


def _crowd(actor, trigger) -> bool:
    """A crowd, not an armed force or an organised armed group: 'a mob', 'residents',
    'two groups of villagers'."""
    if actor is None or actor.ent_type_ in ("ORG", "GPE", "PERSON"):
        return False
    lemma = actor.lemma_.lower()
    modifiers = {c.lemma_.lower() for c in actor.children if c.dep_ in ("amod", "compound", "nmod")}
    if modifiers & _ARMED:
        return False
    if party_kind(lemma) == "crowd":
        return True
    if party_kind(lemma) == "person" and actor.tag_ == "NNS":
        # "the drivers attacked police officers", "migrants pelted stones", "four men beat him";
        # people with guns or bombs ("four men used explosives") are an armed group, and the
        # victims of the sentence ("suspects were shot", "civilians killed") no crowd at all
        return lemma not in _NEVER_CROWDS and not _armed_act(trigger)
    if lemma not in _CROWD_HEADS:
        return False
    of = next((c for c in actor.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    member = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if member is not None:
        # "a group of youths", "members of the (fishing) community", "members of the UDPS party"
        # are crowds; "a group of BJP workers", "members of Boko Haram" are organised
        if party_kind(member.lemma_) == "crowd" or member.lemma_.lower() in _PARTY_NOUNS:
            return True
        if any(c.ent_type_ in ("ORG", "NORP") or c.pos_ == "PROPN" for c in member.subtree):
            return False
        return party_kind(member.lemma_) == "person"
    if any(c.ent_type_ in ("ORG", "NORP") or c.pos_ == "PROPN" for c in actor.children):
        return False        # "Iranian-backed groups", "ANC members"
    # "community members", "farmer groups", "two (rival) groups": people of a place or trade, or
    # groups counted and otherwise unnamed, not an armed organisation
    kinds = {party_kind(c.lemma_) for c in actor.children if c.dep_ in ("compound", "amod", "nmod")}
    counted = any(c.dep_ == "nummod" or c.lemma_.lower() in _RIVAL for c in actor.children)
    return bool(kinds & {"crowd", "person"}) or (lemma == "group" and counted)
