"""(round 29) A speaker who would not say: "..., but she would not say how big the issue would be", "She declined to
say when the plant would reopen", "Officials would not say whether the talks would resume". A negated (or
declined) verb of saying (data: withholding_verbs) over a wh-clause after it (how, when, whether, what) tells what was left unsaid:
neither the refusal (a report of the talk, in the past or its backshifted "would") nor the clause asked about
(an open question, no view of its answer) is a forecast. Not a verb of saying over a that-clause ("would
not say that the plant will close" denies a claim; the rules read it), not a verb in the first person
present ("I won't say whether ..."; _declaration reads the talk's own steps)."""
from __future__ import annotations

from ... import lexicon

_WH = ("how", "when", "whether", "what", "which", "who", "where")


def withheld(root) -> bool:
    """Whether `root` is a refusal to say a wh-clause, or the wh-clause under such a refusal."""
    if _refusal_over_wh(root):
        return True
    node = root
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "xcomp") and _wh_clause(node) and _refusal(node.head) and node.left_edge.i > node.head.i:
            return True
        node = node.head
    return False


def _refusal_over_wh(verb) -> bool:
    return _refusal(verb) and any(c.dep_ in ("ccomp", "xcomp") and _wh_clause(c) and c.left_edge.i > verb.i
                                  for c in verb.children)


def _refusal(verb) -> bool:
    speech = lexicon.words("withholding_verbs")
    lemma = verb.lemma_.lower()
    if lemma in speech and any(c.dep_ == "neg" for c in verb.children):
        return True     # "would not say", "did not say"
    # "declined to say", "refused to say": the infinitive of saying under a verb of refusing
    return lemma in speech and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decline", "refuse")


def _wh_clause(clause) -> bool:
    """A clause opened by a wh-word or "whether"/"if" (the parse hangs "how" on an adjective of the clause)."""
    first = clause.left_edge
    return first.lower_ in _WH and first.i < clause.i
