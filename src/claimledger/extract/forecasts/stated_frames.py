"""A figure put on an outcome by a frame of speech, the way interviewees and market writers
number their calls in passing:

- "Rolling blackouts in the east by March, I'd say sixty percent": the speaker's "I'd say" (or
  "I would say", "we'd say") with a percentage as its object numbers the fragment or clause
  beside it;
- "A one-notch upgrade is our base case, call it 55%": "call it" with a percentage numbers the
  clause it is hung on;
- "I would say 70 percent that the talks fail": the figure numbers the that-clause.

Not a figure for an outcome: "he said 70 percent of the budget" (no first person, no "would"),
"call it a draw" (no percentage). The figure is read as a stated probability; "percent" words
("seventy percent") go through the events' number reader (text2num).
"""
from __future__ import annotations

from typing import Optional

from ... import lexicon
from ...probability import Entry
from ..events.quantities import number_value
from .candidate import Candidate
from .finder import Finder
from .numbers import PERCENT
from .parts import clause_root, statement_tokens

W = lexicon.words


def candidates(span) -> list[Candidate]:
    out = []
    for verb in span:
        if verb.pos_ != "VERB" or verb.tag_ in ("VBD", "VBN", "VBG"):
            continue
        figure = _framed_figure(verb)
        if figure is None:
            continue
        entry, phrase = figure
        frame = {t.i for t in verb.subtree} - _content(verb)
        statement = _numbered(verb, frame)
        if not statement:
            continue
        out.append(Candidate("stated", clause_root(verb) if verb.dep_ == "ROOT" else clause_root(verb.head),
                             phrase, entry, statement=statement))
    return out


FINDER = Finder("stated_frames", candidates, lambda: frozenset({"say", "call"}))


def _framed_figure(verb) -> Optional[tuple[Entry, list]]:
    """The percentage a frame of speech puts on an outcome, with the frame's words."""
    kids = list(verb.children)
    lemma = verb.lemma_.lower()
    if lemma == "say":
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        modal = [c for c in kids if c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d")]
        if subject is None or subject.lower_ not in W("first_person") or not modal:
            return None
        words = [subject, *modal, verb]
    elif lemma == "call":
        it = next((c for c in kids if c.dep_ == "dobj" and c.lower_ == "it"), None)
        if it is None or any(c.dep_ == "nsubj" for c in kids):
            return None
        words = [verb, it]
    else:
        return None
    ent = next((e for e in verb.doc.ents if e.label_ == "PERCENT" and e.start > verb.i and e.start <= words[-1].i + 2
                and e.root.head.i == verb.i), None)
    if ent is None:
        return None
    value = _percent(ent.text)
    if value is None:
        return None
    low, high = value
    return Entry(ent.text, round((low + high) / 2, 4), low, high, "stated"), sorted(words + list(ent), key=lambda t: t.i)


def _percent(text: str) -> Optional[tuple[float, float]]:
    m = PERCENT.search(text)
    if m:
        a = float(m.group(1))
        b = float(m.group(2)) if m.group(2) else a
    else:       # "seventy percent", "sixty-five per cent"
        words = text.lower().replace("per cent", "percent").replace("percent", "").replace("-", " ").strip()
        a = b = number_value(words) if words else None
        if a is None:
            return None
    if not (0 <= a <= 100 and 0 <= b <= 100):
        return None
    return min(a, b) / 100, max(a, b) / 100


def _content(verb) -> set[int]:
    """What the frame numbers when it lies inside the frame's own parse: a that-clause ("I would
    say 70 percent that the talks fail") or a fragment the parse hangs on "say" ("Rolling
    blackouts by March, I'd say ...")."""
    return {t.i for c in verb.children if c.dep_ in ("ccomp", "dep", "advcl") and c.i != verb.i for t in c.subtree
            if not (c.dep_ == "advcl" and c.i > verb.i)}


def _numbered(verb, frame: set[int]) -> list:
    """The tokens of what is numbered: the frame's own content, else the clause it is hung on,
    without the frame."""
    inside = sorted((t for t in verb.subtree if t.i not in frame and not t.is_punct or t.i not in frame and t.text in "-/"),
                    key=lambda t: t.i)
    if inside and verb.dep_ == "ROOT":
        return [t for t in inside if t.text not in ("that",) or t.dep_ != "mark"]
    if verb.dep_ == "ROOT":
        return []
    head = clause_root(verb.head)
    return [t for t in statement_tokens(head) if t.i not in {x.i for x in verb.subtree}
            and not (t.is_punct and t.text in (",", ";"))]
