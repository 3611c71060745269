"""(round 28) A second "that"-clause with a "will" of its own under a frame of belief or expectation is
read at the frame, as its first clause is: "I believe the new line will pay for itself, and that the
old one will close by 2030"; "My expectation is that tolls will rise in spring, and that the ferries
will run on time"; "The ministers expressed confidence that the currency will hold and that prices
will settle". The writer puts both calls under one frame; the second clause's own "will" (read alone
at a plain "will") is the clause's tense, not a firmer call than the frame makes.

Only a conjunct (dep `conj`) that opens with "that" (its first word or its mark), whose modal is a
plain "will"/"'ll"/"shall", hung on the clause the frame's reading covers; only a frame read by its own
words (not a bare modal, not a reported "says": a report keeps each clause's own modal), whose phrase
names a belief or an expectation (data/words_forecast_turns.tsv: believing_frames). Not a conjunct with
a weaker modal of its own ("and that the dam could fail": its own reading), nor a negated frame.
"""
from __future__ import annotations

from dataclasses import replace

from ... import lexicon
from .candidate import Candidate

W = lexicon.words
_FRAMED_KINDS = ("estimate", "phrase", "construction")


def reframed(chosen: list[Candidate]) -> list[Candidate]:
    """The clause's chosen candidates, a second "that"-clause's "will" read at its frame's reading."""
    frames = [k for k in chosen if k.kind in _FRAMED_KINDS and k.entry is not None and _believing(k)]
    if not frames:
        return chosen
    out = []
    for c in chosen:
        frame = _frame_of(c, frames) if c.kind == "strong" else None
        if frame is None:
            out.append(c)
            continue
        out.append(replace(c, kind=frame.kind, phrase_tokens=list(frame.phrase_tokens), entry=frame.entry,
                           shared_phrase=True))
    return out


def _believing(frame: Candidate) -> bool:
    if any(c.dep_ == "neg" for p in frame.phrase_tokens for c in p.children) or frame.negated:
        return False
    return any(t.lemma_.lower() in W("believing_frames") or t.lower_ in W("believing_frames")
               for t in frame.phrase_tokens)


def _frame_of(c: Candidate, frames: list[Candidate]):
    root = c.root
    if root.dep_ != "conj" or not c.phrase_tokens:
        return None
    if lexicon.canonical_modal(c.phrase_tokens[0].lower_) not in ("will", "shall"):
        return None
    if not (root.left_edge.lower_ == "that" or any(m.dep_ == "mark" and m.lower_ == "that" for m in root.children)):
        return None
    for frame in frames:
        covered = {t.i for t in frame.statement} if frame.statement else {t.i for t in frame.root.subtree}
        if frame.root.i < root.i and root.head.i in covered and root.head.i != root.i:
            return frame
    return None
