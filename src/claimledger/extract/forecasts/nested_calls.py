"""A forecast nested in another's clause by the parse, but said in a clause of its own with its own cue
(2026-12-05, the largest kind of miss in round 30's census): "A disruptive attack is a realistic
possibility, [while one causing lasting damage remains highly unlikely]"; "Staff consider these
projections optimistic, and [see little chance of EDL servicing its debt before 2030]"; "We will have to
cut rations next month, and [there is a real risk we stop altogether by March]"; "gas supply will rise
once the field starts producing, [which its operator expects in the second half of 2027]".

The chooser (rules._best_per_clause) keeps one candidate per clause and lets a clause nested in a
chosen one give way to it: a complement of a frame ("we expect [that prices will fall]") is the
frame's forecast, not a second one. But the parse also hangs a conjunct, a contrasting or reasoning
clause, or a relative clause on the other clause's verb; when such a clause holds the whole cue
of one candidate (its modal, its phrase, its verb of expecting) and none of the other's, and has a
subject of its own or a finite verb of its own, it says its own forecast.

Read from the parse only: the link on the path between the two roots (conj, advcl, parataxis,
relcl), the cue tokens of each candidate, the link clause's subject or finite verb. The outer
forecast's statement then leaves the inner clause out (Candidate.cut), so the two do not overlap.
"""
from __future__ import annotations

from typing import Optional

from ... import lexicon
from .candidate import PRIORITY, Candidate
from .parts import conditional_marks

W = lexicon.words

# links below which a clause can say something of its own; a complement (ccomp, xcomp) is the
# frame's own proposition and stays nested
_LINKS = ("conj", "advcl", "parataxis", "relcl")
_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def _cue(c: Candidate) -> list:
    doc = c.root.doc
    own = [t for t in c.phrase_tokens if t.doc is doc]
    return own or [c.root]


def _link(inner, outer) -> Optional[object]:
    """The node just below `outer` on the way up from `inner`, if `inner` lies below `outer`."""
    node = inner
    below = None
    while node.i != outer.i:
        if node.head.i == node.i:
            return None
        below, node = node, node.head
    return below


def own_call(c: Candidate, k: Candidate) -> Optional[tuple]:
    """(the outer candidate, the head of the inner one's own clause) when candidate c and candidate k,
    one nested in the other, each say their own forecast; None when they are one forecast."""
    if c.root.doc is not k.root.doc or c.root.i == k.root.i:
        return None
    for inner, outer in ((c, k), (k, c)):
        if _link(inner.root, outer.root) is None:
            continue
        node = inner.root
        while node.i != outer.root.i:
            if node.dep_ in _LINKS and node.pos_ in ("VERB", "AUX") and _own_voice(node) and _apart(node, inner, outer):
                lo, hi = node.left_edge.i, node.right_edge.i
                if all(lo <= t.i <= hi for t in _cue(inner)) and not any(lo <= t.i <= hi for t in _cue(outer)) \
                        and not all(_deeper(t, node) for t in _cue(inner)):
                    return outer, node
            node = node.head
        return None
    return None


_CLAUSES = ("pcomp", "relcl", "advcl", "acl", "csubj")     # (a complement, "has signalled that X will ...", is the clause's own)


def _deeper(cue, node) -> bool:
    """Whether a cue word stands in a clause below the linked one ("..., when a team is due in Colombo
    for [what is likely to be the last review]"): that clause's cue, not the linked clause's."""
    t = cue
    while t.i != node.i and t.head.i != t.i:
        if t.dep_ in _CLAUSES and t.pos_ in ("VERB", "AUX"):
            return True
        t = t.head
    return False


def _own_voice(node) -> bool:
    """A clause with a subject of its own ("while one causing damage remains unlikely", "there is
    a real risk"), or a conjunct that shares the subject ("..., and see little chance")."""
    # (a conjunct: the cue test is enough, "will probably rise and [likely fall later]"; the parse may hang
    # it on an adjective, "consider X optimistic and [see little chance of Y]")
    # (not an infinitive, which shares the frame it is joined to: "..., and I won't either, except to say that ...")
    if any(c.dep_ in _SUBJECTS for c in node.children):
        return True
    return node.dep_ == "conj" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


def _apart(node, inner: Candidate, outer: Candidate) -> bool:
    """Whether a linked clause stands apart from the clause it hangs on: a clause of contrast or reason
    ("while ...", "as ..."), not one of time or condition ("before its mandate comes up", "Should a
    ceasefire hold"), which frames the forecast it hangs on; a relative clause set off by a comma or
    opened by "where"/"when", not a restrictive one ("notes that fall due in 2028": it picks out the
    noun), not one told in the past ("which the Treasury projected"), and not one that rates the outer
    forecast's own words ("is a realistic possibility, which we rate at 30 to 40 percent")."""
    if _in_a_condition(node, outer.root):
        return False    # "If the operations are scaled back, as local sources say they may be, we would ...": the supposition
    if node.dep_ == "advcl":
        marks = [c.lower_ for c in node.children if c.dep_ == "mark"]
        if "as" in marks and node.lemma_.lower() in lexicon.speech_verbs():
            return False    # "as the minister says", "as the council intends": a comparison, not a claim of its own
        if any(m in W("concessive_marks") for m in marks):
            return True
        # a reason says a forecast of its own only with a modal of its own ("as the Afghan side will need
        # years to build the fields") or a rating ("as fuel supplies are unlikely to normalize before May"),
        # not a bare present ("because the harvest is coming": the ground)
        return any(m in W("reason_marks") for m in marks) and (PRIORITY[inner.kind] >= PRIORITY["phrase"] or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in node.children))
    if node.dep_ == "relcl":
        start = node.left_edge.i
        set_off = start > 0 and node.doc[start - 1].text in (",", "—", "–", "(")
        if not set_off or node.tag_ == "VBD" or node.head.i in {t.i for t in _cue(outer)}:
            return False
        return not any(c.dep_ == "aux" and c.tag_ == "VBD" for c in node.children)
    return True


def _in_a_condition(node, top) -> bool:
    """Whether a clause lies in a conditional clause ("if ...", "unless ...") below `top`."""
    marks = conditional_marks()
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            return True
        node = node.head
    return False


def cut_out(outer: Candidate, clause) -> None:
    """Leave the inner clause (and the conjunction or comma that joins it) out of the outer
    forecast's statement."""
    lo, hi = clause.left_edge.i, clause.right_edge.i
    cut = set(range(lo, hi + 1))
    doc = clause.doc
    j = lo - 1
    while j >= 0 and (doc[j].dep_ == "cc" and doc[j].head.i == clause.head.i or doc[j].text in (",", ";")) and j > outer.root.left_edge.i:
        cut.add(j)
        j -= 1
    if hi + 1 < len(doc) and doc[hi + 1].text == "," and hi + 1 < outer.root.right_edge.i:
        cut.add(hi + 1)     # (and the comma that closes it: "A bill, [which ...,] would require ...")
    outer.cut = (outer.cut or frozenset()) | frozenset(cut)


def when_anchor(clause) -> list:
    """The time a "when" clause hangs on ("in the first half of 2027, [when ...]", "on 9 February, [when
    ...]"): the words of the date phrase just before it, without the clause; [] for any other clause."""
    if not any(c.lower_ == "when" and c.tag_ == "WRB" for c in clause.children):
        return []
    doc, j = clause.doc, clause.left_edge.i - 1
    while j >= 0 and doc[j].is_punct:
        j -= 1
    if j < 0 or doc[j].ent_type_ not in ("DATE", "TIME"):
        return []
    date = doc[j]
    while date.head.i != date.i and date.head.ent_type_ in ("DATE", "TIME") and date.head.i <= j:
        date = date.head
    phrase = date.head if date.dep_ == "pobj" else date
    return [t for t in phrase.subtree if t.i <= j]
