"""(round 28) Answers the rules did not pair with their question.

- **an answer after the asker's turn**: in a transcript the asker's turn may go on after the question
  ("REPORTER: Will the ring road be widened? Two lanes were shut in June." | "SECRETARY: Yes. ..."):
  the answer is the first sentence of the next turn, not the sentence after the question. Only when
  the question's line opens with a speaker label, every sentence after the question in that line
  states (asks nothing), and the next line opens with a label too;
- **an answer reported with its modal echoed**: "Will the board hold rates? The governor said it
  probably would." / "Will the strike spread? Most organisers think it will.": a clause of saying or
  thinking over nothing but a pronoun, perhaps a hedge, and the question's modal (or its backshifted
  form) answers the question, read at the hedge (or at the modal), in the voice of who says it. Not a
  clause with a verb of its own ("said it would take years": read by its own words), not a weak modal
  alone ("said it could": a possibility granted, no answer).
"""
from __future__ import annotations

from typing import Optional

from ... import lexicon, probability
from ..context import SentenceUnit
from . import answers
from .candidate import Candidate

W = lexicon.words
_BACKSHIFT = {"would": "will", "'d": "will", "will": "will", "'ll": "will", "should": "should", "shall": "will"}


def reply_after_the_turn(units: list[SentenceUnit], i: int) -> Optional[int]:
    """The index of the first sentence of the turn after the asker's, or None."""
    question = units[i]
    line = question.line.number
    first = i
    while first > 0 and units[first - 1].line.number == line:
        first -= 1
    if not _labelled(units[first]):
        return None
    j = i + 1
    while j < len(units) and units[j].line.number == line:
        if units[j].asks:
            return None
        j += 1
    if j == i + 1 or j >= len(units) or units[j].section != question.section:
        return None     # (the sentence right after the question is the usual reply: answers.reply_index)
    if answers._bare_label(units[j]) and j + 1 < len(units) and units[j + 1].line.number == units[j].line.number:
        return j + 1
    return j if _labelled(units[j]) else None


def _labelled(unit: SentenceUnit) -> bool:
    words = [t for t in unit.span if not t.is_punct]
    rest = [t for t in answers._after_label(unit.span) if not t.is_punct]
    return bool(words) and len(rest) < len(words) or answers._bare_label(unit)


def reported_echo(question: SentenceUnit, answer: Optional[SentenceUnit]) -> list[Candidate]:
    """"Will X? The governor thought it probably would.": the question's statement at the reported answer's reading."""
    if answer is None or answer.asks or answer.section != question.section or not question.asks:
        return []
    asked = [t for t in answers._after_label(question.span) if not (t.is_punct and t.text == "?")]
    if not asked or asked[0].tag_ != "MD":
        return []
    asked_modal = _BACKSHIFT.get(asked[0].lower_)
    root = answer.span.root
    if root.pos_ != "VERB" or not (root.lemma_.lower() in lexicon.speech_verbs()
                                   or root.lemma_.lower() in lexicon.mapping("opinion_verbs")):
        return []
    if not any(c.dep_ == "nsubj" for c in root.children) or any(c.dep_ == "neg" for c in root.children):
        return []
    modal = next((c for c in root.children if c.dep_ == "ccomp" and c.tag_ == "MD" and c.i > root.i), None)
    if modal is None or asked_modal is None or _BACKSHIFT.get(modal.lower_) != asked_modal:
        return []
    kids = list(modal.children)
    if any(c.dep_ not in ("nsubj", "advmod", "neg", "mark") for c in kids) \
            or not any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in kids):
        return []
    hedge = [c for c in kids if c.dep_ == "advmod"]
    negs = [c for c in kids if c.dep_ == "neg"]
    entry, tokens = None, [modal]
    if hedge:
        entry = probability.reading(" ".join(t.lower_ for t in hedge))
        if entry is None:
            return []
        tokens = hedge
    if entry is None:
        entry = probability.lookup(asked_modal)
    if entry is None:
        return []
    verb = asked[0].head
    return [Candidate("answer", verb, tokens, entry, negated=bool(negs), statement=asked)]
