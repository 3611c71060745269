"""A verbless, negated exception hung on a forecast is a forecast of its own: "We expect sharp
questioning of the minister, [but not a vote of no confidence]", "The ministry will tighten the
rules for new contracts, [though probably not for existing ones]", "The bank will cut in March,
[but not in April]". The writer predicts the exception will not happen, with the words of the
exception ("probably not": that phrase's reading) or, bare ("but not"), as a firm denial (the
reading of "will not"). The forecast it hangs on keeps its own number (parts.in_gapped_contrast
stops a phrase of the exception from rating it) and ends where the exception begins.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ... import lexicon, probability
from .detection import Predicted
from .parts import in_gapped_contrast, opened_by_contrast

FIRM_DENIAL = "will not"    # the reading of a bare "but not X"


def with_exceptions(found: list[Predicted]) -> list[Predicted]:
    """The forecasts, each followed by the exceptions hung on it."""
    out: list[Predicted] = []
    for p in found:
        exceptions = [e for e in (_exception(p, node) for node in _exception_heads(p)) if e is not None]
        if exceptions:
            p.end = min(p.end, p.end_before(min(e.start for e in exceptions)))
        out.append(p)
        out.extend(exceptions)
    return out


def _exception_heads(p: Predicted) -> list:
    """The heads of the exceptions inside a forecast's extent: the highest token whose subtree is
    the exception (its negator is its own child)."""
    unit = p.unit
    heads = []
    for tok in unit.span:
        if not any(c.dep_ == "neg" for c in tok.children) or tok.pos_ in ("VERB", "AUX"):
            continue
        a, _ = unit.offsets(tok)
        if p.start <= a < p.end and in_gapped_contrast(tok) and opened_by_contrast(tok):
            heads.append(tok)
    return heads


def _exception(p: Predicted, head) -> Optional[Predicted]:
    unit = p.unit
    words = lexicon.words("gapped_contrast_words")
    opener = [c for c in head.head.children if c.dep_ == "cc" and c.lower_ in words and c.i < head.i and head.dep_ == "conj"]
    tokens = sorted(list(head.subtree) + opener, key=lambda t: t.i)
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    hedge = [t for t in tokens if t.dep_ in ("neg", "advmod") and t.head.i == head.i and t.i < head.i]
    content = [t for t in tokens if t not in hedge and not (t.lower_ in words and t.dep_ in ("cc", "mark"))]
    if not content or not hedge:
        return None
    content_text = head.doc[content[0].i: content[-1].i + 1].text
    if any(hit.start == 0 for hit in probability.find(content_text)):
        return None     # "unlikely to pass, but not impossible (this year)": a second rating of the same thing
    # round 18: "will slow, but not by much": how far, not an exception (data: degree_qualifiers);
    # "the chance is small, though not negligible": a word the forecast's own phrase has read already
    lowered = " " + " ".join(t.lower_ for t in content if not t.is_punct) + " "
    if any(lowered.startswith(f" {q} ") for q in lexicon.words("degree_qualifiers")) \
            or head.lower_ in (p.phrase or "").lower().split():
        return None
    phrase = " ".join(t.lower_ for t in hedge)
    entry = probability.lookup(phrase) or probability.lookup(FIRM_DENIAL)
    if entry is None:
        return None
    start, end = unit.offsets(tokens[0])[0], unit.offsets(tokens[-1])[1]
    negator = next(t for t in hedge if t.dep_ == "neg")
    statement = _positive(p, head, tokens, content_text)
    return replace(p, statement=statement, start=start, end=end, phrase=phrase, probability=entry.probability,
                   condition=None, cue=unit.offsets(negator), proposition=statement, scale=entry.scale,
                   probability_low=entry.low, probability_high=entry.high)


def _positive(p: Predicted, head, tokens: list, content_text: str) -> str:
    """The exception as a statement of its own: the forecast's statement with the part the
    exception stands against put in its place ("The rebels will hold the town, but not the
    airport" -> "The rebels will hold the airport"); the exception's words alone when no such
    part is found."""
    doc = head.doc
    inside = {t.i for t in tokens}
    if head.dep_ == "conj":
        counterpart = head.head
        if counterpart.pos_ in ("VERB", "AUX"):   # "hold the town, but not the airport": the verb's own object
            counterpart = next((c for c in reversed(list(counterpart.children)) if c.i < head.i and c.i not in inside and (
                c.lower_ == head.lower_ if head.pos_ == "ADP" else c.dep_ in ("dobj", "attr", "npadvmod"))), None)
    else:   # "for new contracts, though probably not for existing ones": the same preposition before
        counterpart = next((t for t in reversed(doc[p.unit.span.start: head.i]) if t.dep_ == head.dep_
                            and t.lower_ == head.lower_ and t.i not in inside), None)
    if counterpart is None:
        return content_text
    part = [t for t in counterpart.subtree if t.i not in inside and not (t.is_punct and t.i > counterpart.i)]
    part_text = doc[part[0].i: part[-1].i + 1].text if part else ""
    found = re.search(r"[,;]?\s+" + re.escape(tokens[0].text) + r"\b", p.statement)
    before = p.statement[:found.start()] if found else p.statement
    at = before.rfind(part_text) if part_text else -1
    if at < 0:
        return content_text
    return before[:at] + content_text + before[at + len(part_text):]
