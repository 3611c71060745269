"""(round 28) A commitment declined: "I cannot promise the pumps will never fail", "We can't guarantee the
levee holds through the spring tides", "Nobody will vouch that the ferry sails on time". The
speaker refuses to commit to the clause the verb governs; the clause is not a forecast of the speaker's
(a briefing's refusals are the genre's look-alikes). What follows it ("..., but the main line will be
dry by June") is read as usual.

Only a verb of committing oneself (data/words_forecast_turns.tsv: declining_verbs) that is negated or
under "cannot"/"can't"/"could not", with the candidate's clause as its complement.
"""
from __future__ import annotations

from ... import lexicon

W = lexicon.words
_UNABLE = ("can", "could", "ca")


def declined(root) -> bool:
    """Whether the clause `root` is the complement of a declined commitment."""
    node = root
    while node.dep_ == "conj" and node.head.i != node.i and node.head.i < node.i and not any(
            c.dep_ == "nsubj" for c in node.children):
        node = node.head      # "cannot promise that X holds and stays open": the conjunct shares the refusal
    if node.dep_ not in ("ccomp", "xcomp") or node.head.i == node.i:
        return False
    verb = node.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in W("declining_verbs"):
        return False
    negated = any(c.dep_ == "neg" for c in verb.children)
    denied = any(c.dep_ == "nsubj" and c.lower_ in ("nobody", "no-one", "none") for c in verb.children)
    unable = any(c.dep_ == "aux" and c.lower_ in _UNABLE for c in verb.children)
    return denied or negated and (unable or verb.tag_ in ("VB", "VBP", "VBZ"))
