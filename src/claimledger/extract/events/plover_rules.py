"""The rules implementation of event coding ("rules", the default of CLAIMLEDGER_EVENT_CODING):
a trigger is a verb or noun whose lemma (plus particle or object, where the pattern asks for
one) is in data/plover_patterns.tsv, with a few readings the parse decides (a diplomatic
protest is ACCUSE, rioting crowds PROTEST, civilians who flee are not RETREAT).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ... import lexicon
from ..entities.aliases import state_of_demonym
from ..syntax import child as child_of, pobj
from .coding import EVENT_CODING, Trigger
from .roles import ACTOR_ENTS

W = lexicon.words


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
    for row in lexicon.rows("plover_patterns.tsv"):
        particle = row["particle"] if row["particle"] not in ("", "-") else None
        objects = frozenset(o.lower() for o in row["objects"].split("|")) if row["objects"] not in ("", "-") else frozenset()
        found[(row["pos"], row["lemma"].lower())].append(Pattern(row["code"], row["pos"], row["lemma"].lower(), particle, objects))
    # the most specific pattern (particle or object required) is tried first
    return {k: tuple(sorted(v, key=lambda p: (p.particle is None, not p.objects))) for k, v in found.items()}


@EVENT_CODING.implementation("rules")
class PatternCoder:
    """PLOVER codes from data/plover_patterns.tsv."""

    def __init__(self, ctx) -> None:
        pass

    def triggers(self, span) -> list[Trigger]:
        return [Trigger(token, pattern.code, pattern.pos, particle) for token, pattern, particle in triggers(span)]


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
                continue  # "Iran-backed", "Panama-flagged": a description, not an event
            lemma = f"{token.nbor(-2).lower_}-{lemma}"   # "test-fired" -> test-fire
        if pos is None:
            continue
        if pos == "noun" and token.dep_ == "compound":
            continue  # "strike weapons", "escalation spiral": a modifier, not an event
        for pattern in table_.get((pos, lemma), ()):
            if pattern.code == "PROTEST" and pos == "noun" and _diplomatic(token):
                pattern = Pattern("ACCUSE", pattern.pos, pattern.lemma, None, frozenset())
            elif pattern.code == "ASSAULT" and pos == "verb" and _rioting(token):
                pattern = Pattern("PROTEST", pattern.pos, pattern.lemma, None, frozenset())
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
            if _question_not_request(token, pattern) or _displaced_not_retreating(token, pattern):
                continue
            yield token, pattern, particle
            break


def _question_not_request(token, pattern) -> bool:
    """"This brief asks who is behind the damage": asking a question is no REQUEST."""
    return pattern.code == "REQUEST" and token.lemma_.lower() == "ask" and any(
        c.dep_ == "ccomp" and token.doc[c.left_edge.i].lower_ in W("wh_words") for c in token.children)


@lru_cache(maxsize=1)
def _civilian_nouns() -> frozenset:
    return frozenset(lexicon.listed("civilian_nouns.txt"))


def _displaced_not_retreating(token, pattern) -> bool:
    """"100,000 residents fled", "eight million Venezuelans have left the country": civilians
    on the move are displaced; RETREAT is a force pulling back."""
    if pattern.code != "RETREAT" or token.lemma_.lower() not in W("displacement_verbs"):
        return False      # "the Israelis withdrew" is still a force pulling back
    subject = child_of(token, "nsubj", "nsubjpass")
    if subject is not None and subject.like_num or subject is not None and subject.ent_type_ == "CARDINAL":
        # "Thousands of residents fled": the people are the object of "of"
        of = child_of(subject, "prep", where=lambda c: c.lower_ == "of")
        subject = pobj(of) if of is not None else None
    if subject is None:
        return False
    if subject.lemma_.lower() in _civilian_nouns():
        return True
    # a plural demonym ("Venezuelans", "Karabakh Armenians") names a people, not an army
    return subject.tag_ in ("NNPS", "NNS") and state_of_demonym(subject.text) is not None


def _particle(token, word: str):
    for child in token.rights:  # "fired on the convoy", never a fronted "On Monday"
        if child.dep_ in ("prt", "prep", "advmod") and child.lower_ == word:
            return child
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt if nxt is not None and nxt.lower_ == word else None


def _diplomatic(noun) -> bool:
    """'lodged a formal protest', 'a diplomatic protest': a government's complaint (ACCUSE),
    not a demonstration in the street (PROTEST)."""
    if any(c.lemma_.lower() in W("diplomatic_words") for c in noun.children if c.dep_ == "amod"):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in W("complaint_verbs")


def _rioting(verb) -> bool:
    """"Protesters attacked the embassies": PLOVER codes a riot as PROTEST, not ASSAULT."""
    subject = child_of(verb, "nsubj")
    return subject is not None and subject.lemma_.lower() in W("crowd_nouns")


def _has_party_object(token) -> bool:
    """'warned Britain' (a threat to a party) rather than 'warned that exports could fall'."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ in ACTOR_ENTS or c.pos_ == "PROPN")
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
