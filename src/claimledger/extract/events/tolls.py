"""Casualty counts in a sentence: who was killed or wounded, and how many, from the parse.

A count belongs to a casualty word ('killed', 'died', 'dead', 'deaths', 'fatalities', 'wounded',
'injured'): the object of an active 'killed' ('killing nine officers'), the subject of a
passive one or of 'died' / 'dead' ('twenty-four civilians were killed', 'two are dead'), the
number a casualty noun carries ('3 fatalities', 'a death toll of 40'). Number words of every form
('twenty-four', 'one hundred and twelve') are read by text2num; 'no one was killed' and 'killed
zero' are counts of zero; 'at least 12' is 12 (a lower bound, approximate), 'between 40 and 50'
a range whose low end is the count.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .vocabulary import party_kind

_KILLED_VERBS = {"kill", "murder", "slay", "massacre", "execute", "behead", "lynch", "assassinate", "die", "perish"}
_KILLED_NOUNS = {"death", "fatality", "dead", "body", "corpse", "killing"}
_WOUNDED = {"wound", "injure", "hurt", "injury", "wounded", "injured"}
_ABOUT = {"about", "around", "some", "nearly", "almost", "approximately", "roughly", "estimated", "up", "~", "over",
          "least", "more", "than", "upwards", "dozens", "scores", "hundreds"}
_LOWER_BOUND = {"least", "more", "over", "than"}
_ZERO_WORDS = {"zero", "no", "none", "nobody", "noone"}
_NUMBER_LINKS = {"-", "and", "‐", "–"}
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})*$|^\d+$")


@dataclass
class Casualty:
    kind: str              # killed | wounded
    value: float
    low: Optional[float]
    high: Optional[float]
    approximate: bool
    first: int             # token indices of the number phrase
    last: int
    anchor: int            # index of the casualty word
    summary: bool = False  # a total ('3 fatalities', 'the death toll'), not one group's count
    coded: bool = False    # ACLED-style notes: "fatalities coded as 3", the coder's own figure


def number_value(text: str) -> Optional[float]:
    """'twenty-four' -> 24, 'one hundred and twelve' -> 112, '1,200' -> 1200, 'a' -> None."""
    from text_to_num import text2num

    text = text.strip().lower().replace("‐", "-").replace("–", "-")
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    if text in _ZERO_WORDS:
        return 0.0
    try:
        return float(text2num(text, "en"))
    except ValueError:
        return None


def _is_number(token) -> bool:
    return token.like_num or token.lower_ in ("hundred", "thousand", "million")


def _number_span(token) -> Optional[tuple[int, int]]:
    """The contiguous number phrase around a number token ('one hundred and twelve')."""
    if not _is_number(token):
        return None
    doc = token.doc
    first = last = token.i
    while first > 0 and (_is_number(doc[first - 1]) or doc[first - 1].text in _NUMBER_LINKS and first > 1 and _is_number(doc[first - 2])):
        first -= 1
    while last + 1 < len(doc) and (_is_number(doc[last + 1]) or doc[last + 1].text in _NUMBER_LINKS and last + 2 < len(doc) and _is_number(doc[last + 2])):
        last += 1
    return first, last


def _count_of(token):
    """The number a noun carries ('nine officers', '12 of them', 'no one'), as (value, low, high,
    approximate, first, last) or None."""
    candidates = [token] + [c for c in token.children if c.dep_ in ("nummod", "quantmod", "det", "amod", "compound")]
    if token.lower_ == "one" and any(c.lower_ == "no" for c in token.children):
        return 0.0, None, None, False, token.i, token.i
    if token.lower_ in ("nobody", "none", "noone"):
        return 0.0, None, None, False, token.i, token.i
    if token.tag_ == "NN" and token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) and (
            party_kind(token.lemma_) in ("person", "force", "group", "crowd", "authority")):
        return 1.0, None, None, False, token.i, token.i      # "a man was killed", "killed a soldier"
    for cand in candidates:
        if cand.lower_ in _ZERO_WORDS and cand.dep_ in ("det", "nummod") and cand is not token:
            return 0.0, None, None, False, cand.i, cand.i
        span = _number_span(cand)
        if span is None:
            continue
        first, last = span
        doc = token.doc
        text = doc[first: last + 1].text
        rng = re.match(r"^(\d[\d,]*)\s*(?:[-–]|and)\s*(\d[\d,]*)$", text)
        if rng:
            low, high = number_value(rng.group(1)), number_value(rng.group(2))
            return low, low, high, True, first, last
        value = number_value(text)
        if value is None:
            continue
        before = {t.lower_ for t in doc[max(0, first - 3): first]}
        between = _between(doc, first, last)
        if between is not None:
            return between[0], between[0], between[1], True, between[2], last
        return value, (value if before & _LOWER_BOUND else None), None, bool(before & _ABOUT), first, last
    return None


def _between(doc, first, last):
    """'between 40 and 50': the range ending at this number."""
    if first >= 3 and doc[first - 1].lower_ == "and" and _is_number(doc[first - 2]) and doc[first - 3].lower_ == "between":
        low = number_value(doc[first - 2].text)
        high = number_value(doc[first: last + 1].text)
        if low is not None and high is not None:
            return low, high, first - 3
    return None


def _through_of(token):
    """'12 of them', 'dozens of soldiers': the number is the head; keep it."""
    return token


def casualties(span) -> list[Casualty]:
    """Casualty counts of a sentence, in text order, one per number phrase."""
    out: list[Casualty] = []
    taken: set[int] = set()
    for token in span:
        lemma = token.lemma_.lower()
        lower = token.lower_
        kind = None
        if lemma in _KILLED_VERBS or lower in ("killed", "dead", "died"):
            kind = "killed"
        elif lemma in _KILLED_NOUNS or lower in ("deaths", "fatalities"):
            kind = "killed"
        elif lemma in _WOUNDED or lower in _WOUNDED:
            kind = "wounded"
        if kind is None:
            continue
        for holder, summary in _holders(token):
            found = _count_of(holder)
            if found is None:
                continue
            value, low, high, approximate, first, last = found
            if first in taken:
                continue
            taken.update(range(first, last + 1))
            doc = token.doc
            window = doc[min(token.i, first): max(token.i, last) + 1]
            coded = summary and any(t.lower_ == "coded" for t in window)
            out.append(Casualty(kind, value, low, high, approximate, first, last, token.i, summary, coded))
            break
    return sorted(out, key=lambda c: c.first)


def _holders(token):
    """Nouns (or numbers) that may carry the count of a casualty word, most likely first."""
    lemma = token.lemma_.lower()
    children = list(token.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or token.tag_ == "VBN" and token.dep_ in ("acl", "amod", "conj", "advcl")
    if token.pos_ == "VERB" and not passive and lemma not in ("die", "perish"):
        for c in children:
            if c.dep_ in ("dobj", "nsubjpass"):
                yield c, False
    for c in children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            yield c, False
    if token.pos_ in ("NOUN", "PROPN") and lemma in _KILLED_NOUNS | {"injury", "casualty"}:
        yield token, lemma in ("fatality", "death", "casualty")
        for c in children:
            if c.dep_ == "prep" and c.lower_ in ("of", "at", "to"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        yield g, True
        if token.dep_ in ("nsubj", "nsubjpass", "compound"):  # "the death toll rose to 40", "fatalities coded as 3"
            head = token.head
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("to", "of", "at", "as"):
                    for g in c.children:
                        if g.dep_ == "pobj":
                            yield g, True
    if token.pos_ in ("NOUN", "PROPN") and lemma in _KILLED_NOUNS | {"casualty"}:
        node = token                            # "unspecified number of fatalities coded as 3"
        for _ in range(3):
            node = node.head
            if node.pos_ == "VERB":
                for c in node.children:
                    if c.dep_ == "prep" and c.lower_ in ("as", "to", "at"):
                        for g in c.children:
                            if g.dep_ == "pobj":
                                yield g, True
                break
    if lemma == "death" and token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.pos_ == "VERB":
        verb = token.head.head                  # "tortured a villager to death", "were beaten to death"
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass"):
                yield c, False
    if token.dep_ in ("amod", "acl") and token.head.pos_ in ("NOUN", "NUM", "PROPN"):
        yield token.head, False                 # "two dead soldiers", "1 killed"
    if token.dep_ in ("acomp", "oprd", "attr", "advcl", "xcomp", "ccomp", "conj", "appos", "npadvmod") and token.head is not token:
        for c in token.head.children:            # "Two are dead", "leaving 3 dead"
            if c.dep_ in ("nsubj", "dobj", "nsubjpass") and c.i != token.i:
                yield c, False
    if token.i > 0 and _is_number(token.nbor(-1)):
        yield token.nbor(-1), False            # "12 dead", "1 killed, 7 injured"
