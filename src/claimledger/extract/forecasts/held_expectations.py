"""(round 29) An expectation named by a noun: "Among renters, expectations of a further rise by the spring
remain strong", "The market's expectation of a rebound in the first half of 2028 seems premature to me",
"the fishermen's expectations of a quota cut before the summit". The noun "expectation" with an event after
"of" and a time in its phrase (a date, or another event after "before", "after", "by") is the holders' forecast of that event, whatever the clause then says of it
(a verdict on it, "seems premature", is read as a forecast of its own by the rules that read verdicts).
Read at "expected to". The holders are the noun's possessor, compound or an "among" phrase (the
attribution reads them from the sentence).

Not an expectation in a comparison ("came in below expectations of ..."), denied ("no expectation of"),
or told in the past ("expectations of a cut in March faded": what was expected is gone); not one without
a time (a mood, not a call); not a figure alone ("expectations of 2 per cent": the rules of figures read
those). Data: held_expectation_nouns.
"""
from __future__ import annotations

from ... import lexicon, probability
from .candidate import Candidate
from .finder import Finder

W = lexicon.words
# prepositions that date the event by another ("before the regional elections")
_BY_AN_EVENT = ("before", "after", "by", "until")
_SUBJECT_OR_OBJECT = ("nsubj", "nsubjpass", "dobj", "attr", "ROOT", "appos", "conj")


def candidates(span) -> list[Candidate]:
    out = []
    for noun in span:
        if noun.pos_ != "NOUN" or noun.lower_ not in W("held_expectation_nouns") or noun.dep_ not in _SUBJECT_OR_OBJECT:
            continue
        if any(d.dep_ == "det" and d.lower_ in ("no", "any") or d.dep_ == "neg" for d in noun.children):
            continue
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i), None)
        event = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if event is None or event.pos_ not in ("NOUN", "PROPN") or event.like_num:
            continue
        phrase = sorted(noun.subtree, key=lambda t: t.i)
        if not any(t.ent_type_ == "DATE" and t.i > event.i or t.dep_ == "prep" and t.lower_ in _BY_AN_EVENT and t.i > event.i
                   and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in t.children) for t in phrase):
            continue    # no time: a mood, not a call
        verb = noun.head
        if noun.dep_ != "ROOT" and verb.tag_ in ("VBD", "VBN") and not any(
                c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
            continue    # "expectations of a cut in March faded"
        statement = [t for t in phrase if not (t.is_punct and (t.i == phrase[0].i or t.i == phrase[-1].i))]
        out.append(Candidate("estimate", event, [noun], probability.lookup("expected to"), statement=statement))
    return out


FINDER = Finder("held_expectations", candidates, lambda: W("held_expectation_nouns"))
