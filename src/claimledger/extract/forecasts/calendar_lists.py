"""Date-first calendar items, the "Key dates", "Week ahead" and "Diary" lists of newsletters and
risk notes: "10 December: parliament's budget session closes | March 2027: legislative elections
(our base case, about 60%)", "- Mon 7 Dec: OPEC+ ministers meet online". Each item whose date lies
ahead of publication is on the calendar (read at "on the calendar", 0.90), or at the figure its
bracket gives; the item is the date with what happens then.

Not items: a label before a colon that names no date ahead ("Summary:", "Economy:", "Track record:
In our January note ..."), a date already past ("3 November: the court ruled"), an item told in
the past tense. The line's text is read, not the parse: the parser cuts such lists into sentences
at odd places ("20" left behind, "May 2027:" alone), while every sentence of a line shares one
Doc, so the item's tokens are taken from it whole.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from ... import lexicon, probability
from ...due import due_window
from .candidate import Candidate
from .numbers import bracketed_probability

# an item opens a line, follows a bar or a bullet, or follows a semicolon; its label runs to a colon
# and runs to the next bar, bullet or semicolon, or to the end of its first sentence ("- Tuesday:
# IMF outlook update. The forum opens in Davos, ..." : what follows the stop is prose of its own)
_ITEM = re.compile(r"(?:^|\|\s*|[•·]\s*|^[-*–]\s*|;\s*)(?P<date>[^:|;•·]{3,32}?)\s*:\s+"
                   r"(?P<item>(?:[^|;•·.!?]|[.!?](?!\s+[A-Z\"“]))+)", re.M)
_PAST_TENSE = ("VBD",)


# a header's or a sign-off's next date, the label first ("Next scheduled update: 3 March 2027", "|
# Next report: Monday 30 November.", "That is all for this week. Next note: 23 November."): the label
# opens with a word of the next occasion (data/words_forecasts.tsv, next_labels) and the date runs to
# the end of its sentence, bar or line (rounds 18 and 19 each found this kind; one rule serves both)
_NEXT = re.compile(r"(?:^|\|\s*|[•·]\s*|[.!?;]\s+)(?P<label>(?P<word>[A-Za-z]+)\s+[^:|;•·.!?\d]{2,40}?)\s*:\s+"
                   r"(?P<date>[^|;.!?:•·]{3,40}?)\s*(?=[.!?|;]|$)", re.M)


def next_items(doc, published: Optional[str]) -> list[Candidate]:
    """"Next scheduled update: 3 March 2027": the publisher's next issue on a date ahead of
    publication, read at "on the calendar" (0.90); the label and its date are the statement.
    Not a date already past, not a label of another word ("Issued: 2 December 2026"), not a label
    followed by no date at all ("Next steps: talk to the bank.")."""
    if published is None or ":" not in doc.text:
        return []
    base = date.fromisoformat(published[:10])
    out = []
    for m in _NEXT.finditer(doc.text):
        if m.group("word").lower() not in lexicon.words("next_labels"):
            continue
        window = due_window(m.group("date").strip(), published)
        if window is None or window.start is None or window.start <= base:
            continue
        whole = doc.char_span(m.start("label"), m.end("date"), alignment_mode="contract")
        label = doc.char_span(m.start("label"), m.end("label"), alignment_mode="contract")
        if whole is None or label is None or not len(label):
            continue
        tokens = [t for t in whole if not (t.is_punct and t.i == whole.end - 1 and t.text in ".,")]
        out.append(Candidate("construction", label.root, list(label), probability.lookup("on the calendar"),
                             statement=tokens))
    return out


def items(doc, published: Optional[str]) -> list[Candidate]:
    """The calendar items of a line's Doc, in order (a next occasion's label and date too)."""
    if published is None or ":" not in doc.text:
        return []
    base = date.fromisoformat(published[:10])
    out = next_items(doc, published)
    for m in _ITEM.finditer(doc.text):
        label = m.group("date").strip().lstrip("-*–•· ")
        if not any(ch.isdigit() for ch in label) and not _names_a_day(label):
            continue    # "Key dates", "Summary": no date at all
        window = due_window(label, published)
        if window is None or window.start is None or window.start <= base:
            continue
        opening = m.start("date") + len(m.group("date")) - len(m.group("date").lstrip("-*–•· "))
        whole = doc.char_span(opening, m.end("item"), alignment_mode="contract")
        item = doc.char_span(m.start("item"), m.end("item"), alignment_mode="contract")
        if whole is None or item is None or len(item) < 2:
            continue
        if any(t.tag_ in _PAST_TENSE and t.dep_ in ("ROOT", "ccomp", "conj") for t in item):
            continue    # "3 December: the court ruled" narrates
        tokens = [t for t in whole if not (t.is_punct and t.i == whole.end - 1 and t.text in ".,")]
        bracket = bracketed_probability(list(item))
        hedge = _own_hedge(doc, m.start("item"), m.end("item")) if bracket is None else None
        if bracket is not None:
            entry, phrase = bracket
        elif hedge is not None:
            entry, phrase = hedge    # "June 2027: the senate is expected to hold its vote ...": the item's own hedge (round 19)
        else:
            entry, phrase = probability.lookup("on the calendar"), list(doc[whole.start: item.start])
        inside = {t.i for t in phrase} if bracket is not None else set()
        statement = [t for t in tokens if t.i not in inside]
        out.append(Candidate("construction", item.root, phrase, entry, statement=statement))
    return out


def _own_hedge(doc, start: int, end: int):
    """The item's own probability phrase ("is expected to", "likely"), not a bare modal ("will"),
    which the date's place on the calendar already says: (entry, its tokens) or None."""
    modals = lexicon.forecast_modal_strength()
    for found in probability.find(doc.text[start:end]):
        if found.text.lower() in modals:
            continue
        tokens = doc.char_span(start + found.start, start + found.end, alignment_mode="expand")
        if tokens is not None and len(tokens):
            return found.entry, list(tokens)
    return None


_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")


def _names_a_day(label: str) -> bool:
    """"Thursday", "Mon 7 Dec", "Next week": a label the date reader can place."""
    words = label.lower().replace(",", " ").split()
    return bool(words) and words[0] in _DAYS
