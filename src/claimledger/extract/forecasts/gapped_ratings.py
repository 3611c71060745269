"""A second thing rated in a gapped conjunct (round 21): "We think a short walkout is likely, and a
general strike unlikely"; "We judge a reshuffle to be likely, and a snap election very
unlikely"; "Analysts see a rate cut in March as likely, but a second one in June as remote". The
conjunct after the forecast has no verb of its own: it shares the first clause's frame (the verb of
thinking or judging, the copula) and names a second event with its own rating. It is a forecast of its
own, in the same voice, at the rating's reading; the first forecast ends before it.

The conjunct is read only when it is a noun phrase followed by a probability phrase that closes it
(data/probability_phrases.tsv, the same table as every reading), after "and", "but", "while" or
"whereas" (data: gapped_rating_openers) and a comma or nothing: "and a general strike unlikely". Not a
conjunct with a finite verb (a clause, read by the rules), not one whose rating opens it ("and an even
bet for the spring": a second scope of the same event, not a second event), and not a conjunct the
other rules read already.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ... import lexicon, probability
from .detection import Predicted

W = lexicon.words

_CLOSERS = (",", ";", ".", ":", "?", "!", "—", "–", "(", ")")
_FINITE = ("VBZ", "VBP", "VBD", "MD")


def with_gapped_ratings(found: list[Predicted]) -> list[Predicted]:
    """The forecasts, each followed by the gapped rating hung on it, if any."""
    out: list[Predicted] = []
    for p in found:
        out.append(p)
        rated = _gapped(p)
        if rated is not None and not any(q.unit is p.unit and q is not p and q.start < rated.end and rated.start < q.end
                                         for q in found):
            p.end = min(p.end, p.end_before(rated.start))
            out.append(rated)
    return out


def _gapped(p: Predicted) -> Optional[Predicted]:
    if p.cue is None or p.probability is None:
        return None
    unit = p.unit
    tokens = list(unit.span)
    openers = W("gapped_rating_openers")
    for k, tok in enumerate(tokens):
        a, _ = unit.offsets(tok)
        if a < p.cue[1] or tok.lower_ not in openers or k + 2 >= len(tokens):
            continue
        frag = []
        for t in tokens[k + 1:]:
            if t.text in _CLOSERS:
                break
            frag.append(t)
        if len(frag) < 2 or any(t.tag_ in _FINITE or t.pos_ == "AUX" for t in frag):
            continue        # a clause of its own: the rules read it
        if any(_verb_of_its_own(t) for t in frag):
            continue        # "and the talks to resume": another frame's complement
        first, last = frag[0], frag[-1]
        doc = first.doc
        text = doc[first.i: last.i + 1].text
        hits = [h for h in probability.find(text) if h.end == len(text)]
        judged = _judged_alike(p, frag, text) if not hits else None
        if judged is not None:
            hits = [judged]     # round 28: "I think the first deadline is credible and the second ambitious"
        if not hits:
            continue
        hit = max(hits, key=lambda h: h.end - h.start)
        if hit.start == 0 or hit.entry.use == "rule" and judged is None:
            continue        # "and an even bet for the spring": the rating opens it, no second event named
        named = [t for t in frag if t.idx - first.idx < hit.start]
        if not any(t.pos_ in ("NOUN", "PROPN", "VERB") or t.lower_ == "one" or judged is not None
                   and (t.ent_type_ == "ORDINAL" or t.lower_ in ("latter", "former", "other")) for t in named):
            continue        # "and very likely": a second rating of the same event (a "VERB": a noun the tagger took for one)
        start = a
        end = unit.offsets(last)[1]
        cue_start = unit.offsets(first)[0] + hit.start
        statement = doc[named[0].i: named[-1].i + 1].text
        entry = hit.entry
        return replace(p, statement=statement, proposition=statement, start=start, end=end, phrase=hit.text,
                       cue=(cue_start, cue_start + len(hit.text)), probability=entry.probability,
                       probability_low=entry.low, probability_high=entry.high, scale=entry.source,
                       condition=None, horizon=None)
    return None


def _judged_alike(p: Predicted, frag: list, text: str):
    """(round 28) A gapped verdict after a verdict: "I think the first deadline is credible and the second
    ambitious", "We find the spring target realistic, and the autumn one optimistic". When the forecast's
    own phrase is a verdict adjective (data: plausibility_adjectives) and the conjunct closes with another,
    the conjunct is read at that adjective's row, as its own phrase. None otherwise."""
    verdicts = lexicon.mapping("plausibility_adjectives")
    if not p.phrase or not any(w in verdicts for w in p.phrase.lower().split()):
        return None
    last = frag[-1]
    if last.lower_ not in verdicts or len(frag) < 2:
        return None
    entry = probability.lookup(verdicts[last.lower_])
    if entry is None:
        return None
    start = last.idx - frag[0].idx
    return probability.Phrase(last.text, start, len(text), entry)


def _verb_of_its_own(t) -> bool:
    """A verb that heads something in the conjunct: an infinitive ("the talks to resume"), a participle,
    or a verb with a subject, an auxiliary or an object. (A noun the tagger took for a bare verb, "and a
    longer stoppage unlikely", heads nothing of that kind.)"""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    if t.tag_ in ("VBG", "VBN") or t.i > 0 and t.doc[t.i - 1].lower_ == "to":
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "xcomp", "ccomp") for c in t.children)
