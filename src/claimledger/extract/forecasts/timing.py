"""Events put at a distance or on a date ahead without a future tense: "Costa Rica's general
election is two weeks away", "the new dam is a decade away, at least", "that conversation is a
generation away" (a span of time, data: time_away_nouns, before "away" on a present copula),
and an event called or set for a date ahead ("Unions have called a general strike for April
30", "the president called an early election for December 13": data: calling_verbs, the
object an event noun, "for" a DATE that falls after publication).

Read at "expected to" (a distance) and "scheduled to" (a called date). Not forecasts: "was two
weeks away" (the narrated past), "the border is two hours away" (a distance in space: only
spans of calendar time count), "called a meeting for Tuesday" told after that Tuesday (the
date is checked against the publication date).
"""
from __future__ import annotations

from typing import Optional

from ... import lexicon, probability
from ...due import due_window
from .candidate import Candidate
from .finder import Finder
from .parts import clause_root, statement_tokens

W = lexicon.words


def candidates(span, published: Optional[str]) -> list[Candidate]:
    out = []
    calling, spans = W("calling_verbs"), W("time_away_nouns")
    for tok in span:
        lower = tok.lower_
        if lower == "away":
            found = _time_away(tok, spans)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in calling:
            found = _called_for(tok, published)
        else:
            continue
        if found is not None:
            out.append(found)
    return out


FINDER = Finder("timing", candidates, lambda: W("calling_verbs") | {"away"}, dated=True)


def _time_away(away, spans) -> Optional[Candidate]:
    copula = away.head
    if away.dep_ != "advmod" or copula.lemma_ != "be" or copula.tag_ not in ("VBZ", "VBP"):
        return None
    measure = next((c for c in away.children if c.dep_ == "npadvmod"), None) or next(
        (c for c in copula.children if c.dep_ == "npadvmod" and c.i < away.i), None)
    if measure is None or measure.lemma_.lower() not in spans:
        return None
    if not any(c.dep_ in ("nsubj", "expl") for c in copula.children):
        return None
    return Candidate("construction", clause_root(copula), [copula, *measure.subtree, away],
                     probability.lookup("expected to"), statement=statement_tokens(copula))


def _called_for(verb, published: Optional[str]) -> Optional[Candidate]:
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN":
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > obj.i), None) or next(
        (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    date = next((t for t in (prep.subtree if prep is not None else ()) if t.ent_type_ == "DATE"), None)
    if date is None:
        return None
    doc = verb.doc
    ent = next((e for e in doc.ents if e.start <= date.i < e.end), None)
    if ent is None or due_window("on " + ent.text, published) is None:
        return None     # no date ahead of publication
    statement = [t for t in sorted(verb.subtree, key=lambda t: t.i) if t.i >= obj.left_edge.i and not t.is_punct]
    return Candidate("construction", clause_root(verb), [verb], probability.lookup("scheduled to"), statement=statement)
