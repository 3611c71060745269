"""Ratings put on an event by a verb of judging: "We consider a default before the summer a
remote prospect", "the ministry regards a second devaluation as improbable", "which we regard
as improbable", "I'd rate that a long shot", "We consider that very unlikely in the assessment
period", "we see a slip into 2027 as improbable". The probability phrase (found by
claimledger.probability in the sentence) is the verb's object complement, and what it rates is
the verb's object: rating an event's likelihood is forecasting it, whether or not the clause
has a future tense or a date.

Read from `rules._phrase_candidates` for a phrase that the clause's tense alone does not put
ahead (one lookup of the verb above the phrase, no scan of its own). Verbs: data/words_forecasts.tsv
(rating_verbs). Not a rating: the same verbs told in the narrated past ("in 2019 the ministry
regarded a devaluation as unlikely" is a reported past estimate, left to the reported-past rule).
"""
from __future__ import annotations

from typing import Optional

from ... import lexicon
from .parts import statement_tokens

W = lexicon.words

# how far up from the phrase the verb may stand: "as [improbable]" -> prep -> verb
_MAX_CLIMB = 3


def rating_verb(head):
    """The verb of judging (data: rating_verbs) whose complement the phrase head is, or None."""
    node, steps = head, 0
    while node.head.i != node.i and steps < _MAX_CLIMB:
        if node.dep_ not in ("dobj", "oprd", "acomp", "ccomp", "xcomp", "pobj", "prep", "amod", "attr", "advmod"):
            return None
        node, steps = node.head, steps + 1
        if node.pos_ in ("VERB", "AUX"):
            break
    if _infinitive_be(node):
        # "We judge a formal recognition of its authority to be very improbable": the parser hangs
        # the infinitive on the nearest noun; the verb of judging is the first verb above it
        node = next((a for a in node.ancestors if a.pos_ in ("VERB", "AUX")), node)
    if node.pos_ != "VERB" or node.lemma_.lower() not in W("rating_verbs") or node.i > head.i:
        return None
    if node.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in node.children):
        return None     # "the ministry regarded it as unlikely": the estimate of a past occasion
    return node


def _infinitive_be(token) -> bool:
    """'to be' ("judge X to be very improbable")."""
    return token.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def rated_object(head, phrase_tokens: list) -> Optional[list]:
    """What the rating verb over the phrase rates, as tokens: its object ("a default before the
    summer"), the subject of a small clause ("[that] very unlikely"), the noun a relative "which"
    stands for ("attacks on foreigners, which we regard as improbable"). None when the phrase is
    not an object complement of a rating verb, or the object lies inside the phrase."""
    verb = rating_verb(head)
    if verb is None:
        return None
    inside = {t.i for t in phrase_tokens} | {t.i for t in head.subtree}
    if head.dep_ == "acomp" and _infinitive_be(head.head):
        inside |= {t.i for t in head.head.subtree}     # "... to be very improbable": the rating, not the rated
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i not in inside), None)
    if obj is None:     # "consider [that very unlikely]": the small clause's subject
        small = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i in inside), None)
        obj = next((c for c in small.children if c.dep_ == "nsubj"), None) if small is not None else None
        if obj is not None:
            inside -= {t.i for t in obj.subtree}
    if obj is None:
        return None
    if obj.lower_ == "it":      # "We judge it highly unlikely (below 10 percent) that elections are held ...": extraposed
        extraposed = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i > head.i
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if extraposed is not None:
            return statement_tokens(extraposed, strip_mark=True)
    if obj.tag_ == "WDT" and verb.dep_ == "relcl":     # "attacks on foreigners, which we regard as ..."
        antecedent = verb.head
        return sorted((t for t in antecedent.subtree if t.i < verb.left_edge.i and not t.is_punct), key=lambda t: t.i)
    tokens = sorted((t for t in obj.subtree if t.i not in inside), key=lambda t: t.i)
    # the verb's own time phrase belongs to what is rated ("a default [before the summer]")
    tokens += [t for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.i not in inside and c.i > obj.i
               for t in c.subtree if t.i not in inside]
    return sorted(tokens, key=lambda t: t.i)
