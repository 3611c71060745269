"""The numbered predictions of a year-ahead column: "1. Germany's coalition survives the year.
The quarrels are loud, but neither partner wants an early election. 75 percent." A numbered
line that closes on a bare weight (a sentence that is only a percentage) weighs the call its
first sentence makes, even in the simple present with no future marker of its own. Its
sentence is the forecast, at the stated weight; the weight is its cue.

The weight may carry a label (data/words_forecasts.tsv, weight_labels: "Confidence: 70 per
cent."), and then it may say which call of the item it weighs ("Confidence: 80 per cent on the
shelving, less on the date.": the item's forecast whose words share a stem with "shelving",
four letters) and
close on a remark ("Confidence: 60 per cent, and I hope I am wrong."). A weight is the writer's
confidence in the call as written: a call read as unlikely ("There will be no snap election")
at 70 per cent puts its event at 30.

Not a call: a numbered line with no closing weight (a list of facts or of steps), a weight
sentence that says more than a figure ("Unemployment is 7 percent."), a first sentence told in
the past ("1. The coalition survived the year.").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from ... import lexicon, probability
from ..context import SentenceUnit
from .candidate import Candidate

_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s*$")
_BARE_WEIGHT = re.compile(r"^\W*(?:about|roughly|around|maybe|perhaps)?\s*(\d{1,3})\s*(?:%|percent|per\s+cent)\W*$",
                          re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+")
_FIGURE = re.compile(r"\d{1,3}\s*(?:%|percent|per\s+cent)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _labelled_weight() -> re.Pattern:
    """"Confidence: 65 per cent on the win, 55 on the margin.": the label, the figure, then
    optionally "on"/"for" and the words naming the call it weighs, then optionally a remark
    after a comma or semicolon that holds no other percentage ("..., up from 40 per cent" is a
    reading, not a weight)."""
    labels = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in lexicon.words("weight_labels")),
                             key=len, reverse=True))
    return re.compile(r"^\W*(?:" + labels + r")\s*[:\-\u2013]\s*(?:about|roughly|around|maybe|perhaps)?\s*"
                      r"(\d{1,3})\s*(?:%|percent|per\s+cent)(?:\s+(?:on|for)\s+([^,;.%]+))?\s*"
                      r"(?:[,;](?:(?!%|percent|per\s+cent).)*)?\W*$",
                      re.IGNORECASE)


@dataclass
class Weight:
    """The closing weight of a numbered item: its entry and tokens, the words naming the call it
    weighs (empty: the item's first call) and the sentences of the item (indices end-exclusive)."""
    entry: probability.Entry
    tokens: list
    named: tuple[str, ...]
    start: int
    end: int
    own: bool = False       # a sentence's own bracketed weight: read by the sentence's phrases, weighs only a bare call


def item_weights(units: list[SentenceUnit]) -> dict[int, Weight]:
    """For each numbered line closed by a weight: the index of its first sentence, with the
    weight (an entry on the stated scale, the weight's tokens and what it names)."""
    out: dict[int, Weight] = {}
    first_of_line: dict[int, int] = {}
    for k, unit in enumerate(units):
        line = unit.line.number
        if line not in first_of_line:
            first_of_line[line] = k
            continue
        m = _BARE_WEIGHT.match(unit.text) or _labelled_weight().match(unit.text)
        nxt = units[k + 1] if k + 1 < len(units) else None
        if m is None or nxt is not None and nxt.line.number == line:
            continue        # the weight closes the line
        start = first_of_line[line]
        if not _NUMBERED.match(units[start].line.text):
            continue
        if _LIST_NUMBER.match(units[start].text) and start + 1 < k:
            start += 1      # "1." cut off as a sentence of its own
        value = int(m.group(1))
        if not 0 <= value <= 100:
            continue
        labelled = m.re is not _BARE_WEIGHT
        named = m.group(2) if labelled and m.group(2) else ""
        stop = lexicon.listed("stop_words.txt")
        words = tuple(w for w in _WORD.findall(named.lower()) if w not in stop)
        # the label and the figure are the cue and the phrase; what the weight names, and a remark
        # after it, are not
        figure_end = _FIGURE.search(unit.text, m.start(1)).end()
        tokens = [t for t in unit.span if not t.is_punct and unit.offsets(t)[0] < unit.model.start + figure_end]
        phrase = unit.text[:figure_end].strip()
        entry = probability.Entry(phrase if labelled else unit.text.strip().rstrip("."),
                                  value / 100, value / 100, value / 100, "stated")
        out[start] = Weight(entry, tokens, words, start, k)
    for start, weight in _bracketed_weights(units, first_of_line).items():
        out.setdefault(start, weight)
    return out


_BRACKETED = re.compile(r"\(\s*(?:about|roughly|around|maybe|perhaps)?\s*(\d{1,3})\s*(?:%|percent|per\s+cent)\s*\)",
                        re.IGNORECASE)


def _bracketed_weights(units: list[SentenceUnit], first_of_line: dict[int, int]) -> dict[int, Weight]:
    """(round 20) "4. The fuel subsidy survives. Parliament will renew it in spring (80 per cent).": a
    numbered item whose weight stands in brackets at the end of a later sentence. The item's
    heading, when it makes a call with a verb of its own in the simple present, is weighed by the
    item's first bracketed weight; a sentence closed by its own bracketed weight is weighed by it
    (both only when nothing else in them is a forecast: rules._chosen). A heading without a verb
    ("8. Ports, again.") is a topic, not a call."""
    out: dict[int, Weight] = {}
    for line, start in first_of_line.items():
        if not _NUMBERED.match(units[start].line.text):
            continue
        if _LIST_NUMBER.match(units[start].text) and start + 1 < len(units) and units[start + 1].line.number == line:
            start += 1
        k = start
        while k < len(units) and units[k].line.number == line:
            m = _BRACKETED.search(units[k].text)
            if m is not None and units[k].text[m.end():].strip(" .;") == "" and 0 <= int(m.group(1)) <= 100:
                value = int(m.group(1))
                tokens = [t for t in units[k].span if units[k].model.start + m.start() <= units[k].offsets(t)[0]
                          < units[k].model.start + m.end() and not t.is_punct]
                entry = probability.Entry(m.group(0), value / 100, value / 100, value / 100, "stated")
                out.setdefault(k, Weight(entry, tokens, (), k, k + 1, own=True))
                if k > start and _heading_call(units[start]):
                    # (the weight's words stay with their own sentence: the heading's extent is its own)
                    out.setdefault(start, Weight(entry, [], (), start, start + 1))
            k += 1
    return out


def _heading_call(unit: SentenceUnit) -> bool:
    """A short heading with a finite verb of its own, not a question ("The subsidy survives.")."""
    words = [t for t in unit.span if not t.is_punct and not (t.like_num and t.i == unit.span.start)]
    return 0 < len(words) <= 10 and not unit.text.rstrip().endswith("?") and any(
        t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBZ", "VBP") for t in words)


def _stem(word: str) -> str:
    """Four letters: enough to meet "shelving" in "shelved" and "closures" in "close"."""
    return word[:4]


def weigh(units: list[SentenceUnit], found: list, weights: dict[int, Weight]) -> list:
    """The forecasts of the window with each item's weight put on the call it weighs: the one
    whose words share a stem with the words the weight names, else the first of the item's first
    sentence. A forecast with a number of its own ("at one in three") keeps it."""
    if not weights:
        return found
    out = list(found)
    position = {id(u): i for i, u in enumerate(units)}
    for w in weights.values():
        if w.own:
            continue
        inside = [k for k, p in enumerate(out) if w.start <= position.get(id(p.unit), -1) < w.end]
        if w.named:
            stems = {_stem(x) for x in w.named}
            target = next((k for k in inside if stems & {_stem(x) for x in _WORD.findall(out[k].statement.lower())}),
                          None)
        else:
            target = next((k for k in inside if position[id(out[k].unit)] == w.start), None)
        if target is None or (out[target].scale or "").startswith("stated"):
            continue
        p = out[target]
        value = w.entry.probability
        # the weight is the writer's confidence in the call as written: a call read as unlikely
        # ("no election in 2027", "not in 2027") puts its event at the rest
        against = p.probability is not None and p.probability < 0.5
        out[target] = replace(p, probability=round(1 - value, 4) if against else value,
                              probability_low=round(1 - value, 4) if against else value,
                              probability_high=round(1 - value, 4) if against else value,
                              scale="stated:negated" if against else "stated", phrase=w.entry.phrase)
    return out


def weighted_call(unit: SentenceUnit, weight: Weight) -> Optional[Candidate]:
    """The first sentence of a weighted numbered item as a forecast at its weight (its list
    number left out); None when it narrates the past."""
    weighing = {t.i for t in weight.tokens if t.doc is unit.span.doc}
    tokens = [t for t in unit.span if not t.is_punct and t.i not in weighing]
    if tokens and tokens[0].like_num and tokens[0].i == unit.span.start:
        tokens = tokens[1:]
    if not tokens:
        return None
    root = unit.span.root
    if root.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children):
        return None
    return Candidate("stated", root, weight.tokens, weight.entry, statement=tokens)
