"""(round 28) A further event told under a verb of expecting with its verb left out: "We expect the
hull to be launched by the close of the summer [and the sea trials in early 2028]"; "Brokers expect the
auction to close in March [and the first licences by the autumn]". The
expecter lists two events, each with its own time, and says "expect ... to" once; the gold annotates
each event (round-22 census: a second conjunct sharing the first clause's frame). gapped_figures.py
reads the same shape when the items are figures; this reads it for events named by a noun phrase.

Read from the words: after a forecast whose phrase is a verb of expecting (data: expecting_verbs) with an
infinitive or clause complement that names its own time, an "and" under that complement opens a run to
the next comma, semicolon, subordinator (data: gapped_figure_stops) or finite verb; the run is a
forecast of its own, same kind, reading and voice, when it has no verb, a noun of its own before its
own time (a DATE entity), and no figure (a figure's run is gapped_figures.py's). Not a run another
reading took, not under a negation, "would" or a past tense, not the second bound of a range.
"""
from __future__ import annotations

from ... import lexicon
from .candidate import Candidate
from .gapped_figures import already_read, gapped_candidate, range_bound, run_after

W = lexicon.words


def of(candidate: Candidate, found: list[Candidate]) -> list[Candidate]:
    """The gapped further events of an expectation ([] for most)."""
    verbs = [t for t in candidate.phrase_tokens if t.pos_ == "VERB" and t.lemma_.lower() in W("expecting_verbs")]
    if candidate.kind != "estimate" or candidate.negated or len(verbs) != 1 or verbs[0].tag_ in ("VBD", "VBN") \
            or any(c.dep_ == "neg" for c in verbs[0].children) \
            or any(t.lower_ in ("would", "'d", "’d") for t in verbs[0].children):
        return []
    verb = verbs[0]
    complement = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i
                       and c.pos_ in ("VERB", "AUX")), None)
    if complement is None:
        return []
    read = already_read(candidate, found)
    out: list[Candidate] = []
    for cc in [t for t in complement.subtree if t.lower_ == "and" and t.dep_ == "cc"]:
        before = [t for t in cc.doc[complement.left_edge.i: cc.i]]
        if not any(t.ent_type_ in ("DATE", "TIME") for t in before) or range_bound(before):
            continue
        if _in_a_subordinate_clause(cc, complement):
            continue    # "... to be near the norm if frost and hail over the winter stay mild": a condition's items
        run = run_after(cc, any_verb=True)
        if not run or any(t.i in read for t in run) or any(t.lower_ == "between" for t in run) \
                or not _event_with_its_time(run):
            continue
        out.append(gapped_candidate(candidate, cc, run))
        read.update(t.i for t in run)
    return out


def _in_a_subordinate_clause(cc, complement) -> bool:
    node = cc.head
    while node.i != complement.i and node.head.i != node.i:
        if node.dep_ in ("advcl", "relcl", "acl", "csubj", "ccomp", "xcomp") and node.pos_ in ("VERB", "AUX"):
            return True
        node = node.head
    return node.i != complement.i


def _event_with_its_time(run: list) -> bool:
    """A noun phrase, then its own date; no figure (a percentage, a sum, a quantity) in it."""
    dated = [t for t in run if t.ent_type_ in ("DATE", "TIME")]
    if not dated or any(t.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") for t in run):
        return False
    first = dated[0]
    return any(t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME") and t.i < first.i for t in run) \
        and any(t.dep_ == "prep" or t.lower_ in W("horizon_preps") for t in run if t.i < first.i + 1)
