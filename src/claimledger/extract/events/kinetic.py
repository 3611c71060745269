"""Kinetic or figurative: is a violent verb a material act ('militants attacked a checkpoint')
or a metaphor of speech and politics ('the adviser attacked Mexico's president on television',
'hammering critics for an hour')?

A material event shows material evidence somewhere in its sentence: a weapon, a casualty or the
marks of violence, a physical target (a base, a village, a convoy), a force or armed group as a
party. A verb prone to figurative use ('attack', 'hit', 'hammer', 'slam', 'fight' ...) without
any such evidence, whose object is a policy, a person's handling or a rival, or that happens on
television, in a speech or a debate, is figurative: a verbal attack is an accusation (ACCUSE),
any other figurative use ('fight corruption') is no event; so is any attack on a value or an
institution in the abstract ('an attack on press freedom'), whatever else the sentence holds. Word lists: data/event_figurative.tsv
and data/event_word_classes.tsv.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import lexicon
from ..syntax import words_of
from .vocabulary import party_kind, word_class


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset]:
    return {row["kind"]: frozenset(w.strip().lower() for w in row["words"].split("|")) for row in lexicon.rows("event_figurative.tsv")}


def recode(trigger, code: str, actor=None, target=None, armed: bool = False) -> Optional[str]:
    """The code a figurative use takes ('ACCUSE'), None when it is no event at all, or `code`
    unchanged when the act is material (or not a violent verb prone to figurative use).
    `armed`: the parties name an instrument the act was done with ('Arland jets struck rebel
    positions': the jets), which is material evidence."""
    if code != "ASSAULT":
        return code
    lemma = trigger.lemma_.lower()
    words = _words()
    if target is not None and (target.lemma_.lower() in words["value_object"] or target.lower_ in words["value_object"]) and (
            target.ent_type_ == ""):
        return None     # "an attack on press freedom", "an assault on democracy": no one's body or property
    if target is not None and target.lemma_.lower() in words["illness_object"] and target.ent_type_ in ("", "DISEASE"):
        return None     # "measures imposed to battle the coronavirus", "fighting the epidemic": no one's body
    if _war_on_an_abstraction(trigger):
        return None     # round 23: "waging a war on graft with slogans": a figure of policy
    if _not_deliberate(trigger):
        return None     # "a constable who was accidentally shot dead": PLOVER's ASSAULT is deliberate
    if _animal_attack(trigger):
        return None     # round 30: "a crocodile attacked a fisherman at the landing": no political violence
    if _crash_toll(trigger):
        return None     # "a bus carrying workers overturned, killing two": a road accident, no one attacked
    if _hit_by_traffic(trigger):
        return None     # round 22: 'the boy "was knocked down by a scooter"': a road accident, no one attacked
    if sporting(trigger.sent):
        return None     # "the visitors attacked for 90 minutes but lost the derby 1-0"
    named = trigger if trigger.pos_ == "NOUN" else next((c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if named is not None and _quoted(named) and not _hard_evidence(trigger.sent):
        return None     # 'called the blockades "an attack on the economy"', 'a "battle for the region"'
    if _of_the_economy(trigger):
        return None     # "an economic bombardment of small farms", "a trade war": whatever else the sentence holds
    if trigger.pos_ == "VERB" and _scare_quoted(trigger) and not any(t.lemma_.lower() in words["casualty"] for t in trigger.sent):
        return None     # 'claims migrants have "invaded" the south': the speaker's word, held at a distance
    if _figurative_modifier(trigger, named) and not _hard_evidence(trigger.sent):
        return None     # "a rhetorical offensive", "fighting a quieter battle with Moscow", "a charm offensive"
    if lemma not in words["prone"] or armed or _material(trigger, actor, target) or _hurt_after(trigger, target):
        return code
    if not _verbal(trigger, target) or _act_claimed(trigger):
        return code     # (round 22: "the Front claimed the raid in a video": the claim names the deed itself)
    return "ACCUSE" if lemma in words["recode"] else None


def _hit_by_traffic(trigger) -> bool:
    """Round 22: 'knocked down by a scooter', 'struck by a car': a passive blow whose agent is a vehicle that
    no force, state or armed party is named with ('struck by a patrol jeep of the gendarmerie', 'hit by an army truck'
    keep their drivers' act)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in ("hit", "strike", "knock", "run"):
        return False
    for agent in (c for c in trigger.children if c.dep_ == "agent"):
        for noun in (g for g in agent.children if g.dep_ == "pobj"):
            if noun.lemma_.lower() not in word_class("vehicle"):
                continue
            return not any(m.dep_ in ("compound", "amod", "poss", "nmod") and (
                party_kind(m.lemma_) is not None or m.ent_type_ in ("ORG", "NORP", "GPE")) for m in noun.children)
    return False


def _act_claimed(trigger) -> bool:
    """'The Front claimed the ambush', 'claimed responsibility for the attack': the deed claimed."""
    head = trigger.head
    if trigger.dep_ == "dobj" and head.lemma_.lower() in lexicon.words("claim_verbs"):
        return True
    return trigger.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in lexicon.words("responsibility_nouns")


def _not_deliberate(trigger) -> bool:
    """'accidentally shot dead', 'an accidental shooting', 'was shot by accident': the act's manner
    says it was not meant (data/event_figurative.tsv accidental_manner)."""
    manner = _words()["accidental_manner"]
    for c in trigger.children:
        if c.dep_ == "advmod" and c.lower_ in manner or c.dep_ == "amod" and c.lower_ == "accidental":
            return True
        if c.dep_ == "prep" and c.lower_ == "by" and any(p.lower_ == "accident" and p.dep_ == "pobj" for p in c.children):
            return True
    return False


def _animal_attack(trigger) -> bool:
    """Round 30: 'a crocodile attacked a woman washing clothes', 'was mauled by a leopard', 'a hippo attack': an
    animal (data/event_figurative.tsv animal) as the one who attacks is no party's violence (PLOVER ASSAULT is an act
    of a party)."""
    animals = _words()["animal"]
    doers = [c for c in trigger.children if c.dep_ in ("nsubj", "compound") or c.dep_ == "agent"]
    if trigger.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        doers += [c for c in trigger.head.children if c.dep_ == "nsubj"]
    doers += [g for c in doers if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lemma_.lower() in animals or d.lower_ in animals for d in doers)


def _crash_toll(trigger) -> bool:
    """'a minibus overturned near Mbale, killing four', 'the boat capsized and six drowned': deaths or
    injuries told as what an accident verb (data/words_events.tsv accident_verbs) led to, with no
    one who did it ('rebels ambushed a bus, which overturned, killing four' keeps its ambush)."""
    if trigger.lemma_.lower() not in _words()["casualty"] or trigger.dep_ not in ("advcl", "conj", "xcomp", "acl"):
        return False
    crash = lexicon.words("accident_verbs")
    if not any(t.lemma_.lower() in crash and t.pos_ == "VERB" and t.i < trigger.i for t in trigger.sent):
        return False                    # (the parser often hangs the toll on the vehicle's participle, not the crash)
    words = {t.lemma_.lower() for t in trigger.sent}
    return not words & (word_class("weapon") | word_class("violence_cue") | {"ambush", "attack", "gunman", "militant"})


def _figurative_modifier(trigger, named) -> bool:
    """A violent noun (the trigger or the object of its verb) qualified as of words or politics
    ('rhetorical', 'diplomatic', 'legal', 'quiet', 'charm': data/event_figurative.tsv
    figurative_modifier): no blow is struck."""
    nouns = [t for t in (trigger, named) if t is not None and t.pos_ == "NOUN"]
    return any(c.dep_ in ("amod", "compound") and (c.lower_ in _words()["figurative_modifier"] or
                                                   c.lemma_.lower() in _words()["figurative_modifier"])
               for n in nouns for c in n.children)


def _of_the_economy(trigger) -> bool:
    """A violent noun qualified as economic, a matter of trade or of money ('an economic bombardment',
    'a trade war', 'a tariff offensive': data/event_figurative.tsv economic_modifier) strikes no one,
    whatever weapon words the sentence uses beside it."""
    if trigger.pos_ != "NOUN":
        return False                    # "shot dead a prominent economic adviser": the person killed, not the act, is economic
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _words()["economic_modifier"] for c in trigger.children)


def _scare_quoted(token) -> bool:
    """A single word in quotation marks ('have "invaded" the south'): a word the writer
    reports and holds at a distance, not an act the writer tells."""
    doc = token.doc
    quotes = ('"', "“", "”", "'", "‘", "’")
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text in quotes and doc[token.i + 1].text in quotes


_SCORELINE = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])(?!\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))")  # not a date range


def sporting(sentence) -> bool:
    """A sports report ('lost the derby 1-0', 'the striker scored twice in the cup final'): two
    cues of a game (data/event_word_classes.tsv sport_cue, a scoreline) and no weapon; its
    attacks, strikes and battles are play."""
    words = words_of(sentence)
    cues = len(words & word_class("sport_cue")) + len(_SCORELINE.findall(sentence.text))
    return cues >= 2 and not words & word_class("weapon") - {"round", "shot"}


def _quoted(token) -> bool:
    """Is the token inside a pair of quotation marks of its sentence?"""
    sent = token.sent
    marks = [t.i for t in sent if t.text in ('"', "“", "”") or t.text == "'" and t.tag_ in ("``", "''")]
    before = sum(1 for i in marks if i < token.i)
    return before % 2 == 1 and any(i > token.i for i in marks)


def _hard_evidence(sentence) -> bool:
    """A weapon, a casualty or the marks of violence in the sentence: what a quoted characterisation
    ('"an all-out assault on the institutions"') lacks; a party's kind does not count here, as a
    speaker's metaphor names real parties."""
    lemmas = words_of(sentence)
    if lemmas & (word_class("weapon") | word_class("violence_cue")) - {"fire", "shot", "round", "operation", "offensive"}:
        return True
    return any(t.lemma_.lower() in _words()["casualty"] for t in sentence)


def _material(trigger, actor, target) -> bool:
    sentence = trigger.sent
    lemmas = words_of(sentence)
    if lemmas & (word_class("weapon") | word_class("violence_cue")) - {"fire", "shot", "round"}:
        return True
    if any(t.lemma_.lower() in _words()["casualty"] for t in sentence):
        return True
    for party in (actor, target):
        if party is not None and party_kind(party.lemma_) in ("force", "group"):
            return True
    if target is not None and target.lemma_.lower() in word_class("force_target") and target.lemma_.lower() not in _words()["verbal_object"]:
        return True
    return False


def _hurt_after(trigger, target) -> bool:
    """'X attacked the local leader of the party. The leader is now in hospital with injuries.': the
    next sentence tells the harm done to the one attacked (named again by its head word, or as
    he, she, they or the victim), which makes the attack material."""
    if target is None:
        return False
    doc, end = trigger.doc, trigger.sent.end
    if end >= len(doc):
        return False
    after = doc[end].sent
    again = _words()["harmed_again"] | {target.lemma_.lower()}
    hurt = _words()["hurt_after"]
    return any(t.lemma_.lower() in again or t.lower_ in again for t in after) and any(
        t.lemma_.lower() in hurt or t.lower_ in hurt for t in after)


def _armed_formation(noun) -> bool:
    """'fired on an insurgent column', 'an army column': a channel word ('column') qualified by a force
    or an armed group names a body of fighters on the move, not a newspaper's column."""
    return any(c.dep_ in ("compound", "amod") and party_kind(c.lemma_) in ("force", "group") for c in noun.children)


def _verbal(trigger, target) -> bool:
    words = _words()
    if target is not None and (target.lemma_.lower() in words["verbal_object"] or target.ent_type_ == "PERSON"):
        return True
    for token in trigger.subtree:
        if token.dep_ == "pobj" and token.lemma_.lower() in words["channel"] and not _armed_formation(token):
            return True
        if token.dep_ == "advmod" and token.lower_ in words["verbal_manner"]:
            return True
    for child in trigger.children:
        if child.dep_ in ("dobj", "pobj") and (child.lemma_.lower() in words["verbal_object"] or child.ent_type_ == "PERSON"):
            return True
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return subject is not None and party_kind(subject.lemma_) in ("authority",) and target is None


_WAR_NOUNS = ("war", "battle", "crusade", "fight", "campaign", "offensive")


def _war_on_an_abstraction(trigger) -> bool:
    """Round 23: 'is waging a war on graft', 'a battle against inflation', 'the war on drugs': a war whose
    foe ('on', 'against') is an abstraction (data `abstract_foes`) is a figure of policy, no violent act."""
    foes = lexicon.words("abstract_foes")
    nouns = [trigger] if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in _WAR_NOUNS else [
        c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _WAR_NOUNS]
    for noun in nouns:
        heads = [noun] if noun is trigger else [noun, trigger]     # the parse may hang 'on crime' on the verb
        for p in [c for h in heads for c in h.children]:
            if p.dep_ == "prep" and p.lower_ in ("on", "against"):
                if any(g.dep_ == "pobj" and g.lemma_.lower() in foes for g in p.children):
                    return True
    return False
