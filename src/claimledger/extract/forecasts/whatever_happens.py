"""A call made whatever the outcome: "Whoever wins, fuel subsidies stay through 2027", "Whatever
happens in March, the currency board survives", "Whichever party governs, the levy goes". A clause
opened by a free relative of indifference (data: indifference_openers: "whoever", "whatever",
"whichever", "however") in the present tense, set off by a comma before a main clause in the simple
present, says what will hold after an outcome still to come: a forecast of the main clause, read as
a plain "will" (the speaker states it as settled). Not a clause with its own modal (the modal rules
read it), not one told in the past ("Whoever won, prices stayed"), not a question, not a retort to what
someone says or thinks ("Whatever he says, the bill is dead"). (Round 18.)"""
from __future__ import annotations

from ... import lexicon, probability
from .candidate import Candidate
from .finder import Finder
from .parts import clause_root, statement_tokens

W = lexicon.words


def candidates(span) -> list[Candidate]:
    out = []
    openers = W("indifference_openers")
    for verb in span:
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBZ", "VBP") or verb.dep_ not in (
                "ROOT", "ccomp", "conj", "acl", "parataxis") or verb.dep_ in ("acl", "parataxis") and not any(
                c.dep_ == "nsubj" for c in verb.children):
            continue    # (a clause after a speaker's label may hang on the name: "ANNA: Whoever wins, X stays")
        if any(c.dep_ in ("aux", "auxpass") and (c.tag_ in ("MD", "VBD") or c.lemma_ == "have") for c in verb.children):
            continue
        opener = next((c for c in verb.children if c.dep_ in ("advcl", "csubj") and c.i < verb.i
                       and c.left_edge.lower_ in openers and c.tag_ in ("VBZ", "VBP")
                       and any(t.text == "," for t in verb.doc[c.right_edge.i + 1: verb.i])), None)
        if opener is None or any(t.text == "?" for t in verb.doc[verb.i: verb.sent.end]):
            continue
        if opener.lemma_.lower() in lexicon.speech_verbs() or opener.lemma_.lower() in lexicon.mapping("opinion_verbs"):
            continue    # "Whatever he says, the bill is dead": a retort to a view, not an outcome to come
        statement = [t for t in statement_tokens(verb) if t.i > opener.right_edge.i and not (
            t.is_punct and t.i == verb.doc[verb.right_edge.i].i)]
        while statement and statement[0].is_punct:
            statement.pop(0)
        while statement and statement[-1].is_punct:
            statement.pop()
        if not statement:
            continue
        out.append(Candidate("construction", clause_root(verb), [t for t in opener.subtree],
                             probability.lookup("will"), statement=statement))
    return out


FINDER = Finder("whatever_happens", candidates, lambda: W("indifference_openers"))
