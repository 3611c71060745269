"""Readings of a trigger's use that tell no act of its type, or an act no trigger word names (issue 13,
round 28: the kinds of type error read on heldout20; docs/events.md "Round 28: heldout20 read").

Each reading is one function over the spaCy parse; the coder asks two things of this module:
- `unfit(token, pattern, particle)`: is this use of a known trigger no act of the pattern's type (a
  record's topic, the document's own frame, a defence against an attack told by the attack, the medium of
  another act)?
- `more_triggers(span)`: acts told by a construction rather than a trigger word (a crowd pushed back, people
  taken for questioning, a walkout from a meeting in protest, work done jointly, harm promised on a condition,
  a measure against a party announced on a condition).
Word sets are in data/words_event_readings.tsv (each with its Source line).
"""
from __future__ import annotations

from ... import lexicon
from .vocabulary import TriggerPattern, party_kind, triggers

_DEFINITE = ("the", "this", "that", "these", "those")
_SCENE_ENTS = ("DATE", "TIME", "GPE", "LOC", "FAC")


def unfit(token, pattern: TriggerPattern, particle) -> bool:
    """Is this use of a trigger no act of the pattern's type (one of the readings below)?"""
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
    `message_nouns`) 'in' which another act is told is that act's medium, no contact of its own."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
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


def more_triggers(span, conditioned, stated_future):
    """Acts told by a construction rather than a trigger word; yields (token, code, pos, mode), at most one per token.
    `conditioned(clause)`: is the clause set on a condition; `stated_future(clause)`: is it a party's 'would' or
    'will' reported by a verb of saying (the coder's own readings, triggers.py, passed in: that module imports this)."""
    for token in span:
        found = (_crowd_pushed_back(token) or _held_for_questioning(token) or _walkout_in_protest(token)
                 or _work_done_jointly(token) or _harm_promised_on_condition(token, conditioned)
                 or _measure_against_on_condition(token, conditioned, stated_future)
                 or _nothing_left_to_do(token) or _passive_under_a_misread_participle(token)
                 or _act_labelled_in_quotes(token) or (("AGREE", "verb", None) if conditional_offer(token) else None))
        if found:
            yield (token, *found)


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
