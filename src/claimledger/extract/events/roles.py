"""Who does what to whom: the actor and target tokens of an event trigger, from the
dependency parse.

- verbs: the subject is the actor and the object the target; in the passive ("was attacked by
  the Houthis") the agent is the actor and the subject the target; a verb without a subject of
  its own takes the one of the verb it completes ("was said to be attacked", "were able to
  trigger") or the noun a relative or participle clause modifies;
- nouns ("the strikes on US bases", "a two-month pause", "talks between A and B"): the
  possessor, "by X", or a name compounded with the noun is the actor, or else the subject of
  the verb the noun is the object of ("Russia will begin patrols"); "on/against/with X" is the
  target.
"""
from __future__ import annotations

TARGET_PREPS = {"on", "against", "at", "into", "with", "toward", "towards", "upon", "to"}
_STATE_ORGANS = {"soldier", "troop", "force", "army", "military", "navy", "police", "government", "official", "minister",
                 "ministry", "embassy", "ambassador", "administration", "authority", "officer", "personnel", "leadership"}
_PERSONNEL = _STATE_ORGANS | {"fighter", "unit", "base", "ship", "vessel", "convoy", "position", "outpost", "militia",
                              "group", "faction", "brigade", "militant", "rebel", "protester", "office"}
_MOVERS = {"withdrawal", "retreat", "pullout", "evacuation", "deployment", "mobilization", "mobilisation", "surrender",
           "buildup", "build-up", "release"}
_VICTIM_SUBJECT = {"die", "perish"}
ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


def roles(trigger, pos: str):
    """(actor token, target token) of a trigger (pos "verb" or "noun"); either may be None."""
    if pos == "verb":
        return _verb_roles(trigger)
    return _noun_roles(trigger)


def _verb_roles(verb):
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    agent_obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    subject, subject_passive = _subject(verb)
    # A bare participle ("~30 soldiers killed", "the ship seized") is passive; a finite verb
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
    obj = obj if obj is None or party_like(obj) else None
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
        if child.dep_ in ("prep", "prt") and child.lower_ in TARGET_PREPS:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def party_like(token) -> bool:
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
            elif child.lower_ in TARGET_PREPS or (child.lower_ == "of" and noun.lemma_ in ("death", "killing", "massacre", "assassination")):
                target = target or _through_quantifier(pobj)
            elif child.lower_ == "of" and noun.lemma_ in _MOVERS and actor is None:
                actor = pobj  # "the withdrawal of US forces": the forces withdraw
    if actor is None:
        for child in noun.lefts:
            if child.dep_ in ("compound", "amod", "nmod") and (child.ent_type_ in ACTOR_ENTS or (child.pos_ == "PROPN" and not child.ent_type_)):
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


def named(token):
    """Prefer the name in apposition or compounded with a generic noun ('a ship, the X';
    'IDF soldiers' -> IDF)."""
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


