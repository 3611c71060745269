"""Who does what to whom: the actor and target tokens of an event trigger, from the
dependency parse.

- verbs: the subject is the actor and the object the target; in the passive ("was attacked by
  the Houthis") the agent is the actor and the subject the target; a verb without a subject of
  its own takes the one of the verb it completes ("was said to be attacked", "were able to
  trigger") or the noun a relative or participle clause modifies;
- nouns ("the strikes on US bases", "a two-month pause", "talks between A and B", "clashes
  broke out between A and B"): the
  possessor, "by X", or a name compounded with the noun is the actor, or else the subject of
  the verb the noun is the object of ("Russia will begin patrols"); "on/against/with X" is the
  target.
"""
from __future__ import annotations

from ... import lexicon
from .factuality import active_sister_of_passive, is_cue, speech_sister_of_perfect
from .vocabulary import party_kind
from ..syntax import child as child_of, children, pobj as pobj_of, walk

W = lexicon.words

ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


def roles(trigger, pos: str):
    """(actor token, target token) of a trigger (pos "verb" or "noun"); either may be None."""
    if pos == "verb":
        return _verb_roles(trigger)
    return _noun_roles(trigger)


def _verb_roles(verb):
    agent = _agent(verb)
    if agent is not None and verb.tag_ == "VB" and child_of(verb, "dobj") is not None and child_of(verb, "auxpass") is None:
        agent = None                    # "to break up a march by students": the 'by' phrase is the object's
    agent_obj = pobj_of(agent) if agent is not None else None
    subject, subject_passive = _subject(verb)
    # A bare participle ("~30 soldiers killed", "the ship seized") is passive; a finite verb
    # that the tagger called VBN is not.
    participle = verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod", "pcomp", "advcl", "xcomp", "ccomp") and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and not _finite_misparse(verb) or _elliptic_passive(verb)
    passive = subject_passive or agent is not None or any(c.dep_ == "auxpass" for c in verb.children) or participle
    obj = _object(verb)
    recipient = _prep_object(verb, "to")
    if recipient is not None and obj is not None and (obj.lemma_.lower() in W("message_objects") or obj.like_num or
                                                      obj.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL")):
        obj = recipient  # "delivered a letter (20 tonnes of food) to the minister": the minister is the party
    if passive:
        return agent_obj, subject if subject is not None else obj
    subject = _through_quantifier(subject) if subject is not None else None
    subject = _past_place_qualifier(subject) if subject is not None else None
    obj = obj if obj is None or party_like(obj) else None
    if verb.lemma_.lower() in W("victim_subject_verbs"):
        return None, subject  # "soldiers died": the dead are the target, the killer is unnamed
    return subject, obj


def _subject(verb):
    """(subject token, is it the verb's own passive subject) for a verb, looking through the
    verbs it completes ('was said to be attacked', 'is reported to have delivered') and the
    noun a relative or participle clause modifies ('a statement denying' -> who released it)."""
    for node in walk(verb, _up_to_subject, steps=6):
        if node.dep_ == "prep" and node.lower_ == "of" and node.head.lemma_.lower() in W("accusing_verbs"):
            accused = child_of(node.head, "dobj")
            if accused is not None:     # "Norland accused Vesteria of shelling the post": Vesteria shelled
                return accused, False
        subjects = children(node, "nsubj", "nsubjpass", "csubj")
        if len(subjects) > 1:
            # "families from the barrio Las Flores protested": the parse made the place a second
            # subject; the people are the subject
            subjects = [c for c in subjects if c.ent_type_ not in ("GPE", "LOC", "FAC")] or subjects
        if subjects:
            # the subject nearest the verb ("Reuters, citing officials: 14 sailors were injured")
            nearest = max(subjects, key=lambda c: (c.i < node.i, c.i if c.i < node.i else -c.i))
            nearest = _gerund_compound(nearest, node)
            if nearest.lower_ in W("relative_pronouns") and node.dep_ == "relcl":
                return node.head, False
            return nearest, nearest.dep_ == "nsubjpass" and node is verb
        if node.dep_ == "relcl":
            return node.head, False
        if node.dep_ == "acl" and (node.tag_ in ("VBG", "VBD") or _finite_misparse(node)) and node is verb:
            # "students protesting in Kampala": the students protest; "..., nurses assembled
            # outside ...": a past tense the parse hung on its subject
            return _people_of(node.head), False
        if node.dep_ == "acl":
            holder = _agentive(node.head)
            if holder is not None:
                return holder, node.tag_ == "VBN" and node is verb
    return None, False


def _agent(verb):
    """The verb's 'by' phrase when it names someone: 'protested by driving vans' tells the means
    (a gerund), not who did it."""
    agent = child_of(verb, "agent")
    if agent is not None and pobj_of(agent) is None and child_of(agent, "pcomp") is not None:
        return None
    return agent


def _people_of(noun):
    """'workers of a textile mill protested', 'owners of small bakeries protested': the parse
    hangs the verb on the last noun of the subject; the people are the head the 'of'/'from'
    phrase qualifies (a person, crowd or group noun, or a plural noun that is no event)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "from") or noun.head.head.pos_ != "NOUN":
        return noun
    people = noun.head.head
    return people if _people(people) else noun


def _protest_noun(noun) -> bool:
    from .vocabulary import triggers

    return any(p.code == "PROTEST" for p in triggers().get(("noun", noun.lemma_.lower()), ()))


def _people(noun) -> bool:
    """A noun of people: a person, crowd or group noun, or a plural that is no event."""
    kind = party_kind(noun.lemma_)
    return kind in ("person", "crowd", "group") or kind is None and noun.tag_ == "NNS" and not _is_event_noun(noun)


def _is_event_noun(token) -> bool:
    from .vocabulary import triggers

    return ("noun", token.lemma_.lower()) in triggers()


def _elliptic_passive(verb) -> bool:
    """'one miner was killed and a second hurt': a participle joined to a passive verb
    shares its auxiliary; its subject is the victim, not the actor."""
    return ((verb.tag_ == "VBN" or verb.pos_ == "ADJ") and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children)
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children))


def _gerund_compound(subject, verb):
    """'driving examiners held a protest': the parse made 'driving' a clausal subject and
    'examiners' its object; a gerund subject whose object is a plural noun ending right
    before the verb is a compound noun, whose head is the subject."""
    if subject.dep_ != "csubj" or subject.tag_ != "VBG":
        return subject
    obj = next((c for c in subject.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ != "NNS" or obj.right_edge.i + 1 != verb.i or any(c.dep_ in ("nsubj", "aux") for c in subject.children):
        return subject
    return obj


def _finite_misparse(verb) -> bool:
    """'On 7 May, local residents protested in X', 'a number of workers protested': a verb that
    has no passive (data: intransitive_event_verbs) parsed as a participle with no agent or
    auxiliary on a noun is a finite verb, and that noun its subject."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in W("intransitive_event_verbs")
            and verb.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and (_agent(verb) is None))


def _up_to_subject(node):
    """Where a verb without a subject of its own takes one: the verb it completes, or past the
    noun a participle clause modifies."""
    if node.dep_ == "acl":
        return node.head.head if node.head.dep_ in ("dobj", "pobj") else node.head
    if node.dep_ == "conj" and node.head.dep_ == "ccomp" and (active_sister_of_passive(node) or (
            speech_sister_of_perfect(node) and is_cue(node.lemma_.lower(), "allegation"))):
        return node.head.head           # "X denied that a guard had been hurt and accused police of ...": X accused
    if node.dep_ in ("xcomp", "conj", "acomp", "advcl", "pcomp", "ccomp", "prep") and node.head is not node:
        return node.head
    return None


def _agentive(noun):
    """A noun that can act (a name, a group, its owner) rather than an abstraction such as
    'statement' or 'readiness'; its possessor when it has one."""
    poss = child_of(noun, "poss")
    if poss is not None:
        return None if poss.pos_ == "PRON" else poss
    if noun.ent_type_ or noun.pos_ == "PROPN" or (noun.lemma_.lower() in W("state_organs") or noun.lemma_.lower() in W("personnel")):
        return noun
    return None


def _object(verb):
    for child in verb.children:
        if child.dep_ in ("dobj", "dative"):
            return _through_quantifier(child)
    for child in verb.children:
        if child.dep_ in ("prep", "prt") and child.lower_ in W("target_preps"):
            pobj = pobj_of(child)
            if pobj is not None:
                return pobj
    return None


def _past_place_qualifier(subject):
    """'In San Ramón, Junín, coffee growers protested': the parse makes
    the place's qualifier the subject and the people its apposition; the people act. Only a name
    right after a comma with a plural noun of people in apposition."""
    if subject.pos_ != "PROPN" or subject.left_edge.i == 0 or subject.doc[subject.left_edge.i - 1].text != ",":
        return subject
    people = next((c for c in subject.children if c.dep_ == "appos" and c.tag_ == "NNS" and c.i > subject.i), None)
    return people if people is not None else subject


def party_like(token) -> bool:
    """Can this token be a party to an event (not a date, an amount or an adverb)?"""
    return token.pos_ in ("NOUN", "PROPN", "PRON") and token.ent_type_ not in ("DATE", "TIME", "CARDINAL", "PERCENT", "MONEY")


def _prep_object(verb, word: str):
    for child in verb.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == word:
            return pobj_of(child)
    return None


def _through_quantifier(token):
    """'many of its brigades' -> brigades."""
    if token.pos_ in ("PRON", "NUM", "ADJ", "DET") or token.lemma_.lower() in W("quantifier_words"):
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = pobj_of(child)
                if pobj is not None:
                    return pobj
    return token


def _noun_roles(noun):
    actor = target = None
    for child in noun.children:
        if child.dep_ == "poss" and actor is None:
            actor = child
        elif child.dep_ == "prep":
            pobj = pobj_of(child)
            if pobj is None:
                continue
            if child.lower_ == "by" and actor is None:
                actor = pobj
            elif child.lower_ == "between":
                actor = pobj
                target = next(iter(pobj.conjuncts), None)
            elif child.lower_ in W("target_preps") or (child.lower_ == "of" and noun.lemma_ in W("killing_nouns")):
                target = target or _through_quantifier(pobj)
            elif child.lower_ == "of" and noun.lemma_ in W("movers") and actor is None:
                actor = pobj  # "the withdrawal of US forces": the forces withdraw
            elif child.lower_ == "of" and actor is None and _protest_noun(noun) and _people(pobj):
                actor = pobj  # "a sit-in of nurses", "a march of farmers": the nurses protest
    if actor is None:
        for child in noun.lefts:
            if child.dep_ in ("compound", "amod", "nmod") and (child.ent_type_ in ACTOR_ENTS or (child.pos_ == "PROPN" and not child.ent_type_)):
                actor = child
    if actor is None:
        # "a police raid", "army shelling": a force named as the noun's modifier
        actor = next((c for c in noun.lefts if c.dep_ in ("compound", "nmod") and party_kind(c.lemma_) in _FORCE_KINDS), None)
    if actor is None:
        actor = _claimant(noun) or _attributed(noun)
    if actor is None:
        actor, target = _involving(noun, target)
    if actor is None and noun.dep_ in ("nsubj", "nsubjpass") and (noun.head.lemma_.lower() in W("happen_verbs") or (
            noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() == "report")):   # "clashes were reported between A and B"
        # "Clashes broke out between police and protesters": the sides hang on the verb
        between = next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        pobj = pobj_of(between) if between is not None else None
        if pobj is not None:
            actor, target = pobj, target or next(iter(pobj.conjuncts), None)
    if actor is None and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB" and (
            noun.head.head.lemma_.lower() in W("noun_act_verbs")):
        # "the army engaged in a fire fight with rebels", "workers took part in the march"
        subject, passive = _subject(noun.head.head)
        if subject is not None and not passive:
            actor = subject
    holder = _amount_holder(noun)
    removed = holder.dep_ in ("dobj", "nsubjpass") and holder.head.lemma_.lower() in W("removal_verbs")
    if actor is None and removed and not _passive_verb(holder.head):
        # "to break up a march by supporters": the parser hangs the march's 'by' on the verb
        actor = next((pobj_of(c) for c in holder.head.children if c.dep_ == "agent"), None)
    if actor is None and removed:
        return actor, target            # "police dispersed a demonstration": the police are not its authors
    if actor is None and holder.dep_ in ("dobj", "nsubjpass", "attr") and holder.head.pos_ in ("VERB", "AUX") and not _comment(holder.head, holder) and not _observed(holder.head):
        head = holder.head
        subject, passive = _subject(head)
        if subject is not None and subject.i != noun.i and not passive:
            actor = subject
    return actor, target


_FORCE_KINDS = ("force", "group", "authority")


def _involving(noun, target):
    """'a gunfight involving Harn militiamen against border guards', 'clashes involving A and B':
    the parties named in an 'involving' clause on the event noun (the first the actor; the one
    'against' it, or the second of a pair, the target)."""
    clause = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "involve" and c.tag_ == "VBG"), None)
    party = child_of(clause, "dobj") if clause is not None else None
    if party is None:
        return None, target
    against = next((pobj_of(c) for c in (*party.children, *clause.children) if c.dep_ == "prep" and c.lower_ == "against"), None)
    return party, target or against or next(iter(party.conjuncts), None)


def _passive_verb(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _claimant(noun):
    """'X claimed responsibility for the bombing': who claims an act is its author."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in W("responsibility_nouns"):
        return None
    claim = prep.head.head
    if prep.head.dep_ != "dobj" or claim.lemma_.lower() not in W("claim_verbs"):
        return None
    subject, passive = _subject(claim)
    return None if passive else subject


def _attributed(noun):
    """'an attack attributed to ADF fighters', 'a blast blamed on the rebels', 'an ambush
    carried out by JNIM': the author named in a participle clause on the event noun."""
    for clause in noun.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBN":
            continue
        for child in clause.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("to", "on")
                                         and clause.lemma_.lower() in W("attribution_verbs")):
                pobj = pobj_of(child)
                if pobj is not None:
                    return pobj
    return None


def _comment(verb, noun=None) -> bool:
    """'condemned the bombing', 'praised the talks': a verbal event about the noun's event, whose
    speaker is not its author. A pattern that asks for particular objects is a comment only on
    those ('expressed solidarity', not 'declared a ceasefire' or 'offered a pause', whose speaker
    makes the event); a warning or a response read from its clause comments on no noun."""
    from .vocabulary import triggers

    lemma = noun.lemma_.lower() if noun is not None else None
    return any(p.code in _VERBAL_CODES and p.requires not in ("conditional_consequence", "stated_future") and (
        not p.objects or lemma is None or lemma in p.objects) for p in triggers().get(("verb", verb.lemma_.lower()), ()))


_VERBAL_CODES = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN"}


def _observed(verb) -> bool:
    """'residents reported the killing', 'an NGO documented the raids': who told, saw or recorded
    the act is not its author."""
    lemma = verb.lemma_.lower()
    return lemma in W("observer_verbs") or lemma in W("record_verbs")


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
        if child.dep_ == "appos" and (child.ent_type_ or child.pos_ == "PROPN") and not _place_in_brackets(token, child) and (
                not _place_after_name(token, child)):
            return child
    body = _body_of_members(token)
    if body is not None:
        return named(body)
    if token.lemma_.lower() in W("state_organs"):
        for child in token.lefts:
            if child.dep_ in ("compound", "amod", "npadvmod") and child.ent_type_ in ("ORG", "GPE", "NORP"):
                return child
    return token




def _place_in_brackets(token, appos) -> bool:
    """'shopkeepers of Dravo (Vell, Oster)', 'pupils of X (Y district, Z)': a bracketed place
    after a common noun locates the people; it does not name them (a bracketed short name,
    'the Liberation Front (LF)', still does)."""
    if token.pos_ != "NOUN" or appos.left_edge.i == 0 or appos.doc[appos.left_edge.i - 1].text != "(":
        return False
    return appos.ent_type_ in ("GPE", "LOC", "FAC") or any(c.dep_ in ("appos", "npadvmod", "conj") or c.text == ","
                                                         for c in appos.children)


def _place_after_name(token, appos) -> bool:
    """'members of the Dock Workers' Union, Oster, staged ...': a place name, or a bare capitalised
    word that is no short form, after a comma behind a name locates the body; it is not its name."""
    named_token = token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "NORP")
    return named_token and (appos.ent_type_ in ("GPE", "LOC", "FAC") or not appos.ent_type_ and not appos.text.isupper())


def _body_of_members(token):
    """'five members of the Norland coast guard', 'fighters of the Vell Brigade': the force or
    armed organisation the members belong to is the party (members of a party, a community or a
    trade stay a crowd of people: parties.py tells their violence as a riot)."""
    if token.lemma_.lower() not in W("membership_nouns"):
        return None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = pobj_of(of) if of is not None else None
    if body is None or body.lemma_.lower() in W("political_party_nouns"):
        return None
    if party_kind(body.lemma_) == "force" or (body.ent_type_ in ("ORG", "NORP") or body.pos_ == "PROPN") and not any(
            t.lemma_.lower() in W("political_party_nouns") for t in body.subtree):
        return body
    return None
