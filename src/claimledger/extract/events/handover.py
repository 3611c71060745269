"""Hand-overs of people (issue 13, rounds 21-26): who is handed and to whom, read from the parse of a verb of
handing ('handed over', 'handed back', 'sent', 'transferred').

The event coder (triggers.py) asks three things of such a verb:
- `people_handed`: are people handed (the object or passive subject; people the parser hung inside the 'to' phrase,
  'handed over to Estonia three citizens wanted for fraud'; the passive subject of an arrest the verb is joined to,
  'he was arrested by Haitian police and handed over to our side')?
- `to_authority`: do they go to a state or its organs ('to Greece', 'to Malian police', 'to their Ugandan
  counterparts')?
- `hand_over_code`: a transfer between authorities (COOPERATE, legal) or a release (CONCEDE): a transfer when the
  receiver is a state's, when a state's organs hand over suspects with no receiver named, or when a state's force that
  apprehended the people hands them on; otherwise a release (hostages handed to the Red Cross).

The functions moved here from triggers.py unchanged in behaviour (round 26); the figures of every read set are the
same before and after the move.
"""
from __future__ import annotations

from ... import lexicon
from .vocabulary import party_kind, word_class


def _names_a_country(noun) -> bool:
    """'handed over to Sierra Leone': a proper name the parser tagged as an organisation that the
    gazetteer knows as a country."""
    if noun.pos_ != "PROPN":
        return False
    from .gazetteer import is_country
    return is_country(" ".join(t.text for t in noun.subtree if t.i == noun.i or t.dep_ == "compound"))


def _to_preps(token) -> list:
    """The 'to' phrases of a verb of handing, on the verb or on its 'over'/'back'."""
    verb = token if token.dep_ != "prt" else token.head
    return [p for c in (verb, *(a for a in verb.children if a.dep_ in ("advmod", "prt") and a.lower_ in ("back", "over")))
            for p in c.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"]


def _described_people(noun) -> bool:
    """'three citizens wanted for fraud', 'seven suspected pirates', 'five traders arrested with forged permits': a
    counted noun (or a listed suspect noun) that a participle of custody or pursuit describes."""
    participles = lexicon.words("handed_described_participles")
    counted = any(c.dep_ == "nummod" for c in noun.children) or any(
        k.dep_ == "nummod" for c in noun.children if c.dep_ in ("nmod", "amod") and c.i < noun.i for k in c.children)
    # round 25: "to Freedonia's army eight soldiers": the parser may hang the count on the force before the people
    described = any(c.dep_ in ("amod", "acl") and c.lower_ in participles for c in noun.children) or (
        noun.lemma_.lower() in word_class("person") and any(c.dep_ == "relcl" for c in noun.children))
    # round 25: 'eight soldiers who had strayed over the frontier': people a relative clause says who they are
    return (counted and described) or noun.lemma_.lower() in lexicon.words("handed_suspect_nouns") and (counted or described)


def _receiver_hung_on(g) -> bool:
    """A receiving state or force the parser hung on the people handed: 'to Estonia three citizens' (a compound),
    round 25: "to Freedonia's army eight soldiers who ..." (a possessive and the force read as an adjective)."""
    return any(h.dep_ in ("nmod", "compound") and (h.ent_type_ in ("GPE", "NORP") or _names_a_country(h)) or
               h.dep_ == "poss" and (h.ent_type_ == "GPE" or _names_a_country(h)) and any(
                   k.dep_ in ("amod", "nmod") and k.i < g.i and (party_kind(k.lemma_) == "force" or k.lemma_.lower() in lexicon.words("state_organs"))
                   for k in g.children)
               for h in g.children)


def _receiver_of_shifted(g) -> bool:
    """'to Estonia three citizens ...' parsed with the country as a modifier of the people: the country receives."""
    return _described_people(g) and _receiver_hung_on(g)


def _shifted_people(token) -> bool:
    """Round 24: 'handed over to Estonia three citizens wanted for fraud', 'handed over to their Ugandan counterparts
    five traders arrested with forged permits': the parser hangs the people handed inside the 'to' phrase (a second object
    of 'to', or an object of the receiver). Such a described count there is the people handed."""
    for prep in _to_preps(token):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        for n, g in enumerate(objects):
            for c in (g, *(h for h in g.children if h.dep_ in ("dobj", "appos", "conj"))):
                if c is g and n == 0 and not _receiver_hung_on(g):
                    continue    # the first object of 'to' is the receiver unless a country is hung on it
                if _described_people(c):
                    return True
    return False


def _held_first(token):
    """Round 26: 'he was arrested by Haitian police on Saturday and handed over to our side at the bridge': a verb of
    handing joined, with no subject or object of its own, to a passive verb of apprehension; the people are that
    verb's passive subject (a person noun or a personal pronoun). Returns the apprehending verb, else None."""
    verb = token if token.dep_ != "prt" else token.head
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        return None
    first = verb.head
    if first.lemma_.lower() not in lexicon.words("apprehension_verbs"):
        return None
    held = next((c for c in first.children if c.dep_ == "nsubjpass"), None)
    if held is None or not (held.lemma_.lower() in word_class("person") | word_class("custody") or held.ent_type_ == "PERSON"
                            or held.lower_ in ("he", "she", "they")):
        return None
    return first


def _apprehended_then_handed(token) -> bool:
    """Round 25: 'municipal guards caught two men carrying stolen copper and handed the pair over to the provincial
    police': a state's force or organ that apprehends people and hands them on passes suspects to another
    authority (COOPERATE, legal), whoever the receiver is named as (an acronym the entity lists do not know);
    kidnappers who seized people and passed them to another band are no such force."""
    verb = token if token.dep_ != "prt" else token.head
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    first = verb.head
    if first.lemma_.lower() not in lexicon.words("apprehension_verbs"):
        return False
    giver = next((c for c in first.children if c.dep_ == "nsubj"), None)
    if giver is None and _held_first(token) is not None:
        # round 26: 'he was arrested by Haitian police ... and handed over to our side': the passive's agent apprehended
        giver = next((g for c in first.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return giver is not None and any(party_kind(g.lemma_) in ("force", "authority") or g.lemma_.lower() in lexicon.words("state_organs")
                                     for g in (giver, *giver.conjuncts))


def _hands_over_people(token) -> bool:
    """The people handed over: the object or passive subject names people ('the two aid workers were
    handed over'; 'aid' there qualifies the workers), or, where the parser took a shifted object for
    the subject of its participle ('handed over to Greece on Monday a man wanted for ...'), that
    subject."""
    people = word_class("person") | word_class("custody")
    if _shifted_people(token) or _held_first(token) is not None and _apprehended_then_handed(token):
        return True             # round 26: people a state's force arrested, then handed on (the gunmen's captives are not)
    for c in token.children:
        if c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in people or c.ent_type_ == "PERSON"):
            return True
        if c.dep_ == "nsubjpass" and (c.like_num or c.lower_ in ("one", "some", "all", "most", "several")) and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in people for g in p.children)
                for p in c.children):
            return True         # round 24: 'two of the suspects were handed over by ...'
        if c.dep_ in ("conj", "advcl", "ccomp") and c.i > token.i and c.tag_ in ("VBD", "VBN") and any(
                g.dep_ == "nsubj" and g.lemma_.lower() in people for g in c.children) and not any(
                g.dep_ == "dobj" for g in token.children):
            return True
    return False


def _to_authority(token) -> bool:
    """'handed over to Greece', 'handed them to police': the people go to a state or its organs.
    After the people handed, the parser often hangs the 'to' inside the words that describe them
    ('handed two men accused of smuggling to Malian police', 'two brothers wanted for theft to the
    river police'): the last 'to' of that phrase is read too."""
    verb = token if token.dep_ != "prt" else token.head
    preps = [p for c in (verb, *(a for a in verb.children if a.dep_ in ("advmod", "prt") and a.lower_ in ("back", "over")))
             for p in c.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"]
    # "handed back to the coastguard nine fishermen": the parser hangs the 'to' on the particle read as an adverb
    if not preps and token.lemma_.lower() == "hand":
        described = [c for c in token.children if c.i > token.i and (c.dep_ == "dobj" or c.dep_ in ("ccomp", "advcl", "conj") and c.tag_ in ("VBD", "VBN"))]
        inner = [t for c in described for t in c.subtree if t.dep_ == "prep" and t.lower_ == "to"]
        preps = inner[-1:]
    for prep in preps:
        for g in prep.children:
            if g.dep_ == "pobj" and (g.ent_type_ in ("GPE",) or party_kind(g.lemma_) in ("force", "authority")
                                     or g.lemma_.lower() in lexicon.words("state_organs") or _names_a_country(g)):
                return True
            if g.dep_ == "pobj" and (_receiver_of_shifted(g) or g.lemma_.lower() == "counterpart"):
                return True     # round 24: 'to Estonia three citizens wanted ...', 'to their Ugandan counterparts'
    return False


def _authority_hands_suspects(token) -> bool:
    """'the Ugandan authorities handed over four suspects': with no receiver named, a state's organs
    handing over people they hold as suspects transfer them to another state's (COOPERATE), they do
    not release captives (round 21 of issue 13). Rebels handing over hostages stay a release."""
    verb = token if token.dep_ != "prt" else token.head
    if any(p.dep_ in ("prep", "dative") and p.lower_ == "to" for c in (verb, *verb.children) for p in c.children):
        return False
    giver = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if giver is None:           # round 24: 'two of the suspects were handed over by Rwandan police'
        giver = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if giver is None or not (party_kind(giver.lemma_) in ("force", "authority") or giver.ent_type_ == "GPE"
                             or giver.lemma_.lower() in lexicon.words("state_organs")):
        return False
    suspects = lexicon.words("handed_suspect_nouns")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in suspects or c.dep_ == "nsubjpass" and (
        c.lemma_.lower() in suspects or any(p.dep_ == "prep" and p.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in suspects for g in p.children) for p in c.children)) for c in verb.children)


def _goods_between_authorities(token) -> bool:
    """Round 27: 'the Senegalese gendarmerie handed back to our police two tankers stolen last month': a state's force
    handing things (no people, no ground) to another state's force works with it, as a transfer of suspects does; a
    town, a base or control handed back stays a withdrawal."""
    verb = token if token.dep_ != "prt" else token.head
    giver = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if giver is None or not (party_kind(giver.lemma_) in ("force", "authority") or giver.lemma_.lower() in lexicon.words("state_organs")):
        return False
    if not _to_authority(token):
        return False
    ground = lexicon.words("handed_ground_nouns")
    return not any(t.lemma_.lower() in ground for t in verb.subtree if t.i > verb.i and t.pos_ == "NOUN")


# -- what the event coder asks -----------------------------------------------------------------------------------

def people_handed(token) -> bool:
    """Are people (not goods, not a letter) what the verb of handing hands over?"""
    return _hands_over_people(token)


def goods_between_authorities(token) -> bool:
    """Does a state's force hand things (not people, not ground) to another state's force?"""
    return _goods_between_authorities(token)


def to_authority(token) -> bool:
    """Do the people go to a state or its organs?"""
    return _to_authority(token)


def _received_by_authority(token) -> bool:
    """Round 27: 'Thai immigration police received 96 nationals at the bridge': a state's force taking in a counted
    group of people handed across (data/plover_triggers.tsv `receive` row: nationals, migrants, deportees ...) is the
    receiving side of a transfer between states; a hospital or a camp receiving the wounded or refugees is none."""
    giver = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if giver is None or not (party_kind(giver.lemma_) in ("force", "authority") or giver.lemma_.lower() in lexicon.words("state_organs")):
        return False
    return any(c.dep_ == "dobj" and any(g.dep_ == "nummod" and g.i < c.i for g in c.subtree) for c in token.children)
    # (the count may hang on the first of the nationalities: '96 Thai, Cambodian and Myanmar nationals')


def transfer_between_states(token) -> bool:
    """Is a verb of sending or receiving people one side of a transfer between states' organs?"""
    if token.lemma_.lower() == "receive":
        return _received_by_authority(token)
    return _to_authority(token)


def _nationality(noun) -> set[str]:
    return {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")}


def _returned_to_own_state(token) -> bool:
    """Round 27: '120 Kenyan nationals were flown from Juba to Nairobi and handed to Kenyan police on arrival': people
    of one nationality handed, with no giver named, to the force of the same nationality are returned by another state
    to their own (a transfer between states); 'the migrants were handed on to the coastguard' names no nationality."""
    verb = token if token.dep_ != "prt" else token.head
    people = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if people is None and verb.dep_ == "conj":
        people = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    if people is None or not _nationality(people):
        return False
    receivers = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    return any((party_kind(g.lemma_) in ("force", "authority") or g.lemma_.lower() in lexicon.words("state_organs"))
               and _nationality(g) & _nationality(people) for g in receivers)


def transfer_with_giver(token) -> bool:
    """People handed to a state's organs by a named giver (the verb's own subject): a transfer between authorities
    ('Kenyan police handed the suspects to Ugandan police'); 'the migrants were handed on to the coastguard' names
    no giver. People handed to their own state's force are a transfer too, the giver unnamed (round 27)."""
    return (_hands_over_people(token) and _to_authority(token) and any(c.dep_ == "nsubj" for c in token.children)
            or _returned_to_own_state(token))


def hand_over_code(token) -> tuple[str, str]:
    """(code, mode) of people handed over: a transfer between authorities, else a release."""
    if _to_authority(token) or _authority_hands_suspects(token) or _apprehended_then_handed(token):
        return "COOPERATE", "legal"
    return "CONCEDE", "release"
