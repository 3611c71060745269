"""A second "that"-clause under the same frame is a forecast of its own: "My bet is that the
government raids the fund within 18 months, [and that parliament lets it]"; "My own guess is that
the party dies with her, [and that her voters drift back to the old parties]"; "I'd venture that the
railway carries freight within a year, [and that lorries are on the road before trains]". The
writer repeats "that" to make two calls under one hedge ("my bet", "I'd venture"), each at the
frame's reading; the rules read the first (the frame's complement) and, in the simple present
with no modal of its own, nothing in the second.

Only a clause joined by "and" (or "but") whose first word is "that", and whose head is the first
call's clause or the frame's own word, in the present (a state too: "and that the gains are gone again
by May"); not a clause told in the past or the perfect ("and that it failed", "and that the deal has
been signed"), not one a finder has read already (its own modal or frame: "..., and that they will sign").
"""
from __future__ import annotations

from .candidate import Candidate
from .parts import statement_tokens

_JOINING = ("and", "but")


def of(candidate: Candidate, found: list[Candidate]) -> list[Candidate]:
    """The further calls a candidate's frame makes with a repeated "that" ([] for most)."""
    statement = candidate.statement or []
    if not statement:
        return []
    inside = {t.i for t in statement} | {t.i for t in candidate.phrase_tokens}
    read = {c.root.i for c in found}
    doc = statement[0].doc
    out = []
    for head_i in sorted(inside):
        head = doc[head_i]
        for conj in head.children:
            if conj.dep_ != "conj" or conj.i < head.i or conj.i in read or conj.pos_ not in ("VERB", "AUX"):
                continue
            if not any(c.dep_ == "cc" and c.lower_ in _JOINING for c in head.children if head.i < c.i < conj.i):
                continue
            first = conj.left_edge
            if first.lower_ != "that" or not _present(conj):
                continue
            words = [t for t in statement_tokens(conj, strip_mark=True) if t.i != first.i]
            while words and words[-1].is_punct:
                words.pop()
            if not words:
                continue
            negated = any(c.dep_ == "neg" for p in candidate.phrase_tokens for c in p.children)
            out.append(Candidate(candidate.kind, conj, [*candidate.phrase_tokens], candidate.entry,
                                 negated=negated, statement=words, shared_phrase=True))
            read.add(conj.i)
    return out


def _present(verb) -> bool:
    """A clause in the simple present, or a state in the present ("that the gains are gone again by
    May"); not the past ("that it was wise"), the perfect ("that the deal has been signed": done
    already) or a modal of its own."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" or any(a.tag_ in ("MD", "VBD") or a.lemma_.lower() == "have" for a in auxes):
        return False
    if verb.tag_ == "VBN":
        return any(a.lemma_.lower() == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    return True
