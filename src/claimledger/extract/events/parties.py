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
from .factuality import is_cue
from .vocabulary import party_kind, word_class
from .roles import named, roles

_NAMED = ("PERSON", "ORG", "GPE", "NORP")
_ARMED = lexicon.words("armed_modifiers")
_ARMED_PARTIES = lexicon.words("armed_party_nouns")
_RIOT_CODES = {"ASSAULT"}
_CROWD_HEADS = lexicon.words("crowd_collective_heads")
_RIVAL = lexicon.words("rival_modifiers")
_PARTY_NOUNS = lexicon.words("political_party_nouns")
_WAR_WEAPONS = lexicon.words("war_weapons")
_ARMED_MODES = lexicon.words("armed_assault_modes")
_NEVER_CROWDS = lexicon.words("victim_person_nouns")
_PLACE_WORDS = lexicon.words("place_suffix_nouns") | lexicon.words("place_prefix_nouns")
_CHANNELS = lexicon.words("report_channels")
_NO_PEOPLE_PLURALS = lexicon.words("quantifier_words") | {"other", "one"}
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
    if out.actor is None and pos == "noun" and token.dep_ == "dobj" and token.head.pos_ == "VERB" and (
            token.head.lemma_.lower() in lexicon.words("protest_light_verbs")) and _subject_of(token.head) is None:
        # "..., shop owners and shop staff did a motorcade": the stager of a protest noun whose
        # light verb the parse left without a subject
        out.actor = _actor_like(_left_party(token.head), out.instruments)
    # "two cars were set alight": what a damage verb befell is its target, even a vehicle
    damaged = target is not None and target.dep_ == "nsubjpass" and token.lemma_.lower() in word_class("property_damage")
    if target is not None and not damaged and (party_kind(target.lemma_) == "instrument" or (
            party_kind(target.lemma_) is None and target.lemma_.lower() in word_class("weapon") and not target.ent_type_)):
        # "fired tear gas (at students)", "set fire to a police station": what was fired is the instrument
        out.instruments.append(target.text)
        target = _prep_target(token)
    if pos == "verb" and target is not None and target.dep_ in ("dobj", "nsubjpass") and (
            trigger.code == "AID" and target.lemma_.lower() in word_class("aid_goods") or
            trigger.code == "SANCTION" and target.lemma_.lower() == "entry"):
        # "delivered hygiene kits to 900 families", "barred entry to a senator": the goods or the
        # entry are what passed or was withheld; the party is who they went to
        target = _recipient(token) or _recipient(target) or target
    if pos == "verb" and trigger.code == "SANCTION" and trigger.particle is not None and trigger.particle.lower_ in ("to", "on"):
        # "added two militia leaders to its sanctions list": the people listed, not the list
        target = next((c for c in token.children if c.dep_ == "dobj"), target)
    out.target = _target_like(target) if not damaged else named(target)
    if out.target is None and pos == "verb":
        out.target = _target_like(_with_object(token))
    if out.target is None and pos == "verb" and trigger.code in _GIVING:
        out.target = _target_like(_recipient(token))   # "granted amnesty to 800 prisoners"
    if out.target is None and pos == "verb" and trigger.code == "AID":
        out.target = _target_like(_helped(token))      # "announced 30 million euros to help Vilnius install radars"
    if out.target is None and pos == "verb" and trigger.code == "SUPPORT":
        out.target = _target_like(_supported(token))   # "voiced support for the striking teachers"
    if out.target is None and out.actor is not None and trigger.code in _JOINT:
        # "Kenya and Somalia agreed", "A and B held talks": each side is the other's counterpart
        out.target = next((c for c in out.actor.conjuncts if _actor_like(c, []) is not None), None)
    if out.actor is not None and out.target is not None and out.actor.i == out.target.i:
        out.target = None
    out.riot = trigger.code in _RIOT_CODES and (_crowd(out.actor, trigger) and not _crowd_on_one_person(token, out.target)
                                                or out.actor is None and _mob_act(token))

    return out


def _crowd_on_one_person(token, target) -> bool:
    """'a suspected thief was beaten by a crowd', 'a mob lynched a herdsman': a crowd beating, stabbing
    or killing one person is an assault on that person (PLOVER ASSAULT; the scheme of
    tests/events/gold_builder.py: a crowd beating or lynching a person is ASSAULT, also PROTEST),
    not a riot; a crowd fighting police or wrecking shops stays one (round 21 of issue 13)."""
    if target is None or token.lemma_.lower() not in lexicon.words("one_person_assault_verbs"):
        return False
    if target.tag_ not in ("NN", "NNP") or target.lemma_.lower() in _PLACE_WORDS:
        return False                   # 'beat the protesters', 'stoned the police station'
    kind = party_kind(target.lemma_)
    if kind == "crowd" and (target.lemma_.lower() in _CROWD_HEADS or target.lemma_.lower() in ("crowd", "mob")):
        return False                   # 'attacked a crowd': many people, a clash
    return kind not in ("force", "authority", "state") and target.ent_type_ in ("", "PERSON")   # 'a youth', 'a resident'


def _mob_act(token) -> bool:
    """'was caught and almost lynched': a lynching with no one named is a crowd's act (ACLED's mob
    violence), never an armed group's."""
    return any(token.lower_.startswith(w) for w in lexicon.words("mob_act_stems"))


def _subject_of(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)


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
    # "a women's group said mortar fire hit the market": a clause reported by a verb of saying, with a
    # subject of its own that is no pronoun (a weapon, fire), is not searched past its own start; the
    # sayer is no actor ("the army said it shelled ...": 'it' is the sayer, found as before)
    subject = _subject_of(verb)
    floor = verb.left_edge.i if verb.dep_ == "ccomp" and is_cue(verb.head.lemma_.lower(), "reporting") and (
        subject is not None and subject.pos_ != "PRON") else verb.sent.start
    # people nouns are taken only for a verb the parse left without any subject ('an attaché it
    # accused': 'it' is the accuser), and not across another verb (their clause's people)
    crossed = subject is not None
    while i >= floor and seen < 12:
        token = doc[i]
        crossed = crossed or token.pos_ in ("VERB", "AUX")
        people = not crossed and _people_noun(token)
        if token.text in (";", ":") or (token.text == "," and seen > 0 and named is None and i < verb.i - 1 and doc[i + 1].pos_ not in ("PROPN", "NOUN", "PUNCT")):
            break
        kind = party_kind(token.lemma_)
        prep_object = _in_prep_phrase(token)
        if prep_object and (kind in ("force", "group") or people) and _right_before(token, verb):
            # "..., Rakhine State, Myanmar soldiers of battalion 217 detained": the parse hung the
            # subject on the fronted phrase, but nothing stands between it and the verb
            while token.dep_ == "pobj" and token.head.lower_ in ("from", "of") and party_kind(token.head.head.lemma_) in ("force", "group"):
                token = token.head.head     # the troops, not their battalion
            return token
        if (kind in ("force", "group", "authority", "crowd") or people) and not prep_object:
            return token        # "..., Oster, nurses of the X Hospital staged a sit-in": the nurses
        if named is None and token.ent_type_ in ("ORG", "NORP") and not prep_object and not _place_name(token):
            named = token
        i -= 1
        seen += 1
    return named


def _in_prep_phrase(token) -> bool:
    """Is the token (or the name it is part of) the object of a place, source or time preposition
    ('in Vell', 'of the Saint Anselm Hospital')?"""
    while token.dep_ == "compound" and token.head is not token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in ("from", "of", "in", "near", "at", "with", "during")


def _people_noun(token) -> bool:
    """A plural noun of people ('nurses', 'cooks', 'shop owners'): a person noun of the list, or a
    plural common noun that is no event, weapon, site or abstraction."""
    if token.tag_ != "NNS" or token.ent_type_ or token.pos_ != "NOUN" or token.lemma_.lower() in _NO_PEOPLE_PLURALS:
        return False        # "four others wounded", "dozens": no noun of people
    kind = party_kind(token.lemma_)
    return kind == "person" or kind is None and not _event_noun(token) and (
        token.lemma_.lower() not in word_class("force_target") | word_class("weapon"))


def _people_of_a_trade(token) -> bool:
    """'fishmongers', 'scrap collectors', 'Harnese nationals': a plural of people the list does not
    know, qualified by a trade or an origin, names ordinary people; unqualified ('volunteers
    allied with the army') it may be an armed body, and is left to the list, as are people of a
    force ('coast guard crews')."""
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod")]
    return _people_noun(token) and party_kind(token.lemma_) is None and any(
        c.pos_ == "NOUN" or c.ent_type_ == "NORP" for c in modifiers) and not any(
        party_kind(t.lemma_) in ("force", "group", "authority") for c in modifiers for t in c.subtree)


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


def _helped(verb):
    """'... to help Chad build wells', '... to assist the flood victims': who the aid is for."""
    for clause in verb.children:
        if clause.dep_ in ("advcl", "xcomp", "acl") and clause.lemma_.lower() in ("help", "assist", "support", "aid"):
            for c in clause.children:
                if c.dep_ == "dobj":
                    return c
                if c.dep_ in ("ccomp", "xcomp"):     # "to help Vilnius install radars"
                    return next((g for g in c.children if g.dep_ == "nsubj"), None)
    return None


def _supported(verb):
    """'voiced support for X', 'expressed solidarity with X', 'declared his country's backing for X':
    the party the support named as the verb's object is for."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and party_kind(obj.lemma_) == "abstract":
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "with", "to"):
                    return next((c for c in prep.children if c.dep_ == "pobj"), None)
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


def armed_party(actor) -> bool:
    """A force, an armed group ('militias', 'gunmen') or people qualified as armed ('armed herders')."""
    if actor is None:
        return False
    modifiers = {c.lemma_.lower() for c in actor.children if c.dep_ in ("amod", "compound", "nmod")}
    return party_kind(actor.lemma_) == "force" or actor.lemma_.lower() in _ARMED_PARTIES or bool(modifiers & _ARMED)


def _armed_with(actor, trigger) -> bool:
    """'a group of youths armed with machetes', 'set upon by a band of youth, armed with clubs'
    (the parse hangs the participle on the verb): people who came armed are an armed group, as
    'armed youths' are, whatever they carried."""
    token = trigger.token
    holders = [actor, *(p for c in actor.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")]
    if token.pos_ in ("VERB", "AUX"):
        holders.append(token)
    return any(c.dep_ in ("acl", "advcl", "amod") and c.lower_ == "armed" and any(
        g.dep_ == "prep" and g.lower_ == "with" for g in c.children) for h in holders for c in h.children)


def _of_an_organised_group(actor) -> bool:
    """'two people, allegedly members of a local gang', 'three men, members of the X cartel': an
    apposition that makes the people members of a group (a gang, a militia, a named organisation)
    names an organised group, not a crowd."""
    for appos in (c for c in actor.children if c.dep_ == "appos"):
        if appos.lemma_.lower() not in _CROWD_HEADS:
            continue
        for of in (c for c in appos.children if c.dep_ == "prep" and c.lower_ == "of"):
            for group in (p for p in of.children if p.dep_ == "pobj"):
                if group.ent_type_ == "ORG" or party_kind(group.lemma_) == "group" and group.lemma_.lower() not in _CROWD_HEADS | _PARTY_NOUNS:
                    return True
    return False


def _crowd(actor, trigger) -> bool:
    """A crowd, not an armed force or an organised armed group: 'a mob', 'residents',
    'two groups of villagers'."""
    if actor is None or actor.ent_type_ in ("ORG", "GPE", "PERSON"):
        return False
    lemma = actor.lemma_.lower()
    if lemma not in _CROWD_HEADS and party_kind(lemma) != "crowd" and any(
            c.dep_ == "nummod" and c.lower_ in lexicon.words("few_people_counts") for c in actor.children):
        return False            # round 26: "stabbed by two men on a scooter": assailants, too few for a crowd
                                # ("two groups clashed" stays: groups of people)
    modifiers = {c.lemma_.lower() for c in actor.children if c.dep_ in ("amod", "compound", "nmod")}
    if modifiers & _ARMED or _armed_with(actor, trigger) or _of_an_organised_group(actor):
        return False
    if party_kind(lemma) == "crowd":
        return True
    if (party_kind(lemma) == "person" or _people_of_a_trade(actor)) and actor.tag_ == "NNS":
        # "the drivers attacked police officers", "migrants pelted stones", "four men beat him",
        # "fishmongers clashed with guards" (a plural of people the list does not know);
        # people with guns or bombs ("four men used explosives") are an armed group, and the
        # victims of the sentence ("suspects were shot", "civilians killed") no crowd at all
        return lemma not in _NEVER_CROWDS and not _armed_act(trigger)
    if lemma not in _CROWD_HEADS:
        return False
    of = next((c for c in actor.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    member = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if member is not None:
        # "a group of youths", "members of the (fishing) community", "members of the UDPS party"
        # are crowds; "a group of ruling-party workers", "members of Boko Haram" are organised; "a group
        # of armed men", or men who opened fire, are an armed group
        if {w for c in member.children if c.dep_ in ("amod", "compound", "acl") for w in (c.lemma_.lower(), c.lower_)} & _ARMED or (
                _armed_act(trigger)):
            return False
        if party_kind(member.lemma_) == "crowd" or member.lemma_.lower() in _PARTY_NOUNS:
            return True
        if any(c.ent_type_ in ("ORG", "NORP") or c.pos_ == "PROPN" for c in member.subtree):
            return False
        return party_kind(member.lemma_) == "person" or _people_of_a_trade(member)
    if any(c.lemma_.lower() in _PARTY_NOUNS for c in actor.children if c.dep_ in ("compound", "nmod")):
        return True         # "young VPP party members": party members, as "members of the party"
    if any(c.ent_type_ in ("ORG", "NORP") or c.pos_ == "PROPN" for c in actor.children):
        return False        # "Iranian-backed groups", "ANC members"
    # "community members", "farmer groups", "two (rival) groups": people of a place or trade, or
    # groups counted and otherwise unnamed, not an armed organisation
    kinds = {party_kind(c.lemma_) for c in actor.children if c.dep_ in ("compound", "amod", "nmod")}
    counted = any(c.dep_ == "nummod" or c.lemma_.lower() in _RIVAL for c in actor.children)
    return bool(kinds & {"crowd", "person"}) or (lemma == "group" and counted)
