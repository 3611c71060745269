"""(round 29) A rating in a relative clause set off by commas: "Should the talks collapse, which we consider highly
unlikely, the union would ...", "A snap poll before the autumn, which the council has dismissed and which we
rate at 8 per cent, would ...". The relative clause rates what it hangs on (a supposed event or a noun
of an event) with a probability phrase or a percentage: that is a forecast of its own, at the rating, in the
rater's voice, beside whatever the main clause forecasts. Only a second relative joined by "and" to the first
(the parse makes it a conjunct: "which X has dismissed and which we rate at ...") or a relative of a verb of
rating or of setting a chance in the present (data: rating_verbs, chance_setting_verbs) whose object is the
relative word; not a rating of a figure ("the deficit, which we put at 3 per cent": data figure_nouns).
"""
from __future__ import annotations

from typing import Optional

from ... import lexicon, probability
from . import ceilings
from .candidate import Candidate
from .finder import Finder
from .numbers import PERCENT

W = lexicon.words
_SUPPOSING = ("should", "if", "were", "had")


def candidates(span) -> list[Candidate]:
    out = []
    for verb in span:
        if verb.tag_ not in ("VBP", "VBZ") or verb.lemma_.lower() not in W("rating_verbs") | W("chance_setting_verbs"):
            continue
        relcl = verb if verb.dep_ == "relcl" else verb.head if verb.dep_ == "conj" and verb.head.dep_ == "relcl" else None
        if relcl is None or not _set_off(relcl):
            continue
        if not any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "WDT" and c.i < verb.i for c in verb.children):
            continue
        if relcl is verb and _rated_elsewhere(verb):
            continue
        rating = _rating(verb)
        if rating is None:
            continue
        entry, tokens = rating
        statement = _antecedent(relcl)
        if not statement:
            continue
        out.append(Candidate("phrase", verb, tokens, entry, statement=statement, condition=[]))
    return out


def rates_its_head(verb) -> bool:
    """Whether `verb` is a relative rating read here (rules._same_or_nested: a forecast beside the clause
    it hangs on, not nested in it)."""
    return bool(candidates_of(verb))


def candidates_of(verb) -> list[Candidate]:
    return candidates(verb.doc[verb.i: verb.i + 1])


def _set_off(relcl) -> bool:
    start = relcl.left_edge.i
    return start > 0 and relcl.doc[start - 1].text == "," and relcl.doc[start].lower_ == "which"


def _rated_elsewhere(verb) -> bool:
    """A plain "X, which we put at N per cent" the rules read already (parts.own_relative): only the
    supposed event ("Should X, which we judge ...") and the coordinated relative are read here."""
    return verb.head.dep_ != "advcl"


def _rating(verb) -> Optional[tuple]:
    doc = verb.doc
    after = [t for t in verb.subtree if t.i > verb.i]
    if not after:
        return None
    end = after[-1].i + 1
    # a probability phrase ("very unlikely", "a long shot")
    text = doc[verb.i + 1: end].text
    hits = probability.find(text)
    if hits:
        start = doc[verb.i + 1].idx
        tokens = [t for t in after if hits[0].start <= t.idx - start < hits[0].end]
        if tokens:
            return hits[0].entry, tokens
    # a percentage after "at" ("at 8 per cent")
    m = PERCENT.search(text)
    if m is None or not any(t.lower_ == "at" for t in after):
        return None
    value = float(m.group(1)) / 100
    if not 0 < value <= 1:
        return None
    start = doc[verb.i + 1].idx
    tokens = [t for t in after if m.start() <= t.idx - start < m.end()]
    entry = ceilings.capped(probability.Entry(m.group(0), value, value, value, "stated"), tokens)
    return entry, tokens


def _antecedent(relcl) -> list:
    """The words the relative hangs on, up to the comma before it: the supposed clause ("the talks
    collapse") or the noun phrase of the event ("A snap poll before the autumn")."""
    doc = relcl.doc
    comma = relcl.left_edge.i - 1
    head = relcl.head
    if head.dep_ == "advcl":
        words = [t for t in head.subtree if t.i < comma and not (t.lower_ in _SUPPOSING and t.i == head.left_edge.i)]
    else:
        while head.dep_ in ("pobj", "prep") and head.head.i != head.i:
            head = head.head
        if head.pos_ not in ("NOUN", "PROPN") or head.lower_ in W("figure_nouns"):
            return []
        words = [t for t in head.subtree if t.i < comma]
    return [t for t in words if not t.is_punct or 0 < t.i - words[0].i < len(words) - 1] if words else []


FINDER = Finder("relative_ratings", candidates, lambda: W("rating_verbs") | W("chance_setting_verbs"))
