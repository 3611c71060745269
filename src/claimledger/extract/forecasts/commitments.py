"""A party's standing commitment put on a date ahead: "The National Oil Corporation plans to name
the winners in the first quarter of 2027", "She plans to enter the ballot again next year", "the
Agency has promised a decision in the spring", "the government has pledged to remove the subsidy
by 2028". The party's word that a thing will happen by then is its forecast of it, read at the
row "commitment with a date" (about three in four: plans slip).

Only a commitment still standing: a plan in the present ("plans", "intends"), a promise or pledge
in the present or present perfect ("promises", "has promised"); never a past one ("promised in
July that ...", "had promised last winter": the writer tells what was said then, often to show
it broken), a negated one, or one with no time ahead ("has promised Nuuk a bigger voice": a
commitment, no forecast of when). Verbs: data/words_forecasts.tsv (commitment_verbs).
"""
from __future__ import annotations

from ... import lexicon, probability
from .candidate import Candidate
from .finder import Finder
from .parts import clause_root, condition_of, horizon_of

W = lexicon.words


def candidates(span) -> list[Candidate]:
    out = []
    for verb in span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in W("commitment_verbs") or not _standing(verb):
            continue
        kids = list(verb.children)
        subject = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ == "conj":
            # "The government raised prices twice and has pledged to ...": the subject of the verb before
            subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if any(c.dep_ == "neg" for c in kids) or subject is None:
            continue
        # (", which would be the most since 2010" parsed as a complement is a comment on it)
        content = [c for c in kids if c.dep_ in ("xcomp", "dobj", "ccomp") and c.i > verb.i
                   and not (c.dep_ == "ccomp" and c.left_edge.tag_ in ("WDT", "WP"))]
        if not content:
            continue
        # the date may hang on the verb itself ("has promised a decision in the spring", "... next year")
        promised = sorted({t for c in content for t in c.subtree} | {t for c in kids if c.dep_ in ("prep", "npadvmod")
                                                                     and c.i > verb.i for t in c.subtree}, key=lambda t: t.i)
        if horizon_of(promised) is None and not _conditional(content) and not _intended_act(verb, content):
            continue
        statement = sorted(set(subject.subtree) | {verb} | set(promised)
                           | {c for c in kids if c.dep_ == "aux"}, key=lambda t: t.i)
        # the phrase as written: "has promised", "plans to"
        phrase = sorted([c for c in kids if c.dep_ == "aux" and c.lemma_ == "have"] + [verb]
                        + [g for c in content if c.dep_ == "xcomp" for g in c.children if g.dep_ == "aux" and g.lower_ == "to"],
                        key=lambda t: t.i)
        out.append(Candidate("estimate", clause_root(verb), phrase, probability.lookup("commitment with a date"),
                             statement=statement))
    return out


FINDER = Finder("commitments", candidates, lambda: W("commitment_verbs"))


def _conditional(content) -> bool:
    """"The union has promised to strike again if the plant is sold", "have vowed to fight on if the
    deal is signed": a standing commitment to act on a condition is that party's forecast of the act
    should the condition hold, dated or not (a conditional threat or pledge is the genre's staple)."""
    return any(c.dep_ == "xcomp" and condition_of(c) is not None for c in content)


def _intended_act(verb, content) -> bool:
    """(round 28) "We intend to tender for two more blocks", "The operator plans to list a stake": a verb of
    intention in the simple present (data: standing_intentions) naming its act by an infinitive is that
    party's forecast of the act, dated or not; a promise or pledge with no time ahead stays unread."""
    return verb.lemma_.lower() in W("standing_intentions") and verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(g.lower_ == "to" for g in c.children) for c in content)


def _standing(verb) -> bool:
    """A plan or promise that stands now: the present ("plans", "promises") or the present
    perfect ("has promised"), not the past ("promised in July", "had pledged")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                                      for c in verb.children)
