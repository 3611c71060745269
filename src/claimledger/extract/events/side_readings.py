"""Readings of a trigger's use that tell no act of its type, or an act no trigger word names (issue 13,
rounds 28 and 29: the kinds of type error read on heldout20 and heldout21; docs/events.md "Round 28" and
"Round 29").

Each reading is one function over the spaCy parse; the coder asks these things of this module:
- `unfit(token, pattern, particle)`: is this use of a known trigger no act of the pattern's type (a
  record's topic, the document's own frame, a defence against an attack told by the attack, the medium of
  another act; the chair giving the floor, identification by sight, a record's stage direction, an assessed
  outlook, aid withheld, an act claimed or only alleged, food refused as a protest)?
- `more_triggers(span, conditioned, stated_future)`: acts told by a construction rather than a trigger word
  (a crowd pushed back, people taken for questioning, a walkout in protest, work done jointly, harm or a
  measure promised on a condition; coming under fire, forces moved in or arrived, a protest called, food
  refused, a refusal or threat said outright);
- smaller questions of the coder: `conditional_offer`, `offer_factuality`, `passive_clause_after_an_act`,
  `joined_through_a_chain`, `label_of_a_request`, `blames_people`, `refusing_food`, `share_of`,
  `past_the_vocative`, `naming_habit`, `said_outright`.
Word sets are in data/words_event_readings.tsv (each with its Source line).

Dispatch of more_triggers: the constructions are rows of CONSTRUCTIONS (end of the module), tried in their order,
each declaring the coarse tag, fine tag and lemmas (literal or a word set) a token must have for it to fire. A token
is offered only to the rows it fits (the fitting rows of a tag and lemma are computed once and cached), so the ~25
readings cost one look-up on most tokens. A new construction is a function plus a row there; its gate must be a
test the function makes first itself, so that the gate changes no output (tests/test_side_readings.py checks each
row's gate against its function).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from ... import lexicon
from .vocabulary import TriggerPattern, party_kind, triggers

_DEFINITE = ("the", "this", "that", "these", "those")
_SCENE_ENTS = ("DATE", "TIME", "GPE", "LOC", "FAC")


def _unfit_by_use(token, pattern: TriggerPattern, particle) -> bool:
    """Round 28's readings of a trigger's use: a record's topic, the document's frame, a defence, a medium, ..."""
    if pattern.pos == "noun" and _record_topic(token):
        return True
    if pattern.code == "CONSULT" and _document_frame(token, pattern):
        return True
    if pattern.code == "ASSAULT" and pattern.pos == "verb" and _defence_against_told_attack(token):
        return True
    if pattern.code == "CONSULT" and pattern.pos == "verb" and _medium_of_another_act(token):
        return True
    if pattern.code in _REFUSABLE and _nothing_to(token):
        return True            # 'said there was nothing to mediate': refused (_nothing_left_to_do), not done
    if pattern.code == "SUPPORT" and pattern.lemma == "thank" and _thanks_before_a_refusal(token):
        return True
    if pattern.code == "MOBILIZE" and pattern.pos == "verb" and _standing_patrol(token):
        return True
    if pattern.code == "CONSULT" and pattern.pos == "verb" and conditional_offer(token):
        return True            # an offer of the meeting (AGREE, more_triggers), not the meeting
    return False


def conditional_offer(verb) -> bool:
    """'If the two sides want to talk, Santa Catalina will host them', 'Oslo would mediate if both capitals asked':
    a party's 'will' or 'would' of a diplomatic service (`offer_service_verbs`) set on the others' wish (an 'if' clause
    of `wish_verbs`) is an offer made as it is said (PLOVER AGREE, as round 24's 'offered to host talks'); the meeting
    itself has not happened."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("offer_service_verbs"):
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "’ll") for c in kids) or any(c.dep_ == "neg" for c in kids):
        return False
    return any(c.dep_ == "advcl" and c.lemma_.lower() in lexicon.words("wish_verbs") and any(
        m.dep_ == "mark" and m.lower_ == "if" for m in c.children) for c in kids)


def offer_factuality(verb, factuality) -> str:
    """The factuality of a conditional offer: as its saying when a verb of saying reports it, else asserted (the speaker
    makes the offer by saying it). `factuality` is the extractor's own reading of a token."""
    if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB":
        return factuality(verb.head, attributed=False, verbal=True, protest=False)
    return "asserted"


def _standing_patrol(verb) -> bool:
    """'soldiers already patrol the waterfront at night', 'gunboats patrol the lake': patrols told in the simple present
    with no auxiliary are a standing posture of the forces, the background of what the text tells, no deployment that
    happened ('began patrolling', 'have been patrolling since Tuesday', 'stepped up patrols', 'now patrol jointly'
    stay told)."""
    return verb.lemma_.lower() in lexicon.words("standing_duty_verbs") and verb.tag_ in ("VBP", "VBZ") and not any(
        c.dep_ in ("aux", "auxpass") or c.dep_ == "advmod" and c.lower_ in lexicon.words("joint_adverbs") | {"now"}
        for c in verb.children)      # ('boats now patrol jointly with our cutters': a change told, and cooperation)


def _thanks_before_a_refusal(verb) -> bool:
    """'Santo Domingo thanked him and said there was nothing to mediate', 'thanked the envoy but declined the
    offer': thanks with nothing thanked for ('for' phrase), joined to a refusal, are the courtesy of that refusal,
    no act of support of their own."""
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    joined = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    return any(j.lemma_.lower() in ("decline", "refuse", "reject") or _nothing_left_to_do(j) for j in joined)


def _record_topic(noun) -> bool:
    """'posting a video of the blockade', 'footage of the clashes', 'photos of the march': a definite event
    noun after 'of' on a noun of recording (set `record_nouns`) is what the record shows, a happening told
    elsewhere; none of its own here. A noun with a count, a date, a time or a place of its own ('a video of
    the shooting of two men in Tumaco on Friday') still tells it."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lemma_.lower() not in lexicon.words("record_nouns"):
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in noun.children):
        return False
    return not any(c.dep_ == "nummod" for c in noun.children) and not any(
        t.ent_type_ in _SCENE_ENTS for t in noun.subtree if t.i != noun.i)


def _document_frame(token, pattern: TriggerPattern) -> bool:
    """'Summary of the meeting held on Thursday, 26 November', 'Minutes of the session of 3 May': the meeting
    a record is the summary, minutes or transcript of (set `meeting_record_nouns`) is the document's frame, not
    an act the document reports. The meeting noun is the trigger or the noun its participle describes."""
    noun = token.head if pattern.pos == "verb" and token.dep_ == "acl" else token
    if pattern.pos == "verb" and token.dep_ != "acl":
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    record = noun.head.head
    return record.lemma_.lower() in lexicon.words("meeting_record_nouns") and record.dep_ == "ROOT"


def _defence_against_told_attack(verb) -> bool:
    """'an attack the officers on duty beat off', 'the raid that the guards repelled': a verb of fighting in a
    relative clause on an attack noun, with no object of its own (the attack is its object), tells the defence
    against that attack: one happening, told by the attack, no second assault."""
    if verb.dep_ != "relcl":
        return False
    head = verb.head
    if not any(p.code == "ASSAULT" for p in triggers().get(("noun", head.lemma_.lower()), ())):
        return False
    return not any(c.dep_ in ("dobj", "dative") and c.lower_ not in ("that", "which") for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") for c in verb.children)


def _medium_of_another_act(verb) -> bool:
    """'In a message sent to journalists, a man ... denied any involvement', 'in a letter delivered to the
    embassy, the ministry demanded ...': a participle describing the message, letter or statement (set
    `message_nouns`) 'in' which another act is told is that act's medium, no contact of its own. Not when the
    participle names who carried it ('in a letter delivered by the ambassador to the foreign minister on
    Wednesday': an envoy's delivery between two governments is a contact of its own, the seed's gold codes it)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return False
    noun = verb.head
    return noun.lemma_.lower() in lexicon.words("message_nouns") and noun.dep_ == "pobj" and (
        noun.head.lower_ in ("in", "via", "through"))


def passive_clause_after_an_act(later, first) -> bool:
    """'migration agents detained 3,000 people in raids, and most were deported within hours': a passive clause with a
    subject of its own ('most', 'some of them') joined to a party's act, told by another verb, is a second act of the
    same type, not a restatement (the extractor's one-per-happening merge asks it). The first verb is active (a
    subject or an object of its own; the parser may hang its subject elsewhere)."""
    return later.dep_ == "conj" and later.head.i == first.i and later.lemma_.lower() != first.lemma_.lower() and any(
        c.dep_ == "nsubjpass" for c in later.children) and any(c.dep_ == "auxpass" for c in later.children) and any(
        c.dep_ in ("nsubj", "dobj") for c in first.children) and not any(c.dep_ == "auxpass" for c in first.children)


def joined_through_a_chain(later, first) -> bool:
    """'the government closed the crossing and suspended the market and froze new work permits': the parser joins each
    verb of a list to the one before it; a verb is joined to an earlier one through such a chain of joined verbs (at most
    three links), as if joined to it directly (the extractor then asks whether each has an object of its own)."""
    node = later
    for _ in range(3):
        if node.dep_ != "conj" or node.head is node or node.head.pos_ != "VERB":
            return False
        node = node.head
        if node.i == first.i:
            return node is not later.head
    return False


def label_of_a_request(naming_verb) -> bool:
    """'The prosecutor asked the court for the maximum sentence, calling the gang "the knife at our throat"': a
    participle of naming that is the manner of a request (`manner_request_heads`) is part of that request, no
    accusation of its own ('called the detention "piracy" and demanded a release' stays two acts)."""
    return naming_verb.dep_ == "advcl" and naming_verb.tag_ == "VBG" and (
        naming_verb.head.lemma_.lower() in lexicon.words("manner_request_heads"))


def _passive_under_a_misread_participle(verb):
    """'The state of exception declared in the province in July was extended for 60 days by decree': the parser
    made the participle describing the noun ('declared') the verb of that noun and hung the real passive ('was
    extended') under it with no subject of its own; the passive's subject is the participle's. A verb whose
    pattern asks for an object (data/plover_triggers.tsv) is matched against that subject."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("ccomp", "conj") or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if head.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    named = {subject.lemma_.lower()} | {g.lemma_.lower() for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                                        for g in p.children if g.dep_ == "pobj"}
    for pattern in triggers().get(("verb", verb.lemma_.lower()), ()):
        if pattern.objects and not pattern.particle and not pattern.requires and pattern.objects & named:
            return (pattern.code, "verb", pattern.mode)
    return None


def _act_labelled_in_quotes(verb):
    """'a member said the arrests were "an attack on an entire community"', 'the union said the raids were "a war on
    the poor"': a party saying that another's coercive or violent act (an event noun of ASSAULT, COERCE or SANCTION)
    is a quoted name of blame accuses (PLOVER ACCUSE), as 'called the arrests "..."' does; praise (`praise_words`)
    is left alone, and so is a label on anything but such an act ('said the talks were "useful"')."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("refusal_speech_verbs"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON") or subject.lemma_.lower() in lexicon.words(
            "commentator_nouns"):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in clause.children):
            continue
        named = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        label = next((c for c in clause.children if c.dep_ == "attr" and c.i > clause.i), None)
        if named is None or label is None or not any(
                p.code in _FORCEFUL for p in triggers().get(("noun", named.lemma_.lower()), ())):
            continue
        doc = verb.doc
        opened = label.left_edge.i - 1
        if opened <= clause.i or doc[opened].text not in ('"', "“"):
            continue
        if any(t.lower_ in lexicon.words("praise_words") for t in label.subtree):
            continue
        return ("ACCUSE", "verb", None)
    return None


def _crowd_pushed_back(verb):
    """'police pushed the crowd back to the corner with their shields', 'riot officers drove the protesters back':
    a force moving a crowd or protesters away (verbs of `pushing_verbs` with 'back' or 'away') is crowd control,
    as dispersing is (PLOVER COERCE); never a crowd pushing its way in, nor a deadline 'pushed back'."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("pushing_verbs"):
        return None
    if not any(c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "away") for c in verb.children):
        return None
    moved = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(party_kind(c.lemma_) == "crowd" or c.lemma_.lower() in lexicon.words("crowd_people") for c in moved):
        return None
    return ("COERCE", "verb", "restrict")


def _held_for_questioning(verb):
    """'six were taken for questioning on Tuesday', 'held for interrogation', 'picked up for questioning': people
    taken or kept for questioning (`questioning_words`) are detained (PLOVER COERCE, mode arrest), whoever asks."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("take", "hold", "pick", "bring"):
        return None
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "for" and any(
                g.dep_ in ("pobj", "pcomp") and g.lower_ in lexicon.words("questioning_words") for g in p.children):
            return ("COERCE", "verb", "arrest")
    return None


def _walkout_in_protest(verb):
    """'the two members then left the meeting in protest', 'the delegation walked out of the session in protest':
    a party leaving a meeting, a session or the chamber (`gathering_nouns`) in protest, or leaving one 'in protest',
    makes a protest (PLOVER PROTEST); the meeting is where it was made, no consultation of its own."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("leaving_verbs"):
        return None
    places = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("of", "from") for g in p.children if g.dep_ == "pobj"]
    left_a_gathering = any(c.lemma_.lower() in lexicon.words("gathering_nouns") for c in places)
    in_protest = any(p.dep_ == "prep" and p.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() == "protest"
                                                                    for g in p.children)
                     for n in (verb, *places) for p in n.children)
    return ("PROTEST", "verb", "demo") if left_a_gathering and in_protest else None


def _work_done_jointly(noun):
    """'the police and EULEX had carried out a joint forensic examination of the scene', 'conducted a joint
    inspection': an inquiry or an inspection (`joint_work_nouns`) named as joint and carried out, conducted or
    begun (a verb that makes it happen) is cooperation (PLOVER COOPERATE); an offer of one stays an offer."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.words("joint_work_nouns"):
        return None
    if not any(c.dep_ == "amod" and c.lower_ in ("joint", "combined") for c in noun.children):
        return None
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.lemma_.lower() not in lexicon.words("doing_verbs"):
        return None
    return ("COOPERATE", "noun", None)


def _harm_promised_on_condition(verb, conditioned):
    """'a video shows masked men promising to "set the town on fire" if any of them is convicted', 'swore to burn
    the depots unless the workers were freed': a promise (`promising_verbs`) of force on a condition is a threat
    (PLOVER THREATEN), as a 'would' clause of force on a condition is; the act promised stays unasserted."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("promising_verbs"):
        return None
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and not any(g.dep_ == "neg" for g in c.children):
            codes = {p.code for p in triggers().get(("verb", c.lemma_.lower()), ())}
            if codes & _FORCEFUL and conditioned(c):
                return ("THREATEN", "verb", None)
    return None


def _measure_against_on_condition(verb, conditioned, stated_future):
    """'the member said her group would submit an interpellation against the minister if no report reached the
    committee', 'said it would file a complaint against the company unless ...': a party saying it would take a
    step against another party on a condition threatens it (PLOVER THREATEN); the threat sits on the verb of saying."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("refusal_speech_verbs"):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not stated_future(clause) or not conditioned(clause):
            continue
        steps = [c for c in clause.children if c.dep_ == "dobj"]
        if any(p.dep_ == "prep" and p.lower_ == "against" and any(g.dep_ == "pobj" and _party_like(g) for g in p.children)
               for n in steps for p in n.children):
            return ("THREATEN", "verb", None)
    return None


def _nothing_left_to_do(verb):
    """'Santo Domingo thanked him and said there was nothing to mediate', 'said there was no need for talks': a
    party saying there is nothing to do, or no need, of an act it was offered or asked for (a consultation, an
    agreement, help: `_REFUSABLE`) refuses it (PLOVER REJECT, on the verb of saying); the act is not done."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("refusal_speech_verbs"):
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and any(t is not clause and _nothing_to(t) and _refusable(t) for t in clause.subtree):
            return ("REJECT", "verb", None)
    return None


def _nothing_to(token) -> bool:
    """Is the word an act said to be nothing to do or no need ('nothing to mediate', 'no need for talks', 'no need
    to negotiate')?"""
    head = token.head
    if token.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return head.lower_ == "nothing" or head.lemma_.lower() == "need" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in head.children)
    if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "need":
        return any(c.dep_ == "det" and c.lower_ == "no" for c in head.head.children)
    return False


def _refusable(token) -> bool:
    pos = "verb" if token.pos_ == "VERB" else "noun"
    return any(p.code in _REFUSABLE for p in triggers().get((pos, token.lemma_.lower()), ()))


_FORCEFUL = frozenset({"ASSAULT", "COERCE", "SANCTION"})
_REFUSABLE = frozenset({"CONCEDE", "CONSULT", "AGREE", "COOPERATE", "AID"})


def _party_like(noun) -> bool:
    return noun is not None and (noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or noun.pos_ == "PROPN" or party_kind(
        noun.lemma_) in ("force", "group", "authority", "crowd", "person"))


def unfit(token, pattern: TriggerPattern, particle) -> bool:
    """Is this use of a trigger no act of the pattern's type (one of the readings below)?"""
    return (_unfit_by_use(token, pattern, particle) or _unfit_in_records_and_claims(token, pattern, particle)
            or _unfit_round30(token, pattern) or _unfit_round31(token, pattern))


def more_triggers(span, conditioned, stated_future):
    """Acts told by a construction rather than a trigger word; yields (token, code, pos, mode). Round 28's
    readings first, at most one per token; each later round's readings (PASSES) only on a token no earlier round
    took, round 29's protest called beside its own.
    `conditioned(clause)`: is the clause set on a condition; `stated_future(clause)`: is it a party's 'would' or
    'will' reported by a verb of saying (the coder's own readings, triggers.py, passed in: that module imports this).
    Each token is offered only to the readings its part of speech and lemma can fire on (CONSTRUCTIONS)."""
    offered = [(token, rows) for token in span for rows in (_offered(token.pos_, token.tag_, token.lemma_.lower()),) if rows]
    taken = set()
    for number, group in enumerate(PASSES):
        for token, rows in offered:
            found = _first_reading(token, rows[number], conditioned, stated_future)
            if found and token.i not in taken:
                taken.add(token.i)
                yield (token, *found)
            called = _protest_called(token) if group == 29 and rows[-1] else None
            if called is not None and called.i not in taken:
                taken.add(called.i)
                yield (called, "PROTEST", "noun", "strike-gen" if called.lemma_.lower() in ("shutdown", "bandh", "hartal")
                       else "demo" if called.lemma_.lower() not in ("strike", "stoppage", "walkout") else "strike-lim")


_ODDS = ("likely", "unlikely", "possible", "probable", "improbable", "plausible", "imminent")


def _unfit_in_records_and_claims(token, pattern, particle) -> bool:
    """Round 29's readings of a trigger's use: the chair giving the floor, a stage direction, an assessed outlook,
    aid withheld, an act claimed or unverified, a demand, ..."""
    if pattern.code == "CONSULT" and pattern.lemma == "call" and _giving_the_floor(token):
        return True
    if pattern.code == "SUPPORT" and token.lemma_.lower() in ("recognise", "recognize") and _identified_by_sight(token):
        return True
    if pattern.pos == "noun" and _stage_direction(token):
        return True
    if pattern.pos == "noun" and _assessed_outlook(token):
        return True
    if pattern.code == "AID" and pattern.pos == "noun" and _aid_withheld(token):
        return True            # the withholding is the act (SANCTION on its verb), no aid given
    if pattern.code in ("ASSAULT", "PROTEST", "COERCE") and pattern.pos == "noun" and _act_claimed(token):
        return True            # the claim of responsibility is what is told; the act was told before
    if _in_unverified_claim(token):
        return True
    if pattern.code == "ASSAULT" and _enforcement_destruction(token):
        return True
    if pattern.code in _REFUSABLE and pattern.pos == "noun" and _demanded(token):
        return True            # 'demanding an end to the raids and a meeting with the government': asked for, not held
    if pattern.pos == "verb" and _means_in_accusation(token):
        return True
    if pattern.code == "REJECT" and refusing_food(token):
        return True            # a hunger strike (PROTEST, more_triggers), no refusal of a party's proposal
    return False


def _giving_the_floor(verb) -> bool:
    """'I call the Minister for Overseas France', 'I now call Mrs Lavergne, for the Union group': the chair of an
    assembly giving the floor says 'I call' a speaker in the simple present, a procedure of the sitting and no
    telephone call ('I called the colonel myself', past, stays a call)."""
    if verb.tag_ != "VBP" or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    if any(c.dep_ in ("prt", "prep") and c.lower_ in ("for", "on", "upon", "off", "up") and c.i == verb.i + 1
           for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children) and any(
        c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON" or c.lower_ in lexicon.words("floor_titles")
                              or any(g.lower_ in lexicon.words("floor_titles") for g in c.subtree))
        for c in verb.children)


def _identified_by_sight(verb) -> bool:
    """'say some of them were recognised by villagers', 'a witness recognised him': people recognised are identified,
    no recognition of a state or a government (PLOVER SUPPORT needs a party recognised as something)."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False
    seen = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.pos_ == "PRON" and c.lower_ not in ("it", "this", "that") or c.ent_type_ == "PERSON" or c.lower_ in (
        "some", "one", "many", "several", "most", "none", "two", "three", "few") for c in seen)


def _stage_direction(noun) -> bool:
    """'(Protests on the benches of the Together group)', '(Applause)', '(Interruptions)': a verbless parenthesis of
    a verbatim record standing between a speaker's sentences is the record's note of the room, no act told."""
    doc = noun.doc
    left = next((t for t in reversed(doc[max(0, noun.i - 12):noun.i]) if t.text in "()"), None)
    right = next((t for t in doc[noun.i + 1:noun.i + 16] if t.text in "()"), None)
    if left is None or right is None or left.text != "(" or right.text != ")":
        return False
    inside = doc[left.i + 1:right.i]
    if noun.i != next((t.i for t in inside if not t.is_punct), -1) or any(t.pos_ in ("VERB", "AUX") for t in inside):
        return False            # the event noun opens the note; '(a protest was held on Friday)' tells one
    before = doc[left.i - 1] if left.i > 0 else None
    return before is None or before.text in (".", "!", "?", ":", '"', "”") or before.is_space


def _assessed_outlook(noun) -> bool:
    """'We assess a new blockade of the road as likely', 'we judge further attacks as possible': an act a brief
    rates as likely or possible is its outlook, no act told."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lexicon.words("assessing_verbs"):
        return False
    if any(t.lower_ == "as" and t.i > noun.i and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in _ODDS for t in verb.subtree):
        return True            # 'assess a new blockade of the road as likely and armed attacks ...' ('likely' misattached)
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ in _ODDS for g in c.subtree)
               for c in verb.children) or any(c.dep_ in ("oprd", "xcomp", "acomp", "advcl") and c.lower_ in _ODDS
                                              for c in verb.children)   # ('as likely' parsed as an adverbial clause)


def refusing_food(verb) -> bool:
    """'had been refusing food for 23 days', 'refused meals', 'is refusing to eat': refusing food is a hunger strike
    (PLOVER PROTEST, mode strike-hun), no rejection; and what it is done for ('demanding to be moved') is told."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("refuse", "reject"):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words("food_words") for c in verb.children) or any(
        c.dep_ == "xcomp" and c.lemma_.lower() == "eat" for c in verb.children)


def _came_under_fire(verb):
    """'officers came under fire from the riverbank', 'the convoy came under attack near the pass': coming under fire,
    attack or shelling (`under_attack_nouns`) tells an attack on the subject (PLOVER ASSAULT), whoever fired."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("come", "fall"):
        return None
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "under" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in lexicon.words("under_attack_nouns") for g in p.children):
            return ("ASSAULT", "verb", None)
    return None


def _force_unit(noun) -> bool:
    """Is the noun a unit of armed forces or police ('two companies of armed police', 'a contingent of 60 officers',
    'reinforcements', 'troops')?"""
    lemma = noun.lemma_.lower()
    if party_kind(lemma) == "force" or lemma in lexicon.words("force_unit_nouns") and lemma not in ("company", "unit"):
        return True
    return lemma in lexicon.words("force_unit_nouns") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" and party_kind(g.lemma_) == "force" for g in p.children)
        for p in noun.children)


def _forces_moved_in(verb):
    """'Police moved two companies of armed police into the area', 'the army rushed troops to the border': forces
    moved into or to a place (`moving_verbs`) are deployed (PLOVER MOBILIZE)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("moving_verbs"):
        return None
    if not any(c.dep_ == "dobj" and _force_unit(c) for c in verb.children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("into", "to", "in", "towards") for c in verb.children):
        return None
    return ("MOBILIZE", "verb", None)


def _forces_arrived(verb):
    """'a first contingent of 60 officers arrived on Sunday', 'two battalions of reinforcements arrived in the town':
    a unit of forces (not 'police arrived at the scene') arriving is their deployment (PLOVER MOBILIZE); an arrival
    in a clause of time ('withdrew before police reinforcements arrived') dates another act."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "arrive":
        return None
    if any(c.dep_ == "mark" for c in verb.children):
        return None            # 'withdrew before police reinforcements arrived': the time of another act
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in lexicon.words("force_unit_nouns") or not _force_unit(subject):
        return None
    return ("MOBILIZE", "verb", None)


def _protest_called(verb):
    """'the students' union called a 12-hour shutdown of the district', 'called a general strike for Monday': a
    protest a union or a movement calls (`called_protests`, words_events.tsv) is the protest (PLOVER PROTEST) told
    on its noun, whatever lists the noun lacks ('an internet shutdown' is no protest called)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "call":
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words("called_protests") and not any(
                g.dep_ == "compound" and g.lemma_.lower() in ("internet", "government", "network") for g in c.children):
            return c
    return None


def blames_people(verb) -> bool:
    """'Assam Police have blamed "miscreants from across the border"', 'blamed the state for "years of provocation"':
    the blamed are people (`blamed_people`), an accusation, though no party word names them."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words("blamed_people") for c in verb.children)


def share_of(noun) -> list:
    """'suspend payment of the next tranche of our development aid': a share of a whole (`share_nouns`: tranche,
    part, instalment) measured after 'of' stands for the whole it is part of; the whole's 'of' words are what an
    object-matched trigger sees (triggers._measured looks one 'of' deep)."""
    if noun.lemma_.lower() not in lexicon.words("share_nouns"):
        return []
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _aid_withheld(noun) -> bool:
    """'suspend payment of the next tranche of our development aid', 'froze part of its aid': aid named after 'of' (or
    'in') in the object of a verb of withholding (`withholding_verbs`) is aid withheld, no aid given (the withholding
    is a sanction, told on its verb; 'suspended its aid' was already one row)."""
    node = noun
    for _ in range(4):
        if node.dep_ != "pobj" or node.head.lower_ not in ("of", "in"):
            break
        node = node.head.head
    return node is not noun and node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in lexicon.words(
        "withholding_verbs")


def _speech(verb) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.words("refusal_speech_verbs")


def _there_will_be(clause):
    """The attribute of a 'there would be' / 'there will be' clause, or None."""
    if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be":
        return None
    kids = list(clause.children)
    if not any(c.dep_ == "expl" and c.lower_ == "there" for c in kids) or not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in kids):
        return None
    return next((c for c in kids if c.dep_ == "attr"), None)


def _claim_dismissed(verb):
    """'Police dismissed posts circulating on social media that soldiers had shot three men', 'rejected reports that
    its troops had crossed': a verb of dismissal whose object carries a 'that' clause (what was claimed) refuses the
    claim (PLOVER REJECT), whatever noun names it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("dismiss", "reject", "deny"):
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and any(g.dep_ in ("acl", "ccomp") and g.pos_ in ("VERB", "AUX") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in g.children) for g in c.children):
            return ("REJECT", "verb", None)
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and (
                verb.lemma_.lower() == "dismiss"):
            return ("REJECT", "verb", None)     # the parse may hang the claim's clause on the verb itself
    return None


def _no_act_there_will_be(verb):
    """'he said there would be "no negotiation under the threat of explosives"', 'insisted there will be no talks': a
    party saying there will be no consultation, agreement or concession (`_REFUSABLE` nouns) refuses it (PLOVER
    REJECT, on the verb of saying), as round 28's 'nothing to mediate' does."""
    if not _speech(verb) or _refusal_told_beside(verb):
        return None
    for clause in verb.children:
        attr = _there_will_be(clause)
        if attr is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in attr.children) and any(
                p.code in _REFUSABLE for p in triggers().get(("noun", attr.lemma_.lower()), ())):
            return ("REJECT", "verb", None)
    return None


def _denied_taking_part(verb):
    """'the district administration says no one from its villages took part', 'insisted none of its men were
    involved': a party saying no one of its own had a part in an act refuses the blame (PLOVER REJECT)."""
    if not _speech(verb):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not (subject.lower_ in ("nobody", "none", "no-one") or subject.lower_ == "one" and any(
                c.dep_ == "det" and c.lower_ == "no" for c in subject.children)):
            continue
        lemma = clause.lemma_.lower()
        if lemma == "participate" or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in clause.children) or (
                lemma == "involve" and any(c.dep_ == "auxpass" for c in clause.children)):
            return ("REJECT", "verb", None)
    return None


def _more_promised(verb):
    """'It claimed the four explosions and said there would be more', 'claimed the ambush and said there will be more
    attacks': a party that owns attacks and says there will be more threatens them (PLOVER THREATEN)."""
    if not _speech(verb):
        return None
    for clause in verb.children:
        attr = _there_will_be(clause)
        if attr is None:
            continue
        if attr.lower_ == "more" and any(_act_claimed(t) for t in verb.sent):
            return ("THREATEN", "verb", None)      # 'claimed the explosions and said there would be more'
        if any(c.lower_ == "more" for c in attr.children) and any(
                p.code == "ASSAULT" for p in triggers().get(("noun", attr.lemma_.lower()), ())):
            return ("THREATEN", "verb", None)      # 'said there would be more attacks'
    return None


def _act_claimed(noun) -> bool:
    """'It claimed the four explosions', 'the group claimed the attack on the depot': a definite act of force a party
    claims is one told before; the claim (of responsibility) is what the sentence tells."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() != "claim":
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "this", "that", "its", "their")
               for c in noun.children):
        return False
    return any(p.code in ("ASSAULT", "PROTEST", "COERCE") for p in triggers().get(("noun", noun.lemma_.lower()), ()))


def _in_unverified_claim(token) -> bool:
    """'Unverified social media posts claim a miner was killed', 'unconfirmed reports said two boats were sunk': an act
    told only inside a claim whose source the text calls unverified (`unverified_words`) is no act the text tells."""
    node = token
    for _ in range(6):
        if node.dep_ not in ("ccomp", "xcomp", "conj", "relcl", "acl", "pobj", "prep") or node.head is node:
            return False
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in lexicon.words("claiming_verbs"):
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            return subject is not None and any(c.lower_ in lexicon.words("unverified_words") for c in subject.children)
    return False


def _enforcement_destruction(verb) -> bool:
    """'a joint police operation destroyed 14 dredges and arrested 11 people', '14 dredges destroyed, 11 arrests':
    equipment of an illegal trade (`seized_gear_nouns`) destroyed in an operation that also arrests is that
    enforcement operation's work (its arrests are the row), no attack."""
    if verb.lemma_.lower() not in ("destroy", "burn", "dismantle", "sink"):
        return False
    gear = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "nsubj" and verb.tag_ == "VBN"]
    if verb.dep_ in ("acl", "amod") and verb.head.pos_ == "NOUN":
        gear.append(verb.head)
    if not any(g.lemma_.lower() in lexicon.words("seized_gear_nouns") for g in gear):
        return False
    return any(t.lemma_.lower() in ("arrest", "detain", "seize", "operation", "raid") for t in verb.sent)


def past_the_vocative(subject):
    """'Meanwhile, Minister, a citizens' collective has blocked the entrance': a speaker's address ('Minister', 'Madam')
    set off by commas, which the parser takes for the subject with the real subject as its apposition; the subject
    is the apposition."""
    if subject.lower_ not in lexicon.words("floor_titles") and subject.lower_ not in ("sir", "colleagues"):
        return subject
    nxt = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    if nxt is None or nxt.text != ",":
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), subject)


def naming_habit(verb) -> bool:
    """'Locals call the boundary "the line that eats people"', 'villagers call the pass "the widow-maker"': the people
    of a place naming a place or a thing in the simple present tell a habit of speech, no party's act of blame."""
    if verb.tag_ not in ("VBP", "VBZ") or any(c.dep_ in ("aux", "neg") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    named = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or named is None or subject.lemma_.lower() not in lexicon.words("dwellers"):
        return False
    return not triggers().get(("noun", named.lemma_.lower())) and named.ent_type_ not in ("PERSON", "ORG", "NORP") and (
        party_kind(named.lemma_) is None)


def _refusal_told_beside(verb) -> bool:
    """Is a refusal told in words of its own in the sentence or the one before ('The army rejected the accusation.
    "...", he said, adding that there would be no negotiation', 'told reporters there would be "no talks", rejecting
    an offer of dialogue')? Then 'there will be no talks' is that refusal's wording, no second one."""
    sent = verb.sent
    before = verb.doc[sent.start - 1].sent if sent.start > 0 else None
    words = list(sent) + (list(before) if before is not None else [])
    return any(t.pos_ == "VERB" and t.lemma_.lower() in lexicon.words("refusal_verbs") for t in words)


def _demanded(noun) -> bool:
    """'blocked the highway, demanding an end to the raids and a meeting with the federal government', 'sought talks
    with the governor': a meeting, an accord or help named as what a party demands or seeks (`demanding_verbs`) is
    asked for (the demand is the row), not held or given. The parser may join the second noun to the verb itself."""
    head = noun.head
    if noun.dep_ == "conj" and head.dep_ == "dobj":
        head = head.head
    elif noun.dep_ not in ("dobj", "conj"):
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in lexicon.words("demanding_verbs")


def _means_in_accusation(verb) -> bool:
    """'accused the government of "criminalising poverty" by rounding up young men': the means named by 'by' in an
    accusation 'of' a deed is part of what is alleged, as the deed itself ('accused X of killing') is, no act told."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "by":
        return False
    node = verb.head.head
    for _ in range(3):
        if node.pos_ == "VERB" and node.lemma_.lower() in ("accuse", "charge", "blame", "condemn", "criticise", "criticize"):
            return any(c.dep_ == "prep" and c.lower_ in ("of", "for") for n in (node, *(
                o for o in node.children if o.dep_ == "dobj")) for c in n.children)   # ('of' may hang on the accused)
        if node.dep_ not in ("pcomp", "pobj", "prep") or node.head is node:
            return False
        node = node.head
    return False


def _force_picked_them_up(verb):
    """'Mozambican police picked them up at the border post', 'soldiers picked him up at dawn': a force picking up
    people named by a pronoun arrests them (PLOVER COERCE arrest), as the 'pick up' row does for nouns of people."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "pick" or not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in ("them", "him", "her", "us", "me") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or party_kind(subject.lemma_) != "force":
        return None
    return ("COERCE", "verb", "arrest")


def _application_filed(verb):
    """'The lawyers' group filed an urgent application at the High Court seeking access to the detainees', 'lodged a
    petition for their release': an application, a petition or a motion filed or lodged (`legal_requests`) asks a
    court or an authority for something (PLOVER REQUEST)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("file", "lodge", "submit"):
        return None
    for c in verb.children:
        if c.dep_ != "dobj" or c.lemma_.lower() not in lexicon.words("legal_requests"):
            continue
        if any(g.dep_ in ("acl", "relcl") and g.pos_ == "VERB" and any(
                p.code in ("ACCUSE", "SANCTION", "COERCE") for p in triggers().get(("verb", g.lemma_.lower()), ())) or (
                g.lemma_.lower() in ("censure", "impeach")) for g in c.children):
            return None        # 'filed a motion to censure the minister': a blame moved, no request
        return ("REQUEST", "verb", None)
    return None


def _asked_for_and_refused(verb):
    """'Some have asked for a state of emergency. The Government will not declare one.': a party's 'will not' of a
    step that was asked for in that sentence or the one before refuses it (PLOVER REJECT)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "neg" for c in verb.children) or not any(
            c.dep_ == "aux" and c.lower_ in ("will", "wo", "shall") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" and subject.lower_ not in ("we", "i") or subject.pos_ != "PRON" and not (
            party_kind(subject.lemma_) in ("authority", "force", "group") or subject.ent_type_ in ("ORG", "GPE")):
        return None
    sent = verb.sent
    before = verb.doc[sent.start - 1].sent if sent.start > 0 else None
    words = [t for t in sent if t.i < verb.i] + (list(before) if before is not None else [])
    if any(t.pos_ == "VERB" and (t.lemma_.lower() in lexicon.words("demanding_verbs") or t.lemma_.lower() in ("ask", "call") and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in t.children)) for t in words):
        return ("REJECT", "verb", None)
    return None


def _measure_on_their_refusal(verb):
    """'If Moroni refuses again, we will review the visas granted to its officials', 'if the junta does not free them,
    we will cut our aid': a party's 'will' of a step against another's rights or help (`measure_objects`) set on the
    other's refusal or failure is a threat (PLOVER THREATEN)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would") for c in verb.children):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words("measure_objects") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) and (
                c.lemma_.lower() in lexicon.words("refusal_verbs") or any(g.dep_ == "neg" for g in c.children)
                or any(m.lower_ == "unless" for m in c.children)):
            return ("THREATEN", "verb", None)
    return None


def _offer_of_an_act(noun) -> bool:
    """'We welcome the offer made yesterday by the foreign minister to receive a delegation in Moroni', 'an offer to
    host the talks': an offer of an act (its infinitive a trigger or a service offered) is an offer made (PLOVER
    AGREE, as 'offered to host talks' is)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "offer":
        return False
    infinitives = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    infinitives += [g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in c.children
                    if g.dep_ in ("advcl", "xcomp") and g.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                                  for a in g.children)]
    return any(triggers().get(("verb", v.lemma_.lower())) or v.lemma_.lower() in lexicon.words("offered_acts")
               for v in infinitives)


def said_outright(verb, code) -> bool:
    """Is this a refusal or a threat the speaker makes by saying it ('The Government will not declare one' after a
    request; 'If Moroni refuses again, we will review the visas')? It is as factual as the text's own voice, though
    its verb is negated or set on a condition."""
    if verb.dep_ in ("ccomp", "xcomp") or any(c.dep_ == "mark" for c in verb.children):
        return False            # reported or subordinate: the coder's own reading stands
    if code == "REJECT":
        return _asked_for_and_refused(verb) is not None
    return _measure_on_their_refusal(verb) is not None


# Round 30 (heldout22 read): kinds of type error that recur across the read sets.

def people_released(verb) -> bool:
    """'Thirty-one were freed on Thursday', 'detained 15, who were released after questioning', 'held a reporter,
    who was freed at midnight': who was freed is people counted or named before, told by a
    spelled count ('Thirty-one': a number the parse compounds with a number) or by the relative 'who' (it stands
    only for people) hung on people the verb before it holds (`_held_by`); words_events.tsv release_verbs. A release
    row's person objects are then met (triggers._object_lemmas)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("release_verbs"):
        return False
    for c in verb.children:
        if c.dep_ != "nsubjpass":
            continue
        if c.lower_ in ("who", "whom"):
            return verb.dep_ == "relcl" and _held_by(verb.head)
        kids = [g for g in c.children if g.dep_ != "punct"]
        if c.like_num and kids and all(g.dep_ == "compound" and g.like_num for g in kids):   # ('one' can be tagged a noun)
            return True
    return False


def _held_by(noun) -> bool:
    """Is the noun a phrase of people whom the nearest verb above it holds ('detained 15, who ...', 'arrested six
    traders, among them a cashier, who ...'; custody_participles)? A release told of people another act concerns
    ('dropped the case against two of them, who were freed') is that act's outcome, told by it."""
    node = noun
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            return node.lemma_.lower() in lexicon.words("custody_participles")
        if node.head is node:
            return False
        node = node.head
    return False


def _nominal_participle(token) -> bool:
    """'the accused's age and health', 'counsel for the accused': a participle with 'the' and no object,
    agent or clause of its own, in a noun's place, names the people (the defendants), no act of accusing."""
    if token.tag_ != "VBN" or token.dep_ not in ("poss", "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
        return False
    kids = list(token.children)
    return any(c.dep_ == "det" and c.lower_ == "the" and c.i < token.i for c in kids) and not any(
        c.dep_ in ("dobj", "agent", "prep", "ccomp", "xcomp", "advcl", "nsubj", "nsubjpass", "aux", "auxpass") for c in kids)


def _crowd_subject(verb) -> bool:
    """Is the verb's subject people who are no state, force, authority or armed group ('households', 'some 200 cane
    growers', 'villagers')?"""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ in ("PRON", "PROPN") or subject.ent_type_ in ("GPE", "ORG", "NORP"):
        return False
    kind = party_kind(subject.lemma_)
    return kind == "crowd" or kind == "person" and subject.tag_ == "NNS"


def _closed_by_a_crowd(verb) -> bool:
    """'cane growers closed the mill road with tractors': a road closed by people who are no
    state or force is their blockade (PLOVER PROTEST, obstruct), not a state's closure (COERCE)."""
    return verb.lemma_.lower() in lexicon.words("road_closing_verbs") and _crowd_subject(verb)


def _unfit_round30(token, pattern: TriggerPattern) -> bool:
    """Round 30's readings of a trigger's use: a participle naming people; a road closed by a crowd (a blockade,
    `_road_blockade` codes it)."""
    if pattern.code == "ACCUSE" and pattern.pos == "verb" and _nominal_participle(token):
        return True
    if pattern.code in ("COERCE", "SANCTION") and pattern.pos == "verb" and _closed_by_a_crowd(token):
        return True
    if pattern.code == "AID" and pattern.pos == "verb" and _teams_of_a_force(token):
        return True            # a force sending its own teams deploys them (MOBILIZE, `_teams_of_a_force`), no relief
    return False


def _teams_of_a_force(verb):
    """'the gendarmerie sent two more teams to the plateau': teams sent by a force (police, army, a
    gendarmerie; event_party_nouns.tsv kind 'force') are its own men deployed (PLOVER MOBILIZE), not relief teams
    ('MSF sent two surgical teams' stays AID)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("sending_verbs"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or party_kind(subject.lemma_) != "force":
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words("team_nouns") for c in verb.children):
        return None
    return ("MOBILIZE", "verb", "troops")


def _road_blockade(verb):
    """'the growers had blocked it since dawn with tractors', 'households closed the quarry road with logs': people who are no state or force blocking or closing a road (the road nouns of the
    block and close rows) or a road told before ('it') stage a blockade (PLOVER PROTEST, obstruct)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("road_closing_verbs"):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or not _crowd_subject(verb):
        return None
    roads = lexicon.words("blocked_way_nouns")
    if not any(o.lower_ == "it" or o.lemma_.lower() in roads or any(
            g.dep_ == "compound" and g.lemma_.lower() in roads for g in o.children) for o in objects):
        return None
    return ("PROTEST", "verb", "obstruct")


def _named_suspects(verb):
    """'police named three bouncers as suspects in the stabbing', 'four others have been named suspects', 'was named
    as a suspect': people named suspects by the police are formally charged with the offence (PLOVER COERCE,
    with its accusation; the golds code it as a charge)."""
    if verb.lemma_.lower() not in lexicon.words("suspect_naming_verbs"):
        return None
    suspects = lexicon.words("suspect_nouns")
    for c in verb.children:
        if c.dep_ in ("oprd", "attr") and c.lemma_.lower() in suspects or c.dep_ == "prep" and (
                c.lower_ == "as" and any(g.dep_ == "pobj" and g.lemma_.lower() in suspects for g in c.children)):
            return ("COERCE", "verb", None)
    return None


# --- which reading may fire on which token --------------------------------------------------------------------
# The constructions of more_triggers, in the order they are tried (the first that fires on a token tells its act;
# the order is part of the output). Each declares what a token must be for it to fire at all: its coarse tag
# (`pos`), its fine tag (`tag`), its lemma (`lemmas`, or `words`: the name of a word set of
# data/words_event_readings.tsv or words_events.tsv). The gate must be a condition the reading itself checks first,
# so that skipping a token it rules out changes nothing: it only spares the call. A new reading joins by a row here.


# Round 31 (heldout23 read): kinds of type error of heldout23, each a construction of the genre (docs/events.md
# "Round 31"). For the dispatch table of branch `speed` (CONSTRUCTIONS), each reading states its tag and lemma set.

def _section_heading(noun) -> bool:
    """'2. Beatings. Eleven residents told us ...', '6. Aid. The Red Cross distributed ...': an event noun standing
    alone after a list number is the heading of a report's numbered section, naming the topic the section then
    tells (the acts are told by the sentences under it), no act of its own.
    Unfit row: tag NN/NNS (a noun trigger), any lemma."""
    if noun.pos_ not in ("NOUN", "PROPN", "VERB") or noun.tag_ not in ("NN", "NNS", "NNP", "NNPS", "VB"):
        return False                      # ('Aid.' alone can be tagged a base verb)
    sent, doc = noun.sent, noun.doc
    numbered = False
    for t in sent:
        if t.i == noun.i or t.is_space or t.is_punct and t.i > noun.i:
            continue
        if t.i < noun.i and (t.tag_ == "LS" or t.like_num or t.dep_ == "meta" or t.is_punct):
            numbered = numbered or t.tag_ == "LS" or t.like_num
            continue
        if t.head.i == noun.i and t.dep_ in ("amod", "compound", "det"):
            continue
        return False
    if not numbered and sent.start >= 2:
        marker, number = doc[sent.start - 1], doc[sent.start - 2]
        numbered = marker.text in (".", ")", ":") and (number.tag_ == "LS" or number.like_num)
        if numbered and number.i > 0:
            before = doc[number.i - 1]
            numbered = before.is_space or "\n" in before.whitespace_ or before.text in (".", ":")
    if not numbered or sent.end >= len(doc):
        return False
    after = doc[sent.end]
    return not after.is_space and "\n" not in doc[sent.end - 1].whitespace_   # the section's text follows on its line


def _meeting_addressed(noun) -> bool:
    """'The delegation informed the meeting that ...', 'Ecuador told the talks that ...': a meeting addressed by a
    party is where something is said (the meeting is told where it is held), no further meeting.
    Unfit row: tag NN/NNS, lemmas of CONSULT's noun rows; the verb above in words_event_readings.tsv
    meeting_addressing_verbs."""
    if noun.dep_ not in ("dobj", "dative") or noun.head.pos_ != "VERB":
        return False
    return noun.head.lemma_.lower() in lexicon.words("meeting_addressing_verbs")


def _question_asked_about(verb) -> bool:
    """'Readers have asked about a video', 'we will show the warrants to anyone who asks': asking about something,
    or asking with nothing asked for, is an inquiry, no request (PLOVER REQUEST needs what is asked: an object, 'for',
    'to' or a clause).
    Unfit row: tag VB*, lemma 'ask' (REQUEST's verb row)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "ask":
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "oprd", "attr", "iobj") for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ != "about" for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in kids):
        return True
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    return verb.dep_ == "relcl" and subject is not None and subject.lower_ in ("who", "whoever") and (
        verb.head.lower_ in ("anyone", "anybody", "everyone", "whoever", "those"))


def refusing_work(verb) -> bool:
    """'Motorcycle taxi drivers are refusing to work', 'dockers refused to load the ships': workers refusing to do their
    work stop it (PLOVER PROTEST, a strike), no rejection of a party's proposal. words_event_readings.tsv
    work_refusal_verbs.
    Construction row: tag VB*, lemmas ('refuse',), gives ('PROTEST', 'verb', 'strike-lim')."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "refuse":
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.words("work_refusal_verbs") for c in verb.children)


def _unfit_round31(token, pattern: TriggerPattern) -> bool:
    """Round 31's readings of a trigger's use: a report's section heading; a meeting addressed; an inquiry; a refusal
    to work (a strike, told by `refusing_work` in more_triggers)."""
    if _section_heading(token):
        return True
    if pattern.code == "CONSULT" and pattern.pos == "noun" and _meeting_addressed(token):
        return True
    if pattern.code == "REQUEST" and pattern.pos == "verb" and _question_asked_about(token):
        return True
    if pattern.code == "REJECT" and pattern.pos == "verb" and refusing_work(token):
        return True
    if pattern.pos == "noun" and pattern.code in ("ASSAULT", "COERCE", "PROTEST") and _act_reported_then_denied(token):
        return True
    return False


def _denied_act_noun(verb):
    """The act a party's saying denies: 'the police said no such attack took place', 'told us there was no ambush
    there', 'say no live ammunition was used': the verb of saying (words_event_readings.tsv denial_saying_verbs) over a
    clause whose subject or predicate is an act or its means (deniable_act_nouns) under 'no'. None when there is none."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("denial_saying_verbs"):
        return None
    acts = lexicon.words("deniable_act_nouns")
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        for noun in clause.children:
            if noun.dep_ in ("nsubj", "nsubjpass", "attr") and noun.lemma_.lower() in acts and any(
                    d.dep_ == "det" and d.lower_ == "no" for d in noun.children):
                return noun
    return None


def _claim_nearby(token, before: int = 4, after: int = 0) -> bool:
    """Is a claim, report or record of an act (claim_nouns: 'reports of a second ambush', 'a video which claims to
    show') told in the token's sentence or one of the `before` sentences before it (`after` after it)?"""
    sents = list(token.doc.sents)
    at = next((k for k, s in enumerate(sents) if s.start <= token.i < s.end), None)
    if at is None:
        return False
    claims = lexicon.words("claim_nouns")
    return any(t.lemma_.lower() in claims or t.lower_ in claims for s in sents[max(0, at - before): at + after + 1] for t in s)


def _said_not_so(verb):
    """'Reports of a second attack circulated; the police said no such attack took place', 'there were reports of
    an ambush ... the police chief told us there was no ambush there': saying that an act reported or claimed
    just before did not happen denies the claim (PLOVER REJECT), though no denying verb is used. Without a claim
    nearby ('police said no one was hurt') the saying is a plain statement.
    Construction row: tag VB*, lemmas denial_saying_verbs, gives ('REJECT', 'verb', None)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("denial_saying_verbs"):
        return None
    if _denied_act_noun(verb) is None or not _claim_nearby(verb):
        return None
    return ("REJECT", "verb", None)


def _act_reported_then_denied(noun) -> bool:
    """'there were reports this afternoon of a second ambush ... the police chief told us there was no ambush there':
    an act told only as what reports or claims say ('reports of', 'claims of'), which a party then says did not
    happen, is no act (the saying is the denial, `_said_not_so`).
    Unfit row: tag NN/NNS, lemmas deniable_act_nouns."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.words("deniable_act_nouns"):
        return False
    head, claims = noun.head, lexicon.words("claim_nouns")
    if noun.dep_ != "pobj" or head.lower_ != "of":
        return False
    if not (head.head.lemma_.lower() in claims or head.head.lemma_.lower() == "be" and any(
            c.dep_ == "attr" and c.lemma_.lower() in claims for c in head.head.children)):
        return False                      # 'reports of', 'there were reports this afternoon of'

    sents = list(noun.doc.sents)
    at = next((k for k, s in enumerate(sents) if s.start <= noun.i < s.end), 0)
    for s in sents[at: at + 5]:
        for t in s:
            denied = _denied_act_noun(t) if t.pos_ == "VERB" else None
            if denied is not None and denied.lemma_.lower() == noun.lemma_.lower():
                return True
    return False


@dataclass(frozen=True)
class Construction:
    read: Callable                          # read(token) -> (code, pos, mode) or None; or, with `gives`, a bool
    round: int                              # 28: tried first on every token; 29: on what round 28 left ("called" apart); 30: on what both left; 31: on what all left
    pos: Optional[str] = None               # token.pos_ it must have; None: any
    tag: Optional[str] = None               # token.tag_ it must have; None: any
    lemmas: tuple[str, ...] = ()            # token.lemma_ (lower-case) it must have, literally ...
    words: Optional[str] = None             # ... or from this word set; neither: any lemma
    gives: Optional[tuple] = None           # (code, pos, mode) for a reading that answers yes or no
    asks: tuple[str, ...] = ()              # the coder's readings it takes beside the token: conditioned, stated_future

    def fits(self, pos: str, tag: str, lemma: str) -> bool:
        return ((self.pos is None or pos == self.pos) and (self.tag is None or tag == self.tag)
                and (not self.lemmas or lemma in self.lemmas)
                and (self.words is None or lemma in lexicon.words(self.words)))

    def __call__(self, token, conditioned, stated_future):
        extra = {"conditioned": conditioned, "stated_future": stated_future}
        found = self.read(token, *(extra[a] for a in self.asks))
        return self.gives if found and self.gives is not None else found


CONSTRUCTIONS = {
    28: (
        Construction(_crowd_pushed_back, 28, "VERB", words="pushing_verbs"),
        Construction(_held_for_questioning, 28, "VERB", lemmas=("take", "hold", "pick", "bring")),
        Construction(_walkout_in_protest, 28, "VERB", words="leaving_verbs"),
        Construction(_work_done_jointly, 28, "NOUN", words="joint_work_nouns"),
        Construction(_harm_promised_on_condition, 28, "VERB", words="promising_verbs", asks=("conditioned",)),
        Construction(_measure_against_on_condition, 28, "VERB", words="refusal_speech_verbs",
                     asks=("conditioned", "stated_future")),
        Construction(_nothing_left_to_do, 28, "VERB", words="refusal_speech_verbs"),
        Construction(_passive_under_a_misread_participle, 28, tag="VBN"),
        Construction(_act_labelled_in_quotes, 28, "VERB", words="refusal_speech_verbs"),
        Construction(conditional_offer, 28, "VERB", words="offer_service_verbs", gives=("AGREE", "verb", None)),
    ),
    29: (
        Construction(_came_under_fire, 29, "VERB", lemmas=("come", "fall")),
        Construction(_forces_moved_in, 29, "VERB", words="moving_verbs"),
        Construction(_forces_arrived, 29, "VERB", lemmas=("arrive",)),
        Construction(refusing_food, 29, "VERB", lemmas=("refuse", "reject"), gives=("PROTEST", "verb", "strike-hun")),
        Construction(_claim_dismissed, 29, "VERB", lemmas=("dismiss", "reject", "deny")),
        Construction(_no_act_there_will_be, 29, "VERB", words="refusal_speech_verbs"),
        Construction(_denied_taking_part, 29, "VERB", words="refusal_speech_verbs"),
        Construction(_more_promised, 29, "VERB", words="refusal_speech_verbs"),
        Construction(_force_picked_them_up, 29, "VERB", lemmas=("pick",)),
        Construction(_application_filed, 29, "VERB", lemmas=("file", "lodge", "submit")),
        Construction(_asked_for_and_refused, 29, "VERB"),
        Construction(_measure_on_their_refusal, 29, "VERB"),
        Construction(_offer_of_an_act, 29, "NOUN", lemmas=("offer",), gives=("AGREE", "noun", None)),
    ),
    # round 30 (heldout22 read): tried on what rounds 28 and 29 (and "called") left
    30: (
        Construction(_road_blockade, 30, "VERB", words="road_closing_verbs"),
        Construction(_named_suspects, 30, "VERB", words="suspect_naming_verbs"),
        Construction(_teams_of_a_force, 30, "VERB", words="sending_verbs"),
    ),
    # round 31 (heldout23 read): tried on what rounds 28, 29 (and "called") and 30 left
    31: (
        Construction(refusing_work, 31, "VERB", lemmas=("refuse",), gives=("PROTEST", "verb", "strike-lim")),
        Construction(_said_not_so, 31, "VERB", words="denial_saying_verbs"),
    ),
    # round 29's protest called ('called a general strike'): told on the noun called, beside whatever the verb tells
    "called": (Construction(_protest_called, 29, "VERB", lemmas=("call",)),),
}

# The passes of more_triggers, in order: a token one pass takes is left by the later ones.
PASSES = (28, 29, 30, 31)


@lru_cache(maxsize=8192)
def _offered(pos: str, tag: str, lemma: str) -> tuple:
    """The constructions of each pass (PASSES, then "called") that a token of this tag and lemma could fire on, in
    their order; () when none could (most tokens). Cached: the same words come back, so a token costs one look-up
    instead of a call to every reading."""
    rows = tuple(tuple(c for c in CONSTRUCTIONS[group] if c.fits(pos, tag, lemma)) for group in (*PASSES, "called"))
    return rows if any(rows) else ()


def _first_reading(token, rows, conditioned, stated_future):
    """The act the first of these constructions that fires on the token tells, or None."""
    for construction in rows:
        found = construction(token, conditioned, stated_future)
        if found:
            return found
    return None
