"""Casualty counts in a sentence: which of its counts are of the killed or the wounded, and of
which casualty word, from the parse.

A count belongs to a casualty word ('killed', 'died', 'dead', 'deaths', 'fatalities', 'wounded',
'injured'; data/quantity_kinds.tsv): the object of an active 'killed' ('killing nine officers'),
the subject of a passive one or of 'died' / 'dead' ('twenty-four civilians were killed', 'two are
dead'), the number a casualty noun carries ('3 fatalities', 'a death toll of 40'). The numbers
themselves are read once, by the quantities extractor (quantities.py: digits, number words
through text2num, ranges, bounds, vague words); a Casualty holds that very Quantity, so an
event's tolls are quantities of the document. Counts given without a number are added here:
'a soldier was killed' is 1, and so is 'his brother', 'no one was killed' and 'nobody' 0.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ... import lexicon
from ...contract import Quantity
from ..syntax import words_of
from .vocabulary import party_kind

_SUMMARY_NOUNS = lexicon.words("casualty_totals")
_ONE_PERSON = lexicon.words("casualty_person_nouns")          # one person: 'a fugitive', 'an imam'           # a total: '3 fatalities', 'the death toll'


@lru_cache(maxsize=1)
def _casualty_words() -> dict[str, str]:
    """Casualty word (lemma or form) -> killed | wounded (data/quantity_kinds.tsv)."""
    return {row["lemma"].lower(): row["kind"] for row in lexicon.rows("quantity_kinds.tsv")
            if row["kind"] in ("killed", "wounded")}


def casualty_kind(token) -> Optional[str]:
    words = _casualty_words()
    return words.get(token.lemma_.lower()) or words.get(token.lower_)


@dataclass
class Casualty:
    kind: str              # killed | wounded
    quantity: Quantity     # the count, one of the sentence's quantities
    first: int             # token indices of the number phrase
    last: int
    anchor: int            # index of the casualty word
    summary: bool = False  # a total ('3 fatalities', 'the death toll'), not one group's count
    coded: bool = False    # ACLED-style notes: "fatalities coded as 3", the coder's own figure

    @property
    def value(self) -> Optional[float]:
        return self.quantity.value if self.quantity.value is not None else self.quantity.low


def _implicit(unit, token, value: float):
    """A count the text gives without a number: 'a man' (1), 'no one' / 'nobody' (0)."""
    first = token.i
    if token.lower_ == "one" and token.i > 0 and token.nbor(-1).lower_ == "no":
        first -= 1
    article = next((c for c in token.children if c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < token.i), None)
    if value == 1 and article is not None:
        first = article.i                       # the count is the article: 'a soldier', 'a Malian soldier'
    doc = token.doc
    start, end = unit.offsets(doc[first: token.i + 1])
    quantity = Quantity(kind="count", value=value, text=doc[first: token.i + 1].text, unit=token.lemma_.lower(),
                        start=start, end=end, sentence_id=unit.id, line=unit.model.line)
    return quantity, first, token.i


def _count_of(token, numbers: dict, unit):
    """The count a noun carries ('nine officers', '12 of them', 'no one', 'a man'), as
    (Quantity, first, last) or None. `numbers`: token index -> the sentence's Counted."""
    if token.lower_ == "one" and any(c.lower_ == "no" for c in token.children) or token.lower_ in ("nobody", "none", "noone"):
        return _implicit(unit, token, 0.0)
    for cand in [token] + [c for c in token.children if c.dep_ in ("nummod", "quantmod", "det", "amod", "compound")]:
        counted = numbers.get(cand.i)
        if counted is not None:
            return counted.quantity, counted.first, counted.last
        if cand is not token and cand.lower_ == "no" and cand.dep_ == "det":
            return _implicit(unit, cand, 0.0)[0], cand.i, cand.i
    for edge in dict.fromkeys((token.i, token.left_edge.i)):
        before = numbers.get(edge - 1)
        if before is not None and before.last == edge - 1 and token.pos_ in ("NOUN", "PROPN"):
            # "~40 soldiers", "56 | Boko Haram fighters": a count the parse left apart
            return before.quantity, before.first, before.last
    if token.tag_ == "NN" and token.pos_ == "NOUN":
        article = _article(token)
        kind = party_kind(token.lemma_)
        one = token.lemma_.lower() in _ONE_PERSON or kind in ("person", "authority")
        if article in ("a", "an") and (one or kind in ("force", "group", "crowd")):
            return _implicit(unit, token, 1.0)  # "a man was killed", "killed a soldier", "a PCC leader"
        if article is None and token.lemma_.lower() in _ONE_PERSON and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
            return _implicit(unit, token, 1.0)  # "a herder and his son were shot dead": the son is one more
        if article == "the" and one and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            # "the leader of ... was shot dead": a role of its own; a bare "the victim" points
            # back to someone counted already
            return _implicit(unit, token, 1.0)
    return None


def _article(token) -> Optional[str]:
    """The article of a noun phrase: its own determiner, or the phrase's first word when the
    parse hung it on a modifier ('a PCC leader')."""
    det = next((c.lower_ for c in token.children if c.dep_ == "det" and c.i < token.i), None)
    if det is None and token.left_edge.i < token.i and token.left_edge.dep_ == "det":
        det = token.left_edge.lower_
    return det if det in ("a", "an", "the") else None


def casualties(unit, numbers) -> list[Casualty]:
    """Casualty counts of a sentence (`unit`), in text order, one per number phrase; `numbers`:
    the sentence's Counted quantities (quantities.py). A count taken is given its kind."""
    if words_of(unit.span).isdisjoint(_casualty_words()):
        return []       # no casualty word in the sentence (most sentences): nothing to walk
    by_token = {i: c for c in numbers for i in range(c.first, c.last + 1)}
    out: list[Casualty] = []
    taken: set[int] = set()
    for token in unit.span:
        kind = casualty_kind(token)
        if kind is None:
            continue
        for holder, summary in _holders(token):
            found = _count_of(holder, by_token, unit)
            if found is None:
                continue
            quantity, first, last = found
            if first in taken:
                continue
            taken.update(range(first, last + 1))
            quantity.kind = kind
            doc = token.doc
            window = doc[min(token.i, first): max(token.i, last) + 1]
            coded = summary and any(t.lower_ == "coded" for t in window)
            out.append(Casualty(kind, quantity, first, last, token.i, summary, coded))
            if not summary:                     # "5 rangers and 1 warden were killed": both groups
                for other in _coordinated(holder):
                    more = _count_of(other, by_token, unit)
                    if more is not None and more[1] not in taken:
                        taken.update(range(more[1], more[2] + 1))
                        more[0].kind = kind
                        out.append(Casualty(kind, more[0], more[1], more[2], token.i))
            break
    return sorted(out, key=lambda c: c.first)


def _coordinated(noun) -> list:
    """The nouns coordinated with a casualty's noun ('Three Malian drivers and two Nigerien
    traders'), each with a count of its own; never a number alone ('between 40 and 50')."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    return [c for c in noun.conjuncts if c.pos_ in ("NOUN", "PROPN") and c.i > noun.i]


def _holders(token):
    """Nouns (or numbers) that may carry the count of a casualty word, most likely first."""
    lemma = token.lemma_.lower()
    children = list(token.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or (
        token.tag_ == "VBN" and token.dep_ in ("acl", "amod", "conj", "advcl") and not any(c.dep_ == "dobj" for c in children))
    if token.pos_ == "VERB" and not passive and lemma not in ("die", "perish"):
        for c in children:
            if c.dep_ in ("dobj", "nsubjpass"):
                yield c, False
    for c in children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            yield c, False
    if token.pos_ == "VERB":
        for c in children:                      # "wounded between 40 and 50"
            if c.dep_ == "prep" and c.lower_ == "between":
                for g in c.children:
                    if g.dep_ == "pobj" and g.like_num:
                        yield g, False
        aux = next((c for c in children if c.dep_ in ("auxpass", "aux") and c.i < token.i), None)
        if aux is not None and aux.i > 0 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children) and token.doc[aux.i - 1].like_num:
            yield token.doc[aux.i - 1], False   # "... and between 40 and 50 were wounded": the parse lost the subject
    noun = token.pos_ in ("NOUN", "PROPN")
    if noun:
        yield token, lemma in _SUMMARY_NOUNS
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
    if noun and casualty_kind(token) == "killed":
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
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    if token.dep_ in ("acomp", "oprd", "attr", "advcl", "xcomp", "ccomp", "conj", "appos", "npadvmod") and token.head is not token and not (
            token.dep_ == "conj" and own_subject):     # "two vehicles were burned and tens of soldiers killed": not the vehicles
        for c in token.head.children:            # "Two are dead", "leaving 3 dead"
            if c.dep_ in ("nsubj", "dobj", "nsubjpass") and c.i != token.i:
                yield c, False
    if token.i > 0 and token.nbor(-1).like_num:
        yield token.nbor(-1), False            # "12 dead", "1 killed, 7 injured"
